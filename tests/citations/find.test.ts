import { describe, expect, it } from 'vitest';
import { clean } from '../../src/lib/citations/clean.ts';
import { findSymbolCitations } from '../../src/lib/citations/find.ts';
import { extractCitations } from '../../src/lib/citations/index.ts';
import { CORPUS, corpus } from './helpers.ts';

const find = (s: string) => findSymbolCitations(clean(s).text);
const brief = (s: string) => extractCitations(s).map((c) => [c.docType, c.number, c.year, c.symbol]);

describe('find: the three numbering shapes and letters', () => {
  it('reads state, Party, law, letter and joint symbols', () => {
    expect(brief('theo Quyết định số 24/2018/QĐ-UBND, Quyết định số 923/QĐ-TTg và Nghị quyết số 57-NQ/TW')).toEqual([
      ['Quyết định', '24', 2018, 'QĐ-UBND'],
      ['Quyết định', '923', null, 'QĐ-TTg'],
      ['Nghị quyết', '57', null, 'NQ/TW'],
    ]);
    expect(brief('Căn cứ Luật số 06/2022/QH15; Công văn số 1419/VKS-VP; Văn bản số 22/UBND-VP7; Văn bản số 43-CV/TU')).toEqual([
      ['Luật', '06', 2022, 'QH15'],
      ['Công văn/Văn bản', '1419', null, 'VKS-VP'],
      ['Công văn/Văn bản', '22', null, 'UBND-VP7'],
      ['Công văn/Văn bản', '43', null, 'CV/TU'],
    ]);
    expect(brief('Thông tư liên tịch số 14/2015/TTLT-BTP-BTC-TTCP')).toEqual([['Thông tư liên tịch', '14', 2015, 'TTLT-BTP-BTC-TTCP']]);
  });

  it('tolerates split type words, stray spaces, en-dashes, upper case, "sổ" and no "số"', () => {
    expect(brief('Chỉ\nthị số 35-CT/TW')).toEqual([['Chỉ thị', '35', null, 'CT/TW']]);
    expect(brief('Nghị quyết số 49-\n\nNQ/TU')).toEqual([['Nghị quyết', '49', null, 'NQ/TU']]);
    expect(brief('Chỉ thị số 34- CT/TW')).toEqual([['Chỉ thị', '34', null, 'CT/TW']]);
    expect(brief('Kế hoạch số 75/KH- UBND')).toEqual([['Kế hoạch', '75', null, 'KH-UBND']]);
    expect(brief('Nghị định số 30/2020/NĐ -CP')).toEqual([['Nghị định', '30', 2020, 'NĐ-CP']]);
    // OCR's hyphen doubled where a line broke (22 times in the real texts): one hyphen, the whole symbol.
    expect(brief('khoản 2 Điều 30 Nghị định số 123/2020/NĐ- -CP thì')).toEqual([['Nghị định', '123', 2020, 'NĐ-CP']]);
    expect(brief('Triển khai thực hiện Nghị quyết số 57- -NQ/TW ngày 22/12/2024')).toEqual([['Nghị quyết', '57', null, 'NQ/TW']]);
    // Two hyphens with spaces on both sides are no symbol's.
    expect(brief('Công văn số 12/UBND - - VP')).toEqual([['Công văn/Văn bản', '12', null, 'UBND']]);
    expect(brief('CHỈ THỊ SỐ 27/CT-TTG')).toEqual([['Chỉ thị', '27', null, 'CT-TTg']]);
    expect(brief('Kế hoạch sổ 12/KH-UBND; Quyết định 1234/QĐ-UBND')).toEqual([
      ['Kế hoạch', '12', null, 'KH-UBND'],
      ['Quyết định', '1234', null, 'QĐ-UBND'],
    ]);
    expect(brief('Chỉ thị số 05–CT/TW')).toEqual([['Chỉ thị', '05', null, 'CT/TW']]);
    expect(brief('Nghị định số 45/2019/ND-CP; Nghị quyết số 57/2025/NQ-HDND')).toEqual([
      ['Nghị định', '45', 2019, 'NĐ-CP'],
      ['Nghị quyết', '57', 2025, 'NQ-HĐND'],
    ]);
  });

  it('lets the type word decide: Văn bản … CV/TU is a letter, Quy định … QĐ/TW is a regulation', () => {
    expect(brief('Văn bản số 43-CV/TU')[0]?.[0]).toBe('Công văn/Văn bản');
    expect(brief('Quy định số 114-QĐ/TW')[0]?.[0]).toBe('Quy định');
    expect(brief('Quyết định số 1-QĐ/TW')[0]?.[0]).toBe('Quyết định');
    expect(brief('Thông tri số 02-TT/TU')[0]?.[0]).toBe('Thông tri');
  });

  it('splits lists sharing a type word or a symbol into one citation per document', () => {
    expect(brief('các Công điện số 217/CĐ-TTg, số 218/CĐ-TTg của Thủ tướng Chính phủ')).toEqual([
      ['Công điện', '217', null, 'CĐ-TTg'],
      ['Công điện', '218', null, 'CĐ-TTg'],
    ]);
    expect(brief('Kết luận số 187, 188-KL/TW ngày 20/8/2025')).toEqual([
      ['Kết luận', '187', null, 'KL/TW'],
      ['Kết luận', '188', null, 'KL/TW'],
    ]);
  });

  it("does not take a document's own header number for a citation", () => {
    expect(find('ỦY BAN NHÂN DÂN\nQUẬN TÂN BÌNH\n\nSố: 218 /KH-UBND\n\nTân Bình, ngày 08 tháng 6 năm 2023')).toEqual([]);
    const raw = corpus(CORPUS.tanBinh);
    expect(extractCitations(raw).some((c) => c.number === '218')).toBe(false);
    expect(extractCitations(corpus(CORPUS.langSon))[0]?.text).toBe('Kế hoạch số 200/KH-UBND');
  });

  it('finds nothing in dates, stamps, periods and codes', () => {
    const neg = 'Số: 1680\nNgày: 12-06-2023\n13/6/23\ngiai đoạn 2021 - 2025, 2026-2030; COVID-19; 0203.3870.123; LýThịNgọcYến/BXDĐ-81; bão số 3';
    expect(extractCitations(neg)).toEqual([]);
  });
});

