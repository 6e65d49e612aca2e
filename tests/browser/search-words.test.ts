/**
 * Search speaks the reader's words: the summary names the number as the
 * document writes it (05-CT/TW, not the search key 5/CT-TW or the typed
 * "nghi quyet 57"), and a cited-only result's excerpt is about the document,
 * not the page's boilerplate ("Chỉ được dẫn chiếu. Văn bản này…").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, serveDist, WIDTHS, type Served } from './harness.ts';
import { openSearch, q } from '../fixtures/search/browser.ts';

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
    for (const spelling of ['NQ57', 'nq 57', 'NQ 57', '57-NQ/TW', '57/NQ-TW']) {
      const s = await openSearch(page, served.url, q(spelling));
      sets[spelling] = s.results.map((r) => r.path).sort();
    }
    expect(sets['NQ57']!.length).toBeGreaterThanOrEqual(2);
    // "NQ57" names every resolution numbered 57; "57-NQ/TW" and "57/NQ-TW" name the Politburo's one.
    for (const spelling of ['NQ57', 'NQ 57']) expect(sets[spelling], spelling).toEqual(sets['nq 57']);
    expect(sets['57/NQ-TW'], '57/NQ-TW').toEqual(sets['57-NQ/TW']);
    expect(sets['57-NQ/TW']!.length).toBeGreaterThanOrEqual(2);
    for (const p of sets['57-NQ/TW']!) expect(sets['nq 57'], p).toContain(p);
  });

  it('a cited-only result shows what is known of it, not the page boilerplate, at 1280 and 375 px', async () => {
    for (const w of WIDTHS) {
      const p = await browser.newPage({ viewport: { width: w.width, height: w.height } });
      const s = await openSearch(p, served.url, q('nghi quyet 57'));
      const cited = s.results.find((r) => r.path.startsWith('/dan-chieu/'))!;
      expect(cited, s.results.map((r) => r.path).join('\n')).toBeTruthy();
      expect(cited.excerpt).not.toContain('Chỉ được dẫn chiếu');
      expect(cited.excerpt).not.toContain('Văn bản này');
      expect(cited.excerpt).toMatch(/57-NQ\/TW|đột phá/);
      await saveScreenshot(p, 'search', `cited-only-result-${w.name}`);
      await p.close();
    }
  });
});
