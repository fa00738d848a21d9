// Prints the size, raw and gzipped (level 9), of every file the page loads.
// Usage: node scripts/size-report.mjs [dist]
// `pageSizes(dist)` gives the same rows to other scripts (the browser benchmark).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/// [file, bytes, gzip -9 bytes] for each file the page in `dist` loads, then a 'total' row.
export function pageSizes(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // The page loads index.html and whatever it names: Trunk writes the js, wasm and css
  // (hashed names) into <link> tags and the inline loader script.
  const files = ['index.html', ...readdirSync(dist).filter(
    (f) => /\.(js|wasm|css)$/.test(f) && html.includes(f),
  ).sort()];

  const rows = files.map((f) => {
    const bytes = readFileSync(join(dist, f));
    return [f, bytes.length, gzipSync(bytes, { level: 9 }).length];
  });
  rows.push(['total', ...[1, 2].map((i) => rows.reduce((sum, r) => sum + r[i], 0))]);
  return rows;
}

// Run as a script (not imported): print the table.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = pageSizes(process.argv[2] ?? 'dist');
  const width = Math.max(...rows.map((r) => r[0].length));
  const line = (a, b, c) => console.log(`${a.padEnd(width)}  ${String(b).padStart(10)}  ${String(c).padStart(10)}`);
  line('file', 'bytes', 'gzip -9');
  for (const [f, raw, gz] of rows) line(f, raw, gz);
}
