// Measurement (not a test): the opening's main-thread tasks as Lighthouse's mobile run traces
// them (its trace categories, whose invalidation tracking and stacks make DOM work dearer; a
// 412x823 page at a device pixel ratio of 1.75), in thread time, so a machine shared with other
// builds weighs little on it. Prints, over the loads, the blocking time Lighthouse's simulation
// would count were each task's wall time its thread time (4x each task, 2x one with a layout,
// over 50 ms, after the first paint; Playwright's own script left out), and for each task of the
// chain (PMnn: the nth task run by the message the page posts to itself, ui/first_view.rs; the
// Yew scheduler's timers and the frames after it named by it) its longest and total thread time.
//   node tests/browser/lhtasks.mjs [DIST=dist]   (LOADS=5, MIN=3 ms, VERBOSE=1 lists each load,
//   EXTRA_CATS=v8.wasm adds the time spent compiling WebAssembly functions on their first call)
// scripts/lighthouse-tasks.mjs reads the same from Lighthouse's own reports.
import { join, resolve } from 'node:path';
import { launch, root, serve } from './harness.mjs';
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const LOADS = Number(process.env.LOADS ?? 5);
const MIN = Number(process.env.MIN ?? 3);
const VERBOSE = process.env.VERBOSE === '1';
const server = await serve(dist, { gzip: true });
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const cats = ['disabled-by-default-lighthouse', 'loading', 'v8', 'v8.execute', 'blink.user_timing', 'blink.console', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.screenshot', 'disabled-by-default-devtools.timeline.stack', 'disabled-by-default-devtools.timeline.frame', 'latencyInfo', 'disabled-by-default-devtools.timeline.invalidationTracking'];
if (process.env.EXTRA_CATS) cats.push(...process.env.EXTRA_CATS.split(','));
const rows = {}; const est = []; const estWall = [];
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
for (let l = 0; l < LOADS; l++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: cats });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('chart-drawn').length > 0 && document.querySelector('[data-first-view]') === null, null, { polling: 250 });
  await page.waitForTimeout(600);
  const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const parse = ev.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith('http'));
  const on = ev.filter((e) => e.ph === 'X' && e.pid === parse.pid && e.tid === parse.tid).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = []; for (const t of on.filter((e) => e.name === 'RunTask')) if (!tasks.length || t.ts >= tasks.at(-1).ts + tasks.at(-1).dur) tasks.push(t);
  const paint = ev.find((e) => e.name === 'firstContentfulPaint' || e.name === 'firstPaint');
  let pm = 0; let lastPm = 'start'; let sub = 0; let sum = 0; let sumWall = 0; const perLoad = {};
  const lines = [];
  for (const t of tasks) {
    const inside = on.filter((e) => e !== t && e.ts >= t.ts && e.ts <= t.ts + t.dur);
    const has = (n) => inside.some((e) => e.name === n);
    let label;
    if (has('HandlePostMessage')) { pm++; label = `PM${String(pm).padStart(2, '0')}`; lastPm = label; sub = 0; }
    else if (has('TimerFire')) label = `${lastPm} timer`;
    else if (has('ParseHTML')) label = 'parse HTML';
    else if (inside.some((e) => e.name.startsWith('v8.wasm'))) label = 'wasm compile';
    else if (has('Layout') || has('UpdateLayoutTree') || has('Paint')) label = `${lastPm} rendering`;
    else if (has('EvaluateScript') || has('v8.evaluateModule')) label = 'script';
    else label = `${lastPm} other`;
    const cpu = (t.tdur ?? t.dur) / 1000; const wall = t.dur / 1000;
    const layout = has('Layout');
    // Playwright's own script (its waitForFunction), not the page's.
    const after = paint && t.ts + t.dur > paint.ts && label !== 'script';
    if (after && cpu >= 10) sum += Math.max(0, (layout ? 2 : 4) * cpu - 50);
    if (after && wall >= 10) sumWall += Math.max(0, (layout ? 2 : 4) * wall - 50);
    if (cpu >= 1) { const r = (perLoad[label] ??= { max: 0, sum: 0 }); r.max = Math.max(r.max, cpu); r.sum += cpu; }
    if (cpu >= MIN) {
      const agg = {}; for (const e of inside) if (e.name === 'wasm.CompileLazy') agg['lazy-cpu'] = (agg['lazy-cpu'] ?? 0) + (e.tdur ?? e.dur) / 1000; for (const e of inside) if (['UpdateLayoutTree', 'Layout', 'Paint', 'ParseHTML', 'MinorGC', 'MajorGC', 'FunctionCall', 'wasm.CompileLazy', 'wasm.LazyCompile', 'v8.wasm.lazyCompile'].includes(e.name)) agg[e.name] = (agg[e.name] ?? 0) + e.dur / 1000;
      lines.push(`  ${label.padEnd(22)} cpu ${cpu.toFixed(1).padStart(5)} wall ${wall.toFixed(1).padStart(5)} ${layout ? 'x2' : 'x4'} ${Object.entries(agg).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
    }
  }
  for (const [k, v] of Object.entries(perLoad)) (rows[k] ??= []).push(v);
  est.push(Math.round(sum)); estWall.push(Math.round(sumWall));
  if (VERBOSE) console.log(`load ${l + 1}: estimated blocking ${Math.round(sum)} ms by thread time, ${Math.round(sumWall)} by wall\n${lines.join('\n')}`);
  await context.close();
}
console.log(`estimated blocking by thread time: median ${median(est)} [${est.join(', ')}]; by wall time: median ${median(estWall)} [${estWall.join(', ')}]`);
console.log('task (tasks of 1 ms or more)    longest: median  max    all: median (per load, 0 when absent)');
for (const [k, xs] of Object.entries(rows).sort()) {
  const maxes = xs.map((x) => x.max); const sums = [...xs.map((x) => x.sum), ...Array(LOADS - xs.length).fill(0)];
  if (Math.max(...maxes) >= MIN) console.log(`${k.padEnd(30)} ${median(maxes).toFixed(1).padStart(6)} ${Math.max(...maxes).toFixed(1).padStart(6)}   ${median(sums).toFixed(1).padStart(6)}  (in ${xs.length} loads)`);
}
await browser.close(); server.close();
