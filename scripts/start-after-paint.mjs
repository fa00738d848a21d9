// The app's files are fetched after the page's first paint, not beside it.
//
// The first screen is in the HTML (scripts/first-view.mjs), so nothing on it waits for the
// WebAssembly. But Trunk preloads the wasm and its glue from the head, and a request that
// starts before the first paint is, to Lighthouse's model of a slow phone, part of what that
// paint waits for: the 340 KB download moved the largest paint from 0.9 s to 2.7–2.9 s in
// most runs, and only a race (the request starting just after the paint) gave the 0.9 s.
// Here the preloads go, and Trunk's loader imports the glue once the browser reports the first
// paint (animation frames run before their paint is presented, so they come too early). A page
// whose first view is hidden (scripts/first-view.mjs: another language, a reader's own data)
// has nothing to paint first and starts at once; a hidden tab paints nothing, so a timer
// starts the app there.

/// index.html with the app started after the first paint (once).
export function startAfterFirstPaint(html) {
  const loader = /<script type="module">\s*import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);/;
  const found = html.match(loader);
  if (!found) return html;
  const [, glue, wasm] = found;
  const escaped = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return html
    .replace(new RegExp(`\\s*<link rel="modulepreload" href="${escaped(glue)}"[^>]*>`), '')
    .replace(new RegExp(`\\s*<link rel="preload" href="${escaped(wasm)}"[^>]*>`), '')
    .replace(loader, [
      '<script type="module">',
      'await new Promise((painted) => {',
      "  if (document.documentElement.classList.contains('no-first-view')) return painted();",
      "  try { new PerformanceObserver(() => painted()).observe({ type: 'paint', buffered: true }); } catch (e) { painted(); }",
      '  setTimeout(painted, 500);',
      '});',
      `const bindings = await import('${glue}');`,
      `const wasm = await bindings.default({ module_or_path: '${wasm}' });`,
    ].join('\n'));
}
