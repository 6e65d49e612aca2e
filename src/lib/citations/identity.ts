/**
 * Identity of a document: (number + symbol, issuer, date). Keys for
 * comparing symbols and issuers across spellings, and stable slug ids for
 * documents that are cited but not held.
 */
import type { Citation, CollectionDocument } from './models.ts';
import { LOCAL_ISSUER_CODES } from './vocabulary.ts';
import { memo } from '../memo.ts';
import { idSlug } from '../slug.ts';
import { foldDiacritics, modernTone } from '../vietnamese.ts';

/** "05-NQ/TU" ≡ "5-NQ/TU"; "ND-CP" ≡ "NĐ-CP"; case-insensitive. */
export function symbolKey(number: string, symbol: string): string {
  const n = number.replace(/^0+(?=\d)/, '');
  // (A slash between the symbol's parts is a hyphen typed otherwise: "10/2018/TTLT/BTP-BCA-…" is 10/2018/TTLT-BTP-BCA-….)
  return `${n}|${symbol.replace(/\s+/g, '').toLocaleUpperCase('vi').replace(/Đ/g, 'D').replace(/\//g, '-')}`;
}

/** Central bodies whose names OCR misreads by one letter ("Chính pha", "Bộ Tài khính"). */
const OCR_PRONE = ['Chính phủ', 'Quốc hội', 'Bộ Tài chính', 'Bộ Chính trị', 'Ban Bí thư', 'Thủ tướng Chính phủ', 'Tổng cục Thuế'];
const OCR_PRONE_FOLDED = OCR_PRONE.map((b) => foldDiacritics(b));

/** One letter replaced, added or dropped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

/**
 * The central body an issuer names with one letter or mark OCR misread ("Chính pha" is "Chính phủ", "Tống cục Thuế" is "Tổng
 * cục Thuế"), else the issuer as given:
 * one body, one page, and a citation of it resolves to the document it holds.
 */
export function mendOcrIssuer(issuer: string): string {
  const written = issuer.normalize('NFC').replace(/\s+/g, ' ').trim();
  const f = foldDiacritics(written);
  // (…or a mark misread: "Tống cục Thuế", "Chính phũ"; the name written right and in another case is left as written.)
  const lower = written.toLocaleLowerCase('vi');
  const k = OCR_PRONE_FOLDED.findIndex((b, i) => oneEditApart(f, b) || (f === b && lower !== OCR_PRONE[i]!.toLocaleLowerCase('vi')));
  return k < 0 ? issuer : OCR_PRONE[k]!;
}

/** Lower-case, abbreviations expanded, tone placement folded, whitespace collapsed. */
export const normalizeIssuer = memo(normalizeIssuerUncached);

function normalizeIssuerUncached(issuer: string): string {
  let s = modernTone(issuer.normalize('NFC').toLocaleLowerCase('vi')).replace(/\s+/g, ' ').trim();
  s = s
    .replace(/\bubnd\b|(?<![\p{L}])ubnd(?![\p{L}])/gu, 'ủy ban nhân dân')
    .replace(/(?<![\p{L}])(?:hđnd|hdnd)(?![\p{L}])/gu, 'hội đồng nhân dân')
    .replace(/(?<![\p{L}])(?:bch|bchtw)(?![\p{L}])/gu, 'ban chấp hành')
    .replace(/(?<![\p{L}])btv(?![\p{L}])/gu, 'ban thường vụ')
    .replace(/(?<![\p{L}])(?:tp\.?|thành phố)\s*/gu, 'thành phố ')
    .replace(/(?<![\p{L}])ttg(?![\p{L}])/gu, 'thủ tướng chính phủ')
    .replace(/(?<![\p{L}])tw(?![\p{L}])/gu, 'trung ương')
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return s;
}

/**
 * The head of a body signs and issues for it: "Bộ trưởng Bộ Tài chính" is "Bộ Tài chính",
 * "Thống đốc Ngân hàng Nhà nước" the bank. (…and "Bộ trường", the hook a typist or OCR lost.)
 * One list, matched as written for the display issuer and lower-cased for the issuer class.
 */
