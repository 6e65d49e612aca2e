/**
 * The citation engine on generated and damaged text: it never throws, every offset it
 * gives is honest, and it never backtracks for long. There is no wall-clock bound here;
 * a regex that backtracks on 100 kB runs for minutes and trips the test's timeout, and
 * how long these inputs take is measured by `npx node scripts/bench-cite.ts`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCitationGraph, extractCitations, type Citation } from '../../src/lib/citations/index.ts';
import { doc } from '../citations/helpers.ts';
import { PATHOLOGICAL } from '../../scripts/bench/pathological.ts';
import { CORPUS } from './corpus.ts';

const TYPES = ['Nghị quyết', 'Quyết định', 'Chỉ thị', 'Kế hoạch', 'Kết luận', 'Công văn', 'Văn bản', 'Thông tư', 'Nghị định', 'Luật', 'Quy định', 'Đề án', 'Công điện', 'CHỈ THỊ', 'Chỉ\nthị', 'Nghị  quyết'];
const SO = ['số ', 'Số ', 'sổ ', '', 'số\n', 'số: '];
const SYMBOLS = ['NQ/TW', 'QĐ-TTg', 'KH-UBND', 'CT/TU', 'NĐ-CP', 'VKS-VP', 'UBND-VP7', 'QH15', 'KL/TW', 'TTLT-BTC-BNV', 'HD/BTGTW'];
const JOINERS = ['-', '/', '/2018/', '- ', ' -', '–', '-\n\n', '/ ', ''];
const TAILS = [' ngày 09/10/2021', ' ngày 18 tháng 10 năm 2022', ' ngày 31/02/2024', ' ngày 99/99/9999', ' của UBND tỉnh Lạng Sơn', ' của Ban Chấp hành Trung ương Đảng khóa XI', ', số 218', ', 188-KL/TW', ' (sau đây gọi là Quy định 114)', ' về việc', ''];

const number = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map(String),
  fc.constantFrom('02', '0', '00000000000000000000001', '9'.repeat(40), '-1', '1.5', '١٢'),
);
/** One citation-shaped fragment, possibly damaged: spliced symbols, huge numbers, stray breaks. */
const citation = fc
  .tuple(fc.constantFrom(...TYPES), fc.constantFrom(...SO), number, fc.constantFrom(...JOINERS), fc.constantFrom(...SYMBOLS), fc.constantFrom(...TAILS), fc.nat(), fc.constantFrom('', '-', '/', ' ', '\n', '(', ')', '[', '{', '"', '“'))
  .map(([t, so, n, j, sym, tail, at, junk]) => {
    const s = `${t} ${so}${n}${j}${sym}${tail}`;
    const i = at % (s.length + 1);
    return s.slice(0, i) + junk + s.slice(i);
  });

const filler = fc.constantFrom(' và ', '; ', '. ', '\n', ', ', ' thực hiện ', ' căn cứ ', '(', ')', '((((', '))))', '[[', ']]', ' Kế hoạch 5 năm (2021 - 2025) ', ' Quy định này ', ' Điều 6 khoản 5 điểm a ');
/** Words and pieces of citations, joined with or without spaces. */
const PIECES = [
  'Nghị quyết', 'Quy định', 'Chỉ\nthị', 'Kế hoạch', 'Luật', 'số', 'sổ', 'Số:', ' ', '\n', '\n\n', '-', '–', '/', ',', ';', '.',
  '(', ')', '(sau đây gọi là ', 'gọi tắt là', '57', '05', '2024', '114', 'NQ', 'TW', 'CT', 'TTg', 'QĐ', 'UBND', 'HĐND', 'ND',
  'ngày', '09/10/2021', '18 tháng 10 năm 2022', 'của', 'Ủy ban nhân dân', 'tỉnh', 'Thành phố', 'Bộ Chính trị', 'về', 'thực hiện',
  'Căn cứ', 'thay thế', 'này', 'năm', '**', '\\*', '[^1]', '¹', 'Điều 5', 'khoản 2', 'điểm a', 'Nghị quyết Đại hội', 'lần thứ XIII',
  'Điều lệ Đảng', 'Luật Thi đua, khen thưởng', 'và', 'các', '“', '”', 'x', 'Đ', '😀',
];

const text = fc.array(fc.oneof({ weight: 2, arbitrary: citation }, { weight: 2, arbitrary: filler }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }), { maxLength: 40 }).map((parts) => parts.join(''));

function extractChecked(t: string): Citation[] {
  const value = extractCitations(t);
  let previous = -1;
  for (const c of value) {
    expect(Number.isInteger(c.start) && Number.isInteger(c.end)).toBe(true);
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(t.length);
    expect(c.text).toBe(t.slice(c.start, c.end));
    expect(c.start).toBeGreaterThanOrEqual(previous);
    previous = c.start;
    expect(typeof c.docType).toBe('string');
    if (c.year !== null) expect(Number.isInteger(c.year)).toBe(true);
    if (c.date !== null) expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A short form points back at a citation that exists.
    if (c.form === 'short' && c.refersTo !== null) expect(value[c.refersTo]).toBeDefined();
  }
  return value;
}

describe('extractCitations never crashes or hangs and keeps its offsets honest', () => {
  it('citation words and pieces, joined with and without spaces (1,500 inputs)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => void extractChecked(parts.join(' '))), { numRuns: 1000 });
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => void extractChecked(parts.join(''))), { numRuns: 500 });
  });

  it('generated citation text: spliced symbols, huge numbers, broken dates, nested brackets (2,000 inputs)', () => {
    fc.assert(fc.property(text, (t) => void extractChecked(t)), { numRuns: 2000 });
  });

  it('corpus text with random cuts and splices (600 inputs)', () => {
    const mutated = fc
      .tuple(fc.nat({ max: CORPUS.length - 1 }), fc.nat(), fc.integer({ min: 0, max: 4000 }), fc.array(fc.tuple(fc.nat(), citation), { maxLength: 5 }))
      .map(([d, s, len, splices]) => {
        const doc = CORPUS[d]!;
        const start = s % (doc.length + 1);
        let out = doc.slice(start, start + len);
        for (const [at, c] of splices) {
          const i = at % (out.length + 1);
          out = out.slice(0, i) + c + out.slice(i);
        }
        return out;
      });
    fc.assert(fc.property(mutated, (t) => void extractChecked(t)), { numRuns: 600 });
  });

  it('arbitrary Unicode (1,000 inputs)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (t) => void extractChecked(t)), { numRuns: 1000 });
  });

  it('pathological repetition, up to 100 kB in one line', () => {
    for (const c of PATHOLOGICAL) extractChecked(c.text);
  }, 120_000);

  it('the whole corpus, five times over, in one text', () => {
    const all = CORPUS.join('\n').repeat(5);
    const found = extractChecked(all);
    expect(found.length).toBeGreaterThan(0);
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
