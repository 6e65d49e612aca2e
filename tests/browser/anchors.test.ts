/** Section anchors in the browser: arrival highlights the section, print keeps the facts and the address. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveDist, type Served } from './harness.ts';
import { CORPUS, corpusDoc, readJson, type OpenDocument } from './site-helpers.ts';

let served: Served;
let browser: Browser;
let plan: OpenDocument;

beforeAll(async () => {
  served = await serveDist();
  browser = await launchBrowser();
  plan = corpusDoc(readJson<OpenDocument[]>('data/documents.json'), CORPUS[1]!);
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const highlighted = (page: import('playwright-core').Page, id: string) =>
  page.locator(`[id="${id}"]`).evaluate((el) => el.classList.contains('section-highlight'));

describe('arriving at a section', () => {
  it('highlights the section, its content and sub-sections, and nothing after it', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}${plan.url}#ii-2`);
    expect(await highlighted(page, 'ii-2')).toBe(true);
    expect(await highlighted(page, 'ii-2-1')).toBe(true);
    expect(await highlighted(page, 'ii-3')).toBe(false);
    expect(await highlighted(page, 'i')).toBe(false);
    const bg = await page.locator('[id="ii-2"]').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('moves the highlight when the reader follows another anchor', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}${plan.url}#ii-2`);
    await page.locator('.toc a[href="#iii"]').click();
    await expect.poll(() => highlighted(page, 'iii')).toBe(true);
    expect(await highlighted(page, 'ii-2')).toBe(false);
    await page.close();
  });
});

describe('printing', () => {
  it('hides navigation and panels but keeps the header facts and the page address', async () => {
    const page = await browser.newPage();
    await page.goto(served.url + plan.url);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header', '.breadcrumbs', '.toc', '#dan-chieu-di', '#duoc-dan-chieu']) {
      expect(await page.locator(sel).isVisible(), sel).toBe(false);
    }
    expect(await page.locator('.doc-header .issuer').isVisible()).toBe(true);
    expect(await page.locator('.doc-header h1').isVisible()).toBe(true);
    expect(await page.locator('.print-url').innerText()).toContain(plan.url);
    await page.close();
  });

  it('"In mục này" prints one section with the header facts', async () => {
    const page = await browser.newPage();
    await page.goto(served.url + plan.url);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.locator('[id="ii-2"]').hover();
    await page.locator('[id="ii-2"] .print-section').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[id="ii-2"]').isVisible()).toBe(true);
    expect(await page.locator('[id="ii-2-1"]').isVisible()).toBe(true);
    expect(await page.locator('[id="iii"]').isVisible()).toBe(false);
    expect(await page.locator('[id="i"]').isVisible()).toBe(false);
    expect(await page.locator('.doc-header h1').isVisible()).toBe(true);
    await page.close();
  });
});