const OFFICES = ['Bộ trưởng', 'Bộ trường', 'Thống đốc', 'Tổng cục trưởng', 'Tổng Cục trưởng', 'Cục trưởng', 'Giám đốc', 'Viện trưởng', 'Chánh án', 'Tổng giám đốc', 'Tổng Giám đốc'];
const BODIES = ['Bộ', 'Ngân hàng', 'Tổng cục', 'Cục', 'Sở', 'Viện', 'Tòa án', 'Bảo hiểm', 'Kho bạc'];
const officeBeforeBody = (offices: string[], bodies: string[]) =>
  new RegExp(`^(?:${[...new Set(offices)].join('|')})\\s+(?=(?:${[...new Set(bodies)].join('|')})\\s)`, 'u');
const OFFICE_BEFORE_BODY = officeBeforeBody(OFFICES, BODIES);
const OFFICE_BEFORE_BODY_LOWER = officeBeforeBody(OFFICES.map((o) => o.toLowerCase()), BODIES.map((b) => b.toLowerCase()));

/** Strip leading role words: "Ban Thường vụ Tỉnh ủy" and "Tỉnh ủy" issue under the same symbol. */
function bodyOf(norm: string): string {
  return norm
    .replace(OFFICE_BEFORE_BODY_LOWER, '')
    .replace(/^(?:ban thường vụ|thường trực|ban chấp hành(?! trung ương)|chủ tịch)\s+/u, '')
    .replace(/^(?:ban thường vụ|thường trực)\s+/u, '')
    .replace(/\s+kh[oó]a\s+[ivxlc\d]+$/u, '')
    .trim();
}

/**
 * The Party's Central Committee however a text names it, in lower case (match it with the "i" flag where case varies):
 * "Ban Chấp hành Trung ương Đảng", "BCH Trung ương", "Trung ương", and a plenum, which issues the Committee's resolutions:
 * "Hội nghị Trung ương 6", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng". Its term ("khóa XII") is left to the caller.
 * (Not "Hội nghị Trung ương Đoàn": a plenum's number is digits or "lần thứ …".)
 */
export const CENTRAL_COMMITTEE_SOURCE =
  '(?:ban chấp hành trung ương|bch trung ương|trung ương|hội nghị(?: lần thứ [\\p{L}\\d]+)?(?: ban chấp hành)? trung ương(?: đảng)?(?: (?:lần thứ [\\p{L}\\d]+|\\d{1,2}))?)(?: đảng(?: cộng sản việt nam)?)?';
/** The body that issues under national Party symbols (…/TW): one class. */
const CENTRAL_PARTY = new RegExp(`^(?:bộ chính trị|ban bí thư|${CENTRAL_COMMITTEE_SOURCE})$`, 'u');

function placeOf(loc: string | null | undefined): string | null {
  if (!loc) return null;
  const s = normalizeIssuer(loc).replace(/^(?:tỉnh|thành phố|quận|huyện|thị xã|xã|phường|thị trấn)\s+/u, '').trim();
  return s || null;
}

/**
 * Issuer class for comparing: central Party bodies collapse to "trung-uong";
 * "UBND tỉnh", "Tỉnh ủy", "Ủy ban nhân dân Thành phố" without a place take the
 * citing document's province.
 */
export function issuerClass(issuer: string | null, citing?: CollectionDocument | null): string | null {
  if (!issuer) return null;
  return issuerClassOf(`${citing?.locality?.province ?? ''}\u0000${issuer}`);
}

const issuerClassOf = memo((key: string): string => {
  const sep = key.indexOf('\u0000');
  const provinceRaw = key.slice(0, sep) || null;
  const issuer = key.slice(sep + 1);
  let b = bodyOf(normalizeIssuer(issuer));
  // (Mended after the office is dropped: "Bộ trưởng Bộ Tài khính" is the ministry's.)
  const mended = mendOcrIssuer(b);
  if (mended !== b) b = bodyOf(normalizeIssuer(mended));
  if (CENTRAL_PARTY.test(b)) return 'trung ương';
  if (/^thủ tướng(?: chính phủ)?$/u.test(b)) return 'thủ tướng chính phủ';
  const province = placeOf(provinceRaw);
  if (province) {
    if (/^(?:ủy ban nhân dân|hội đồng nhân dân) (?:tỉnh|thành phố)$/u.test(b)) b = `${b} ${province}`;
    else if (/^(?:tỉnh ủy|thành ủy)$/u.test(b)) b = `${b} ${province}`;
    else if (/^(?:ban chấp hành )?đảng bộ (?:tỉnh|thành phố)$/u.test(b)) b = `tỉnh ủy ${province}`;
    else if (/^viện kiểm sát nhân dân tỉnh$/u.test(b)) b = `${b} ${province}`;
  }
  b = b.replace(/^ban chấp hành đảng bộ tỉnh/u, 'tỉnh ủy').replace(/^thành ủy/u, 'tỉnh ủy');
  // OCR drops or swaps tone marks ("Chính phú", "Chinh phu"): bodies are told apart by their words,
  // not their marks, as the page ids already are.
  return foldDiacritics(b);
});

