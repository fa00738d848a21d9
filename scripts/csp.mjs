// The Content-Security-Policy of the built page. Trunk writes its loader as an inline module
// script; the policy allows exactly that script by its hash, WebAssembly compilation
// ('wasm-unsafe-eval'), scripts, workers and the service worker from the site itself, and
// nothing else inline or evaluated.
import { createHash } from 'node:crypto';

/// index.html with the policy added (once).
export function addPolicy(html) {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  // Only inline scripts are hashed; a script with a src is allowed by 'self'.
  const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    // The background reader and the service worker, both files of the site.
    "worker-src 'self'",
    "manifest-src 'self'",
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
  return html.replace(/(<meta charset="utf-8" \/>)/, `$1\n    ${meta}`);
}
