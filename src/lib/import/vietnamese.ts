/**
 * Vietnamese vocabulary the importer's heuristics rely on: document type names,
 * organisation words, administrative units, provinces, abbreviations.
 */
import { modernTone } from '../vietnamese.ts';
import { escapeRegExp } from '../regexp.ts';

/** Upper-case type line → Vietnamese type name as written in running text. */
export const DOC_TYPES: readonly string[] = [
  'Kế hoạch', 'Nghị quyết', 'Quyết định', 'Quy định', 'Chỉ thị', 'Kết luận', 'Hướng dẫn',
  'Thông báo', 'Chương trình', 'Thông tư liên tịch', 'Thông tư', 'Thông tri', 'Nghị định',
  'Luật', 'Bộ luật', 'Pháp lệnh', 'Công văn', 'Đề án', 'Báo cáo', 'Công điện', 'Quy chế',
  'Điều lệ', 'Tờ trình', 'Phương án', 'Đề cương', 'Chương trình hành động', 'Thông cáo',
  'Giấy mời', 'Biên bản', 'Lệnh', 'Sắc lệnh',
];

/** Type abbreviation in a symbol → type name (state and Party). */
export const TYPE_ABBREVIATIONS: Record<string, string> = {
  NQ: 'Nghị quyết', QĐ: 'Quyết định', QyĐ: 'Quy định', CT: 'Chỉ thị', KH: 'Kế hoạch',
  KL: 'Kết luận', HD: 'Hướng dẫn', TB: 'Thông báo', CTr: 'Chương trình', ĐA: 'Đề án',
  PA: 'Phương án', BC: 'Báo cáo', TTr: 'Tờ trình', QC: 'Quy chế', CĐ: 'Công điện',
  NĐ: 'Nghị định', TT: 'Thông tư', TTLT: 'Thông tư liên tịch', CV: 'Công văn',
};

/** Organisation abbreviations and their full names, longest first. */
export const ORG_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['VKSND', 'Viện kiểm sát nhân dân'],
  ['TAND', 'Tòa án nhân dân'],
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['HDND', 'Hội đồng nhân dân'],
  ['VKS', 'Viện kiểm sát nhân dân'],
];

/** Administrative unit words, as they appear before a place name. */
export const UNIT_WORDS = ['thành phố', 'thị xã', 'thị trấn', 'tỉnh', 'quận', 'huyện', 'xã', 'phường', 'đặc khu'] as const;

/** Level of each unit word; "thành phố" depends on whether it is a centrally-run city. */
export function unitLevel(unit: string, name: string): 'province' | 'district' | 'commune' {
  const u = unit.toLowerCase();
  if (u === 'tỉnh') return 'province';
  if (u === 'thành phố') return CENTRAL_CITIES.includes(name) ? 'province' : 'district';
  if (u === 'quận' || u === 'huyện' || u === 'thị xã') return 'district';
  return 'commune';
}

export const CENTRAL_CITIES: readonly string[] = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];

