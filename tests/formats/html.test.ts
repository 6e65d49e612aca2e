/**
 * Web pages saved from a portal: only the document is kept (no menus, banners,
 * breadcrumbs, sidebars, scripts, hidden text), its layout tables are read
 * column by column, and the page imports to the same document as the text.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/lib/import/formats/html.ts';
import { CORPUS_DIR, FIXTURES, identityOf, prepare, wordRecall, words } from './helpers.ts';

describe('a page saved from a district portal (Kế hoạch 218/KH-UBND)', () => {
  const page = prepare(join(FIXTURES, 'portal-ubnd-quan-tan-binh-kh-218.html'));
  const text = prepare(join(CORPUS_DIR, '2023-06-08-kh-218-ubnd-quan-tan-binh.txt'));

  it('imports cleanly to the same document as the text version', () => {
    expect(page.problems).toEqual([]);
    expect(identityOf(page)).toEqual(identityOf(text));
    expect(page.docs[0]!.fm.signer).toEqual(text.docs[0]!.fm.signer);
    expect(page.docs[0]!.fm.recipients).toEqual(text.docs[0]!.fm.recipients);
    expect(page.docs[0]!.fm.source.original).toEqual({ format: 'html', bytes: expect.any(Number), pages: null, ocr: null });
    expect(page.docs[0]!.fm.source.encoding).toBe('html utf-8');
  });

  it('keeps the whole body and nothing of the portal around it', () => {
    const body = page.docs[0]!.body;
    expect(wordRecall(words(text.docs[0]!.body), words(body))).toBeGreaterThanOrEqual(0.995);
    for (const chrome of ['Trang chủ', 'Tìm kiếm', 'Giới thiệu', 'cookie', 'Đang tải', '0xDEADBEEF', 'Văn bản mới', 'Tệp đính kèm', 'Văn bản liên quan', 'Chia sẻ', 'Số/Ký hiệu', 'Trường Chinh', 'console.log', 'CỔNG THÔNG TIN']) {
      expect(body).not.toContain(chrome);
    }
  });
});

describe('HTML reading', () => {
  it('writes a data table as a GFM table, pipes escaped, and bold and italic as marks', () => {
    const text = htmlToText(`<body><article><p>Danh sách <b>đơn vị</b> và <i>chỉ tiêu</i>:</p>
      <table><tr><th>STT</th><th>Đơn vị</th><th>Chỉ tiêu</th></tr>
      <tr><td>1</td><td>Phường 1 | Phường 2</td><td>95%</td></tr><tr><td>2</td><td>Phường 15</td><td>90%</td></tr></table>
      <p>Ghi chú: 2 * 3 = 6</p></article></body>`);
    expect(text).toContain('Danh sách **đơn vị** và *chỉ tiêu*:');
    expect(text).toContain('| STT | Đơn vị | Chỉ tiêu |\n| --- | --- | --- |\n| 1 | Phường 1 \\| Phường 2 | 95% |\n| 2 | Phường 15 | 90% |');
    expect(text).toContain('Ghi chú: 2 \\* 3 = 6');
  });

  it('reads a known content container even when the page has more text elsewhere', () => {
    const menu = Array.from({ length: 50 }, (_, i) => `<li><a href="/t${i}">Tin tức số ${i} về hoạt động của phường trong tháng</a></li>`).join('');
    const text = htmlToText(`<body><ul class="list-news">${menu}</ul><div class="noi-dung"><p>${'Căn cứ Luật Tổ chức chính quyền địa phương. '.repeat(6)}</p></div></body>`);
    expect(text.trim()).toBe('Căn cứ Luật Tổ chức chính quyền địa phương.'.concat(' Căn cứ Luật Tổ chức chính quyền địa phương.'.repeat(5)));
  });

  it('writes a Word footnote (as mammoth gives it) after its mark, without the link back', () => {
    const text = htmlToText('<body><p>Căn cứ Luật Tổ chức chính quyền địa phương năm 2015<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> và các văn bản hướng dẫn.</p><ol><li id="footnote-1"><p> Đã được sửa đổi, bổ sung năm 2019. <a href="#footnote-ref-1">↑</a></p></li></ol></body>');
    expect(text).toBe('Căn cứ Luật Tổ chức chính quyền địa phương năm 2015[1] và các văn bản hướng dẫn.\n\n[1] Đã được sửa đổi, bổ sung năm 2019.\n');
  });

  it('keeps the full text when a portal puts it inside tabs or a "related" box', () => {
    const text = htmlToText(`<body><div class="nav-tabs related-box"><ul><li><a href="#a">Thuộc tính</a></li></ul>
      <div id="toanvancontent"><p>${'Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc. '.repeat(5)}</p></div></div></body>`);
    expect(text).toMatch(/^Điều 1\. Ban hành kèm theo Quyết định này Quy chế làm việc\./);
    expect(text).not.toContain('Thuộc tính');
  });

  it('refuses a page with no document in it', () => {
    expect(() => htmlToText('<body><nav><a href="/">Trang chủ</a></nav><script>var x = "văn bản";</script></body>')).toThrow(/no document text/);
  });
});
