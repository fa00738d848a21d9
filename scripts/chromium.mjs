// Debian's Chromium, headless, through playwright-core (in tools/node_modules): what the
// browser test and the build's image rendering (scripts/assets.mjs) share.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(import.meta.url), '../..');
// playwright-core lives in tools/node_modules, not next to this file.
const { chromium } = createRequire(join(root, 'tools/package.json'))('playwright-core');

/// Debian's Chromium, headless, in a fresh temporary profile.
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    // The rest keeps a root, GPU-less, offline Chromium quiet and working.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
