/**
 * Puts the answers of a search plan's several Pagefind searches into one list.
 * Pure, so the ordering rules are tested without a browser.
 */
import { queryWords } from './fallback.ts';

export interface Hit {
  /** Pagefind's result id (one per page). */
  id: string;
  score: number;
}

export interface TierResults {
  /** Documents whose own number is the query's number. */
  number: Hit[];
  /** Pages matching the words besides the number, when there are any. */
  rest: Hit[] | null;
  /** One list per text tier, strict to loose; the last is the widest. */
  text: Hit[][];
}

function byScore(hits: Hit[], base: Map<string, number>): Hit[] {
  return [...hits].sort(
    (a, b) => (base.get(b.id) ?? b.score) - (base.get(a.id) ?? a.score) || a.id.localeCompare(b.id),
  );
}

/**
 * Ids in display order: the numbered document(s) first (only those that also
 * match the other words, when the reader typed other words: they come last
 * otherwise), then each text tier in turn. Inside a tier, pages keep the widest
 * search's score (Pagefind gives phrase matches a flat score), so a tier's
 * order still follows how often and where the words occur.
 */
export function mergeTiers(r: TierResults): string[] {
  const widest = r.text[r.text.length - 1] ?? [];
  const base = new Map(widest.map((h) => [h.id, h.score]));
  const out: string[] = [];
  const seen = new Set<string>();
  const take = (hits: Hit[]): void => {
    for (const h of byScore(hits, base)) {
      if (!seen.has(h.id)) {
        seen.add(h.id);
        out.push(h.id);
      }
    }
  };
  let late: Hit[] = [];
  if (r.rest === null) {
    take(r.number);
  } else {
    const restIds = new Set(r.rest.map((h) => h.id));
    const restScore = new Map(r.rest.map((h) => [h.id, h.score]));
    take(r.number.filter((h) => restIds.has(h.id)).map((h) => ({ id: h.id, score: restScore.get(h.id) ?? 0 })));
    late = r.number.filter((h) => !restIds.has(h.id));
  }
  for (const tier of r.text) take(tier);
  take(late);
  return out;
}

/**
 * Whether a title holds the query's words side by side and in order (folded, punctuation aside: "định mức thu
 * chế độ thu" is in "QUY ĐỊNH MỨC THU, CHẾ ĐỘ THU, NỘP"); the last word may be the start of one ("quốc" of "quốc gia"
 * is whole, "qu" would do). Four words at least: fewer are a name or a topic ("Viện kiểm sát", "chuyển đổi số"), which
 * many titles hold and where how much a page says of it ranks better; four or more are a piece of one title.
 */
export const TITLE_WORDS = 4;

export function titleHolds(title: string, words: readonly string[]): boolean {
  if (words.length < TITLE_WORDS) return false;
  const t = queryWords(title.replace(/[^\p{L}\p{N}]+/gu, ' '));
  for (let i = 0; i + words.length <= t.length; i++) {
    let k = 0;
    while (k < words.length && (t[i + k] === words[k] || (k === words.length - 1 && t[i + k]!.startsWith(words[k]!)))) k++;
    if (k === words.length) return true;
  }
  return false;
}

/**
 * The ids again with those in `first` moved up to follow the numbered ones, each group in its order: a document
 * whose own title holds the reader's words comes before pages that only use them.
 */
export function titleFirst(ids: readonly string[], first: ReadonlySet<string>, numbered: ReadonlySet<string>): string[] {
  const lead = ids.filter((id) => numbered.has(id));
  const titled = ids.filter((id) => !numbered.has(id) && first.has(id));
  const rest = ids.filter((id) => !numbered.has(id) && !first.has(id));
  return [...lead, ...titled, ...rest];
}
