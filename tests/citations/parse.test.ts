import { describe, expect, it } from 'vitest';
import { isoDate, parsePinpoint, parseTail, readIssuer, canonicalCodes } from '../../src/lib/citations/parse.ts';
import { clean } from '../../src/lib/citations/clean.ts';
import { extractCitations } from '../../src/lib/citations/index.ts';

const tail = (s: string) => {
  const t = clean(s).text;
  return parseTail(t, 0, t.length);
};

describe('parse: fields after a citation', () => {
  it('reads dates in every written form, also split across lines', () => {
    expect(tail(' ngày 09/10/2021 của UBND').date).toBe('2021-10-09');
    expect(tail(', ngày 9/1/2024').date).toBe('2024-01-09');
    expect(tail(' ngày 18 tháng 10 năm 2022 của').date).toBe('2022-10-18');
    expect(tail(' ngày 18 tháng\n10 năm 2022').date).toBe('2022-10-18');
    expect(tail(', ngày \n14/5/2026 của').date).toBe('2026-05-14');
    expect(tail(' ngày 31/02/2021').date).toBeNull();
    expect(isoDate(29, 2, 2024)).toBe('2024-02-29');
  });

  it('reads the issuer named after "của" and stops at the next clause', () => {
    expect(tail(' ngày 09/10/2021 của UBND tỉnh Lạng Sơn về việc triển khai').issuer).toBe('UBND tỉnh Lạng Sơn');
    expect(tail(' ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khóa XI về phát triển').issuer).toBe('Ban Chấp hành Trung ương Đảng khóa XI');
    expect(tail(' của Ủy ban nhân dân Thành phố tổ chức Phong trào').issuer).toBe('Ủy ban nhân dân Thành phố');
    expect(tail(' ngày 25/7/2018 của Bộ Chính trị (khóa XII) về').issuer).toBe('Bộ Chính trị');
    expect(tail(' của Chủ tịch UBND tỉnh phát động thi đua').issuer).toBe('Chủ tịch UBND tỉnh');
    expect(tail(' của Chính phủ và Kế hoạch hành động').issuer).toBe('Chính phủ');
    expect(tail(' của UBND tỉnh Ninh Bình ban hành Kế hoạch').issuer).toBe('UBND tỉnh Ninh Bình');
    expect(tail(' của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến').issuer).toBe('Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh');
    expect(tail(' của Bộ Tư pháp, Bộ Tài chính, Thanh tra Chính phủ;').issuer).toBe('Bộ Tư pháp, Bộ Tài chính, Thanh tra Chính phủ');
    expect(tail(' ngày 09/10/2021 của UBND tỉnh Lạng Sơn\n\nLạng Sơn, ngày 26 tháng 10 năm 2021').issuer).toBe('UBND tỉnh Lạng Sơn');
    expect(tail(' của UBND tỉnh\n\nKính gửi: Các phòng, ban').issuer).toBe('UBND tỉnh');
    expect(readIssuer('về việc', 0)).toBeNull();
  });

  it('reads a company’s name whole, its legal form and trade in lower case, and stops where the sentence asks (real tax letters)', () => {
    expect(tail(' ngày 15/07/2020 của Công ty cổ phần tập đoàn Masan về nghĩa vụ thuế').issuer).toBe('Công ty cổ phần tập đoàn Masan');
    expect(tail(' ngày 25/11/2024 của Công ty TNHH đầu tư xây dựng HTKT COININ\n5').issuer).toBe('Công ty TNHH đầu tư xây dựng HTKT COININ');
    expect(tail(' ngày 26/06/2020 của Công ty\nViễn thông điện lực và Công nghệ thông tin hỏi về thuế').issuer).toBe('Công ty Viễn thông điện lực');
    expect(tail(' của Công ty TNHH công nghệ sinh học Konishi Việt Nam (sau đây gọi tắt là “Công ty”)').issuer).toBe('Công ty TNHH công nghệ sinh học Konishi Việt Nam');
    // What a letter asks is no part of the name that sends it.
    expect(tail(' của Công ty TNHH Ford Việt Nam hỏi về chi phí').issuer).toBe('Công ty TNHH Ford Việt Nam');
    expect(tail(' của Cục Hải quan tỉnh Bình Dương vướng mắc').issuer).toBe('Cục Hải quan tỉnh Bình Dương');
    // A trade word that is the sentence's verb ends the name: "thực hiện", not "thực phẩm".
    expect(tail(' của Công ty cổ phần An Phát thực hiện dự án').issuer).toBe('Công ty cổ phần An Phát');
    // Outside a company's name the trade words are the sentence's.
    expect(tail(' của UBND tỉnh đầu tư xây dựng').issuer).toBe('UBND tỉnh');
  });

  it('reads no issuer whose name ends at a cell’s bar in a table row: it may go on in another cell (real OCR’d and flattened tables)', () => {
    // A circular of the bundle, its table OCR'd: "… 72/2014/TT-BTC của Bộ trưởng Bộ Tài STT Ten hang | số lượn …".
    const ocr = extractCitations('thức quy định tại Điều 12 Thông tư số An bà trên hóa đơn kiêm tờ | 72/2014/TT-BTC của Bộ trưởng Bộ Tài STT Ten hang | số lượn khai hoàn thuế chính');
    expect(ocr.find((c) => c.number === '72')!.issuer).toBeNull();
    // A draft law's table, a name cut at its cell's edge: "Quyết định số 56/2010/QĐ-TTg … của Thủ tướng Chính|".
    expect(extractCitations('| Quyết định số 56/2010/QĐ-TTg ngày 29/9/2010 của Thủ tướng Chính| phủ |')[0]!.issuer).toBeNull();
    // A name whole before the text goes on, in a row or not, is read.
    expect(extractCitations('| 1 | Thông tư số 72/2014/TT-BTC ngày 30/5/2014 của Bộ Tài chính quy định về hoàn thuế | x |')[0]!.issuer).toBe('Bộ Tài chính');
  });

  it('ends an issuer before "và" and an article, and before "Bộ trưởng" of a joint list (real letters of the bundle)', () => {
    const letter = extractCitations('Căn cứ Điều 12 Thông tư số 32/2011/TT-BTC ngày 14/03/2011 của Bộ Tài chính và Điều 19 Thông tư số 39/2014/TT-BTC ngày 31/03/2014 của Bộ Tài chính, theo đó …');
    expect(letter.map((c) => c.issuer)).toEqual(['Bộ Tài chính', 'Bộ Tài chính']);
    const joint = extractCitations('theo quy định tại Thông tư liên tịch số 07/2013/TTLT-BGDĐT-BNV-BTC ngày 08 tháng 03 năm 2013 của Bộ trưởng Bộ Giáo dục và Đào tạo, Bộ trưởng Bộ Nội vụ và Bộ trưởng Bộ Tài chính hướng dẫn thực hiện chế độ trả lương dạy thêm giờ');
    expect(joint[0]!.issuer).not.toMatch(/Bộ trưởng$|, Bộ trưởng/);
  });

  it('reads the "về …" clause as the title', () => {
    expect(tail(' ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ; Kế hoạch').title).toBe('đột phá phát triển khoa học, công nghệ');
  });

  it('ends the title where what befell the cited text begins (“…, được sửa đổi, bổ sung bởi …”)', () => {
    expect(tail(' ngày 14 tháng 12 năm 2004 của Chính phủ về chế độ tiền lương đối với cán bộ, công chức, viên chức và lực lượng vũ trang được sửa đổi, bổ sung bởi Nghị định số 76/2009/NĐ-CP;').title).toBe('chế độ tiền lương đối với cán bộ, công chức, viên chức và lực lượng vũ trang');
    expect(tail(' ngày 24 tháng 3 năm 2014 của Chính phủ về phổ cập giáo dục, xóa mù chữ, được sửa đổi theo Nghị định số 142/2025/NĐ-CP').title).toBe('phổ cập giáo dục, xóa mù chữ');
  });

  it('writes symbols without spaces in official casing', () => {
    expect(canonicalCodes('NĐ -CP')).toBe('NĐ-CP');
    expect(canonicalCodes('NĐ- -CP')).toBe('NĐ-CP');
    expect(canonicalCodes('CT-TTG')).toBe('CT-TTg');
    expect(canonicalCodes('CTR')).toBe('CTr');
    expect(canonicalCodes('KH- UBND')).toBe('KH-UBND');
  });

  it('keeps pinpoints on the citation', () => {
    const t = clean('theo điểm a khoản 2 Điều 5 Nghị định số 98/2023/NĐ-CP').text;
    const p = parsePinpoint(t, t.indexOf('Nghị định'));
    expect(p?.pinpoint).toEqual({ text: 'điểm a khoản 2 Điều 5', article: '5', clause: '2', point: 'a' });
    const c = extractCitations('Thông tư này quy định chi tiết khoản 3 Điều 84 Luật Thi đua, khen thưởng.');
    expect(c[0]?.pinpoint?.article).toBe('84');
    expect(c[0]?.form).toBe('name');
  });
});

