/**
 * Search on the built site, through the real /tim-kiem/ page in Chromium: the
 * queries of issue 4 and more written from the five corpus documents, each with
 * the result that must come first. Run `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDist, type Served } from './harness.ts';
import { openSearch, plain, q } from '../fixtures/search/browser.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './harness.ts';

interface OpenDoc { url: string; number: string | null; symbol: string | null; issuer: string | null }
/**
 * URL of the one document with this number and symbol in the site's open data
 * (ids are the importer's and the citation engine's; the number is the content).
 */
function urlOf(number: string, symbol: string | null): string {
  const docs = JSON.parse(readFileSync(join(DIST, 'data', 'documents.json'), 'utf8')) as OpenDoc[];
  const found = docs.filter((d) => d.number === number && d.symbol === symbol);
  if (found.length !== 1) throw new Error(`${found.length} documents numbered ${number} ${symbol} in data/documents.json`);
  return found[0]!.url;
}

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

const NQ57 = urlOf('57', 'NQ/TW');
const KH200 = '/van-ban/ke-hoach-200-kh-ubnd-2021-ubnd-tinh-lang-son/';
const KH218 = '/van-ban/ke-hoach-218-kh-ubnd-2023-ubnd-quan-tan-binh/';
const KH22 = '/van-ban/ke-hoach-22-kh-ubnd-2025-ubnd-xa-phong-doanh/';
const CV1419 = '/van-ban/cong-van-1419-vks-vp-2021-vksnd-tinh-lang-son/';
const BAC_KAN = '/van-ban/ke-hoach-ban-thuong-vu-dang-uy-phuong-bac-kan-thuc-hien-phong-trao-thi-dua/';
const BAI_CHAY = '/van-ban/hoi-nghi-hoc-tap-2023-11-04-chi-bo-truong-tieu-hoc-bai-chay/';
const QD24 = urlOf('24', 'QĐ-UBND');
const CT34TU = urlOf('34', 'CT/TU');
const CT34TW = urlOf('34', 'CT/TW');

describe('document numbers in any spelling put the document first', () => {
  it.each([
    ['57-NQ/TW', NQ57],
    ['57/NQ-TW', NQ57],
    ['nq 57', NQ57],
    ['NQ57', NQ57],
    ['Nghị quyết 57', NQ57],
    ['nghi quyet 57', NQ57],
    ['200/KH-UBND', KH200],
    ['Kế hoạch số 200/KH-UBND', KH200],
    ['200/KH-UBND Lạng Sơn', KH200],
    ['24/2018/QĐ-UBND', QD24],
    ['24/2018/QD-UBND', QD24],
    ['218/KH-UBND', KH218],
    ['kh 22', KH22],
    ['22 /KH-UBND', KH22],
    ['1419/VKS-VP', CV1419],
    ['công văn 1419', CV1419],
    ['34-CT/TU', CT34TU],
    ['34-CT/TW', CT34TW],
    ['Quy định 114', urlOf('114', 'QĐ/TW')],
    ['148-KH/ĐU', urlOf('148', 'KH/ĐU')],
    ['148-KH/DU', urlOf('148', 'KH/ĐU')],
    ['02/KH-UBND', urlOf('02', 'KH-UBND')],
    ['923/QĐ-TTg', urlOf('923', 'QĐ-TTg')],
    ['qd 923', urlOf('923', 'QĐ-TTg')],
    ['19/CT-TTg', urlOf('19', 'CT-TTg')],
    ['71/NQ-CP', urlOf('71', 'NQ-CP')],
    ['Kết luận 69', urlOf('69', 'KL/TW')],
    ['49-NQ/TU', urlOf('49', 'NQ/TU')],
    ['Đề án 06', urlOf('06', null)],
    ['22/UBND-VP7', urlOf('22', 'UBND-VP7')],
  ])('"%s" → %s', async (query, expected) => {
    const s = await openSearch(page, served.url, q(query));
    expect(s.results[0]?.path, s.status).toBe(expected);
    expect(s.results[0]!.badges).toContain('Đúng số hiệu');
  });

  it('a result writes the number as the document does: no year of issue in 19/CT-TTg or 749/QĐ-TTg', async () => {
    for (const [query, shown] of [['19/CT-TTg', 'Số 19/CT-TTg'], ['749/QĐ-TTg', 'Số 749/QĐ-TTg'], ['24/2018/QĐ-UBND', 'Số 24/2018/QĐ-UBND']] as const) {
      const s = await openSearch(page, served.url, q(query));
      expect(s.results[0]!.facts, query).toContain(shown);
    }
  });

  it('a number shared by two documents lists both first, told apart by issuer and date', async () => {
    const s = await openSearch(page, served.url, q('Chỉ thị 34'));
    expect(new Set(s.results.slice(0, 2).map((r) => r.path))).toEqual(new Set([CT34TU, CT34TW]));
    const [a, b] = s.results;
    expect(a!.facts).not.toBe(b!.facts);
    const facts = s.results.slice(0, 2).map((r) => r.facts).join(' | ');
    expect(facts).toContain('Quảng Ninh');
    expect(facts).toContain('Bộ Chính trị');
    expect(facts).toMatch(/07\/04\/2014/);
    expect(facts).toMatch(/\/2023/);
  });

  it('the text of other documents citing the number follows the document itself', async () => {
    const s = await openSearch(page, served.url, q('200/KH-UBND'));
    expect(s.results[0]!.path).toBe(KH200);
    const paths = s.results.map((r) => r.path);
    expect(paths).toContain(CV1419);
    expect(s.results.filter((r) => r.badges.includes('Đúng số hiệu'))).toHaveLength(1);
  });
});

