// Trunk post-build hook: adds a Content-Security-Policy to the built index.html. Trunk writes
// its loader as an inline module script; the policy allows exactly that script by its hash,
// WebAssembly compilation ('wasm-unsafe-eval'), and nothing else inline or evaluated.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');
  process.exit(1);
}
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
// `trunk serve` injects a live-reload script and rewrites it after hooks run, so no hash taken
// here could match it: the development server goes without the policy. Release builds (what
// ships, and what the browser test checks) carry it.
if (html.includes('.well-known/trunk/ws')) process.exit(0);
const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  // Positions of the tooltip and the highlighted year are style attributes; they run nothing.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
if (!html.includes('http-equiv="Content-Security-Policy"')) {
  writeFileSync(file, html.replace(/(<meta charset="utf-8" \/>)/, `$1\n    ${meta}`));
}
