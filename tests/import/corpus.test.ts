/**
 * The five corpus documents, imported from content/sources with the project's
 * overrides: every fact the paper shows, the structure, and nothing dropped.
 */
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/lib/import/document.ts';
import { toLines } from '../../src/lib/import/lines.ts';
import { importInto, normalise, readAll, SOURCES, tempDir, type HastNode, type ReadDocument } from './helpers.ts';

const LANG_SON = '2021-10-26-cv-1419-vks-lang-son-kem-kh-200-ubnd.txt';
const TAN_BINH = '2023-06-08-kh-218-ubnd-quan-tan-binh.txt';
const BAI_CHAY = '2023-11-04-chi-bo-tieu-hoc-bai-chay-hoi-nghi-hoc-tap.md';
const PHONG_DOANH = '2025-08-21-kh-22-ubnd-xa-phong-doanh.txt';
const BAC_KAN = '2026-dang-uy-phuong-bac-kan-nam-nang-cao-chat-luong-can-bo.txt';

const ID = {
  letter: 'cong-van-1419-vks-vp-2021-vksnd-tinh-lang-son',
  plan200: 'ke-hoach-200-kh-ubnd-2021-ubnd-tinh-lang-son',
  tanBinh: 'ke-hoach-218-kh-ubnd-2023-ubnd-quan-tan-binh',
  phongDoanh: 'ke-hoach-22-kh-ubnd-2025-ubnd-xa-phong-doanh',
  bacKan: 'ke-hoach-ban-thuong-vu-dang-uy-phuong-bac-kan-thuc-hien-phong-trao-thi-dua',
  baiChay: 'hoi-nghi-hoc-tap-2023-11-04-chi-bo-truong-tieu-hoc-bai-chay',
};

let docs: Map<string, ReadDocument>;
let problems: { file: string; line: number; field: string; message: string }[];

beforeAll(() => {
  const out = tempDir('corpus');
  // The five corpus files only: the bundled real documents beside them are imported by npm run import.
  const r = importInto([LANG_SON, TAN_BINH, BAI_CHAY, PHONG_DOANH, BAC_KAN].map((f) => join(SOURCES, f)), out);
  expect(r.failedFiles).toBe(0);
  problems = r.problems;
  docs = readAll(out);
});

function doc(id: string): ReadDocument {
  const d = docs.get(id);
  if (!d) throw new Error(`no document ${id}; got ${[...docs.keys()].join(', ')}`);
  return d;
}

function paragraphs(n: HastNode): string[] {
  const out: string[] = [];
  const text = (x: HastNode): string => (x.type === 'text' ? x.value ?? '' : (x.children ?? []).map(text).join(''));
  const walk = (x: HastNode) => {
    if (x.tagName === 'p') out.push(text(x));
    x.children?.forEach(walk);
  };
  walk(n);
  return out;
}

function find(n: HastNode, tag: string): HastNode[] {
  const out: HastNode[] = [];
  const walk = (x: HastNode) => {
    if (x.tagName === tag) out.push(x);
    x.children?.forEach(walk);
  };
  walk(n);
  return out;
}

const innerText = (x: HastNode): string => (x.type === 'text' ? x.value ?? '' : (x.children ?? []).map(innerText).join(''));

function heading(d: ReadDocument, start: string): { depth: number; text: string } {
  const h = d.headings.find((x) => x.text.startsWith(start));
  if (!h) throw new Error(`${d.id}: no heading starting “${start}”; headings: ${d.headings.map((x) => `h${x.depth} ${x.text.slice(0, 30)}`).join(' | ')}`);
  return h;
}

describe('the collection', () => {
  it('has six documents from five files, with the expected ids', () => {
    expect([...docs.keys()].sort()).toEqual(Object.values(ID).sort());
  });
});

