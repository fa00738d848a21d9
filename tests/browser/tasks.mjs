// Measurement (not a test): the main thread's tasks while the app opens, from a Chromium trace
// of cold loads (unthrottled), until the charts are drawn and the timeline is whole; prints the
// longest tasks of each load and the median of the longest. Then the tasks of a filter's redraw.
// Usage: node tests/browser/tasks.mjs [DIST]   (default dist/)
import { join, resolve } from 'node:path';
import { launch, root, serve } from './harness.mjs';

const LOADS = Number(process.env.LOADS ?? 5);
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const server = await serve(dist, { gzip: true });
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/// The main thread's tasks (ms, in order) of `page`'s renderer in a trace taken around `act`.
async function tasksDuring(page, act) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await act();
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const events = trace.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid).sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  if (process.env.WHAT) {
    // What each long task did: its inner events, longest first.
    for (const t of tasks.filter((t) => t.dur > 10_000)) {
      const inner = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.name !== 'RunTask');
      const by = {};
      for (const e of inner) by[e.name] = (by[e.name] ?? 0) + e.dur / 1000;
      const kind = inner.find((e) => e.name === 'EventDispatch')?.args?.data?.type ?? inner.find((e) => e.name === 'TimerFire') ? 'timer' : '';
      console.log(`  ${(t.dur / 1000).toFixed(1)} ms at ${((t.ts - tasks[0].ts) / 1000).toFixed(0)}: ${kind} ${Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, d]) => `${n} ${d.toFixed(1)}`).join(', ')}`);
    }
  }
  return tasks.map((e) => e.dur / 1000);
}

const longest = [];
for (let i = 0; i < LOADS; i += 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const tasks = await tasksDuring(page, async () => {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('chart-drawn').length > 0 && document.querySelector('[data-first-view]') === null, null, { timeout: 60_000 });
    await page.waitForTimeout(300);
  });
  const top = [...tasks].sort((a, b) => b - a).slice(0, 8);
  longest.push(top[0]);
  console.log(`load ${i + 1}: longest tasks ${top.map((t) => t.toFixed(1)).join(', ')} ms; ${tasks.filter((t) => t > 10).length} over 10 ms, total over 50 ms beyond 50: ${tasks.filter((t) => t > 50).reduce((s, t) => s + t - 50, 0).toFixed(0)}`);
  if (i === LOADS - 1) {
    const redraws = [];
    for (const person of ['Donald Trump', '', 'Bill Clinton', '']) {
      const t = await tasksDuring(page, async () => {
        await page.evaluate(async (value) => {
          const select = document.querySelector('[data-filter="person"]');
          select.value = value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          await new Promise((r) => setTimeout(r, 50));
        }, person);
      });
      redraws.push(Math.max(...t));
    }
    console.log(`filter: longest task ${redraws.map((t) => t.toFixed(1)).join(', ')} ms`);
  }
  await context.close();
}
console.log(`median of the longest task per load: ${median(longest).toFixed(1)} ms`);
await browser.close();
server.close();
