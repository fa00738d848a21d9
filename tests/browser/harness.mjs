// What the browser test and the browser benchmark share: a static server for dist/ on
// 127.0.0.1 (at the root or under a sub-path, optionally gzipped) and Debian's Chromium,
// headless, set up for a root user on a closed network (scripts/chromium.mjs).
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export { launch, root } from '../../scripts/chromium.mjs';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', // needed for WebAssembly.instantiateStreaming
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.svg', '.json', '.webmanifest']);

/// Serves `dir` on a free port of 127.0.0.1; resolves to the server. `prefix` ("/some/path/")
/// serves it under a sub-path, as GitHub Pages serves a project (the folder without its slash
/// is redirected to it, anything outside is 404); `gzip` compresses text and wasm as a real
/// host does; `maxAge` (seconds) lets browsers keep what they fetched that long without asking,
/// as GitHub Pages does for 600 s. The returned server's `dir` can be changed (a new build at the same address)
/// and `down` set, to answer every request with 503 as an unreachable host would.
export function serve(dir, { prefix = '/', gzip = false, port = 0, maxAge = null } = {}) {
  const server = createServer((req, res) => {
    if (server.down) {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('down');
      return;
    }
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (prefix !== '/' && path === prefix.slice(0, -1)) {
      res.writeHead(301, { location: prefix });
      res.end();
      return;
    }
    const inside = path.startsWith(prefix);
    path = path.slice(prefix.length - 1);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(server.dir, normalize(path));
    try {
      if (!inside || !file.startsWith(server.dir + '/') || !statSync(file).isFile()) throw new Error('not a file');
      let body = readFileSync(file);
      const headers = { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' };
      if (maxAge !== null) headers['cache-control'] = `max-age=${maxAge}`;
      if (gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  server.dir = dir;
  server.down = false;
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

/// Chooses, in the page's file input, an article of about `bytes` made inside the page (so the
/// harness's own work of passing it in is not counted): dated visits, past the 150 KB at which
/// the background reader takes over.
export function chooseLongArticle(page, bytes = 200_000) {
  return page.evaluate((bytes) => {
    let text = '';
    for (let i = 0; text.length < bytes; i += 1) text += `On May ${1 + (i % 28)}, ${2000 + (i % 20)}, Envoy Someone${i} visited Hanoi.\n\n`;
    const files = new DataTransfer();
    files.items.add(new File([text], 'long.txt', { type: 'text/plain' }));
    const input = document.querySelector('[data-input="files"]');
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, bytes);
}

/// The benchmark's redraws on a loaded page: six person filters, then a selection of each of the
/// first six events, each from the event to the page rendered, redrawn and laid out (Yew renders
/// and the charts redraw in its scheduler's task; then style and layout are forced). In ms.
export async function timeRedraws(page) {
  const timed = (act) => page.evaluate(async ([kind, value]) => {
    const t0 = performance.now();
    if (kind === 'filter') {
      const select = document.querySelector('[data-filter="person"]');
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      document.querySelector(`[data-event="${value}"] .event-button`).click();
    }
    await new Promise((r) => setTimeout(r, 0));
    void document.body.offsetHeight;
    return performance.now() - t0;
  }, act);
  const filters = [];
  for (const person of ['Donald Trump', '', 'Bill Clinton', '', 'Nguyễn Phú Trọng', '']) filters.push(await timed(['filter', person]));
  const selections = [];
  const ids = await page.$$eval('[data-event]', (els) => els.slice(0, 6).map((e) => e.dataset.event));
  for (const id of ids) selections.push(await timed(['select', id]));
  return { filters, selections };
}
