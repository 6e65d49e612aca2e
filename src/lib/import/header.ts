/**
 * Header extraction: the block before the body (issuer lines, national motto,
 * "Số:", place and date, type line, title or "V/v", receiving stamps).
 *
 * Real headers arrive in many shapes: a two-column table flattened into runs of
 * spaces, into lines that are only `|`, or into one line ("QUỐC HỘI -------
 * CỘNG HÒA …"); bold markers broken across lines; Công báo running heads and
 * page numbers; OCR without diacritics. So the header is read as a zone of
 * cells, each classified on its own, in whatever order the layout left them,
 * rather than as a fixed sequence of lines.
 */
import { parseNumberSymbol, parsePlaceDate, findDate, type NumberSymbol } from './dates.ts';
import { LIMITS } from '../body-in-fields.ts';
import { boilerplateReason, bracketedEnd, isBlank, isBlankDayCut } from './lines.ts';
import type { Omission, SourceLine } from './types.ts';
import { DOC_TYPES } from './vietnamese.ts';
import { modernTone } from '../vietnamese.ts';
import { isKnownCode } from '../citations/vocabulary.ts';

export interface HeaderFacts {
  /** All-caps issuer lines in order (parent first), with line numbers. */
  issuerLines: { text: string; no: number }[];
  numberSymbol: (NumberSymbol & { line: number }) | null;
  place: { value: string; line: number } | null;
  date: { iso: string | null; raw: string; line: number } | null;
  docType: { value: string; line: number } | null;
  title: { value: string; lines: number[]; isSubject: boolean } | null;
  /** "Dự thảo" stated in the header. */
  draft: boolean;
  /** "(Ban hành kèm theo Quyết định số …)": the document this one is attached to. */
  attachedTo?: { text: string; line: number };
  /** "BỘ TRƯỞNG BỘ TÀI CHÍNH" between the title and "Căn cứ": who enacts, the issuer when no issuer block is printed. */
  enacting?: { text: string; line: number };
  /** Index (into the part's lines) of the first body line. */
  bodyStart: number;
  omissions: Omission[];
}

export function isCaps(s: string): boolean {
  if (s.length > 200 || /\p{Ll}/u.test(s.slice(0, 24)) || s !== s.toUpperCase()) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** foldAll's reading of each character met so far: every body line is folded, and normalising a character at a time is slow. */
const FOLDED_CHARS = new Map<string, string>();

/** Letters without diacritics, lower case, same length as the input (for OCR'd and unaccented text). */
export function foldAll(s: string): string {
  let out = '';
  for (const ch of s) {
    let f = FOLDED_CHARS.get(ch);
    if (f === undefined) {
      const base = ch.normalize('NFD')[0] ?? ch;
      f = (base === 'đ' || base === 'Đ' ? 'd' : base.toLowerCase()).slice(0, ch.length).padEnd(ch.length, ' ');
      FOLDED_CHARS.set(ch, f);
    }
    out += f;
  }
  return out;
}

/** Type names by their lower-case modern-tone spelling (the first of DOC_TYPES where two fold alike). */
const TYPE_BY_KEY = new Map<string, string>();
for (const t of [...DOC_TYPES].reverse()) TYPE_BY_KEY.set(modernTone(t.toLowerCase()), t);

/** "KẾ HOẠCH" → "Kế hoạch" when it is a known type name. */
export function docTypeOf(plain: string): string | null {
  return TYPE_BY_KEY.get(modernTone(plain.replace(/[:.]$/, '').replace(/\s+/g, ' ').trim().toLowerCase())) ?? null;
}

const TYPE_LINES: readonly string[] = [...DOC_TYPES, 'Văn bản hợp nhất', 'Hiệp định', 'Nghị quyết liên tịch', 'Quyết định liên tịch', 'Chỉ thị liên tịch', 'Hướng dẫn liên tịch', 'Công văn hỏa tốc', 'Công điện khẩn'];
const FOLDED_TYPES = new Map(TYPE_LINES.map((t) => [foldAll(t), t] as const));

/** A type line as headers write it, also unaccented or OCR-damaged ("BAO CÁO"), also spaced ("Q U Y Ế T  Đ Ị N H"). */
function typeLineOf(cell: string): string | null {
  // A scan's speck before it: "t1 - NGHỊ ĐỊNH", "| QUYẾT ĐỊNH".
  const speck = /^(?:[\p{Ll}\d]{1,3}\s+[-–—|]|[|])\s+(?=\p{Lu}{2})/u.exec(cell);
  if (speck) cell = cell.slice(speck[0].length);
  // Also case broken by a conversion or OCR ("LuẬt"): short, capitalised, with capitals inside.
  const brokenCase = cell.length <= 24 && /^\p{Lu}\S*\p{Lu}/u.test(cell);
  if (!isCaps(cell) && !brokenCase && !/^(?:\p{Lu}\s){3,}/u.test(cell)) return null;
  // "THÔNG TƯ1", "NGHỊ ĐỊNH[1]": a footnote mark glued to the type line.
  const t = cell.replace(/[-–—:.\s]+$/, '').replace(/(\p{Lu})(?:\d{1,2}|\[\d{1,3}\])$/u, '$1').replace(/\s+/g, ' ').trim();
  const exact = docTypeOf(t);
  if (exact) return exact === 'Công văn hỏa tốc' ? 'Công văn' : exact;
  const f = foldAll(t);
  const hit = FOLDED_TYPES.get(f) ?? FOLDED_TYPES.get(f.replace(/\s/g, '').replace(/^(.*)$/, (m) => [...FOLDED_TYPES.keys()].find((k) => k.replace(/\s/g, '') === m) ?? m));
  if (hit) return hit.replace(/ (hỏa tốc|khẩn)$/, '');
  return null;
}

const PREFIX_TYPES = [...TYPE_LINES].sort((a, b) => b.length - a.length);

/** A type name in capitals followed by the title on the same line. */
export function typePrefixOf(cell: string): { type: string; rest: string } | null {
  if (!isCaps(cell)) return null;
  const f = modernTone(cell.toLowerCase());
  for (const t of PREFIX_TYPES) {
    const ft = modernTone(t.toLowerCase());
    if (!f.startsWith(ft + ' ')) continue;
    const rest = cell.slice(t.length).trim().replace(/^[-–:]\s*/, '');
    if (rest.length < 3 || /^(và|của)\s/iu.test(rest) || !/\p{L}{2}/u.test(rest)) return null;
    return { type: t, rest };
  }
  return null;
}

/**
 * The address line as OCR garbles its marks and its space, before its colon: "Kỉnhgửì:" (which ended neither the header
 * nor the title: "V/v phòng, chống dịch COVID-19" / "đôi với người nhập cảnh" / "Kỉnhgửì:" / "- Các Bộ, …").
 * A pattern's source, for the patterns that read an address line.
 */
export const OCR_ADDRESS = 'k\\p{L}nh\\s*g\\p{L}{1,2}\\s*:';
const OCR_ADDRESS_LINE = new RegExp(`^${OCR_ADDRESS}`, 'iu');
const BODY_OPENERS = /^(căn cứ|thực hiện|theo|kính gửi|kính trình|xét|ngày\s+\d|để|nhằm|trên cơ sở|sau khi|vừa qua|hiện nay|trả lời|phúc đáp)(?![\p{L}\d])/iu;

/** A body sentence ("Căn cứ Luật …;", "Thực hiện Quyết định số …"), not a title that starts the same way. */
function isBodyOpening(plain: string): boolean {
  if (OCR_ADDRESS_LINE.test(plain)) return true;
  if (!BODY_OPENERS.test(plain)) return false;
  if (/^(căn cứ|kính gửi|kính trình|xét|trả lời|phúc đáp)(?![\p{L}\d])/iu.test(plain)) return true;
  return /[;:,.]$/u.test(plain) || /\ssố\s+\d/u.test(plain) || plain.length > 250;
}

/** Numbered structure that only a body has: Phần, Chương, Mục, Điều, I., 1., a). */
const STRUCTURE = /^(?:(?:phần|chương|mục)\s+(?:[IVXLC]+|\d+|thứ)(?![\p{L}\d])|điều\s+\d+|[IVXLC]+\s*[.)]\s|\d{1,2}(?:\.\d{1,2})*\s*[.)]\s|[a-zđ]\)\s)/iu;

/** The authority that enacts, printed between the title and "Căn cứ": "BỘ TRƯỞNG BỘ TÀI CHÍNH". */
const AUTHORITY_NAMES = ['bộ trưởng', 'thủ tướng', 'chủ tịch', 'tổng giám đốc', 'giám đốc', 'tổng cục trưởng', 'cục trưởng', 'chánh án', 'viện trưởng', 'thống đốc', 'tổng kiểm toán', 'ủy ban nhân dân', 'uỷ ban nhân dân', 'hội đồng nhân dân', 'ủy ban thường vụ', 'uỷ ban thường vụ', 'chính phủ', 'quốc hội', 'ban chấp hành', 'ban thường vụ', 'bộ chính trị', 'ban bí thư', 'hội đồng thẩm phán', 'trưởng ban', 'chủ nhiệm', 'tổng thanh tra', 'tổng kiểm toán nhà nước'];
const AUTHORITY = new RegExp(`^(?:${AUTHORITY_NAMES.join('|')})(?![\\p{L}\\d])`, 'iu');
/** The same without their marks, as OCR may read them ("CHÍNH PHU"); matched against foldAll's output. */
const AUTHORITY_FOLDED = new RegExp(`^(?:${[...new Set(AUTHORITY_NAMES.map(foldAll))].join('|')})(?![\\p{L}\\d])`, 'u');

const SIGN_STAMP = /^(?:k[ýy] b[ởo]i|người ký|email|cơ quan|thời gian ký|ngày ký|signed by)\s*:/iu;
/** "Ký bởi:" alone on its line: the signing office's name follows on the next lines. */
const SIGN_STAMP_LABEL = /^k[ýy]\s*b[ởo]i\s*:\s*$/iu;
/** Công báo running head: "CÔNG BÁO/Số 849 + 850/Ngày 26-7-2023". */
const GAZETTE_HEAD = /^c[oô]ng\s*b[aá]o\s*\/?\s*(?:số|so)\s*\d/iu;
export const isGazetteHead = (plain: string): boolean => GAZETTE_HEAD.test(plain);

/** A receiving stamp: an office name followed by "Số: N" (no symbol) or "ĐẾN". */
function stampAt(lines: readonly SourceLine[], i: number): boolean {
  const l = lines[i]!;
  if (!isCaps(l.plain) || /^số(?![\p{L}\d])/iu.test(l.plain)) return false;
  let j = i + 1;
  while (j < lines.length && isBlank(lines[j]!)) j++;
  const next = lines[j];
  if (!next) return false;
  return /^số\s*:?\s*\d+\s*$/iu.test(next.plain) || /^đến(?![\p{L}\d])/iu.test(next.plain);
}

/** Extent of a receiving stamp starting at i: its fields, then short handwritten notes. */
function stampEnd(lines: readonly SourceLine[], i: number): number {
  let lastStamp = i;
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (isBlank(l)) continue;
    if (/^(số|ngày|đến|chuyển|chuyên|giờ|lưu hồ sơ|số và ký hiệu)(?![\p{L}\d])[^:]{0,20}:?/iu.test(l.plain) && l.plain.length <= 40) { lastStamp = j; continue; }
    if (l.plain.length <= 30 && !BODY_OPENERS.test(l.plain) && !/^[-+•]\s/.test(l.plain) && !typeLineOf(l.plain)) { lastStamp = j; continue; }
    break;
  }
  return lastStamp;
}

interface Cell {
  text: string;
  /** Index into lines. */
  index: number;
  no: number;
}

