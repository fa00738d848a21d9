// Measurement (not a test): the main thread's tasks while the app opens, from a Chromium trace of
// cold loads (unthrottled), each task of the opening's chain (`ui/first_view.rs`: the tasks run
// by the message the page posts to itself) named by its place in the chain; the median and the
// longest of each over the loads, and the longest task outside the chain (the browser's own).
// Usage: node tests/browser/tasks.mjs [DIST=dist] [PARTS=7] [MERGE_STEPS=26]
//   PARTS is `first_view::LATER_PARTS`; MERGE_STEPS the steps of `extract::Extraction` on the
//   seeds (26 today; 0 for a build that merged in one task); the five seeds are prepared a task
//   each, then one task ends their reading. LOADS=n in the environment (5). CPU=1 reports each
//   task's thread time instead of its wall time: on a machine shared with other builds, the
//   time the task ran, not the time it waited for a core. MOBILE=1 opens the page as Lighthouse's
//   mobile preset does (412×823 at a device pixel ratio of 1.75, touch), the page its blocking
//   time is measured on.
import { join, resolve } from 'node:path';
import { launch, root, serve } from './harness.mjs';
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const parts = Number(process.argv[3] ?? 7);
const merges = Number(process.argv[4] ?? 26);
const server = await serve(dist, { gzip: true });
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const rows = {};
const took = (t) => (process.env.CPU === '1' ? t.tdur ?? t.dur : t.dur) / 1000;
for (let i = 0; i < Number(process.env.LOADS ?? 5); i++) {
  const device = process.env.MOBILE === '1'
    ? { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }
    : { viewport: { width: 1280, height: 800 } };
  const context = await browser.newContext(device);
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('chart-drawn').length > 0 && document.querySelector('[data-first-view]') === null);
  await page.waitForTimeout(400);
  const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const main = ev.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const on = ev.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid).sort((a, b) => a.ts - b.ts);
  const tasks = on.filter((e) => e.name === 'RunTask');
  const pm = tasks.filter((t) => on.some((e) => e.name === 'HandlePostMessage' && e.ts >= t.ts && e.ts <= t.ts + t.dur));
  const names = [...Array(5).fill('prepare'), merges ? 'prepare' : 'merge (one task)', ...Array(merges).fill('merge step'), 'mount (host)', 'mount (state)', ...Array(parts).fill(0).map((_, k) => `part ${k + 1}`), 'built view removed (after a frame)', 'timeline queues slices', ...Array(20).fill(0).map((_, k) => `later ${k + 1}`)];
  pm.forEach((t, k) => { const n = names[k] ?? '?'; (rows[n] ??= []).push(took(t)); });
  const other = tasks.filter((t) => !pm.includes(t)).map(took).sort((a, b) => b - a).slice(0, 4);
  (rows['other (not the chain): longest'] ??= []).push(other[0]);
  await context.close();
}
for (const [n, xs] of Object.entries(rows)) { const s = [...xs].sort((a, b) => a - b); console.log(`${n.padEnd(34)} max ${s.at(-1).toFixed(1)}  median ${s[s.length >> 1].toFixed(1)}  (n=${xs.length})`); }
await browser.close(); server.close();
