/**
 * Document symbols in recognised text. Tesseract reads "114-QĐ/TW" as
 * "114-QĐ/IW" or "80-QĐĐ/TW" now and then: a wrong symbol is a wrong
 * citation. A symbol part that is not a known code (src/lib/citations/
 * vocabulary.ts) but becomes exactly one known code by undoing one typical
 * OCR confusion (I/l/1 for T or I, O/0, a doubled letter, a letter from
 * another alphabet, a space inside the part) is repaired; every
 * repair is reported so it lands in the list of words to check.
 */
import { isKnownCode } from '../../citations/vocabulary.ts';

/** Glyphs Tesseract mistakes for one another in capitals. */
const CONFUSIONS: ReadonlyArray<[string, string]> = [
  ['I', 'T'], ['l', 'I'], ['1', 'I'], ['l', 'T'], ['0', 'O'], ['O', 'Q'], ['0', 'Q'], ['D', 'Đ'], ['Ð', 'Đ'], ['Ñ', 'N'], ['H', 'U'], ['U', 'H'],
];

function candidates(part: string): Set<string> {
  const out = new Set<string>();
  // A doubled letter ("QĐĐ"), or a letter no symbol has ("NÑQ"): dropped.
  for (let i = 0; i < part.length; i++) {
    if ((i > 0 && part[i] === part[i - 1]) || !/[A-Za-zĐđ0-9]/.test(part[i]!)) out.add(part.slice(0, i) + part.slice(i + 1));
  }
  for (const [from, to] of CONFUSIONS) {
    for (let i = part.indexOf(from); i >= 0; i = part.indexOf(from, i + 1)) out.add(part.slice(0, i) + to + part.slice(i + from.length));
  }
  return out;
}

/** The part as a known code, when one confusion undone gives exactly one. */
function repairPart(part: string): string | null {
  if (!/[A-ZĐ]/.test(part) || isKnownCode(part)) return null;
  const known = [...candidates(part)].filter(isKnownCode);
  return known.length === 1 ? known[0]! : null;
}

// A number, an optional year, then two to five symbol parts joined by - or / ("114-QĐ/TW", "22/KH-UBND").
const SYMBOL = /(?<![\p{L}\d])(\d{1,5}(?:\/\d{4})?)([-/])([\p{Lu}\d][\p{L}\d]{0,9}(?:[-/][\p{Lu}\d][\p{L}\d]{0,9}){1,4})(?![\p{L}\d])/gu;

// A space read inside a symbol part ("37-C T/TU").
const SPLIT_PART = /(?<![\p{L}\d])(\d{1,5}[-/])(\p{Lu}{1,5}) (\p{Lu}{1,5})(?=[-/]\p{Lu})/gu;

export function repairSymbols(text: string): { text: string; repaired: string[] } {
  const repaired: string[] = [];
  const joined = text.replace(SPLIT_PART, (whole, head: string, a: string, b: string) => {
    if (isKnownCode(a) || !isKnownCode(a + b)) return whole;
    repaired.push(`${head}${a}${b}… (đọc được: ${whole}…)`);
    return `${head}${a}${b}`;
  });
  const out = joined.replace(SYMBOL, (whole, num: string, sep: string, symbol: string) => {
    const parts = symbol.split(/([-/])/);
    let changed = false;
    const fixed = parts.map((p) => {
      if (p === '-' || p === '/' || /^\d+$/.test(p)) return p;
      const r = repairPart(p);
      if (r === null) return p;
      changed = true;
      return r;
    });
    if (!changed) return whole;
    const result = `${num}${sep}${fixed.join('')}`;
    repaired.push(`${result} (đọc được: ${whole})`);
    return result;
  });
  return { text: out, repaired };
}
