// Browser checks of issue 11: the built page under a sub-path (rendering, a deep link and its
// title, Back, the background reader), offline after the first visit through the service
// worker, a new build picked up on the next visit, and the tags and images of shared links.
// Called by app.test.mjs with its runner.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseLongArticle, serve } from './harness.mjs';
import { pngSize, PREVIEW } from '../../scripts/assets.mjs';
import { writeServiceWorker } from '../../scripts/service-worker.mjs';
import { absoluteShareTags } from '../../scripts/share.mjs';

const PREFIX = '/some/path/';
const TIMEOUT = 30_000;

export async function publishChecks({ browser, dist, model, check, assert, errors, waitForEvents }) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const clinton = model.events.find((e) => e.category === 'visit' && e.title.includes('Clinton') && e.conflicts.length > 0);
  const other = model.events.find((e) => e.id !== clinton.id);

  // A fresh browser profile (context) with its pages' errors recorded, and every response.
  const fresh = async (name) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const responses = [];
    context.on('response', (r) => responses.push({ url: r.url(), status: r.status() }));
    const page = await context.newPage();
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`[${name}] console.error: ${msg.text()}`); });
    page.on('pageerror', (err) => errors.push(`[${name}] pageerror: ${err.message}`));
    return { context, page, responses };
  };
  const chartsDrawn = async (page) => {
    await page.waitForFunction(() => performance.getEntriesByName('chart-drawn').length > 0, null, { timeout: TIMEOUT });
    const inked = await page.evaluate(() => ['trade', 'growth', 'events'].map((name) => {
      const c = document.querySelector(`[data-chart="${name}"]`);
      const d = c && c.width && c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      return d ? d.some((v, i) => v !== d[i % 4]) : false;
    }));
    assert(inked.every(Boolean), `charts drawn (trade, growth, events): ${inked}`);
  };
  // Adds a 200 KB article (past the 150 KB at which the background reader takes over).
  const addLongArticle = async (page) => {
    await page.click('[data-panel="library"] summary');
    await chooseLongArticle(page);
    await page.waitForFunction(() => /^Added/.test(document.querySelector('[data-message="library"]')?.textContent ?? ''), null, { timeout: 60_000 });
  };
  const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: TIMEOUT });
  const cacheNames = (page) => page.evaluate(() => caches.keys());

  await check('the built page names every file by a relative address', async () => {
    const absolute = [...html.matchAll(/(?:href|src|content|module_or_path:)\s*=?\s*["']\/[^"']*["']|from\s+["']\/[^"']*["']/g)].map((m) => m[0]);
    assert(absolute.length === 0, `root-relative addresses: ${absolute.join(', ')}`);
    const start = html.match(/<meta name="vnus-reader" content="\.\/(reader-start-[0-9a-f]{16}\.js)"/)?.[1];
    assert(start, 'no hashed reader start script named in the page');
    const script = readFileSync(join(dist, start), 'utf8');
    assert(/'\.\/reader-[0-9a-f]{16}\.js'/.test(script) && /'\.\/reader_bg-[0-9a-f]{16}\.wasm'/.test(script), `reader start: ${script}`);
  });

  // Served as GitHub Pages serves a project: under its name, each file fresh for 10 minutes,
  // so an old build's files sit in the browser's HTTP cache when a new build arrives.
  const server = await serve(dist, { prefix: PREFIX, maxAge: 600 });
  const sub = `http://127.0.0.1:${server.address().port}${PREFIX}`;
  try {
    const { context, page, responses } = await fresh('sub-path');
    await page.goto(sub.slice(0, -1)); // without its slash, as a reader may type it
    await check(`under a sub-path (${PREFIX}): the timeline and the three charts, every file from inside it`, async () => {
      await waitForEvents(page);
      await chartsDrawn(page);
      const outside = responses.filter((r) => !new URL(r.url).pathname.startsWith(PREFIX) && r.status !== 301);
      const failed = responses.filter((r) => r.status >= 400);
      assert(outside.length === 0 && failed.length === 0, `outside: ${JSON.stringify(outside)}; failed: ${JSON.stringify(failed)}`);
    });

    await check('under a sub-path: a deep link opens its event, the title names it, Back returns to it', async () => {
      await page.goto(`${sub}?event=${clinton.id}`);
      await page.locator('[data-panel="sources"]').waitFor({ timeout: TIMEOUT });
      const heading = await page.locator('[data-panel="sources"] h2').innerText();
      assert(heading.includes('Clinton'), `panel heading: ${heading}`);
      const title = await page.title();
      assert(title.includes(clinton.title) && title.includes('Vietnam–US'), `title: ${title}`);
      await page.click(`[data-event="${other.id}"] .event-button`);
      await page.waitForFunction((t) => document.title.includes(t), other.title, { timeout: TIMEOUT });
      assert(new URL(page.url()).pathname === PREFIX, `address: ${page.url()}`);
      await page.goBack();
      await page.waitForFunction((t) => document.title.includes(t), clinton.title, { timeout: TIMEOUT });
      assert((await page.locator('[data-panel="sources"] h2').innerText()).includes('Clinton'), 'Back did not restore the Clinton visit');
      await page.keyboard.press('Escape');
      await page.waitForFunction((t) => document.title === t, html.match(/<title>([^<]*)<\/title>/)[1], { timeout: TIMEOUT });
    });

    await check('under a sub-path: a long article is read by the background reader, loaded from inside it', async () => {
      const workers = [];
      page.on('worker', (w) => workers.push(w.url()));
      await addLongArticle(page);
      assert(await page.locator('[data-status="failure"]').count() === 0, 'the background reader failed');
      assert(workers.length === 1 && new RegExp(`^${sub}reader-start-[0-9a-f]{16}\\.js$`).test(workers[0]), `workers: ${workers.join(', ')}`);
      const reader = responses.filter((r) => /reader(_bg)?-[0-9a-f]{16}\.(js|wasm)$/.test(r.url));
      assert(reader.length >= 2 && reader.every((r) => r.status === 200 && r.url.startsWith(sub)), `reader files: ${JSON.stringify(reader)}`);
    });
    await context.close();

    await check('offline after the first visit: a reload without a network shows the timeline, a deep link, the charts; the reader works', async () => {
      const { context: offline, page: visit } = await fresh('offline');
      try {
        await visit.goto(sub);
        await waitForEvents(visit);
        await controlled(visit);
        const names = await cacheNames(visit);
        assert(names.length === 1 && names[0].startsWith(`vnus ${PREFIX} `), `caches: ${names}`);
        await offline.setOffline(true);
        server.down = true; // and the host answers nothing, should a request get past the emulation
        await visit.goto(`${sub}?event=${clinton.id}`);
        await waitForEvents(visit);
        await visit.locator('[data-panel="sources"]').waitFor({ timeout: TIMEOUT });
        await chartsDrawn(visit);
        // The background reader's files were cached too: a long article is read offline.
        await visit.keyboard.press('Escape');
        await addLongArticle(visit);
        assert(await visit.locator('[data-status="failure"]').count() === 0, 'the background reader failed offline');
      } finally {
        server.down = false;
        await offline.close();
      }
    });

    await check('a new build at the same address is picked up on the next visit; a half-deployed one never', async () => {
      // Build B: this build with a marker, and the service worker's list written again for it.
      const b = mkdtempSync(join(tmpdir(), 'vnus-build-b-'));
      const { context: returning, page: visit } = await fresh('update');
      try {
        cpSync(dist, b, { recursive: true });
        writeFileSync(join(b, 'index.html'), html.replace('<html lang="en">', '<html lang="en" data-build="B">'));
        const nameB = writeServiceWorker(b);
        await visit.goto(sub);
        await waitForEvents(visit);
        await controlled(visit);
        const [nameA] = await cacheNames(visit);
        // A host caught halfway through a deploy: B's service worker, A's page. Its install
        // finds a file that is not B's and fails; A's cache and A's page stay.
        const half = mkdtempSync(join(tmpdir(), 'vnus-half-'));
        cpSync(dist, half, { recursive: true });
        cpSync(join(b, 'sw.js'), join(half, 'sw.js'));
        // The install asks for B's sw.js, then for the file whose bytes changed (index.html).
        let asked = 0;
        const count = (req) => { if (req.url === `${PREFIX}sw.js` || (asked > 0 && req.url === `${PREFIX}index.html`)) asked += 1; };
        server.on('request', count);
        server.dir = half;
        await visit.reload();
        await waitForEvents(visit);
        try {
          let state;
          for (const t0 = Date.now(); Date.now() - t0 < TIMEOUT; await new Promise((ok) => setTimeout(ok, 100))) {
            state = await visit.evaluate(async () => {
              const reg = await navigator.serviceWorker.getRegistration();
              return { busy: Boolean(reg.installing || reg.waiting), caches: await caches.keys() };
            });
            if (asked > 1 && !state.busy) break;
          }
          assert(asked > 1 && !state.busy && state.caches.length === 1 && state.caches[0] === nameA,
            `half-deployed host: ${asked} requests, ${JSON.stringify(state)}, A is ${nameA}`);
          assert(await visit.evaluate(() => document.documentElement.dataset.build) === undefined, 'the page is not build A');
        } finally {
          server.off('request', count);
          rmSync(half, { recursive: true, force: true });
        }
        server.dir = b;
        await visit.reload(); // build A from its cache, while B is installed beside it
        await waitForEvents(visit);
        // The browser checks for a new service worker shortly after the visit; B installs,
        // takes over and deletes A's cache.
        let names = [];
        for (const t0 = Date.now(); Date.now() - t0 < TIMEOUT; await new Promise((ok) => setTimeout(ok, 100))) {
          names = await cacheNames(visit);
          if (names.length === 1 && names[0].endsWith(` ${nameB}`)) break;
        }
        assert(names.length === 1 && names[0].endsWith(` ${nameB}`), `caches: ${names}; A was ${nameA}, B is ${nameB}`);
        await visit.reload();
        await waitForEvents(visit);
        const marker = await visit.evaluate(() => document.documentElement.dataset.build);
        assert(marker === 'B', `the second visit shows build ${marker ?? 'A'}`);
      } finally {
        server.dir = dist;
        await returning.close();
        rmSync(b, { recursive: true, force: true });
      }
    });
  } finally {
    server.close();
  }

  await check('shared links: description, Open Graph and Twitter tags, a 1200x630 preview of the trade chart', async () => {
    const meta = (attr, key) => html.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`))?.[1];
    const description = meta('name', 'description');
    assert(description && description.length >= 50, `description: ${description}`);
    for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt']) assert(meta('property', key), `no ${key}`);
    for (const key of ['twitter:title', 'twitter:description', 'twitter:image']) assert(meta('name', key), `no ${key}`);
    assert(meta('name', 'twitter:card') === 'summary_large_image', 'twitter:card');
    const image = meta('property', 'og:image');
    const base = process.env.VNUS_PUBLIC_URL;
    assert(base ? image.startsWith(base) && image.endsWith('/preview.png') : image === 'preview.png', `og:image: ${image}`);
    // A deploy that knows its address makes them absolute (the Pages workflow does).
    const deployed = base ? html : absoluteShareTags(html, 'https://example.org/repo');
    const want = base ? new URL('./', image).href : 'https://example.org/repo/';
    for (const tag of ['property="og:image"', 'name="twitter:image"']) {
      assert(deployed.includes(`<meta ${tag} content="${want}preview.png" />`), `${tag} in a deployed page`);
    }
    assert(deployed.includes(`<meta property="og:url" content="${want}" />`), 'og:url in a deployed page');
    const png = readFileSync(join(dist, 'preview.png'));
    const size = pngSize(png);
    assert(size?.width === PREVIEW.width && size?.height === PREVIEW.height, `preview.png: ${JSON.stringify(size)}`);
    assert(png.length > 10_000, `preview.png is ${png.length} bytes: blank?`);
  });

  await check('the web app manifest names the app, its colours and its icons (PNG made at build time)', async () => {
    assert(html.includes('<link rel="manifest" href="manifest.webmanifest" />'), 'no manifest link');
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
    assert(manifest.name && manifest.short_name && manifest.theme_color && manifest.background_color, JSON.stringify(manifest));
    for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
      const [w, h] = icon.sizes.split('x').map(Number);
      const size = pngSize(readFileSync(join(dist, icon.src)));
      assert(size?.width === w && size?.height === h, `${icon.src}: ${JSON.stringify(size)}, says ${icon.sizes}`);
    }
  });
}
