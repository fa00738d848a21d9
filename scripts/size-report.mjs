// Prints the size, raw and gzipped (level 9), of every file the page loads.
// Usage: node scripts/size-report.mjs [dist]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
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

const width = Math.max(...rows.map((r) => r[0].length));
const line = (a, b, c) => console.log(`${a.padEnd(width)}  ${String(b).padStart(10)}  ${String(c).padStart(10)}`);
line('file', 'bytes', 'gzip -9');
for (const [f, raw, gz] of rows) line(f, raw, gz);
