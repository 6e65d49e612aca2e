/**
 * Regular expressions of the citation grammar, all over cleaned text (single
 * spaces or "\n" between words, "-" for every dash). Every repetition is
 * bounded and no two adjacent pieces can match the same characters, so the
 * patterns stay linear on malformed input.
 */
import { TYPE_WORD_SOURCE } from './vocabulary.ts';

const S = '[ \\n]';
// "66.16/2026/NQ-CP": the Government's special resolutions of 2026 number their series with a dot.
const NUM = '\\d{1,6}(?:\\.\\d{1,3}(?=/))?';
/**
 * A symbol code: upper-case first letter, then letters/digits, not followed by a letter ("Ư" of "Trung ương": "UBTƯMTTQVN"),
 * but for a "ngày" a copy glued to it ("43/2025/TT-BYTngày 15 tháng 11 năm 2025").
 */
const CODE = '[A-ZĐ][A-Za-zĐđƯ0-9]{0,11}(?:(?![\\p{L}\\p{N}])|(?=ngày(?![\\p{L}])))';
/** A hyphen with a stray space on at most one side ("34- CT", "NĐ -CP"), or doubled by OCR at a line's end ("NĐ- -CP"). */
const HY = `(?:-${S}?-(?![ \\n])|${S}-(?![ \\n])|-${S}?)`;
const SL = `${S}?/${S}?`;

/**
 * Number + symbol in the three shapes:
 *   Party  57-NQ/TW, 148-KH/ĐU, 43-CV/TU
 *   state  24/2018/QĐ-UBND, 06/2022/QH15, 923/QĐ-TTg, 1419/VKS-VP, …/TTLT-BTP-BTC-TTCP
 */
