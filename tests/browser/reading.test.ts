/**
 * Reading features on the built site, in Chromium: browse pages with counts,
 * the timeline, 404 with search, feeds, sitemap, CSV downloads, the citation
 * preview card (hover, keyboard, touch) and the implementation chain graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { launchBrowser, serveDist, type Served } from './harness.ts';
import { langSonPlan, kh02, nq57, nq71, openCitations, openDocuments, pathOf, phongDoanh, qd923 } from '../reading/open-data.ts';

let served: Served;
let browser: Browser;

beforeAll(async () => {
  served = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function open(path: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await browser.newPage(options);
  // A missing element fails in seconds, not after the 30 s default.
  page.setDefaultTimeout(10_000);
  const res = await page.goto(served.url + path);
  expect(res?.status(), `status of ${path}`).toBe(200);
  return page;
}

async function text(path: string): Promise<string> {
  const res = await fetch(served.url + path);
  expect(res.status, `status of ${path}`).toBe(200);
  return res.text();
}

const yearOf = (d: { issueYear: number | null; symbolYear: number | null }) => d.issueYear ?? d.symbolYear;

describe('browse pages', () => {
  it('/loai/ counts every document by type, held and cited only, and each type page lists them', async () => {
    const docs = openDocuments();
    const page = await open('/loai/');
    const rows = await page.$$eval('table.browse-table tbody tr', (trs) =>
      trs.map((tr) => ({ label: tr.querySelector('th')!.textContent!.trim(), href: tr.querySelector('a')!.getAttribute('href')!, held: Number(tr.children[1]!.textContent), cited: Number(tr.children[2]!.textContent) })),
    );
    expect(rows.reduce((s, r) => s + r.held, 0)).toBe(docs.filter((d) => d.held).length);
    expect(rows.reduce((s, r) => s + r.cited, 0)).toBe(docs.filter((d) => !d.held).length);
    const plan = rows.find((r) => r.label === 'Kế hoạch')!;
    expect(plan.held).toBeGreaterThanOrEqual(3);
    await page.goto(served.url + plan.href);
    const links = await page.$$eval('main .doc-list a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain(pathOf(phongDoanh().url));
    expect(links).toContain(pathOf(langSonPlan().url));
    expect(await page.locator('nav.breadcrumbs a[href="/loai/"]').count()).toBe(1);
    await page.close();
  });

  it('/co-quan/ groups issuers by level: Trung ương, tỉnh, xã', async () => {
    const page = await open('/co-quan/');
    const levels = await page.$$eval('main section[data-level] h2', (hs) => hs.map((h) => h.textContent!.trim()));
    expect(levels.some((l) => l.startsWith('Trung ương'))).toBe(true);
    expect(levels.some((l) => l.startsWith('Cấp tỉnh'))).toBe(true);
    expect(levels.some((l) => l.startsWith('Cấp xã'))).toBe(true);
    const tinh = page.locator('section[data-level="tinh"]');
    await expect(tinh.getByRole('link', { name: 'Ủy ban nhân dân tỉnh Lạng Sơn' }).count()).resolves.toBe(1);
    await tinh.getByRole('link', { name: 'Ủy ban nhân dân tỉnh Lạng Sơn' }).click();
    await page.waitForURL(/\/co-quan\/uy-ban-nhan-dan-tinh-lang-son\/$/);
    expect(await page.$$eval('main .doc-list a', (as) => as.map((a) => a.getAttribute('href')))).toContain(pathOf(langSonPlan().url));
    await page.close();
  });

  it('/nam/ has a timeline and per-year counts that add up to the collection', async () => {
    const docs = openDocuments();
    const page = await open('/nam/');
    const years = await page.$$eval('.timeline-year', (lis) => lis.map((li) => Number(li.getAttribute('data-year'))));
    for (const d of docs.filter((x) => x.held && x.date)) expect(years).toContain(yearOf(d));
    // Timeline marks link to each dated held document.
    const marks = await page.$$eval('.timeline-months a', (as) => as.map((a) => a.getAttribute('href')));
    expect(marks.length).toBe(docs.filter((d) => d.held && d.date).length);
    expect(marks).toContain(pathOf(phongDoanh().url));
    const rows = await page.$$eval('table.browse-table tbody tr', (trs) => trs.map((tr) => ({ year: tr.querySelector('th')!.textContent!.trim(), held: Number(tr.children[1]!.textContent) })));
    expect(rows.reduce((s, r) => s + r.held, 0)).toBe(docs.filter((d) => d.held).length);
    expect(rows.find((r) => r.year === '2025')?.held).toBeGreaterThanOrEqual(1);
    await page.goto(`${served.url}/nam/2021/`);
    expect(await page.$$eval('main .doc-list a', (as) => as.map((a) => a.getAttribute('href')))).toContain(pathOf(langSonPlan().url));
    await page.close();
  });

  it('a missing page answers 404 and offers search that lands on /tim-kiem/', async () => {
    const page = await browser.newPage();
    const res = await page.goto(`${served.url}/van-ban/khong-co-van-ban-nay/`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('Không tìm thấy trang');
    const form = page.locator('main form[action="/tim-kiem/"]');
    await form.getByLabel(/Số, ký hiệu/).fill('57-NQ/TW');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=57-NQ%2FTW$/), form.getByRole('button', { name: 'Tìm kiếm' }).click()]);
    await page.close();
  });
});

describe('feeds, sitemap and CSV', () => {
  it('Atom and RSS list the dated held documents, newest first, linking to their pages', async () => {
    const dated = openDocuments().filter((d) => d.held && d.date).sort((a, b) => b.date!.localeCompare(a.date!));
    const page = await browser.newPage();
    await page.goto(served.url + '/');
    const feeds = await page.evaluate(async () => {
      const read = async (p: string) => new DOMParser().parseFromString(await (await fetch(p)).text(), 'application/xml');
      const atom = await read('/atom.xml');
      const rss = await read('/rss.xml');
      return {
        atomError: atom.querySelector('parsererror')?.textContent ?? null,
        rssError: rss.querySelector('parsererror')?.textContent ?? null,
        atom: [...atom.querySelectorAll('entry')].map((e) => ({ link: e.querySelector('link')?.getAttribute('href'), title: e.querySelector('title')?.textContent })),
        rss: [...rss.querySelectorAll('item')].map((e) => e.querySelector('link')?.textContent),
        lang: rss.querySelector('channel > language')?.textContent,
      };
    });
    expect(feeds.atomError).toBeNull();
    expect(feeds.rssError).toBeNull();
    // Every dated held document once; documents of the same day may come in any order among themselves.
    const atom = feeds.atom.map((e) => pathOf(e.link!));
    expect([...atom].sort()).toEqual(dated.map((d) => pathOf(d.url)).sort());
    expect(feeds.rss.map((l) => pathOf(l!))).toEqual(atom);
    const dateOf = new Map(dated.map((d) => [pathOf(d.url), d.date!]));
    const dates = atom.map((p) => dateOf.get(p)!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe(dated[0]!.date);
    const pd = feeds.atom.find((e) => pathOf(e.link!) === pathOf(phongDoanh().url));
    expect(pd?.title).toMatch(/^Kế hoạch số 22\/KH-UBND ngày 21\/08\/2025/);
    expect(feeds.lang).toBe('vi');
    await page.close();
  });

  it('sitemap.xml lists every document and browse page, and every address in it exists', async () => {
    const xml = await text('/sitemap.xml');
    // Paths when the build had no site address, absolute URLs when it had one.
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1]!));
    for (const d of openDocuments()) expect(locs).toContain(pathOf(d.url));
    for (const p of ['/', '/loai/', '/co-quan/', '/nam/', '/do-thi/', '/gioi-thieu/', '/du-lieu/']) expect(locs).toContain(p);
    for (const p of locs) {
      const res = await fetch(served.url + p);
      expect(res.status, p).toBe(200);
    }
  });

  it('documents.csv and citations.csv hold the same records as the JSON open data', async () => {
    const docCsv = await text('/data/documents.csv');
    const docs = parse(docCsv.replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
    const json = openDocuments();
    expect(docs.map((d) => d.id).sort()).toEqual(json.map((d) => d.id).sort());
    const pd = docs.find((d) => d.id === phongDoanh().id)!;
    expect(pd).toMatchObject({ docType: 'Kế hoạch', number: '22', symbol: 'KH-UBND', date: '2025-08-21', held: 'true' });
    expect(pathOf(pd.url!)).toBe(pathOf(phongDoanh().url));
    const citCsv = await text('/data/citations.csv');
    const cits = parse(citCsv.replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
    expect(cits.length).toBe(openCitations().length);
    expect(cits.some((c) => c.from === phongDoanh().id && c.to === qd923().id && (c.context ?? '').includes('923/QĐ-TTg'))).toBe(true);
  });
});

describe('shared links', () => {
  it('a document page tells link previews its type, number and title, and where the feeds are', async () => {
    const page = await open(pathOf(phongDoanh().url));
    const meta = (sel: string) => page.locator(sel).first().getAttribute('content');
    expect(await meta('meta[property="og:title"]')).toContain('22/KH-UBND');
    expect(await meta('meta[property="og:description"]')).toContain('Phong trào thi đua');
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[name="twitter:card"]')).toBe('summary');
    expect(await meta('meta[name="twitter:title"]')).toBe('Kế hoạch số 22/KH-UBND ngày 21/08/2025 của UBND xã Phong Doanh');
    expect(await meta('meta[property="article:tag"]')).toBe('22/KH-UBND');
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/atom.xml');
    expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe('/rss.xml');
    await page.close();
  });
});

describe('citation preview card', () => {
  it('shows on hover, without leaving the page, and Esc closes it', async () => {
    const page = await open(pathOf(phongDoanh().url));
    const link = page.locator(`main a.cite[href^="${pathOf(qd923().url)}"]`).first();
    await link.hover();
    const card = page.locator('#cite-preview');
    await card.waitFor({ state: 'visible' });
    expect(await card.getAttribute('role')).toBe('tooltip');
    const shown = await card.innerText();
    expect(shown).toContain('Quyết định số 923/QĐ-TTg');
    expect(shown).toContain('14/05/2025');
    expect(shown).toContain('Thủ tướng Chính phủ');
    expect(shown).toContain('Chưa có toàn văn trên Căn cứ');
    expect(await link.getAttribute('aria-describedby')).toBe('cite-preview');
    expect(page.url()).toBe(served.url + pathOf(phongDoanh().url));
    // The pointer can move onto the card to read it.
    await card.hover();
    expect(await card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    expect(await link.getAttribute('aria-describedby')).toBeNull();
    // Dismissed means dismissed: a still pointer does not reopen it…
    await page.waitForTimeout(400);
    expect(await card.isVisible()).toBe(false);
    // …moving onto a citation again does.
    await page.mouse.move(0, 0);
    await link.hover();
    await card.waitFor({ state: 'visible' });
    await page.close();
  });

  it('shows on keyboard focus and hides when focus moves on', async () => {
    const page = await open(pathOf(phongDoanh().url));
    const card = page.locator('#cite-preview');
    // Tab through the page until a citation link has focus: a real keyboard path.
    let found = false;
    for (let i = 0; i < 200 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.matches('a.cite[data-kind]') ?? false);
    }
    expect(found, 'a citation link is reachable with Tab').toBe(true);
    await card.waitFor({ state: 'visible' });
    const expected = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.number);
    expect(await card.innerText()).toContain(expected!);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await page.close();
  });

  it('on touch, the first tap shows the card and the second follows the link', async () => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(served.url + pathOf(phongDoanh().url));
    const link = page.locator(`main a.cite[href^="${pathOf(kh02().url)}"]`).first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    const card = page.locator('#cite-preview');
    await card.waitFor({ state: 'visible' });
    expect(await card.innerText()).toContain('Kế hoạch số 02/KH-UBND');
    expect(page.url()).toBe(served.url + pathOf(phongDoanh().url));
    // The card fits the phone's width.
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await Promise.all([page.waitForURL(`**${pathOf(kh02().url)}`), link.tap()]);
    await context.close();
  });
});

describe('implementation chain', () => {
  it('Phong Doanh: the picture shows what it implements and what its text tells about 71/NQ-CP and 57-NQ/TW', async () => {
    const page = await open(pathOf(phongDoanh().url));
    const section = page.locator('section.chain');
    expect(await section.count()).toBe(1);
    const svg = section.locator('svg[role="img"]');
    expect(await svg.locator('title').textContent()).toContain('Kế hoạch 22/KH-UBND');
    const nodeLinks = await section.locator('svg.chain-links a[data-node]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const d of [qd923(), kh02(), nq71(), nq57()]) expect(nodeLinks).toContain(pathOf(d.url));
    // Implemented documents are drawn above (or, for a wide chain turned sideways, right of) the documents implementing them.
    const box = async (id: string) => (await svg.locator(`g[data-node="${id}"] rect`).boundingBox())!;
    const before = async (implemented: string, implementer: string) => {
      const [a, b] = [await box(implemented), await box(implementer)];
      return a.y + a.height <= b.y || b.x + b.width <= a.x;
    };
    expect(await before(qd923().id, phongDoanh().id)).toBe(true);
    expect(await before(nq57().id, nq71().id)).toBe(true);
    // The text equivalent: every relation with the sentence it was learned from.
    const told = section.locator(`li[data-from="${nq71().id}"][data-to="${nq57().id}"]`);
    expect(await told.count()).toBe(1);
    // Told by this page's own text: the list points to the panel that quotes it.
    expect(await told.locator('.chain-evidence-at a').getAttribute('href')).toBe('#dan-chieu-di');
    expect(await page.locator('#dan-chieu-di').innerText()).toContain('thực hiện Nghị quyết số 57-NQ/TW');
    // The page's own sentence is quoted once, in its panel; the chain's list points there.
    const up = section.locator(`li[data-from="${phongDoanh().id}"][data-to="${qd923().id}"]`);
    expect(await up.locator('blockquote').count()).toBe(0);
    expect(await up.locator('.chain-evidence-at a').getAttribute('href')).toBe('#dan-chieu-di');
    expect(await page.locator('#dan-chieu-di').innerText()).toContain('Thực hiện Quyết định số 923/QĐ-TTg');
    // A node link leads to the cited page.
    await Promise.all([page.waitForURL(`**${pathOf(nq57().url)}`), section.locator(`svg.chain-links a[data-node="${nq57().id}"]`).click()]);
    await page.close();
  });

  it('57-NQ/TW, cited only, is implemented by 71/NQ-CP on its own page', async () => {
    const page = await open(pathOf(nq57().url));
    const li = page.locator(`section.chain li[data-from="${nq71().id}"][data-to="${nq57().id}"]`);
    expect(await li.count()).toBe(1);
    await page.close();
  });

  it('reads on a 375 px phone without scrolling the page sideways', async () => {
    const page = await open(pathOf(phongDoanh().url), { viewport: { width: 375, height: 740 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const font = await page.locator('section.chain svg[role="img"] text').first().evaluate((t) => getComputedStyle(t).fontSize);
    expect(parseFloat(font)).toBeGreaterThanOrEqual(12);
    await page.close();
  });

  it('/do-thi/ draws every chain and filters by type and locality with plain links', async () => {
    const page = await open('/do-thi/');
    expect(await page.locator('section.graph-chain svg[role="img"]').count()).toBeGreaterThanOrEqual(2);
    const all = await page.locator('section.graph-chain a[data-node]').evaluateAll((as) => as.map((a) => a.getAttribute('data-node')));
    for (const d of [phongDoanh(), langSonPlan(), nq57()]) expect(all).toContain(d.id);
    await page.getByRole('navigation', { name: 'Lọc sơ đồ' }).getByRole('link', { name: /^Ninh Bình/ }).click();
    await page.waitForURL(/\/do-thi\/dia-phuong\/ninh-binh\/$/);
    const nb = await page.locator('section.graph-chain a[data-node]').evaluateAll((as) => as.map((a) => a.getAttribute('data-node')));
    expect(nb).toContain(phongDoanh().id);
    expect(nb).not.toContain(langSonPlan().id);
    await page.getByRole('navigation', { name: 'Lọc sơ đồ' }).getByRole('link', { name: /^Chỉ thị/ }).click();
    await page.waitForURL(/\/do-thi\/loai\/chi-thi\/$/);
    const ct = await page.locator('section.graph-chain a[data-node]').evaluateAll((as) => as.map((a) => a.getAttribute('data-node')));
    expect(ct).toContain(langSonPlan().id);
    expect(ct).not.toContain(phongDoanh().id);
    await page.close();
  });
});
