/**
 * Reading a document: the contents list is complete (every numbered section)
 * and at hand (a sticky column at 1280 px, one button at 375 px), the
 * attributes sit above the text, relations are grouped by kind with each
 * sentence once and the citing section named and linked, quotes are never cut
 * inside a word, and numbered paragraphs carry no "#" on touch screens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, serveDist, WIDTHS, type Served } from './harness.ts';
import { findDocument, langSonPlan, pathOf } from '../reading/open-data.ts';

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

const tanBinh = () => findDocument((d) => d.held && d.number === '218' && d.symbol === 'KH-UBND', 'Kế hoạch 218/KH-UBND');
const ct05 = () => findDocument((d) => !d.held && d.number === '05' && d.symbol === 'CT/TW', 'Chỉ thị 05-CT/TW (cited only)');

async function open(path: string, width: number, height = 900, touch = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  await page.goto(served.url + path);
  return page;
}

describe('contents list', () => {
  it('lists every numbered section: II.2 of Kế hoạch 200 has 2.1–2.6, II.1 of Kế hoạch 218 has 1.1', async () => {
    const page = await open(pathOf(langSonPlan().url), 1280);
    const hrefs = await page.$$eval('.toc nav a', (as) => as.map((a) => a.getAttribute('href')));
    for (const n of [1, 2, 3, 4, 5, 6]) expect(hrefs, `2.${n}`).toContain(`#ii-2-${n}`);
    // Every anchored section of the body that is a heading or a numbered section is in the list.
    for (const h of hrefs) expect(await page.locator(`[id="${h!.slice(1)}"]`).count(), h!).toBe(1);
    await page.goto(served.url + pathOf(tanBinh().url));
    const tb = await page.$$eval('.toc nav a', (as) => as.map((a) => a.getAttribute('href')));
    expect(tb.indexOf('#ii-1-1')).toBe(tb.indexOf('#ii-1') + 1);
    expect(tb).toContain('#ii-1-2');
    await page.context().close();
  });

  it('at 1280 px sits beside the text and stays in view while reading', async () => {
    const page = await open(pathOf(langSonPlan().url), 1280);
    const toc = page.locator('.toc');
    const body = page.locator('.doc-body');
    const t = (await toc.boundingBox())!;
    const b = (await body.boundingBox())!;
    expect(t.x + t.width).toBeLessThanOrEqual(b.x);
    expect(await page.locator('.toc nav a[href="#ii-2-5"]').isVisible()).toBe(true);
    // Read down to section III: the contents are still on screen.
    await page.locator('[id="iii"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 400));
    const after = (await toc.boundingBox())!;
    expect(after.y).toBeGreaterThanOrEqual(0);
    expect(after.y).toBeLessThan(50);
    await page.locator('.toc nav a[href="#ii-2-5"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#ii-2-5');
    await saveScreenshot(page, 'reading', 'document-desktop');
    await page.context().close();
  });

  it('at 375 px is one button above the text, opens on a tap and lands on the section', async () => {
    const page = await open(pathOf(langSonPlan().url), 375, 740, true);
    const toc = page.locator('details.toc');
    expect(await toc.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect((await toc.boundingBox())!.height).toBeLessThan(70);
    expect(await page.locator('.toc nav a[href="#ii-2-5"]').isVisible()).toBe(false);
    await saveScreenshot(page, 'reading', 'document-phone-closed');
    await page.locator('.toc summary').tap();
    expect(await page.locator('.toc nav a[href="#ii-2-5"]').isVisible()).toBe(true);
    await saveScreenshot(page, 'reading', 'document-phone-open');
    await page.locator('.toc nav a[href="#ii-2-5"]').tap();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#ii-2-5');
    // The section is not hidden under the sticky contents button.
    const target = (await page.locator('[id="ii-2-5"]').boundingBox())!;
    const button = (await page.locator('.toc summary').boundingBox())!;
    expect(target.y).toBeGreaterThanOrEqual(button.y + button.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.context().close();
  });
});

describe('attributes', () => {
  it('the top block gives type, number, issuer, date, signer, a status slot and the original file', async () => {
    for (const w of WIDTHS) {
      const page = await open(pathOf(langSonPlan().url), w.width, w.height);
      const facts = await page.$$eval('.doc-facts > div', (ds) => Object.fromEntries(ds.map((d) => [d.querySelector('dt')!.textContent!.trim(), d.querySelector('dd')!.textContent!.trim()])));
      expect(facts).toMatchObject({
        'Loại văn bản': 'Kế hoạch',
        'Số hiệu': '200/KH-UBND',
        'Cơ quan ban hành': 'Ủy ban nhân dân tỉnh Lạng Sơn',
        'Ngày ban hành': '09/10/2021',
        'Người ký': 'CHỦ TỊCH Hồ Tiến Thiệu',
      });
      expect(Object.keys(facts)).toContain('Trạng thái');
      expect(await page.locator('.doc-facts .doc-facts-status').count()).toBe(1);
      // Above the text, not at its end.
      const factsBox = (await page.locator('.doc-facts').boundingBox())!;
      const bodyBox = (await page.locator('.doc-body').boundingBox())!;
      expect(factsBox.y).toBeLessThan(bodyBox.y);
      const original = page.locator('.doc-facts a[href^="/ban-goc/"]');
      const res = await page.request.get(served.url + (await original.getAttribute('href'))!);
      expect(res.status()).toBe(200);
      expect(await res.text()).toContain('200/KH-UBND');
      const issuerHref = await page.locator('.doc-facts a[href^="/co-quan/"]').getAttribute('href');
      expect((await page.request.get(served.url + issuerHref!)).status()).toBe(200);
      await page.context().close();
    }
  });
});

describe('relations', () => {
  it('are grouped by kind, in the national database order, with each sentence quoted once on the page', async () => {
    const page = await open(pathOf(langSonPlan().url), 1280);
    for (const panel of ['#dan-chieu-di', '#duoc-dan-chieu']) {
      const kinds = await page.$$eval(`${panel} h3[data-relation]`, (hs) => hs.map((h) => h.getAttribute('data-relation')));
      const order = ['basis', 'implements', 'guides', 'amends', 'replaces', 'cites'];
      expect(kinds.map((k) => order.indexOf(k!))).toEqual([...kinds.map((k) => order.indexOf(k!))].sort((a, b) => a - b));
      const quotes = await page.$$eval(`${panel} .contexts q`, (qs) => qs.map((q) => q.textContent));
      expect(new Set(quotes).size, `${panel} quotes each sentence once`).toBe(quotes.length);
    }
    expect(await page.locator('#dan-chieu-di h3[data-relation]').count()).toBeGreaterThan(0);
    // …and once on the page: the implementation chain's list does not quote again what the panels quote.
    const squash = (t: string | null) => (t ?? '').replace(/[\s…"“”]+/g, ' ').trim();
    const panelQuotes = new Set((await page.$$eval('#dan-chieu-di .contexts q, #duoc-dan-chieu .contexts q', (qs) => qs.map((q) => q.textContent))).map(squash));
    const chainQuotes = (await page.$$eval('section.chain blockquote p', (ps) => ps.map((p) => p.textContent))).map(squash);
    expect(chainQuotes.filter((q) => panelQuotes.has(q))).toEqual([]);
    expect(await page.locator('section.chain .chain-evidence-at a[href="#dan-chieu-di"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('name and link the section of the citing document: "Mục II.2.1 của Kế hoạch 200/KH-UBND"', async () => {
    const page = await open(pathOf(ct05().url), 1280);
    const plan = pathOf(langSonPlan().url);
    const link = page.locator(`.citing-sections a[href="${plan}#ii-2-1"]`);
    expect(await link.innerText()).toBe('Mục II.2.1 của Kế hoạch 200/KH-UBND');
    await Promise.all([page.waitForURL(`**${plan}#ii-2-1`), link.click()]);
    expect(await page.locator('[id="ii-2-1"]').innerText()).toContain('Chỉ thị số 05-CT/TW');
    // On the plan's own page, every section link of its panels lands on an element of the page it names.
    await page.goto(served.url + plan);
    const own = await page.$$eval('#dan-chieu-di .citing-sections a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(own.length).toBeGreaterThan(0);
    for (const href of own) {
      expect(href.startsWith('#')).toBe(true);
      expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
    }
    await saveScreenshot(page, 'reading', 'cited-only-sections');
    await page.context().close();
  });

  it('quote a long sentence cut at a word with an ellipsis, never "…mỗi n"', async () => {
    const page = await open(pathOf(langSonPlan().url), 1280);
    const quotes = await page.$$eval('#dan-chieu-di .contexts q', (qs) => qs.map((q) => q.textContent ?? ''));
    const ct34 = quotes.find((q) => q.includes('34-CT/TW'))!;
    expect(ct34).toBeTruthy();
    expect(ct34).not.toMatch(/mỗi n$/);
    expect(ct34.endsWith('…')).toBe(true);
    for (const q of quotes.filter((x) => x.endsWith('…'))) expect(q, q).toMatch(/[\p{L}\p{N}.,;:)”"]…$/u);
    await page.context().close();
  });

  it('cut every quote of a document’s own sentences where a word ends, on the plans’ pages', async () => {
    let checked = 0;
    for (const doc of [langSonPlan(), tanBinh()]) {
      const page = await open(pathOf(doc.url), 1280);
      const body = (await page.locator('article .doc-body').innerText()).replace(/\s+/g, ' ');
      const quotes = await page.$$eval('#dan-chieu-di .contexts q', (qs) => qs.map((q) => (q.textContent ?? '').replace(/\s+/g, ' ')));
      const cut = quotes.filter((q) => q.endsWith('…'));
      expect(quotes.length).toBeGreaterThan(0);
      const midWord: string[] = [];
      for (const q of cut) {
        // The last words before the ellipsis, found in the document's text: what follows them there starts a new word.
        const tail = q.slice(0, -1).replace(/^…\s*/, '').trim().slice(-40);
        const at = body.indexOf(tail);
        if (at < 0) continue;
        checked++;
        const next = body[at + tail.length] ?? ' ';
        if (/[\p{L}\p{N}]/u.test(next)) midWord.push(`${q.slice(-50)} (text goes on “${body.slice(at + tail.length, at + tail.length + 10)}”)`);
      }
      expect(midWord, `${doc.id}: quotes cut inside a word`).toEqual([]);
      await page.context().close();
    }
    // Kế hoạch 200's sentence on Chỉ thị 34-CT/TW is cut, at least: the check is not empty.
    expect(checked).toBeGreaterThan(0);
  });
});

describe('touch screens', () => {
  it('show no "#" after numbered paragraphs, only beside headings and the section arrived at', async () => {
    const page = await open(pathOf(langSonPlan().url), 375, 740, true);
    const visible = await page.$$eval('p.anchored > .anchor-link', (as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).length);
    expect(await page.locator('p.anchored').count()).toBeGreaterThan(3);
    expect(visible).toBe(0);
    await page.goto(served.url + pathOf(langSonPlan().url) + '#ii-2-1');
    expect(await page.locator('[id="ii-2-1"] > .anchor-link').isVisible()).toBe(true);
    await page.context().close();
  });
});