describe('diacritics: unaccented queries find accented text, phrases first', () => {
  it.each([
    ['chuyen doi so', 'chuyen doi so'],
    ['dang uy', 'dang uy'],
    ['dot pha', 'dot pha'],
    ['binh dan hoc vu so', 'binh dan hoc vu so'],
    ['thi dua nang dong sang tao', 'nang dong, sang tao'],
  ])('"%s": the first results show the phrase itself', async (query, phrase) => {
    const s = await openSearch(page, served.url, q(query));
    expect(s.results.length).toBeGreaterThan(1);
    expect(plain(s.results[0]!.excerpt)).toContain(phrase);
    // The excerpt shows the real, accented text (đ restored from the index form).
    expect(s.results[0]!.excerpt).toMatch(/[ăâđêôơưạ-ỹ]/u);
    expect(s.results[0]!.excerpt).not.toMatch(/\u0335/);
  });

  it('"chuyen doi so" ranks every page with the phrase above pages with scattered words', async () => {
    const s = await openSearch(page, served.url, q('chuyen doi so'));
    const hasPhrase = s.results.map((r) => /chuy[eê]n d[oô]i so|chuyen doi so/.test(plain(r.excerpt)));
    const firstWithout = hasPhrase.indexOf(false);
    if (firstWithout >= 0) expect(hasPhrase.slice(firstWithout)).not.toContain(true);
    expect(s.results.map((r) => r.path)).toContain(KH22);
  });

  it('"dot pha" finds "đột phá" (đ folds to d)', async () => {
    const s = await openSearch(page, served.url, q('dot pha'));
    expect(s.results[0]!.marks.join(' ')).toMatch(/đột phá/i);
  });

  it('"dang uy" finds "Đảng ủy"', async () => {
    const s = await openSearch(page, served.url, q('dang uy'));
    expect(s.results[0]!.excerpt).toMatch(/Đảng ủy|đảng ủy/);
  });

  it('a query typed with diacritics ranks its exact spelling first: the typo "chuyên đổi số" of the Phong Doanh plan', async () => {
    const s = await openSearch(page, served.url, q('chuyên đổi số'));
    // The typo is in KH 22 and in the titles the citations copied from it (57-NQ/TW).
    expect(s.results[0]!.excerpt).toContain('chuyên đổi số');
    expect(s.results.slice(0, 3).map((r) => r.path)).toContain(KH22);
  });

  it('"chuyển đổi số" typed with diacritics shows the exact phrase first', async () => {
    const s = await openSearch(page, served.url, q('chuyển đổi số'));
    expect(s.results[0]!.excerpt).toContain('chuyển đổi số');
  });

  it('"đảng ủy" with diacritics shows "Đảng ủy", not "đang"', async () => {
    const s = await openSearch(page, served.url, q('đảng ủy'));
    expect(s.results[0]!.excerpt).toMatch(/[Đđ]ảng ủy/);
  });
});

describe('words from the corpus: the document about them comes first', () => {
  it.each([
    ['Bình dân học vụ số', KH22],
    ['Phong Doanh', KH22],
    ['phong doanh', KH22],
    ['Tân Bình', KH218],
    ['tan binh nang dong sang tao', KH218],
    ['Viện kiểm sát', CV1419],
    ['vien kiem sat lang son', CV1419],
    ['Bãi Cháy', BAI_CHAY],
    ['Chi bộ Trường Tiểu học', BAI_CHAY],
    ['covid', KH200],
    ['phòng, chống dịch COVID-19', KH200],
    ['Bắc Kạn', BAC_KAN],
    ['Năm nâng cao chất lượng cán bộ cơ sở', BAC_KAN],
  ])('"%s" → %s', async (query, expected) => {
    const s = await openSearch(page, served.url, q(query));
    expect(s.results[0]?.path, `${s.status}\n${s.results.map((r) => r.path).join('\n')}`).toBe(expected);
  });
});

describe('results', () => {
  it('show type, number, date, issuer, title, a highlighted excerpt and open at the matching section', async () => {
    const s = await openSearch(page, served.url, q('vien kiem sat lang son'));
    const r = s.results[0]!;
    expect(r.facts).toContain('Công văn');
    expect(r.facts).toContain('1419/VKS-VP');
    expect(r.facts).toContain('26/10/2021');
    expect(r.facts).toContain('Viện kiểm sát nhân dân tỉnh Lạng Sơn');
    expect(r.title.length).toBeGreaterThan(5);
    expect(r.marks.length).toBeGreaterThan(0);

    const anchored = await openSearch(page, served.url, q('phòng, chống dịch COVID-19'));
    const href = anchored.results[0]!.href;
    expect(href).toMatch(/#.+/);
    const id = decodeURIComponent(href.split('#')[1]!);
    await page.goto(`${served.url}${href}`);
    const target = await page.evaluate((id) => {
      const el = document.getElementById(id);
      return el ? el.textContent : null;
    }, id);
    expect(target, `no element #${id} on ${href}`).not.toBeNull();
  });

  it('a query that matches nothing says so and suggests the query without diacritics and without filters', async () => {
    const s = await openSearch(page, served.url, `${q('wộq')}&loai=${encodeURIComponent('Kế hoạch')}`);
    expect(s.state).toBe('empty');
    expect(s.status).toContain('Không tìm thấy văn bản nào cho “wộq”');
    const tips = await page.locator('[data-suggest]').innerText();
    expect(tips).toContain('Tìm không dấu: woq');
    expect(tips).toContain('bỏ tất cả bộ lọc');
    await page.getByRole('link', { name: 'woq', exact: true }).click();
    await page.waitForURL(/q=woq/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('woq');
    expect(new URL(page.url()).searchParams.get('loai')).toBe('Kế hoạch');
  });
});
