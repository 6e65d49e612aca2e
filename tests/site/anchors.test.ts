import { describe, expect, it } from 'vitest';
import { computeAnchors, parseLabel, type AnchorInput } from '../../src/lib/anchors.ts';

const h = (text: string): AnchorInput => ({ text, heading: true });
const p = (text: string): AnchorInput => ({ text, heading: false });
const ids = (items: AnchorInput[]) => computeAnchors(items).map((a) => a?.id ?? null);
const labels = (items: AnchorInput[]) => computeAnchors(items).map((a) => a?.label ?? null);

describe('parseLabel', () => {
  it('reads every numbering shape of the corpus', () => {
    expect(parseLabel('I. MỤC ĐÍCH, YÊU CẦU')).toMatchObject({ kind: 'roman', key: 'i' });
    expect(parseLabel('VI. TỔ CHỨC THỰC HIỆN')).toMatchObject({ kind: 'roman', key: 'vi' });
    expect(parseLabel('II- NỘI DUNG VÀ GIẢI PHÁP')).toMatchObject({ kind: 'roman', key: 'ii' });
    expect(parseLabel('1. Mục đích')).toMatchObject({ kind: 'numeric', key: '1' });
    expect(parseLabel('2.1. Hàng năm tổ chức phát động')).toMatchObject({ kind: 'numeric', key: '2-1' });
    expect(parseLabel('3.2 Bằng khen của Chủ tịch')).toMatchObject({ kind: 'numeric', key: '3-2' });
    expect(parseLabel('a) Đối với tập thể phải đạt các tiêu chuẩn sau:')).toMatchObject({ kind: 'letter', key: 'a' });
    expect(parseLabel('đ) Đối với cá nhân')).toMatchObject({ kind: 'letter', key: 'd' });
    expect(parseLabel('Phần 1; Quán triệt nội dung Quy định số 114-QĐ/TW')).toMatchObject({ kind: 'part', key: 'phan-1' });
    expect(parseLabel('Phần 3: Chỉ thị số 34-CT/TU')).toMatchObject({ kind: 'part', key: 'phan-3' });
    expect(parseLabel('PHẦN THỨ HAI')).toMatchObject({ kind: 'part', key: 'phan-2' });
    expect(parseLabel('Chương II. QUY ĐỊNH CỤ THỂ')).toMatchObject({ kind: 'chapter', key: 'chuong-ii' });
    expect(parseLabel('Điều 6. Trách nhiệm nêu gương')).toMatchObject({ kind: 'article', key: 'dieu-6' });
    expect(parseLabel('Khoản 5')).toMatchObject({ kind: 'clause', key: 'khoan-5' });
  });

  it('does not take words, years or amounts for numbering', () => {
    expect(parseLabel('MỤC ĐÍCH, YÊU CẦU')).toBeNull();
    expect(parseLabel('Năm 2023 tổ chức')).toBeNull();
    expect(parseLabel('2023. Một năm')).toBeNull();
    expect(parseLabel('Căn cứ Quyết định số 923/QĐ-TTg')).toBeNull();
    expect(parseLabel('Điều lệ Đảng quy định')).toBeNull();
    expect(parseLabel('C. Một mục chữ cái hoa')).toBeNull();
    expect(parseLabel('1.000 người tham gia')).toBeNull();
    expect(parseLabel('VI-rút corona')).toBeNull();
  });
});

describe('computeAnchors on the Lạng Sơn plan (Kế hoạch 200/KH-UBND)', () => {
  const items = [
    h('I. MỤC ĐÍCH, YÊU CẦU'),
    h('1. Mục đích'),
    h('2. Yêu cầu'),
    h('II. NỘI DUNG, GIẢI PHÁP'),
    h('1. Tổ chức quán triệt, triển khai, thực hiện Chỉ thị số 19/CT-TTg'),
    h('2. Tổ chức phát động các phong trào thi đua'),
    p('2.1. Hàng năm tổ chức phát động phong trào thi đua hoàn thành xuất sắc nhiệm vụ'),
    p('2.2. Phát động các phong trào thi đua theo chuyên đề'),
    p('Một đoạn văn thường không có số.'),
    h('3. Tập trung thực hiện tốt công tác phát hiện'),
    p('3.1. Công tác phát hiện, bồi dưỡng'),
    h('III. TỔ CHỨC THỰC HIỆN'),
    h('1. Hội đồng Thi đua - Khen thưởng tỉnh'),
  ];

  it('builds ids from the numbering, the label carrying its parent number once', () => {
    expect(ids(items)).toEqual([
      'i', 'i-1', 'i-2', 'ii', 'ii-1', 'ii-2', 'ii-2-1', 'ii-2-2', null, 'ii-3', 'ii-3-1', 'iii', 'iii-1',
    ]);
  });

  it('gives each anchor a label for citing', () => {
    expect(labels(items)).toEqual([
      'Mục I', 'Mục I.1', 'Mục I.2', 'Mục II', 'Mục II.1', 'Mục II.2', 'Mục II.2.1', 'Mục II.2.2', null,
      'Mục II.3', 'Mục II.3.1', 'Mục III', 'Mục III.1',
    ]);
  });

  it('keeps ids when heading words are corrected', () => {
    const corrected = items.map((i) =>
      i.text.startsWith('2.1.') ? { ...i, text: '2.1. Hằng năm tổ chức phát động (đã sửa lỗi chính tả)' } : i,
    );
    expect(ids(corrected)).toEqual(ids(items));
  });
});

