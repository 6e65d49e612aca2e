import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/lib/citations/index.ts';

const read = (name: string) => readFileSync(`content/sources/${name}`, 'utf8');

describe('the "về …" title clause', () => {
  it('keeps a document cited inside the clause as part of the title', () => {
    const cits = extractCitations(read('2025-08-21-kh-22-ubnd-xa-phong-doanh.txt'));
    const kl69 = cits.find((c) => c.number === '69' && c.symbol === 'KL/TW' && c.title);
    expect(kl69?.title).toMatch(/^tiếp tục thực hiện Nghị quyết số 20-NQ\/TW ngày 01\/11\/2012 của Ban Chấp hành Trung ương Đảng khóa XI về phát triển khoa học và công nghệ/);
  });

  it('cuts a long clause at a word boundary and marks the cut', () => {
    const words = 'nâng cao hiệu lực hiệu quả hoạt động của các cơ quan trong hệ thống chính trị '.repeat(5);
    const title = extractCitations(`Thực hiện Nghị quyết số 12-NQ/TU ngày 01/01/2021 của Ban Thường vụ Tỉnh ủy về ${words}trong tỉnh.`)[0]!.title!;
    expect(title.endsWith(' …')).toBe(true);
    expect(title.length).toBeLessThan(words.length);
    // The last kept word is a whole word of the source sentence.
    expect(words).toMatch(new RegExp(`${title.slice(0, -2).split(' ').pop()!} `));
  });

  it('ends where the citing sentence goes on: “, qua đó …”, “, trong đó …”, “… thì …”, “… hết hiệu lực …”, “, <body> quyết định …”', () => {
    // Nghị quyết 49-NQ/TU in the Lạng Sơn letter: "… đến 2030, qua đó góp phần thực hiện …" is the letter's own words.
    const cits = extractCitations(read('2021-10-26-cv-1419-vks-lang-son-kem-kh-200-ubnd.txt'));
    expect(cits.find((c) => c.number === '49' && c.symbol === 'NQ/TU')?.title).toBe('chuyển đổi số tỉnh Lạng Sơn đến năm 2025, định hướng đến 2030');
    const title = (text: string) => extractCitations(text)[0]?.title;
    expect(title('Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, trong đó yêu cầu đẩy mạnh chuyển đổi số.')).toBe('đột phá phát triển khoa học, công nghệ');
    expect(title('Nghị định số 25/2017/NĐ-CP ngày 14 tháng 3 năm 2017 của Chính phủ về Báo cáo tài chính nhà nước hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.')).toBe('Báo cáo tài chính nhà nước');
    expect(title('Căn cứ Nghị quyết số 35/2023/UBTVQH15 ngày 12 tháng 7 năm 2023 của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính, Ủy ban Thường vụ Quốc hội quyết định như sau:')).toBe('sắp xếp đơn vị hành chính');
    expect(title('Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Bộ Tài chính đã báo cáo Chính phủ.')).toBe('đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia');
    // "Kế hoạch 5 năm" after "và" is words of the title, no second document (Chỉ thị 19/CT-TTg).
    expect(title('Thực hiện Chỉ thị số 19/CT-TTg ngày 24/7/2021 của Thủ tướng Chính phủ về xây dựng Kế hoạch phát triển kinh tế - xã hội hàng năm và Kế hoạch 5 năm 2021-2025.')).toBe('xây dựng Kế hoạch phát triển kinh tế - xã hội hàng năm và Kế hoạch 5 năm 2021-2025');
    expect(title('theo Quyết định số 12/QĐ-UBND về việc thành lập Ban chỉ đạo và Kế hoạch số 35/KH-UBND của UBND tỉnh')).toBe('thành lập Ban chỉ đạo');
    // A title's own commas and capitals stay: "…, Quốc hội khóa XV"; "Luật, Pháp lệnh" is no body speaking.
    expect(title('Thực hiện Nghị quyết số 100/2023/QH15 của Quốc hội về hoạt động chất vấn tại Kỳ họp thứ 6, Quốc hội khóa XV.')).toBe('hoạt động chất vấn tại Kỳ họp thứ 6, Quốc hội khóa XV');
    expect(title('Thực hiện Kết luận số 19-KL/TW của Bộ Chính trị về định hướng chương trình xây dựng Luật, Pháp lệnh nhiệm kỳ Quốc hội khóa XV đã xác định nhiều nhiệm vụ.')).toMatch(/^định hướng chương trình xây dựng Luật, Pháp lệnh nhiệm kỳ Quốc hội khóa XV/);
  });
});

