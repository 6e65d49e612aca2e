import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEffect } from '../../src/lib/citations/index.ts';

const HOLDOUT = new URL('../fixtures/relations/holdout/', import.meta.url).pathname;

const kinds = (text: string, issued: string | null = null) =>
  readEffect(text, { issued }).relations.map((r) => `${r.kind} ${r.target.number}${r.target.symbol ? '/' + r.target.symbol : ''}`);

describe('effective date', () => {
  it('reads a written date, with the article it sits in', () => {
    const e = readEffect('Điều 7. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 4 năm 2026.\n2. Bãi bỏ Thông tư số 62/2023/TT-BTC.', {});
    expect(e.effective).toMatchObject({ kind: 'date', date: '2026-04-01', article: 'Điều 7' });
    expect(e.effective?.sentence).toBe('1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 4 năm 2026.');
  });

  it('computes "kể từ ngày ký" and "sau 45 ngày kể từ ngày ký" from the date of issue, and never guesses without it', () => {
    expect(readEffect('Quyết định này có hiệu lực kể từ ngày ký.', { issued: '2025-02-28' }).effective).toMatchObject({ kind: 'on-issue', date: '2025-02-28' });
    expect(readEffect('Quyết định này có hiệu lực kể từ ngày ký.', {}).effective).toMatchObject({ kind: 'on-issue', date: null });
    expect(readEffect('Nghị định này có hiệu lực thi hành sau 45 ngày, kể từ ngày ký ban hành.', { issued: '2017-07-01' }).effective).toMatchObject({ kind: 'after-days', days: 45, date: '2017-08-15' });
    expect(readEffect('Nghị định này có hiệu lực thi hành sau 15 ngày kể từ ngày đăng Công báo.', { issued: '2017-07-01' }).effective).toMatchObject({ kind: 'after-days', from: 'publication', date: null });
    expect(readEffect('Nghị quyết này có hiệu lực thi hành từ ngày được thông qua.', { issued: '2025-06-16' }).effective).toMatchObject({ kind: 'on-issue', date: '2025-06-16' });
  });

  it('reads "ngày 15/8/2017" and an end of effect in the same sentence', () => {
    const e = readEffect('Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành đến ngày 28 tháng 02 năm 2027.', { issued: '2025-09-15' });
    expect(e.effective?.date).toBe('2025-09-15');
    expect(e.ends?.date).toBe('2027-02-28');
    expect(readEffect('Thông tư này có hiệu lực kể từ ngày 15/8/2017 và hết hiệu lực kể từ ngày 01 tháng 3 năm 2027.', {}).ends?.date).toBe('2027-03-01');
  });

  it('ignores other things that take effect: contracts, certificates, the dates other rules refer to', () => {
    const text = [
      'Chứng chỉ tư vấn cấp mới có hiệu lực 05 năm kể từ ngày cấp.',
      'Đối với hồ sơ nhận trước ngày Thông tư này có hiệu lực thì áp dụng theo Thông tư số 13/2015/TT-BTC.',
      'Quy định tại mục số 7 điểm a khoản 3 Điều 1 của Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.',
      'Thời điểm hợp đồng chuyển nhượng có hiệu lực theo quy định của pháp luật.',
    ].join('\n');
    expect(readEffect(text, {}).effective).toBeNull();
  });
});