describe('Lạng Sơn: a covering letter and the attached plan', () => {
  it('the letter: Công văn 1419/VKS-VP of VKSND tỉnh Lạng Sơn, 26/10/2021, the text after V/v as title', () => {
    const f = doc(ID.letter).frontmatter;
    expect(f).toMatchObject({
      docType: 'Công văn', number: '1419', symbol: 'VKS-VP', year: null,
      issuer: 'Viện kiểm sát nhân dân tỉnh Lạng Sơn', level: 'province',
      locality: { province: 'Lạng Sơn', district: null, commune: null },
      place: 'Lạng Sơn', date: '2021-10-26',
      title: 'triển khai Kế hoạch số 200/KH-UBND ngày 09/10/2021 của UBND tỉnh Lạng Sơn',
      signer: { name: 'Nguyễn Thúc Liễu', capacity: 'KT. VIỆN TRƯỞNG / PHÓ VIỆN TRƯỞNG' },
    });
    expect(f.recipients).toEqual(['Như trên (để thực hiện)', '04 đ/c Lãnh đạo Viện', 'Lưu VT']);
    expect(f.source).toMatchObject({ file: LANG_SON, part: 1, lines: [3, 36], encoding: 'utf-8' });
    expect(f.related).toEqual([{ rel: 'attachment', id: ID.plan200 }]);
  });

  it('the plan: Kế hoạch 200/KH-UBND of UBND tỉnh Lạng Sơn, 09/10/2021, identity from the letter', () => {
    const f = doc(ID.plan200).frontmatter;
    expect(f).toMatchObject({
      docType: 'Kế hoạch', number: '200', symbol: 'KH-UBND', year: null,
      issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn', level: 'province', date: '2021-10-09', place: null,
      signer: { name: 'Hồ Tiến Thiệu', capacity: 'CHỦ TỊCH' },
    });
    expect(f.title).toMatch(/^Triển khai thực hiện Chỉ thị số 19\/CT-TTg của Thủ tướng Chính phủ .* lần thứ XIII của Đảng$/);
    expect(f.recipients).toHaveLength(9);
    expect(f.recipients).toContain('C.PVP UBND tỉnh, các phòng chuyên môn, ĐV trực thuộc');
    expect(f.source).toMatchObject({ file: LANG_SON, part: 2, lines: [40, 200] });
    expect(f.related).toEqual([{ rel: 'letter', id: ID.letter }]);
    expect(f.missing.map((m) => m.field)).toEqual(['place']);
  });

  it('the letter body keeps “Kính gửi” and its points, and none of the plan', () => {
    const d = doc(ID.letter);
    expect(d.text).toContain('Kính gửi:');
    expect(find(d.hast, 'li').map(innerText)).toEqual(['Đồng chí Viện trưởng VKSND các huyện, thành phố;', 'Các đồng chí Trưởng phòng Viện tỉnh.']);
    expect(d.text).toContain('1. Quán triệt, triển khai tới toàn thể cán bộ');
    expect(d.text).not.toContain('Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021');
    for (const gone of ['Nơi nhận', 'Nguyễn Thúc Liễu', 'VIỆN TRƯỞNG', 'phm', '/./', 'Số: 1419']) expect(d.text).not.toContain(gone);
    expect(d.text.trim().endsWith('nghiêm túc tổ chức triển khai, thực hiện.')).toBe(true);
  });

  it('the plan body: I./1./2.1. hierarchy, symbols joined across breaks, emphasis kept', () => {
    const d = doc(ID.plan200);
    expect(heading(d, 'I. MỤC ĐÍCH, YÊU CẦU').depth).toBe(2);
    expect(heading(d, '1. Mục đích').depth).toBe(3);
    expect(heading(d, 'II. NỘI DUNG, GIẢI PHÁP').depth).toBe(2);
    expect(heading(d, '2. Tổ chức phát động các phong trào thi đua').depth).toBe(3);
    expect(heading(d, '2.4. Thi đua thực hiện có hiệu quả').depth).toBe(4);
    expect(heading(d, 'III. TỔ CHỨC THỰC HIỆN').depth).toBe(2);
    expect(heading(d, '3. Sở Nội vụ').depth).toBe(3);
    // A long numbered item ending with a period stays a paragraph that starts with its label.
    expect(paragraphs(d.hast).some((p) => p.startsWith('2.1. Hàng năm tổ chức phát động'))).toBe(true);
    expect(d.headings.some((h) => h.text.startsWith('2.1.'))).toBe(false);
    expect(d.text).toContain('Nghị quyết số 49-NQ/TU ngày 28/9/2021 của Ban Thường vụ Tỉnh uỷ');
    expect(d.text).toContain('Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới');
    const strongEm = find(d.hast, 'strong').filter((s) => s.children?.[0]?.tagName === 'em').map(innerText);
    expect(strongEm).toContain('“Đoàn kết, sáng tạo - Hành động hiệu quả, thực hiện thắng lợi mục tiêu, nhiệm vụ phát triển kinh tế - xã hội giai đoạn 2021 - 2025”');
    for (const gone of ['Nơi nhận', 'Hồ Tiến Thiệu', 'Lưu: VT, KG-VX']) expect(d.text).not.toContain(gone);
  });
});

