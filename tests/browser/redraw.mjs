// Measurement (not a test): the filter redraw of the browser benchmark (tests/browser/bench.mjs)
// alone, with more samples, on one build or several taken in turn (so the load of a shared
// machine weighs on each alike): from a person filter's change to the page rendered, redrawn
// and laid out, as the benchmark measures it.
// Usage: node tests/browser/redraw.mjs [DIST...]   (dist/ when none; ROUNDS=n in the
// environment, 5 rounds of 6 filters per build by default; WAIT=ms after the charts are drawn
// before the first filter, 200 by default, 0 as the benchmark does)
import { join, resolve } from 'node:path';
import { launch, root, serve, timeRedraws } from './harness.mjs';

const dists = (process.argv.length > 2 ? process.argv.slice(2) : [join(root, 'dist')]).map((d) => resolve(d));
const rounds = Number(process.env.ROUNDS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await launch();
const samples = dists.map(() => []);
const selections = dists.map(() => []);
const servers = await Promise.all(dists.map((d) => serve(d)));
for (let round = 0; round < rounds; round += 1) {
  for (const [k, server] of servers.entries()) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => performance.getEntriesByName('chart-drawn').length > 0);
    await page.waitForTimeout(Number(process.env.WAIT ?? 200));
    const { filters, selections: chosen } = await timeRedraws(page);
    samples[k].push(...filters);
    selections[k].push(...chosen);
    await page.close();
  }
}
await browser.close();
for (const server of servers) server.close();
for (const [k, dist] of dists.entries()) {
  const xs = samples[k];
  console.log(`${dist}: filter redraw median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length}); selection redraw median ${median(selections[k]).toFixed(1)} ms`);
}
