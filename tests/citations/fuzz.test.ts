import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCitationGraph, extractCitations } from '../../src/lib/citations/index.ts';
import { doc } from './helpers.ts';

const PIECES = [
  'Nghị quyết', 'Quy định', 'Chỉ\nthị', 'Kế hoạch', 'Luật', 'số', 'sổ', 'Số:', ' ', '\n', '\n\n', '-', '–', '/', ',', ';', '.',
  '(', ')', '(sau đây gọi là ', 'gọi tắt là', '57', '05', '2024', '114', 'NQ', 'TW', 'CT', 'TTg', 'QĐ', 'UBND', 'HĐND', 'ND',
  'ngày', '09/10/2021', '18 tháng 10 năm 2022', 'của', 'Ủy ban nhân dân', 'tỉnh', 'Thành phố', 'Bộ Chính trị', 'về', 'thực hiện',
  'Căn cứ', 'thay thế', 'này', 'năm', '**', '\\*', '[^1]', '¹', 'Điều 5', 'khoản 2', 'điểm a', 'Nghị quyết Đại hội', 'lần thứ XIII',
  'Điều lệ Đảng', 'Luật Thi đua, khen thưởng', 'và', 'các', '“', '”', 'x', 'Đ', '😀',
];

const check = (text: string) => {
  const cits = extractCitations(text);
  let last = -1;
  for (const c of cits) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.end).toBeGreaterThan(c.start);
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.start).toBeGreaterThan(last);
    last = c.start;
    if (c.refersTo !== null && c.refersTo !== undefined) expect(cits[c.refersTo]).toBeDefined();
  }
};

describe('fuzz: malformed input never throws, never misplaces an offset, never backtracks for long', () => {
  it('survives thousands of random citation-like texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => check(parts.join(' '))),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => check(parts.join(''))), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => check(s)), { numRuns: 1000 });
  });

  it('stays linear on pathological repetitions', () => {
    const patterns = [
      '1-'.repeat(50_000),
      'Nghị quyết số '.repeat(10_000),
      '(sau đây gọi là Quy định '.repeat(5_000),
      'của Bộ Tư pháp, '.repeat(10_000),
      'Nghị quyết Đại hội đại biểu '.repeat(8_000),
      '57-NQ/TW-'.repeat(20_000),
      'Kết luận số 187, '.repeat(10_000) + '188-KL/TW',
      'ngày 1/1/'.repeat(20_000),
      '*'.repeat(100_000) + 'Luật số 06/2022/QH15',
      'A'.repeat(100_000) + '/' + 'B'.repeat(10),
    ];
    for (const p of patterns) {
      const t0 = performance.now();
      extractCitations(p);
      // 100–300 kB each: a linear pass takes milliseconds; backtracking would take minutes.
      expect(performance.now() - t0, p.slice(0, 30)).toBeLessThan(2000);
      check(p);
    }
  });

  it('builds a graph from garbage documents without throwing', () => {
    const docs = Array.from({ length: 30 }, (_, i) => ({
      doc: doc({ id: `d${i}`, number: String(i), symbol: i % 2 ? 'KH-UBND' : 'NQ/TW', date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}` }),
      text: fc.sample(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), { numRuns: 1, seed: i })[0]!.join(' '),
    }));
    const g = buildCitationGraph(docs);
    const ids = g.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of g.citations) if (r.toKind === 'external') expect(ids).toContain(r.to);
  });
});