describe('find: numbers read from real documents met after the first releases', () => {
  it('a law whose name the engine does not know, before its number, is a law; a resolution’s bare number stays untyped', () => {
    const got = extractCitations('theo Luật Giáo dục quốc phòng và an ninh số 30/2013/QH13 và Pháp lệnh Chống tham nhũng số 03/1998/UBTVQH10; theo số 64/2013/QH13').filter((c) => c.number);
    expect(got.map((c) => [c.docType, c.number])).toEqual([['Luật', '30'], ['Pháp lệnh', '03'], ['other', '64']]);
  });
  it('reads OCR’s “so”, “sé”, “s6” for “số”, a symbol code with “Ư”, and a series number with a dot', () => {
    expect(brief('Thông tư so 103/2014/TT-BTC, Thông tư sé 119/2014/TT-BTC, Thông tư s6 25/2018/TT-BTC')).toEqual([
      ['Thông tư', '103', 2014, 'TT-BTC'],
      ['Thông tư', '119', 2014, 'TT-BTC'],
      ['Thông tư', '25', 2018, 'TT-BTC'],
    ]);
    expect(brief('Nghị quyết liên tịch số 01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-UBTƯMTTQVN')).toEqual([['Nghị quyết', '01', 2008, 'NQLT-BLĐTBXH-BCA-BVHTTDL-UBTƯMTTQVN']]);
    expect(brief('Nghị quyết 66.16/2026/NQ-CP')).toEqual([['Nghị quyết', '66.16', 2026, 'NQ-CP']]);
  });
});
