// Measurement (not a test): what makes up Lighthouse's total blocking time, from the reports
// and traces `VNUS_LH_KEEP=DIR scripts/lighthouse.sh --compare` keeps.
//   node scripts/lighthouse-tasks.mjs DIR [NAME=app]
// Lighthouse's simulation (lantern) keeps each main-thread task of 10 ms or more as the trace
// measured it (wall time), multiplies it by 4 (by 2 when it holds a layout), and counts what
// exceeds 50 ms between the first contentful paint and the time to interactive; shorter tasks
// are dropped from the simulation. For every such task of each run this lists what it was (the
// opening chain's step, as tests/browser/tasks.mjs names them, or what the browser did), its
// measured and simulated length and the blocking time it adds; then, over the runs, the
// median blocking time of each kind of task.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const name = process.argv[3] ?? 'app';
const merges = Number(process.env.MERGE_STEPS ?? 26);
const parts = Number(process.env.PARTS ?? 7);
// OLD_CHAIN=1 names the chain of builds before the mount's two tasks and the removal after a
// frame (this branch's first commits).
const old = process.env.OLD_CHAIN === '1';
const chainNames = [...Array(5).fill('prepare'), 'prepare (end)', ...Array(merges).fill('merge step'), ...(old ? [] : ['mount (host)']), 'mount (state)',
  ...Array(parts).fill(0).map((_, k) => `part ${k + 1}`), old ? 'layout after the takeover' : 'built view removed (after a frame)', 'timeline queues slices',
  ...Array(40).fill(0).map((_, k) => `later ${k + 1}`)];

/// What a task did: the names of the events inside it that tell.
function describe(children, url) {
  const has = (n) => children.some((e) => e.name === n);
  const labels = [];
  if (has('ParseHTML')) labels.push('parse HTML');
  const scripts = children.filter((e) => e.name === 'EvaluateScript').map((e) => (e.args?.data?.url ?? '').split('/').pop());
  if (scripts.length) labels.push(`evaluate ${scripts.join(',') || 'inline'}`);
  if (children.some((e) => e.name.startsWith('v8.wasm') || e.name.startsWith('wasm.'))) labels.push(`wasm (${[...new Set(children.filter((e) => e.name.startsWith('v8.wasm') || e.name.startsWith('wasm.')).map((e) => e.name))].join(',')})`);
  if (has('TimerFire')) labels.push('timer');
  if (has('FireAnimationFrame')) labels.push('animation frame');
  if (has('ResourceReceivedData') || has('ResourceFinish')) labels.push('network');
  if (has('FunctionCall')) labels.push(`call ${[...new Set(children.filter((e) => e.name === 'FunctionCall').map((e) => (e.args?.data?.url ?? '').split('/').pop()))].join(',')}`);
  if (has('UpdateLayoutTree')) labels.push('style');
  if (has('Layout')) labels.push('layout');
  if (has('Paint')) labels.push('paint');
  if (children.some((e) => /GC/.test(e.name))) labels.push('gc');
  return labels.join(' + ') || children.map((e) => e.name).slice(0, 4).join(',');
}

