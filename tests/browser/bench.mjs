// Browser benchmark (not a test): load-to-drawn over 10 cold loads in headless Chromium on
// 127.0.0.1, and how long a filter or a selection takes to redraw.
// Usage: node tests/browser/bench.mjs   (after `trunk build --release --offline`)
import { join } from 'node:path';
import { launch, root, serve } from './harness.mjs';

const LOADS = 10;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve(join(root, 'dist'));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const loads = [];
for (let i = 0; i < LOADS; i += 1) {
  // A new context each time: no cache, a cold load.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('chart-drawn').length > 0, null, { timeout: 60_000 });
  loads.push(await page.evaluate(() => performance.getEntriesByName('chart-drawn')[0].startTime));
  await context.close();
}
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url);
await page.waitForFunction(() => performance.getEntriesByName('chart-drawn').length > 0);
// A filter or a selection: from the event to the page rendered, redrawn and laid out.
const redraws = [];
for (const person of ['Donald Trump', '', 'Bill Clinton', '', 'Nguyễn Phú Trọng', '']) {
  redraws.push(await page.evaluate(async (value) => {
    const select = document.querySelector('[data-filter="person"]');
    const t0 = performance.now();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    // Yew renders (and the charts redraw) in its scheduler's task; then force style and layout.
    await new Promise((r) => setTimeout(r, 0));
    void document.body.offsetHeight;
    return performance.now() - t0;
  }, person));
}
const selections = [];
const ids = await page.$$eval('[data-event]', (els) => els.slice(0, 6).map((e) => e.dataset.event));
for (const id of ids) {
  selections.push(await page.evaluate(async (eventId) => {
    const t0 = performance.now();
    document.querySelector(`[data-event="${eventId}"] .event-button`).click();
    await new Promise((r) => setTimeout(r, 0));
    void document.body.offsetHeight;
    return performance.now() - t0;
  }, id));
}
await browser.close();
server.close();
console.log(`load to chart drawn, ${LOADS} cold loads: median ${median(loads).toFixed(0)} ms (min ${Math.min(...loads).toFixed(0)}, max ${Math.max(...loads).toFixed(0)})`);
console.log(`filter redraw: median ${median(redraws).toFixed(1)} ms; selection redraw: median ${median(selections).toFixed(1)} ms`);