describe('what a document says of others', () => {
  it('reads thay thế, bãi bỏ and hết hiệu lực said by the document itself', () => {
    const text = [
      'Điều 6. Hiệu lực thi hành',
      '1. Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2025 và thay thế Quyết định số 18/2024/QĐ-UBND ngày 21 tháng 02 năm 2024 của UBND Thành phố.',
      '2. Thông tư số 25/2021/TT-BTC ngày 07 tháng 4 năm 2021 của Bộ trưởng Bộ Tài chính quy định mức thu phí hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành.',
      '3. Bãi bỏ Thông tư số 62/2023/TT-BTC ngày 03 tháng 10 năm 2023 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 25/2021/TT-BTC.',
    ].join('\n');
    expect(kinds(text)).toEqual(['replaces 18/QĐ-UBND', 'ends-effect 25/TT-BTC', 'repeals 62/TT-BTC']);
    const r = readEffect(text, {}).relations[0]!;
    expect(r.article).toBe('Điều 6');
    expect(r.sentence).toContain('thay thế Quyết định số 18/2024/QĐ-UBND');
  });

  it('keeps the articles a partial repeal names, and a list of repealed documents after "sau đây:"', () => {
    const partial = readEffect('Điều 2. Bãi bỏ\n1. Bãi bỏ Điều 17, Điều 18, Điều 19 và khoản 1 Điều 20 Thông tư số 07/2023/TT-BLĐTBXH.', {}).relations;
    expect(partial).toHaveLength(1);
    expect(partial[0]).toMatchObject({ kind: 'partly-repeals', articles: ['Điều 17', 'Điều 18', 'Điều 19', 'Điều 20'] });
    const list = 'Điều 1. Bãi bỏ toàn bộ văn bản\nBãi bỏ toàn bộ 2 văn bản quy phạm pháp luật do Thống đốc ban hành sau đây:\n1. Quyết định số 96/1997/QĐ-NH2 ngày 19 tháng 4 năm 1997 của Thống đốc.\n2. Thông tư số 23/2011/TT-NHNN ngày 31 tháng 8 năm 2011 của Thống đốc sửa đổi, bổ sung một số điều của Thông tư số 03/2010/TT-NHNN.\nĐiều 2. Hiệu lực thi hành';
    expect(kinds(list)).toEqual(['repeals 96/QĐ-NH2', 'repeals 23/TT-NHNN']);
  });

  it('reads an amending title and the articles its items amend, not the quoted new articles', () => {
    const text = [
      'NGHỊ ĐỊNH',
      'Sửa đổi, bổ sung một số điều của Nghị định số 95/2013/NĐ-CP ngày 22 tháng 8 năm 2013 của Chính phủ',
      'Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;',
      'Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 95/2013/NĐ-CP như sau:',
      '1. Sửa đổi, bổ sung Điều 3 như sau:',
      '“Điều 3. Hình thức xử phạt',
      'Phạt tiền.”',
      '2. Bổ sung Điều 4a vào sau Điều 4 như sau:',
      'Điều 2. Hiệu lực thi hành',
      'Nghị định này có hiệu lực thi hành kể từ ngày 25 tháng 11 năm 2015.',
    ].join('\n');
    const rs = readEffect(text, {}).relations;
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ kind: 'amends', amends: true, supplements: true, articles: ['Điều 3', 'Điều 4a'] });
  });

  it('says nothing of documents that only other documents amend, guide or replace', () => {
    const text = [
      'Căn cứ Luật Các tổ chức tín dụng số 32/2024/QH15 được sửa đổi, bổ sung bởi Luật số 96/2025/QH15;',
      'Căn cứ Nghị định số 78/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật ban hành văn bản quy phạm pháp luật;',
      'Điều 5. Điều khoản chuyển tiếp',
      'Hồ sơ nộp trước ngày Thông tư này có hiệu lực thì áp dụng theo Thông tư số 13/2015/TT-BTC được sửa đổi, bổ sung bởi Thông tư số 13/2020/TT-BTC.',
      'a) Hướng dẫn các đơn vị thực hiện Quyết định số 923/QĐ-TTg.',
      'Trường hợp các văn bản dẫn chiếu tại Thông tư này được sửa đổi, bổ sung hoặc thay thế thì thực hiện theo văn bản sửa đổi, bổ sung hoặc thay thế đó.',
    ].join('\n');
    expect(kinds(text)).toEqual([]);
  });

  it('reads hướng dẫn and quy định chi tiết in the title or after "<Loại> này"', () => {
    const text = 'THÔNG TƯ\nHướng dẫn thi hành Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ\nCăn cứ Luật Quản lý thuế số 38/2019/QH14;\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định chi tiết khoản 3 Điều 8 của Luật Quản lý thuế số 38/2019/QH14.';
    expect(kinds(text)).toEqual(['guides 126/NĐ-CP', 'details 38/QH14']);
  });

  it('tolerates OCR in the verbs ("thay thé", "ké từ")', () => {
    const e = readEffect('1. Nghị định này có hiệu lực thi hành ké từ ngày 01 tháng 01 năm 2016\nvà thay thé các Nghị định số 26/2009/NĐ-CP ngày 16 tháng 3 năm 2009 và số 113/2011/NĐ-CP ngày 08 tháng 12 năm 2011 của Chính phủ.', {});
    expect(e.effective?.date).toBe('2016-01-01');
    expect(e.relations.map((r) => r.kind)).toContain('replaces');
  });

  it('stays linear on hostile gaps: runs of numbers and letters between a verb and a document', () => {
    // A real customs letter with long numbered tables made one nested-quantifier regex take a minute.
    const gap = '1.2 a 3 b IV c 5.6 d '.repeat(4000);
    const text = `Điều 2. Hiệu lực thi hành\nBãi bỏ ${gap}xyz Thông tư số 1/2020/TT-BTC; Thông tư số 2/2020/TT-BTC ngày 01/01/2020 của Bộ Tài chính, ${gap}xyz Thông tư số 3/2020/TT-BTC.`;
    const t0 = performance.now();
    const e = readEffect(text, {});
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(e.relations).toEqual([]);
  });
});

