/** Dates and document numbers as Vietnamese documents write them. */
import { foldDiacritics } from '../vietnamese.ts';

/** ISO date from day, month, year, or null when the calendar has no such day. */
export function isoFrom(d: number, m: number, y: number): string | null {
  if (y < 1945 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface ParsedDate {
  iso: string | null;
  /** The date as written. */
  raw: string;
}

// OCR and unaccented copies write "ngay … thang … nam": the digits carry the date, the words only frame it.
// ("thẳng", "thảng": OCR's marks on "tháng"; "tháng 4ˆ năm": a speck after the month.)
// ("tháng" as OCR reads its "á" too: "ngày 20thdng 5 năm 2019".)
const VN_DATE = /ng[aàáảãạ]y\s*(\d{1,2})\s*th[aàáảãạăắằẳẵặâấầẩẫậd]ng\s*(\d{1,2})[ˆ^'’`]?\s*n[aăắằẳẵặ]m\s*(\d{4})/iu;
const NUM_DATE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/u;

/** The first date in `s`: "ngày 18 tháng 10 năm 2022", "09/10/2021", "12-06-2023". */
export function findDate(s0: string): ParsedDate | null {
  // OCR reads a slashed zero, never a Vietnamese letter: "ngày 3Ø tháng 12".
  // …and spaces between a handwritten day's digits: "ngày 2 4 tháng 12" (the space moved after them keeps the length).
  // …and "l" for a day's "1": "ngày l8thang 8".
  const s = s0.replace(/(?<=\d)[Øø]|[Øø](?=\d)/gu, '0').replace(/(?<=ng[aàáảãạ]y\s{0,3})(\d) (\d)(?=\s+th[aáà]ng)/giu, '$1$2 ')
    .replace(/(?<=ng[aàáảãạ]y\s{0,3})[lI|](?=\d\s*th[aàáảãạ]ng)/gu, '1')
    // …and a pen stroke read as letters before the day: "ngày by 03 tháng 4" (blanked, the same length).
    // (…also glued to "ngay", in capitals: "ngayQ 8 thang 4".)
    .replace(/(?<=ng[aàáảãạ]y\s{0,3})[a-zA-Z]{1,2}\s+(?=\d{1,2}\s*th[aàáảãạ]ng)/gu, (x) => ' '.repeat(x.length))
    // …or as a bracket and a bar, spaced from the day: "ngày [| 9 tháng 8".
    .replace(/(?<=ng[aàáảãạ]y\s{0,3})[[(]\|?\s+(?=\d{1,2}\s*th[aàáảãạ]ng)/gu, (x) => ' '.repeat(x.length));
  const m = VN_DATE.exec(s) ?? NUM_DATE.exec(s);
  if (!m) return null;
  // (The same length: the date as written is at the same place.)
  return { iso: isoFrom(Number(m[1]), Number(m[2]), Number(m[3])), raw: s0.slice(m.index, m.index + m[0].length) };
}

/** "Lạng Sơn, ngày 26 tháng 10 năm 2021" → place and date. */
export function parsePlaceDate(s: string): { place: string; date: ParsedDate } | null {
  // (A pen stroke may be glued to "ngày" before the day: "Hà Nội, ngayQ 8 thang 4 năm 2019".)
  const t = s.trim();
  const m = /^(.{1,60}?)\s*,\s*(ng[aàáảãạ]y(?:\s|\d|[A-Z]{1,2}\s).*)$/u.exec(t) ?? /^(.{1,60}?)\s*,\s*(ng[aàáảãạ]y(?:\s|\d).*)$/iu.exec(t);
  if (!m) return null;
  const tail = m[2]!;
  if (m[1]!.trim() === '') return null;
  const date = findDate(tail);
  // (A number cell OCR joined before the place, its label misread: ".Sẽ: 1883 /TCHQ-TXNK Hà Nội, ngày …": the place is the
  // words after the symbol.)
  const place = /\//.test(m[1]!) ? m[1]!.replace(/^.*\/\s*\S*(?:\s+-\s+\S+)?\s+(?=\p{Lu})/u, '').trim() : m[1]!.trim();
  if (date) return { place, date };
  // Blank date on a form: "ngày    tháng    năm 2021", "ngày    tháng 6 năm 2025" — the place still counts.
  if (/^ngày[\s.…]*tháng[\s.…]*(?:\d{1,2}[\s.…]*)?năm/iu.test(tail)) return { place: m[1]!.trim(), date: { iso: null, raw: tail } };
  return null;
}

export interface NumberSymbol {
  number: string;
  symbol: string;
  year: number | null;
}

/**
 * "1419/VKS-VP", "218 /KH-UBND", "24/2018/QĐ-UBND", "57-NQ/TW", "34- CT/TW".
 * Returns null when the text is not a number and symbol.
 */
export function parseNumberSymbol(s: string): NumberSymbol | null {
  const t = s
    .trim()
    .replace(/[–—]/g, '-')
    .replace(/\s*\/\s*/g, '/')
    .replace(/(\d)\s*-\s*(?=\p{Lu})/u, '$1-')
    .replace(/[.,;:]+$/, '');
  let m = /^(\d{1,6}[a-z]?)\/(\d{4})\/(\p{L}[\p{L}\d&]*(?:[-/]\p{L}[\p{L}\d&]*)*)$/u.exec(t);
  if (m) return { number: m[1]!, year: Number(m[2]), symbol: m[3]! };
  m = /^(\d{1,6}[a-z]?)\/(\p{L}[\p{L}\d&]*(?:[-/]\p{L}[\p{L}\d&]*)*)$/u.exec(t);
  if (m) return { number: m[1]!, year: null, symbol: m[2]! };
  // A Party or pre-1960 symbol may end in a serial: "102-SL/L-004", "101-SL/L.003".
  m = /^(\d{1,6}[a-z]?)-(\p{L}[\p{L}\d&]*\/\p{L}[\p{L}\d&]*(?:[-/.][\p{L}\d][\p{L}\d&]*)*)$/u.exec(t);
  if (m) return { number: m[1]!, year: null, symbol: m[2]! };
  return null;
}


const DIGIT_WORDS: Record<string, number> = {
  khong: 0, mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9,
};

/**
 * A number as digits or in words, as a treaty's closing clause writes its date: "16", "I1" (OCR's 11),
 * "Bảy", "mười một", "một nghìn chín trăm chín mươi lăm". Null when it is neither.
 */
export function readNumberWords(s: string): number | null {
  const t = s.trim();
  if (/^\d{1,4}$/u.test(t)) return Number(t);
  // OCR reads a 1 as I, l or |, a 0 as O, beside a digit.
  if (/^[\dIl|O]{2,4}$/u.test(t) && /\d/u.test(t)) return Number(t.replace(/[Il|]/gu, '1').replace(/O/gu, '0'));
  // Folded: "Bảy" and OCR's "Bay" alike.
  const words = t.split(/\s+/u).map(foldDiacritics);
  if (words.length === 0 || words.length > 12) return null;
  let total = 0;
  let group = 0;
  let last = -1;
  for (const w of words) {
    if (w in DIGIT_WORDS) { last = DIGIT_WORDS[w]!; group += last; continue; }
    if (w === 'muoi') {
      // "mười" alone is ten; "mươi" after a digit multiplies it.
      if (last > 0) { group += last * 9; last = -1; } else group += 10;
      continue;
    }
    if (w === 'tram' && last >= 0) { group += last * 99; last = -1; continue; }
    if ((w === 'nghin' || w === 'ngan') && group > 0) { total += group * 1000; group = 0; last = -1; continue; }
    if (w === 'linh' || w === 'le') continue;
    return null;
  }
  return total + group;
}

/**
 * The date a treaty was signed, from its closing clause: "Hiệp định được làm thành hai bản tại Kuala Lumpur
 * ngày Bảy tháng Chín năm một nghìn chín trăm chín mươi lăm", "… hai bản gốc tại Hà Nội. ngày 16 tháng I1 năm 1995".
 */
export function treatyDate(text: string): ParsedDate | null {
  // "… làm thành hai bản tại X ngày …" or "Làm tại X, ngày … thành hai bản".
  const at = String.raw`\s+t[aạ]i\s+[^,.;]{2,40}?[,.]?\s+ng[aà]y\s+(.{1,20}?)\s+th[aá]ng\s+(.{1,12}?)\s+n[aă]m\s+(\d{4}|[\p{L}\s]{5,60}?)(?=\s*[,.;]|\s+gồm|\s+bằng|\s+thành)`;
  const re = new RegExp(String.raw`(?:được\s+)?l[aà]m(?:\s+(?:được\s+)?thành\s+(?:hai|ba|bốn|\d)\s+bản(?:\s+gốc)?)?${at}`, 'iu');
  const m = re.exec(text.replace(/\s+/gu, ' '));
  if (!m) return null;
  const [d, mo, y] = [readNumberWords(m[1]!), readNumberWords(m[2]!), readNumberWords(m[3]!)];
  if (d === null || mo === null || y === null) return null;
  const iso = isoFrom(d, mo, y);
  return iso ? { iso, raw: m[0] } : null;
}

