import { describe, expect, it } from 'vitest';
import { buildCitationGraph, type CollectionDocument } from '../../src/lib/citations/index.ts';
import { computeStatuses, statusGroup } from '../../src/lib/status/status.ts';
import { changeLine, statusHeadline, timeline } from '../../src/lib/status/labels.ts';

const doc = (id: string, number: string, symbol: string, year: number, date: string): CollectionDocument => ({
  id, docType: 'Thông tư', number, symbol, year, issuer: 'Bộ Tài chính', level: 'central',
  locality: { province: null, district: null, commune: null }, date, title: null,
});

// Closing articles as the Ministry of Finance writes them (Thông tư 28/2026/TT-BTC, Điều 7).
const OLD = doc('tt-25-2021', '25', 'TT-BTC', 2021, '2021-04-07');
const NEW = doc('tt-28-2026', '28', 'TT-BTC', 2026, '2026-03-27');
const AMENDING = doc('tt-5-2026', '5', 'TT-BTC', 2026, '2026-05-02');
const QUIET = doc('tt-9-2020', '9', 'TT-BTC', 2020, '2020-01-10');
const texts: Record<string, string> = {
  'tt-25-2021': 'Điều 1. Phạm vi điều chỉnh\nThông tư này quy định mức thu phí.\nĐiều 8. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày 01 tháng 6 năm 2021.',
  'tt-28-2026': [
    'Điều 1. Phạm vi điều chỉnh',
    'Thông tư này quy định mức thu, chế độ thu, nộp phí, lệ phí trong lĩnh vực xuất cảnh, nhập cảnh.',
    'Điều 7. Hiệu lực thi hành',
    '1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 4 năm 2026.',
    '2. Thông tư số 25/2021/TT-BTC ngày 07 tháng 4 năm 2021 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực xuất cảnh hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành.',
    '3. Bãi bỏ Thông tư số 62/2023/TT-BTC ngày 03 tháng 10 năm 2023 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 25/2021/TT-BTC.',
  ].join('\n'),
  'tt-5-2026': [
    'Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 28/2026/TT-BTC ngày 27 tháng 3 năm 2026 của Bộ trưởng Bộ Tài chính như sau:',
    '1. Sửa đổi, bổ sung Điều 3 như sau:',
    '“Điều 3. Người nộp phí”',
    '2. Sửa đổi khoản 2 Điều 5 như sau:',
    '“2. Mức thu.”',
    'Điều 2. Hiệu lực thi hành',
    'Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 6 năm 2026.',
  ].join('\n'),
  'tt-9-2020': 'Điều 1. Thông tư này quy định mẫu biểu.\nĐiều 2. Các đơn vị tổ chức thực hiện.',
};

function collection(docs: CollectionDocument[]) {
  const graph = buildCitationGraph(docs.map((d) => ({ doc: d, text: texts[d.id]! })));
  return { graph, ...computeStatuses([...docs.map((d) => d.id), ...graph.entities.map((e) => e.id)], graph) };
}

