import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { failedRelationTargets, loadRelationFixtures, precision, recall, RelationLabelError, scoreRelations } from '../../src/lib/citations/evaluate-relations.ts';

const dev = loadRelationFixtures(new URL('../fixtures/relations/dev/', import.meta.url).pathname);

describe('effect and relations on hand-labelled real documents', () => {
  it('has 40 real documents in the development set, with amend, replace, repeal and end-of-effect labels', () => {
    expect(dev).toHaveLength(40);
    const kinds = new Set(dev.flatMap((f) => f.relations.map((r) => r.kind)));
    expect([...kinds].sort()).toEqual(['amends', 'ends-effect', 'partly-repeals', 'repeals', 'replaces']);
    expect(dev.reduce((n, f) => n + f.relations.length, 0)).toBeGreaterThanOrEqual(60);
  });

  it('meets the targets on the development set: precision ≥ 0.95, recall ≥ 0.9, effective dates ≥ 0.97', () => {
    const s = scoreRelations(dev);
    expect(failedRelationTargets(s)).toEqual([]);
    expect(precision(s.all)).toBeGreaterThanOrEqual(0.95);
    expect(recall(s.all)).toBeGreaterThanOrEqual(0.9);
  });

  it('counts a wrong kind as both a miss and a spurious relation, and a wrong date as wrong', () => {
    const s = scoreRelations([
      { name: 'x.txt', number: '2/2025/TT-BTC', issued: '2025-01-02', effective: '2025-03-01', text: 'Điều 3. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01 tháng 02 năm 2025 và thay thế Thông tư số 1/2020/TT-BTC.', relations: [{ kind: 'repeals', target: '1/2020/TT-BTC' }] },
    ]);
    expect(s.all).toEqual({ labels: 1, predicted: 1, matched: 0 });
    expect(s.kinds.replaces.predicted).toBe(1);
    expect(s.wrongEffective).toEqual([{ doc: 'x.txt', want: '2025-03-01', got: '2025-02-01' }]);
  });

  it('matches a target labelled with its number joined by a hyphen (“32-L/CTN”), as Party documents and old ordinances write it', () => {
    const s = scoreRelations([
      { name: 'y.txt', number: null, issued: null, effective: null, text: 'Điều 5. Hiệu lực thi hành\nPháp lệnh Bảo vệ công trình quốc phòng và khu quân sự số 32-L/CTN ngày 19 tháng 5 năm 1994 của Ủy ban Thường vụ Quốc hội hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.', relations: [{ kind: 'ends-effect', target: '32-L/CTN' }] },
    ]);
    expect(s.all).toEqual({ labels: 1, predicted: 1, matched: 1 });
  });

  it('matches a target labelled by name with the year the text writes after it, and only the same name', () => {
    const text = 'Điều 9. Hiệu lực thi hành\n2. Luật bầu cử đại biểu Quốc hội năm 1997 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.';
    const withYear = scoreRelations([{ name: 'z.txt', number: null, issued: null, effective: null, text, relations: [{ kind: 'ends-effect', target: 'Luật bầu cử đại biểu Quốc hội năm 1997' }] }]);
    expect(withYear.all).toEqual({ labels: 1, predicted: 1, matched: 1 });
    const other = scoreRelations([{ name: 'z.txt', number: null, issued: null, effective: null, text, relations: [{ kind: 'ends-effect', target: 'Luật bầu cử đại biểu Hội đồng nhân dân năm 1997' }] }]);
    expect(other.all).toEqual({ labels: 1, predicted: 1, matched: 0 });
  });

  it('matches a target labelled with its short name in brackets, which the text writes before the year', () => {
    const text = 'Điều 49. Hiệu lực thi hành\nPháp lệnh Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) năm 1995 hết hiệu lực kể từ ngày Luật này có hiệu lực.';
    const label = 'Pháp lệnh Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)';
    const s = scoreRelations([{ name: 'z.txt', number: null, issued: null, effective: null, text, relations: [{ kind: 'ends-effect', target: label }] }]);
    expect(s.all).toEqual({ labels: 1, predicted: 1, matched: 1 });
    const other = scoreRelations([{ name: 'z.txt', number: null, issued: null, effective: null, text, relations: [{ kind: 'ends-effect', target: 'Pháp lệnh Phòng, chống nhiễm vi rút (HIV/AIDS)' }] }]);
    expect(other.all).toEqual({ labels: 1, predicted: 1, matched: 0 });
  });

  it('refuses a label file with a bad kind, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relations-'));
    writeFileSync(join(dir, 'a.txt'), 'Thông tư này có hiệu lực từ ngày 01/02/2025.');
    writeFileSync(join(dir, 'a.txt.labels.json'), JSON.stringify({ issued: '2025-01-01', effective: null, relations: [{ kind: 'abolishes', target: '1/2020/TT-BTC' }] }));
    expect(() => loadRelationFixtures(dir)).toThrow(RelationLabelError);
    expect(() => loadRelationFixtures(dir)).toThrow(/a\.txt\.labels\.json: relations\[0\]\.kind/);
  });
});
