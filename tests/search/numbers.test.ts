import { describe, expect, it } from 'vitest';
import { documentKeys, parseNumberQuery, typeAbbreviations } from '../../src/lib/search/numbers.ts';

/** Pagefind matches a query key as a prefix of an indexed key. */
function finds(query: string, doc: Parameters<typeof documentKeys>[0]): boolean {
  const q = parseNumberQuery(query);
  if (!q) return false;
  const keys = documentKeys(doc);
  return q.keys.some((k) => keys.some((d) => d.startsWith(k)));
}

const nq57 = { docType: 'Nghị quyết', number: '57', symbol: 'NQ/TW', symbolYear: null };
const nq71 = { docType: 'Nghị quyết', number: '71', symbol: 'NQ-CP', symbolYear: null };
const nq57cp = { docType: 'Nghị quyết', number: '57', symbol: 'NQ-CP', symbolYear: null };
const kh200 = { docType: 'Kế hoạch', number: '200', symbol: 'KH-UBND', symbolYear: null };
const kh22 = { docType: 'Kế hoạch', number: '22', symbol: 'KH-UBND', symbolYear: null };
const kh02 = { docType: 'Kế hoạch', number: '02', symbol: 'KH-UBND', symbolYear: null };
const qd24 = { docType: 'Quyết định', number: '24', symbol: 'QĐ-UBND', symbolYear: 2018 };
const qd24b = { docType: 'Quyết định', number: '24', symbol: 'QĐ-UBND', symbolYear: 2019 };
const cv1419 = { docType: 'Công văn', number: '1419', symbol: 'VKS-VP', symbolYear: null };
const vb22 = { docType: 'Văn bản', number: '22', symbol: 'UBND-VP7', symbolYear: null };
const ct34tu = { docType: 'Chỉ thị', number: '34', symbol: 'CT/TU', symbolYear: null };
const ct34tw = { docType: 'Chỉ thị', number: '34', symbol: 'CT/TW', symbolYear: null };
const qd114 = { docType: 'Quy định', number: '114', symbol: 'QĐ/TW', symbolYear: null };
const unnumbered = { docType: 'Kế hoạch', number: null, symbol: null, symbolYear: null };

describe('documentKeys', () => {
  it('builds one key from number, symbol parts and year', () => {
    expect(documentKeys(nq57)).toEqual(['zz57znqztwz']);
    expect(documentKeys(qd24)).toEqual(['zz24zqdzubndz2018z']);
    expect(documentKeys(kh02)).toEqual(['zz2zkhzubndz']);
  });
  it('adds a type key when the symbol does not start with the type', () => {
    expect(documentKeys(cv1419)).toEqual(['zz1419zvkszvpz', 'zz1419zcvz']);
    expect(documentKeys(qd114)).toEqual(['zz114zqdztwz', 'zz114zqydz']);
  });
  it('gives nothing to a document without a number', () => {
    expect(documentKeys(unnumbered)).toEqual([]);
  });
  it('keeps keys free of anything but a-z and digits (one Pagefind word)', () => {
    for (const d of [nq57, qd24, cv1419, vb22, ct34tu, qd114]) {
      for (const k of documentKeys(d)) expect(k).toMatch(/^zz[a-z0-9]+$/);
    }
  });
});

describe('parseNumberQuery', () => {
  it.each([
    ['57-NQ/TW', nq57],
    ['57/NQ-TW', nq57],
    ['nq 57', nq57],
    ['NQ57', nq57],
    ['Nghị quyết 57', nq57],
    ['nghi quyet 57', nq57],
    ['Nghị quyết số 57-NQ/TW', nq57],
    ['57 – NQ / TW', nq57],
    ['200/KH-UBND', kh200],
    ['Kế hoạch số 200/KH-UBND', kh200],
    ['kh200', kh200],
    ['24/2018/QĐ-UBND', qd24],
    ['24/2018/QD-UBND', qd24],
    ['24/QĐ-UBND', qd24],
    ['2/KH-UBND', kh02],
    ['02/KH-UBND', kh02],
    ['1419/VKS-VP', cv1419],
    ['công văn 1419', cv1419],
    ['Văn bản số 22/UBND-VP7', vb22],
    ['34-CT/TU', ct34tu],
    ['Chỉ thị 34', ct34tw],
    ['Quy định 114', qd114],
    ['số 200', kh200],
    ['22 /KH-UBND', kh22],
  ])('"%s" finds its document', (query, doc) => {
    expect(finds(query, doc)).toBe(true);
  });

  it.each([
    ['57-NQ/TW', nq57cp],
    ['57-NQ/TW', nq71],
    ['nq 57', kh200],
    ['24/2018/QĐ-UBND', qd24b],
    ['34-CT/TU', ct34tw],
    ['22/UBND-VP', vb22],
    ['2/KH-UBND', kh22],
    ['20/KH-UBND', kh200],
    ['Chỉ thị 34', nq57],
  ])('"%s" does not find a different document', (query, doc) => {
    expect(finds(query, doc)).toBe(false);
  });

  it('finds every document sharing a number', () => {
    expect(finds('nq 57', nq57)).toBe(true);
    expect(finds('nq 57', nq57cp)).toBe(true);
    expect(finds('Chỉ thị 34', ct34tu)).toBe(true);
    expect(finds('Chỉ thị 34', ct34tw)).toBe(true);
  });

  it('keeps the other words of the query, with their diacritics', () => {
    expect(parseNumberQuery('200/KH-UBND Lạng Sơn')?.rest).toBe('Lạng Sơn');
    expect(parseNumberQuery('Đảng ủy nq 57 đột phá')?.rest).toBe('Đảng ủy đột phá');
    expect(parseNumberQuery('Nghị quyết số 57-NQ/TW của Bộ Chính trị')?.rest).toBe('của Bộ Chính trị');
    expect(parseNumberQuery('nghi quyet 57')?.rest).toBe('');
  });

  it('does not read dates, ranges or plain words as numbers', () => {
    expect(parseNumberQuery('chuyển đổi số')).toBeNull();
    expect(parseNumberQuery('ngày 22/12/2024')).toBeNull();
    expect(parseNumberQuery('giai đoạn 2021 - 2025')).toBeNull();
    expect(parseNumberQuery('Đảng ủy phường Bắc Kạn')).toBeNull();
    expect(parseNumberQuery('')).toBeNull();
  });
});

describe('typeAbbreviations', () => {
  it('maps type names, with or without diacritics', () => {
    expect(typeAbbreviations('Nghị quyết')).toEqual(['nq']);
    expect(typeAbbreviations('KẾ HOẠCH')).toEqual(['kh']);
    expect(typeAbbreviations('Quy dinh')).toEqual(['qd', 'qyd']);
    expect(typeAbbreviations('Bản tin')).toBeNull();
  });
});
