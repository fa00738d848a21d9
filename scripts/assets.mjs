// Images made at build time, never kept by hand: the PNG icons rendered from assets/icon.svg,
// and the 1200×630 share preview (preview.png) rendered from the trade chart's SVG, which the
// `preview` binary draws from the seed articles with the page's own chart code
// (src/charts/trade.rs). Both go through the headless Chromium the browser test uses.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, root } from './chromium.mjs';

export const ICON_SIZES = [192, 512];
export const PREVIEW = { width: 1200, height: 630 };
// The chart is drawn at half that size and shown at twice the pixel density, so its labels
// stay legible where a link preview is shown small.
const DENSITY = 2;

/// Writes icon-192.png, icon-512.png and preview.png into `dir`.
export async function renderImages(dir) {
  const chart = execFileSync('cargo', ['run', '--release', '--quiet', '--bin', 'preview', '--', String(PREVIEW.width / DENSITY), String(PREVIEW.height / DENSITY)], { cwd: root, maxBuffer: 1 << 26 }).toString();
  if (!chart.trimStart().startsWith('<svg')) throw new Error(`the preview binary printed no SVG: ${chart.slice(0, 80)}`);
  const icon = readFileSync(join(root, 'assets/icon.svg'));
  const browser = await launch();
  try {
    const show = (page, body) => page.setContent(`<!DOCTYPE html><html><body style="margin:0">${body}</body></html>`);
    const page = await browser.newPage({ viewport: { width: 512, height: 512 }, deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      await show(page, `<img src="data:image/svg+xml;base64,${icon.toString('base64')}" width="${size}" height="${size}" style="display:block">`);
      await page.screenshot({ path: join(dir, `icon-${size}.png`), clip: { x: 0, y: 0, width: size, height: size }, omitBackground: true });
    }
    const dense = await browser.newPage({ viewport: { width: PREVIEW.width / DENSITY, height: PREVIEW.height / DENSITY }, deviceScaleFactor: DENSITY });
    await show(dense, chart);
    await dense.screenshot({ path: join(dir, 'preview.png') });
  } finally {
    await browser.close();
  }
}

/// The size of a PNG, read from its header (for checks).
export function pngSize(bytes) {
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
