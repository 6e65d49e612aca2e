/**
 * The front door: the home page says what the collection is (counts by type,
 * level and year that match the lists they link to, the most-cited and newest
 * documents, where each kind of reader starts), the header carries the site's
 * navigation at every width, the about page explains sources, method and what
 * an automatic link can get wrong, and every kind of page is two clicks from /.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, serveDist, WIDTHS, type Served } from './harness.ts';
import { openDocuments, pathOf } from '../reading/open-data.ts';

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

const NAV = [
  ['Tìm kiếm', '/tim-kiem/'],
  ['Loại văn bản', '/loai/'],
  ['Cơ quan ban hành', '/co-quan/'],
  ['Năm', '/nam/'],
  ['Sơ đồ', '/do-thi/'],
  ['Dữ liệu mở', '/du-lieu/'],
  ['Giới thiệu', '/gioi-thieu/'],
] as const;

/** Every kind of page the site has, by the shape of its path. */
const KINDS: Array<[string, RegExp]> = [
  ['search', /^\/tim-kiem\/$/],
  ['types', /^\/loai\/$/],
  ['type', /^\/loai\/[^/]+\/$/],
  ['issuers', /^\/co-quan\/$/],
  ['issuer', /^\/co-quan\/[^/]+\/$/],
  ['years', /^\/nam\/$/],
  ['year', /^\/nam\/[^/]+\/$/],
  ['graph', /^\/do-thi\/$/],
  ['graph filter', /^\/do-thi\/(loai|dia-phuong)\/[^/]+\/$/],
  ['document', /^\/van-ban\/[^/]+\/$/],
  ['cited only', /^\/dan-chieu\/[^/]+\/$/],
  ['about', /^\/gioi-thieu\/$/],
  ['open data page', /^\/du-lieu\/$/],
  ['open data file', /^\/data\/[^/]+\.(json|csv)$/],
  ['feed', /^\/(atom|rss)\.xml$/],
];

async function sameSiteLinks(page: Page): Promise<string[]> {
  // SVG links (the graphs) carry their address in an attribute, not in .href.
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => new URL(a.getAttribute('href')!, location.href).href));
  return [...new Set(hrefs.filter((h) => h.startsWith(served.url)).map((h) => new URL(h).pathname))];
}