describe('Tân Bình: Kế hoạch 218/KH-UBND, not the receiving stamp', () => {
  it('has the plan’s own number and date, the district issuer and its city', () => {
    const f = doc(ID.tanBinh).frontmatter;
    expect(f).toMatchObject({
      docType: 'Kế hoạch', number: '218', symbol: 'KH-UBND', year: null, date: '2023-06-08', place: 'Tân Bình',
      issuer: 'Ủy ban nhân dân quận Tân Bình', level: 'district',
      locality: { province: 'Hồ Chí Minh', district: 'Tân Bình', commune: null },
      signer: { name: 'Nguyễn Bá Thành', capacity: 'CHỦ TỊCH' },
      title: 'Tổ chức Phong trào thi đua “Cán bộ, công chức, viên chức thi đua năng động, sáng tạo, dám nghĩ, dám làm vì lợi ích chung, vì sự phát triển Thành phố Hồ Chí Minh”',
      missing: [],
    });
    expect(f.recipients).toHaveLength(13);
  });

  it('ignores the stamp and the handwriting on it', () => {
    const d = doc(ID.tanBinh);
    for (const gone of ['PHÒNG GIÁO DỤC', '1680', '12-06-2023', 'Số và ký hiệu HS', 'Kế a. Nghị', '13/6/23', 'CỘNG HÒA', 'Độc lập']) {
      expect(d.text).not.toContain(gone);
    }
    expect(paragraphs(d.hast)[0]).toMatch(/^Căn cứ Kế hoạch số 3815\/KH-UBND ngày 18 tháng 10 năm 2022/);
  });

  it('keeps numbered paragraphs as paragraphs and a) under 3.1. under 3. under III.', () => {
    const d = doc(ID.tanBinh);
    expect(paragraphs(d.hast).some((p) => p.startsWith('1.1. Triển khai, thực hiện hiệu quả Kế hoạch số 124-KH/TU'))).toBe(true);
    expect(heading(d, 'III. ĐỐI TƯỢNG THI ĐUA').depth).toBe(2);
    expect(heading(d, '3. Tiêu chuẩn khen thưởng').depth).toBe(3);
    expect(heading(d, '3.1. Huân chương Lao động hạng Ba').depth).toBe(4);
    expect(heading(d, 'a) Đối với tập thể phải đạt các tiêu chuẩn sau:').depth).toBe(5);
    expect(heading(d, 'a) Năm 2023:').depth).toBe(4);
    expect(d.text).toContain('được cấp có thẩm quyền xem xét, quyết định cho thực hiện');
    expect(find(d.hast, 'em').map(innerText)).toContain('Thành tích tới đâu khen thưởng đến đó');
  });
});