export const SYMBOL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}/.\\-])(?:` +
    `(?<pnum>${NUM})${HY}(?<ptype>${CODE})${SL}(?<piss>${CODE}(?:${HY}${CODE}){0,7})` +
    // (A joint circular of the 2000s puts a slash after its type: "109/2009/TTLT/BTC-BGDĐT".)
    // (A legislature's term spaced from its body, "21/2017/QH 14", is one code: on one line only, where a list's next number may not stand.)
    `|(?<snum>${NUM})${SL}(?:(?<year>(?:19|20)\\d{2})${SL})?(?<scodes>TTLT${SL}${CODE}(?:${HY}${CODE}){1,7}|(?:UBTV)?QH \\d{1,2}(?![\\p{L}\\p{N}/]|\\.\\d)|${CODE}(?:${HY}${CODE}){0,7})` +
    `)`,
  'gu',
);

/**
 * "số" and OCR's readings of it in scans ("Thông tư so 103/2014/TT-BTC", "sé", "s6", "sổ"), only where a symbol follows
 * at once.
 */
export const SO = '(?:số|sổ|so|sô|só|sỗ|sồ|sỏ|sọ|sé|s6)';

/** Type word (+ modifiers) + "số" right before a symbol; anchored at the end of a look-behind window. */
export const TYPED_PREFIX_RE = new RegExp(
  `(?<![\\p{L}])(?<tw>${TYPE_WORD_SOURCE})` +
    // "Công văn hỏa tốc", "Báo cáo thẩm tra"; any one to three lower-case words only before "số"
    // ("Thông báo kết luận số", "Quyết định phê duyệt số"): the first type word decides.
    `(?<mod>${S}(?:hỏa${S}tốc|hoả${S}tốc|khẩn|mật|liên${S}ngành|thẩm${S}tra|liên${S}tịch)|(?:${S}(?!(?:của|do|và|với|theo|tại|các|những|trên|ngày)(?![\\p{L}]))\\p{Ll}{1,8}){1,3}(?=${S}?${SO}${S}?:?${S}?$))?` +
    `${S}?(?:(?<so>${SO})${S}?:?${S}?)?$`,
  'iu',
);

/** "số 187, " / "187 và " before the last number of a shared-symbol list. */
export const NUMBER_LIST_PREFIX_RE = new RegExp(`(?<nums>(?:${NUM}${S}?(?:,|và|;)${S}?(?:số${S})?){1,12})$`, 'u');

/** List continuation: ", số 218/CĐ-TTg", " và 09-NQ/TU". */
export const LIST_SEPARATOR_PREFIX_RE = new RegExp(`(?:,|;|và|hoặc)${S}?(?:(?:các|số|sổ)${S}?){0,2}$`, 'iu');

/** The document's own number in its header: a line starting "Số:" (no type word). */
// A lower-case "số" opening a line is a PDF wrap inside a sentence ("Luật Phòng, chống tham
// nhũng⏎số 36/2018/QH14"), not a header: only "Số"/"SỐ", or any "số:" with its colon, is.
export const HEADER_PREFIX_RE = new RegExp(`(?:(?:^|\\n)${S}?(?:Số|SỐ)${S}?:?|(?:^|\\n)${S}?số${S}?:|(?:Số|SỐ)${S}?:)${S}?$`, 'u');

/** Numbered forms and annexes ("Mẫu số 01/BC-TĐKT", "Phụ lục số 02/PL-UBND") are not documents. */
export const FORM_PREFIX_RE = new RegExp(`(?<![\\p{L}])(?:[Mm]ẫu|[Bb]iểu(?:${S}mẫu)?|[Pp]hụ${S}lục|MẪU|PHỤ${S}LỤC)${S}?(?:(?:số|sổ)${S}?:?${S}?)?$`, 'u');

const DATE_NUMERIC = `(?<d1>\\d{1,2})${S}?[/.\\-]${S}?(?<m1>\\d{1,2})${S}?[/.\\-]${S}?(?<y1>\\d{4})`;
const DATE_WORDS = `(?<d2>\\d{1,2})${S}tháng${S}(?<m2>\\d{1,2})${S}năm${S}(?<y2>\\d{4})`;

/** ", ngày 09/10/2021" / " ngày 18 tháng 10 năm 2022" right after a citation. */
export const DATE_TAIL_RE = new RegExp(
  `^${S}?,?${S}?\\(?${S}?(?:(?:ban hành|ký)${S})?(?:ngày|ngay)${S}?(?:${DATE_NUMERIC}|${DATE_WORDS})(?![\\p{N}])\\)?`,
  'iu',
);

export const ISSUER_LEAD_RE = new RegExp(`^${S}?,?${S}?(?:của|do)${S}`, 'iu');

// A title may be quoted whole (Chỉ thị số 05-CT/TW của Bộ Chính trị “Về đẩy mạnh …”): the opening
// quote is kept in the group so the clause ends at its closing quote; only then may "Về" be capitalised,
// since a capital "Về" opening a line is a heading of the citing text.
export const TITLE_LEAD_RE = new RegExp(`^${S}?,?${S}?(?:(?<quote>[“"])${S}?[Vv]ề|về)${S}(?:việc${S})?`, 'u');

/** Pinpoint right before the type word: "điểm a khoản 2 Điều 5 ", "Khoản 5, Điều 6 ". */
export const PINPOINT_PREFIX_RE = new RegExp(
  `(?<![\\p{L}])(?:(?:điểm|Điểm)${S}(?<point>[a-zđ])\\)?${S}?,?${S}?)?(?:(?:khoản|Khoản)${S}(?<clause>\\d{1,3})${S}?,?${S}?)?(?:Điều|điều)${S}(?<article>\\d{1,3}[a-z]?)${S}?,?${S}?(?:của${S})?$`,
  'u',
);

/** A type word (+ "số") right before a bare number: candidate short form ("Quy định 114", "Chỉ thị số 37"). */
export const SHORT_FORM_PREFIX_RE = new RegExp(`(?<![\\p{L}])(?<tw>${TYPE_WORD_SOURCE})${S}(?:số${S})?$`, 'iu');

/** "(sau đây gọi là Quy định 114)", "(gọi tắt là Đề án 06)", "(sau đây viết tắt Kế hoạch 148-KH/ĐU)". */
export const ALIAS_RE = new RegExp(
  `\\(${S}?(?:(?:sau|dưới)${S}đây${S})?(?:được${S})?(?:gọi${S}tắt${S}là|gọi${S}là|viết${S}tắt${S}là|viết${S}tắt|gọi${S}tắt)${S}?:?${S}?(?<alias>[^()]{2,80}?)${S}?\\)`,
  'giu',
);

/** Words that make "Kế hoạch 5 năm", "Quy định này" not citations. */
export const NOT_A_NUMBER_AFTER_RE = new RegExp(`^${S}?(?:năm(?!${S}(?:19|20)\\d{2})|tháng|ngày|giờ|điều|khoản|chương|mục|tuổi|lần|%)`, 'iu');

/** A bare number that reads as a document's short name even without an antecedent: "Quy định 144 về …". */
// Starts on the digit (cheap to scan for); the caller checks for a space before it.
export const NAMED_NUMBER_RE = new RegExp(`(?<num>\\d{1,4})(?=${S}?(?:về|của|và)(?![\\p{L}])|[,;.)](?!\\d))`, 'gu');

/** A bare number followed by a date: "Quyết định số 1234 ngày 12/5/2024" (the text gives no symbol). */
export const NUMBER_THEN_DATE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}/.\\-])(?<num>\\d{1,6})(?=${S}?,?${S}?(?:ban${S}hành${S})?ngày${S}?\\d{1,2}(?:${S}?[/.\\-]|${S}tháng))`,
  'gu',
);

/** The same patterns, sticky: tried only at word starts by `execBefore`. */
export const TYPED_PREFIX_STICKY = new RegExp(TYPED_PREFIX_RE.source, 'iuy');
export const SHORT_FORM_PREFIX_STICKY = new RegExp(SHORT_FORM_PREFIX_RE.source, 'iuy');

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/**
 * Runs an end-anchored sticky pattern from each of the last `maxWords` word starts of
 * `window`, farthest first (so the leftmost match wins, as with a plain search), instead
 * of from every character: type words are a few words long.
 */
export function execBefore(re: RegExp, window: string, maxWords: number): RegExpExecArray | null {
  const starts: number[] = [];
  let i = window.length - 1;
  while (i >= 0 && starts.length < maxWords) {
    while (i >= 0 && !isLetterCode(window.charCodeAt(i))) i--;
    if (i < 0) break;
    while (i >= 0 && isLetterCode(window.charCodeAt(i))) i--;
    starts.push(i + 1);
  }
  for (let k = starts.length - 1; k >= 0; k--) {
    re.lastIndex = starts[k]!;
    const m = re.exec(window);
    if (m) return m;
  }
  return null;
}
