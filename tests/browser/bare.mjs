// The bare Yew + plotters page of issue #4 (bench/bare), built for the browser benchmark:
// `trunk build --release --offline` in bench/bare whenever its dist is missing or older
// than any of its sources, so an unchanged page costs nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { root } from './harness.mjs';

export const bareDir = join(root, 'bench/bare');
export const bareDist = join(bareDir, 'dist');

/// The newest modification time among `paths`, folders walked.
function newest(paths) {
  return Math.max(...paths.map((path) => {
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return newest(readdirSync(path).map((name) => join(path, name)));
  }));
}

/// Builds bench/bare into bench/bare/dist unless that is up to date; returns the dist folder.
export function buildBare() {
  const sources = ['Cargo.toml', 'Cargo.lock', 'Trunk.toml', 'index.html', 'src'].map((p) => join(bareDir, p));
  const index = join(bareDist, 'index.html');
  if (!existsSync(index) || statSync(index).mtimeMs < newest(sources)) {
    console.error('building bench/bare (trunk build --release --offline)…');
    // Trunk uses the wasm-opt of tools/ (npm binaryen), as scripts/setup.sh puts it on PATH.
    const home = process.env.HOME ?? '';
    const path = [join(root, 'tools/node_modules/.bin'), join(home, '.cargo/bin'), process.env.PATH].join(delimiter);
    // Its own target folder (bench/bare/target), never the app's.
    const env = { ...process.env, PATH: path, CARGO_TARGET_DIR: join(bareDir, 'target') };
    // Its output goes to stderr, so the benchmark's own report stays alone on stdout.
    execFileSync('trunk', ['build', '--release', '--offline'], { cwd: bareDir, env, stdio: ['ignore', 2, 2] });
  }
  return bareDist;
}