describe('Phong Doanh: Kế hoạch 22/KH-UBND of UBND xã Phong Doanh', () => {
  it('reads “Số: 22 /KH-UBND”, the commune issuer from the text and its province', () => {
    const f = doc(ID.phongDoanh).frontmatter;
    expect(f).toMatchObject({
      docType: 'Kế hoạch', number: '22', symbol: 'KH-UBND', date: '2025-08-21', place: 'Phong Doanh',
      issuer: 'Ủy ban nhân dân xã Phong Doanh', level: 'commune',
      locality: { province: 'Ninh Bình', district: null, commune: 'Phong Doanh' },
    });
    expect(f.title).toContain('“Cả nước thi đua đổi mới sáng tạo và chuyên đổi số”');
    expect(f.recipients).toHaveLength(9);
    expect(f.missing).toEqual([{ field: 'locality.district', reason: expect.any(String) }]);
  });

  it('corrects the OCR slip “ĐỖ CHỦ TỊCH” by override, keeping what the paper says', () => {
    const f = doc(ID.phongDoanh).frontmatter;
    expect(f.signer).toEqual({ name: 'Ngô Ngọc Quang', capacity: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' });
    expect(f.corrections).toEqual([{ field: 'signer.capacity', asWritten: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / ĐỖ CHỦ TỊCH', reason: expect.stringContaining('OCR') }]);
  });

  it('keeps typos as written and joins a wrapped item into one paragraph', () => {
    const d = doc(ID.phongDoanh);
    expect(d.text.match(/chuyên đổi số/g)!.length).toBeGreaterThan(5);
    expect(paragraphs(d.hast).some((p) => p.startsWith('1. Tăng cường sự lãnh đạo') && p.endsWith('nâng cao năng lực số, thúc đẩy đổi mới sáng tạo.'))).toBe(true);
    expect(d.text).toContain('góp phần đổi mới căn bản, toàn diện hoạt động quản lý');
    expect(heading(d, 'b) Khen thưởng tổng kết').depth).toBe(4);
    const nested = find(d.hast, 'li').filter((li) => innerText(li).startsWith('Hình thức khen thưởng'));
    expect(find(nested[0]!, 'li').map(innerText)).toContain('Huân chương Lao động.');
  });
});

describe('Bắc Kạn: first page missing', () => {
  it('has issuer and title from the text, number and date empty and reported', () => {
    const f = doc(ID.bacKan).frontmatter;
    expect(f).toMatchObject({
      docType: 'Kế hoạch', number: null, symbol: null, year: null, date: null, place: null,
      issuer: 'Ban Thường vụ Đảng ủy phường Bắc Kạn', level: 'commune',
      locality: { province: 'Thái Nguyên', district: null, commune: 'Bắc Kạn' },
      title: 'Thực hiện phong trào thi đua “Năm nâng cao chất lượng cán bộ cơ sở”',
      signer: { name: 'Lèng Hoàng Diệu', capacity: 'T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ' },
    });
    expect(f.recipients).toHaveLength(7);
    expect(f.missing.map((m) => m.field)).toEqual(expect.arrayContaining(['number', 'date', 'place']));
    const reported = problems.filter((p) => p.file.endsWith(BAC_KAN)).map((p) => p.field);
    expect(reported).toEqual(expect.arrayContaining(['number', 'date', 'issuer', 'title']));
  });

  it('joins hard wraps, drops the page number and the typist reference', () => {
    const d = doc(ID.bacKan);
    const ps = paragraphs(d.hast);
    expect(ps[0]).toMatch(/^Thực hiện Kế hoạch số 108-KH\/TU ngày 12\/6\/2026 .* giai đoạn 2026-2030 \(sau đây viết tắt Kế hoạch 148-KH\/ĐU\), .* như sau:$/);
    expect(ps).toContain('Nhằm phát động phong trào, đồng thời tạo khí thế thi đua sôi nổi, nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và đội ngũ cán bộ, đảng viên về vai trò, tầm quan trọng của công tác xây dựng đội ngũ cán bộ cấp xã trong giai đoạn mới.');
    expect(ps.some((p) => /^\s*7\s*$/.test(p))).toBe(false);
    // The page number sat between these two paragraphs.
    const k = ps.findIndex((p) => p.startsWith('Tham mưu chỉ đạo, định hướng công tác tuyên truyền'));
    expect(ps[k]!.endsWith('trong nâng cao chất lượng cán bộ cơ sở.')).toBe(true);
    expect(ps[k + 1]!.startsWith('Theo dõi, nắm tình hình Nhân dân')).toBe(true);
    expect(d.text).not.toContain('LýThịNgọcYến');
    expect(heading(d, '1. Thi đua nâng cao bản lĩnh chính trị, phẩm chất đạo đức, ý thức trách nhiệm của đội ngũ cán bộ cơ sở').depth).toBe(3);
    expect(paragraphs(d.hast).some((p) => p.startsWith('2. Thời gian thực hiện: Phong trào thi đua được thực hiện từ khi ban hành Kế hoạch'))).toBe(true);
  });
});

describe('Bãi Cháy: the Party cell’s outline', () => {
  it('has the cell as issuer under the ward Party committee, Hạ Long 04/11/2023, no number', () => {
    const f = doc(ID.baiChay).frontmatter;
    expect(f).toMatchObject({
      number: null, symbol: null, date: '2023-11-04', place: 'Hạ Long',
      issuer: 'Chi bộ Trường Tiểu học Bãi Cháy', parentIssuer: 'Đảng bộ phường Bãi Cháy', level: 'commune',
      locality: { province: 'Quảng Ninh', district: 'Hạ Long', commune: 'Bãi Cháy' },
      signer: { name: 'Nguyễn Thị Hương', capacity: 'T/M CHI ỦY / BÍ THƯ' },
    });
    expect(f.title).toMatch(/^Quy định số 114-QĐ\/TW, ngày 11\/7\/2023 và Quy định số 117-QĐ\/TW/);
    expect(f.recipients).toHaveLength(5);
  });

  it('keeps its four parts as h2 headings, with I-/1. below them', () => {
    const d = doc(ID.baiChay);
    const h2 = d.headings.filter((h) => h.depth === 2).map((h) => h.text.slice(0, 7));
    expect(h2).toEqual(['Phần 1;', 'Phần 2;', 'Phần 3:', 'Phần 4:']);
    expect(d.headings.filter((h) => h.text.startsWith('I- MỤC ĐÍCH, YÊU CẦU')).map((h) => h.depth)).toEqual([3, 3]);
    expect(heading(d, '1. Công tác lãnh đạo, chỉ đạo triển khai thực hiện').depth).toBe(4);
    expect(heading(d, '4. Đổi mới nội dung, hình thức').depth).toBe(4);
    expect(d.headings.filter((h) => h.text === 'III. Đối chi bộ nhà trường').map((h) => h.depth)).toEqual([3, 3]);
    expect(find(d.hast, 'strong').map(innerText)).toContain('08');
    for (const gone of ['handwritten', 'ĐẢNG CỘNG SẢN', 'Nơi nhận', 'HỘI NGHỊ HỌC TẬP']) expect(d.text).not.toContain(gone);
    expect(d.text).toContain('Khoản 5, Điều 6 Quy định này');
  });
});

/** Whole lines each corpus file holds that are not body text (header, tail, stamp, page number). */
const NOT_BODY: Record<string, number[]> = {
  [LANG_SON]: [3, 5, 6, 8, 25, 27, 28, 29, 31, 32, 36, 40, 42, 183, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 196, 200],
  [TAN_BINH]: [3, 4, 6, 7, 9, 11, 13, 15, 16, 17, 19, 20, 21, 22, 23, 25, 26, 28, 206, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 222, 226],
  [BAI_CHAY]: [3, 4, 6, 8, 10, 12, 14, 16, 318, 320, 321, 322, 323, 324, 326, 328, 330, 332],
  [PHONG_DOANH]: [3, 5, 7, 9, 171, 173, 174, 175, 176, 177, 178, 179, 180, 181, 183, 185, 187, 191],
  [BAC_KAN]: [276, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 349, 350, 352],
};

describe('nothing dropped', () => {
  for (const file of Object.keys(NOT_BODY)) {
    it(`${file}: every other line is in the body`, () => {
      const text = readFileSync(join(SOURCES, file), 'utf8');
      const markdown = extname(file) === '.md';
      const { drafts } = importText(text, { displayPath: file, sourceFile: file, stem: basename(file, extname(file)), sha256: '0'.repeat(64), encoding: 'utf-8', markdown });
      const omissions = drafts.flatMap((d) => d.omissions);
      const wholeLines = new Set(omissions.filter((o) => o.reason !== 'typist mark').map((o) => o.line));
      expect([...wholeLines].sort((a, b) => a - b)).toEqual(NOT_BODY[file]);
      // Each omission says why.
      for (const o of omissions) expect(o.reason.length).toBeGreaterThan(3);
      const ids = drafts.map((d) => d.identity);
      expect(ids.length).toBeGreaterThan(0);
      const bodies = [...docs.values()].filter((d) => d.frontmatter.source.file === file).map((d) => normalise(d.text)).join('');
      const { lines } = toLines(text, { markdown });
      let checked = 0;
      for (const l of lines) {
        if (l.plain === '' || wholeLines.has(l.no)) continue;
        let s = l.plain;
        for (const o of omissions) if (o.line === l.no && o.reason === 'typist mark') s = s.replace(o.text, '');
        // The list marker becomes list markup.
        s = s.replace(/^[-+]\s*/, '');
        expect(bodies, `line ${l.no}: ${s.slice(0, 60)}`).toContain(normalise(s));
        checked++;
      }
      expect(checked).toBeGreaterThan(40);
    });
  }
});
