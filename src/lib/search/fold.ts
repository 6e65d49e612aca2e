/**
 * Vietnamese diacritics for search.
 *
 * Pagefind folds tone and vowel marks by stripping Unicode combining marks, but
 * `đ`/`Đ` are letters of their own (U+0111/U+0110), so "dot pha" never meets
 * "đột phá". The index therefore stores `đ` as `d` + U+0335 (COMBINING SHORT
 * STROKE OVERLAY): Pagefind strips the overlay like any other mark when folding
 * ("d̵ột" → "dot"), yet keeps it for its exact-diacritics comparison, so "đột"
 * still ranks above "dot". Everything shown to readers goes back through
 * `fromIndexForm`.
 */
import { foldDiacritics } from '../vietnamese.ts';

/** The mark that stands in for the bar of đ inside the index. */
export const STROKE = '\u0335';

const TO_INDEX = /[đĐ]/g;
const FROM_INDEX = /([dD])\u0335/g;

/** NFC text with đ/Đ written as d/D + U+0335, the form the index holds. */
export function toIndexForm(text: string): string {
  return text.normalize('NFC').replace(TO_INDEX, (c) => (c === 'đ' ? `d${STROKE}` : `D${STROKE}`));
}

/** Undoes `toIndexForm` (for titles, excerpts, filter values read back from the index). */
export function fromIndexForm(text: string): string {
  return text.replace(FROM_INDEX, (_, d: string) => (d === 'd' ? 'đ' : 'Đ')).normalize('NFC');
}

/** Folds one NFC character: "ộ" → "o", "Đ" → "d"; combining marks alone fold to "". */
const foldChar = foldDiacritics;

export interface Aligned {
  folded: string;
  /** For each UTF-16 index of `folded`, the index in the NFC source it came from. */
  source: number[];
  /** The NFC source the indices point into. */
  nfc: string;
}

/**
 * Folds and keeps, for every folded character, where it came from, so that a
 * match found in the folded text (a document number inside a query) can be cut
 * out of the original text with its diacritics intact.
 */
export function foldAligned(text: string): Aligned {
  const nfc = text.normalize('NFC');
  let folded = '';
  const source: number[] = [];
  let i = 0;
  for (const c of nfc) {
    const f = foldChar(c);
    for (let k = 0; k < f.length; k++) source.push(i);
    folded += f;
    i += c.length;
  }
  return { folded, source, nfc };
}

/** True when the text carries any Vietnamese mark or đ (so exact matches can be preferred). */
export function hasDiacritics(text: string): boolean {
  const nfc = text.normalize('NFC');
  return foldDiacritics(nfc) !== nfc.toLowerCase();
}
