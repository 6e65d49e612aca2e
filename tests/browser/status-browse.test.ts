/**
 * Status on browse pages and at amended articles, in the built site, in
 * Chromium. The two real laws of tests/fixtures/status-site are imported and
 * built here: Luật 71/2014/QH13 (Điều 3) amends Điều 5 and Điều 8 of Luật thuế
 * giá trị gia tăng 13/2008/QH12, which replaces the 1997 law.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveDist, type Served } from './harness.ts';

const FIXTURES = new URL('../fixtures/status-site/', import.meta.url).pathname;
const VAT = 'luat-13-qh12-2008-quoc-hoi';
const AMENDING = 'luat-71-qh13-2014-quoc-hoi';

let tmp: string;
let site: Served;
let browser: Browser;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'can-cu-status-browse-'));
  const sources = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => join(FIXTURES, f));
  const run = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('npm', ['run', '--silent', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  run(['import', '--', '--quiet', '--out', join(tmp, 'docs'), '--overrides', join(FIXTURES, 'overrides'), '--sources', FIXTURES, ...sources]);
  run(['build'], { CAN_CU_CONTENT_DIR: join(tmp, 'docs'), CAN_CU_DIST: join(tmp, 'dist') });
  site = await serveDist(join(tmp, 'dist'));
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Ids of the rows a reader sees, per section heading. */
async function visibleRows(page: Page): Promise<Record<string, string[]>> {
  return page.$$eval('main .browse-section', (sections) =>
    Object.fromEntries(
      sections
        .filter((s) => (s as HTMLElement).offsetParent !== null)
        .map((s) => [s.querySelector('h2')!.textContent!, [...s.querySelectorAll<HTMLElement>('.doc-list > li')].filter((li) => li.offsetParent !== null).map((li) => li.dataset.id!)]),
    ),
  );
}

describe('status filter on browse pages', () => {
  it('filters the rows of a type page by status without JavaScript, and each row says its status', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    expect((await page.goto(`${site.url}/loai/luat/`))?.status()).toBe(200);
    const filter = page.locator('fieldset.status-filter');
    expect(await filter.locator('legend').innerText()).toBe('Lọc theo hiệu lực');
    const labels = await filter.locator('label').allInnerTexts();
    expect(labels[0]).toMatch(/^Tất cả \(\d+\)$/);
    expect(labels).toContain('Bị thay thế hoặc hết hiệu lực (2)');
    // Counts add up to the whole.
    const total = Number(/\((\d+)\)/.exec(labels[0]!)![1]);
    expect(labels.slice(1).reduce((n, l) => n + Number(/\((\d+)\)$/.exec(l)![1]), 0)).toBe(total);

    const all = await visibleRows(page);
    expect(Object.values(all).flat()).toHaveLength(total);
    const vatRow = page.locator(`li[data-id="${VAT}"]`);
    expect(await vatRow.locator('.doc-list-status').innerText()).toBe('Được sửa đổi, bổ sung hoặc hết hiệu lực một phần');

    await filter.locator('label', { hasText: 'Bị thay thế hoặc hết hiệu lực' }).click();
    const replaced = await visibleRows(page);
    // Only the two laws the 2008 VAT law replaces ("a) Luật thuế giá trị gia tăng năm 1997; b) Luật sửa đổi, bổ sung một số
    // Điều của Luật thuế giá trị gia tăng số 07/2003/QH11"), both cited-only: the section of held laws has no row left and is hidden.
    expect(Object.keys(replaced)).toEqual([expect.stringMatching(/^Chỉ được dẫn chiếu/)]);
    expect(Object.values(replaced).flat()).toHaveLength(2);
    const old = page.locator('.browse-section .doc-list > li', { hasText: 'Bị thay thế hoặc hết hiệu lực' });
    expect(await old.count()).toBe(2);
    for (const row of await old.all()) {
      expect(await row.getAttribute('data-status')).toBe('replaced-or-repealed');
      expect(await row.locator('.doc-list-status').getAttribute('title')).toBe('Bị thay thế bởi Luật số 13/2008/QH12 ngày 03/06/2008 của Quốc hội từ 01/01/2009');
    }

    await filter.locator('label', { hasText: 'Được sửa đổi' }).click();
    const amended = await visibleRows(page);
    expect(amended[Object.keys(amended).find((k) => k.startsWith('Có toàn văn'))!]).toEqual([VAT]);

    await filter.locator('label', { hasText: 'Tất cả' }).click();
    expect(await visibleRows(page)).toEqual(all);
    await context.close();
  });

  it('a page whose documents share one status offers no filter', async () => {
    const page = await browser.newPage();
    const years = await (async () => {
      await page.goto(`${site.url}/nam/`);
      return page.$$eval('main a[href^="/nam/"]', (as) => as.map((a) => a.getAttribute('href')!));
    })();
    let without = 0;
    for (const y of years) {
      await page.goto(site.url + y);
      const statuses = new Set(await page.$$eval('.doc-list > li', (lis) => lis.map((li) => (li as HTMLElement).dataset.status)));
      expect(await page.locator('fieldset.status-filter').count(), y).toBe(statuses.size > 1 ? 1 : 0);
      if (statuses.size <= 1) without++;
    }
    expect(without).toBeGreaterThan(0);
    await page.close();
  });
});