/** Provinces and centrally-run cities (before and after the 2025 merger). */
export const PROVINCES: readonly string[] = [
  ...CENTRAL_CITIES,
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre',
  'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk',
  'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh',
  'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum',
  'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình',
  'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh',
  'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa',
  'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

/** Organisation words in an all-caps header, with their running-text casing. */
const ORG_WORDS: readonly (readonly [string, string])[] = [
  ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'Ban Chấp hành Trung ương'],
  ['BAN THƯỜNG VỤ', 'Ban Thường vụ'],
  ['BAN CHẤP HÀNH', 'Ban Chấp hành'],
  ['ỦY BAN NHÂN DÂN', 'Ủy ban nhân dân'],
  ['HỘI ĐỒNG NHÂN DÂN', 'Hội đồng nhân dân'],
  ['VIỆN KIỂM SÁT NHÂN DÂN', 'Viện kiểm sát nhân dân'],
  ['TÒA ÁN NHÂN DÂN', 'Tòa án nhân dân'],
  ['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  ['ỦY BAN KIỂM TRA', 'Ủy ban Kiểm tra'],
  ['TRƯỜNG TRUNG HỌC CƠ SỞ', 'Trường Trung học cơ sở'],
  ['TRƯỜNG TRUNG HỌC PHỔ THÔNG', 'Trường Trung học phổ thông'],
  ['TRƯỜNG TIỂU HỌC', 'Trường Tiểu học'],
  ['TRƯỜNG MẦM NON', 'Trường Mầm non'],
  ['VĂN PHÒNG', 'Văn phòng'],
  ['ĐẢNG BỘ', 'Đảng bộ'],
  ['ĐẢNG ỦY', 'Đảng ủy'],
  ['CHI BỘ', 'Chi bộ'],
  ['TỈNH ỦY', 'Tỉnh ủy'],
  ['THÀNH ỦY', 'Thành ủy'],
  ['HUYỆN ỦY', 'Huyện ủy'],
  ['QUẬN ỦY', 'Quận ủy'],
  ['THỊ ỦY', 'Thị ủy'],
  ['CHÍNH PHỦ', 'Chính phủ'],
  ['THỦ TƯỚNG CHÍNH PHỦ', 'Thủ tướng Chính phủ'],
  ['BỘ CHÍNH TRỊ', 'Bộ Chính trị'],
  ['BAN BÍ THƯ', 'Ban Bí thư'],
  ['BỘ', 'Bộ'],
  ['SỞ', 'Sở'],
  ['PHÒNG', 'Phòng'],
  ['BAN', 'Ban'],
  ['CỤC', 'Cục'],
  ['CHI CỤC', 'Chi cục'],
  ['TRUNG TÂM', 'Trung tâm'],
  ['HỘI ĐỒNG', 'Hội đồng'],
];

const UNIT_CAPS: readonly (readonly [string, string])[] = UNIT_WORDS.map((u) => [u.toUpperCase(), u] as const);

function upperFold(s: string): string {
  return modernTone(s.toLowerCase()).toUpperCase();
}

/** Title Case for a proper name written in capitals: "TÂN BÌNH" → "Tân Bình". */
export function titleCase(words: string): string {
  return words
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((w) => (/^\s+$|^-$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

/**
 * Running-text casing of an organisation name written in capitals.
 * Prefers the spelling the document itself uses in running text (`body`).
 */
export function caseOrgName(caps: string, body: string): string {
  const name = caps.replace(/\s+/g, ' ').trim();
  const found = findInText(name, body);
  if (found) return found;
  const u = upperFold(name);
  for (const [abbr, full] of ORG_ABBREVIATIONS) {
    if (u.startsWith(abbr + ' ')) return `${full} ${caseRest(name.slice(abbr.length).trim(), body)}`;
  }
  for (const [c, v] of [...ORG_WORDS, ...UNIT_CAPS]) {
    const cf = upperFold(c);
    if (u === cf) return v;
    if (u.startsWith(cf + ' ')) {
      const rest = name.slice(c.length).trim();
      const restCased = DEPARTMENT_WORDS.has(v) ? caseDepartment(rest, body) : caseRest(rest, body);
      return `${v} ${restCased}`;
    }
  }
  return titleCase(name);
}

/** Organisations named by their field: "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục và Đào tạo". */
const DEPARTMENT_WORDS = new Set(['Sở', 'Phòng', 'Bộ', 'Cục', 'Chi cục', 'Ban', 'Văn phòng', 'Trung tâm', 'Vụ']);

function caseDepartment(rest: string, body: string): string {
  const found = findInText(rest, body);
  if (found) return found;
  const u = upperFold(rest);
  // A unit word starts the place part: "NỘI VỤ TỈNH CÀ MAU".
  let cut = rest.length;
  for (const [c] of UNIT_CAPS) {
    const k = u.indexOf(' ' + upperFold(c) + ' ');
    if (k >= 0 && k < cut) cut = k;
  }
  const field = rest.slice(0, cut).trim();
  const place = rest.slice(cut).trim();
  // A province named without its unit word: "CỤC THUẾ HÀ NỘI", "CỤC THUẾ BÀ RỊA-VŨNG TÀU".
  if (!place) {
    const bare = (x: string) => upperFold(x).replace(/\s*-\s*/gu, '-');
    const province = PROVINCES.find((name) => bare(field).endsWith(' ' + bare(name)));
    if (province) {
      const words = field.replace(/\s*-\s*/gu, '-').split(/\s+/u);
      const n = words.length - bare(province).split(/\s+/u).length;
      return `${caseDepartment(words.slice(0, n).join(' '), body)} ${titleCase(words.slice(n).join(' '))}`;
    }
  }
  const cased = field
    .split(/\s+VÀ\s+/u)
    .map((seg) => { const l = seg.toLowerCase(); return l.charAt(0).toUpperCase() + l.slice(1); })
    .join(' và ');
  return place ? `${cased} ${caseRest(place, body)}` : cased;
}

function caseRest(rest: string, body: string): string {
  const found = findInText(rest, body);
  if (found) return found;
  const u = upperFold(rest);
  for (const [c, v] of UNIT_CAPS) {
    if (u.startsWith(upperFold(c) + ' ')) {
      const place = titleCase(rest.slice(c.length).trim());
      // A centrally-run city is written "Thành phố Hồ Chí Minh".
      const unit = v === 'thành phố' && CENTRAL_CITIES.includes(place) ? 'Thành phố' : v;
      return `${unit} ${place}`;
    }
  }
  for (const [c, v] of ORG_WORDS) {
    const cf = upperFold(c);
    if (u === cf) return v;
    if (u.startsWith(cf + ' ')) return `${v} ${caseRest(rest.slice(c.length).trim(), body)}`;
  }
  return titleCase(rest);
}

/** The first case-insensitive occurrence of `phrase` in `text`, as written there, if mixed-case. */
let foldCache: { text: string; folded: string } | null = null;

/** Lower-cased, tone-folded text; the last one is cached (the same document is searched many times). */
export function foldedLower(text: string): string {
  if (foldCache?.text !== text) foldCache = { text, folded: modernTone(text.toLowerCase()) };
  return foldCache.folded;
}

export function findInText(phrase: string, text: string): string | null {
  if (!phrase) return null;
  // Folding keeps string lengths, so offsets in the folded text are offsets in `text`.
  const words = modernTone(phrase.toLowerCase()).split(/\s+/).map(escapeRegExp);
  const re = new RegExp(words.join('\\s+'), 'gu');
  const folded = foldedLower(text);
  for (const m of folded.matchAll(re)) {
    const before = folded[m.index - 1];
    const after = folded[m.index + m[0].length];
    if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
    const hit = text.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' ');
    if (hit === hit.toUpperCase()) continue;
    return hit;
  }
  return null;
}

/** Expand leading organisation abbreviations: "UBND tỉnh Lạng Sơn" → "Ủy ban nhân dân tỉnh Lạng Sơn". */
export function expandOrg(name: string): string {
  for (const [abbr, full] of ORG_ABBREVIATIONS) {
    if (name === abbr || name.startsWith(abbr + ' ')) return full + name.slice(abbr.length);
  }
  return name;
}

/** Short form of an issuer for ids: "Ủy ban nhân dân tỉnh Lạng Sơn" → "UBND tỉnh Lạng Sơn". */
export function abbreviateOrg(name: string): string {
  const pairs: readonly (readonly [string, string])[] = [
    ['Ủy ban nhân dân', 'UBND'], ['Uỷ ban nhân dân', 'UBND'], ['Hội đồng nhân dân', 'HĐND'],
    ['Viện kiểm sát nhân dân', 'VKSND'], ['Tòa án nhân dân', 'TAND'],
  ];
  for (const [full, abbr] of pairs) {
    if (name.toLowerCase().startsWith(full.toLowerCase())) return abbr + name.slice(full.length);
  }
  return name;
}

/** Lower-case words that cannot end a sentence: a line ending with one continues on the next. */
export const CONTINUATION_WORDS = new Set([
  'của', 'và', 'với', 'về', 'theo', 'tại', 'các', 'những', 'số', 'ngày', 'tháng', 'năm', 'trong',
  'cho', 'để', 'đến', 'từ', 'là', 'được', 'bị', 'do', 'bởi', 'nhằm', 'gồm', 'như', 'hoặc', 'hay',
  'mà', 'thì', 'trên', 'dưới', 'khi', 'vào', 'có', 'không', 'sự', 'việc', 'đối', 'giữa', 'qua',
  'thuộc', 'tới', 'cùng', 'mọi', 'một', 'hai', 'ba', 'bốn', 'năm', 'lần', 'thứ', 'ở',
  // OCR's "số" without its mark: "… Thông tư sô" / "39/2014/TT-BTC".
  'sô',
]);

/** Bodies whose names OCR often strips of diacritics ("TONG CUC THUE"), written as they are named. */
export const KNOWN_BODIES: readonly string[] = [
  'Chính phủ', 'Quốc hội', 'Ủy ban Thường vụ Quốc hội', 'Thủ tướng Chính phủ', 'Văn phòng Chính phủ', 'Văn phòng Quốc hội',
  'Bộ Tài chính', 'Bộ Kế hoạch và Đầu tư', 'Bộ Công Thương', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ Nội vụ', 'Bộ Tư pháp',
  'Bộ Y tế', 'Bộ Giáo dục và Đào tạo', 'Bộ Xây dựng', 'Bộ Giao thông vận tải', 'Bộ Tài nguyên và Môi trường',
  'Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Nông nghiệp và Môi trường', 'Bộ Khoa học và Công nghệ',
  'Bộ Thông tin và Truyền thông', 'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Công an', 'Bộ Quốc phòng', 'Bộ Ngoại giao',
  'Ngân hàng Nhà nước Việt Nam', 'Thanh tra Chính phủ', 'Kiểm toán nhà nước', 'Tổng cục Thuế', 'Tổng cục Hải quan',
  'Tổng cục Thống kê', 'Kho bạc Nhà nước', 'Bảo hiểm xã hội Việt Nam', 'Ủy ban Chứng khoán Nhà nước', 'Cục Thuế',
  'Cục Hải quan', 'Bảo hiểm xã hội', 'Cục Thuế doanh nghiệp lớn', 'Cục Quản lý, giám sát chính sách thuế, phí và lệ phí',
  // Ministries merged away, which old scanned texts name: "CUA BO THUONG MAI SO 04/2007/TT-BTM …".
  'Bộ Thương mại', 'Bộ Công nghiệp', 'Bộ Thủy sản', 'Bộ Văn hóa - Thông tin', 'Bộ Bưu chính, Viễn thông',
];
