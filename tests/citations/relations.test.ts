import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/citations/index.ts';
import { CORPUS, corpus } from './helpers.ts';

describe('relations from the wording', () => {
  it('reads Căn cứ as basis and Thực hiện/Triển khai as implements, lists inherit', () => {
    const { citations } = extract(corpus(CORPUS.phongDoanh));
    expect(citations[0]).toMatchObject({ number: '923', relation: 'implements' });
    expect(citations[1]).toMatchObject({ number: '02', relation: 'implements' });
    const tb = extract(corpus(CORPUS.tanBinh)).citations;
    expect(tb[0]).toMatchObject({ number: '3815', relation: 'basis' });
    expect(tb[1]).toMatchObject({ number: '1821', relation: 'basis' });
  });

  it('“thực hiện theo …” is done as another text says, a reference, not a plan carrying it out', () => {
    // Real sentences: a tax office's letter and a law of the bundled collection.
    const rel = (text: string) => extract(text).citations.map((c) => c.relation);
    expect(rel('Việc lập hóa đơn thực hiện theo hướng dẫn tại Khoản 9 Điều 3 Thông tư số 26/2015/TT-BTC ngày 27/02/2015 của Bộ Tài chính.')).toEqual(['cites']);
    expect(rel('Trình tự, thủ tục huy động nhân lực bảo vệ an ninh mạng được thực hiện theo quy định của Luật An ninh quốc gia, Luật Quốc phòng.')).toEqual(['cites', 'cites']);
    // Carrying a text out is still implementing it, and so is a list after it.
    expect(rel('Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và Kế hoạch số 02/KH-UBND ngày 10/01/2025 của UBND tỉnh, Ủy ban nhân dân xã ban hành Kế hoạch.')).toEqual(['implements', 'implements']);
  });

  it('learns "71/NQ-CP … thực hiện 57-NQ/TW" as an edge between the cited documents', () => {
    const { citations, edges } = extract(corpus(CORPUS.phongDoanh));
    const e = edges.find((x) => citations[x.from]!.number === '71' && citations[x.to]!.number === '57');
    expect(e?.relation).toBe('implements');
    expect(e?.sentence).toContain('Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW');
    expect(citations[e!.to]!.relation).toBe('cites');
  });

  it('learns replacement: "Quy định 114 … thay thế Quy định 205-QĐ/TW"', () => {
    const { citations, edges } = extract(corpus(CORPUS.baiChay));
    const e = edges.find((x) => x.relation === 'replaces');
    expect(citations[e!.from]!.number).toBe('114');
    expect(citations[e!.to]!.number).toBe('205');
  });

  it('a citation inside another one\'s "về …" title belongs to that document (Kế hoạch 200: 103/KH-UBND implements 02/CT-UBND)', () => {
    const { citations, edges } = extract(corpus(CORPUS.langSon));
    const ct02 = citations.findIndex((c) => c.number === '02' && c.symbol === 'CT-UBND');
    expect(ct02).toBeGreaterThanOrEqual(0);
    expect(citations[ct02]!.relation).toBe('cites');
    const e = edges.find((x) => x.to === ct02);
    expect(citations[e!.from]).toMatchObject({ number: '103', symbol: 'KH-UBND' });
    expect(e!.relation).toBe('implements');
    // Outside a title, "gắn với thực hiện …" still tells what the citing document does.
    const own = extract('Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021, gắn với thực hiện Nghị quyết số 05-NQ/TU ngày 10/3/2021.').citations;
    expect(own[1]!.relation).toBe('implements');
  });

  it('reads "sửa đổi" as amends', () => {
    const { citations } = extract('Căn cứ Nghị định số 1/2024/NĐ-CP; Nghị định này sửa đổi Nghị định số 45/2019/NĐ-CP.');
    expect(citations[0]!.relation).toBe('basis');
    expect(citations[1]!.relation).toBe('amends');
  });

  it('what another text underwent is no act of the citing text; a list after a lead keeps it; a text kept to is cited', () => {
    const rel = (text: string) => extract(text).citations.map((c) => `${c.relation} ${c.number ?? c.name}`);
    // Luật 04/2007/QH12 of the bundled collection: the resolution amended the Constitution, which the law rests on.
    expect(rel('Căn cứ Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 51/2001/QH10;')).toEqual([
      'basis Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992',
      'basis 51',
    ]);
    // A consolidated text's note: the circular named amended this point; the consolidation does not amend it.
    expect(rel('Điểm này được sửa đổi theo quy định tại khoản 3 Điều 1 của Thông tư số 04/2018/TT-BLĐTBXH, có hiệu lực từ ngày 15 tháng 8 năm 2018.')).toEqual(['cites 04']);
    expect(rel('Cụm từ “Cục Thú y” được thay thế bằng cụm từ “Cục Chăn nuôi và Thú y” theo quy định tại khoản 1 Điều 29 của Thông tư số 09/2025/TT-BNNMT.')).toEqual(['cites 09']);
    // Kế hoạch 200/KH-UBND: "Thực hiện …; Hướng dẫn số 16/HĐ-HDTHĐKT …;" lists what the plan implements.
    expect(rel('Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua; Hướng dẫn số 16/HĐ-HDTHĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương;')).toEqual([
      'implements 19',
      'implements 16',
    ]);
    // …over several items, each only a document (a decision's bases; "Luật Đo đạc và bản đồ" read whole, with its number).
    expect(rel('Căn cứ Luật Đo đạc và bản đồ số 27/2018/QH14 ngày 14 tháng 6 năm 2018; Luật Đo đạc và Bản đồ; Luật Khí tượng thủy văn;')).toEqual([
      'basis 27',
      'basis Luật Đo đạc và Bản đồ',
      'basis Luật Khí tượng thủy văn',
    ]);
    // …not a clause that says something of its own first.
    expect(rel('Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021; các đơn vị báo cáo theo Hướng dẫn số 16/HĐ-HDTHĐKT.')).toEqual(['implements 19', 'cites 16']);
    // Kế hoạch 218/KH-UBND: a text the plan keeps to is no text it carries out.
    expect(rel('Trong thực hiện phải đảm bảo sự lãnh đạo của Đảng, bảo đảm không trái với Điều lệ Đảng và quy định pháp luật.')).toEqual(['cites Điều lệ Đảng']);
  });
});