describe('home page', () => {
  it('shows the site navigation in the header, inside the screen, at 1280 and 375 px', async () => {
    for (const w of WIDTHS) {
      const page = await browser.newPage({ viewport: { width: w.width, height: w.height } });
      await page.goto(served.url + '/');
      const nav = page.getByRole('navigation', { name: 'Chính' });
      for (const [label, href] of NAV) {
        const link = nav.getByRole('link', { name: label, exact: true });
        expect(await link.getAttribute('href'), label).toBe(href);
        expect(await link.isVisible(), `${label} visible at ${w.width}`).toBe(true);
        const box = (await link.boundingBox())!;
        expect(box.x + box.width, `${label} inside the screen at ${w.width}`).toBeLessThanOrEqual(w.width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w.width);
      await saveScreenshot(page, 'front-door', `home-${w.name}`);
      await page.close();
    }
  });

  it('says what the collection is: counts by type, level and year that match the lists they link to', async () => {
    const page = await browser.newPage();
    await page.goto(served.url + '/');
    const docs = openDocuments();
    const lead = await page.locator('.front-intro .lead').innerText();
    expect(lead).toContain(`${docs.filter((d) => d.held).length} văn bản`);
    expect(lead).toContain(`${docs.filter((d) => !d.held).length} văn bản khác`);
    for (const id of ['theo-loai', 'theo-cap', 'theo-nam']) {
      const rows = await page.$$eval(`#${id} tbody tr`, (trs) =>
        trs.map((tr) => ({ href: tr.querySelector('a')!.getAttribute('href')!, held: Number(tr.children[1]!.textContent), cited: Number(tr.children[2]!.textContent) })),
      );
      expect(rows.length, id).toBeGreaterThan(0);
      // Every document is in exactly one row of each table.
      expect(rows.reduce((n, r) => n + r.held + r.cited, 0), `${id} total`).toBe(docs.length);
      if (id === 'theo-cap') continue;
      for (const r of rows) {
        const list = await browser.newPage();
        await list.goto(served.url + r.href);
        const count = await list.locator('.browse-count').innerText();
        expect(count, r.href).toContain(`${r.held} văn bản có toàn văn`);
        expect(count, r.href).toContain(`${r.cited} văn bản chỉ được dẫn chiếu`);
        await list.close();
      }
    }
    await page.close();
  });

  it('lists the most-cited documents with how many documents cite them, and the newest documents first', async () => {
    const page = await browser.newPage();
    await page.goto(served.url + '/');
    const cited = await page.$$eval('.most-cited li', (lis) => lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, text: li.textContent ?? '' })));
    expect(cited.length).toBeGreaterThan(3);
    const counts = cited.map((c) => Number(/(\d+) văn bản dẫn chiếu/.exec(c.text)?.[1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The figure is the number of documents the cited page lists as citing it.
    const first = await browser.newPage();
    await first.goto(served.url + cited[0]!.href);
    expect(await first.locator('#duoc-dan-chieu .cite-entry, .cited-by .cite-entry').count()).toBe(counts[0]);
    await first.close();
    const newest = openDocuments().filter((d) => d.held && d.date).sort((a, b) => b.date!.localeCompare(a.date!))[0]!;
    expect(await page.locator('#moi-nhat ~ .doc-list li a, .doc-list li a').first().getAttribute('href')).toBe(pathOf(newest.url));
    await page.close();
  });

  it('tells officials, reporters and trainers where to start', async () => {
    const page = await browser.newPage();
    await page.goto(served.url + '/');
    const cards = page.locator('.start-cards > li');
    expect(await cards.locator('h3').allInnerTexts()).toEqual(['Cán bộ, công chức', 'Phóng viên', 'Giảng viên, người tập huấn']);
    for (let i = 0; i < 3; i++) expect(await cards.nth(i).locator('a').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('two clicks', () => {
  it('from / a reader reaches every kind of page in at most two clicks', async () => {
    const page = await browser.newPage();
    // Links are in the HTML: the crawl of some 200 pages need not wait for stylesheets, fonts and images.
    await page.route('**/*', (route) => (['stylesheet', 'font', 'image', 'media'].includes(route.request().resourceType()) ? route.abort() : route.continue()));
    await page.goto(served.url + '/');
    const first = await sameSiteLinks(page);
    const reached = new Map<string, string>(first.map((p) => [p, '/ → ' + p]));
    for (const p of first) {
      if (!p.endsWith('/')) continue;
      await page.goto(served.url + p, { waitUntil: 'domcontentloaded' });
      for (const q of await sameSiteLinks(page)) if (!reached.has(q)) reached.set(q, `/ → ${p} → ${q}`);
    }
    await page.close();
    const missing: string[] = [];
    const example: Record<string, string> = {};
    for (const [kind, re] of KINDS) {
      const hit = [...reached.entries()].find(([p]) => re.test(p));
      if (!hit) missing.push(kind);
      else example[kind] = hit[1];
    }
    console.log(`[front-door] two-click paths: ${JSON.stringify(example, null, 1)}`);
    expect(missing).toEqual([]);
    // And every held document is one click away (the newest list), every cited-only one within two.
    for (const d of openDocuments()) expect(reached.has(pathOf(d.url)), d.url).toBe(true);
    // About 200 pages are opened: more than the default bound on a loaded two-core machine.
  }, 400_000);
});

describe('about page', () => {
  it('explains sources, method and what an automatic link can get wrong, at 1280 and 375 px', async () => {
    for (const w of WIDTHS) {
      const page = await browser.newPage({ viewport: { width: w.width, height: w.height } });
      await page.goto(served.url + '/gioi-thieu/');
      expect(await page.locator('h1').innerText()).toBe('Giới thiệu');
      for (const id of ['nguon', 'cach-lam', 'lien-ket-tu-dong']) expect(await page.locator(`h2#${id}`).count(), id).toBe(1);
      const wrong = await page.locator('#lien-ket-tu-dong ~ ul').first().innerText();
      expect(wrong).toMatch(/Trùng số hiệu/);
      expect(wrong).toMatch(/Quan hệ đoán từ câu/);
      expect(await page.getByRole('navigation', { name: 'Chính' }).getByRole('link', { name: 'Giới thiệu' }).getAttribute('aria-current')).toBe('page');
      await saveScreenshot(page, 'front-door', `about-${w.name}`);
      await page.close();
    }
  });
});
