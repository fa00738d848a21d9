// The interface in Vietnamese as well as English (issue #12): the browser's language on a first
// visit, the EN | VI switch, `lang=` in the address, the choice remembered over a reload, and
// the Vietnamese page checked text node by text node: each is either the articles' own text
// (the model the native engine extracts, or a seed's paragraph) or the Vietnamese catalogue's
// (`cargo run --bin catalogue`). Used by app.test.mjs: `await langChecks({ ... })`.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './harness.mjs';

const TIMEOUT = 30_000;

// Every string of the model, except its enum values ("visit", "two_way_trade"), which are
// English words the page must never show as they are.
function modelStrings(model) {
  const out = new Set();
  const walk = (v) => {
    if (typeof v === 'string') {
      if (v.trim() && !/^[a-z_]+$/.test(v)) out.add(v.trim());
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(model);
  return [...out].sort((a, b) => b.length - a.length);
}

// The literal pieces of the catalogue's templates, longest first: "{} bài báo" gives "bài báo".
function catalogueFragments(entries) {
  const out = new Set();
  for (const text of Object.values(entries)) {
    for (const piece of text.split('{}')) {
      const trimmed = piece.trim();
      if (/\p{L}/u.test(trimmed)) out.add(trimmed);
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

// Runs in the page: every visible text node and every aria-label, placeholder and title, with
// whether it lies inside a quoted paragraph of an article.
function pageTexts() {
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
    const visible = parent.tagName === 'OPTION' || parent.checkVisibility();
    const text = node.textContent.trim();
    if (visible && text) texts.push({ text, quoted: !!parent.closest('blockquote, .era-name'), where: parent.tagName.toLowerCase() + (parent.className ? '.' + parent.className : '') });
  }
  for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title]')) {
    for (const attr of ['aria-label', 'placeholder', 'title']) {
      const text = el.getAttribute(attr)?.trim();
      if (text) texts.push({ text, quoted: false, where: `${el.tagName.toLowerCase()}[${attr}]` });
    }
  }
  return texts;
}

// Tells the articles' text from the catalogue's: returns null for a text that is one or the
// other (or both, mixed), else what is left of it. A quoted paragraph may be any part of a
// seed; anything else is what remains after taking out the articles' strings and the
// catalogue's words, and that must hold no letter.
export function foreignText(model, entries, seeds) {
  const articleStrings = modelStrings(model);
  const lowerFragments = [...new Set(catalogueFragments(entries).map((f) => f.toLowerCase()))].sort((a, b) => b.length - a.length);
  return ({ text, quoted }) => {
    const bare = text.replace(/…$/, '').trim();
    if (quoted && (seeds.some((s) => s.includes(bare)) || articleStrings.some((s) => s.includes(bare)))) return null;
    if (/\s/.test(bare) && articleStrings.some((s) => s.includes(bare))) return null;
    // Whole words only, so "vi" never takes a bite of "viết".
    const cut = (from, piece) => {
      if (!from.includes(piece)) return from;
      const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      // A boundary is asked for only where the piece itself starts or ends with a word.
      const before = /^[\p{L}\p{N}]/u.test(piece) ? '(?<![\\p{L}\\p{N}])' : '';
      const after = /[\p{L}\p{N}]$/u.test(piece) ? '(?![\\p{L}\\p{N}])' : '';
      return from.replace(new RegExp(`${before}${escaped}${after}`, 'gu'), ' ');
    };
    const articles = (t) => articleStrings.reduce(cut, t);
    // The catalogue's words in any case: a measure is lower-cased inside a sentence.
    const catalogue = (t) => lowerFragments.reduce(cut, t.toLowerCase());
    // Articles first, then the catalogue, or the other way: an article may hold a word of the
    // catalogue ("năm"), and the catalogue a word of an article.
    const tries = [catalogue(articles(text)), articles(catalogue(text)), catalogue(articles(catalogue(text)))];
    const rest = tries.find((t) => !/\p{L}/u.test(t));
    return rest !== undefined ? null : tries[0].replace(/\s+/g, ' ').trim();
  };
}

export async function langChecks({ browser, url, check, assert, errors, waitForEvents, model, docs }) {
  const catalogue = JSON.parse(execFileSync('cargo', ['run', '--release', '--quiet', '--bin', 'catalogue'], { cwd: root, maxBuffer: 1 << 24 }).toString());
  const vi = catalogue.vi;
  const en = catalogue.en;
  const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
  const fragments = catalogueFragments(vi);
  const foreign = foreignText(model, vi, seeds);
  const fill = (template, ...args) => args.reduce((t, a) => t.replace('{}', a), template);

  const leftovers = async (page) => {
    const found = [];
    for (const t of await page.evaluate(pageTexts)) {
      const rest = foreign(t);
      if (rest !== null) found.push(`${t.where}: ${JSON.stringify(t.text.slice(0, 120))} (left: ${JSON.stringify(rest.slice(0, 60))})`);
    }
    return [...new Set(found)];
  };

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`[vi] console.error: ${msg.text()}`); });
  page.on('pageerror', (err) => errors.push(`[vi] pageerror: ${err.message}`));
  await page.goto(url);
  await waitForEvents(page);
  const state = () => page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    h1: document.querySelector('h1')?.textContent,
    pressed: [...document.querySelectorAll('.lang-switch [aria-pressed="true"]')].map((b) => b.dataset.lang),
    search: location.search,
    stored: localStorage.getItem('vnus.lang.v1'),
  }));

  await check('vi: a Vietnamese browser opens the page in Vietnamese (html lang, title, switch)', async () => {
    const s = await state();
    assert(s.lang === 'vi', `<html lang="${s.lang}">`);
    assert(s.title === vi.DocumentTitle, `title ${JSON.stringify(s.title)}`);
    assert(s.h1 === vi.PageTitle, `h1 ${JSON.stringify(s.h1)}`);
    assert(s.pressed.join() === 'vi', `pressed: ${s.pressed}`);
  });

  await check('vi: the timeline in Vietnamese (dates, categories, eras, counts)', async () => {
    const t = await page.evaluate(() => ({
      dates: [...document.querySelectorAll('.event-date')].map((e) => e.textContent),
      categories: [...document.querySelectorAll('.event .category')].map((e) => e.textContent.replace(/^\S+\s/, '')),
      eras: [...document.querySelectorAll('.era-kind')].map((e) => e.textContent),
      years: [...document.querySelectorAll('.era-years')].map((e) => e.textContent),
      count: document.querySelector('.filters .count')?.textContent,
    }));
    assert(t.dates.some((d) => /^tháng \d{1,2}\/\d{4}$/.test(d)), `no "tháng M/YYYY" date: ${t.dates.slice(0, 8)}`);
    assert(t.dates.some((d) => /^năm \d{4}$/.test(d)), `no "năm YYYY" date: ${t.dates.slice(0, 8)}`);
    assert(t.dates.every((d) => !/[A-Z][a-z]{2} \d{4}/.test(d)), `English month: ${t.dates.filter((d) => /[A-Z][a-z]{2} \d{4}/.test(d))}`);
    assert(t.categories.includes(vi.CatVisit), `categories: ${[...new Set(t.categories)]}`);
    assert(t.eras.length >= 2 && t.eras.every((e) => e === vi.Era), `eras: ${t.eras}`);
    assert(t.years.some((y) => y.startsWith('từ năm ')), `era years: ${t.years}`);
    assert(t.count === fill(vi.EventsShown, model.events.length, model.events.length), `count: ${t.count}`);
  });

  await check('vi: the charts speak Vietnamese (legend, tables, verdicts) and their canvases change with the language', async () => {
    const legend = await page.locator('[data-figure="trade"] .legend').innerText();
    assert(legend.includes(vi.LegendStated) && legend.includes(vi.LegendMilestone), `legend: ${legend}`);
    for (const figure of ['trade', 'growth', 'events']) await page.click(`[data-figure="${figure}"] details summary`);
    await page.waitForFunction(() => ['trade', 'growth', 'events'].every((f) => document.querySelector(`[data-figure="${f}"] th`)), null, { timeout: TIMEOUT });
    const tables = await page.evaluate(() => Object.fromEntries(['trade', 'growth', 'events'].map((f) => [f, {
      head: [...document.querySelectorAll(`[data-figure="${f}"] th`)].map((th) => th.textContent),
      cells: [...document.querySelectorAll(`[data-figure="${f}"] td`)].map((td) => td.textContent),
      summary: document.querySelector(`[data-figure="${f}"] summary`).textContent,
    }])));
    assert(tables.trade.head.join('|') === [vi.ColPeriod, vi.ColMeasure, vi.ColValue, vi.ColNote, vi.ColArticle].join('|'), `trade header: ${tables.trade.head}`);
    assert(tables.trade.cells.some((c) => /^(hơn |gần |khoảng )?\d+,\d{3} tỷ$/.test(c.trim())), `no "123,860 tỷ" value: ${tables.trade.cells.slice(0, 10)}`);
    assert(tables.trade.cells.includes(vi.MeasureTrade), 'no "Thương mại hai chiều" measure');
    assert(tables.trade.summary === fill(vi.TableFigures, model.trade.length), `summary: ${tables.trade.summary}`);
    assert(tables.events.head[0] === vi.ColYear && tables.events.head.includes(vi.CatVisit), `events header: ${tables.events.head}`);
    assert(tables.growth.head[0] === vi.ColYear && tables.growth.cells.some((c) => /^\d+,\d+$/.test(c)), `growth table: ${tables.growth.head} / ${tables.growth.cells.slice(0, 8)}`);
    const verdicts = await page.locator('.claims .verdict').allTextContents();
    assert(verdicts.length > 0 && verdicts.every((v) => [vi.VerdictConsistent, vi.VerdictInconsistent, vi.VerdictUnverifiable].includes(v)), `verdicts: ${verdicts}`);
    assert(await page.locator('.claims .verdict-consistent').count() > 0, 'the verdict classes stay English');
    for (const figure of ['trade', 'growth', 'events']) await page.click(`[data-figure="${figure}"] details summary`);
  });

  await check('vi: the source panel in Vietnamese (date, disagreement)', async () => {
    await page.locator('.event:has(.conflict-mark) .event-button').first().click();
    await page.waitForSelector('[data-panel="sources"]', { timeout: TIMEOUT });
    const text = await page.locator('[data-panel="sources"]').innerText();
    assert(text.includes(vi.DisagreeOnDate.trim()), `no "${vi.DisagreeOnDate.trim()}": ${text.slice(0, 300)}`);
    assert(/tháng \d{1,2}\/\d{4}/.test(text), `no Vietnamese date: ${text.slice(0, 300)}`);
    assert(!/ says “/.test(text), 'English "says"');
  });

  await check('vi: the articles panel says a bad input in Vietnamese', async () => {
    await page.click('[data-panel="library"] summary');
    await page.fill('[data-input="text"]', '   ');
    await page.click('[data-action="add"]');
    await page.waitForSelector('[data-message="library"]', { timeout: TIMEOUT });
    const said = await page.locator('[data-message="library"]').innerText();
    assert(said.includes(vi.RejectEmpty), `said: ${said}`);
    assert(said.startsWith(vi.PastedText), `said: ${said}`);
    await page.fill('[data-input="text"]', 'Hanoi, Nov. 17, 2000 -- Clinton visited Vietnam.');
    await page.fill('[data-input="date"]', '2023-13');
    await page.click('[data-action="add"]');
    await page.waitForFunction((t) => document.querySelector('[data-message="library"]')?.innerText.includes(t), fill(vi.NotADate, '2023-13'), { timeout: TIMEOUT });
  });

  await check('vi: no English left on the Vietnamese page (each text is an article\'s or the catalogue\'s)', async () => {
    // With the panel, a source and every table open, so their words are on the page too.
    for (const figure of ['trade', 'growth', 'events']) await page.click(`[data-figure="${figure}"] details summary`);
    await page.locator('.event:has(.conflict-mark) .event-button').first().click();
    const left = await leftovers(page);
    assert(left.length === 0, `${left.length} text(s) in neither:\n${left.slice(0, 25).join('\n')}`);
    // The check itself sees English: the same test on the English page must find some.
    const english = catalogueFragments(en);
    assert(english.includes('Era') && !fragments.includes('Era'), 'the catalogues overlap where they must not');
    for (const figure of ['trade', 'growth', 'events']) await page.click(`[data-figure="${figure}"] details summary`);
  });

  await check('vi: screenshot (1280x800)', async () => {
    // The page as it opens, in Vietnamese.
    await page.reload();
    await waitForEvents(page);
    await page.screenshot({ path: join(docs, 'screenshot-vi.png') });
  });

  await check('the switch: EN puts the page in English, in the address and the storage; a reload keeps it', async () => {
    const before = await page.evaluate(() => document.querySelector('[data-chart="trade"]').toDataURL());
    await page.click('.lang-switch [data-lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    // The address and the title follow in one task after the render.
    await page.waitForFunction(() => /[?&]lang=en\b/.test(location.search), null, { timeout: TIMEOUT }).catch(() => {});
    const s = await state();
    // The title is the page's, or the selected event's in the page's form.
    const titled = s.title === en.DocumentTitle || s.title.endsWith(en.EventPageTitle.split('{}').pop());
    assert(s.h1 === en.PageTitle && titled, `h1 ${s.h1}, title ${s.title}`);
    assert(/[?&]lang=en\b/.test(s.search), `address: ${s.search}`);
    assert(s.stored === 'en', `stored: ${s.stored}`);
    assert(s.pressed.join() === 'en', `pressed: ${s.pressed}`);
    const dates = await page.locator('.event-date').allTextContents();
    assert(dates.some((d) => /^[A-Z][a-z]{2} \d{4}$/.test(d)), `English dates: ${dates.slice(0, 5)}`);
    await page.waitForFunction((b) => document.querySelector('[data-chart="trade"]').toDataURL() !== b, before, { timeout: TIMEOUT })
      .catch(() => { throw new Error('the trade chart was not redrawn in English'); });
    // A reload without the address's lang= keeps the remembered English over the browser's Vietnamese.
    await page.goto(url);
    await waitForEvents(page);
    const after = await state();
    assert(after.lang === 'en' && after.h1 === en.PageTitle, `after a reload: ${JSON.stringify(after)}`);
    await page.click('.lang-switch [data-lang="vi"]');
    await page.waitForFunction(() => document.documentElement.lang === 'vi');
    await page.waitForFunction(() => /[?&]lang=vi\b/.test(location.search), null, { timeout: TIMEOUT }).catch(() => {});
    await page.reload();
    await waitForEvents(page);
    const again = await state();
    assert(again.lang === 'vi' && again.stored === 'vi' && /lang=vi/.test(again.search), `after switching back and reloading: ${JSON.stringify(again)}`);
  });
  await context.close();

  await check('a shared link with lang=vi opens in Vietnamese in an English browser (a file\'s encoding note in Vietnamese too); without it, English', async () => {
    const shared = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const p = await shared.newPage();
    p.on('pageerror', (err) => errors.push(`[shared] pageerror: ${err.message}`));
    await p.goto(`${url}?category=visit&lang=vi`);
    await waitForEvents(p);
    const s = await p.evaluate(() => ({ lang: document.documentElement.lang, h1: document.querySelector('h1').textContent, chip: document.querySelector('[data-category="visit"]').textContent }));
    assert(s.lang === 'vi' && s.h1 === vi.PageTitle && s.chip.includes(vi.CatVisit), JSON.stringify(s));
    await p.click('[data-panel="library"] summary');
    // A file in Windows-1258: the note on its encoding is in Vietnamese too.
    const cp1258 = Buffer.concat([Buffer.from('On May 7, 2019, Deputy Minister Nguy'), Buffer.from([0xea, 0xde]), Buffer.from('n Van An visited Washington.')]);
    await p.setInputFiles('[data-input="files"]', { name: 'viet.txt', mimeType: 'text/plain', buffer: cp1258 });
    await p.waitForFunction((t) => document.querySelector('[data-message="library"]')?.innerText.includes(t), fill(vi.ReadAs, 'viet.txt', vi.EncodingVietnamese).split('. ')[0], { timeout: TIMEOUT })
      .catch(async () => { throw new Error(`the page says: ${await p.locator('[data-message="library"]').innerText()}`); });
    await p.goto(url);
    await waitForEvents(p);
    const plain = await p.evaluate(() => document.documentElement.lang);
    assert(plain === 'en', `an English browser without lang= opened in ${plain}`);
    await shared.close();
  });
}