describe('notes at amended articles', () => {
  it('shows, right after the heading of Điều 8, the items of Luật 71/2014 that change it, with the new wording beside the old', async () => {
    const page = await browser.newPage();
    expect((await page.goto(`${site.url}/van-ban/${VAT}/`))?.status()).toBe(200);
    // The note follows the article's heading directly.
    expect(await page.$eval('#dieu-8', (h) => h.nextElementSibling?.getAttribute('data-amended'))).toBe('dieu-8');
    const note = page.locator('aside.amend-note[data-amended="dieu-8"]');
    expect(await note.locator('.amend-note-title').innerText()).toBe('Thay đổi tại Điều 8');
    const amend = note.locator('.amend-item-amends');
    expect(await amend.locator('.amend-item-head').innerText()).toBe('Sửa đổi, bổ sung Điều 8 Khoản 2 Điểm b theo Luật số 71/2014/QH13 ngày 26/11/2014 của Quốc hội, Điều 3 (từ 01/01/2015)');
    expect(await amend.locator('.amend-instruction').innerText()).toBe('2. Sửa đổi điểm b khoản 2 Điều 8 như sau:');
    expect(await amend.locator('.amend-old p:not(.amend-col-title)').innerText()).toBe('b) Phân bón; quặng để sản xuất phân bón; thuốc phòng trừ sâu bệnh và chất kích thích tăng trưởng vật nuôi, cây trồng;');
    expect(await amend.locator('.amend-new p:not(.amend-col-title)').innerText()).toBe('b) Quặng để sản xuất phân bón; thuốc phòng trừ sâu bệnh và chất kích thích tăng trưởng vật nuôi, cây trồng;');
    // Side by side on a wide screen.
    const [oldBox, newBox] = [await amend.locator('.amend-old').boundingBox(), await amend.locator('.amend-new').boundingBox()];
    expect(newBox!.x).toBeGreaterThan(oldBox!.x + oldBox!.width - 1);
    const repeal = note.locator('.amend-item-repeals');
    expect(await repeal.locator('.amend-item-head a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['#dieu-8-2-c', '#dieu-8-2-k']);
    for (const id of ['dieu-8-2-b', 'dieu-8-2-c', 'dieu-8-2-k']) expect(await page.locator(`#${id}`).count()).toBe(1);
    // A supplement says what it adds and where.
    expect(await page.locator('aside.amend-note[data-amended="dieu-5"] .amend-item-head').innerText()).toMatch(/^Bổ sung khoản 3a vào sau Điều 5 Khoản 3 theo Luật số 71\/2014\/QH13/);
    // The status at the top points to the notes, once per amending document.
    const pointers = page.locator('.doc-status .doc-status-notes');
    expect(await pointers.count()).toBe(1);
    expect((await pointers.innerText()).trim()).toBe('— xem ghi chú tại Điều 5, Điều 8');
    expect(await pointers.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['#dieu-5', '#dieu-8']);
    // The link leads to the item in the amending law.
    await amend.locator('a.amend-by').click();
    await page.waitForURL(`**/van-ban/${AMENDING}/#dieu-3-2`);
    expect(await page.locator('#dieu-3-2').innerText()).toContain('Sửa đổi điểm b khoản 2 Điều 8 như sau');
    // The amending law itself is amended by nothing here: it has no note.
    expect(await page.locator('aside.amend-note').count()).toBe(0);
    await page.close();
  });
});

describe('documents replaced or repealed: a page and its feeds', () => {
  it('lists every document the open data says is replaced or repealed, with the ending text and its sentence, without JavaScript', async () => {
    const open = JSON.parse(readFileSync(join(tmp, 'dist', 'data', 'documents.json'), 'utf8')) as Array<{ id: string; held: boolean; status: string }>;
    const ended = open.filter((d) => d.status === 'replaced-or-repealed').map((d) => d.id).sort();
    // Luật 13/2008/QH12 replaces the 1997 law, which the collection holds only as cited.
    expect(ended.length).toBeGreaterThan(0);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    expect((await page.goto(`${site.url}/bi-thay-the/`))?.status()).toBe(200);
    const rows = page.locator('ol.ended-list > li');
    expect((await rows.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id!))).sort()).toEqual(ended);
    const row = rows.filter({ hasText: 'Luật' }).first();
    expect(await row.locator('.ended-by').innerText()).toMatch(/^(Thay thế|Bãi bỏ) bởi Luật số /);
    expect((await row.locator('q').innerText()).length).toBeGreaterThan(20);
    // The row leads to the ended document's page, and the ending document's.
    const links = await row.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.some((h) => h === `/van-ban/${VAT}/`)).toBe(true);
    for (const h of links) expect((await page.request.get(`${site.url}${h}`)).status()).toBe(200);
    // The feeds carry the same documents, and the browse links and open data page name them.
    const rss = await (await page.request.get(`${site.url}/bi-thay-the/rss.xml`)).text();
    const atom = await (await page.request.get(`${site.url}/bi-thay-the/atom.xml`)).text();
    expect((rss.match(/<item>/g) ?? []).length).toBe(ended.length);
    expect((atom.match(/<entry>/g) ?? []).length).toBe(ended.length);
    for (const id of ended) expect(rss).toContain(`/${id}/</link>`);
    await page.goto(`${site.url}/du-lieu/`);
    expect(await page.locator('a[href="/bi-thay-the/rss.xml"]').count()).toBe(1);
    await page.goto(`${site.url}/loai/`);
    expect(await page.locator('nav.browse-nav a[href="/bi-thay-the/"]').count()).toBe(1);
    await context.close();
  });
});

describe('accessibility of the filter and the notes', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  it('the filtered browse page, the amended law and the replaced documents\' page have no axe-core violations in those parts', async () => {
    const page = await browser.newPage();
    const run = async (include: string) => {
      await page.evaluate(axeSource);
      return page.evaluate(async (sel) => {
        const axe = (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        return (await axe.run({ include: [[sel]] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }, include);
    };
    await page.goto(`${site.url}/loai/luat/`);
    await page.locator('fieldset.status-filter label', { hasText: 'Được sửa đổi' }).click();
    expect(await run('main')).toEqual([]);
    await page.goto(`${site.url}/van-ban/${VAT}/`);
    expect(await page.locator('aside.amend-note').count()).toBe(2);
    expect(await run('aside.amend-note')).toEqual([]);
    await page.goto(`${site.url}/bi-thay-the/`);
    expect(await run('main')).toEqual([]);
    await page.close();
  });
});