describe('where a cited title ends (Chỉ thị 05-CT/TW, issue 15)', () => {
  const ct05 = (file: string) => extractCitations(read(file)).filter((c) => c.number === '05' && c.symbol === 'CT/TW');

  it('the Tân Bình plan: the title stops before the plan\'s own "tại cơ quan, đơn vị thuộc quận"', () => {
    const cits = ct05('2023-06-08-kh-218-ubnd-quan-tan-binh.txt');
    expect(cits).toHaveLength(2);
    for (const c of cits) {
      expect(c.issuer).toBe('Bộ Chính trị');
      expect(c.title).toBe('đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh');
      expect(c.titleQuoted).toBeUndefined();
    }
  });

  it('the Lạng Sơn plan quotes the title whole (“Về …”): read to its closing quote and marked quoted', () => {
    const cits = ct05('2021-10-26-cv-1419-vks-lang-son-kem-kh-200-ubnd.txt');
    expect(cits).toHaveLength(1);
    expect(cits[0]!.title).toBe('đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh');
    expect(cits[0]!.titleQuoted).toBe(true);
    // The Kết luận citing it in the same sentence keeps the quoted title as running text.
    const kl01 = extractCitations(read('2021-10-26-cv-1419-vks-lang-son-kem-kh-200-ubnd.txt')).find((c) => c.number === '01' && c.symbol === 'KL/TW')!;
    expect(kl01.title).toBe('tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh');
  });

  it('a bare place ends only a central body\'s title; named places and "các tỉnh" stay in it', () => {
    const title = (s: string) => extractCitations(s)[0]!.title;
    expect(title('Thực hiện Nghị quyết số 12-NQ/TW ngày 01/02/2020 của Bộ Chính trị về công tác dân vận trên địa bàn huyện.')).toBe('công tác dân vận');
    expect(title('Thực hiện Quyết định số 5/QĐ-TTg ngày 01/02/2020 của Thủ tướng Chính phủ về hỗ trợ tại các tỉnh, thành phố.')).toBe('hỗ trợ tại các tỉnh, thành phố');
    expect(title('Thực hiện Quyết định số 5/QĐ-TTg ngày 01/02/2020 của Thủ tướng Chính phủ về quy hoạch trên địa bàn tỉnh Lạng Sơn.')).toBe('quy hoạch trên địa bàn tỉnh Lạng Sơn');
    // A province's own plan may well be "trên địa bàn huyện": only a central title is cut.
    expect(title('Thực hiện Kế hoạch số 3/KH-UBND ngày 01/02/2020 của UBND huyện về phát triển du lịch trên địa bàn huyện.')).toBe('phát triển du lịch trên địa bàn huyện');
  });

  it('an unclosed quote is read as an unquoted clause, stopping at its punctuation', () => {
    const c = extractCitations('Căn cứ Nghị quyết số 12-NQ/TW ngày 01/02/2020 của Bộ Chính trị “Về công tác dân vận; tiếp tục triển khai')[0]!;
    expect(c.title).toBe('công tác dân vận');
    expect(c.titleQuoted).toBeUndefined();
  });
});

describe('local congress resolutions cited by name', () => {
  it('"Đảng bộ tỉnh lần thứ XVII" in a Lạng Sơn plan and "Đảng bộ tỉnh Lạng Sơn lần thứ XVII" are one entity', async () => {
    const { citationEntityId } = await import('../../src/lib/citations/identity.ts');
    const citing = {
      id: 'x', docType: 'Kế hoạch', number: '200', symbol: 'KH-UBND', year: null, issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn',
      level: 'province' as const, locality: { province: 'Lạng Sơn', district: null, commune: null }, date: '2021-10-09', title: null,
    };
    const text = 'theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII và Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVII.';
    const named = extractCitations(text, { self: citing }).filter((c) => c.form === 'name');
    expect(named).toHaveLength(2);
    const ids = named.map((c) => citationEntityId(c, citing));
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).toContain('lang-son');
  });
});

describe('line starts that look like headers', () => {
  it('reads a law whose number wraps onto the next line after a trailing space', () => {
    const text = 'Căn cứ Luật Phòng, chống tham nhũng \nsố 36 /2018/QH14 ngày 20/11/2018;';
    const [c] = extractCitations(text);
    expect(c).toMatchObject({ docType: 'Luật', number: '36', year: 2018, symbol: 'QH14', date: '2018-11-20', form: 'full' });
    expect(c!.text).toBe('Luật Phòng, chống tham nhũng \nsố 36 /2018/QH14');
  });

  it('still skips a header "Số:" line and a "Số 15/2024/TT-BYT" line', () => {
    expect(extractCitations('BỘ Y TẾ\nSố: 15/2024/TT-BYT\nHà Nội')).toEqual([]);
    expect(extractCitations('BỘ Y TẾ\nSố 15/2024/TT-BYT\nHà Nội')).toEqual([]);
  });

  it('does not read a title line over a numbered section as a citation', () => {
    const text = 'HƯỚNG DẪN\n\n1. Nội dung theo Quyết định số 12/QĐ-UBND ngày 02/01/2024.';
    expect(extractCitations(text).map((c) => c.text)).toEqual(['Quyết định số 12/QĐ-UBND']);
  });

  it('marks a title cut at its length limit with “…”, where the limit falls on a space too', () => {
    // The Bãi Cháy study conference's list: Chỉ thị 34-CT/TU's title runs past the limit right after a word.
    const text = '3/ Chỉ thị số 34-CT/TU, ngày 23/6/2023 của Ban thường vụ Tỉnh uỷ về tăng cường sự lãnh đạo của Đảng trong triển khai thực hiện Đề án phát triển ứng dụng số liệu dân cư, định danh và xác thực điện tử, phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030 gắn với chuyển đổi số toàn diện trên địa bàn tỉnh Quảng Ninh.\n\n4/ Chỉ thị số 37-CT/TU';
    const title = extractCitations(text)[0]!.title!;
    expect(title.endsWith(' gắn với chuyển …')).toBe(true);
    // …and a title that ends before the limit is not marked.
    expect(extractCitations('Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.')[0]!.title).toBe('đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh');
  });
});
