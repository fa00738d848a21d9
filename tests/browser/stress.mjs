// The reader's articles under stress, as a hostile but realistic user would try them: full and
// damaged storage, thousands of articles, long unbroken text, HTML without optional end tags,
// files in other encodings, several outcomes from one action, and addresses naming what is not
// there. Each check opens a fresh browser context, so its storage is its own.
// Used by app.test.mjs: `await stressChecks({ ... })`.

const TIMEOUT = 30_000;

export async function stressChecks({ browser, url, check, assert, errors, waitForEvents }) {
  // A fresh page in a context of its own; `setup` runs before the page's scripts on first load.
  const fresh = async (name, { viewport = { width: 1280, height: 800 }, setup, arg } = {}) => {
    const context = await browser.newContext({ viewport });
    if (setup) {
      await context.addInitScript(({ source, arg }) => {
        if (!sessionStorage.getItem('set-up')) {
          sessionStorage.setItem('set-up', '1');
          new Function('arg', source)(arg);
        }
      }, { source: `(${setup})(arg)`, arg });
    }
    const page = await context.newPage();
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`[${name}] console.error: ${msg.text()}`); });
    page.on('pageerror', (err) => errors.push(`[${name}] pageerror: ${err.message}`));
    await page.goto(url);
    await waitForEvents(page);
    await page.click('[data-panel="library"] summary');
    return { context, page };
  };
  const said = (page) => page.evaluate(() => [...document.querySelectorAll('[data-message]')].map((m) => m.innerText).join('\n'));
  const waitSaid = (page, re, timeout = TIMEOUT) =>
    page.waitForFunction(([source, flags]) => new RegExp(source, flags).test([...document.querySelectorAll('[data-message]')].map((m) => m.innerText).join('\n')), [re.source, re.flags], { timeout })
      .catch(async () => { throw new Error(`waited for ${re}; the page says: ${(await said(page)).slice(0, 600)}`); });
  const paste = async (page, text, title = '') => {
    await page.fill('[data-input="text"]', text);
    await page.fill('[data-input="title"]', title);
    await page.fill('[data-input="date"]', '');
    await page.click('[data-action="add"]');
  };
  const files = (page, list) => page.setInputFiles('[data-input="files"]', list.map(([name, bytes]) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) })));
  const importFile = (page, text) => page.setInputFiles('[data-input="import"]', { name: 'set.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  // Fills local storage to its quota, leaving `spare` characters free; runs in the page.
  const fillStorage = (spare) => {
    let i = 0;
    for (let size = 1 << 22; size >= 16; size >>= 1) {
      for (;;) {
        try { localStorage.setItem(`filler.${i}`, 'x'.repeat(size)); i += 1; } catch { break; }
      }
    }
    if (spare) for (let j = 0; j < i && spare > 0; j += 1) { const v = localStorage.getItem(`filler.${j}`); if (v) { localStorage.removeItem(`filler.${j}`); spare -= v.length; } }
  };
  const story = (n, year = 2015) => `Note ${n}\nOn March 3, ${year}, U.S. Secretary of Commerce Person${n} Example visited Hanoi to discuss trade with Vietnam.`;

  await check('1. with storage full, adding an article says so and keeps saying it', async () => {
    const { context, page } = await fresh('full', { setup: fillStorage, arg: 0 });
    await paste(page, story(1));
    await waitSaid(page, /^Added/m);
    const text = await said(page);
    assert(/storage is full/.test(text) && /kept for this visit only/.test(text), `the page says: ${text}`);
    await page.waitForTimeout(300); // a later message must not replace it
    assert(/storage is full/.test(await said(page)), 'the storage-full message went away');
    await context.close();
  });

  await check('2. unreadable stored articles are never emptied, never overwritten, and copies accumulate', async () => {
    const broken = '{"version": 1, "articles": [{"id": 3' + ' '.repeat(3_000_000);
    // No room for a copy: the data stays under its own key, untouched, even after an add.
    const tight = await fresh('damaged, no room', {
      setup: (broken) => {
        localStorage.setItem('vnus.articles.v1', broken);
        let i = 0;
        for (let size = 1 << 22; size >= 16; size >>= 1) for (;;) { try { localStorage.setItem(`filler.${i}`, 'x'.repeat(size)); i += 1; } catch { break; } }
      },
      arg: broken,
    });
    let text = await said(tight.page);
    assert(/could not be read/.test(text) && /left where they were/.test(text), `the page says: ${text.slice(0, 400)}`);
    await paste(tight.page, story(2));
    await waitSaid(tight.page, /^Added/m);
    assert(await tight.page.evaluate((b) => localStorage.getItem('vnus.articles.v1') === b, broken), 'the unreadable data was changed');
    const [download] = await Promise.all([tight.page.waitForEvent('download'), tight.page.click('[data-action="download-damaged"]')]);
    assert((await download.createReadStream()) !== null, 'no download');
    await tight.context.close();
    // With room: copied aside; a second unreadable set gets a copy of its own.
    const roomy = await fresh('damaged, room', { setup: () => localStorage.setItem('vnus.articles.v1', '{"version": 1, "articles": [{"id": 3') });
    await roomy.page.evaluate(() => localStorage.setItem('vnus.articles.v1', 'second, also unreadable'));
    await roomy.page.reload();
    await waitForEvents(roomy.page);
    await roomy.page.click('[data-panel="library"] summary');
    const copies = await roomy.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vnus.articles.v1.unreadable')).sort().map((k) => localStorage.getItem(k)));
    assert(copies.length === 2 && copies[0].startsWith('{"version": 1') && copies[1] === 'second, also unreadable', `copies: ${JSON.stringify(copies)}`);
    assert(await roomy.page.locator('[data-damaged]').count() === 2, 'both copies are not offered');
    await roomy.page.click('[data-damaged] [data-action="forget-damaged"]');
    await roomy.page.waitForFunction(() => document.querySelectorAll('[data-damaged]').length === 1);
    text = await said(roomy.page);
    assert(/could not be read/.test(text), `after letting one go: ${text}`);
    await roomy.context.close();
  });

  for (const n of [1_000, 10_000]) {
    await check(`3. importing ${n.toLocaleString('en')} articles shows progress and never holds the page 200 ms`, async () => {
      const { context, page } = await fresh(`import ${n}`);
      // The file is made in a task of its own, before the observer starts: building ten
      // thousand objects is the test's work, not the page's.
      await page.evaluate((n) => {
        const articles = [];
        for (let i = 0; i < n; i += 1) {
          articles.push({ id: `user-${i + 1}`, title: null, published: null, enabled: i % 7 !== 0,
            text: `Note ${i}\nOn March ${1 + (i % 28)}, ${1995 + (i % 28)}, U.S. Secretary of Commerce Person${i} Example visited Hanoi to discuss trade with Vietnam.` });
        }
        const list = new DataTransfer();
        list.items.add(new File([JSON.stringify({ version: 1, articles })], 'set.json', { type: 'application/json' }));
        document.querySelector('[data-input="import"]').files = list.files;
      }, n);
      const started = await page.evaluate(() => {
        window.__longTasks = [];
        window.__longObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration)); });
        window.__longObserver.observe({ type: 'longtask' });
        const input = document.querySelector('[data-input="import"]');
        const t0 = performance.now();
        input.dispatchEvent(new Event('change', { bubbles: true }));
        return t0;
      });
      await waitSaid(page, new RegExp(`Imported ${n.toLocaleString('en')} of ${n.toLocaleString('en')}`), 120_000);
      const imported = await page.evaluate((t0) => performance.now() - t0, started);
      await page.waitForFunction(() => !document.querySelector('[data-status="reading"]'), null, { timeout: 120_000 });
      const read = await page.evaluate((t0) => performance.now() - t0, started);
      // A filter afterwards answers quickly too.
      const filter = await page.evaluate(async () => {
        const t0 = performance.now();
        document.querySelector('[data-category]').click();
        await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
        return performance.now() - t0;
      });
      const tasks = await page.evaluate(() => { window.__longObserver.disconnect(); return window.__longTasks; });
      const longest = Math.max(0, ...tasks);
      const off = await page.evaluate(() => JSON.parse(localStorage.getItem('vnus.articles.v1')).articles.filter((a) => !a.enabled).length);
      console.log(`     ${n} articles: imported in ${Math.round(imported)} ms, history read in ${Math.round(read)} ms, longest main-thread task ${longest} ms, a filter click ${Math.round(filter)} ms`);
      const listed = await page.locator('[data-article]').count();
      // Closed before any check can fail, so a page left open does not slow the checks after it.
      await context.close();
      assert(off === Math.ceil(n / 7), `${off} articles are off; the file had ${Math.ceil(n / 7)}`);
      assert(listed <= 5 + 101, 'every article is listed at once');
      assert(longest < 200, `the page was held for ${longest} ms (tasks over 50 ms: ${tasks.join(', ')})`);
    });
  }

  await check('4. the open articles panel never squeezes the timeline below 300 px', async () => {
    const { context, page } = await fresh('panel');
    for (let i = 0; i < 12; i += 1) await paste(page, story(i + 10, 2000 + i));
    await page.waitForFunction(() => document.querySelectorAll('[data-article]').length === 17, null, { timeout: TIMEOUT });
    const height = await page.$eval('.timeline-pane', (e) => e.getBoundingClientRect().height);
    assert(height >= 300, `the timeline is ${Math.round(height)} px tall`);
    await context.close();
  });

  await check('5. no text of any length widens the page, on desktop or on a phone', async () => {
    const { context, page } = await fresh('long line');
    await page.evaluate(() => {
      const list = new DataTransfer();
      list.items.add(new File(['On March 3, 2015, ' + 'W'.repeat(3_000_000)], 'one-line.txt', { type: 'text/plain' }));
      const input = document.querySelector('[data-input="files"]');
      input.files = list.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitSaid(page, /^Added/m, 60_000);
    const size = await page.evaluate(() => ({ wide: document.documentElement.scrollWidth, view: innerWidth, message: document.querySelector('[data-message="library"]').getBoundingClientRect().height }));
    assert(size.wide <= size.view + 1 && size.message < 200, `page ${size.wide} px wide in ${size.view}; message ${Math.round(size.message)} px tall`);
    await context.close();
    const phone = await fresh('phone title', { viewport: { width: 375, height: 812 } });
    await paste(phone.page, story(3), `https://example.com/${'news/'.repeat(45)}article`);
    await waitSaid(phone.page, /^Added/m);
    const wide = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    assert(wide <= 376, `the phone page is ${wide} px wide`);
    await phone.context.close();
  });

  await check('6 and 7. HTML without </head>, UTF-16, Windows-1258, NUL bytes and a UTF-8 BOM', async () => {
    const { context, page } = await fresh('encodings');
    const utf16 = (text, le) => {
      const body = Buffer.from(text, 'utf16le');
      if (!le) body.swap16();
      return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
    };
    // "Nguyễn" in Windows-1258: e-circumflex 0xEA, then the combining tilde 0xDE.
    const cp1258 = Buffer.concat([Buffer.from('On May 7, 2019, Deputy Minister Nguy'), Buffer.from([0xea, 0xde]), Buffer.from('n Van An visited Washington.')]);
    await files(page, [
      ['head.html', '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ties</title><body><p>On June 2, 2024, the two sides signed a Memorandum of Understanding on rice trade.<p>More'],
      ['le.txt', utf16('On April 9, 2018, Secretary of Defense Jim Mattis visited Hanoi.', true)],
      ['be.txt', utf16('On August 1, 2017, Foreign Minister Pham Binh Minh visited Washington.', false)],
      ['viet.txt', cp1258],
      ['nul.txt', Buffer.concat([Buffer.from('a'.repeat(9000)), Buffer.from([0, 0, 0])])],
    ]);
    await page.waitForFunction(() => document.querySelectorAll('[data-article]').length === 9, null, { timeout: TIMEOUT })
      .catch(async () => { throw new Error(`${await page.locator('[data-article]').count()} articles; the page says: ${await said(page)}`); });
    const text = await said(page);
    assert(/Windows-1258/.test(text) && /nul\.txt: This is not text/.test(text), `the page says: ${text}`);
    const titles = await page.$$eval('[data-article]', (els) => els.map((e) => e.textContent).join(' | '));
    assert(/Ties/.test(titles) && /Mattis/.test(titles) && /Binh Minh/.test(titles) && /Nguyễn/.test(titles) && !titles.includes('\ufffd'), `articles: ${titles}`);
    // The same text with a BOM is the same article.
    await files(page, [['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('On April 9, 2018, Secretary of Defense Jim Mattis visited Hanoi.')])]]);
    await waitSaid(page, /bom\.txt: This article is already in the history/);
    await context.close();
  });

  await check('8. every outcome of one action is said: several files, and an import article by article', async () => {
    const { context, page } = await fresh('messages');
    await files(page, [['a.png', [0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]], ['empty.txt', '   '], ['good.txt', story(4)]]);
    await waitSaid(page, /^Added/m);
    let text = await said(page);
    assert(/a\.png: This is not text/.test(text) && /empty\.txt: There is no text/.test(text), `the page says: ${text}`);
    const set = { version: 1, articles: [
      { id: 'x1', title: 'Kept off', published: '2019-05', text: story(5), enabled: false },
      { id: 'x2', title: 'Bad date', published: 'soon', text: story(6), enabled: true },
      { id: 'x3', title: 'Huge', published: null, text: 'a'.repeat(6_000_000), enabled: true },
      { id: 'x4', title: 'No text', published: null, enabled: true },
      { id: 'x5', title: 'Again', published: null, text: story(4), enabled: true },
    ] };
    await importFile(page, JSON.stringify(set));
    await waitSaid(page, /Imported 1 of 5/);
    text = await said(page);
    for (const want of [/Article 2.*published.*soon/, /Article 3.*6\.0 MB/, /Article 4.*text/, /Article 5.*already/]) assert(want.test(text), `${want} not said: ${text.slice(0, 800)}`);
    const off = await page.$eval('[data-article="user-2"] input', (e) => e.checked);
    assert(off === false, 'a switched-off article came back switched on');
    await importFile(page, '');
    await waitSaid(page, /empty|no articles/i);
    await context.close();
  });

  await check('9. filters never show a value that is not in force', async () => {
    const { context, page } = await fresh('filters');
    await page.goto(`${url}?person=Nobody+At+All&article=no-such-article&category=visit,visit,visit`);
    await waitForEvents(page);
    await page.waitForFunction(() => !location.search.includes('Nobody'), null, { timeout: TIMEOUT });
    const shown = await page.evaluate(() => ({
      person: document.querySelector('[data-filter="person"]').value,
      article: document.querySelector('[data-filter="article"]').value,
      address: location.search,
    }));
    assert(shown.person === '' && shown.article === '' && shown.address === '?category=visit', JSON.stringify(shown));
    await page.click('[data-category="visit"]');
    await page.waitForFunction(() => location.search === '', null, { timeout: TIMEOUT });
    // Removing the article a filter points at clears the filter.
    await page.click('[data-panel="library"] summary');
    await paste(page, story(7));
    await waitSaid(page, /^Added/m);
    await page.selectOption('[data-filter="article"]', 'user-1');
    await page.click('[data-article="user-1"] .link');
    await page.waitForFunction(() => document.querySelector('[data-filter="article"]').value === '' && !location.search.includes('article'), null, { timeout: TIMEOUT });
    await context.close();
  });
}
