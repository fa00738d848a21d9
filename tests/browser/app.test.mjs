// Browser test of the built app (dist/): serves it, opens it in the system Chromium
// and checks that the timeline and the trade chart render without errors.
// Usage: node tests/browser/app.test.mjs   (after `trunk build --release --offline`)
// Ends with "browser: N passed, M failed" and exits non-zero when M > 0.
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const dist = join(root, 'dist');
const docs = join(root, 'docs');
// playwright-core lives in tools/node_modules, not next to this file.
const { chromium } = createRequire(join(root, 'tools/package.json'))('playwright-core');

const RENDER_TIMEOUT = 30_000; // loading and compiling the wasm is slow on a small machine
const MIN_EVENTS = 10;

// --- a static file server for dist/ -------------------------------------------------
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', // needed for WebAssembly.instantiateStreaming
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

function serve(dir) {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dir, normalize(path));
    try {
      if (!file.startsWith(dir + '/') || !statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// --- a tiny runner: each check passes or fails, failures do not stop the others ------
let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`ok   ${name}`);
  } catch (err) {
    failed += 1;
    console.log(`FAIL ${name}\n     ${String(err?.message ?? err).split('\n').join('\n     ')}`);
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}

// Opens the app in a new page of the given size, recording console errors and
// uncaught exceptions from before the first request.
async function open(browser, url, viewport, errors) {
  const page = await browser.newPage({ viewport });
  const where = `${viewport.width}x${viewport.height}`;
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`[${where}] console.error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => errors.push(`[${where}] pageerror: ${err.message}`));
  await page.goto(url);
  return page;
}

async function waitForEvents(page) {
  await page
    .waitForFunction((n) => document.querySelectorAll('[data-event]').length >= n, MIN_EVENTS, {
      timeout: RENDER_TIMEOUT,
    })
    .catch(() => {});
  const count = await page.locator('[data-event]').count();
  assert(count >= MIN_EVENTS, `expected at least ${MIN_EVENTS} [data-event] elements, found ${count}`);
  return count;
}

// Colour statistics of a canvas: the most frequent colour is taken as the background.
function canvasStats(selector) {
  const canvas = document.querySelector(selector);
  if (!(canvas instanceof HTMLCanvasElement)) return null;
  const { width, height } = canvas;
  if (!width || !height) return { width, height, colours: 0, inked: 0 };
  const data = canvas.getContext('2d').getImageData(0, 0, width, height).data;
  const counts = new Map();
  for (let i = 0; i < data.length; i += 4) {
    const key = ((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]) >>> 0;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const background = Math.max(...counts.values());
  return { width, height, colours: counts.size, inked: 1 - background / (width * height) };
}

async function main() {
  const server = await serve(dist);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const errors = [];
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      // Playwright already runs headless in a fresh temporary profile (--user-data-dir);
      // the rest keeps a root, GPU-less, offline Chromium quiet and working.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(docs, { recursive: true });

    const desktop = await open(browser, url, { width: 1280, height: 800 }, errors);
    await check('timeline shows events', async () => {
      const count = await waitForEvents(desktop);
      console.log(`     ${count} events`);
    });
    await check('trade chart is drawn on a canvas', async () => {
      const sel = '[data-chart="trade"]';
      await desktop.waitForSelector(sel, { timeout: RENDER_TIMEOUT });
      const tag = await desktop.$eval(sel, (el) => el.tagName);
      assert(tag === 'CANVAS', `${sel} is a <${tag.toLowerCase()}>, not a <canvas>`);
      // The chart may be drawn after the canvas appears: wait until it has some ink.
      await desktop
        .waitForFunction((s) => {
          const c = document.querySelector(s);
          const d = c.width && c.height && c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          return d && d.some((v, i) => v !== d[i % 4]);
        }, sel, { timeout: RENDER_TIMEOUT })
        .catch(() => {});
      const s = await desktop.evaluate(canvasStats, sel);
      console.log(`     ${s.width}x${s.height}, ${s.colours} colours, ${(100 * s.inked).toFixed(1)}% non-background`);
      assert(s.colours >= 2, `canvas has ${s.colours} colour(s): blank`);
      assert(s.inked >= 0.01, `only ${(100 * s.inked).toFixed(2)}% of the canvas is drawn on`);
    });
    await check('desktop screenshot (1280x800)', async () => {
      await desktop.screenshot({ path: join(docs, 'screenshot-desktop.png') });
    });

    const phone = await open(browser, url, { width: 375, height: 812 }, errors);
    await check('timeline shows events on a phone', async () => {
      await waitForEvents(phone);
    });
    await check('phone screenshot (375x812)', async () => {
      await phone.screenshot({ path: join(docs, 'screenshot-phone.png') });
    });

    await check('no console errors or uncaught exceptions', async () => {
      assert(errors.length === 0, errors.join('\n'));
    });
  } catch (err) {
    failed += 1;
    console.log(`FAIL browser test could not run\n     ${err?.stack ?? err}`);
  } finally {
    await browser?.close();
    server.close();
  }
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
