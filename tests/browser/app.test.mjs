// Browser test of the built app (dist/): serves it, opens it in the system Chromium
// and checks that the timeline and the trade chart render without errors.
// Usage: node tests/browser/app.test.mjs   (after `trunk build --release --offline`)
// Ends with "browser: N passed, M failed" and exits non-zero when M > 0.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chooseLongArticle, launch, root, serve } from './harness.mjs';
import { publishChecks } from './publish.mjs';
import { stressChecks } from './stress.mjs';
import { langChecks } from './lang.mjs';
import { firstViewChecks } from './firstview.mjs';

// DIST and SHOTS point the test at another build and another screenshot folder, so a branch
// can be tested without touching dist/ or the committed screenshots.
const dist = process.env.DIST ? resolve(process.env.DIST) : join(root, 'dist');
const docs = process.env.SHOTS ? resolve(process.env.SHOTS) : join(root, 'docs');

const RENDER_TIMEOUT = 30_000; // loading and compiling the wasm is slow on a small machine
const MIN_EVENTS = 10;

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

// Waits for the app itself (not the built first view it replaces) with its whole timeline: the
// events below the first screen arrive in slices (the timeline is aria-busy until then).
async function waitForEvents(page) {
  await page
    .waitForFunction((n) => !document.querySelector('[data-first-view], .timeline[aria-busy="true"]')
      && document.querySelectorAll('[data-event]:not([hidden])').length >= n, MIN_EVENTS, {
      timeout: RENDER_TIMEOUT,
    })
    .catch(() => {});
  const count = await page.locator('[data-event]:not([hidden])').count();
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
    browser = await launch();
    mkdirSync(docs, { recursive: true });

    const desktop = await open(browser, url, { width: 1280, height: 800 }, errors);
    await check('timeline shows events', async () => {
      const count = await waitForEvents(desktop);
      console.log(`     ${count} events`);
    });
    await check('growth and events-per-year charts are drawn', async () => {
      for (const name of ['growth', 'events']) {
        const sel = `[data-chart="${name}"]`;
        await desktop.waitForSelector(sel, { timeout: RENDER_TIMEOUT });
        const s = await desktop.evaluate(canvasStats, sel);
        assert(s && s.colours >= 2 && s.inked >= 0.01, `${name} chart looks blank: ${JSON.stringify(s)}`);
      }
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

    // The model the native engine extracts: the page must show all of it.
    const model = JSON.parse(execFileSync('cargo', ['run', '--release', '--quiet', '--bin', 'extract'], { cwd: root, maxBuffer: 1 << 26 }).toString());
    const clinton = model.events.find((e) => e.category === 'visit' && e.title.includes('Clinton') && e.conflicts.length > 0);
    // A cheap fingerprint of the trade chart's pixels, to see that it was drawn again.
    const fingerprint = () => {
      const c = document.querySelector('[data-chart="trade"]');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let h = 0;
      for (let i = 0; i < d.length; i += 97) h = (h * 31 + d[i]) >>> 0;
      return h;
    };
    const canvasHash = (page) => page.evaluate(fingerprint);
    const chartChanged = (page, before) => page.waitForFunction(`(${fingerprint})() !== ${before}`, null, { timeout: RENDER_TIMEOUT });

    await check('timeline shows every event of the model', async () => {
      const ids = await desktop.$$eval('[data-event]:not([hidden])', (els) => els.map((e) => e.dataset.event));
      const want = model.events.map((e) => e.id);
      assert(ids.length === want.length, `page shows ${ids.length} events, the model has ${want.length}`);
      assert(want.every((id) => ids.includes(id)), `missing: ${want.filter((id) => !ids.includes(id)).join(', ')}`);
    });

    await check('the timeline groups the years into eras named by their milestones, each milestone inside its era', async () => {
      // What the page shows of each era: its opening event, years, heading and events.
      const shownEras = (page) => page.$$eval('[data-era]:not([hidden])', (els) => els.map((e) => ({
        id: e.dataset.era,
        first: Number(e.dataset.eraFirst),
        last: e.dataset.eraLast ? Number(e.dataset.eraLast) : Infinity,
        heading: document.getElementById(e.getAttribute('aria-labelledby') ?? '')?.tagName ?? '',
        name: e.querySelector('.era-name')?.textContent ?? '',
        years: e.querySelector('.era-years')?.textContent ?? '',
        events: [...e.querySelectorAll('[data-event]:not([hidden])')].map((x) => x.dataset.event),
      })));
      const eras = await shownEras(desktop);
      assert(eras.length >= 2, `${eras.length} eras shown`);
      for (const [i, era] of eras.entries()) {
        const opener = model.events.find((e) => e.id === era.id);
        assert(opener?.milestone, `era ${era.id} is not opened by a milestone event`);
        assert(era.name && opener.title.includes(era.name), `era named "${era.name}", its milestone is "${opener.title}"`);
        assert(era.heading === 'H2' && era.years.includes(String(era.first)), `era ${era.name}: heading <${era.heading}>, years "${era.years}"`);
        assert(i === 0 || eras[i - 1].last === era.first - 1, `era ${era.name} does not follow the one before`);
      }
      assert(eras.some((e) => e.name.includes('Comprehensive Partnership')), `eras: ${eras.map((e) => e.name).join(' | ')}`);
      // Each milestone event sits inside the era that covers its year (or in none, before the first).
      for (const m of model.events.filter((e) => e.milestone)) {
        const year = parseInt(m.date, 10);
        const holder = eras.find((e) => e.events.includes(m.id));
        const covering = eras.find((e) => e.first <= year && year <= e.last);
        assert(holder === covering, `${m.title} (${year}) sits in ${holder?.name ?? 'no era'}, expected ${covering?.name ?? 'none'}`);
      }
      // Filters hide events, not eras: with the opening milestone filtered out, its era stays.
      const page = await open(browser, `${url}?person=Donald+Trump`, { width: 1280, height: 800 }, errors);
      await page.waitForSelector('[data-era]:not([hidden])', { timeout: RENDER_TIMEOUT });
      const filtered = await shownEras(page);
      await page.close();
      const trump = model.events.filter((e) => e.actors.includes('Donald Trump'));
      for (const e of trump) {
        const want = eras.find((era) => era.events.includes(e.id));
        const got = filtered.find((era) => era.events.includes(e.id));
        assert(got && got.id === want?.id && got.name === want.name, `${e.title}: in ${got?.name} when filtered, ${want?.name} unfiltered`);
        assert(!got.events.includes(got.id), `${got.name}: its own milestone should be filtered out here`);
      }
    });

    await check('selecting the Clinton visit shows its three sources and the 2000/2001 disagreement', async () => {
      assert(clinton, 'the model has no Clinton visit with a conflict');
      await desktop.click(`[data-event="${clinton.id}"] .event-button`);
      const panel = desktop.locator('[data-panel="sources"]');
      await panel.waitFor({ timeout: RENDER_TIMEOUT });
      const sources = await panel.locator('.source').count();
      assert(sources === 3, `${sources} sources shown`);
      const note = await panel.locator('.disagreement').innerText();
      assert(note.includes('2001') && note.includes('2000'), `disagreement says: ${note}`);
      const marked = await panel.locator('mark').allInnerTexts();
      assert(marked.includes('November 2000') && marked.includes('November 2001'), `marked: ${marked}`);
      // The address follows in a task after the render.
      await desktop.waitForFunction((part) => location.search.includes(part), `event=${clinton.id}`, { timeout: RENDER_TIMEOUT }).catch(() => {});
      assert(desktop.url().includes(`event=${clinton.id}`), `address: ${desktop.url()}`);
    });

    await check('Escape closes the source panel', async () => {
      await desktop.keyboard.press('Escape');
      await desktop.locator('[data-panel="sources"]').waitFor({ state: 'detached', timeout: RENDER_TIMEOUT });
    });

    await check('filtering by a person narrows the list, and Back restores it', async () => {
      const trump = model.events.filter((e) => e.actors.includes('Donald Trump')).length;
      await desktop.selectOption('[data-filter="person"]', 'Donald Trump');
      await desktop.waitForFunction((n) => document.querySelectorAll('[data-event]:not([hidden])').length === n, trump, { timeout: RENDER_TIMEOUT });
      // The address follows in a task after the render.
      await desktop.waitForFunction((part) => location.search.includes(part), 'person=Donald+Trump', { timeout: RENDER_TIMEOUT }).catch(() => {});
      assert(desktop.url().includes('person=Donald+Trump'), `address: ${desktop.url()}`);
      await desktop.goBack();
      await desktop.waitForFunction((n) => document.querySelectorAll('[data-event]:not([hidden])').length === n, model.events.length, { timeout: RENDER_TIMEOUT });
    });

    await check('search ignores diacritics: "Trong" finds Trọng', async () => {
      await desktop.fill('input[type="search"]', 'Trong');
      await desktop.waitForFunction(() => document.querySelectorAll('[data-event]:not([hidden])').length < 31, null, { timeout: RENDER_TIMEOUT });
      const titles = await desktop.$$eval('[data-event]:not([hidden]) .people', (els) => els.map((e) => e.textContent));
      assert(titles.some((t) => t.includes('Nguyễn Phú Trọng')), `people shown: ${titles}`);
      await desktop.fill('input[type="search"]', '');
    });

    await check('the log/linear toggle changes the chart', async () => {
      const before = await canvasHash(desktop);
      await desktop.click('[data-scale="linear"]');
      await chartChanged(desktop, before);
      // The address follows in a task after the render.
      await desktop.waitForFunction((part) => location.search.includes(part), 'scale=linear', { timeout: RENDER_TIMEOUT }).catch(() => {});
      assert(desktop.url().includes('scale=linear'), `address: ${desktop.url()}`);
      await desktop.click('[data-scale="log"]');
    });

    await check('the trade data table holds every figure, built when opened', async () => {
      const table = desktop.locator('[data-figure="trade"] .data-table');
      assert(await table.locator('tr').count() === 0, 'a closed table was built');
      await table.locator('summary').click();
      await desktop.waitForFunction((n) => document.querySelectorAll('[data-figure="trade"] .data-table tbody tr').length === n, model.trade.length, { timeout: RENDER_TIMEOUT });
      const first = await table.locator('tbody tr').first().innerText();
      assert(/bn/.test(first), `first row: ${first}`);
      await table.locator('summary').click();
    });

    await check('the JSON export downloads the model the engine extracts', async () => {
      const [download] = await Promise.all([desktop.waitForEvent('download'), desktop.click('[data-download="json"]')]);
      const path = await download.path();
      const exported = JSON.parse(readFileSync(path, 'utf8'));
      assert(exported.events.length === model.events.length, `${exported.events.length} events exported`);
      assert(JSON.stringify(exported.events) === JSON.stringify(model.events), 'the export differs from the native extract');
    });

    await check('the growth chart checks the articles\' claims', async () => {
      const claims = await desktop.$$eval('[data-claim]', (els) => els.map((e) => e.textContent));
      assert(claims.length === model.growth.length, `${claims.length} claims shown, ${model.growth.length} in the model`);
      assert(claims.some((c) => /consistent/i.test(c) && c.includes('240')), `claims: ${claims.join(' | ')}`);
    });

    await check('keyboard: arrows move through the timeline, Enter opens the source', async () => {
      await desktop.focus('[data-event]:not([hidden]) .event-button');
      await desktop.keyboard.press('ArrowDown');
      const focused = await desktop.evaluate(() => document.activeElement.closest('[data-event]:not([hidden])')?.dataset.event);
      assert(focused === model.events[1].id, `focus on ${focused}, expected ${model.events[1].id}`);
      await desktop.keyboard.press('Enter');
      await desktop.locator('[data-panel="sources"]').waitFor({ timeout: RENDER_TIMEOUT });
      await desktop.keyboard.press('Escape');
    });

    const deep = await open(browser, `${url}?event=${clinton?.id}&person=Bill+Clinton`, { width: 1280, height: 800 }, errors);
    await check('a deep link restores the selection and the filters', async () => {
      await deep.locator('[data-panel="sources"]').waitFor({ timeout: RENDER_TIMEOUT });
      const heading = await deep.locator('[data-panel="sources"] h2').innerText();
      assert(heading.includes('Clinton'), `panel heading: ${heading}`);
      const shown = await deep.locator('[data-event]:not([hidden])').count();
      const want = model.events.filter((e) => e.actors.includes('Bill Clinton')).length;
      assert(shown === want, `${shown} events shown, ${want} with Bill Clinton`);
      const person = await deep.$eval('[data-filter="person"]', (s) => s.value);
      assert(person === 'Bill Clinton', `person filter shows ${person}`);
    });
    await check('screenshot with a selection (1280x800)', async () => {
      await deep.screenshot({ path: join(docs, 'screenshot-selection.png') });
    });

    await check('a dark system theme gets the dark page and charts', async () => {
      const dark = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
      dark.on('pageerror', (err) => errors.push(`[dark] pageerror: ${err.message}`));
      await dark.goto(url);
      await waitForEvents(dark);
      const background = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = background.match(/\d+/g).map(Number);
      assert(r + g + b < 120, `body background is ${background}`);
      await dark.waitForFunction(() => performance.getEntriesByName('chart-drawn').length > 0, null, { timeout: RENDER_TIMEOUT });
      const corner = await dark.evaluate(() => [...document.querySelector('[data-chart="trade"]').getContext('2d').getImageData(2, 2, 1, 1).data]);
      assert(corner[0] + corner[1] + corner[2] < 150, `chart background is rgb(${corner})`);
      await dark.screenshot({ path: join(docs, 'screenshot-dark.png') });
      await dark.close();
    });

    const phone = await open(browser, url, { width: 375, height: 812 }, errors);
    await check('timeline shows events on a phone', async () => {
      await waitForEvents(phone);
    });
    await check('nothing is wider than a phone screen', async () => {
      const wide = await phone.evaluate(() => [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.className || e.tagName).slice(0, 5));
      assert(wide.length === 0, `overflowing: ${wide.join(', ')}`);
    });
    await check('phone screenshot (375x812)', async () => {
      await phone.screenshot({ path: join(docs, 'screenshot-phone.png') });
    });

    // --- the reader's own articles -------------------------------------------------------
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const own = await context.newPage();
    own.on('console', (msg) => { if (msg.type() === 'error') errors.push(`[own] console.error: ${msg.text()}`); });
    own.on('pageerror', (err) => errors.push(`[own] pageerror: ${err.message}`));
    own.on('dialog', (dialog) => { errors.push(`[own] a dialog opened: ${dialog.message()}`); dialog.dismiss(); });
    await own.goto(url);
    await waitForEvents(own);
    const eventCount = () => own.locator('[data-event]:not([hidden])').count();
    const message = () => own.locator('[data-message="library"]').innerText();
    const paste = async (text, title = '', date = '') => {
      await own.fill('[data-input="text"]', text);
      await own.fill('[data-input="title"]', title);
      await own.fill('[data-input="date"]', date);
      await own.click('[data-action="add"]');
    };
    await own.click('[data-panel="library"] summary');
    const wire = readFileSync(join(root, 'tests/browser/articles/wire.txt'), 'utf8');
    const before = await eventCount();

    await check('pasting a wire story adds its events and figures', async () => {
      const chartBefore = await canvasHash(own);
      await paste(wire);
      await own.waitForFunction((n) => document.querySelectorAll('[data-event]:not([hidden])').length > n, before, { timeout: RENDER_TIMEOUT });
      const text = await message();
      assert(/^Added .* \d+ events and \d+ trade figures/.test(text), `message: ${text}`);
      const people = await own.$$eval('[data-event]:not([hidden]) .people', (els) => els.map((e) => e.textContent).join(' | '));
      assert(people.includes('Gina Raimondo'), `people: ${people}`);
      const header = await own.locator('.summary').innerText();
      assert(header.includes('6 articles') && header.includes('15 trade figures'), `header: ${header}`);
      await chartChanged(own, chartBefore);
    });
    const withWire = await eventCount();

    await check('the reader\'s articles export as one JSON file and import again', async () => {
      const [download] = await Promise.all([own.waitForEvent('download'), own.click('[data-action="export"]')]);
      const saved = readFileSync(await download.path(), 'utf8');
      assert(JSON.parse(saved).articles.length === 1, `export: ${saved.slice(0, 120)}`);
      await own.click('[data-article="user-1"] .link');
      await own.waitForFunction((n) => document.querySelectorAll('[data-event]:not([hidden])').length === n, before, { timeout: RENDER_TIMEOUT });
      await own.setInputFiles('[data-input="import"]', { name: 'set.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
      await own.waitForFunction((n) => document.querySelectorAll('[data-event]:not([hidden])').length > n, before, { timeout: RENDER_TIMEOUT });
      assert(/Imported 1 of 1/.test(await message()), `message: ${await message()}`);
      await own.setInputFiles('[data-input="import"]', { name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{"not": "ours"}') });
      await own.waitForFunction(() => /nothing was imported/.test(document.querySelector('[data-message="library"]')?.textContent ?? ''), null, { timeout: RENDER_TIMEOUT });
    });

    await check('a reload keeps the added article', async () => {
      await own.reload();
      await own.waitForFunction((n) => document.querySelectorAll('[data-event]:not([hidden])').length === n, withWire, { timeout: RENDER_TIMEOUT });
    });

    await check('each bad input gets its message and leaves the stored set intact', async () => {
      await own.click('[data-panel="library"] summary');
      const stored = await own.evaluate(() => localStorage.getItem('vnus.articles.v1'));
      const cases = [
        [async () => paste('   \n\t  '), /no text to add/],
        [async () => paste(wire), /already in the history/],
        [async () => paste('Hello, nothing dated or priced here at all.', 'Quiet note'), /no dated event or trade figure/],
        [async () => paste('Some words on July 4, 2024.', '', 'yesterday'), /is not a date/],
        [async () => own.setInputFiles('[data-input="files"]', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]) }), /not text/],
        [async () => own.setInputFiles('[data-input="files"]', { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(5_200_000, 'a') }), /limit is 5 MB/],
      ];
      for (const [act, want] of cases) {
        await act();
        await own.waitForFunction((re) => new RegExp(re).test(document.querySelector('[data-message="library"]')?.textContent ?? ''), want.source, { timeout: RENDER_TIMEOUT });
      }
      // "Quiet note" was kept on purpose (no events, but the reader's choice): remove it again.
      await own.click('[data-article="user-2"] .link');
      await own.waitForFunction((s) => localStorage.getItem('vnus.articles.v1') === s, stored, { timeout: RENDER_TIMEOUT });
    });

    await check('several files at once are all added, HTML reduced to text', async () => {
      const count = await own.locator('[data-article]').count();
      await own.fill('[data-input="title"]', '');
      await own.fill('[data-input="date"]', '');
      await own.setInputFiles('[data-input="files"]', [
        { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('On May 5, 2024, Secretary of State Antony Blinken visited Hanoi.') },
        { name: 'b.html', mimeType: 'text/html', buffer: Buffer.from('<html><head><script>window.__pwned=true</script></head><body><p>On June 2, 2024, the two sides signed a Memorandum of Understanding on rice trade.</p></body></html>') },
      ]);
      await own.waitForFunction((n) => document.querySelectorAll('[data-article]').length === n + 2, count, { timeout: 10_000 })
        .catch(async () => { throw new Error(`${await own.locator('[data-article]').count()} articles (was ${count}); message: ${await message()}`); });
      const titles = await own.$$eval('[data-article]', (els) => els.map((e) => e.textContent).join(' | '));
      assert(titles.includes('On June 2, 2024') && !titles.includes('<p>'), `articles: ${titles}`);
      for (const id of ['user-3', 'user-2']) await own.click(`[data-article="${id}"] .link`);
      await own.waitForFunction((n) => document.querySelectorAll('[data-article]').length === n, count, { timeout: RENDER_TIMEOUT });
    });

    await check('a long article is read in the background: progress shown, the page never held long', async () => {
      const count = await own.locator('[data-article]').count();
      const seen = own.waitForFunction(() => /^Reading/.test(document.querySelector('[data-message="library"]')?.textContent ?? ''), null, { timeout: RENDER_TIMEOUT, polling: 'raf' });
      // The file is made and chosen inside the page, so the harness's own work of passing a
      // megabyte in is not counted; then every main-thread task over 50 ms is recorded.
      await own.evaluate(() => {
        window.__longTasks = [];
        window.__longObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration)); });
        window.__longObserver.observe({ type: 'longtask' });
        let long = '';
        for (let i = 0; long.length < 1_000_000; i += 1) long += `On March ${1 + (i % 28)}, ${1990 + (i % 30)}, Ambassador Nobody${i} visited Hanoi. Trade reached $${i} million in ${1990 + (i % 30)}.\n\n`;
        const files = new DataTransfer();
        files.items.add(new File([long], 'long.txt', { type: 'text/plain' }));
        const input = document.querySelector('[data-input="files"]');
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await seen;
      await own.waitForSelector('[data-status="reading"]', { timeout: RENDER_TIMEOUT });
      await own.waitForFunction(() => /^Added/.test(document.querySelector('[data-message="library"]')?.textContent ?? ''), null, { timeout: 60_000 });
      const tasks = await own.evaluate(() => { window.__longObserver.disconnect(); return window.__longTasks; });
      const longest = Math.max(0, ...tasks);
      console.log(`     1 MB article: longest main-thread task ${longest} ms (tasks over 50 ms: ${tasks.join(', ') || 'none'})`);
      // The limit is checked last: a machine under load may hold the page longer, and the
      // article must still be removed, or every later check fails for it too.
      assert(await own.locator('[data-status="reading"]').count() === 0, 'still says it is reading');
      const said = await message();
      assert(/10684 trade figures/.test(said), `message: ${said}`);
      // Stored, it is read in the background again after a reload: the seeds show first.
      await own.reload();
      await own.waitForFunction(() => performance.getEntriesByName('chart-drawn').length > 0, null, { timeout: RENDER_TIMEOUT });
      await own.waitForFunction(() => /Data table: 1\d{4} figures/.test(document.querySelector('[data-figure="trade"] summary')?.textContent ?? ''), null, { timeout: 60_000 });
      assert(await own.locator('[data-status="reading"]').count() === 0, 'still says it is reading after a reload');
      await own.click('[data-panel="library"] summary');
      await own.click(`[data-article="user-${count - 5 + 1}"] .link`);
      await own.waitForFunction((n) => document.querySelectorAll('[data-article]').length === n, count, { timeout: RENDER_TIMEOUT });
      assert(longest < 250, `the page was held for ${longest} ms`);
    });

    await check('hostile text is shown as text and runs nothing', async () => {
      const hostile = `<script>window.__pwned = true</script> On July 4, 2024, <img src=x onerror="window.__pwned=true"> the two sides signed a Memorandum of Understanding on <a href="javascript:window.__pwned=true">education</a>. ${'W'.repeat(100_000)}`;
      await paste(hostile, 'Hostile');
      await own.waitForFunction(() => [...document.querySelectorAll('[data-event]:not([hidden]) .event-title')].some((e) => e.textContent.includes('Memorandum')), null, { timeout: RENDER_TIMEOUT });
      const id = await own.$$eval('[data-event]:not([hidden])', (els) => els.find((e) => e.querySelector('.event-date')?.textContent === '4 Jul 2024')?.dataset.event);
      assert(id, 'no event dated 4 Jul 2024');
      await own.click(`[data-event="${id}"] .event-button`);
      const quote = await own.locator('[data-panel="sources"] blockquote').first().innerText();
      assert(quote.includes('<script>') && quote.includes('onerror='), `quote: ${quote.slice(0, 200)}`);
      const pwned = await own.evaluate(() => window.__pwned === true || document.querySelector('.source img, .source script, .source a') !== null);
      assert(!pwned, 'hostile markup was rendered or ran');
      const wide = await own.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
      assert(!wide, 'a 100,000-character word widened the page');
      await own.keyboard.press('Escape');
    });

    await check('removing an article removes its events; a seed can be switched off', async () => {
      for (const id of ['user-2', 'user-1']) {
        await own.click(`[data-article="${id}"] .link`);
      }
      await own.waitForFunction((n) => document.querySelectorAll('[data-event]:not([hidden])').length === n, before, { timeout: RENDER_TIMEOUT });
      await own.click(`[data-article="${model.documents[1].id}"] input[type="checkbox"]`);
      await own.waitForFunction((n) => document.querySelectorAll('[data-event]:not([hidden])').length < n, before, { timeout: RENDER_TIMEOUT });
      await own.click(`[data-article="${model.documents[1].id}"] input[type="checkbox"]`);
      await own.waitForFunction((n) => document.querySelectorAll('[data-event]:not([hidden])').length === n, before, { timeout: RENDER_TIMEOUT });
    });
    await check('screenshot of the articles panel (1280x800)', async () => {
      await own.screenshot({ path: join(docs, 'screenshot-articles.png') });
    });
    await context.close();

    await check('stored data that no longer parses is kept, reported and offered for download', async () => {
      const broken = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await broken.addInitScript(() => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('vnus.articles.v1', '{"version": 1, "articles": [{"id": 3');
          sessionStorage.setItem('seeded', '1');
        }
      });
      const page = await broken.newPage();
      page.on('pageerror', (err) => errors.push(`[broken] pageerror: ${err.message}`));
      await page.goto(url);
      await waitForEvents(page);
      await page.click('[data-panel="library"] summary');
      const alert = await page.locator('[data-message="damaged"]').innerText();
      assert(alert.includes('could not be read'), `alert: ${alert}`);
      const kept = await page.evaluate(() => localStorage.getItem('vnus.articles.v1.unreadable.1'));
      assert(kept === '{"version": 1, "articles": [{"id": 3', `kept: ${kept}`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-damaged"]')]);
      assert(readFileSync(await download.path(), 'utf8') === kept, 'the download is not the stored text');
      await broken.close();
    });

    await check('when the background reader cannot start, the page reads the article itself and says so', async () => {
      // No service worker: requests it answers would never reach the route below.
      const noWorker = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
      // The worker's script is missing, as behind a proxy that strips it.
      await noWorker.route(/reader-start(-[0-9a-f]+)?\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
      const page = await noWorker.newPage();
      page.on('pageerror', (err) => errors.push(`[no worker] pageerror: ${err.message}`));
      await page.goto(url);
      await waitForEvents(page);
      await page.click('[data-panel="library"] summary');
      await chooseLongArticle(page);
      await page.waitForSelector('[data-status="failure"]', { timeout: RENDER_TIMEOUT });
      const said = await page.locator('[data-status="failure"]').innerText();
      assert(said.includes('read on the page itself'), `failure: ${said}`);
      await page.waitForFunction(() => /^Added/.test(document.querySelector('[data-message="library"]')?.textContent ?? ''), null, { timeout: 60_000 });
      await noWorker.close();
    });

    await check('the page runs under a Content-Security-Policy with no inline script or eval', async () => {
      const html = readFileSync(join(dist, 'index.html'), 'utf8');
      const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
      assert(policy.includes("script-src 'self' 'wasm-unsafe-eval' 'sha256-"), `policy: ${policy}`);
      assert(!policy.includes("'unsafe-inline' ") && !/script-src[^;]*'unsafe-(inline|eval)'/.test(policy), `policy: ${policy}`);
      const blocked = await desktop.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.head.appendChild(s);
        return window.__inlineRan === true;
      });
      assert(!blocked, 'an injected inline script ran');
      // The violation report of that attempt is expected; the check below must not count it.
      for (let i = errors.length - 1; i >= 0; i -= 1) if (/Content Security Policy/.test(errors[i]) && /inline script/i.test(errors[i])) errors.splice(i, 1);
    });

    await stressChecks({ browser, url, check, assert, errors, waitForEvents });
    await langChecks({ browser, url, check, assert, errors, waitForEvents, model, docs });
    await firstViewChecks({ browser, url, dist, check, assert, errors, waitForEvents });
    await publishChecks({ browser, dist, model, check, assert, errors, waitForEvents });

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
