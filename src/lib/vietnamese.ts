/**
 * Vietnamese text, in one place: the two tone placements ("hoá"/"hóa", "uỷ"/"ủy")
 * and folding away diacritics ("Đảng ủy" → "dang uy"; the ASCII slug of anchors is made
 * from it, in src/lib/slug.ts). The citation grammar, the identity of cited documents, the importer,
 * anchors, search and the generator all use these; they had four copies of the
 * tone table and they disagreed (one knew "uỷ" but not "uỵ").
 *
 * Pure (no Node modules): the search client bundles it for the browser.
 */

/** Old placement (tone on the first vowel) and new (on the second), lower case, NFC. */
export const TONE_PLACEMENTS: ReadonlyArray<readonly [old: string, modern: string]> = [
  ['oá', 'óa'], ['oà', 'òa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
  ['oé', 'óe'], ['oè', 'òe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
  ['uý', 'úy'], ['uỳ', 'ùy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const TO_MODERN = new Map<string, string>();
for (const [old, modern] of TONE_PLACEMENTS) {
  TO_MODERN.set(old, modern);
  TO_MODERN.set(capital(old), capital(modern));
  TO_MODERN.set(old.toUpperCase(), modern.toUpperCase());
}
// One character class per first vowel, not an alternation of the 45 pairs: the same matches (a pair that is not in the
// table is left as it is), several times faster on long texts.
const classOf = (i: 0 | 1, first: string) => [...new Set([...TO_MODERN.keys()].filter((k) => k[0]!.toLowerCase() === first).map((k) => k[i]!))].join('');
const OLD_PLACEMENT = new RegExp(`[${classOf(0, 'o')}][${classOf(1, 'o')}]|[${classOf(0, 'u')}][${classOf(1, 'u')}]`, 'g');

/**
 * The new tone placement everywhere ("Hoà" → "Hòa", "uỷ ban" → "ủy ban"), so that both spellings
 * compare equal. Keeps the string's length: offsets in the result are offsets in the input.
 */
export function modernTone(s: string): string {
  return s.replace(OLD_PLACEMENT, (m) => TO_MODERN.get(m) ?? m);
}

const EITHER = new Map<string, string>();
for (const [old, modern] of TONE_PLACEMENTS) {
  EITHER.set(old, `(?:${old}|${modern})`);
  EITHER.set(modern, `(?:${old}|${modern})`);
}
const EITHER_PLACEMENT = new RegExp([...EITHER.keys()].join('|'), 'g');

/** Regex source matching a lower-case word in either tone placement ("hóa" → "h(?:oá|óa)"). */
export function eitherTone(word: string): string {
  return word.replace(EITHER_PLACEMENT, (m) => EITHER.get(m) ?? m);
}

const MARKS = /\p{M}/gu;
const D_BAR = /[đĐ]/g;

/** Lower case, tone and vowel marks removed, đ → d: "Đảng ủy" → "dang uy". */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(D_BAR, 'd').toLowerCase();
}

/** A PDF font's "Ƣ"/"ƣ" (Latin OI, never written in Vietnamese) read as the "Ư"/"ư" it stands for. */
export function oiAsU(s: string): string {
  return s.replace(/\u01a2/g, 'Ư').replace(/\u01a3/g, 'ư');
}
