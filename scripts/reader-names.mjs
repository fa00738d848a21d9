// Gives the background reader's files (Trunk names them reader-start.js, reader.js and
// reader_bg.wasm, without hashes) names with their content hash, and tells the page the start
// script's name in <meta name="vnus-reader">. A page of one build then never starts another
// build's reader, even when a newer build has replaced the files on the host or in the cache.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const short = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

function hashed(dir, name) {
  const bytes = readFileSync(join(dir, name));
  const dot = name.lastIndexOf('.');
  const renamed = `${name.slice(0, dot)}-${short(bytes)}${name.slice(dot)}`;
  renameSync(join(dir, name), join(dir, renamed));
  return renamed;
}

/// Renames the reader's files in `dir`; returns index.html with the meta tag.
export function hashReaderNames(dir, html) {
  const glue = hashed(dir, 'reader.js');
  const wasm = hashed(dir, 'reader_bg.wasm');
  const startPath = join(dir, 'reader-start.js');
  const start = readFileSync(startPath, 'utf8');
  if (!start.includes("'./reader.js'") || !start.includes("'./reader_bg.wasm'")) {
    throw new Error('reader-start.js does not name ./reader.js and ./reader_bg.wasm');
  }
  writeFileSync(startPath, start.replace("'./reader.js'", `'./${glue}'`).replace("'./reader_bg.wasm'", `'./${wasm}'`));
  const named = hashed(dir, 'reader-start.js');
  const meta = `<meta name="vnus-reader" content="./${named}" />`;
  return html.replace(/(<meta name="viewport"[^>]*>)/, `$1\n    ${meta}`);
}
