import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/lib/citations/index.ts';
import { combine, failedTargets, score } from '../../src/lib/citations/evaluate.ts';
import { loadFixtures } from '../../src/lib/citations/fixtures.ts';

const fixtures = loadFixtures(new URL('../fixtures/citations/', import.meta.url).pathname);

describe('evaluation on the hand-labelled fixtures', () => {
  it('covers the five corpus documents and the hand-written harder examples', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    expect(fixtures.reduce((a, f) => a + f.labels.length, 0)).toBeGreaterThanOrEqual(200);
  });

  it('meets the targets: recall ≥ 0.97, precision ≥ 0.98, exact spans ≥ 0.97, number/symbol/docType ≥ 0.98, date/issuer ≥ 0.95', () => {
    const all = combine(fixtures.map((f) => score(f.labels, extractCitations(f.raw))));
    expect(failedTargets(all)).toEqual([]);
  });

  it('scores a miss, a spurious citation and a wrong field', () => {
    const raw = 'Kế hoạch số 1/KH-UBND ngày 01/01/2024 và Kế hoạch số 2/KH-UBND';
    const labels = [
      { text: 'Kế hoạch số 1/KH-UBND', start: 0, end: 21, docType: 'Kế hoạch', number: '1', year: null, symbol: 'KH-UBND', date: '2024-01-02', issuer: null, short: false, byName: false },
      { text: 'Kế hoạch 9', start: 60, end: 70, docType: 'Kế hoạch', number: '9', year: null, symbol: null, date: null, issuer: null, short: true, byName: false },
    ];
    const s = score(labels, extractCitations(raw));
    expect(s).toMatchObject({ matched: 1, predicted: 2, labels: 2, precision: 0.5, recall: 0.5 });
    expect(s.fields.date.accuracy).toBe(0);
    expect(s.fields.symbol.accuracy).toBe(1);
  });

  it('scores exact spans apart from overlap: a link that covers part of the citation matches, but not exactly', () => {
    const raw = 'Căn cứ Luật Ban hành văn bản số 64/2025/QH15 và Kế hoạch số 1/KH-UBND.';
    const label = (text: string, number: string, symbol: string) => {
      const start = raw.indexOf(text);
      return { text, start, end: start + text.length, docType: 'Luật', number, year: 2025, symbol, date: null, issuer: null, short: false, byName: false };
    };
    const whole = label('Luật Ban hành văn bản số 64/2025/QH15', '64', 'QH15');
    const plan = { ...label('Kế hoạch số 1/KH-UBND', '1', 'KH-UBND'), docType: 'Kế hoạch', year: null };
    const predicted = extractCitations(raw).map((c) => (c.number === '64' ? { ...c, start: raw.indexOf('số 64'), text: raw.slice(raw.indexOf('số 64'), c.end) } : c));
    const s = score([whole, plan], predicted);
    expect(s).toMatchObject({ matched: 2, precision: 1, recall: 1, exact: 1, exactPrecision: 0.5, exactRecall: 0.5 });
    expect(s.spanErrors.map((e) => [e.label.text, e.got.text])).toEqual([['Luật Ban hành văn bản số 64/2025/QH15', 'số 64/2025/QH15']]);
    expect(combine([s, s])).toMatchObject({ exact: 2, exactPrecision: 0.5, exactRecall: 0.5 });
    expect(failedTargets(combine([s]))).toContain('exact-span recall 0.500 < 0.97');
  });
});
