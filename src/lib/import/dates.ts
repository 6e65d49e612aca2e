/** Dates and document numbers as Vietnamese documents write them. */

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
const VN_DATE = /ng[aàáảãạ]y\s*(\d{1,2})\s*th[aàáảãạ]ng\s*(\d{1,2})\s*n[aăắằẳẵặ]m\s*(\d{4})/iu;
const NUM_DATE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/u;

/** The first date in `s`: "ngày 18 tháng 10 năm 2022", "09/10/2021", "12-06-2023". */
export function findDate(s0: string): ParsedDate | null {
  // OCR reads a slashed zero, never a Vietnamese letter: "ngày 3Ø tháng 12".
  // …and spaces between a handwritten day's digits: "ngày 2 4 tháng 12" (the space moved after them keeps the length).
  // …and "l" for a day's "1": "ngày l8thang 8".
  const s = s0.replace(/(?<=\d)[Øø]|[Øø](?=\d)/gu, '0').replace(/(?<=ng[aàáảãạ]y\s{0,3})(\d) (\d)(?=\s+th[aáà]ng)/giu, '$1$2 ')
    .replace(/(?<=ng[aàáảãạ]y\s{0,3})[lI|](?=\d\s*th[aàáảãạ]ng)/gu, '1');
  const m = VN_DATE.exec(s) ?? NUM_DATE.exec(s);
  if (!m) return null;
  // (The same length: the date as written is at the same place.)
  return { iso: isoFrom(Number(m[1]), Number(m[2]), Number(m[3])), raw: s0.slice(m.index, m.index + m[0].length) };
}

/** "Lạng Sơn, ngày 26 tháng 10 năm 2021" → place and date. */
export function parsePlaceDate(s: string): { place: string; date: ParsedDate } | null {
  const m = /^(.{1,60}?)\s*,\s*(ng[aàáảãạ]y(?:\s|\d).*)$/iu.exec(s.trim());
  if (!m) return null;
  const tail = m[2]!;
  if (m[1]!.trim() === '') return null;
  const date = findDate(tail);
  if (date) return { place: m[1]!.trim(), date };
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