describe('parse: where a cited title ends', () => {
  it('at the next list item, even without punctuation (Đề cương hội nghị, Chi bộ Bãi Cháy)', () => {
    const t = tail(' ngày 18/8/2023, về xin lỗi và phục hồi quyền lợi của tổ chức đảng, đảng viên bị kỷ luật oan\n\n3/ Chỉ thị số 34-CT/TU, ngày 23/6/2023');
    expect(t.title).toBe('xin lỗi và phục hồi quyền lợi của tổ chức đảng, đảng viên bị kỷ luật oan');
    expect(tail(' về phát động thi đua\n- Kế hoạch số 5/KH-UBND').title).toBe('phát động thi đua');
  });
  it('at a sibling citation joined by "và", a comma or a new paragraph (Kế hoạch 218/KH-UBND)', () => {
    expect(tail(' ngày 14 tháng 11 năm 2018 của Ủy ban nhân dân Thành phố về công bố thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Nội vụ và Quyết định số 3895/QĐ-UBND ngày 16 tháng 11 năm 2021').title)
      .toBe('công bố thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Nội vụ');
    expect(tail(' về kiểm soát quyền lực, Quy định số 117-QĐ/TW ngày 18/8/2023').title).toBe('kiểm soát quyền lực');
    expect(tail(' về xin lỗi đảng viên bị kỷ luật oan\nQuy định số 117 cùng với Quy định số 69-QĐ/TW').title).toBe('xin lỗi đảng viên bị kỷ luật oan');
  });
  it('keeps a citation the title is about, and a title split across lines by a PDF', () => {
    expect(tail(' về tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương').title).toBe(
      'tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương',
    );
    expect(tail(' về phát triển khoa học và\ncông nghệ').title).toBe('phát triển khoa học và công nghệ');
    expect(tail(" về thi hành\nĐiều lệ Đảng").title).toBe("thi hành Điều lệ Đảng");
    expect(tail(" về bãi bỏ Quyết định số\n21/2012/QĐ-UBND ngày 14/8/2012").title).toContain("21/2012/QĐ-UBND");
  });
});

