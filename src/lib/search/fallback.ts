/**
 * Pagefind matches each query word by the indexed words that start with it;
 * when none does, it falls back to the longest indexed word the query word
 * starts with ("covid" → "co", matching "có" and "cơ"). On one index over the
 * whole collection that is a typo allowance. On a shard that happens not to hold
 * the word, it is noise: every page with "có" answers "covid". A shard's answer
 * is kept only if its best page holds, for every query word, a word starting
 * with it: in a shard that fell back, no page does (or there would have been
 * no fallback). Pure, so the rule is tested without a browser.
 */
import { foldDiacritics } from '../vietnamese.ts';

/** The query's words as compared here: folded ("đột" → "dot"), letters and digits only. */
export function queryWords(term: string): string[] {
  return term
    .split(/\s+/)
    .map((w) => foldDiacritics(w).replace(/[^a-z0-9]/g, ''))
    .filter((w) => w !== '');
}

/** The words of a page's text and metadata, folded, both split at and joined over punctuation ("COVID-19" → covid, 19, covid19). */
function pageWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of foldDiacritics(text).split(/\s+/)) {
    const joined = raw.replace(/[^a-z0-9]/g, '');
    if (joined) out.add(joined);
    for (const part of raw.split(/[^a-z0-9]+/)) if (part) out.add(part);
  }
  return out;
}

export interface PageText {
  content: string;
  meta: Record<string, string | undefined>;
}

/** True when the page holds, for each query word, a word that starts with it. */
export function pageHasWords(page: PageText, words: readonly string[]): boolean {
  const have = pageWords(`${page.content} ${Object.values(page.meta).join(' ')}`);
  return words.every((w) => {
    for (const h of have) if (h.startsWith(w)) return true;
    return false;
  });
}