describe('lists of parts in a real amending law (Luật 71/2014/QH13, tests/fixtures/relations/holdout)', () => {
  const file = readdirSync(HOLDOUT).find((f) => f.startsWith('blog-luat-su') && f.endsWith('.txt'))!;
  const e = readEffect(readFileSync(HOLDOUT + file, 'utf8'), { issued: '2014-11-26' });
  const of = (kind: string, number: string) => e.relations.find((r) => r.kind === kind && `${r.target.number}/${r.target.year}/${r.target.symbol}` === number);

  it('takes "Luật thuế thu nhập doanh nghiệp số 14/2008/QH12" as the document amended, though the engine cites "số 14/2008/QH12" alone', () => {
    expect(of('amends', '14/2008/QH12')?.sentence).toMatch(/[Ss]ửa đổi, bổ sung một số điều của Luật thuế thu nhập doanh nghiệp số 14\/2008\/QH12/);
  });

  it('keeps "Điều 6" of "d) Điều 6 của Luật thuế tiêu thụ đặc biệt số 27/2008/QH12": a partial repeal, not a whole one', () => {
    expect(e.relations.some((r) => r.kind === 'repeals' && r.target.number === '27')).toBe(false);
    expect(of('partly-repeals', '27/2008/QH12')).toMatchObject({ articles: ['Điều 6'], parts: 'Điều 6' });
  });
});

describe('a technical regulation issued with a circular (tests/fixtures/relations/holdout-2/vbpl-doc-000474.txt)', () => {
  it('"QCVN 55:2013/BTNMT - Quy chuẩn … ban hành kèm theo Thông tư số 57/2013/TT-BTNMT … hết hiệu lực" ends part of that circular', () => {
    const text = readFileSync(new URL('../fixtures/relations/holdout-2/vbpl-doc-000474.txt', import.meta.url), 'utf8');
    const line = text.split('\n').find((l) => l.startsWith('2. QCVN 55:2013/BTNMT'))!;
    expect(line).toContain('ban hành kèm theo Thông tư số 57/2013/TT-BTNMT');
    expect(kinds(line)).toEqual(['ends-effect 57/TT-BTNMT']);
    expect(readEffect(line).relations[0]).toMatchObject({ parts: expect.stringMatching(/^QCVN 55:2013\/BTNMT/) });
  });
});

