// Writes the service worker's file list: every file of the build in `dir` (but the worker
// itself and the share preview, which only link previews fetch) with its SHA-256, and a cache
// name made of all of them, so a build with any changed byte gets a new cache. The list
// replaces the `const BUILD = …` line of the sw.js Trunk copied; running it again on a built
// folder rewrites it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['sw.js', 'preview.png']);

/// Lists `dir`'s files into its sw.js; returns the build's name.
export function writeServiceWorker(dir) {
  const files = readdirSync(dir)
    .filter((name) => !SKIP.has(name) && statSync(join(dir, name)).isFile())
    .sort()
    .map((path) => ({ path, sha256: createHash('sha256').update(readFileSync(join(dir, path))).digest('base64') }));
  const name = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);
  const swPath = join(dir, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const line = /^const BUILD = .*$/m;
  if (!line.test(sw)) throw new Error('sw.js has no `const BUILD = …` line');
  const build = `const BUILD = ${JSON.stringify({ name, files })}; // written by scripts/service-worker.mjs`;
  writeFileSync(swPath, sw.replace(line, () => build));
  return name;
}