/** Whether the symbol is numbered locally (every province/district has its own 200/KH-UBND). */
export function isLocalSymbol(symbol: string | null): boolean {
  if (!symbol) return false;
  const parts = symbol.split(/[-/]/);
  return parts.some((p) => LOCAL_ISSUER_CODES.has(p));
}

/**
 * The date a citation or document gives, unless it contradicts the year its number carries: a number's year is
 * the year of issue, so "Luật số 36/2005/QH11 ngày 14/06/2015" misdates the law (a typo or OCR), and the number,
 * which is the document's identity, is trusted over it.
 */
export function statedDate(c: { date: string | null; year: number | null }): string | null {
  return c.date && c.year !== null && Number(c.date.slice(0, 4)) !== c.year ? null : c.date;
}

/** Year a citation or document belongs to: from its date, else its symbol. */
export function yearOf(c: { date: string | null; year: number | null }): number | null {
  const date = statedDate(c);
  if (date) return Number(date.slice(0, 4));
  return c.year;
}

export function slug(parts: Array<string | number | null | undefined>): string {
  return idSlug(parts.filter((p) => p !== null && p !== undefined && p !== '').join(' ')) || 'van-ban';
}

/** Display/id issuer: as written, locality-qualified when the text omits the place. */
export function qualifiedIssuer(issuer0: string | null, citing?: CollectionDocument | null): string | null {
  if (!issuer0) return null;
  // The minister signs for the ministry: "Bộ trưởng Bộ Tài chính" and "Bộ Tài chính" are one issuer, one page.
  const issuer = mendOcrIssuer(issuer0.replace(OFFICE_BEFORE_BODY, ''));
  const norm = normalizeIssuer(issuer);
  const province = citing?.locality?.province ?? null;
  if (province && /(?:tỉnh|thành phố|tỉnh ủy|thành ủy)$/u.test(norm)) {
    const place = province.replace(/^(?:tỉnh|thành phố|TP\.?)\s*/iu, '');
    const already = normalizeIssuer(issuer).includes(normalizeIssuer(place));
    if (!already) return `${issuer} ${place}`;
  }
  return issuer;
}

/**
 * "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII" names a different resolution in every
 * province: a local congress named without its place takes the citing document's province.
 */
export function localNameScope(name: string, citing?: CollectionDocument | null): string | null {
  const m = /(?:Đảng bộ|đảng bộ)[ \n](tỉnh|huyện|quận|xã|phường|thị xã|thành phố|Thành phố)(?:[ \n]lần|$)|(tỉnh|huyện|quận|xã|phường)[ \n]lần[ \n]thứ/u.exec(name);
  if (!m) return null;
  const level = (m[1] ?? m[2] ?? '').toLowerCase();
  const loc = citing?.locality;
  if (!loc) return null;
  const parts = level === 'xã' || level === 'phường' ? [loc.commune, loc.district, loc.province] : level === 'tỉnh' || level === 'thành phố' ? [loc.province] : [loc.district, loc.province];
  return parts.filter((p) => p).join(' ') || null;
}

/** Entity id of one citation taken alone (graph merging may refine the year). */
export function citationEntityId(c: Citation, citing?: CollectionDocument | null): string {
  if (c.form === 'name' || c.number === null || c.symbol === null) {
    const name = c.name ?? c.docType;
    const scope = c.form === 'name' ? localNameScope(name, citing) : null;
    // The place goes where a writer who names it puts it ("Đảng bộ tỉnh Lạng Sơn lần thứ
    // XVII"), so both ways of citing the same congress resolution share one id.
    return slug([scope ? name.replace(/(Đảng bộ|đảng bộ)([ \n])(tỉnh|huyện|quận|xã|phường|thị xã|thành phố|Thành phố)/u, `$1$2$3 ${scope}`) : name]);
  }
  const iss = qualifiedIssuer(c.issuer, citing);
  return slug([c.docType === 'other' ? null : c.docType, c.number, c.symbol, yearOf(c), iss]);
}
