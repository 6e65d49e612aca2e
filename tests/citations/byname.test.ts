import { describe, expect, it } from 'vitest';
import { extract, extractCitations } from '../../src/lib/citations/index.ts';
import { doc } from './helpers.ts';

const names = (s: string) => extractCitations(s).filter((c) => c.form === 'name').map((c) => [c.docType, c.text]);

describe('citations by name', () => {
  it('finds laws, the Party Charter, congress and plenum resolutions', () => {
    expect(names('bảo đảm không trái với Điều lệ Đảng và Luật Thi đua, khen thưởng;')).toEqual([
      ['Điều lệ', 'Điều lệ Đảng'],
      ['Luật', 'Luật Thi đua, khen thưởng'],
    ]);
    expect(names('theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.')).toEqual([
      ['Nghị quyết', 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng'],
    ]);
    expect(names('quán triệt Nghị quyết Trung ương 4 khóa XII và Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung\nương khóa XIII,')).toEqual([
      ['Nghị quyết', 'Nghị quyết Trung ương 4 khóa XII'],
      ['Nghị quyết', 'Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung\nương khóa XIII'],
    ]);
    expect(names('các văn bản hướng dẫn thi hành Luật thi đua, khen thưởng')).toEqual([['Luật', 'Luật thi đua, khen thưởng']]);
  });

  it('reads ordinances named in lower case, with commas or “về”, when what follows identifies a document, and not prose after “Pháp lệnh”', () => {
    expect(names('2. Pháp lệnh phòng, chống lụt, bão năm 1993; Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh phòng, chống lụt, bão năm 2000 hết hiệu lực')).toEqual([
      ['Pháp lệnh', 'Pháp lệnh phòng, chống lụt, bão'],
      ['Pháp lệnh', 'Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh phòng, chống lụt, bão'],
    ]);
    expect(names('2. Pháp lệnh thương phiếu ngày 24 tháng 12 năm 1999 và các văn bản khác hết hiệu lực.')).toEqual([['Pháp lệnh', 'Pháp lệnh thương phiếu']]);
    expect(names('Bãi bỏ Pháp lệnh về thuế nông nghiệp đã được Hội đồng Nhà nước thông qua.')).toEqual([['Pháp lệnh', 'Pháp lệnh về thuế nông nghiệp']]);
    expect(names('trái với Luật, Pháp lệnh mà không thực hiện được; các Pháp lệnh liên quan đến thuế')).toEqual([]);
    expect(names('thủ tục theo Pháp lệnh việc cấp giấy chứng nhận hy sinh phải được')).toEqual([]);
    // "và" and "bị" inside the name, the date or year after it.
    expect(names('2. Pháp lệnh khai thác và bảo vệ công trình khí tượng thủy văn năm 1994 hết hiệu lực')).toEqual([['Pháp lệnh', 'Pháp lệnh khai thác và bảo vệ công trình khí tượng thủy văn']]);
    expect(names('2. Pháp lệnh về lực lượng dự bị động viên ngày 27 tháng 8 năm 1996 hết hiệu lực')).toEqual([['Pháp lệnh', 'Pháp lệnh về lực lượng dự bị động viên']]);
    // "các" inside the name.
    expect(names('2. Pháp lệnh thủ tục giải quyết các tranh chấp lao động năm 1996 hết hiệu lực')).toEqual([['Pháp lệnh', 'Pháp lệnh thủ tục giải quyết các tranh chấp lao động']]);
    // Nothing after the name that identifies a document: no name, "và" or not.
    expect(names('theo Pháp lệnh khai thác và bảo vệ công trình mà các bên đã thỏa thuận')).toEqual([]);
  });

  it('reads a law whose name holds a shorter law’s name whole (“Luật Quy hoạch đô thị và nông thôn”, not “Luật Quy hoạch”)', () => {
    expect(names('Điều 1. Sửa đổi, bổ sung một số điều của Luật Quy hoạch đô thị và nông thôn')).toEqual([['Luật', 'Luật Quy hoạch đô thị và nông thôn']]);
  });

  it('merges a law name with its number into one numbered citation', () => {
    const c = extractCitations('Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ text: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15', docType: 'Luật', number: '72', year: 2025, symbol: 'QH15', form: 'full' });
  });

  it('merges a law whose name holds a comma the engine cut at with its number (“Luật An toàn, vệ sinh lao động số 84/2015/QH13”)', () => {
    for (const [text, name] of [
      ['Căn cứ Luật An toàn, vệ sinh lao động số 84/2015/QH13;', 'Luật An toàn, vệ sinh lao động'],
      ['Căn cứ Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15;', 'Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở'],
      ['Căn cứ Pháp lệnh Án phí, lệ phí tòa án số 10/2009/PL-UBTVQH12;', 'Pháp lệnh Án phí, lệ phí tòa án'],
    ]) {
      const c = extractCitations(text!);
      expect(c, text).toHaveLength(1);
      expect(c[0], text).toMatchObject({ name, form: 'full' });
    }
    // Another document after the comma is no part of the name.
    expect(extractCitations('theo Luật Đất đai, các luật có liên quan số 12/2020/QH14').map((c) => c.name ?? null)).toEqual(['Luật Đất đai', null]);
  });

  it('does not merge a law’s name with another document cited by its own type right after it', () => {
    expect(extractCitations('theo quy định của Luật Kiến trúc (Nghị định số 85/2020/NĐ-CP ngày 17 tháng 7 năm 2020)').map((c) => c.text)).toEqual(['Luật Kiến trúc', 'Nghị định số 85/2020/NĐ-CP']);
    // A law cited by its own type and number in brackets is that law.
    expect(extractCitations('Luật Việc làm (Luật số 38/2013/QH13)').map((c) => [c.name, c.number])).toEqual([['Luật Việc làm', '38']]);
  });

  it('does not read a law’s enacting formula as a citation of another document (“Quốc hội ban hành Luật …”)', () => {
    const self = doc({ id: 'luat-69', docType: 'Luật', number: '69', symbol: 'QH14', year: 2020, issuer: 'Quốc hội', level: 'central', date: '2020-11-13' });
    const text = 'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng.\nĐiều 1. Luật Việc làm số 38/2013/QH13 được áp dụng.';
    expect(extract(text, { self }).citations.map((c) => c.text)).toEqual(['Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'Luật Việc làm số 38/2013/QH13']);
    // Without a document of its own kind to enact (a letter quoting the formula), the name is a citation.
    expect(extract(text).citations.map((c) => c.name)).toContain('Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng');
  });

  it('reads the date of a law cited by name', () => {
    expect(extractCitations('Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;')[0]?.date).toBe('2015-06-25');
  });

  it('does not take "pháp luật", "Luật sư" or "Đại hội … Thành phố" without "Nghị quyết" for citations', () => {
    expect(names('theo quy định của pháp luật; Luật sư Nguyễn Văn An; Đại hội đại biểu Đảng bộ Thành phố lần thứ XI')).toEqual([]);
  });

  it('reads an amending law as one citation over its whole name', () => {
    const c = extractCitations('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ text: 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', form: 'name', date: '2019-11-22' });
  });

  it('takes only a named Constitution, typed as one, not the boilerplate "Hiến pháp và pháp luật"', () => {
    expect(names('tuân thủ Hiến pháp và pháp luật; Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;')).toEqual([
      ['Hiến pháp', 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ]);
    expect(names('Căn cứ Hiến pháp năm 2013;')).toEqual([['Hiến pháp', 'Hiến pháp năm 2013']]);
  });

  it('never runs a name over a blank line: a heading’s last word “Luật” and the next paragraph are no law', () => {
    // Two bills' reports in the bundled collection: "… cho việc thi hành Luật" / "" / "Việc triển khai thi hành Luật này …".
    expect(names('1. Dự kiến nguồn lực, điều kiện bảo đảm cho việc thi hành Luật\n\nViệc triển khai thi hành Luật này trên cơ sở nguồn lực hiện có.')).toEqual([]);
    expect(names('Dự kiến nguồn lực bảo đảm thi hành Luật\n \nKinh phí tổ chức thi hành luật từ nguồn ngân sách.')).toEqual([]);
    // A name a PDF wrapped over one line break is still read.
    expect(names('Căn cứ Luật Tài nguyên,\nmôi trường biển và hải đảo;')).toEqual([['Luật', 'Luật Tài nguyên,\nmôi trường biển và hải đảo']]);
  });
});