describe('relations in the shapes the third holdout set showed (real sentences)', () => {
  it('a list after the bare verb: "Nghị định này thay thế:" then a) … d)', () => {
    const text = '2. Nghị định này thay thế:\n\na) Nghị định số 218/2013/NĐ-CP ngày 26 tháng 12 năm 2013 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều Luật Thuế thu nhập doanh nghiệp;\n\nb) Nghị định số 91/2014/NĐ-CP ngày 01 tháng 10 năm 2014 của Chính phủ sửa đổi, bổ sung một số điều tại các Nghị định về thuế;\n\n3. Trường hợp các văn bản được viện dẫn được sửa đổi thì thực hiện theo văn bản mới.';
    expect(kinds(text)).toEqual(['replaces 218/NĐ-CP', 'replaces 91/NĐ-CP']);
  });
  it('a phrase in quotes names no target: the document after it is the one amended', () => {
    const text = '3. Sửa đổi cụm từ “điểm b, điểm c khoản 2 Điều 6 Nghị định số 59/2021/NĐ-CP ngày 18 tháng 6 năm 2021 của Chính phủ” tại khoản 3 Điều 12 Nghị định số 248/2025/NĐ-CP ngày 25 tháng 7 năm 2025 của Chính phủ thành cụm từ “điểm b khoản 2 Điều 6 Nghị định này”.';
    expect(kinds(text)).toEqual(['amends 248/NĐ-CP']);
  });
  it('"thay thế cụm từ “…” bằng cụm từ “…” tại … của Luật … số …" amends that law', () => {
    const text = '2. Thay thế cụm từ “Luật Tương trợ tư pháp” bằng cụm từ “Luật Tương trợ tư pháp về hình sự” tại khoản 4 Điều 32 của Luật Tổ chức Viện kiểm sát nhân dân số 63/2014/QH13.';
    expect(kinds(text)).toEqual(['amends 63/QH13']);
  });
  it('a law named with commas before its bare number is that number; "Các quy định về … của" names a part', () => {
    const text = '2. Các quy định về viễn thông của Pháp lệnh bưu chính, viễn thông số 43/2002/PL-UBTVQH10 hết hiệu lực kể từ ngày Luật này có hiệu lực.';
    expect(kinds(text)).toEqual(['ends-effect 43/PL-UBTVQH10']);
  });
  it('"Bãi bỏ số thứ tự 10 tại Phụ lục …" repeals a row: a part', () => {
    const text = '3. Bãi bỏ số thứ tự số 10 tại Phụ lục Danh mục khu vực hàng hải thuộc phạm vi quản lý của Cảng vụ hàng hải được ban hành kèm theo Thông tư số 32/2019/TT-BGTVT ngày 04 tháng 9 năm 2019 của Bộ trưởng Bộ Giao thông vận tải.';
    expect(kinds(text)).toEqual(['partly-repeals 32/TT-BGTVT']);
  });
  it('two subjects of "hết hiệu lực", the first with its title: "Quyết định số … ban hành … và Điều 11 Thông tư số …"', () => {
    const text = '2. Quyết định số 23/2008/QĐ-NHNN của Thống đốc NHNN ban hành Chế độ báo cáo tài chính của NHNN và Điều 11 Thông tư số 12/2023/TT-NHNN của Thống đốc NHNN sửa đổi, bổ sung một số điều hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.';
    expect(kinds(text)).toEqual(['ends-effect 23/QĐ-NHNN', 'ends-effect 12/TT-NHNN']);
  });
});

describe('relations in the shapes the fourth holdout set showed (real sentences)', () => {
  it('the passive with the new wording below amends: "Khoản 1 Điều 25 của Thông tư 02/2013/TT-NHNN được sửa đổi như sau:"', () => {
    const text = 'Điều 1. Khoản 1 Điều 25 của Thông tư 02/2013/TT-NHNN được sửa đổi như sau:\n“1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 6 năm 2014.”';
    expect(kinds(text)).toEqual(['amends 02/TT-NHNN']);
    const r = readEffect(text, {}).relations[0]!;
    expect(r.kind === 'amends' && r.parts).toContain('Khoản 1 Điều 25');
  });
  it('what a cited text underwent is no relation of this one: "… đã được sửa đổi như sau", "… được sửa đổi, bổ sung bởi …"', () => {
    expect(kinds('Điều 3 Thông tư số 02/2013/TT-NHNN đã được sửa đổi như sau: …')).toEqual([]);
    expect(kinds('Căn cứ Thông tư số 02/2013/TT-NHNN được sửa đổi, bổ sung bởi Thông tư số 09/2014/TT-NHNN;')).toEqual([]);
  });
  it('a chapter named with its title is a part: "…; Chương IX - Đánh giá, cấp chứng chỉ … của Luật dạy nghề số 76/2006/QH11 hết hiệu lực"', () => {
    const text = '2. Các quy định về bảo hiểm thất nghiệp của Luật bảo hiểm xã hội số 71/2006/QH11; Chương IX - Đánh giá, cấp chứng chỉ kỹ năng nghề quốc gia của Luật dạy nghề số 76/2006/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.';
    expect(kinds(text)).toEqual(['ends-effect 71/QH11', 'ends-effect 76/QH11']);
  });
});
