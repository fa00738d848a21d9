// The first view in the HTML. The built app is opened once in headless Chromium; the markup
// its first render puts on the page (the header, the timeline's first screen, the chart frames,
// their sizes reserved by the stylesheet) is taken at the moment the app says it has rendered
// it (the `vnus-first-view` event, src/ui/first_view.rs) and written into index.html as
// `<div class="app-root" data-first-view>`. In the browser the app parses the seeds as always,
// renders its own tree beside that markup and removes it in the same task: the snapshot is a
// picture of the app's own first render, never a second source of truth, and the browser test
// (tests/browser/firstview.mjs) fails when the two differ.
//
// The snapshot is the English page with no query and nothing stored. A small inline script
// (allowed by its hash, scripts/csp.mjs) hides it before the body is painted whenever the app's
// first render would differ: another language (the address's lang=, the remembered choice, the
// browser's languages, read as src/ui/lang.rs reads them), any other query (a filter, a
// selection) or the reader's own articles or switched-off seeds in local storage. The page then
// shows nothing until the app renders, as before; English text never flashes on the
// Vietnamese page.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './chromium.mjs';
import { serve } from '../tests/browser/harness.mjs';

/// The event the app fires when its first render has replaced the built first view.
export const TAKEN_EVENT = 'vnus-first-view';

/// The id of the empty marker after the built first view: the link in the head holds the first
/// paint until the parser reaches it.
export const FIRST_VIEW_END = 'first-view-end';

/// Runs in the page's head before the body is parsed: hides the first view when the app will
/// not render it as built. Kept in step with src/ui/lang.rs and src/query.rs (the browser test
/// checks both agree).
export const DECIDE = `(function () {
  var show = false;
  try {
    var code = function (v) { var p = String(v || '').trim().split(/[-_]/)[0].toLowerCase(); return p === 'vi' || p === 'en' ? p : null; };
    var query = new URLSearchParams(location.search), keys = [];
    query.forEach(function (v, k) { keys.push(k); });
    var lang = code(query.get('lang')) || code(localStorage.getItem('vnus.lang.v1'));
    for (var i = 0; !lang && navigator.languages && i < navigator.languages.length; i += 1) lang = code(navigator.languages[i]);
    var stored = false;
    for (var j = 0; j < localStorage.length; j += 1) stored = stored || (/^vnus\\./.test(localStorage.key(j)) && localStorage.key(j) !== 'vnus.lang.v1');
    show = (lang || 'en') === 'en' && !stored && (keys.length === 0 || (keys.length === 1 && keys[0] === 'lang'));
  } catch (e) {}
  if (!show) document.documentElement.classList.add('no-first-view');
})();`;

/// The markup of the app's first render, as the built page in `dir` renders it.
export async function captureFirstView(dir) {
  const server = await serve(dir);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.addInitScript((name) => {
      document.addEventListener(name, () => {
        window.__firstView = document.querySelector('.app-root:not([data-first-view])')?.innerHTML ?? null;
      }, { once: true });
    }, TAKEN_EVENT);
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.__firstView !== undefined, null, { timeout: 60_000 });
    const markup = await page.evaluate(() => window.__firstView);
    if (!markup || errors.length) throw new Error(`first view not rendered: ${errors.join('; ') || 'no markup'}`);
    return markup;
  } finally {
    await browser.close();
    server.close();
  }
}

/// index.html with the first view taken from the built page in `dir`, and the script that
/// decides whether it is shown. Writes index.html itself first, as the capture loads it.
export async function addFirstView(dir, html) {
  if (html.includes('data-first-view')) return html;
  writeFileSync(join(dir, 'index.html'), html);
  const markup = await captureFirstView(dir);
  // Replaced by functions: the markup holds "$" ("US$451 million"), which a replacement
  // string would read as a pattern.
  //
  // The browser may paint a page whose HTML has only partly arrived. A first view cut inside
  // its filters lays them out otherwise (an empty label still takes a place and a gap in the
  // first row), and the rest arriving moves them: a layout shift on a slow line. The `expect`
  // link holds the first paint until the filters are parsed: Chromium lifts it when the named
  // element is inserted, so it names the first element with an id after the filters (an era's
  // heading), else an empty marker after the view (taken away with the view: it too is
  // `data-first-view`). Not the whole view: held to its end, the parse, style and layout of the
  // whole 24 KB became one task, and Lighthouse's total blocking time rose by about 100 ms.
  // What follows the filters only adds below or beside what is painted.
  const afterFilters = markup.slice(markup.indexOf('</nav>')).match(/ id="([^"]+)"/)?.[1];
  const expect = markup.includes('</nav>') && afterFilters ? afterFilters : FIRST_VIEW_END;
  return html
    .replace('</head>', () => `  <link rel="expect" href="#${expect}" blocking="render">\n  <script>${DECIDE}</script>\n  </head>`)
    .replace(/<body>\n?/, () => `<body>\n    <div class="app-root" data-first-view>${markup}</div>\n    <template id="${FIRST_VIEW_END}" data-first-view></template>\n`);
}