/** Markup and table residue a portal leaves in a header line, removed. */
export function cleanHeaderText(s: string): string {
  return s
    .replace(/\\([*_|\\-])/g, '$1')
    .replace(/\*+|(?<![\p{L}\d])_+|_+(?![\p{L}\d])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// The end of the national name and of the motto may be garbled by OCR ("CỘNG HOA XÃ HỘI chủ JẾT NAM", "Độc lập - Tự do giấc"): at a line's end, their first words are enough.
// (…or its middle: "CONG H¢ {OI CHỦ NGHĨA VIỆT NAM"; and "Tự" read "Tw": "Doc lap - Tw do - Hanh phic".)
// (…and as quick copies abbreviate it: "CỘNG HOÀ XHCN VIỆT NAM", "CHXHCN VIỆT NAM".)
const NATION_F = /c[o0]ng\s*h[o0]a\s*x[a]\s*h[o0]i\s*ch[u]\s*ngh[i1l]a\s*v[i1l][e]t\s*nam|(?:c[o0]ng\s*h[o0]a\s*|(?<![a-z])c)xhcn\s*v[i1l][e]t\s*nam|c[o0]ng\s*h[o0]a\s*x[a]\s*h[o0]i\s*ch[u]\s.{0,16}$|(?<![a-z])c[o0]ng\s\S{1,4}\s\S{1,4}\s*ch[u]\s*ngh[i1l]a\s*v[i1l][e]t\s*nam/;
const MOTTO_F = /d[o0]c\s*l[ao][pc]\s*[-–—.,]*\s*t[uyw]\s*d[o0]\s*[-–—.,]*\s*h[a]nh\s*ph\S*|d[o0]c\s*l[a]p\s*[-–—]\s*t[u]\s*d[o0]\s*[-–—]\s*…|d[o0]c\s*l[a]p\s*[-–—.,]*\s*t[uyw]\s*d[o0]\s.{0,12}$/;
// What OCR leaves of them beside an issuer, in their own capitals, to the line's end: "TONG CỤC THUE CONG HOA XÃ HỘ. `. HANG) /4 /TỆT NAM i",
// "CỤC THUÉ TP HÀ NOI Độc lập-1 `#c-..<s} Úc". (Capitals only: a title may speak of "độc lập".)
const NATION_TAIL = /(?<=\s)(?:C[ỘOÔ0]NG\s*H[ÒOÓÕ0]A\s*X(?:[ÃA]\s*H|HCN)|CHXHCN\s).{0,40}$/u;
const MOTTO_TAIL = /(?<=\s)Độc\s*lập(?:\s*[-–—]|\s*$).{0,30}$/u;
const PARTY_F = /d[a]ng\s*c[o0]ng\s*s[a]n\s*v[i1l][e]t\s*nam/;

/** Splits one header line into cells: table cells, column gaps, and the national name or motto run into an issuer line. */
function cellsOf(l: SourceLine, index: number): Cell[] {
  const pieces: string[] = [];
  // (A bracket and a bar OCR read between "ngày" and the day are a speck, no cell's edge: "Hà Nội, ngày [| 9 tháng 8 năm 2019";
  // a bar alone may be the day's "1", "ngày | 9", and stays unread.)
  const raw = l.md.replace(/\t/g, '    ').replace(/(?<=ng[aàáảãạ]y\s{0,3})[[(]\|\s*(?=\d{1,2}\s*th[aàáảãạ]ng)/giu, '');
  for (const part of raw.split(/\||<br\s*\/?>/i)) {
    for (const gap of part.split(/ {3,}/)) pieces.push(gap);
  }
  // "Số: 64    /2024/QĐ-UBND": a number cut from its symbol by the layout's spaces.
  for (let k = pieces.length - 1; k > 0; k--) {
    const a = pieces[k - 1]!.trimEnd();
    const b = pieces[k]!.trimStart();
    const blankDay = isBlankDayCut(a, b);
    if (blankDay || (/^\/\S/.test(b) && /(?:số\s*:?|\d)\s*$/iu.test(a)) || (/[/-]$/.test(a) && /^[\p{Lu}\d]/u.test(b) && /số/iu.test(a))) {
      pieces.splice(k - 1, 2, blankDay ? `${a} ${b}` : a + b);
    }
  }
  const out: Cell[] = [];
  for (const p of pieces) {
    // (A speck OCR read before the number cell's label is none of it: ".Sẽ: 1883 /TCHQ-TXNK Hà Nội, ngày …".)
    let t = cleanHeaderText(p).replace(SPECK_BEFORE_LABEL, '');
    if (!t || /^[-:=_.–—\s]+$/.test(t)) continue;
    // A law's session line names the nation inside it: one cell, not an issuer beside the national name.
    if (boilerplateOf(t) === 'session of the Quốc hội') { out.push({ text: t, index, no: l.no }); continue; }
    // "QUỐC HỘI ------- CỘNG HÒA …", "BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI …", "Số: 12/BTC Hà Nội, ngày …".
    while (t) {
      const f = foldAll(t);
      let cut = -1;
      let len = 0;
      for (const re of [NATION_F, MOTTO_F, PARTY_F]) {
        const m = re.exec(f);
        if (m && (cut < 0 || m.index < cut)) { cut = m.index; len = m[0].length; }
      }
      for (const re of [NATION_TAIL, MOTTO_TAIL]) {
        const m = re.exec(t);
        if (m && m.index > 0 && (cut < 0 || m.index < cut)) { cut = m.index; len = m[0].length; }
      }
      const sep = /\s[-_=–—.]{3,}(\s|$)/.exec(t);
      if (sep && (cut < 0 || sep.index < cut)) { cut = sep.index; len = sep[0].length; }
      if (cut < 0) {
        // The place is in title case ("Hà Nội", "TP. Hồ Chí Minh"); a word in capitals is still the
        // symbol, cut by OCR's spaces ("5821/TCT- DNL Hà Nội", "4999 /QCPH - BHXH - TCT Hà Nội").
        // ("Số" as OCR reads it, also as digits: "86: 35934 /CT-TTHT Ha Nội, ngày 20thdng 5 năm 2019".)
        const pd = /^((?:[Ss][ốôoó]|SỐ|[$S]6(?=\s*:)|S[ẽá](?=\s*:)|8[6é](?=\s*:))(?![\p{L}\d]).*?[^\s/-])\s+(?:-\s+)?((?!\p{Lu}{2,}(?:\s|-|$))(?:\p{Lu}[\p{L}.]*\s*){1,5},\s*ng[aàáảãạ]y(?:\p{L}{1,2}(?=\s+th[aáà]ng)|[A-Z]{1,2}(?=\s+\d))?(?!\p{L}).*)$/u.exec(t);
        if (pd) { out.push({ text: pd[1]!.trim(), index, no: l.no }); t = pd[2]!.trim(); continue; }
        out.push({ text: t, index, no: l.no });
        break;
      }
      const before = t.slice(0, cut).trim().replace(/\s+[:;,`]+$/u, '');
      const matched = t.slice(cut, cut + len).trim();
      if (before && !/^[-_=–—.\s]+$/.test(before)) out.push({ text: before, index, no: l.no });
      if (matched && !/^[-_=–—.\s]+$/.test(matched)) out.push({ text: matched, index, no: l.no });
      t = t.slice(cut + len).trim();
    }
  }
  return out;
}

export function boilerplateOf(text: string): string | null {
  const f = foldAll(text).trim();
  if (NATION_F.test(f) && f.replace(NATION_F, '').replace(/[^a-z]/g, '') === '') return 'national name';
  if (MOTTO_F.test(f) && f.replace(MOTTO_F, '').replace(/[^a-z]/g, '') === '') return 'national motto';
  if (PARTY_F.test(f) && f.replace(PARTY_F, '').replace(/[^a-z]/g, '') === '') return 'party name';
  // (…broken over two lines by a portal: "**ĐẢNG CỘNG SẢN" / "VIỆT NAM**", the second a fragment of the national name's.)
  if (/^dang\s*cong\s*san$/.test(f.replace(/[^a-z\s]/g, '').trim())) return 'party name';
  if (/^[-_=–—.*\s]{3,}$/.test(text)) return 'separator';
  // The national name broken over two lines by a portal ("CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA VIỆT NAM").
  // (Its last two words in title case are a subject's or a name's end: "Viv xác định … của Bayer Hồng Kông tại" / "Việt Nam".)
  if (nationFragment(f) && (isCaps(text) || f.split(/\s+/).filter(Boolean).length >= 3)) return 'national name';
  // …and its last word alone, after the column's rule: "… CHỦ NGHĨA VIỆT" / "—. NAM" (no body's line starts so).
  if (/^[-–—.]+[-–—.\s]*nam$/.test(f)) return 'national name';
  if (GAZETTE_HEAD.test(text)) return 'Công báo running head';
  // A law's session line: "QUỐC HỘI NƯỚC CỘNG HOÀ … KHOÁ XI, KỲ HỌP THỨ 9", then its dates in brackets.
  if (/^quoc hoi\b.*\bkhoa\s+[ivxlc\d]+\b.*\bky hop\b/.test(f)) return 'session of the Quốc hội';
  // …over two lines: "QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Khoá XI, kỳ họp thứ 8".
  if (/^quoc hoi nuoc cong hoa xa hoi chu nghia viet nam$/.test(f.replace(/\s+/g, ' '))) return 'session of the Quốc hội';
  if (/^khoa\s+[ivxlc\d]+\s*[,;-]?\s*ky hop\b/.test(f)) return 'session of the Quốc hội';
  if (/^\(\s*tu ngay .* den ngay .*\)$/.test(f)) return 'session of the Quốc hội';
  // The Công báo's section heading over the documents it prints: no issuer, no title.
  if (/^(?:phan\s+[ivx]+\s*[.:-]?\s*)?van ban (?:quy pham phap luat|phap luat khac)$/.test(f)) return 'Công báo section';
  if (SIGN_STAMP.test(text)) return 'digital signature stamp';
  // A copy's stamp over the header: "SAO Y BẢN CHÍNH", "BẢN SAO" (the copying office's block is in the tail).
  if (/^(?:sao y ban chinh|sao y ban chanh|ban sao|sao y|sao luc|trich sao)$/.test(f.replace(/[^a-z\s]/g, '').replace(/\s+/g, ' ').trim())) return 'copy stamp';
  if (PAGE_MARKER.test(text)) return 'page marker';
  return null;
}

const PAGE_MARKER = /^-*\s*page(?:\s+\d+|\s*break)\s*-*$/iu;

/**
 * What boilerplateOf finds that a page or a conversion leaves inside the body: Công báo running heads, signature
 * stamps, page markers. (The other reasons are a header's: in the body they are text.)
 */
export function pageNoiseOf(text: string): 'Công báo running head' | 'digital signature stamp' | 'page marker' | null {
  // Most body lines are none of these: the three tests first, then boilerplateOf for which reason comes first.
  if (!GAZETTE_HEAD.test(text) && !SIGN_STAMP.test(text) && !PAGE_MARKER.test(text)) return null;
  const b = boilerplateOf(text);
  return b === 'Công báo running head' || b === 'digital signature stamp' || b === 'page marker' ? b : null;
}

const NATION_WORDS = ['cong', 'hoa', 'xa', 'hoi', 'chu', 'nghia', 'viet', 'nam'];

/** A piece of the national name: its first three words or more, or its last two or more. */
function nationFragment(folded: string): boolean {
  const w = folded.replace(/[^a-z\s]/g, ' ').split(/\s+/).filter(Boolean).map((x) => x.replace(/0/g, 'o'));
  if (w.length === 0 || w.length >= NATION_WORDS.length) return false;
  const prefix = w.length >= 3 && w.every((x, i) => x === NATION_WORDS[i]);
  const suffix = w.length >= 2 && w.every((x, i) => x === NATION_WORDS[NATION_WORDS.length - w.length + i]);
  return prefix || suffix;
}

/**
 * A letter's number cell whose "Số:" OCR lost, its handwritten number read as a word, before the symbol
 * and the place and date: "goss /CT-TTHT Hà Nội, ngày 40 tháng 9 năm 2019". The word is consumed as the label
 * (digits alone are a number, not a lost label).
 */
// (…or read as digits run into the number, "86" for "Số": "861913 /TCHQ-TXNK Hà Nội, ngày { 2 thắng 4 năm 2018",
// "864305 /TCT-KK. Hà Nội, ngdy, Jf tháng 4 năm 2022", whose number is then past telling.)
const LABEL_LOST = String.raw`(?:(?=[^\s/:]*[^\s/:\d])[^\s/:]{1,8}|86\d{3,6})(?=\s*\/\s*\p{Lu}[\p{L}\d&]*-\p{Lu}[\p{L}\d&-]*\.?\s+\p{Lu}[^,/]{0,30},\s*ng(?:ày|dy|ay))`;

/**
 * OCR's "Số:" read as digits ("86:", "36:", "8é:", "6:"), known only by the number and symbol after it: "86:5619 SYT-NVY",
 * "8é:.2953 /TCT - TTKT", "6: 407 CTHN-HKDCN".
 */
const DIGIT_LABEL = String.raw`(?:86|36|8[éó]|6)(?=\s*:\s*\S{0,12}\s*\/?\s*\p{Lu}[\p{L}\d&]*\s*-\s*\p{Lu})`;

const DIGIT_LABEL_START = new RegExp(`^${DIGIT_LABEL}`, 'u');

/** A line that opens on OCR's reading of a lost label ("Sóz226Ö /CT-TTHT Long An, ngayd4 …"), known by what follows it. */
const LABEL_LOST_START = new RegExp(`^${LABEL_LOST}`, 'iu');

/** OCR's "Số:" read with another letter or a digit for "ố", known by the colon after it: "$6:", "S6:", "Sá:", "sẽ:". */
const OCR_SO = String.raw`[$S]6(?=\s*:)|s[ẽá](?=\s*:)`;

/** "Số" as typed, as an unaccented copy writes it and as OCR misreads its mark. */
const SO_WORD = 'số|so|sô|só|sé';

/** A speck OCR read before a number cell's label ("Số:" or OCR's reading of it): ".Sẽ: 1883 /TCHQ-TXNK". */
const SPECK_BEFORE_LABEL = new RegExp(`^[.,'‘’\`]\\s*(?=(?:${SO_WORD})\\s*:|${OCR_SO})`, 'iu');

/** "Số" alone, no type word before it, and OCR's readings of it: a header's number cell, not a sentence. */
const BARE_NUMBER_LABEL = new RegExp(`^(?:${SO_WORD}|${OCR_SO})(?![\\p{L}\\d])`, 'iu');

/** A "Số:" cell, however garbled what follows its colon. */
const NUMBER_CELL = new RegExp(`^(?:${SO_WORD})\\s*:`, 'iu');

/** "Số: 14/2025/TT-BXD", "Số 12-KL/VPTW", "Luật số: 52/2010/QH12", "Số hiệu:", "Số:" alone, and OCR's "$6:". */
// (…and "Luậtsố: /2025/QH15", the space OCR lost.)
// ("Số hiệu:", "Số ký hiệu:", "Số/ký hiệu:" first: the label is all of it, not "Số" before a number "hiệu: 29/2025/QĐ-TTg".)
// (…and "Số hiệu văn bản:", as an office's form labels it.)
const NUMBER_LABEL = new RegExp(`^(?:số\\s*(?:\\/\\s*)?(?:ký\\s*)?hiệu(?:\\s+văn\\s+bản)?|(?:\\p{L}+\\s+){0,3}(?:số|so|sô|só|sé|sỐ|SỐ)|luật(?=số)số|${OCR_SO}|${DIGIT_LABEL}|(?=:\\s*\\d{1,6}\\s*\\/\\s*\\p{Lu})|${LABEL_LOST})\\s*[:.;]?\\s*(.*)$`, 'iu');

/** "Số", or a type name and "số" ("Luật số:", "Nghị quyết số:"), at the start of a cell; or the colon alone before a number and symbol, where OCR lost "Số" (": 300 /TCHQ-GSQL"). */
// ("Luat sé:": a draft law's line as OCR reads it.)
// (…and after an OCR speck of a word in lower case, the colon kept: ty sé: 40345" /BTC-TCT.)
const NUMBER_START = new RegExp(`^(?:(?:${[...TYPE_LINES, 'Luat'].map((t) => t.replace(/\s+/g, '\\s+')).join('|')})\\s+)?(?:${SO_WORD})(?![\\p{L}\\d])|^\\p{Ll}{1,3}\\s+(?:số|sé|só|sô)(?=\\s*:)|^luậtsố(?=\\s*:)|^(?:${OCR_SO})|^${DIGIT_LABEL}|^(?=:\\s*\\d{1,6}\\s*\\/\\s*\\p{Lu})|^${LABEL_LOST}`, 'iu');

/**
 * A misread handwritten number, then the symbol: after marks ("##2 /TCT-DNNCN", "'8 00 /TXNK - CST"), with a mark among its
 * digits ("45? /BKHĐT-QLKTTW"), or digits and letters ("4046J/BTC-TCT").
 */
const MARKED_NUMBER = /^(?:\S*[#§$£€‡†'"!?(]\S*|(?=[\p{L}\d]*\d)(?=[\p{L}\d]*\p{L})[\p{L}\d]+)(?:\s+\d{1,4})?\s*\/\s*\p{Lu}[\p{L}\d&]*(?:\s*-\s*\p{Lu}[\p{Lu}\d&]*(?!\p{Ll}))+/u;

/** The place and date after a number on its line: " Hà Nội, ngày OF tháng …". */
// (OCR may lose the comma and the accent: "Hà Xội ngay — tháng - năm 2023".)
// (…and run "ngày" into the day's first mark after the comma: "Hà Nội, ngàyä4 kháng 2".)
// (…or read "ngày" as "ngdy": "864305 /TCT-KK. Hà Nội, ngdy, Jf tháng 4 năm 2022".)
const PLACE_DATE_AFTER = /\s+\p{Lu}[^,/]{0,30}(?:,\s*ng(?:ày|dy)|\s+ng[aà]y(?![\p{L}])).*$/u;

/**
 * Number and symbol as OCR and portals write them: spaces around "/" and "-", "Số: 21    /2025/QĐ-UBND".
 * (Marks OCR reads before a handwritten number, "#40", "$9934", "£498", "(230", say its digits were misread: every such
 * number in the labelled scans was another; blankNumber keeps the symbol and leaves the number unread.)
 */
export function readNumberSymbol(s: string): NumberSymbol | null {
  const t = s
    .replace(/[|*]/g, ' ')
    .replace(/^\s+/u, '')
    // OCR spaces a handwritten number's digits: "1 0 9 4 3 /BYT-MT", "3 70 /TCHQ-TXNK", with a speck before the space: "553. 3/TCHQ-TXNK".
    .replace(/^\d{1,4}(?:\.? \d{1,4}){1,5}(?=\s*\/)/u, (d) => d.replace(/[. ]/g, ''))
    // …and a speck between a number's digits: "49'79/TCHQ-TXNK" is 4979/TCHQ-TXNK.
    .replace(/^(\d{1,4})['’`](\d{1,4})(?=\s*\/)/u, '$1$2')
    // …and the slash as a "7" after the number's space: "2686 7TCT-DNNCN" is 2686/TCT-DNNCN.
    .replace(/^(\d{1,6})\s+7(?=\p{Lu}{2}[\p{Lu}\d&]*-\p{Lu})/u, '$1/')
    // …and the letter of a number ("1668 a/GSQL-GQ4" is 1668a), and dots around it (". 828../QD-BHXH").
    .replace(/^(\d{1,6})\s([a-z])(?=\s*\/)/u, '$1$2')
    .replace(/^[.…\s]+(?=\d)/u, '')
    .replace(/^(\d{1,6})[.…]{2,}(?=\/)/u, '$1')
    .replace(/[–—]/g, '-')
    .replace(/\s*\/\s*/g, '/')
    // (…not before the place, a capitalised word: "5826 /TCHQTXNK - Hà Nội ngày …" ends its symbol at "TCHQTXNK".)
    .replace(/\s*-\s*(?=[\p{Lu}\d])(?!\p{Lu}\p{Ll}+\s)/gu, '-')
    .replace(/(\d)\s*-\s*/u, '$1-')
    .replace(/\s+(?:ngày|ban hành|về|v\/v)(?![\p{L}\d]).*$/iu, '')
    // A legislature's term spaced from its body: "77/2006/QH 11".
    .replace(/(\/(?:QH|UBTVQH))\s+(\d{1,2})(?![\p{L}\d])/u, '$1$2')
    .trim();
  const first = t.split(/\s+/)[0] ?? '';
  const direct = parseNumberSymbol(first);
  if (direct) return direct;
  // "66.15/2026/NQ-CP": a dotted number.
  const m = /^(\d{1,6}(?:\.\d{1,3})?[a-z]?)\/(?:(\d{4})\/)?(\p{L}[\p{L}\d&]*(?:[-/]\p{L}[\p{L}\d&]*)*)[.,;:]?$/u.exec(first);
  // (…or a thousands separator, three digits after it: "Số: 69.262 /CT-TTHT" is letter 69262; a government's special
  // resolutions count on after their dot with one or two, "66.17/2026/NQ-CP".)
  if (m) return { number: /^\d{1,3}\.\d{3}$/u.test(m[1]!) ? m[1]!.replace('.', '') : m[1]!, year: m[2] ? Number(m[2]) : null, symbol: m[3]! };
  return null;
}

/** A number cell whose slash OCR lost, the symbol a code with its hyphen: "Số: 94469 CT-TTHT", "Số: 3942 LĐTBXH-BHXH". */
function slashLost(rest: string): NumberSymbol | null {
  const m = /^(\d{1,6})\s+(\p{Lu}[\p{Lu}\d&]*(?:-\p{Lu}[\p{Lu}\d&]*)+)[.,;]?$/u.exec(rest.trim());
  return m ? { number: m[1]!, symbol: m[2]!, year: null } : null;
}

/**
 * "Số:    /2024/QH15", "Số: /TTr-BYT": a draft's blank number, its symbol read; "…../2024/QH15" and
 * "/202.../QH15" dotted; a handwritten number OCR could not read ("454? /QĐ-TCT", "46#50/BTC-CST",
 * "}40F /CT-TNCN ;", "§B./,/TCHQ-TXNK", "/f//CT-TTHT", "6. /TCT -DNNCN", "ở(05 /CT-TTHT", "4 Q2; /TCHQ-TXNK", "/40/TB-HQTB" with the
 * number's first digits lost) is as blank as a draft's; so is
 * a draft's number that leaves its term blank too ("…/…/QH…").
 */
function blankNumber(rest0: string): { year: number | null; symbol: string } | null {
  // OCR reads the slash as "!" ("Äf03Y!CTHN-TTHT"); a run of letters and digits that is no number is as unreadable as marks.
  // …and as a digit after a year: "/20233NĐ-CP" is "/2023/NĐ-CP".
  // …and a handwritten number's end and its slash as "ÿ", a letter Vietnamese never writes ("284ÿCT-TT&HT", ".44'16ÿCT-TTHT"): unread.
  // (…and as a quote: "4Ô ÁÄÉÍ 'CTHN-TTHT", the handwritten number before it read as letters with marks; not after digits
  // alone, "55 'CHQ-TXNK", where the quote stands for more than the slash: 5589/TCHQ-TXNK.)
  const rest = rest0.replace(/^(?=\S*\d)(?=[^']*\p{L})\S{1,5}(?:\s+\S{1,5})?\s+'(?=\p{Lu}[\p{Lu}\d&]*-\p{Lu}[\p{Lu}\d&]*(?:\s|$))/u, '#/').replace(/^[.,]?[\d'’]{0,8}ÿ\s*(?=\p{Lu})/u, '#/').replace(/!(?=\p{Lu})/u, '/').replace(/^\/\s*((?:19|20)\d{2})\d(?=\p{Lu})/u, '/$1/').replace(/^(?=[\p{L}\d]*\d)(?=[\p{L}\d]*\p{L})[\p{L}\d]+(?=\s*\/)/u, '#')
    // (…and a short word in lower case OCR made of the handwritten number: "Số: ups /TCT-PC Hà Nội, …".)
    .replace(/^\p{Ll}{1,4}\s+(?=\/\s*\p{Lu})/u, '#');
  // (…and "Ếb5'J/CT-TTHT", "4/2 /QĐ-TCT": a quote among the letters, a slash inside the handwritten digits.)
  // (…and "%" or "¥" among the marks: "68% /TCT-CS".)
  const m = /^(?:\S*?[?#†€§£$‡{}!'’"`(\[\]%¥]\S*?(?:\s+\d{1,4}(?=\s*\/))?\s*|[.…_—–]+\s*|\d{1,3}[.,]\s+|\d{1,3}\/\d{1,3}\s+(?=\/)|[\d\p{Lu}]{1,4}(?:\s+[\d\p{Lu}]{1,4}){1,2}[;:,]\s*)?\/\s*(?:(?:(\d{4})|\d{0,3}[.…_]+|[^\s\d\p{Lu}]{1,3}|\d{1,3})\s*\/\s*)?(\p{Lu}[\p{L}\d&]*(?:\s*[-/]\s*\p{Lu}[\p{L}\d&]*)*)[\s;.,…ˆ˜`]*$/u.exec(rest);
  return m ? { year: m[1] ? Number(m[1]) : null, symbol: m[2]!.replace(/\s+/g, '') } : null;
}

/** The place and date of a "…, ngày … tháng … năm …" read on line `no`, its brackets dropped ("(Hà Nội)"). */
function setPlaceDate(facts: HeaderFacts, pd: NonNullable<ReturnType<typeof parsePlaceDate>>, no: number): void {
  facts.place = { value: pd.place.replace(/^\(|\)$/g, ''), line: no };
  facts.date = { iso: pd.date.iso, raw: pd.date.raw, line: no };
}

/** A symbol's code parts in capitals, a type code's last small letter allowed ("CT-TTg"), ending the cell or before a space. */
const CODE_PARTS = /(\p{Lu}[\p{Lu}\d&]*)((?:-\p{Lu}[\p{Lu}\d&]*\p{Ll}?)+)(?=[\s.,;:|]|$)/u;

/** The first letters of a body's words, folded, in capitals: "TỔNG CỤC HẢI QUAN" → "TCHQ". */
function initialsOf(text: string): string {
  return foldAll(text).toUpperCase().split(/[^A-Z]+/).filter(Boolean).map((w) => w[0]).join('');
}

/**
 * Whether a symbol's first part could name the issuer: a known code, or letters whose first two stand in order among the
 * initials of the issuer's words ("CT" for "CỤC THUẾ", "CTBNI" for "CỤC THUẾ TỈNH BẮC NINH"; not "CI"). A digit in it
 * ("C1") is OCR's.
 */
function namesIssuer(part: string, issuerLines: readonly string[]): boolean {
  if (isKnownCode(part)) return true;
  if (/\d/.test(part)) return false;
  if (issuerLines.length === 0) return true;
  const initials = initialsOf(issuerLines.join(' '));
  let k = 0;
  for (const ch of foldAll(part).toUpperCase().slice(0, 2)) {
    k = initials.indexOf(ch, k) + 1;
    if (k === 0) return false;
  }
  return true;
}

/** The initials of the issuer's own line, the last above the number ("TỔNG CỤC HẢI QUAN" → "TCHQ"), when it has three or more. */
function ownInitials(issuerLines: readonly string[]): string | null {
  const last = issuerLines[issuerLines.length - 1];
  if (!last) return null;
  const initials = initialsOf(last);
  return initials.length >= 3 ? initials : null;
}

/**
 * A symbol whose hyphen OCR lost after the issuer's initials ("TCHQTXNK" under "TỔNG CỤC HẢI QUAN" is TCHQ-TXNK), or whose
 * first letters OCR read into the handwritten number before it ("'CHQ-TXNK", "T( CT-CS": the issuer's initials cut), made
 * whole from the issuer's own line; else as read.
 */
function symbolByInitials(symbol: string, issuerLines: readonly string[], cut: boolean): string {
  const initials = ownInitials(issuerLines);
  if (!initials) return symbol;
  if (!cut) return /^\p{Lu}+$/u.test(symbol) && symbol.length >= initials.length + 2 && foldAll(symbol).toUpperCase().startsWith(initials) ? `${symbol.slice(0, initials.length)}-${symbol.slice(initials.length)}` : symbol;
  // (Only where marks before it show OCR ate its first letters: a clean "CT-TTHT" under "TỔNG CỤC THUẾ" is a Cục's letter.)
  const [first, ...rest] = symbol.split('-');
  if (rest.length > 0 && first!.length >= 2 && first!.length < initials.length && initials.endsWith(foldAll(first!).toUpperCase())) return [initials.slice(0, initials.length - first!.length) + first, ...rest].join('-');
  return symbol;
}

/**
 * The last reading of a number cell no rule above read: OCR garbled the handwritten number, and the slash with it, in ways
 * no two scans share ("S84 S/BHXH-THU", "!Š Ï2 /BCT-KH", "S¥O¥OICT-TTHT", "43l¿LĐTBXH-ATLĐ"), while the typed symbol
 * after it stays clean. The symbol is kept and the number left unread, where what comes before the symbol shows where the
 * slash was: a slash, a mark, or a letter OCR reads for it before a known code ("…OICT-…" is "…/CT-…"). Clean digits right
 * before the slash, before that letter after a space ("3284 ICT-TTHT"), or before the symbol with the slash lost ("5619
 * SYT-NVY") are the number. What follows the symbol (the place and date, however garbled) is returned for the caller to
 * read. A first part that cannot abbreviate the issuer ("CI-LIT&HI" under "CỤC THUẾ TỈNH BÌNH DƯƠNG") is OCR's too.
 */
function symbolAfterGarble(rest: string, issuerLines: readonly string[]): (NumberSymbol & { after: string }) | null {
  // (A hyphen OCR doubled across a space, "ALGICT- -TTHT", is one.)
  const t = rest.replace(/[–—]/g, '-').replace(/-\s+-/g, '-').replace(/(\p{Lu})\s*-\s+(?=\p{Lu})/gu, '$1-').replace(/(\p{Lu})\s+-\s*(?=\p{Lu})/gu, '$1-');
  const m = CODE_PARTS.exec(t);
  if (!m) return null;
  const head = t.slice(0, m.index);
  if (head.length > 14 || /\p{Ll}{3}/u.test(head)) return null;
  const after = t.slice(m.index + m[0].length);
  // (Not a receiving stamp's number above the header, a date after it with no place: "số. 2# /BTC-TCT ngay.24/ #./ 2022".)
  if (/^\s*[,.]?\s*ng[aà]y/iu.test(after)) return null;
  const [, first, tail] = m as unknown as [string, string, string];
  const read = (number: string, part: string) => (namesIssuer(part, issuerLines) ? { number, year: null, symbol: part + tail, after } : null);
  const slash = /^(.*?)\s*\/\s*$/u.exec(head);
  if (slash) return read(/^\d{1,5}$/.test(slash[1]!) ? slash[1]! : '', first);
  // The mark before a known code, or before the initials of the issuer's own line, that OCR read as a letter or a digit:
  // "46S7TCT-TNCN" under "TỔNG CỤC THUẾ" is TCT-TNCN, its number unread.
  const ownInitials = issuerLines.map(initialsOf);
  for (let k = 1; k <= first.length - 2; k++) {
    if (!/[Il1J7]/.test(first[k - 1]!) || !(isKnownCode(first.slice(k)) || ownInitials.includes(first.slice(k)))) continue;
    const digits = k === 1 ? /^[,.:;\s]*(\d{1,5})\s+$/u.exec(head) : null;
    return read(digits ? digits[1]! : '', first.slice(k));
  }
  // A handwritten number OCR read in pieces, the last a digit run into the code: "OF 2CVL-QLLĐ" is CVL-QLLĐ, its number unread.
  if (/\s\d$/u.test(head) && head.length <= 8 && !/\d/.test(first) && namesIssuer(first, issuerLines)) return read('', first);
  // (Not after a capital: "##23/T( CT-CS" is TCT-CS, its "C" read as the mark; nor a quote after digits alone, which
  // stands for more than the slash, as blankNumber says: "55 'CHQ-TXNK" is 5589/TCHQ-TXNK.)
  // (…unless the issuer's line gives the initials whole: "'CHQ-TXNK" under "TỔNG CỤC HẢI QUAN" is TCHQ-TXNK, its number unread.)
  if (/[^\p{L}\d\s.\-]\s*$/u.test(head)) {
    if (!/\p{Lu}[^\p{L}\d\s]\s*$|^\s*\d{1,5}\s*['’]\s*$/u.test(head)) return read('', first);
    const whole = symbolByInitials(first + tail, issuerLines, true);
    return whole !== first + tail ? { number: '', year: null, symbol: whole, after } : null;
  }
  // A handwritten number OCR read as a few capitals, spaced from the symbol: "AIG TCT-DNL" is TCT-DNL, its number unread.
  if (/^\s*\p{Lu}{1,5}\s+$/u.test(head)) return read('', first);
  // The slash lost after clean digits: "5619 SYT-NVY Thành phố …, ngéspOh tháng …" (slashLost, the place and date unread).
  const spaced = /^[,.:;]?\s*(\d{1,5})\s+$/u.exec(head);
  if (spaced) return read(spaced[1]!, first);
  return null;
}

/**
 * The end of a cover page at `start`: a type line in capitals, its title, a line that is only the year ("Năm 2022"),
 * then, within four lines, the national name, the motto or a body's name in capitals. `start` when there is none.
 */
function coverEnd(lines: readonly SourceLine[], start: number, end: number): number {
  const texts: Array<{ k: number; t: string }> = [];
  for (let k = start; k < end && texts.length < 12; k++) if (!isBlank(lines[k]!)) texts.push({ k, t: lines[k]!.plain.trim() });
  const first = texts[0];
  if (!first || !isCaps(first.t) || !TYPE_LINES.some((t) => foldAll(t) === foldAll(first.t))) return start;
  const year = texts.findIndex((x, n) => n >= 2 && n <= 6 && /^(?:năm\s+)?(?:19|20)\d{2}$/iu.test(x.t));
  if (year < 0) return start;
  const after = texts.slice(year + 1, year + 5);
  const header = after.some((x) => { const f = foldAll(x.t); return NATION_F.test(f) || MOTTO_F.test(f) || (isCaps(x.t) && isBodyName(x.t.split(/\s{3,}/)[0]!)); });
  return header ? texts[year]!.k + 1 : start;
}

/** The next line with text below `from` is a rule ("-----", "_____"). */
function ruleFollows(lines: readonly SourceLine[], from: number, end: number): boolean {
  let k = from;
  while (k < end && isBlank(lines[k]!)) k++;
  return k < end && /^[-_=–—]{3,}$/.test(lines[k]!.plain.trim());
}

/**
 * A bilingual page's English line under the Vietnamese it translates ("BỘ TÀI CHÍNH" / "MINISTRY OF FINANCE", "V/v …" /
 * "Re: …"): ASCII only, with words a header's English uses, right under a line with Vietnamese letters. An unaccented
 * Vietnamese copy has none of those words.
 */
function isTranslationLine(lines: readonly SourceLine[], i: number): boolean {
  const t = lines[i]!.plain.trim();
  if (t.length < 4 || /[^\x20-\x7e]/u.test(t)) return false;
  if (!/\b(?:ministry|department|republic|socialist|independence|freedom|happiness|committee|government|general|people'?s|decision|decree|circular|resolution|hanoi|city|province|minister|deputy|chairman|director|recipients|no\.\s*\d|re:)/iu.test(t)) return false;
  let k = i - 1;
  while (k >= 0 && isBlank(lines[k]!)) k--;
  return k >= 0 && /[^\x00-\x7f]/u.test(lines[k]!.plain);
}

function titleStop(plain: string): boolean {
  // (…also after OCR's specks of a stamp or a pen stroke: "öa rổ ] Kính gửi: Tổng cục Hải quan …".)
  // (…and a Công điện's address, the sender in capitals: "THỦ TƯỚNG CHÍNH PHỦ điện:".)
  return /^\p{Lu}[\p{Lu}\s]+\sđiện\s*:/u.test(plain) || /^\(?\s*(?:ban hành\s+)?kèm theo\s/iu.test(plain) || isBodyOpening(plain) || STRUCTURE.test(plain) || /^(kính gửi|nơi nhận)(?![\p{L}\d])/iu.test(plain) || /^(?:\S{1,3}\s+){1,3}kính gửi\s*:/iu.test(plain);
}

/** Lines a title may not run into: the enacting authority, "Căn cứ", numbered structure. */
function endsTitle(plain: string, haveTitle: boolean): boolean {
  // A consolidation's note is no title ("ngày 23 tháng 6 năm 2023 của Quốc hội, …, được sửa đổi, bổ sung bởi:"),
  // where the copy dropped the linked name before it.
  if (haveTitle && /^\s*ngày\s+\d{1,2}\s.*[:;]$/u.test(plain)) return true;
  // A line in lower case goes on the title ("theo quy định tại điểm đ khoản 1 Điều 29 Luật … số 22/2023/QH15").
  if (haveTitle && /^\p{Ll}/u.test(plain) && !/^[a-zđ]\)\s/u.test(plain)) return false;
  if (titleStop(plain)) return true;
  // (…as OCR may read it without its marks: "CHÍNH PHU".)
  if (haveTitle && isCaps(plain) && (AUTHORITY.test(modernTone(plain.toLowerCase())) || AUTHORITY_FOLDED.test(foldAll(plain)))) return true;
  // (Not a line in capitals: a title listing laws goes on past its ";" — "… LUẬT QUẢN" / "LÝ, SỬ DỤNG TÀI SẢN CÔNG;" / "LUẬT QUẢN LÝ THUẾ; …".)
  if (haveTitle && /;$/.test(plain) && !isCaps(plain)) return true;
  return false;
}

const MAX_ZONE = 45;
/** The end of a legal library's caption: " CỦA <issuer> SỐ 38/2005/QH11 NGÀY 14 THÁNG 6 NĂM 2005". */
const CAPTION_TAIL = /\s+CỦA\s+(\p{Lu}[^]*?)\s+SỐ\s*:?\s*(\d+\/\S+)\s+(NGÀY\s+\d{1,2}\s+THÁNG\s+\d{1,2}\s+NĂM\s+\d{4})$/u;
/**
 * The old Công báo's caption under the type line, before the subject: "CỦA BỘ THƯƠNG MẠI SỐ 04/2007/TT-BTM NGÀY 04 THÁNG
 * 04 NĂM 2007 HƯỚNG DẪN …" (OCR often reads it without marks: "CUA BO THUONG MAI SO … NGAY 04 THANG 04 NAM 2007").
 */
const CAPTION_HEAD = /^(?:CỦA|CUA)\s+(\p{Lu}[^]*?)\s+S[ỐO]\s*:?\s*(\d+\/\S+)\s+(NG[ÀA]Y\s+\d{1,2}\s+TH[ÁA]NG\s+\d{1,2}\s+N[ĂA]M\s+\d{4})\s+(?=\p{Lu})/u;
/** How a consolidated text's note under its title names the text it consolidates: "Thông tư số 23/2024/TT-BCT …". */
/** A body's name that a blank line cut in two: the end of one title line and the start of the next. */
const BODY_CUT = /(?:^|\s)(?:(?:Ngân hàng|NGÂN HÀNG)\n(?:Nhà nước|NHÀ NƯỚC)|(?:Ủy ban|Uỷ ban|ỦY BAN|UỶ BAN|Hội đồng|HỘI ĐỒNG)\n(?:nhân dân|NHÂN DÂN|Thường vụ|THƯỜNG VỤ)|(?:Mặt trận|MẶT TRẬN)\n(?:Tổ quốc|TỔ QUỐC)|(?:Thủ tướng|THỦ TƯỚNG)\n(?:Chính phủ|CHÍNH PHỦ))(?![\p{L}])/u;
// (…"Thông tư liên lịch số 21/2016/TTLT-…" too, as a consolidation's note misspells the joint type.)
const NOTE_HEAD = new RegExp(`^(?:${DOC_TYPES.join('|')})(?:\\s+liên\\s+[lt]ịch)?\\s+(?:số\\s+)?\\d+\\/`, 'u');

/**
 * "V/v", and as OCR reads it: "V/V", "Viv", "VAv", "VWv", "V.v", "V#v", "W⁄%", "'V/ hướng dẫn …", "‘VW giải đáp …", "VA chi phí …",
 * "4A: xử lý …"; or "Về việc:".
 */
// (…and "V/w", "V/y", OCR's "w" or "y" for the second "v": "‘V/y giải đáp chính sách thuế".)
// (…or after OCR's specks: "._ V/v xử lý thuế …".)
const SUBJECT_MARK = /^(?:[._~]+\s*)?['‘’`]?(?:v\s*[/\\|⁄il1.#]\s*[vwy]|viv|vav|vwv|vw|w\s*⁄\s*%)(?![\p{L}\d])\s*[:.]?\s*|^['‘’`]?v\/\s+(?=\p{Ll})|^4a:\s*(?=\p{Ll})|^về\s*việc\s*:\s*/iu;
/**
 * "VV", "VA" or "VÀ" then words in lower case: case-sensitive, since "VA XÃ HỘI" is the end of a ministry's name; and OCR's
 * "iv" ("iv chính sách thuế nhà thầu …"), in lower case only, since "IV." numbers a part.
 */
// (OCR may put a quote before it: "‘Vv hướng dẫn chính sách thuế."; and read the slash and "v" as "y": "Vy xử lý thuế …".)
// (…or with a subject that opens on a capital: "VA Xác định nghĩa vụ thuế …", never a line in capitals.)
const SUBJECT_BARE = /^['‘’`]?(?:[Vv][VvAaÀy]\s+(?=\p{Ll}|\p{Lu}\p{Ll})|iv\s+(?=\p{Ll}))/u;
/** A letter's address line, as OCR reads it too: "Kính gửi:", "l Kính gửi:", "ae” Kính gửi:", ", Kink gửi:", "inh gửi:" (its "K" lost). */
// (…and "Kỉnhgửì:", OCR_ADDRESS.)
const ADDRESS_LINE = new RegExp(`^[^\\p{L}]*(?:\\p{Ll}{1,2}[”"’']?\\s+)?(?:k[íi]n[hk]|[íi]nh(?=\\s+g[ửu]i\\s*:))\\s+g[ửu]i(?![\\p{L}])|^${OCR_ADDRESS}`, 'iu');

/** Whether more than half of a line's words are in capitals: a stamp's name OCR read ("co THONG TN meat TỦ cH PHÙ"), no subject's words. */
function mostlyCapitalWords(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w));
  const capitals = words.filter((w) => /^\p{L}+$/u.test(w) && w === w.toLocaleUpperCase('vi')).length;
  return capitals >= 3 && capitals * 2 > words.length;
}

/** Whether letters are at least half of a line's marks other than spaces. */
function mostlyLetters(text: string): boolean {
  const marks = text.replace(/\s+/g, '');
  return (marks.match(/\p{L}/gu)?.length ?? 0) * 2 >= marks.length;
}

/** A subject set in quotes in place of "V/v". */
const QUOTED_SUBJECT = /^[“"]\s*(?=\p{Lu})/u;
/** A subject line with the place and date of the right column joined to it by OCR: the subject, then "Hải Phòng, ngày …". */
const BESIDE_DATE = /^(.*?\S)\s+((?:TP\.?\s*)?\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2}\s*,\s*ng[aà]y(?!\p{Ll}{2}).*)$/u;
const SUBJECT = { test: (t: string) => SUBJECT_MARK.test(t) || SUBJECT_BARE.test(t), strip: (t: string) => t.replace(SUBJECT_MARK, '').replace(SUBJECT_BARE, '') };

function sentenceCase(caps: string): string {
  const lower = caps.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export function extractHeader(lines: readonly SourceLine[], start: number, end: number): HeaderFacts {
  const facts: HeaderFacts = {
    issuerLines: [], numberSymbol: null, place: null, date: null, docType: null, title: null,
    draft: false, bodyStart: start, omissions: [],
  };
  const omitted = new Set<number>();
  const omit = (index: number, reason: string, text?: string) => {
    const l = lines[index]!;
    if (text !== undefined && text !== l.plain) { facts.omissions.push({ line: l.no, text, reason }); return; }
    if (omitted.has(index)) return;
    omitted.add(index);
    facts.omissions.push({ line: l.no, text: l.plain, reason });
  };
  /** Index after the last line read as header. */
  let lastHeader = start;
  let seen = 0;
  let pendingNumber: number | null = null;
  let consolidated = false;
  let afterNation = false;
  let nationSeen = false;
  // The motto came after the issuer's lines: in the header table's other column, or below them.
  let mottoAfterIssuer = false;
  // A "Số:" cell read, even one OCR garbled past reading: the issuer's lines stand above it, in its column.
  let numberCellSeen = false;
  let previous = -1;
  const unread: Cell[] = [];
  let i = start;
  // A draft's cover page before its header ("LUẬT" / "PHÒNG THỦ DÂN SỰ" / "Năm 2022", then "QUỐC HỘI    CỘNG HÒA …"):
  // the header below says all it says.
  const cover = coverEnd(lines, start, end);
  if (cover > start) {
    for (let k = start; k < cover; k++) if (!isBlank(lines[k]!)) omit(k, 'cover page');
    i = cover;
    lastHeader = cover;
  }
  for (; i < end && seen < MAX_ZONE; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    const gapBefore = previous >= 0 && i > previous + 1;
    const lineBefore = previous;
    previous = i;
    // A tool's metadata above the text ("Content-Type: application/pdf", "dc:creator: …", "xmpTPg:NPages: 3", a mail's
    // "From: …") is no part of the header's reach: the header may start forty lines down.
    if (!(facts.issuerLines.length === 0 && facts.numberSymbol === null && /^[A-Za-z][\w.-]*(?::[\w.-]+)*\s*:\s/u.test(l.plain))) seen++;
    if (isTranslationLine(lines, i)) { omit(i, 'header: English translation'); continue; }
    const bp = boilerplateReason(l);
    if (bp === 'national motto' && facts.issuerLines.length > 0) mottoAfterIssuer = true;
    if (bp) { omit(i, bp); continue; }
    // A digital signature's stamp over several lines, down to its time: "Ký boi: CỤC THUE" / "THÁNH PHO HA NOI" /
    // "Thai gian ky: 28.07.2022" (OCR's spelling), maybe the time alone below ("14:03").
    if (/^k[ýy]\s*b[ởơo]i\b/iu.test(l.plain) && facts.issuerLines.length === 0) {
      let t = -1;
      for (let j = i + 1; j < Math.min(end, i + 7) && t < 0; j++) if (/^th[ờơoa]i\s*gian\s*k[ýy]\s*:/iu.test(lines[j]!.plain)) t = j;
      if (t >= 0) {
        if (t + 1 < end && /^\d{1,2}:\d{2}$/u.test(lines[t + 1]!.plain.trim())) t++;
        for (let k = i; k <= t; k++) if (!isBlank(lines[k]!)) omit(k, 'digital signature stamp');
        i = t;
        continue;
      }
    }
    // A digital signature's stamp read by OCR: "Ký bởi:" / "" / "CỤC THUẾ)" / "THÀNH PHO" — its lines are no issuer.
    if (SIGN_STAMP_LABEL.test(l.plain) && facts.issuerLines.length === 0) {
      omit(i, 'digital signature stamp');
      let j = i + 1;
      while (j < end && isBlank(lines[j]!)) j++;
      for (let k = 0; k < 3 && j < end && !isBlank(lines[j]!) && lines[j]!.plain.length <= 40 && cellsOf(lines[j]!, j).length === 1; k++, j++) {
        omit(j, 'digital signature stamp');
      }
      i = j - 1;
      continue;
    }
    if (stampAt(lines, i)) {
      const e = Math.min(stampEnd(lines, i), end - 1);
      for (let k = i; k <= e; k++) if (!isBlank(lines[k]!)) omit(k, 'receiving stamp of another office');
      i = e;
      lastHeader = e + 1;
      continue;
    }
    const anyFact = facts.numberSymbol !== null || facts.date !== null || facts.docType !== null || facts.issuerLines.length > 0;
    // The body has started: a sentence that opens it, or numbered structure.
    // (Not before any header element when a header follows: a note above the document pasted
    // into a mail or a post, "Kính gửi các đồng chí, …", then the document with its header.)
    if ((facts.docType === null || (consolidated && !facts.title)) && (isBodyOpening(l.plain) || ((anyFact || /^(?:chương|phần|điều|mục)\s/iu.test(l.plain)) && STRUCTURE.test(l.plain) && !/^\d{1,3}\s*$/.test(l.plain)))) {
      if (anyFact || !pastedHeaderAhead(lines, i + 1, end)) break;
    }
    // A letter's address line opens its body: a page break further on is no header element
    // (it would make every line before it header).
    if (facts.title?.isSubject && ADDRESS_LINE.test(l.plain)) break;
    const cells = cellsOf(l, i);
    let lineUsed = false;
    let lineUnread = false;
    let stop = false;
    let consumed = false;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c]!;
      const text = cell.text;
      const reason: string | null = boilerplateOf(text) ?? (afterNation && /^nam$/i.test(foldAll(text).trim()) ? 'national name' : null);
      afterNation = reason === 'national name' && !/nam\s*$/.test(foldAll(text));
      if (reason === 'national motto' && facts.issuerLines.length > 0) mottoAfterIssuer = true;
      // "NGÂN HÀNG NHÀ NƯỚC" / "VIỆT NAM": the issuer's own last words, on the line below it, before the national name.
      const lastIssuer = facts.issuerLines[facts.issuerLines.length - 1];
      // (So are they wherever the national name was read whole already, as the next line's first cell:
      // "TONG LIEN DOAN LAO ĐỘNG CONG HÒA XA HỘI CHỦ NGHĨA VIET NAM" / "VIET NAM Độc lập - Tự do - Hanh phức".)
      const issuerAbove = lastIssuer !== undefined && lineBefore >= 0 && lines[lineBefore]!.no === lastIssuer.no && /^viet nam$/.test(foldAll(text).trim());
      if (reason === 'national name' && issuerAbove && ((!nationSeen && cells.length === 1 && /NHÀ NƯỚC$/u.test(lastIssuer!.text)) || (nationSeen && c === 0))) {
        facts.issuerLines.push({ text, no: cell.no });
        lineUsed = true;
        continue;
      }
      if (reason === 'national name') nationSeen = true;
      if (reason) { lineUsed = true; continue; }
      if (/^\d{1,4}$/.test(text) && (cells.length === 1) && seen <= 4) { lineUsed = true; continue; } // Công báo page number
      if (pendingNumber !== null && !facts.numberSymbol) {
        const ns = readNumberSymbol(text);
        pendingNumber = null;
        if (ns) { facts.numberSymbol = { ...ns, line: cell.no }; lineUsed = true; continue; }
        // "Luật số:" / "/2025/QH15": a draft's blank number on the line below.
        const blank = blankNumber(text);
        if (blank) { facts.numberSymbol = { number: '', ...blank, line: cell.no }; lineUsed = true; continue; }
      }
      const num = NUMBER_LABEL.exec(text);
      if (num && NUMBER_CELL.test(text)) numberCellSeen = true;
      // "Luật số: 52/2010/QH12" is a header cell; "Thông tư số 57/2021/TT-BTC ngày … của …" is a sentence.
      // (OCR's readings of "Số:" are no type word either: "Sá:4HHH /CT-TTHT Thành phố Hỗ Chi Minh, ngàu:J_ tháng …".)
      // (…nor OCR's run of a label into a garbled number: "Sóz226Ö /CT-TTHT Long An, ngayd4 théingAO năm 2019".)
      const typedNumber = !BARE_NUMBER_LABEL.test(modernTone(text)) && !DIGIT_LABEL_START.test(text) && !LABEL_LOST_START.test(text);
      // (A symbol alone after the label counts as much as digits or a slash: "Số: S¥O¥OICT-TTHT", the number and slash garbled.)
      // (A typed number line may carry the place and date beside it: "Nghị quyết số: — /2017/QH14 Hà Nội, ngày …".)
      if (num && !facts.numberSymbol && NUMBER_START.test(text) && text.length <= 80 && (num[1]!.length === 0 || /\d|\/|\p{Lu}{2}-(?:\s+-)?\p{Lu}/u.test(num[1]!)) && (!typedNumber || /^\S*\s*\/?\s*\S*$/u.test(num[1]!.replace(PLACE_DATE_AFTER, '').trim()))) {
        let rest = num[1]!.trim();
        // A joint symbol wrapped at a hyphen: "01/2022/TTLT-VKSNDTC-" / "TANDTC-BCA-BQP-BLĐTBXH".
        if (/[-/]$/.test(rest) && c === cells.length - 1 && i + 1 < end) {
          const next = cellsOf(lines[i + 1]!, i + 1)[0];
          if (next && /^[\p{Lu}\d][\p{Lu}\p{Ll}\d-]*$/u.test(next.text)) { rest += next.text; omit(i, 'header: number and symbol'); omit(i + 1, 'header: number and symbol'); i++; }
        }
        if (rest === '') { pendingNumber = i; lineUsed = true; continue; }
        // OCR reads the slash as "!" between clean digits and the symbol: "Số: 271 !CT-TTHT Bắc Ninh, ngày …".
        rest = rest.replace(/^(\d{1,5})\s*!\s*(?=\p{Lu}{2})/u, '$1/');
        // …and the symbol's hyphen as a full stop: "sé: €7 /TCT.CS Hà Nội, ngày …" is TCT-CS.
        rest = rest.replace(/(\/\s*\p{Lu}{2,8})\.(?=\p{Lu}{2,8}(?:\s|$))/u, '$1-');
        const beforePlace = rest.replace(PLACE_DATE_AFTER, '');
        const ns = readNumberSymbol(rest) ?? slashLost(beforePlace);
        if (ns) { facts.numberSymbol = { ...ns, symbol: symbolByInitials(ns.symbol, facts.issuerLines.map((x) => x.text), false), line: cell.no }; lineUsed = true; continue; }
        // "Số :kÉ4H /CT": unreadable, and no symbol either.
        // OCR joins the place and date beside the number: "§B./,/TCHQ-TXNK Hà Nội, ngày) § tháng 11 năm 2018".
        const marked = MARKED_NUMBER.exec(rest);
        const blank = blankNumber(rest) ?? (/^\S+\s+\p{Lu}[^,]{0,30},\s*ngày/u.test(rest) ? blankNumber(rest.split(/\s+/)[0]!) : null)
          // "6. /TCT -DNNCN Hà Nội, ngày OF …": the place and date after a symbol cut by spaces.
          ?? blankNumber(beforePlace)
          // "4Ô ÁÄÉÍ 'CTHN-TTHT Hà Nội, ngayd Geer …": a place in words with capitals, then "ngày" OCR read without its mark.
          ?? blankNumber(rest.replace(/\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3},\s*ng[aà]y.*$/u, ''))
          // "S184 /CT-TTHT. Thành phó": the place's first word left with the number where the line was cut before "Hồ Chí Minh, ngày".
          ?? blankNumber(rest.replace(/\s+(?:thành\s+ph\p{L}*|tp\.?)$/iu, ''))
          // "##2 /TCT-DNNCN is - Hà 5", "45? /BKHĐT-QLKTTW TAY nen": a misread number, the symbol, then OCR's pieces of the place.
          // (Not where a date follows with no place: "số. 2# /BTC-TCT ngay.24/ #./ 2022" is a covering letter's stamp above the header.)
          ?? (marked && !/^\s*[,.]?\s*ng[aà]y/iu.test(rest.slice(marked[0].length)) ? blankNumber(marked[0]) : null);
        // (A misread number's symbol with a digit in its first part is misread too: "B65 /C1-TTHT". The issuer is not asked
        // here: a province's office writes more than its initials, "CTBNI", "CTLAN".)
        if (blank && namesIssuer(blank.symbol.split(/[-/]/)[0]!, [])) { facts.numberSymbol = { number: '', ...blank, line: cell.no }; lineUsed = true; continue; }
        const garbled = symbolAfterGarble(rest, facts.issuerLines.map((x) => x.text));
        if (garbled) {
          const { after, ...ns } = garbled;
          facts.numberSymbol = { ...ns, line: cell.no };
          // The place and date OCR joined to the number: "Số4©96-/CT-TTHT Tà Nội, ngày10 tháng 2 năm 2018".
          const pdAfter = facts.date ? null : parsePlaceDate(after.trim());
          if (pdAfter?.date.iso) {
            setPlaceDate(facts, pdAfter, cell.no);
          }
          lineUsed = true;
          continue;
        }
        if (rest.length <= 40 && /\//.test(rest)) { lineUsed = true; continue; }
      }
      let pd = parsePlaceDate(text);
      if (!pd && /,\s*ngày(?!\p{L})/iu.test(text) && !findDate(text)) {
        // A date wrapped over two lines: "Hà Nội, ngày 19 tháng" / "9 năm 2025".
        let j = i + 1;
        while (j < end && isBlank(lines[j]!)) j++;
        if (j < end) {
          const joined = `${text} ${cleanHeaderText(lines[j]!.plain)}`;
          const pd2 = parsePlaceDate(joined);
          if (pd2?.date.iso) { pd = pd2; omit(j, 'header: place and date'); }
        }
      }
      // (Not a subject that OCR joined to the place and date with one space: "Viv: thuế GTGT Hà Nội, ngày 08 thang 5 năm 2019",
      // read below as the subject and the date beside it.)
      const subjectBeside = !facts.title && SUBJECT.test(text) && BESIDE_DATE.test(SUBJECT.strip(text));
      if (pd && !facts.date && text.length < 90 && !subjectBeside) {
        setPlaceDate(facts, pd, cell.no);
        lineUsed = true;
        continue;
      }
      if (!facts.date && /^ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$/iu.test(text)) {
        const d = findDate(text)!;
        facts.date = { iso: d.iso, raw: d.raw, line: cell.no };
        lineUsed = true;
        continue;
      }
      // (…in brackets too: "(DỰ THẢO LẦN 2)" under the issuer is no part of its name.)
      if (/^\(?\s*(?:du\s*)+thao(?![a-z])/.test(foldAll(text)) && text.length <= 40) { facts.draft = true; lineUsed = true; continue; }
      // A letter whose subject has no "V/v" but stands in quotes under its number ("“Thuế TNCN của …”").
      const quoted = !facts.title && facts.numberSymbol !== null && QUOTED_SUBJECT.test(text);
      // …or that opens with "Về" under its number, before any type line ("Về tuyển lao động, quản lý lao động …"): kept whole.
      // (Not "Về việc: …", a subject's own mark, read off as "V/v" is.)
      const about = !facts.title && !facts.docType && facts.numberSymbol !== null && /^Về\s+\p{Ll}/u.test(text) && !SUBJECT_MARK.test(text);
      if ((SUBJECT.test(text) || quoted || about) && !facts.title) {
        // The subject line of a letter: its text after "V/v" (về việc) is the title, maybe wrapped.
        // (A speck OCR left after the line's last word is no full stop: "V/w chính sách thuê đôi với ." / "" / "hoạt động …".)
        let first = (quoted ? text.replace(QUOTED_SUBJECT, '').trim() : about ? text : SUBJECT.strip(text).replace(/^[:.]\s*/, '').trim()).replace(/(?<=\p{L})\s+[.,|]$/u, '');
        // OCR joins the right column's place and date to a subject line with one space: the subject goes on
        // below them, after the blank line that closed the date's row ("… phê duyét Hà Nội, ngày OF tháng 3 năm 2019" / "" / "Đề án …").
        let cutBeside = false;
        const besideFirst = quoted || subjectBeside ? BESIDE_DATE.exec(first) : null;
        if (besideFirst) {
          first = besideFirst[1]!;
          const pdBeside = facts.date ? null : parsePlaceDate(besideFirst[2]!);
          if (pdBeside?.date.iso) {
            setPlaceDate(facts, pdBeside, cell.no);
          } else unread.push({ ...cell, text: besideFirst[2]! });
          cutBeside = true;
        }
        const parts = [first];
        const nos = [cell.no];
        // The cells beside the subject: a table's row holds the place and date there ("| Số: …<br>V/v … | *Hà Nội, ngày …* |").
        for (let c2 = c + 1; c2 < cells.length; c2++) {
          const pdCell = facts.date ? null : parsePlaceDate(cells[c2]!.text);
          if (pdCell?.date.iso) setPlaceDate(facts, pdCell, cells[c2]!.no);
          else unread.push(cells[c2]!);
        }
        let j = i + 1;
        for (;;) {
          if (cutBeside && j + 1 < end && isBlank(lines[j]!) && !isBlank(lines[j + 1]!) && !titleStop(lines[j + 1]!.plain) && !isCaps(lines[j + 1]!.plain) && !parsePlaceDate(lines[j + 1]!.plain) && mostlyLetters(lines[j + 1]!.plain) && lines[j + 1]!.plain.length < 100) {
            cutBeside = false;
            j++;
          }
          // OCR leaves a blank line inside a subject: "VW gia hạn nộp thuế TNDN" / "" / "theo ND 52/2021/NĐ-CP"; a line in lower case goes on.
          // (Not OCR's specks alone on theirs, words of a letter or two: "V/V mở tờ khai XNKTC" / "" / "x at"; nor a line more
          // marks and digits than letters, a stamp's pieces: "V/v Hướng dẫn quyết toán thuế" / "TNCN" / "" / "pin ⁄:.. 24"; nor one
          // mostly of words in capitals, a stamp's name: "… sáp nhập doanh nghiệp" / "" / "co THONG TN meat TỦ cH PHÙ".)
          if (j + 1 < end && isBlank(lines[j]!) && !isBlank(lines[j + 1]!) && /^\p{Ll}/u.test(lines[j + 1]!.plain) && !/^\p{Ll}{1,2}(?:\s+\p{Ll}{1,2}){0,2}$/u.test(lines[j + 1]!.plain.trim()) && mostlyLetters(lines[j + 1]!.plain) && !mostlyCapitalWords(lines[j + 1]!.plain) && lines[j + 1]!.plain.length < 80 && !titleStop(lines[j + 1]!.plain) && !/[.;:]$/.test(parts[parts.length - 1] ?? '') && !ADDRESS_LINE.test(lines[j + 1]!.plain)) j++;
          if (!(j < end && !isBlank(lines[j]!) && !parsePlaceDate(lines[j]!.plain) && !titleStop(lines[j]!.plain) && parts.join(' ').length < 400)) break;
          if (isTranslationLine(lines, j)) break;
          const cs = cellsOf(lines[j]!, j);
          const next = cs[0];
          if (!next || boilerplateOf(next.text)) break;
          const beside = BESIDE_DATE.exec(next.text);
          if (beside) {
            parts.push(beside[1]!);
            unread.push({ ...next, text: beside[2]! });
            cutBeside = true;
          } else parts.push(next.text);
          nos.push(lines[j]!.no);
          for (const extra of cs.slice(1)) unread.push(extra);
          omit(j, 'header: title (V/v)');
          j++;
        }
        // (OCR's specks after the subject's last word are no part of it: "… quyền xuất khẩu hàng hóa — :", "… trong nước. -"; nor are lone marks
        // at a line's ends: "iv chính sách thuế nhà thầu đối :" / ". với bản quyền  '".)
        // (A symbol cut at its hyphen goes on with no space: "… công văn số 0001/TB-" / "2016 ngày 17/10/2016 …".)
        // (…nor a receiving stamp's body OCR joined at a line's end: "… liên quan CỤC THUẾ TÍNH HÒA BÌNH" / "đến lĩnh vực …"; nor
        // a dash before OCR's specks, or a speck opening the next line: "… đối với hànghóa - ‘" / "_ XNK tại chỗ".)
        let subject = parts.map((p) => stripStampBody(p).replace(/^(?:[.:;,'‘’`|~ˆ_]\s+)+/u, '').replace(/\s+-(?:\s+[.:;,'‘’`|~ˆ_])+\s*$/u, '').replace(/(?:\s+[.:;,'‘’`|~ˆ])+\s*$/u, '')).join(' ').replace(/(\/[\p{Lu}\d]+-) (?=[\p{Lu}\d])/gu, '$1').replace(/\s+/g, ' ').trim().replace(/\s+[-—–]+\s*[:.]?$/u, '');
        if (quoted) subject = subject.replace(/\s*[”"]$/u, '');
        // A template's dot leaders after the subject are no part of it: "… cùng thân nhân……………".
        subject = subject.replace(/\s*(?:…|\.){3,}$/u, '');
        // "V/v" with nothing after it names no subject.
        if (subject) facts.title = { value: subject, lines: nos, isSubject: true };
        if (!facts.docType) facts.docType = { value: 'Công văn', line: cell.no };
        omit(i, 'header: title (V/v)');
        i = j - 1;
        lastHeader = j;
        consumed = true;
        break;
      }
      // "VĂN BẢN HỢP NHẤT - BỘ Y TẾ": a consolidated text; the type line after it is the consolidated document's.
      if (!facts.docType && /^van ban hop nhat(?![a-z])/.test(foldAll(text))) {
        facts.docType = { value: 'Văn bản hợp nhất', line: cell.no };
        consolidated = true;
        lineUsed = true;
        // The banner's body wrapped: "VĂN BẢN HỢP NHẤT - BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI" is no issuer line.
        const next = lines[i + 1];
        if (c === cells.length - 1 && next && isCaps(next.plain) && /^(?:và|va)\s/iu.test(next.plain.trim())) { omit(i + 1, 'header: consolidation banner'); i++; }
        continue;
      }
      // A drafting board is named by its law: "BAN SOẠN THẢO" / "LUẬT CHUYỂN ĐỔI GIỚI TÍNH" is one issuer, no type and title.
      const board = facts.issuerLines[facts.issuerLines.length - 1];
      if (!facts.docType && !facts.numberSymbol && board && board.no >= cell.no - 2 && /(?:SOẠN THẢO|BIÊN TẬP)$/u.test(board.text) && isCaps(text) && text.length <= 90 && cells.length === 1) {
        board.text = `${board.text} ${text}`;
        lineUsed = true;
        continue;
      }
      const afterFacts = facts.numberSymbol !== null || facts.date !== null || facts.issuerLines.length > 0;
      // A type's name a narrow column broke over two lines: "NGHỊ" / "QUYẾT", "**QUYẾT" / "ĐỊNH**" (read from the second line on).
      let splitType: string | null = null;
      if (!facts.docType && cells.length === 1 && /^\p{Lu}+$/u.test(text) && !typeLineOf(text) && i + 1 < end && /^\p{Lu}+$/u.test(cleanHeaderText(lines[i + 1]!.plain))) {
        splitType = typeLineOf(`${text} ${cleanHeaderText(lines[i + 1]!.plain)}`);
        if (splitType) {
          omit(i, 'header: document type');
          i++;
        }
      }
      // An unknown type in capitals right after the facts ("HỘI NGHỊ HỌC TẬP"), as a heading in markdown.
      const type = splitType ?? (facts.docType ? (consolidated && !facts.title ? typeLineOf(text) : null) : typeLineOf(text))
        ?? (isCaps(text) && /^[\p{L}\s]+$/u.test(text) && cells.length === 1 && (l.mdHeading !== null || afterFacts) && facts.date?.iso && text.split(/\s+/).length <= 6 && !AUTHORITY.test(modernTone(text.toLowerCase())) ? qualifiedType(text) ?? sentenceCase(text) : null);
      // "LUẬT THANH TRA", "QUYẾT ĐỊNH VỀ VIỆC …": the type and the title on one line.
      const prefixed = !type && !facts.docType && afterFacts ? typePrefixOf(text) : null;
      if (prefixed) {
        facts.docType = { value: prefixed.type, line: cell.no };
        omit(i, 'header: document type and title');
        // The title may wrap: "LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU" / "CỦA LUẬT SĨ QUAN QUÂN ĐỘI NHÂN DÂN VIỆT NAM".
        const parts = [prefixed.rest];
        const nos = [cell.no];
        let j = i + 1;
        if (cells.length === 1) {
          while (j < end) {
            let k = j;
            while (k < end && isBlank(lines[k]!)) k++;
            if (k >= end || k - j > 1) break;
            const cj = cleanHeaderText(lines[k]!.plain);
            const goesOn = /^\p{Ll}/u.test(cj) || (isCaps(prefixed.rest) && isCaps(cj) && !/[.;:]$/.test(parts[parts.length - 1]!));
            if (!goesOn || endsTitle(cj, true) || stampAt(lines, k) || parts.join(' ').length + cj.length > 600) break;
            parts.push(cj);
            nos.push(lines[k]!.no);
            omit(k, 'header: title');
            j = k + 1;
          }
        }
        facts.title = { value: parts.join(' ').replace(/\s+/g, ' ').trim(), lines: nos, isSubject: false };
        i = j - 1;
        lastHeader = j;
        stop = true;
        break;
      }
      if (type) {
        if (!consolidated) facts.docType = { value: type, line: cell.no };
        lineUsed = true;
        // The rest of the cells on the line, then the next lines, are the title.
        const parts: string[] = [];
        const nos: number[] = [];
        // (Where each part was read: its line's index.)
        const at: number[] = [];
        for (let c2 = c + 1; c2 < cells.length; c2++) { parts.push(cells[c2]!.text); nos.push(cell.no); at.push(i); }
        omit(i, 'header: document type');
        let j = i + 1;
        let blanks = 0;
        // A copy that puts a blank line after every line (a vbpl.vn snapshot) has already gone on across one.
        let spaced = false;
        let longAt: { n: number; j: number } | null = null;
        let overLong = false;
        while (j < end) {
          const lj = lines[j]!;
          if (isBlank(lj)) { blanks++; j++; continue; }
          // A scan's rule OCR'd before the title's next words is no text: "=— —¬ - ngày 22 tháng 5 năm 2018 của Chính phủ …".
          const cj = cleanHeaderText(lj.plain).replace(/^(?=[-_–\s|]*[=—¬~])[-_=–—¬~|\s]{2,}(?=\p{Ll})/u, '');
          if (cj === '' || /^[-_=–—.*\s|:]+$/.test(cj)) {
            omit(j, 'separator');
            j++;
            // A rule under the title closes it.
            if (parts.length > 0 && /[-_=–—]{3,}/.test(cj)) break;
            continue;
          }
          // A treaty's title names its parties, a state by its name: "GIỮA" / "CHÍNH PHỦ NƯỚC CỘNG HOÀ XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM" / "VÀ".
          const treaty = /^GIỮA(?:\s|$)/u.test(parts[0] ?? '');
          if (!treaty && (boilerplateReason(lj) || boilerplateOf(cj))) { omit(j, boilerplateReason(lj) ?? boilerplateOf(cj)!); j++; continue; }
          // A scan's pen marks or a page's numbers around the title: "LUẬT" / "19" / "m_" / "" / "AN TOÀN THỰC PHẨM …" / "Na".
          // (…and a draft box's date stamp read in pieces: "/20", "/07", ":40".)
          // (Not a title's last word wrapped alone right under it: "… đội ngũ cán bộ cơ" / "sở", "… phường Hạ" / "Lý".)
          const lastWord = blanks === 0 && parts.length > 0 && /\p{L}$/u.test(parts[parts.length - 1]!) && /^\p{L}{1,2}$/u.test(cj) && (/^\p{Ll}/u.test(cj) || !isCaps(parts[parts.length - 1]!));
          if (!lastWord && /^(?:\d{1,3}|\S{1,2}_?|[/:]\d{1,2})$/u.test(cj) && !(treaty && /^(?:VÀ|VỀ)$/u.test(cj))) { omit(j, 'stray mark'); j++; continue; }
          // A blank line ends the title once it has begun, unless the next line plainly goes on.
          // (A title in capitals wrapped with a blank line goes on in capitals: "… CỦA LUẬT BẢO" / "HIỂM XÃ HỘI …".)
          // One blank line after a title line left open (no ".", ";" or ":") is where each of these may go on.
          const openOverGap = blanks === 1 && parts.length > 0 && !/[.;:]$/.test(parts[parts.length - 1]!);
          // (Line by line: a title in capitals past 200 characters is still one.)
          const capsGoesOn = openOverGap && parts.every((x) => isCaps(x)) && isCaps(cj);
          const spacedGoesOn = spaced && openOverGap && !isCaps(cj);
          // (Nor a title cut after a word that cannot end it: "… thuộc địa phận thành phố" / "" / "Đà Nẵng và …".)
          // (…nor a body's name cut in two: "… do Thống đốc Ngân hàng" / "" / "Nhà nước Việt Nam ban hành".)
          const cutGoesOn = blanks === 1 && parts.length > 0 && (/(?:^|\s)(?:thành phố|tỉnh|huyện|quận|thị xã|phường|của|và|về|tại|theo|cho|với|đối với)$/iu.test(parts[parts.length - 1]!) || BODY_CUT.test(`${parts[parts.length - 1]!.slice(-40)}\n${cj.slice(0, 40)}`)) && !endsTitle(cj, true);
          // (…nor one whose last line stands over the rule that closes it: "… điều kiện thành lập" / "" / "Ban Dân tộc …" / "" / "-----".)
          const ruleGoesOn = openOverGap && !isCaps(cj) && !endsTitle(cj, true) && ruleFollows(lines, j + 1, end);
          // (…nor one whose line ends on a colon that announces the rest: "… nhóm thủ tục hành chính:" / "" / "Đăng ký thành lập …".)
          const colonGoesOn = blanks === 1 && parts.length > 0 && /:$/.test(parts[parts.length - 1]!) && !isCaps(cj) && !endsTitle(cj, true) && !parsePlaceDate(cj);
          // (…nor one cut between "ngày" and its date: "… Thông tư số 16/2025/TT-BXD ngày" / "" / "30/6/2025 của Bộ trưởng …".)
          const dateGoesOn = blanks === 1 && parts.length > 0 && /(?:^|\s)ngày$/iu.test(parts[parts.length - 1]!) && /^\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\s+tháng\s)/iu.test(cj);
          if (parts.length > 0 && blanks > 0 && !/^\p{Ll}/u.test(cj) && !capsGoesOn && !spacedGoesOn && !cutGoesOn && !ruleGoesOn && !colonGoesOn && !dateGoesOn) break;
          // A treaty's title names its parties: "HIỆP ĐỊNH" / "GIỮA" / "CHÍNH PHỦ NƯỚC …" / "VÀ" / "CHÍNH PHỦ NƯỚC …".
          const partyNext = /(?:^|\s)(?:GIỮA|VÀ)$/u.test(parts.join(' '));
          // …and a body's name goes on a title cut after a word that cannot end it: "… NGÀY 18/12/2013 CỦA" / "CHÍNH PHỦ QUY ĐỊNH …".
          const cutBeforeBody = /(?:^|\s)(?:của|về|tại|theo|cho|với|và)$/iu.test(parts[parts.length - 1] ?? '') && isCaps(cj) && !titleStop(cj);
          // (…and any line right under one cut after such a word, though it ends on ";": "… của Bộ trưởng Bộ Lao động - Thương binh và" /
          // "Xã hội hướng dẫn phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo;" / "xác định thu nhập …".)
          const cutGoesOnLine = blanks === 0 && /(?:^|\s)(?:của|về|tại|theo|cho|với|và|các|những)$/iu.test(parts[parts.length - 1] ?? '') && !titleStop(cj);
          if (endsTitle(cj, parts.length > 0) && !partyNext && !cutBeforeBody && !cutGoesOnLine) break;
          // …and a bilingual text's title goes on in English: "AGREEMENT" / "BETWEEN" is another language's, not more title.
          if (parts.length > 0 && /[^\x00-\x7F]/u.test(parts.join(' ')) && /^[\x00-\x7F]+$/u.test(cj) && /\b(?:AGREEMENT|BETWEEN|CONVENTION|TREATY|PROTOCOL|THE|AND|FOR|OF)\b/u.test(cj)) break;
          if (stampAt(lines, j)) break;
          // The place and date under a title (a slide deck's cover: "HƯỚNG DẪN" / "QUYẾT TOÁN THUẾ TNCN" / "Hà Nội, ngày …").
          // (Not a wrapped line of a title that cites documents: "của Bộ Chính trị; Chỉ thị số 34-CT/TU, ngày 23/6/2023; …".)
          const pdUnder = parts.length > 0 && cj.length < 90 ? parsePlaceDate(cj) : null;
          if (pdUnder?.date.iso && /^\p{Lu}[^\d;/]*$/u.test(pdUnder.place)) break;
          // A receiving stamp OCR garbled ("ĐẾN" read "ẾN 6È... C ¬—") is known by its fields below: "Ngày: …", "Số: …".
          if (parts.length > 0 && cj.length <= 30 && /^(?:ngày|số|đến|chuyển)\s*:/iu.test(lines.slice(j + 1, j + 4).find((x) => !isBlank(x))?.plain ?? '')) break;
          // Past 600 characters a title is rare ("Về việc đính chính Thông tư … và Thông tư …" names them all):
          // it goes on to the longest a title may be, and is cut back at 600 unless it then stops as a title stops,
          // not at a sentence's end (a title that ends on its full stop right over "Căn cứ …" stops as a title stops).
          if (!longAt && parts.join(' ').length + cj.length > 600) longAt = { n: parts.length, j };
          if (parts.join(' ').length + cj.length > LIMITS.title) { overLong = true; break; }
          // A title in capitals does not run into the paragraph under it: "… VỀ BẢO VỆ SỨC KHOẺ NHÂN DÂN" / "Sức khoẻ là vốn quý nhất … ."
          if (parts.length > 0 && isCaps(parts.join(' ')) && !isCaps(cj) && /^\p{Lu}/u.test(cj) && cj.length > 150 && /[.!?]$/u.test(cj)) break;
          // Nor a title in running case into a stamp's name OCR read in capitals, where no blank line parts them (a copy
          // shared from a phone): "Về việc tiếp tục đẩy mạnh …" / "| CÔNG THONG TH IGN TỦ GIAN PHÙ".
          if (parts.length > 0 && !isCaps(parts.join(' ')) && /\p{Ll}{2}/u.test(parts.join(' ')) && blanks === 0 && (isCaps(cj) || mostlyCapitalWords(cj)) && cj.length <= 60 && !/^\p{Ll}/u.test(cj)) break;
          if (parts.length > 0 && blanks > 0) spaced = true;
          parts.push(cj);
          nos.push(lj.no);
          at.push(j);
          blanks = 0;
          j++;
        }
        // A consolidated text's note under the title ("Thông tư số 23/2024/TT-BCT ngày … của Bộ trưởng …, có hiệu
        // lực kể từ ngày …, được sửa đổi, bổ sung bởi:") is no title: the title ends where the note names the text.
        // (…also when its last line, "ngày 05 tháng 12 năm 2015, được sửa đổi, bổ sung bởi:", already stopped the title, and
        // when it names the text without "số": "Thông tư 38/2015/TT-BLĐTBXH ngày …".)
        const stopLine = j < end ? lines[j]!.plain.trim() : '';
        // (…and when the title ran on through the note's list of amending texts to its last line, "… có hiệu lực kể từ ngày
        // 12 tháng 10 năm 2023.", before the preamble stopped it.)
        const note = parts.some((p, k) => k > 0 && /bởi\s*:$/u.test(p)) || /bởi\s*:$/u.test(stopLine) ? parts.findIndex((p, k) => k > 0 && NOTE_HEAD.test(p)) : -1;
        if (note > 0) {
          j = at[note]!;
          parts.length = nos.length = at.length = note;
        } else if (longAt && (overLong || (/[.:;]$/.test(parts[parts.length - 1]!) && !isBodyOpening(stopLine)))) {
          parts.length = nos.length = at.length = longAt.n;
          j = longAt.j;
        }
        // "DỰ THẢO Dự án Luật …": the draft mark printed before the title is no part of it.
        // A scan's specks at its edges: "| Quy định mức lương … hợp đồng lao động '".
        // (A line break a page kept inside the title's line is a space: "… thành phố Hà Nội<br>(thực hiện Khoản 3 …)".)
        let value = parts.join(' ').replace(/\s*<br\s*\/?>\s*/giu, ' ').replace(/\s+/g, ' ').trim().replace(/^\|\s+/u, '').replace(/\s+['|‘]$/u, '');
        if (/^(?:DỰ THẢO|Dự thảo)\s*(?:\d[\d./]*)?\s+(?=\p{Lu})/u.test(value) && !/^dự thảo (?:luật|nghị|thông|quyết)/iu.test(value)) {
          value = value.replace(/^(?:DỰ THẢO|Dự thảo)\s*(?:\d[\d./]*)?\s+/u, '');
          facts.draft = true;
        }
        // Either caption below gives the number, the date and (when no header named one) the issuer.
        const fromCaption = (number: NumberSymbol, dateText: string, issuer: string, line: number) => {
          facts.numberSymbol = { ...number, line };
          const date = findDate(dateText.toLowerCase());
          if (!facts.date && date) facts.date = { iso: date.iso, raw: dateText, line };
          if (facts.issuerLines.length === 0) facts.issuerLines.push({ text: issuer, no: line });
        };
        // A legal library's caption in place of the header: "GIÁO DỤC CỦA QUỐC HỘI NƯỚC … SỐ 38/2005/QH11 NGÀY 14
        // THÁNG 6 NĂM 2005" is the name, then the issuer, the number and the date.
        const caption = !facts.numberSymbol && isCaps(value) ? CAPTION_TAIL.exec(value) : null;
        const captionNumber = caption ? readNumberSymbol(caption[2]!) : null;
        if (caption && captionNumber) {
          value = value.slice(0, caption.index).trim();
          // (The state's name after the body is the caption's, not the issuer's: "QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".)
          const issuer = caption[1]!.replace(/\s+NƯỚC\s+CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM$/u, '');
          fromCaption(captionNumber, caption[3]!, issuer, nos[nos.length - 1]!);
        }
        const head = !caption && !facts.numberSymbol ? CAPTION_HEAD.exec(value) : null;
        const headNumber = head ? readNumberSymbol(head[2]!) : null;
        if (head && headNumber) {
          value = value.slice(head[0].length).trim();
          // (findDate reads the date OCR'd without marks: "NGAY 04 THANG 04 NAM 2007".)
          fromCaption(headNumber, head[3]!, head[1]!, nos[0]!);
        }
        if (value) {
          facts.title = { value, lines: nos, isSubject: false };
          for (let t = i + 1; t < j; t++) if (!isBlank(lines[t]!)) omit(t, 'header: title');
        }
        i = j - 1;
        lastHeader = j;
        stop = true;
        break;
      }
      // Capitals after the issuer and the date, with no type line: a title in capitals of a text
      // without a type ("BẢN ĐÁNH GIÁ THỦ TỤC HÀNH CHÍNH," / "VIỆC PHÂN QUYỀN, …"), not more issuer.
      // So are capitals after a blank line below the header table, the issuer's column and the motto's
      // read: "CÔNG TY CỔ PHẦN    CỘNG HÒA …" / "BCG ENERGY    Độc lập …" / "" / "THAM LUẬN …".
      // (Not a body's name: OCR reads the issuer's second line after the motto, "CHI CỤC HAI QUAN THỦ DAU MỘT";
      // "BẢN THUYẾT MINH …" only folds like "BAN …".)
      const belowTable = mottoAfterIssuer && gapBefore && (!isBodyName(text) || /^BẢN\s/u.test(text));
      if (!facts.docType && !facts.title && (facts.date || belowTable) && facts.issuerLines.length > 0 && cells.length === 1 && isCaps(text) && (/,$/.test(text) || text.length > 60 || belowTable) && !STRUCTURE.test(text)) {
        const parts = [text];
        let j = i + 1;
        // (A line of such a title may run past isCaps's 200 characters: a comparison table's title lists eleven laws.)
        const capsLine = (x: string) => isCaps(x) || (x.length <= 400 && !/\p{Ll}/u.test(x) && /\p{Lu}{2}/u.test(x));
        while (j < end && !isBlank(lines[j]!) && capsLine(lines[j]!.plain) && parts.join(' ').length < 500) parts.push(cleanHeaderText(lines[j++]!.plain));
        // The draft it is about, on the line under it, before a blank line: "BẢN ĐÁNH GIÁ THỦ TỤC HÀNH CHÍNH" / "Dự thảo Luật Quản lý thuế (Thay thế)".
        const about = j < end ? cleanHeaderText(lines[j]!.plain) : '';
        if (/^Dự (?:thảo|án) (?:Luật|Bộ luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định)\s/u.test(about) && about.length <= 150 && !/[.;:]$/u.test(about) && (j + 1 >= end || isBlank(lines[j + 1]!))) {
          parts.push(about);
          j++;
        }
        facts.title = { value: parts.join(' ').replace(/\s+/g, ' ').trim(), lines: lines.slice(i, j).map((x) => x.no), isSubject: false };
        for (let t = i; t < j; t++) omit(t, 'header: title');
        i = j - 1;
        lastHeader = j;
        stop = true;
        break;
      }
      // A joint text's issuers on one line may run longer: "BỘ TƯ PHÁP - BỘ CÔNG AN - … - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO".
      const names = text.split(/\s+[-–]\s+/);
      const joint = text.length <= 240 && names.length >= 3 && names.every((p) => p.length <= 60);
      // (Not a body's name below the number cell once the issuer is read: a receiving stamp, "BỘ NGOẠI GIAO" / "Số: OTERO TS" /
      // "Ha Nội, ngàu 26 …" / "BO TÀI CHÍNH".)
      const stampBelow = numberCellSeen && facts.issuerLines.length > 0 && isBodyName(text);
      if ((!facts.docType || (consolidated && !facts.title)) && (isCaps(text) || capsWithSlip(text)) && (text.length <= 90 || joint) && !STRUCTURE.test(text) && !stampBelow) {
        facts.issuerLines.push({ text: tidyIssuerLine(text), no: cell.no });
        lineUsed = true;
        continue;
      }
      lineUnread = true;
      unread.push(cell);
    }
    if (consumed) continue;
    if (stop) {
      // After the title: the enacting authority ("BỘ TRƯỞNG BỘ TÀI CHÍNH") and receiving stamps are header too.
      let j = i + 1;
      for (;;) {
        while (j < end && isBlank(lines[j]!)) j++;
        if (j >= end) break;
        const lj = lines[j]!;
        if (/^\(?\s*(?:ban hành\s+)?kèm theo\s/iu.test(lj.plain)) {
          // "(Ban hành kèm theo Quyết định số …)", maybe wrapped: the attachment's link to its document.
          const e = bracketedEnd(lines, j, end);
          const text = lines.slice(j, e + 1).map((x) => x.plain).join(' ');
          facts.attachedTo = { text, line: lj.no };
          for (let k = j; k <= e; k++) omit(k, 'header: attached to');
          lastHeader = j = e + 1;
          continue;
        }
        if (isCaps(lj.plain) && AUTHORITY.test(modernTone(lj.plain.toLowerCase())) && lj.plain.length <= 120) {
          omit(j, 'header: enacting authority');
          facts.enacting ??= { text: lj.plain, line: lj.no };
          lastHeader = ++j;
          continue;
        }
        const pd = !facts.date && lj.plain.length < 90 ? parsePlaceDate(cleanHeaderText(lj.plain)) : null;
        if (pd?.date.iso) {
          setPlaceDate(facts, pd, lj.no);
          omit(j, 'header: place and date');
          lastHeader = ++j;
          continue;
        }
        if (stampAt(lines, j)) {
          const e = Math.min(stampEnd(lines, j), end - 1);
          for (let k = j; k <= e; k++) if (!isBlank(lines[k]!)) omit(k, 'receiving stamp of another office');
          lastHeader = j = e + 1;
          continue;
        }
        break;
      }
      break;
    }
    if (lineUsed && !lineUnread) {
      lastHeader = Math.max(lastHeader, i + 1);
      if (!omitted.has(i)) omit(i, 'header');
    } else if (lineUsed) {
      lastHeader = Math.max(lastHeader, i + 1);
      if (!omitted.has(i)) omit(i, 'header');
    } else if (!anyFact && !lineUsed) {
      // Nothing read yet and a line that is no header element: a page without its header, or a
      // repost's preamble. Look a little further for a header before giving up.
      if (l.plain.length > 150 && !headerAhead(lines, i + 1, end)) break;
    } else if (anyFact && l.plain.length > 150) {
      break;
    }
  }
  if (facts.docType === null && facts.issuerLines.length === 0 && facts.numberSymbol === null && facts.date === null) {
    // No header: nothing consumed.
    facts.omissions = facts.omissions.filter((o) => !/^header/.test(o.reason) || o.reason === 'header: number and symbol');
    facts.bodyStart = firstBody(lines, start, end, facts);
    return facts;
  }
  facts.bodyStart = lastHeader;
  // Cells in the header that are no header element are kept in the record of what was left out.
  for (const u of unread) if (u.index < lastHeader) facts.omissions.push({ line: u.no, text: u.text, reason: 'header: unread cell' });
  // Relabel plain "header" omissions for the report.
  for (const o of facts.omissions) if (o.reason === 'header') o.reason = 'header: issuer, number, place and date';
  return facts;
}

/** With no header facts, leading boilerplate (motto, separators) is still skipped. */
function firstBody(lines: readonly SourceLine[], start: number, end: number, facts: HeaderFacts): number {
  let i = start;
  for (; i < end; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    if (boilerplateReason(l)) continue;
    const cells = cellsOf(l, i);
    if (cells.length > 0 && cells.every((c) => boilerplateOf(c.text))) {
      if (!facts.omissions.some((o) => o.line === l.no)) facts.omissions.push({ line: l.no, text: l.plain, reason: boilerplateOf(cells[0]!.text)! });
      continue;
    }
    break;
  }
  return i;
}

/** Whether one of the next twelve lines with text below `from` passes `test`. */
function anyOfNextLines(lines: readonly SourceLine[], from: number, end: number, test: (l: SourceLine) => boolean): boolean {
  let seen = 0;
  for (let j = from; j < end && seen < 12; j++) {
    const l = lines[j]!;
    if (isBlank(l)) continue;
    seen++;
    if (test(l)) return true;
  }
  return false;
}

function headerAhead(lines: readonly SourceLine[], from: number, end: number): boolean {
  return anyOfNextLines(lines, from, end, (l) => {
    const f = foldAll(l.plain);
    return NATION_F.test(f) || MOTTO_F.test(f) || /^số\s*:/iu.test(l.plain);
  });
}

/**
 * A document's own header in the next lines, as the header prints it: the national name in capitals ending its line
 * ("VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), the motto opening one, or "Số: 377/…". Stricter than
 * headerAhead: a body sentence names the nation too ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam").
 */
function pastedHeaderAhead(lines: readonly SourceLine[], from: number, end: number): boolean {
  return anyOfNextLines(lines, from, end, (l) => {
    const p = l.plain.replace(/[*_\s]+$/u, '');
    const tail = p.slice(-40);
    return (
      (/C[ỘO]NG\s*H[ÒOÀ]A\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM$/u.test(tail) && isCaps(tail)) ||
      /^[*_\s]*độc\s+lập\s*[-–—]\s*tự\s+do\s*[-–—]\s*hạnh\s+phúc/iu.test(p) ||
      /^[*_\s]*số\s*:\s*\d+\s*\/\s*\p{L}/iu.test(p)
    );
  });
}

/** A body's name by its head word: "CHI CỤC HẢI QUAN …", "CÔNG TY …", "ỦY BAN …" (in any case, marks or none). */
export function isBodyName(text: string): boolean {
  return ORG_HEAD.test(foldAll(text).trim());
}

/**
 * An issuer line as OCR left it on a scan: specks before the name (". 4` TÔNG CỤCTHUẾ") dropped, and "CỤC" glued to the
 * office it heads ("CỤCTHUẾ", "CỤCHẢI QUAN") spaced. (A capital alone is kept: "Y BAN NHÂN DÂN" is what OCR left of "ỦY".)
 */
function tidyIssuerLine(text: string): string {
  return text
    .replace(/^(?:(?:[^\p{L}\s]+|\p{Ll}[^\p{L}\s]*)\s+)+(?=\p{Lu}{2})/u, '')
    .replace(/(?<![\p{L}])(C[ỤU]C)(?=TH[UƯ][ẾÊEÉ](?![\p{L}])|H[ẢA]I\s+QUAN(?![\p{L}]))/gu, '$1 ');
}

/** A body's name in capitals but for one letter OCR read small at a word's end: "CUC THUE TP. HO CHi MINH". */
function capsWithSlip(text: string): boolean {
  const small = text.match(/\p{Ll}/gu);
  return small?.length === 1 && /\p{Lu}{2}\p{Ll}(?![\p{L}])/u.test(text) && isCaps(text.replace(/\p{Ll}/u, (c) => c.toUpperCase())) && isBodyName(text);
}

/** A body's name in capitals, three words or more, at the end of a line of lower-case subject text: a stamp's, not the subject's. */
function stripStampBody(part: string): string {
  const m = /^(.*\p{Ll}[\p{Ll}\d,)]*)\s+((?:\p{Lu}[\p{Lu}.]*\s+){2,7}\p{Lu}[\p{Lu}.]*)$/u.exec(part);
  return m && isBodyName(m[2]!) ? m[1]! : part;
}

// (OCR reads the dotted Ụ as a y: "TONG CYC THUE".)
// ("BẢO HIỂM" alone is a title's last words wrapped, "… LUẬT KINH DOANH" / "BẢO HIỂM"; the bodies are Bảo hiểm xã hội and tiền gửi.)
const ORG_HEAD = /^(?:bo|tong c[uy]c|c[uy]c|chi c[uy]c|so|uy ban|ubnd|hoi dong|hdnd|ban|van phong|vu|vien|toa an|truong|phong|bao hiem (?:xa hoi|tien gui)|kho bac|ngan hang|thanh tra|kiem toan|chinh phu|quoc hoi|thu tuong|chu tich|hoc vien|dai hoc|cong an|quan|bo tu lenh|dang|tinh uy|thanh uy|huyen uy|quan uy|lien doan|hoi|mat tran|doan|trung tam|cong thong tin|tap doan|tong cong ty|cong ty|hiep hoi|uy|co quan|chi bo|dang uy|dang bo|to|nha)(?![a-z])/;

/** A known type and a word or two that qualify it: "BÁO CÁO TÓM TẮT", "TỜ TRÌNH BỔ SUNG" are a Báo cáo, a Tờ trình. */
function qualifiedType(text: string): string | null {
  const f = foldAll(text).replace(/\s+/g, ' ').trim();
  const type = DOC_TYPES.find((t) => f.startsWith(`${foldAll(t)} `));
  return type && f.split(' ').length - type.split(/\s+/).length <= 2 ? type : null;
}
