// Lighthouse 12.2.3 (mobile preset: simulated slow 4G, 4× slower CPU) on the built app and on
// the bare Yew + plotters page (bench/bare) in one sitting, runs interleaved, each page served
// gzipped from 127.0.0.1; prints the median of each figure for both.
//   node scripts/lighthouse-compare.mjs [RUNS=3] [APP_DIST=dist] [OTHER_DIST...]
// Several app builds (an A/B of two builds) are run in turn with the bare page, each named by
// its folder. VNUS_LH_KEEP=DIR keeps every run's report and trace there
// (NAME-RUN.report.json, NAME-RUN-0.trace.json), for scripts/lighthouse-tasks.mjs.
// Run by `scripts/lighthouse.sh --compare`, which installs Lighthouse first.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { buildBare } from '../tests/browser/bare.mjs';
import { root, serve } from '../tests/browser/harness.mjs';

const runs = Number(process.argv[2] ?? 3);
const appDists = (process.argv.length > 3 ? process.argv.slice(3) : [join(root, 'dist')]).map((d) => resolve(d));
const lighthouse = join(root, 'tools/lighthouse/node_modules/.bin/lighthouse');
const keep = process.env.VNUS_LH_KEEP ? resolve(process.env.VNUS_LH_KEEP) : null;
if (keep) mkdirSync(keep, { recursive: true });
const out = keep ?? mkdtempSync(join(tmpdir(), 'vnus-lh-'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/// One Lighthouse run of `url`: the figures the table names. Run asynchronously: the
/// pages are served from this process.
async function measure(url, name) {
  const report = join(out, `${name}.report.json`);
  await promisify(execFile)(lighthouse, [url, '--quiet', '--output=json', `--output-path=${report}`, ...(keep ? ['--save-assets'] : []),
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync'],
  { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, maxBuffer: 1 << 26 });
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const n = (id) => r.audits[id].numericValue;
  return {
    performance: Math.round(r.categories.performance.score * 100),
    accessibility: Math.round(r.categories.accessibility.score * 100),
    'best practices': Math.round(r.categories['best-practices'].score * 100),
    'FCP s': n('first-contentful-paint') / 1000,
    'LCP s': n('largest-contentful-paint') / 1000,
    'TBT ms': n('total-blocking-time'),
    CLS: n('cumulative-layout-shift'),
    'TTI s': n('interactive') / 1000,
    'transfer KiB': n('total-byte-weight') / 1024,
    lcpElement: r.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '',
  };
}

const pages = appDists.length === 1 ? { app: appDists[0] } : Object.fromEntries(appDists.map((d) => [basename(d), d]));
pages.bare = buildBare();
const servers = {};
for (const [name, dir] of Object.entries(pages)) servers[name] = await serve(dir, { gzip: true });
const results = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
try {
  for (let i = 0; i < runs; i += 1) {
    for (const name of Object.keys(pages)) {
      const result = await measure(`http://127.0.0.1:${servers[name].address().port}/`, `${name}-${i + 1}`);
      results[name].push(result);
      console.error(`${name} run ${i + 1}: performance ${result.performance}, LCP ${result['LCP s'].toFixed(2)} s, TBT ${result['TBT ms'].toFixed(0)} ms, CLS ${result.CLS.toFixed(3)}`);
    }
  }
} finally {
  for (const server of Object.values(servers)) server.close();
  if (!keep) rmSync(out, { recursive: true, force: true });
}
const figures = Object.keys(Object.values(results)[0][0]).filter((k) => k !== 'lcpElement');
const format = (k, v) => (k.endsWith(' s') ? v.toFixed(2) : k === 'CLS' ? v.toFixed(3) : k.endsWith('KiB') || k.endsWith('ms') ? v.toFixed(0) : String(v));
console.log(`Lighthouse 12.2.3, mobile, median of ${runs} (min–max):`);
console.log(`| page | ${figures.join(' | ')} |`);
console.log(`|${' --- |'.repeat(figures.length + 1)}`);
for (const [name, list] of Object.entries(results)) {
  const cells = figures.map((k) => {
    const xs = list.map((r) => r[k]);
    const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
    return lo === hi ? format(k, median(xs)) : `${format(k, median(xs))} (${format(k, lo)}–${format(k, hi)})`;
  });
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
for (const [name, list] of Object.entries(results)) console.log(`${name} LCP element: ${list.at(-1).lcpElement}`);
