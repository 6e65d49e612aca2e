/**
 * Stage 1: normalise text for matching while keeping a map back to the raw
 * offsets. Later stages match on `text` and report `rawStart(i)`/`rawEnd(j)`.
 *
 * What is folded (and why):
 * - whitespace runs (incl. NBSP, line breaks, blank lines) → one space, or one
 *   "\n" when the run held a line break: PDF extraction splits symbols and type
 *   words across lines ("49-⏎⏎NQ/TU", "Chỉ⏎thị"), so line breaks cannot block a match;
 * - en/em dashes and minus signs → "-" (symbols are written with any of them); soft hyphens too;
 * - "Ð"/"ð" (eth, printed by legacy fonts) → "Đ"/"đ";
 * - markdown emphasis "*" and "_" runs → removed (MDX bodies: "***…***");
 * - backslash escapes "\*", "\<", "\{" … → the escaped character;
 * - footnote markers "[^1]", "[1]", "phố(2)" and superscript digits → removed, so "123/BNV-VP¹" ends at "VP".
 */

export interface CleanText {
  /** Normalised text. */
  text: string;
  /** map[i] = raw index of text[i]; map[text.length] = raw length. */
  map: Int32Array;
  raw: string;
}

const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D']);
const SUPERSCRIPTS = new Set(['\u00B9', '\u00B2', '\u00B3', '\u2070', '\u2074', '\u2075', '\u2076', '\u2077', '\u2078', '\u2079']);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

const COPY = 0;
const SPACE = 1;
const EMPHASIS = 2;
const BACKSLASH = 3;
const BRACKET = 4;
const DROP = 5;
const DASH = 6;
const PAREN = 7;
const ETH = 8;
/** What the cleaner does with each UTF-16 code unit: one table lookup per character. */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (isSpace(c)) CLASS[c] = SPACE;
CLASS[42] = EMPHASIS;
CLASS[95] = EMPHASIS;
CLASS[92] = BACKSLASH;
CLASS[91] = BRACKET;
for (const d of SUPERSCRIPTS) CLASS[d.charCodeAt(0)] = DROP;
for (const d of DASHES) CLASS[d.charCodeAt(0)] = DASH;
CLASS[40] = PAREN;
CLASS[0xad] = DASH; // a soft hyphen in extracted PDF text stands for the hyphen of "57-NQ/TW"
CLASS[0xd0] = ETH; // "Ð" (Icelandic eth) printed for "Đ" by legacy fonts: "NÐ-CP"
CLASS[0xf0] = ETH; // "ð" for "đ"
const UTF16 = new TextDecoder('utf-16le');

/** One pass over char codes into a UTF-16 buffer: the hot path of the whole pipeline. */
/** Scratch for the cleaned characters: decoded into a string at the end, so it can be reused. */
let scratch = new Uint16Array(1 << 16);

export function clean(raw: string): CleanText {
  const n = raw.length;
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  const buf = scratch;
  const map = new Int32Array(n + 1);
  let len = 0;
  let i = 0;
  while (i < n) {
    const c = raw.charCodeAt(i);
    const k = CLASS[c]!;
    if (k === COPY) {
      buf[len] = c;
      map[len++] = i++;
      continue;
    }
    if (k === SPACE) {
      let e = i + 1;
      let newline = c === 10 || c === 13;
      while (e < n) {
        const d = raw.charCodeAt(e);
        if (CLASS[d] !== SPACE) break;
        if (d === 10 || d === 13) newline = true;
        e++;
      }
      const last = len > 0 ? buf[len - 1] : -1;
      // Emphasis markers between spaces vanish; avoid a double space around them.
      if (last === 32 || last === 10) {
        if (newline) buf[len - 1] = 10;
      } else {
        buf[len] = newline ? 10 : 32;
        map[len++] = i;
      }
      i = e;
      continue;
    }
    if (k === EMPHASIS || k === DROP) {
      i++;
      continue;
    }
    if (k === ETH) {
      buf[len] = c === 0xd0 ? 0x110 : 0x111;
      map[len++] = i++;
      continue;
    }
    if (k === DASH) {
      buf[len] = 45;
      map[len++] = i++;
      continue;
    }
    if (k === BACKSLASH && i + 1 < n && isAsciiPunct(raw.charCodeAt(i + 1))) {
      buf[len] = raw.charCodeAt(i + 1);
      map[len++] = i + 1;
      i += 2;
      continue;
    }
    if (k === PAREN && len > 0) {
      // A PDF footnote glued to a word: "của UBND thành phố(2)," (never after a digit: "Điều 5(1)").
      const prev = String.fromCharCode(buf[len - 1]!);
      if (prev.toLowerCase() !== prev.toUpperCase()) {
        let e = i + 1;
        while (e < n && e - i <= 2 && raw.charCodeAt(e) >= 48 && raw.charCodeAt(e) <= 57) e++;
        if (e > i + 1 && raw.charCodeAt(e) === 41 /* ) */) {
          i = e + 1;
          continue;
        }
      }
    }
    if (k === BRACKET) {
      // Footnote references: "[^1]" (MDX) and "[1]" (HTML/Word exports).
      if (raw.charCodeAt(i + 1) === 94 /* ^ */) {
        const close = raw.indexOf(']', i + 2);
        if (close > 0 && close - i <= 12) {
          i = close + 1;
          continue;
        }
      }
      let e = i + 1;
      while (e < n && e - i <= 3 && raw.charCodeAt(e) >= 48 && raw.charCodeAt(e) <= 57) e++;
      if (e > i + 1 && raw.charCodeAt(e) === 93 /* ] */) {
        i = e + 1;
        continue;
      }
    }
    buf[len] = c;
    map[len++] = i++;
  }
  map[len] = n;
  return { text: UTF16.decode(buf.subarray(0, len)), map: map.subarray(0, len + 1), raw };
}

/** Raw offset of the start of normalised index `i`. */
export function rawStart(ct: CleanText, i: number): number {
  return ct.map[i] ?? ct.raw.length;
}

/** Raw offset just past normalised index `j - 1` (exclusive end). */
export function rawEnd(ct: CleanText, j: number): number {
  if (j <= 0) return 0;
  const last = ct.map[j - 1];
  if (last === undefined) return ct.raw.length;
  // A surrogate pair or an escaped char occupies more than one raw unit.
  const code = ct.raw.charCodeAt(last);
  return code >= 0xd800 && code <= 0xdbff ? last + 2 : last + 1;
}