describe('computeAnchors on the Tân Bình plan (letters under 3.1)', () => {
  it('puts a) under the numbered item it follows', () => {
    const items = [
      h('III. ĐỐI TƯỢNG THI ĐUA, HÌNH THỨC, TIÊU CHUẨN'),
      h('3. Tiêu chuẩn khen thưởng'),
      p('3.1. Huân chương Lao động hạng Ba của Chủ tịch nước'),
      p('a) Đối với tập thể phải đạt các tiêu chuẩn sau:'),
      p('b) Đối với cá nhân phải đạt các tiêu chuẩn sau:'),
      p('3.2. Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố:'),
      p('a) Đối với tập thể phải đạt các tiêu chuẩn sau:'),
      h('IV. TIẾN ĐỘ THỰC HIỆN'),
      h('1. Giai đoạn 2023 - 2025'),
      p('a) Năm 2023:'),
    ];
    expect(ids(items)).toEqual(['iii', 'iii-3', 'iii-3-1', 'iii-3-1-a', 'iii-3-1-b', 'iii-3-2', 'iii-3-2-a', 'iv', 'iv-1', 'iv-1-a']);
    expect(labels(items)[3]).toBe('Mục III.3.1 Điểm a');
  });
});

describe('computeAnchors on the Bãi Cháy outline (four parts)', () => {
  it('prefixes children with their part', () => {
    const items = [
      h('Phần 1; Quán triệt nội dung Quy định số 114-QĐ/TW, ngày 11/7/2023'),
      h('I. Mục đích'),
      h('1. Phạm vi'),
      h('Phần 2; Quán triệt nội dung Quy định số 117-QĐ/TW ngày 18/8/2023'),
      h('Phần 3: Chỉ thị số 34-CT/TU, ngày 23/6/2023 của Ban thường vụ Tỉnh ủy'),
      p('1. Nâng cao nhận thức, vai trò, trách nhiệm của cấp ủy'),
      h('II. Nhiệm vụ'),
      h('1. Cụ thể'),
      h('Phần 4: Chỉ thị số 37-CT/TU, ngày 21/7/2023'),
    ];
    expect(ids(items)).toEqual(['phan-1', 'phan-1-i', 'phan-1-i-1', 'phan-2', 'phan-3', 'phan-3-1', 'phan-3-ii', 'phan-3-ii-1', 'phan-4']);
    expect(labels(items)).toEqual([
      'Phần 1', 'Phần 1 Mục I', 'Phần 1 Mục I.1', 'Phần 2', 'Phần 3', 'Phần 3 Mục 1', 'Phần 3 Mục II', 'Phần 3 Mục II.1', 'Phần 4',
    ]);
  });
});

describe('computeAnchors on a legal text (Chương, Điều, Khoản)', () => {
  it('gives articles stand-alone ids and clauses their article', () => {
    const items = [
      h('Chương I. QUY ĐỊNH CHUNG'),
      h('Điều 1. Phạm vi điều chỉnh'),
      h('Chương II. QUY ĐỊNH CỤ THỂ'),
      h('Điều 6. Trách nhiệm nêu gương'),
      h('Khoản 5'),
      p('a) Gương mẫu chấp hành'),
      h('Điều 7. Khoản đánh số'),
      p('1. Khoản một'),
    ];
    expect(ids(items)).toEqual(['chuong-i', 'dieu-1', 'chuong-ii', 'dieu-6', 'dieu-6-khoan-5', 'dieu-6-khoan-5-a', 'dieu-7', 'dieu-7-1']);
    expect(labels(items)).toEqual([
      'Chương I', 'Điều 1', 'Chương II', 'Điều 6', 'Điều 6 Khoản 5', 'Điều 6 Khoản 5 Điểm a', 'Điều 7', 'Điều 7 Khoản 1',
    ]);
  });
});

describe('unnumbered headings and duplicates', () => {
  it('slugs words without diacritics and suffixes repeats deterministically', () => {
    const items = [h('Nơi nhận'), h('Nơi nhận'), h('Đảng ủy phường'), h('I. A'), h('I. B'), h('I. C')];
    expect(ids(items)).toEqual(['noi-nhan', 'noi-nhan-2', 'dang-uy-phuong', 'i', 'i-2', 'i-3']);
    expect(ids(items)).toEqual(ids(items));
  });

  it('never repeats an id, whatever the input', () => {
    const items = [h('1. A'), h('1. A'), p('1-2 x'), h('1 2'), h('1-2'), p('1.2. y'), h('1.2 z')];
    const out = ids(items).filter((x): x is string => x !== null);
    expect(new Set(out).size).toBe(out.length);
  });
});