describe('status from the collection', () => {
  const { graph, statuses, contradictions } = collection([OLD, NEW, AMENDING, QUIET]);

  it('a held document another held document ends is repealed from the day that document takes effect, with its sentence', () => {
    const s = statuses.get('tt-25-2021')!;
    expect(s).toMatchObject({ state: 'repealed', by: 'tt-28-2026', from: '2026-04-01' });
    expect(s.state !== 'unknown' && s.evidence).toMatchObject({ source: 'tt-28-2026', article: 'Điều 7' });
    expect(s.state !== 'unknown' && s.evidence.sentence).toContain('hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành');
    expect(statusGroup(s)).toBe('replaced-or-repealed');
  });

  it('a cited-only document is repealed "theo các văn bản trong bộ sưu tập"', () => {
    const e = graph.entities.find((x) => x.number === '62')!;
    expect(statuses.get(e.id)).toMatchObject({ state: 'repealed', by: 'tt-28-2026', from: '2026-04-01' });
  });

  it('an amended document stays in force from its own date, with the amending document and the articles it names', () => {
    const s = statuses.get('tt-28-2026')!;
    expect(s).toMatchObject({ state: 'in-force', from: '2026-04-01', evidence: { source: 'tt-28-2026', article: 'Điều 7' } });
    expect(s.changes).toHaveLength(1);
    expect(s.changes[0]).toMatchObject({ kind: 'amends', by: 'tt-5-2026', from: '2026-06-15', articles: ['Điều 3', 'Điều 5'] });
    expect(statusGroup(s)).toBe('amended');
    const ref = (id: string) => ({ 'tt-5-2026': 'Thông tư số 5/2026/TT-BTC' })[id] ?? id;
    expect(changeLine(s.changes[0]!, ref).text).toBe('Được sửa đổi, bổ sung bởi Thông tư số 5/2026/TT-BTC: Điều 3, Điều 5 (từ 15/06/2026)');
    expect(statusHeadline(s, ref, '2026-07-01').text).toBe('Đang có hiệu lực từ 01/04/2026 (Điều 7)');
    expect(statusHeadline(s, ref, '2026-03-30').text).toBe('Có hiệu lực từ 01/04/2026 (Điều 7)');
  });

  it('names the clauses a partial repeal names, not their whole articles (Nghị định 372/2025/NĐ-CP on 112/2021/NĐ-CP)', () => {
    const ref = (id: string) => id;
    const evidence = { source: 'nd-372-2025', sentence: 'Bãi bỏ …', article: 'Điều 2' };
    const repeal = { kind: 'partly-repeals' as const, by: 'nd-372-2025', from: '2026-01-01', articles: ['Điều 5', 'Điều 7', 'Điều 13'], parts: 'khoản 2 và khoản 4 Điều 5, khoản 4 Điều 7, Điều 13', evidence };
    expect(changeLine(repeal, ref).text).toBe('Hết hiệu lực một phần theo nd-372-2025: khoản 2 và khoản 4 Điều 5, khoản 4 Điều 7, Điều 13 (từ 01/01/2026)');
    // Whole articles are named as articles.
    expect(changeLine({ ...repeal, articles: ['Điều 13'], parts: 'Điều 13' }, ref).text).toBe('Hết hiệu lực một phần theo nd-372-2025: Điều 13 (từ 01/01/2026)');
  });

  it('gives a timeline: issued, in force, amended, ended, oldest first', () => {
    const ref = (id: string) => id;
    expect(timeline(statuses.get('tt-28-2026')!, '2026-03-27', ref)).toEqual([
      { date: '2026-03-27', text: 'Ban hành', by: null },
      { date: '2026-04-01', text: 'Có hiệu lực', by: null },
      { date: '2026-06-15', text: 'Được sửa đổi, bổ sung (Điều 3, Điều 5) theo tt-5-2026', by: 'tt-5-2026' },
    ]);
    expect(timeline(statuses.get('tt-25-2021')!, '2021-04-07', ref)).toEqual([
      { date: '2021-04-07', text: 'Ban hành', by: null },
      { date: '2021-06-01', text: 'Có hiệu lực', by: null },
      { date: '2026-04-01', text: 'Hết hiệu lực theo tt-28-2026', by: 'tt-28-2026' },
    ]);
  });

  it('says it does not know when the collection does not say, and never guesses', () => {
    expect(statuses.get('tt-9-2020')).toEqual({ state: 'unknown', changes: [] });
    expect(statusHeadline(statuses.get('tt-9-2020')!, (x) => x, '2026-01-01').text).toBe('Chưa rõ hiệu lực');
    // Thông tư 25/2021 is cited inside the title of 62/2023 ("sửa đổi, bổ sung … của Thông tư số 25/2021"): that is 62/2023 speaking, not this collection.
    expect(statuses.get('tt-25-2021')!.changes).toEqual([]);
    expect(contradictions).toEqual([]);
  });

  it('lists a text that ends a document before that document takes effect as a contradiction', () => {
    texts['tt-early'] = 'Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực kể từ ngày 01 tháng 02 năm 2021 và thay thế Thông tư số 25/2021/TT-BTC ngày 07 tháng 4 năm 2021 của Bộ trưởng Bộ Tài chính.';
    const early = doc('tt-early', '3', 'TT-BTC', 2021, '2021-05-01');
    const { statuses: st, contradictions: c } = collection([OLD, early]);
    expect(st.get('tt-25-2021')).toMatchObject({ state: 'replaced', by: 'tt-early', from: '2021-02-01' });
    expect(c).toHaveLength(1);
    expect(c[0]!.message).toMatch(/before it takes effect \(2021-06-01\)/);
  });
});
