/**
 * What issue 15 asks of every page, checked on every page of the built site rather than on the
 * two plans the reading tests open: the contents list holds every numbered section of every held
 * document; an issuer named after a citation is read whole, commas and "và" included; a search for
 * words of a document's own title puts a document whose title holds those words first.
 * Run `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDist, type Served } from './harness.ts';
import { openDocuments, pathOf } from '../reading/open-data.ts';
import { openSearch, plain, q } from '../fixtures/search/browser.ts';

let served: Served;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  served = await serveDist();
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('contents lists', () => {
  it('every held document’s contents list links every numbered section it has (points and clauses, the body of a section, aside)', async () => {
    const held = openDocuments().filter((d) => d.held).map((d) => pathOf(d.url));
    expect(held.length).toBeGreaterThan(150);
    await page.goto(served.url + '/');
    // Each page parsed by the browser's own HTML parser, fetched rather than rendered: 187 pages in seconds.
    const report = await page.evaluate(async (paths) => {
      const out: Array<{ path: string; sections: number; missing: string[] }> = [];
      for (const path of paths) {
        const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
        const listed = new Set([...doc.querySelectorAll('nav[aria-label="Mục lục"] a[href^="#"]')].map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))));
        const sections = [...doc.querySelectorAll('.anchored[data-anchor-label]')].filter((el) => !/(?:Điểm|Khoản) \S+$/u.test(el.getAttribute('data-anchor-label')!));
        out.push({ path, sections: sections.length, missing: sections.filter((el) => !listed.has(el.id)).map((el) => el.getAttribute('data-anchor-label')!) });
      }
      return out;
    }, held);
    expect(report.filter((r) => r.missing.length > 0).map((r) => `${r.path}: ${r.missing.slice(0, 5).join(', ')}`)).toEqual([]);
    // Not a vacuous pass: thousands of sections were looked for, in most documents.
    expect(report.reduce((n, r) => n + r.sections, 0)).toBeGreaterThan(3000);
    expect(report.filter((r) => r.sections > 0).length).toBeGreaterThan(held.length * 0.8);
  }, 180_000);
});

describe('issuers named after a citation', () => {
  it('are read whole: “Bộ Văn hóa, Thể thao và Du lịch”, “Bộ Chính trị, Ban Bí thư”, never cut at the comma or “và”', async () => {
    await page.goto(served.url + '/co-quan/');
    const names = await page.$$eval('a[href^="/co-quan/"]', (as) => as.map((a) => a.textContent!.trim()));
    expect(names).toContain('Bộ Văn hóa, Thể thao và Du lịch');
    expect(names).toContain('Bộ Chính trị, Ban Bí thư');
    expect(names.filter((n) => /^(?:Bộ Văn hóa|Bộ Văn hoá)$|^(?:Thể thao|Du lịch|và)\b|[,-]$|\svà$/u.test(n))).toEqual([]);
    // …and so does a cited-only page of a law the ministry's name follows.
    const cited = openDocuments().filter((d) => !d.held && d.issuer === 'Bộ Văn hóa, Thể thao và Du lịch');
    expect(cited.length).toBeGreaterThan(0);
    await page.goto(served.url + pathOf(cited[0]!.url));
    expect(await page.locator('main').innerText()).toContain('Bộ Văn hóa, Thể thao và Du lịch');
  });
});

describe('search by a title’s own words', () => {
  // Every twelfth held document with a title of eight words or more (so about fifteen, drawn the same way each build),
  // searched for six words from inside its title.
  const sample = () => openDocuments()
    .filter((d) => d.held && d.title && d.title.split(/\s+/).length >= 8)
    .filter((_, i) => i % 12 === 0);
  it('puts first a document whose title holds the words', async () => {
    const cases = sample();
    expect(cases.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const d of cases) {
      const words = d.title!.replace(/[“”"(),;:.]/g, ' ').split(/\s+/).filter(Boolean).slice(1, 7).join(' ');
      const s = await openSearch(page, served.url, q(words));
      const first = s.results[0];
      // (Punctuation aside: "định mức thu chế độ thu" is in "QUY ĐỊNH MỨC THU, CHẾ ĐỘ THU".)
      const bare = (t: string) => ` ${plain(t).replace(/[^a-z0-9]+/g, ' ').trim()} `;
      if (!first || !bare(first.title).includes(bare(words))) wrong.push(`"${words}" → ${first?.title ?? '(nothing)'} [${s.status}]`);
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});

describe('status in search results', () => {
  it('a document another held one replaces or amends says by what, with the sentence, in its search result', async () => {
    const replaced = await openSearch(page, served.url, q('43/2021/TT-BTC'));
    const r = replaced.results[0]!;
    expect(r.path).toMatch(/^\/van-ban\/thong-tu-43-tt-btc-2021-/);
    const effect = await page.locator('.sr-item').first().locator('.sr-effect').innerText();
    expect(effect).toMatch(/^Bị thay thế bởi Thông tư số 69\/2025\/TT-BTC ngày 01\/07\/2025 của Bộ Tài chính từ 01\/07\/2025 — /u);
    expect(await page.locator('.sr-item').first().locator('.sr-effect q').innerText()).toMatch(/Thông tư này thay thế: .*Thông tư số 43\/2021\/TT-BTC/u);

    await openSearch(page, served.url, q('112/2021/NĐ-CP'));
    expect(await page.locator('.sr-item').first().locator('.sr-effect').innerText()).toMatch(/^Được sửa đổi, bổ sung bởi Nghị định số 372\/2025\/NĐ-CP .* — /u);
    // A document in force says nothing more than its badge.
    await openSearch(page, served.url, q('69/2025/TT-BTC'));
    expect(await page.locator('.sr-item').first().locator('.sr-effect').count()).toBe(0);
  });
});
