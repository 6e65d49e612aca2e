/**
 * What to ask Pagefind for one query, and in which order to trust the answers.
 *
 * Pagefind ranks words, not phrases, and folds diacritics, so "chuyen doi so"
 * also finds "chuyên đề … Sở". We run a few searches from strict to loose and
 * list the strict answers first:
 *
 *   number      the document whose own number the query is ("57-NQ/TW", "nq 57")
 *   phrase+dia  the words side by side, with the reader's diacritics (if typed)
 *   words+dia   all the words, with the reader's diacritics (if typed)
 *   phrase      the words side by side, diacritics folded
 *   words       all the words, diacritics folded (the widest: gives scores and counts)
 */
import { hasDiacritics, toIndexForm } from './fold.ts';
import { KEY_PREFIX, parseNumberQuery, type NumberQuery } from './numbers.ts';

export type TierKind = 'phrase-exact' | 'words-exact' | 'phrase' | 'words';

export interface TextTier {
  kind: TierKind;
  /** The term as Pagefind takes it (index form, quoted for phrases). */
  term: string;
  /** Pagefind's exactDiacritics option for this search. */
  exactDiacritics: boolean;
}

export interface SearchPlan {
  /** The query as typed, whitespace collapsed; '' lists everything (filters only). */
  query: string;
  number: NumberQuery | null;
  /** Search for the words besides the number (index form), or null. */
  restTerm: string | null;
  /** Strict to loose; the last one is the widest. Empty for an empty query. */
  tiers: TextTier[];
  /** The reader typed diacritics (exact matches are listed first). */
  accented: boolean;
}

const QUOTED = /^"(.+)"$/s;

export function planSearch(raw: string): SearchPlan {
  const query = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (query === '' || query === '""') {
    return { query: '', number: null, restTerm: null, tiers: [], accented: false };
  }
  const quoted = QUOTED.exec(query);
  const typed = (quoted ? quoted[1]! : query).replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  const number = quoted ? null : parseNumberQuery(typed);
  // A number searched for as its symbol writes it: "Nghị quyết 57" looks for the words "nq 57", as "NQ57" and "nq 57" do.
  const text = number ? number.words : typed;
  const accented = hasDiacritics(text);
  const indexText = toIndexForm(text);
  const multi = text.includes(' ');
  const tiers: TextTier[] = [];
  const phrase = `"${indexText}"`;
  if (quoted) {
    if (accented) tiers.push({ kind: 'phrase-exact', term: phrase, exactDiacritics: true });
    tiers.push({ kind: 'phrase', term: phrase, exactDiacritics: false });
    return { query, number: null, restTerm: null, tiers, accented };
  }
  if (accented && multi) tiers.push({ kind: 'phrase-exact', term: phrase, exactDiacritics: true });
  if (accented) tiers.push({ kind: 'words-exact', term: indexText, exactDiacritics: true });
  if (multi) tiers.push({ kind: 'phrase', term: phrase, exactDiacritics: false });
  // "NQ57" is "NQ 57" typed fast: the widest tier reads a number glued to letters apart,
  // so every spelling of a number finds the same documents, not only the number key's.
  let spaced = number ? text.replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2 ') : text;
  // Numbers one to nine are written "05-CT/TW", "02/CT-UBND" in the texts that cite them: "5-CT/TW" and "ct 5" look for
  // those words too (the number key already ignores leading zeros).
  const digit = number ? new RegExp(`^${KEY_PREFIX}(\\d)z`).exec(number.keys[0] ?? '')?.[1] : undefined;
  if (digit) spaced = spaced.replace(new RegExp(`(?<![\\p{N}])0*${digit}(?![\\p{N}])`, 'u'), `0${digit}`);
  tiers.push({ kind: 'words', term: spaced === text ? indexText : toIndexForm(spaced), exactDiacritics: false });
  const restTerm = number && number.rest !== '' ? toIndexForm(number.rest) : null;
  return { query, number, restTerm, tiers, accented };
}
