// Trunk's post-build hook (Trunk.toml), on the staging folder of a release build:
//  1. the background reader's files get content-hashed names (scripts/reader-names.mjs);
//  2. the PNG icons and the share preview are rendered (scripts/assets.mjs);
//  3. the first view: the markup of the app's first render, taken from the built app in
//     headless Chromium, written into the page with the script that decides whether it shows
//     (scripts/first-view.mjs);
//     then the app's files are fetched only after the first paint (scripts/start-after-paint.mjs);
//  4. with VNUS_PUBLIC_URL set (https://host/path/), the share tags name the preview by an
//     absolute address, as Open Graph wants; without it they stay relative (scripts/share.mjs);
//  5. the service worker's registration script is added;
//  6. the Content-Security-Policy is added (scripts/csp.mjs), with the hashes of the inline
//     scripts (Trunk's loader, the first view's);
//  7. the service worker's list of the build's files is written (scripts/service-worker.mjs).
// `trunk serve` injects a live-reload script and rewrites the page after hooks run, so no hash
// taken here could match it: the development server goes without all of this, and without a
// service worker in the way of its reloads. Release builds (what ships, and what the browser
// test checks) carry it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderImages } from './assets.mjs';
import { addPolicy } from './csp.mjs';
import { addFirstView } from './first-view.mjs';
import { hashReaderNames } from './reader-names.mjs';
import { startAfterFirstPaint } from './start-after-paint.mjs';
import { absoluteShareTags } from './share.mjs';
import { writeServiceWorker } from './service-worker.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');
  process.exit(1);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
if (html.includes('.well-known/trunk/ws')) process.exit(0);

html = hashReaderNames(dir, html);
await renderImages(dir);
// Before the service worker's registration and the policy: the capture loads the page as built.
html = await addFirstView(dir, html);
// After the capture, which starts the app as Trunk wrote the page.
html = startAfterFirstPaint(html);
if (process.env.VNUS_PUBLIC_URL) html = absoluteShareTags(html, process.env.VNUS_PUBLIC_URL);
html = html.replace('</head>', '  <script src="./sw-register.js" defer></script>\n  </head>');
html = addPolicy(html);
writeFileSync(file, html);
const build = writeServiceWorker(dir);
console.log(`post-build: build ${build}`);
