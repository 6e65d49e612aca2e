import { describe, expect, it } from 'vitest';
import { annotate, extractCitations } from '../../src/lib/citations/index.ts';
import { CORPUS, corpus } from './helpers.ts';

describe('extractCitations: offsets into the text as given', () => {
  for (const name of Object.values(CORPUS)) {
    it(`slices exactly the reported text in ${name}`, () => {
      const raw = corpus(name);
      const cits = extractCitations(raw);
      expect(cits.length).toBeGreaterThan(10);
      let last = -1;
      for (const c of cits) {
        expect(raw.slice(c.start, c.end)).toBe(c.text);
        expect(c.start).toBeGreaterThan(last);
        last = c.start;
      }
    });
  }

  it('reads an MDX body (emphasis, escapes, footnotes) with offsets into the MDX', () => {
    const mdx = '**Chỉ thị số 05/CT-UBND** ngày 14/4/2025 của Chủ tịch UBND Thành phố[^1]; \\*Lưu ý \\<mục 2\\> Nghị định số 30/2020/NĐ\\-CP';
    const cits = extractCitations(mdx);
    expect(cits.map((c) => c.text)).toEqual(['Chỉ thị số 05/CT-UBND', 'Nghị định số 30/2020/NĐ\\-CP']);
    expect(cits[0]).toMatchObject({ date: '2025-04-14', issuer: 'Chủ tịch UBND Thành phố', symbol: 'CT-UBND' });
    expect(cits[1]!.symbol).toBe('NĐ-CP');
  });

  it('counts a BOM as a character of the text', () => {
    const [c] = extractCitations('\uFEFFCăn cứ Luật số 06/2022/QH15;');
    expect(c!.start).toBe(8);
    expect(c!.text).toBe('Luật số 06/2022/QH15');
  });

  it('does not report the citing document’s own number when told which document it is', () => {
    const self = { id: 'x', docType: 'Kế hoạch', number: '22', symbol: 'KH-UBND', year: null, issuer: null, level: null, locality: { province: null, district: null, commune: null }, date: '2025-08-21', title: null };
    const raw = corpus(CORPUS.phongDoanh);
    expect(extractCitations(raw, { self }).some((c) => c.number === '22' && c.symbol === 'KH-UBND')).toBe(false);
  });
});

describe('annotate', () => {
  it('splits text into plain runs and linked citation runs that join back to the text', () => {
    const raw = corpus(CORPUS.tanBinh);
    const cits = extractCitations(raw);
    const segs = annotate(raw, cits, (c) => (c.number ? `/van-ban/${c.number}/` : null));
    expect(segs.map((s) => (typeof s === 'string' ? s : s.text)).join('')).toBe(raw);
    const linked = segs.filter((s) => typeof s !== 'string');
    expect(linked).toHaveLength(cits.length);
    expect(linked[0]).toMatchObject({ text: 'Kế hoạch số 3815/KH-UBND', href: '/van-ban/3815/' });
  });

  it('skips overlapping or out-of-range citations instead of duplicating text', () => {
    const text = 'abc def ghi';
    const c = (start: number, end: number) => ({ start, end, text: text.slice(start, end), docType: 'other' as const, number: null, year: null, symbol: null, date: null, issuer: null, form: 'name' as const, name: null });
    const segs = annotate(text, [c(0, 3), c(2, 5), c(8, 40)], () => null);
    expect(segs.map((s) => (typeof s === 'string' ? s : `[${s.text}]`)).join('')).toBe('[abc] def ghi');
  });
});