describe('parse: an issuer named after a citation is read whole', () => {
  const issuerOf = (s: string) => extractCitations(s)[0]?.issuer;
  it('with the commas and "và" of its own name', () => {
    expect(issuerOf('Kế hoạch số 12-KH/TW ngày 1/2/2023 của Bộ Văn hoá, Thể thao và Du lịch về du lịch.')).toBe('Bộ Văn hoá, Thể thao và Du lịch');
    expect(issuerOf('Hướng dẫn số 5-HD/BTGDVTW ngày 3/4/2025 của Ban Tuyên giáo và Dân vận Trung ương về tuyên truyền.')).toBe('Ban Tuyên giáo và Dân vận Trung ương');
    expect(issuerOf('Quy định số 9-QĐ/TW ngày 5/6/2024 của Bộ Chính trị, Ban Bí thư về cán bộ.')).toBe('Bộ Chính trị, Ban Bí thư');
  });
  it('but not a second body joined to it', () => {
    expect(issuerOf('Kế hoạch số 12-KH/TU ngày 1/2/2023 của Ban Thường vụ Tỉnh ủy và UBND tỉnh về du lịch.')).toBe('Ban Thường vụ Tỉnh ủy');
    expect(issuerOf('Công văn số 7/UBND-VP ngày 1/1/2024 của UBND tỉnh, Sở Nội vụ và các ngành.')).toBe('UBND tỉnh');
  });
});

