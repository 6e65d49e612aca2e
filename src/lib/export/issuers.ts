/**
 * One name per issuing body, for grouping documents by issuer. Citations
 * write the same body several ways ("Ủy ban nhân dân tỉnh Lạng Sơn", "UBND
 * tỉnh Lạng Sơn", "Chủ tịch UBND tỉnh Lạng Sơn": the chairman signs for the
 * committee), so the browse pages counted one body as three. The names shown
 * on document pages stay as the documents wrote them; only the grouping and
 * its label use the canonical name.
 */
import type { Level } from './browse.ts';
import { modernTone } from '../vietnamese.ts';
import { CENTRAL_COMMITTEE_SOURCE, mendOcrIssuer } from '../citations/identity.ts';

/** Cities under the central government: their "thành phố" is a province, not a district. */
const CENTRAL_CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/^UBND\b/u, 'Ủy ban nhân dân'],
  [/^HĐND\b/u, 'Hội đồng nhân dân'],
  [/^UBMTTQ\b/u, 'Ủy ban Mặt trận Tổ quốc'],
  [/^VKSND\b/u, 'Viện kiểm sát nhân dân'],
  [/^TAND\b/u, 'Tòa án nhân dân'],
  [/^BCH\b/u, 'Ban Chấp hành'],
];

const UNIT = /^(Ủy ban nhân dân|Hội đồng nhân dân|Viện kiểm sát nhân dân|Tòa án nhân dân|Ủy ban Mặt trận Tổ quốc)\s+(Tỉnh|Thành phố|Quận|Huyện|Thị xã|Xã|Phường|Thị trấn)\s+(?=\p{Lu})/u;

/** Central bodies written several ways by the bundled collection's real documents. */
const CENTRAL_NAMES: Array<[RegExp, string]> = [
  // A minister's or governor's circular is the ministry's or bank's act, as a chairman's is the committee's.
  [/^Bộ tr(?:ưởng|ường)\s+(?=Bộ\s)/iu, ''], // "Bộ trường": a typo the documents make
  [/^Thống đốc\s+(?:Ngân hàng Nhà nước(?: Việt Nam)?|NHNN)$/iu, 'Ngân hàng Nhà nước Việt Nam'],
  [/^Ngân hàng Nhà nước$/iu, 'Ngân hàng Nhà nước Việt Nam'],
  [/^Quốc hội(?: kh(?:óa|oá) [IVXLC]+)?(?: nước Cộng hòa xã hội chủ nghĩa Việt Nam)?$/iu, 'Quốc hội'],
  [/^Tổng cục thuế$/iu, 'Tổng cục Thuế'],
  // The Party's Central Committee, however a citation names it: "Ban Chấp hành Trung ương Đảng khóa XII", "Hội nghị Trung
  // ương 6 khóa XII" (a plenum's resolution is the Committee's).
  [new RegExp(`^${CENTRAL_COMMITTEE_SOURCE}(?: kh(?:óa|oá) [IVXLC]+)?$`, 'iu'), 'Ban Chấp hành Trung ương'],
  // "Tổng Bí thư Tô Lâm": the office, not the person, issues.
  [/^Tổng Bí thư(?: \p{Lu}[\p{L} ]*)?$/u, 'Tổng Bí thư'],
];

export function canonicalIssuer(raw: string): string {
  let s = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  // Headers in capitals ("THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC VIỆT NAM") are matched as the names they spell.
  for (const [re, name] of CENTRAL_NAMES) s = s.replace(re, name);
  const mended = mendOcrIssuer(s);
  if (mended !== s) return mended;
  // Older placement of the tone mark, same word (ủy ban, tỉnh ủy, đảng ủy, Thanh Hóa).
  s = modernTone(s);
  s = s.replace(/^Ban thường vụ(?=\s|$)/u, 'Ban Thường vụ');
  // A chairman's directive is the committee's act: group it with the committee.
  s = s.replace(/^Chủ tịch\s+(?=(UBND|Ủy ban nhân dân)\b)/iu, '');
  for (const [re, full] of ABBREVIATIONS) s = s.replace(re, full);
  s = s.replace(/^ủy ban nhân dân/u, 'Ủy ban nhân dân');
  s = s.replace(/\bTP\.?\s+(?=\p{Lu})/gu, 'thành phố ');
  s = s.replace(UNIT, (_m, body: string, unit: string) => `${body} ${unit.toLowerCase()} `);
  return s;
}

const CENTRAL =
  /^(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Trung ương|Chính phủ|Thủ tướng|Quốc hội|Ủy ban Thường vụ Quốc hội|Chủ tịch nước|Văn phòng Chính phủ|Văn phòng Trung ương|Văn phòng Quốc hội|Văn phòng Chủ tịch nước|Tổng Bí thư|Thanh tra Chính phủ|Kiểm toán nhà nước|Ngân hàng Nhà nước|Tòa án nhân dân tối cao|Viện kiểm sát nhân dân tối cao|Hội đồng Dân tộc|Tổng cục |Hội đồng Thi đua - Khen thưởng Trung ương|Bộ |Ban .* Trung ương$|Đảng ủy (?:Chính phủ|Quốc hội|Công an Trung ương|Quân sự Trung ương|các cơ quan Đảng Trung ương|Mặt trận Tổ quốc|Khối .*Trung ương)$)/u;
/** A committee with no locality in its name is the Quốc hội's or the Government's ("Ủy ban Pháp luật và Tư pháp", "Ủy ban Dân tộc"). */
const CENTRAL_COMMITTEE = /^Ủy ban (?!nhân dân|Mặt trận)(?!.*(?:tỉnh|thành phố|quận|huyện|thị xã|xã|phường|thị trấn|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Đảng ủy)(?![\p{L}]))/u;

/** The administrative level a canonical issuer name states plainly, or null when it does not. */
export function issuerLevel(name: string): Level | null {
  if (CENTRAL.test(name) || CENTRAL_COMMITTEE.test(name)) return 'central';
  if (/\b(xã|phường|thị trấn)\s+\p{Lu}/u.test(name) || /^(Đảng ủy|Chi bộ) /u.test(name)) return 'commune';
  if (/\b(quận|huyện|thị xã)\s+\p{Lu}/u.test(name)) return 'district';
  if (new RegExp(`\\bthành phố\\s+(${CENTRAL_CITIES.join('|')})\\b`, 'u').test(name)) return 'province';
  // (…and a body of a provincial Party committee: "Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn".)
  if (/\btỉnh\s+\p{Lu}/u.test(name) || /^(Tỉnh ủy|Thành ủy|Ban Thường vụ Tỉnh ủy|Ban Thường vụ Thành ủy|Ban Chấp hành Đảng bộ tỉnh)\b/iu.test(name) || /(?:^|\s)Tỉnh ủy\s+\p{Lu}/u.test(name)) return 'province';
  if (/\bthành phố\s+\p{Lu}/u.test(name)) return 'district';
  return null;
}

/** The province or centrally-run city a canonical issuer name names, or null. */
export function issuerProvince(name: string): string | null {
  const city = new RegExp(`\\bthành phố\\s+(${CENTRAL_CITIES.join('|')})\\b`, 'u').exec(name);
  if (city) return city[1]!;
  const m = /(?:\btỉnh|Tỉnh ủy|Thành ủy)\s+((?:\p{Lu}[\p{L}]*\s?){1,3})/u.exec(name);
  return m ? m[1]!.trim() : null;
}
