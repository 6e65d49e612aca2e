/**
 * Finish of the reader-facing pages, at 1280 and 375 px: a space on both sides
 * of every link in running text, no internal type name ("Công văn/Văn bản") or
 * jargon ("bộ sưu tập") in what a reader sees, graphs that fit a phone's
 * width, styled browse tables, and no console error (the favicon included).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, saveScreenshot, serveDist, WIDTHS, type Served } from './harness.ts';
import { langSonPlan, nq57, pathOf, phongDoanh } from '../reading/open-data.ts';

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

const pages = () => [
  { name: 'home', path: '/' },
  { name: 'search', path: '/tim-kiem/' },
  { name: 'types', path: '/loai/' },
  { name: 'issuers', path: '/co-quan/' },
  { name: 'years', path: '/nam/' },
  { name: 'graph', path: '/do-thi/' },
  { name: 'about', path: '/gioi-thieu/' },
  { name: 'open-data', path: '/du-lieu/' },
  { name: 'ended', path: '/bi-thay-the/' },
  { name: 'document', path: pathOf(langSonPlan().url) },
  { name: 'document-22', path: pathOf(phongDoanh().url) },
  { name: 'cited-only', path: pathOf(nq57().url) },
  { name: 'cited-only-letter', path: '/dan-chieu/cong-van-van-ban-22-ubnd-vp7-2025-ubnd-tinh-ninh-binh/' },
];

/** Links glued to the words beside them ("Dữ liệu mở:documents.json", "theoloại văn bản"). */
function gluedLinks(): string[] {
  const out: string[] = [];
  // Only text beside a link is running text; an element beside it (a header block) is layout.
  const textBefore = (n: Node | null): string => (n && n.nodeType === Node.TEXT_NODE ? (n.textContent ?? '') : '');
  for (const a of document.querySelectorAll('a')) {
    if (a.closest('svg') || a.classList.contains('anchor-link') || a.closest('.breadcrumbs, .site-nav, .toc, .browse-nav ul')) continue;
    const before = textBefore(a.previousSibling);
    const after = textBefore(a.nextSibling);
    const glued = /[\p{L}\p{N}:]$/u.test(before) || /^[\p{L}\p{N}]/u.test(after);
    if (glued) out.push(`${before.slice(-20)}[${a.textContent}]${after.slice(0, 20)}`);
  }
  return out;
}

describe('finish', () => {
  it('every page: spaces beside links, no internal type names or jargon, no console error, no sideways scroll', async () => {
    for (const w of WIDTHS) {
      const context = await browser.newContext({ viewport: { width: w.width, height: w.height }, hasTouch: w.width < 500, isMobile: w.width < 500 });
      for (const p of pages()) {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
        page.on('response', (r) => {
          if (r.status() >= 400) errors.push(`${r.status()}: ${r.url()}`);
        });
        const res = await page.goto(served.url + p.path, { waitUntil: 'networkidle' });
        expect(res?.status(), p.path).toBe(200);
        expect(await page.evaluate(gluedLinks), `${p.name}: links glued to words`).toEqual([]);
        // The status badge of the document header (the search filter value) belongs to the document-status component.
        const text = await page.evaluate(() => {
          const copy = document.body.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.doc-header .status').forEach((e) => e.remove());
          document.body.append(copy);
          copy.style.position = 'absolute';
          const t = copy.innerText;
          copy.remove();
          return t;
        });
        expect(text, p.name).not.toContain('Công văn/Văn bản');
        expect(text, p.name).not.toMatch(/bộ sưu tập/i);
        expect(errors, `${p.name} at ${w.width}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${p.name} at ${w.width}`).toBeLessThanOrEqual(w.width);
        if (['home', 'document', 'graph', 'types'].includes(p.name)) await saveScreenshot(page, 'finish', `${p.name}-${w.name}`);
        await page.close();
      }
      await context.close();
    }
    // Every page kind at two widths, each until the network is idle: measured 42 s on CI's machine.
  }, 300_000);

  it('graphs fit a 375 px phone: no picture wider than its frame', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    for (const path of [pathOf(langSonPlan().url), pathOf(phongDoanh().url), '/do-thi/']) {
      await page.goto(served.url + path);
      const frames = await page.$$eval('.chain-scroll', (fs) => fs.map((f) => ({ scroll: f.scrollWidth, client: f.clientWidth })));
      expect(frames.length, path).toBeGreaterThan(0);
      for (const f of frames) expect(f.scroll, path).toBeLessThanOrEqual(f.client + 1);
    }
    await context.close();
  });

  it('on a phone, a picture wider than the screen is fitted to it, and “Phóng to sơ đồ” shows it at full size, to scroll, and back', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const path = pathOf(langSonPlan().url);
    await page.goto(served.url + path);
    const figure = page.locator('.chain-figure:has(.chain-stack[data-wide])').first();
    expect(await figure.count(), `${path}: a picture wider than a phone`).toBe(1);
    const svg = figure.locator('svg.chain-svg');
    const intrinsic = Number(await svg.getAttribute('width'));
    const frame = figure.locator('.chain-scroll');
    const sizes = async () => ({
      drawn: await svg.evaluate((e) => e.getBoundingClientRect().width),
      scroll: await frame.evaluate((e) => e.scrollWidth),
      client: await frame.evaluate((e) => e.clientWidth),
      page: await page.evaluate(() => document.documentElement.scrollWidth),
    });
    // Fitted: the 13-unit labels drawn smaller than 13 px, nothing to scroll.
    const fitted = await sizes();
    expect(fitted.drawn).toBeLessThan(intrinsic);
    expect(fitted.scroll).toBeLessThanOrEqual(fitted.client + 1);
    const label = figure.locator('label.chain-zoom-label');
    expect(await label.isVisible()).toBe(true);
    expect((await label.innerText()).trim()).toBe('Phóng to sơ đồ');
    await label.click();
    // Full size: the labels at 13 px, the picture scrolled sideways in its frame, the page itself no wider.
    const zoomed = await sizes();
    expect(Math.round(zoomed.drawn)).toBe(intrinsic);
    expect(zoomed.scroll).toBeGreaterThan(zoomed.client);
    expect(zoomed.page).toBeLessThanOrEqual(375);
    expect((await label.innerText()).trim()).toBe('Thu sơ đồ vừa màn hình');
    await saveScreenshot(page, 'finish', 'chain-zoomed-375');
    // …and back, from the keyboard too: the checkbox is focusable and Space toggles it.
    await figure.locator('input.chain-zoom').focus();
    await page.keyboard.press('Space');
    expect(Math.round((await sizes()).drawn)).toBe(Math.round(fitted.drawn));
    await context.close();
    // On a wide screen nothing is shrunk, and there is no switch.
    const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await wide.goto(served.url + path);
    expect(await wide.locator('label.chain-zoom-label').first().isVisible()).toBe(false);
    await wide.close();
  });

  it('browse tables are ruled, with counts right-aligned', async () => {
    const page = await browser.newPage();
    for (const path of ['/loai/', '/co-quan/', '/nam/', '/']) {
      await page.goto(served.url + path);
      const style = await page.locator('.browse-table').first().evaluate((t) => {
        const th = t.querySelector('thead th')!;
        const td = t.querySelector('tbody td:last-child')!;
        return { rule: getComputedStyle(th).borderBottomStyle, align: getComputedStyle(td).textAlign, collapse: getComputedStyle(t).borderCollapse };
      });
      expect(style, path).toEqual({ rule: 'solid', align: 'right', collapse: 'collapse' });
    }
    await page.close();
  });
});
