/**
 * Search speaks the reader's words: the summary names the number as the
 * document writes it (05-CT/TW, not the search key 5/CT-TW or the typed
 * "nghi quyet 57"), and a cited-only result's excerpt quotes what the citing
 * documents say about it, not the page's boilerplate ("Chỉ được dẫn chiếu. Văn
 * bản này…", "Hiệu lực. Chưa rõ hiệu lực…") or its facts table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, serveDist, WIDTHS, type Served } from './harness.ts';
import { openSearch, q } from '../fixtures/search/browser.ts';
import { openCitations } from '../reading/open-data.ts';

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

describe('search summary', () => {
  it.each([
    ['05-CT/TW', '05-CT/TW'],
    ['nghi quyet 57', '57-NQ/TW'],
    ['NQ57', '57-NQ/TW'],
    ['Kế hoạch 200', '200/KH-UBND'],
  ])('"%s": the number first is named %s', async (query, shown) => {
    const s = await openSearch(page, served.url, q(query));
    expect(s.status).toContain(`văn bản số ${shown} đứng đầu`);
    expect(s.status).not.toMatch(/5\/CT-TW|NQ 57|số hiệu nghi/);
  });

  it('every spelling of a number finds the same documents', async () => {
    const sets: Record<string, string[]> = {};
    for (const spelling of ['NQ57', 'nq 57', 'NQ 57', 'Nghị quyết 57', 'nghi quyet 57', '57-NQ/TW', '57/NQ-TW', 'Nghị quyết số 57-NQ/TW']) {
      const s = await openSearch(page, served.url, q(spelling));
      sets[spelling] = s.results.map((r) => r.path).sort();
    }
    expect(sets['NQ57']!.length).toBeGreaterThanOrEqual(2);
    // "NQ57" names every resolution numbered 57; "57-NQ/TW" and "57/NQ-TW" name the Politburo's one.
    // (…and so does its type's name, with or without marks: "Nghị quyết 57" is searched as "nq 57".)
    for (const spelling of ['NQ57', 'NQ 57', 'Nghị quyết 57', 'nghi quyet 57']) expect(sets[spelling], spelling).toEqual(sets['nq 57']);
    for (const spelling of ['57/NQ-TW', 'Nghị quyết số 57-NQ/TW']) expect(sets[spelling], spelling).toEqual(sets['57-NQ/TW']);
    expect(sets['57-NQ/TW']!.length).toBeGreaterThanOrEqual(2);
    for (const p of sets['57-NQ/TW']!) expect(sets['nq 57'], p).toContain(p);
  });

  it('a directive’s number finds the same documents however it is written (05-CT/TW, 5-CT/TW, 05/CT-TW, CT05)', async () => {
    const sets: Record<string, string[]> = {};
    for (const spelling of ['05-CT/TW', '5-CT/TW', '05/CT-TW', '5/CT-TW', 'CT05', 'ct 05', 'ct 5']) {
      const s = await openSearch(page, served.url, q(spelling));
      sets[spelling] = s.results.map((r) => r.path).sort();
    }
    expect(sets['05-CT/TW']!.length).toBeGreaterThanOrEqual(2);
    for (const spelling of ['5-CT/TW', '05/CT-TW', '5/CT-TW']) expect(sets[spelling], spelling).toEqual(sets['05-CT/TW']);
    // "CT05", "ct 05" and "ct 5" name every directive numbered 5 (more than one page of them).
    for (const spelling of ['CT05', 'ct 5']) expect(sets[spelling], spelling).toEqual(sets['ct 05']);
  });

  it('a cited-only result quotes the sentences citing it, not the page boilerplate, at 1280 and 375 px', async () => {
    const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
    // What each cited-only page's citing documents say of it, as the open data records it.
    const said = new Map<string, string[]>();
    for (const c of openCitations()) if (c.to) said.set(c.to, [...(said.get(c.to) ?? []), flat(c.context)]);
    const cases: Array<[string, RegExp]> = [
      ['nghi quyet 57', /^\/dan-chieu\/nghi-quyet-57-nq-tw/],
      ['05-CT/TW', /^\/dan-chieu\/chi-thi-05-ct-tw/],
      ['đẩy mạnh học tập', /^\/dan-chieu\/chi-thi-05-ct-tw/],
      ['thi đua', /^\/dan-chieu\/luat-thi-dua-khen-thuong/],
    ];
    for (const w of WIDTHS) {
      const p = await browser.newPage({ viewport: { width: w.width, height: w.height } });
      for (const [query, path] of cases) {
        const s = await openSearch(p, served.url, q(query));
        const cited = s.results.find((r) => path.test(r.path))!;
        expect(cited, `${query}: ${s.results.map((r) => r.path).join('\n')}`).toBeTruthy();
        expect(cited.excerpt).not.toMatch(/Chỉ được dẫn chiếu|Văn bản này|Hiệu lực|Chưa rõ hiệu lực|chưa rõ/);
        // The excerpt is made of runs of words from the citing sentences (Pagefind cuts it mid-sentence
        // and may join two): its first five whole words are in one of them.
        const words = flat(cited.excerpt).replace(/^[…\s]+|[…\s]+$/g, '').split(' ');
        const id = cited.path.split('/').filter(Boolean).pop()!;
        expect(words.length, cited.excerpt).toBeGreaterThan(6);
        const run = words.slice(1, 6).join(' ');
        expect((said.get(id) ?? []).some((c) => c.includes(run)), `${query}: "${run}" in ${JSON.stringify(said.get(id))}`).toBe(true);
        if (query === '05-CT/TW') await saveScreenshot(p, 'search', `cited-only-result-${w.name}`);
      }
      await p.close();
    }
  });
});
