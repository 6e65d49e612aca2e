/**
 * Identities of documents (held or only cited): number, symbol, date, issuer,
 * and how they are written in a header or a citation.
 */
import type { Family, Issuer, Kind } from './issuers.ts';
import type { Rng } from './rng.ts';

export interface SimpleDate {
  y: number;
  m: number;
  d: number;
}

const p2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function isoOf(d: SimpleDate): string {
  return `${d.y}-${p2(d.m)}-${p2(d.d)}`;
}

export function parseIso(s: string): SimpleDate {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/** Day count since 1970-01-01, for arithmetic on dates. */
export function dayIndex(d: SimpleDate): number {
  return Math.floor(Date.UTC(d.y, d.m - 1, d.d) / 86_400_000);
}

export function fromDayIndex(n: number): SimpleDate {
  const dt = new Date(n * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/**
 * Header date as Nghị định 30/2020 prescribes: days below 10 and months 1 and 2
 * take a leading zero ("ngày 08 tháng 6", "ngày 05 tháng 01").
 */
export function headerDate(d: SimpleDate): string {
  const m = d.m <= 2 ? p2(d.m) : String(d.m);
  return `ngày ${p2(d.d)} tháng ${m} năm ${d.y}`;
}

/** A date as written after a citation, in one of the common forms. */
export function citeDate(d: SimpleDate, rng: Rng): string {
  const r = rng.next();
  if (r < 0.45) return `${p2(d.d)}/${p2(d.m)}/${d.y}`;
  if (r < 0.75) return `${d.d}/${d.m}/${d.y}`;
  if (r < 0.9) return `${d.d} tháng ${d.m} năm ${d.y}`;
  return headerDate(d).slice('ngày '.length);
}

/** Anything a document can cite: a held (generated) document or an outside one. */
export interface DocRef {
  /** Held: the document id; outside: a stable key. */
  key: string;
  held: boolean;
  kind: Kind | 'L';
  /** Vietnamese type name ("Kế hoạch", "Công văn", "Luật"). */
  docType: string;
  family: Family;
  /** Number as written, leading zeros kept. */
  number: string;
  /** Official casing: "KH-UBND", "NQ/TW", "UBND-VP", "QH15". */
  symbol: string;
  /** Only when the symbol carries it. */
  year: number | null;
  date: SimpleDate;
  iso: string;
  issuer: Issuer | null;
  /** How citations name the issuer, most formal first (for bodies outside the issuer pool). */
  issuerNames: string[];
  /** Subject, used as "về …" after a citation and in titles. */
  subject: string;
  /** Name of a law ("Luật Thi đua, khen thưởng"), cited by name too. */
  name: string | null;
  /** Conventional short name ("Đề án 06"). */
  shortName: string | null;
}

/** "218/KH-UBND", "24/2018/QĐ-UBND", "57-NQ/TW", "06/2022/QH15". */
export function fullNumber(ref: Pick<DocRef, 'family' | 'number' | 'symbol' | 'year'>): string {
  if (ref.family === 'party') return `${ref.number}-${ref.symbol}`;
  return ref.year !== null ? `${ref.number}/${ref.year}/${ref.symbol}` : `${ref.number}/${ref.symbol}`;
}

/** The type name a citation engine reports (the type word decides; letters are "Công văn/Văn bản"). */
export function citationDocType(docType: string): string {
  return docType === 'Công văn' ? 'Công văn/Văn bản' : docType;
}

/** Party committee terms, for "của Ban Chấp hành Trung ương Đảng khóa XI". */
export function partyTerm(y: number): string {
  if (y <= 2015) return 'XI';
  if (y <= 2020) return 'XII';
  if (y <= 2025) return 'XIII';
  return 'XIV';
}

/** Well-known outside documents, cited by generated documents of every place. */
interface KnownDoc {
  kind: Kind | 'L';
  docType: string;
  family: Family;
  number: string;
  symbol: string;
  year: number | null;
  iso: string;
  issuerNames: string[];
  subject: string;
  name?: string;
  shortName?: string;
}

const KNOWN: readonly KnownDoc[] = [
  { kind: 'NQ', docType: 'Nghị quyết', family: 'party', number: '57', symbol: 'NQ/TW', year: null, iso: '2024-12-22', issuerNames: ['Bộ Chính trị'], subject: 'đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia' },
  { kind: 'QĐ', docType: 'Quyết định', family: 'state', number: '923', symbol: 'QĐ-TTg', year: null, iso: '2025-05-14', issuerNames: ['Thủ tướng Chính phủ'], subject: 'phát động Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số”' },
  { kind: 'NQ', docType: 'Nghị quyết', family: 'state', number: '71', symbol: 'NQ-CP', year: null, iso: '2025-04-01', issuerNames: ['Chính phủ'], subject: 'sửa đổi, bổ sung, cập nhật Chương trình hành động của Chính phủ về đột phá phát triển khoa học, công nghệ' },
  { kind: 'KL', docType: 'Kết luận', family: 'party', number: '69', symbol: 'KL/TW', year: null, iso: '2024-01-11', issuerNames: ['Bộ Chính trị'], subject: 'tiếp tục đẩy mạnh phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa' },
  { kind: 'NQ', docType: 'Nghị quyết', family: 'party', number: '20', symbol: 'NQ/TW', year: null, iso: '2012-11-01', issuerNames: ['Ban Chấp hành Trung ương Đảng khóa XI', 'Ban Chấp hành Trung ương'], subject: 'phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa' },
  { kind: 'NQ', docType: 'Nghị quyết', family: 'party', number: '29', symbol: 'NQ/TW', year: null, iso: '2018-07-25', issuerNames: ['Bộ Chính trị (khóa XII)', 'Bộ Chính trị'], subject: 'Chiến lược bảo vệ Tổ quốc trên không gian mạng' },
  { kind: 'CT', docType: 'Chỉ thị', family: 'state', number: '19', symbol: 'CT-TTg', year: null, iso: '2021-07-16', issuerNames: ['Thủ tướng Chính phủ'], subject: 'phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hàng năm' },
  { kind: 'CT', docType: 'Chỉ thị', family: 'party', number: '34', symbol: 'CT/TW', year: null, iso: '2014-04-07', issuerNames: ['Bộ Chính trị'], subject: 'tiếp tục đổi mới công tác thi đua, khen thưởng' },
  { kind: 'CT', docType: 'Chỉ thị', family: 'party', number: '05', symbol: 'CT/TW', year: null, iso: '2016-05-15', issuerNames: ['Bộ Chính trị'], subject: 'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' },
  { kind: 'KL', docType: 'Kết luận', family: 'party', number: '01', symbol: 'KL/TW', year: null, iso: '2021-05-18', issuerNames: ['Bộ Chính trị'], subject: 'tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' },
  { kind: 'QĐ', docType: 'Quyết định', family: 'state', number: '749', symbol: 'QĐ-TTg', year: null, iso: '2020-06-03', issuerNames: ['Thủ tướng Chính phủ'], subject: 'phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030' },
  { kind: 'KL', docType: 'Kết luận', family: 'party', number: '14', symbol: 'KL/TW', year: null, iso: '2021-09-22', issuerNames: ['Bộ Chính trị'], subject: 'chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung' },
  { kind: 'QyĐ', docType: 'Quy định', family: 'party', number: '114', symbol: 'QĐ/TW', year: null, iso: '2023-07-11', issuerNames: ['Bộ Chính trị'], subject: 'kiểm soát quyền lực và phòng, chống tham nhũng, tiêu cực trong công tác cán bộ' },
  { kind: 'QyĐ', docType: 'Quy định', family: 'party', number: '117', symbol: 'QĐ/TW', year: null, iso: '2023-08-18', issuerNames: ['Bộ Chính trị'], subject: 'xin lỗi và phục hồi quyền lợi của tổ chức đảng, đảng viên bị kỷ luật oan' },
  { kind: 'QyĐ', docType: 'Quy định', family: 'party', number: '205', symbol: 'QĐ/TW', year: null, iso: '2019-09-23', issuerNames: ['Bộ Chính trị'], subject: 'kiểm soát quyền lực trong công tác cán bộ và chống chạy chức, chạy quyền' },
  { kind: 'NQ', docType: 'Nghị quyết', family: 'party', number: '18', symbol: 'NQ/TW', year: null, iso: '2017-10-25', issuerNames: ['Ban Chấp hành Trung ương Đảng khóa XII', 'Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII'], subject: 'một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả' },
  { kind: 'CT', docType: 'Chỉ thị', family: 'party', number: '35', symbol: 'CT/TW', year: null, iso: '2024-06-14', issuerNames: ['Bộ Chính trị'], subject: 'đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng' },
  { kind: 'KL', docType: 'Kết luận', family: 'party', number: '126', symbol: 'KL/TW', year: null, iso: '2025-02-14', issuerNames: ['Bộ Chính trị, Ban Bí thư'], subject: 'một số nội dung, nhiệm vụ tiếp tục sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị' },
  { kind: 'QĐ', docType: 'Quyết định', family: 'state', number: '06', symbol: 'QĐ-TTg', year: null, iso: '2022-01-06', issuerNames: ['Thủ tướng Chính phủ'], subject: 'phê duyệt phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030', shortName: 'Đề án 06' },
  { kind: 'NĐ', docType: 'Nghị định', family: 'state', number: '98', symbol: 'NĐ-CP', year: 2023, iso: '2023-12-31', issuerNames: ['Chính phủ'], subject: 'quy định chi tiết thi hành một số điều về thi đua, khen thưởng' },
  { kind: 'NĐ', docType: 'Nghị định', family: 'state', number: '30', symbol: 'NĐ-CP', year: 2020, iso: '2020-03-05', issuerNames: ['Chính phủ'], subject: 'công tác văn thư' },
  { kind: 'NĐ', docType: 'Nghị định', family: 'state', number: '145', symbol: 'NĐ-CP', year: 2020, iso: '2020-12-14', issuerNames: ['Chính phủ'], subject: 'quy định chi tiết về điều kiện lao động và quan hệ lao động' },
  { kind: 'TT', docType: 'Thông tư', family: 'state', number: '01', symbol: 'TT-BNV', year: 2011, iso: '2011-01-19', issuerNames: ['Bộ Nội vụ'], subject: 'hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính' },
  { kind: 'TT', docType: 'Thông tư liên tịch', family: 'state', number: '01', symbol: 'TTLT-BNV-BTC', year: 2015, iso: '2015-04-14', issuerNames: ['Bộ Nội vụ và Bộ Tài chính'], subject: 'hướng dẫn quản lý và sử dụng kinh phí thi đua, khen thưởng' },
  { kind: 'CĐ', docType: 'Công điện', family: 'state', number: '1190', symbol: 'CĐ-TTg', year: null, iso: '2023-12-15', issuerNames: ['Thủ tướng Chính phủ'], subject: 'tăng cường công tác phòng, chống cháy nổ' },
  { kind: 'CĐ', docType: 'Công điện', family: 'state', number: '1191', symbol: 'CĐ-TTg', year: null, iso: '2023-12-15', issuerNames: ['Thủ tướng Chính phủ'], subject: 'bảo đảm an toàn giao thông dịp cuối năm' },
  { kind: 'L', docType: 'Luật', family: 'state', number: '06', symbol: 'QH15', year: 2022, iso: '2022-06-15', issuerNames: ['Quốc hội'], subject: 'thi đua, khen thưởng', name: 'Luật Thi đua, khen thưởng' },
  { kind: 'L', docType: 'Luật', family: 'state', number: '77', symbol: 'QH13', year: 2015, iso: '2015-06-19', issuerNames: ['Quốc hội'], subject: 'tổ chức chính quyền địa phương', name: 'Luật Tổ chức chính quyền địa phương' },
  { kind: 'L', docType: 'Luật', family: 'state', number: '80', symbol: 'QH13', year: 2015, iso: '2015-06-22', issuerNames: ['Quốc hội'], subject: 'ban hành văn bản quy phạm pháp luật', name: 'Luật Ban hành văn bản quy phạm pháp luật' },
  { kind: 'L', docType: 'Luật', family: 'state', number: '36', symbol: 'QH14', year: 2018, iso: '2018-11-20', issuerNames: ['Quốc hội'], subject: 'phòng, chống tham nhũng', name: 'Luật Phòng, chống tham nhũng' },
  { kind: 'L', docType: 'Luật', family: 'state', number: '22', symbol: 'QH12', year: 2008, iso: '2008-11-13', issuerNames: ['Quốc hội'], subject: 'cán bộ, công chức', name: 'Luật Cán bộ, công chức' },
];

export function knownDocs(): DocRef[] {
  return KNOWN.map((k) => {
    const date = parseIso(k.iso);
    return {
      key: `ngoai:${fullNumber(k)}:${k.iso}`,
      held: false,
      kind: k.kind,
      docType: k.docType,
      family: k.family,
      number: k.number,
      symbol: k.symbol,
      year: k.year,
      date,
      iso: k.iso,
      issuer: null,
      issuerNames: k.issuerNames,
      subject: k.subject,
      name: k.name ?? null,
      shortName: k.shortName ?? null,
    };
  });
}

/** Mentions by name only: no number, recognised by name. */
export const BY_NAME: ReadonlyArray<{ docType: string; name: string }> = [
  { docType: 'Luật', name: 'Luật Thi đua, khen thưởng' },
  { docType: 'Luật', name: 'Luật Tổ chức chính quyền địa phương' },
  { docType: 'Luật', name: 'Luật Cán bộ, công chức' },
  { docType: 'Điều lệ', name: 'Điều lệ Đảng' },
  { docType: 'Nghị quyết', name: 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng' },
];

/** Symbol abbreviation of a kind in a family (Quy định is QĐ in Party symbols, QyĐ in state ones). */
export function kindAbbr(kind: Kind, family: Family): string {
  if (kind === 'QĐL') return 'QĐ';
  if (kind === 'QyĐ') return family === 'party' ? 'QĐ' : 'QyĐ';
  return kind;
}

/** Whether documents of this kind and issuer carry the year in their symbol (legal normative documents). */
export function carriesYear(kind: Kind, issuerCode: string): boolean {
  return kind === 'QĐL' || kind === 'NĐ' || kind === 'TT' || (kind === 'NQ' && issuerCode === 'HĐND');
}

/** Official symbol of a document of this kind by this issuer ("KH-UBND", "NQ/TU", "UBND-VP"). */
export function symbolFor(kind: Kind, issuer: Issuer, unit: string | null): string {
  if (kind === 'CV') return `${issuer.code}-${unit ?? 'VP'}`;
  const abbr = kindAbbr(kind, issuer.family);
  return issuer.family === 'party' ? `${abbr}/${issuer.code}` : `${abbr}-${issuer.code}`;
}

/** Numbers below 10 are mostly written with a leading zero ("02/KH-UBND", "06-NQ/TU"). */
export function writeNumber(n: number, rng: Rng): string {
  return n < 10 && rng.chance(0.75) ? `0${n}` : String(n);
}