const runs = readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.report.json')).sort();
const byKind = {};
const byKindCpu = {};
for (const file of runs) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const trace = JSON.parse(readFileSync(join(dir, file.replace('.report.json', '.report-0.trace.json')), 'utf8'));
  const ev = trace.traceEvents ?? trace;
  const parse = ev.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith('http'));
  const mainThread = ev.find((e) => e.name === 'thread_name' && e.pid === parse.pid && e.args?.name === 'CrRendererMain');
  const on = ev.filter((e) => e.ph === 'X' && e.pid === mainThread.pid && e.tid === mainThread.tid).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = on.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const top = [];
  for (const t of tasks) if (!top.length || t.ts >= top.at(-1).ts + top.at(-1).dur) top.push(t);
  const inside = (t) => on.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur);
  const chain = top.filter((t) => inside(t).some((e) => e.name === 'HandlePostMessage'));
  const n = (id) => report.audits[id].numericValue;
  const nav = ev.find((e) => e.name === 'navigationStart' && e.pid === mainThread.pid && (e.args?.data?.documentLoaderURL ?? '').startsWith('http')) ?? ev.find((e) => e.name === 'navigationStart');
  console.log(`\n${file}: TBT ${n('total-blocking-time').toFixed(0)} ms, FCP ${n('first-contentful-paint').toFixed(0)} ms, TTI ${n('interactive').toFixed(0)} ms, observed FCP ${(report.audits.metrics.details.items[0].observedFirstContentfulPaint ?? 0).toFixed(0)} ms`);
  const fcp = n('first-contentful-paint');
  const tti = n('interactive');
  // The simulated start of each task of 50 ms or more, matched by its simulated length, in order.
  const simulatedTasks = [...(report.audits['long-tasks']?.details?.debugData?.tasks ?? [])].sort((a, b) => a.startTime - b.startTime);
  let sum = 0;
  let sumCpu = 0;
  for (const t of top) {
    const ms = t.dur / 1000;
    if (ms < 10) continue;
    const children = inside(t);
    const layout = children.some((e) => e.name === 'Layout');
    const simulated = Math.round(ms * (layout ? 2 : 4));
    const match = simulatedTasks.findIndex((x) => Math.abs(x.duration - simulated) <= 1);
    const start = match >= 0 ? simulatedTasks.splice(match, 1)[0].startTime : null;
    // Clipped to the window between the first contentful paint and interactive, as TBT is.
    const blocking = start === null ? Math.max(0, simulated - 50) : Math.max(0, Math.min(start + simulated, tti) - Math.max(start, fcp) - 50);
    const cpu = (t.tdur ?? t.dur) / 1000;
    const simulatedCpu = cpu >= 10 ? Math.round(cpu * (layout ? 2 : 4)) : 0;
    const blockingCpu = start === null || start + simulated > fcp ? Math.max(0, simulatedCpu - 50) : 0;
    const k = chain.indexOf(t);
    const kind = k >= 0 ? `chain: ${chainNames[k] ?? '?'}` : describe(children);
    const at = (t.ts - nav.ts) / 1000;
    console.log(`  ${at.toFixed(0).padStart(6)} ms  ${ms.toFixed(1).padStart(5)} ms (cpu ${cpu.toFixed(1).padStart(5)})  ×${layout ? 2 : 4} = ${String(simulated).padStart(4)} at ${start === null ? '   ?' : String(Math.round(start)).padStart(4)}  blocking ${String(blocking).padStart(4)} (by cpu time ${String(blockingCpu).padStart(3)})  ${kind}`);
    sum += blocking;
    sumCpu += blockingCpu;
    const group = kind.replace(/app-[0-9a-f]+\.js/, 'app.js');
    (byKind[group] ??= {})[file] = ((byKind[group] ??= {})[file] ?? 0) + blocking;
    (byKindCpu[group] ??= {})[file] = ((byKindCpu[group] ??= {})[file] ?? 0) + blockingCpu;
  }
  console.log(`  sum of blocking: ${sum} ms (Lighthouse ${n('total-blocking-time').toFixed(0)}); counting each task's thread time instead of its wall time: ${sumCpu} ms`);
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
console.log(`\nMedian blocking time per kind of task over ${runs.length} runs (0 where a run had none):`);
const rows = Object.entries(byKind).map(([kind, per]) => [kind, median(runs.map((f) => per[f] ?? 0)), Math.max(...runs.map((f) => per[f] ?? 0)), median(runs.map((f) => byKindCpu[kind][f] ?? 0))]);
console.log('  median (max)  by thread time  task');
for (const [kind, med, max, cpu] of rows.sort((a, b) => b[1] - a[1] || b[2] - a[2])) console.log(`  ${String(Math.round(med)).padStart(5)} (${String(Math.round(max)).padStart(4)})  ${String(Math.round(cpu)).padStart(5)}          ${kind}`);
