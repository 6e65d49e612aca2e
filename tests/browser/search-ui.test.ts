/**
 * The search UI on the built site: the header box (no JS cost until used,
 * combobox keyboard use, works without JS), the search page's keyboard use,
 * filters with counts, sort, shareable URLs, phone layout and accessibility.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDist, type Served } from './harness.ts';
import { openSearch, q, readSearch } from '../fixtures/search/browser.ts';

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

const KH200 = '/van-ban/ke-hoach-200-kh-ubnd-2021-ubnd-tinh-lang-son/';
const NQ57 = '/dan-chieu/nghi-quyet-57-nq-tw-2024-bo-chinh-tri/';

async function freshPage(opts: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext(opts);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  return { page, requests };
}

describe('header search box', () => {
  it('loads no search code until the box is used, then loads it on focus', async () => {
    const { page, requests } = await freshPage();
    await page.goto(`${served.url}${KH200}`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    expect(requests.filter((p) => p.startsWith('/pagefind/') || /\/(search-box|render)\./.test(p))).toEqual([]);
    const loader = requests.filter((p) => p.includes('SearchBox'));
    expect(loader, 'only the small loader runs on page load').toHaveLength(1);
    // The loader is a few lines plus the bundler's preload helper.
    expect(readFileSync(`dist${loader[0]}`).length).toBeLessThan(3 * 1024);
    await page.locator('header input[name="q"]').focus();
    await page.waitForRequest((r) => r.url().endsWith('/pagefind/pagefind.js'));
    await page.context().close();
  });

  it('lists results as you type; arrows choose, Enter opens, Esc closes then clears', async () => {
    const { page } = await freshPage();
    await page.goto(`${served.url}/`);
    const box = page.locator('header input[name="q"]');
    await box.focus();
    await box.pressSequentially('57-NQ/TW', { delay: 20 });
    const options = page.locator('header [role="listbox"] [role="option"]');
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    // Suggestions for a half-typed query may show first; wait for the full query's.
    await expect.poll(() => page.locator('#q-header-opt-0').getAttribute('data-url'), { timeout: 15_000 }).toBe(NQ57);
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    // Announced once every shard has answered (not for the newest shard's first answer).
    await expect.poll(() => page.locator('header [data-live]').textContent()).toMatch(/gợi ý/);
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`#${active}`).getAttribute('data-url')).toBe(NQ57);
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe('57-NQ/TW');
    await box.press('Escape');
    expect(await box.inputValue()).toBe('');
    await box.pressSequentially('nq 57', { delay: 20 });
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await expect.poll(() => page.locator('#q-header-opt-0').getAttribute('data-url')).toBe(NQ57);
    await box.press('ArrowDown');
    await Promise.all([page.waitForURL(`**${NQ57}`), box.press('Enter')]);
    await page.context().close();
  });

  it('Enter without choosing opens the search page with the query in the URL', async () => {
    const { page } = await freshPage();
    await page.goto(`${served.url}${KH200}`);
    const box = page.locator('header input[name="q"]');
    await box.fill('dot pha');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=dot\+pha/), box.press('Enter')]);
    const s = await readSearch(page);
    expect(s.results.length).toBeGreaterThan(0);
    expect(await page.locator('#sp-q').inputValue()).toBe('dot pha');
    await page.context().close();
  });

  it('works without JavaScript: the form submits to /tim-kiem/?q=…', async () => {
    const { page, requests } = await freshPage({ javaScriptEnabled: false });
    await page.goto(`${served.url}${KH200}`);
    await page.locator('header input[name="q"]').fill('chuyển đổi số');
    await Promise.all([page.waitForURL(/\/tim-kiem\//), page.locator('header input[name="q"]').press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('chuyển đổi số');
    expect(await page.locator('noscript').count()).toBeGreaterThan(0);
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.context().close();
  });
});

describe('search page', () => {
  it('keyboard: ↓ from the box to the results, ↑/↓ between them, Esc back to the box', async () => {
    const { page } = await freshPage();
    const s = await openSearch(page, served.url, q('thi đua'));
    expect(s.results.length).toBeGreaterThan(3);
    const input = page.locator('#sp-q');
    await input.focus();
    await input.press('ArrowDown');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
    expect(await focused()).toBe(s.results[0]!.href);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(s.results[1]!.href);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(s.results[0]!.href);
    await page.keyboard.press('End');
    expect(await focused()).toBe(s.results[s.results.length - 1]!.href);
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('sp-q');
    await page.context().close();
  });

  it('announces the result count in a polite live region', async () => {
    const { page } = await freshPage();
    await openSearch(page, served.url, q('thi đua'));
    const status = page.locator('[data-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/Tìm thấy \d+ văn bản cho “thi đua”/);
    await page.context().close();
  });

  it('filters by type with counts per value, and the filter goes into the URL', async () => {
    const { page } = await freshPage();
    const all = await openSearch(page, served.url, q('thi đua'));
    const label = page.locator('fieldset.sp-facet', { hasText: 'Loại văn bản' }).locator('label', { hasText: /^Kế hoạch/ });
    const count = Number(/\((\d+)\)/.exec((await label.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(all.results.length + 100);
    await label.click();
    await page.waitForURL(/loai=K%E1%BA%BF\+ho%E1%BA%A1ch/);
    const filtered = await readSearch(page);
    await expect.poll(async () => (await readSearch(page)).results.length).toBe(Math.min(count, 10));
    expect(filtered.status).toContain(`Tìm thấy ${count} văn bản`);
    for (const r of (await readSearch(page)).results) expect(r.facts.startsWith('Kế hoạch')).toBe(true);
    for (const key of ['Loại văn bản', 'Cơ quan ban hành', 'Năm', 'Trạng thái']) {
      expect(await page.locator('fieldset.sp-facet legend', { hasText: key }).count()).toBe(1);
    }
    await page.context().close();
  });

  it('filters "chỉ được dẫn chiếu" and by year from a shared link, sorted newest first', async () => {
    const { page } = await freshPage();
    const s = await openSearch(
      page,
      served.url,
      `${q('thi đua')}&trang-thai=${encodeURIComponent('Chỉ được dẫn chiếu')}&sap-xep=ngay`,
    );
    expect(s.results.length).toBeGreaterThan(2);
    for (const r of s.results) expect(r.badges).toContain('Chỉ được dẫn chiếu');
    expect(await page.locator('input[name="sap-xep"][value="ngay"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="trang-thai"][value="Chỉ được dẫn chiếu"]').isChecked()).toBe(true);
    const dates = s.results.map((r) => /(\d{2})\/(\d{2})\/(\d{4})/.exec(r.facts)).map((m) => (m ? `${m[3]}-${m[2]}-${m[1]}` : null));
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.indexOf(null) === -1 || dates.slice(dates.indexOf(null)).every((d) => d === null)).toBe(true);

    const y = await openSearch(page, served.url, `${q('thi đua')}&nam=2021`);
    expect(y.results.length).toBeGreaterThan(0);
    for (const r of y.results) expect(r.facts).toMatch(/\/2021/);
    await page.context().close();
  });

  it('the issuer filter names each body once, as /co-quan/ groups it, and a name with “Đ” filters', async () => {
    const { page } = await freshPage();
    await openSearch(page, served.url, q('Lạng Sơn'));
    const labels = (await page.locator('fieldset.sp-facet', { hasText: 'Cơ quan ban hành' }).locator('label').allTextContents()).map((t) => t.replace(/\s*\(\d+\)\s*$/, '').trim());
    // (The texts name it "Ủy ban nhân dân tỉnh", "UBND tỉnh" and "Chủ tịch UBND tỉnh".)
    expect(labels.filter((l) => /Lạng Sơn/.test(l) && /^(?:Ủy ban nhân dân|UBND|Chủ tịch)/.test(l))).toEqual(['Ủy ban nhân dân tỉnh Lạng Sơn']);
    const withD = labels.find((l) => /Đ|đ/.test(l));
    expect(withD, labels.join(' | ')).toBeDefined();
    const s = await openSearch(page, served.url, `?co-quan=${encodeURIComponent(withD!)}`);
    expect(s.results.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('lists everything for a filter alone (no words)', async () => {
    const { page } = await freshPage();
    const s = await openSearch(page, served.url, `?loai=${encodeURIComponent('Công văn')}`);
    expect(s.results.map((r) => r.path)).toContain('/van-ban/cong-van-1419-vks-vp-2021-vksnd-tinh-lang-son/');
    await page.context().close();
  });

  it('shows a hostile query as text, never as markup', async () => {
    const { page } = await freshPage();
    const hostile = '<img src=x onerror="window.__pwned=1">"><script>window.__pwned=2</script>';
    const s = await openSearch(page, served.url, `${q(hostile)}&loai=${encodeURIComponent('<b>x</b>')}`);
    expect(s.status).toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('[data-search-page] img, [data-search-page] script:not([src])').count()).toBe(0);
    expect(await page.locator('#sp-q').inputValue()).toBe(hostile);
    await page.context().close();
  });

  it('fits a phone screen with the filters folded away', async () => {
    const { page } = await freshPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const s = await openSearch(page, served.url, q('chuyen doi so'));
    expect(s.results.length).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('details.sp-side').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('.sr-item').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('has no serious accessibility violations (axe-core) with results and filters shown', async () => {
    // CSP bypassed only so the test can inject axe-core.
    const { page } = await freshPage({ bypassCSP: true });
    await openSearch(page, served.url, q('chuyển đổi số'));
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    await page.addScriptTag({ content: readFileSync(axePath, 'utf8') });
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const r = await window.axe.run('[data-search-page]', { resultTypes: ['violations'] });
      return (r.violations as Array<{ id: string; impact: string; nodes: unknown[] }>)
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