describe('issuers whose names the word rules cut short (real sentences of the bundled collection)', () => {
  const issuerOf = (s: string) => extractCitations(s)[0]!.issuer;
  it.each([
    ['Báo cáo thẩm tra số 414/BC-UBPLTP15 ngày 03 tháng 6 năm 2025 của Ủy ban Pháp luật và Tư pháp, ý kiến của các cơ quan.', 'Ủy ban Pháp luật và Tư pháp'],
    ['Thông tư số 45/2011/TT-BNNPTNT ngày 24 tháng 6 năm 2011 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn ban hành Quy chuẩn kỹ thuật Quốc gia.', 'Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn'],
    ['Thông tư số 48/2024/TT-BGTVT ngày 15 tháng 11 năm 2024 của Bộ trưởng Bộ Giao thông vận tải (nay là Bộ Xây dựng) ban hành các Quy chuẩn.', 'Bộ trưởng Bộ Giao thông vận tải'],
    ['Thông tư số 32/2020/TT-BTTTT ngày 04 tháng 11 năm 2020 của Bộ trưởng Bộ Thông tin và Truyền thông quy định Danh mục dịch vụ.', 'Bộ trưởng Bộ Thông tin và Truyền thông'],
    ['Luật thương mại số 36/2005/QH11 ngày 14/06/2005 của Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam quy định:', 'Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Thông tư số 15/2023/TT-BVHTTDL ngày 05 tháng 12 năm 2023 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch quy định về tổ chức.', 'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch'],
    ['Theo công văn số 328/TCT-CS ngày 24/1/2017 của Tổng cục Thuế trả lời Cục Thuế TP Hà Nội như sau:', 'Tổng cục Thuế'],
    ['Căn cứ công văn 1910/TCT-CS, ngày 10/5/2017 của Tổng cục thuế:', 'Tổng cục thuế'],
    ['Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy.', 'Hội nghị Trung ương 6 khóa XII'],
  ])('%s', (sentence, issuer) => {
    expect(issuerOf(sentence)).toBe(issuer);
  });

  it('no issuer where a name cut at an OCR’d table row’s end would go on among the next row’s cells (Thông tư 32/2025/TT-BTC)', () => {
    // The rows as OCR joined them: the cell that cites goes on after the next row's bar ("… chính").
    const rows = 'An bà trên hóa đơn kiêm tờ | 72/2014/TT-BTC của Bộ trưởng Bộ Tài\nSTT Ten hang | số lượn khai hoàn thuế chính\n(Name of " M . „';
    const c = extractCitations(rows).find((x) => x.text.includes('72/2014'))!;
    expect(c.issuer).toBeNull();
    // A cell that goes on in a line without bars is one text, and its issuer is read over the break.
    expect(issuerOf('sung tại khoản 8 Điều | Thông tư số 39/2018/TT-BTC ngày 20/4/2018) của Bộ\nTài chính quy định thủ tục hải quan')).toBe('Bộ Tài chính');
  });

  it('a joint issuer read by the rules stays whole', () => {
    expect(issuerOf('Căn cứ Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính, Bộ Công an về việc hướng dẫn.')).toBe('Bộ Tài chính, Bộ Công an');
  });
});
