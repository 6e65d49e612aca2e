/**
 * Status at the top of document pages, in the built site, in Chromium. A
 * two-law collection is imported and built here from real texts
 * (tests/fixtures/status-site): Luật 71/2014/QH13 amends Luật thuế giá trị gia
 * tăng 13/2008/QH12, which replaces the 1997 law. The bundled corpus (plans and
 * letters, none of which speaks of effect) must say it does not know.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveDist, type Served } from './harness.ts';
import { readJson, type OpenDocument } from './site-helpers.ts';
import { openSearch } from '../fixtures/search/browser.ts';

const FIXTURES = new URL('../fixtures/status-site/', import.meta.url).pathname;
const VAT = 'luat-13-qh12-2008-quoc-hoi';
const AMENDING = 'luat-71-qh13-2014-quoc-hoi';

let tmp: string;
let small: Served;
let corpus: Served;
let browser: Browser;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'can-cu-status-'));
  const sources = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => join(FIXTURES, f));
  const run = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('npm', ['run', '--silent', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  run(['import', '--', '--quiet', '--out', join(tmp, 'docs'), '--overrides', join(FIXTURES, 'overrides'), '--sources', FIXTURES, ...sources]);
  run(['build'], { CAN_CU_CONTENT_DIR: join(tmp, 'docs'), CAN_CU_DIST: join(tmp, 'dist') });
  small = await serveDist(join(tmp, 'dist'));
  corpus = await serveDist();
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await small?.close();
  await corpus?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('status on the page', () => {
  it('an amended law shows first that it is in force, then who amends which articles, each with its sentence and a working link', async () => {
    const page = await browser.newPage();
    expect((await page.goto(`${small.url}/van-ban/${VAT}/`))?.status()).toBe(200);
    // The status comes before the document's own header.
    const first = await page.locator('article.document > *').first().getAttribute('class');
    expect(first).toContain('doc-status');
    const status = page.locator('.doc-status');
    expect(await status.getAttribute('data-status')).toBe('amended');
    expect(await status.locator('.doc-status-headline .doc-status-text').innerText()).toMatch(/^(Đang có hiệu lực|Có hiệu lực) từ 01\/01\/2009 \(Điều 15\)$/);
    const amended = status.locator('.doc-status-change', { hasText: 'Được sửa đổi, bổ sung bởi' });
    expect(await amended.locator('.doc-status-text').innerText()).toBe('Được sửa đổi, bổ sung bởi Luật số 71/2014/QH13 ngày 26/11/2014 của Quốc hội: Điều 5, Điều 8 (từ 01/01/2015)');
    expect(await amended.locator('blockquote p').innerText()).toContain('Sửa đổi, bổ sung một số điều của Luật thuế giá trị gia tăng số 13/2008/QH12');
    const partly = status.locator('.doc-status-change', { hasText: 'Hết hiệu lực một phần' });
    expect(await partly.locator('blockquote p').innerText()).toContain('Bãi bỏ điểm c và điểm k khoản 2 Điều 8');
    // The timeline is folded; a reader opens it.
    expect(await status.locator('.doc-timeline li').first().isVisible()).toBe(false);
    await status.locator('.doc-timeline summary').click();
    const events = await status.locator('.doc-timeline li').allInnerTexts();
    expect(events.slice(0, 2)).toEqual(['03/06/2008 Ban hành', '01/01/2009 Có hiệu lực']);
    expect(events.some((e) => e.startsWith('01/01/2015 Được sửa đổi, bổ sung (Điều 5, Điều 8) theo Luật số 71/2014/QH13'))).toBe(true);
    await amended.locator('blockquote a').click();
    await page.waitForURL(`**/van-ban/${AMENDING}/`);
    expect(await page.locator('.doc-status .doc-status-headline').innerText()).toContain('từ 01/01/2015 (Điều 6)');
    await page.close();
  });

  it('a cited-only law replaced by a held one says so, from the day the held one takes effect, "theo các văn bản có trên Căn cứ"', async () => {
    const docs = JSON.parse(readFileSync(join(tmp, 'dist/data/documents.json'), 'utf8')) as OpenDocument[];
    const old = docs.find((d) => !d.held && d.status === 'replaced-or-repealed');
    expect(old, 'the 1997 law the VAT law replaces').toBeDefined();
    expect(old!.statusText).toBe('Bị thay thế bởi Luật số 13/2008/QH12 ngày 03/06/2008 của Quốc hội từ 01/01/2009');
    expect(old!.statusEvidence[0]).toMatchObject({ source: VAT, article: 'Điều 15' });
    const page = await browser.newPage();
    await page.goto(small.url + old!.url);
    expect(await page.locator('.doc-status-headline .doc-status-text').innerText()).toBe(old!.statusText);
    expect(await page.locator('.doc-status-note').innerText()).toContain('Theo các văn bản có trên Căn cứ');
    await page.close();
  });

  it('status goes into the CSV and the feeds', () => {
    const csv = readFileSync(join(tmp, 'dist/data/documents.csv'), 'utf8');
    const header = csv.slice(1, csv.indexOf('\r\n')).split(',');
    expect(header.slice(-2)).toEqual(['status', 'statusText']);
    expect(csv).toContain('Được sửa đổi, bổ sung bởi Luật số 71/2014/QH13');
    const atom = readFileSync(join(tmp, 'dist/atom.xml'), 'utf8');
    expect(atom).toContain('term="amended"');
  });

  it('search filters by status and shows it on results', async () => {
    const page = await browser.newPage();
    const all = await openSearch(page, small.url, `?q=${encodeURIComponent('thuế')}`);
    expect(all.results.length).toBeGreaterThan(2);
    const facet = page.locator('fieldset.sp-facet', { hasText: 'Hiệu lực' });
    expect(await facet.locator('label', { hasText: 'Bị thay thế hoặc hết hiệu lực' }).count()).toBe(1);
    const replaced = await openSearch(page, small.url, `?q=${encodeURIComponent('thuế')}&hieu-luc=${encodeURIComponent('Bị thay thế hoặc hết hiệu lực')}`);
    expect(replaced.results.length).toBeGreaterThan(0);
    for (const r of replaced.results) expect(r.badges).toContain('Bị thay thế hoặc hết hiệu lực');
    const vat = all.results.find((r) => r.path === `/van-ban/${VAT}/`);
    expect(vat?.badges).toContain('Được sửa đổi, bổ sung hoặc hết hiệu lực một phần');
    await page.close();
  });

  it('in the bundled collection, a document nothing speaks of says it does not know; one that is spoken of shows the sentence', async () => {
    const docs = readJson<OpenDocument[]>('data/documents.json');
    // Unknown exactly when no sentence is given: never a status without its evidence.
    for (const d of docs) expect(d.status === 'unknown', d.id).toBe(d.statusEvidence.length === 0);
    const unknown = docs.filter((x) => x.held && x.status === 'unknown');
    const known = docs.filter((x) => x.held && x.status !== 'unknown');
    expect(unknown.length).toBeGreaterThan(0);
    expect(known.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    for (const d of unknown.slice(0, 15)) {
      await page.goto(corpus.url + d.url);
      expect(await page.locator('section.doc-status .doc-status-headline').innerText(), d.url).toBe('Chưa rõ hiệu lực');
    }
    await page.goto(corpus.url + known[0]!.url);
    expect(await page.locator('section.doc-status .doc-status-headline').innerText()).not.toBe('Chưa rõ hiệu lực');
    expect(await page.locator('section.doc-status').innerText()).toContain(known[0]!.statusEvidence[0]!.sentence.slice(0, 40));
    const cited = docs.find((d) => !d.held && d.status === 'unknown')!;
    await page.goto(corpus.url + cited.url);
    expect(await page.locator('.doc-status-note').innerText()).toBe('Không văn bản nào trên Căn cứ nói về hiệu lực của văn bản này.');
    await page.close();
  });
});
