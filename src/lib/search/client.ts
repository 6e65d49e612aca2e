/**
 * Browser side of search: loads Pagefind's JS API (/pagefind/pagefind.js) and
 * the shard manifest (shards.ts) on first use, merges shards in as searches need
 * them, runs a query plan (plan.ts) and returns results in display order
 * (merge.ts) with lazily loaded details for each result. A search over several
 * shards reports what the first ones found before the rest are searched.
 */
import { fromIndexForm, toIndexForm } from './fold.ts';
import { bestSubResult, parseExcerpt, type Segment, type SubResult } from './excerpt.ts';
import { pageHasWords, queryWords } from './fallback.ts';
import { mergeTiers, TITLE_WORDS, titleFirst, titleHolds, type Hit } from './merge.ts';
import { planSearch, type SearchPlan } from './plan.ts';
import { NUMBER_FIELD } from './numbers.ts';
import { FILTER_KEYS, type FilterKey, type SearchState } from './state.ts';
import { MANIFEST_FILE, numberBucket, NUMBERS_DIR, WARM_UP, shardsForKeys, shardsToSearch, type NumberBucket, type ShardManifest } from './shards.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: Array<SubResult & { title: string }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
type PagefindFilters = Record<string, { any: string[] }>;
interface PagefindInstance {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** `indexes`: base paths of the merged indexes to search (pagefind-patch.ts). */
  search(
    term: string | null,
    o: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'>; indexes: string[] },
  ): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
}
interface PagefindModule {
  createInstance(o: Record<string, unknown>): PagefindInstance;
}

export interface ResultView {
  id: string;
  /** Page URL, with the anchor of the best-matching section when there is one. */
  url: string;
  title: string;
  docType: string | null;
  /** "57-NQ/TW", "24/2018/QĐ-UBND". */
  numberSymbol: string | null;
  /** ISO date. */
  date: string | null;
  issuer: string | null;
  /** "Có toàn văn" / "Chỉ được dẫn chiếu". */
  status: string | null;
  /** Whether it is in force, as the collection says ("Bị thay thế hoặc hết hiệu lực", "Chưa rõ hiệu lực"). */
  effect: string | null;
  /** The page's status headline ("Bị thay thế bởi Quyết định số … từ …") and the sentence that says it. */
  effectLine: string | null;
  effectSentence: string | null;
  /** Heading of the matching section ("II. NỘI DUNG"), when not the page top. */
  section: string | null;
  excerpt: Segment[];
  /** Found by its own number. */
  byNumber: boolean;
}

export type FilterCounts = Record<FilterKey, Array<{ value: string; count: number }>>;

export interface SearchOutcome {
  plan: SearchPlan;
  ids: string[];
  /**
   * Per filter, the count of results for each value (display form). Resolves
   * after the results: the filter index loads in the background.
   */
  counts(): Promise<FilterCounts>;
  load(id: string): Promise<ResultView>;
  /** Milliseconds spent in Pagefind for this search (loading included). */
  ms: number;
  /** False while shards this search needs are still to be searched (a first answer). */
  complete: boolean;
}

export interface SearchOptions {
  /**
   * Called with the newest shard's answer when more shards are still to be
   * searched (and it found something); the search goes on when it resolves.
   */
  onFirst?: (outcome: SearchOutcome) => void | Promise<void>;
  /** Checked between steps: a search that is no longer wanted stops early (its promise rejects with StaleSearch). */
  isStale?: () => boolean;
}

/** Thrown when a search stopped because `isStale()` said so. */
export class StaleSearch extends Error {}

const BASE = '/pagefind/';
/** Results a first answer must get right: the search page shows ten at a time. */
const FIRST_PAGE = 10;
// The main thread is fast enough here and a worker would cost ~40 KB more.
// pageLength 0.1: a short cited-only stub should not outrank the full document on length alone.
const INDEX_OPTIONS = { baseUrl: '/', excerptLength: 28, ranking: { pageLength: 0.1 } };

interface Engine {
  pf: PagefindInstance;
  manifest: ShardManifest;
  merged: Map<string, Promise<void>>;
  buckets: Map<number, Promise<NumberBucket>>;
  filtersLoaded: Promise<unknown> | null;
  /** How many shards were merged when the filters were last loaded. */
  filtersMerged: number;
}
let engine: Promise<Engine> | null = null;
/** Marked (performance.mark) once the engine, the newest shard and the warm-up are done. */
export const READY_MARK = 'can-cu:search-ready';
/** Set as soon as a search is asked for: the warm-up then gives way. */
let searchAsked = false;

const shardPath = (id: string): string => `${BASE}${id}/`;

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${res.status} ${url}`);
  return (await res.json()) as T;
}

function readManifest(m: ShardManifest): ShardManifest {
  if (m?.version !== 2 || !Array.isArray(m.shards)) throw new Error(`${BASE}${MANIFEST_FILE}: không đúng định dạng`);
  return m;
}

/** Merges shards into the instance (once each); resolves when all are ready to search. */
function merge(e: Engine, ids: readonly string[]): Promise<unknown> {
  return Promise.all(
    ids.map((id) => {
      let p = e.merged.get(id);
      if (!p) {
        p = e.pf.mergeIndex(shardPath(id), { ...INDEX_OPTIONS, metaCacheTag: e.manifest.build });
        e.merged.set(id, p);
      }
      return p;
    }),
  );
}

/**
 * Starts loading Pagefind, the manifest and the newest shard (called on focus,
 * and when the search page opens, so the first search is quick).
 */
export function loadSearch(): Promise<Engine> {
  if (!engine) {
    const url = `${BASE}pagefind.js`;
    engine = Promise.all([import(/* @vite-ignore */ url) as Promise<PagefindModule>, fetchJson<ShardManifest>(`${BASE}${MANIFEST_FILE}`)])
      .then(async ([mod, raw]) => {
        const manifest = readManifest(raw);
        const pf = mod.createInstance({ basePath: BASE, noWorker: true, metaCacheTag: manifest.build, ...INDEX_OPTIONS });
        await pf.init();
        const e: Engine = { pf, manifest, merged: new Map(), buckets: new Map(), filtersLoaded: null, filtersMerged: 0 };
        if (manifest.shards[0]) void merge(e, [manifest.shards[0].id]).catch(() => undefined);
        // A few searches of the root index's one page (a few KB) while the reader types:
        // the engine's first searches are slow, and they should not be the reader's.
        // Not when a search is already asked for (a shared link): it would wait for them.
        setTimeout(
          () =>
            void serial(async () => {
              await e.merged.get(manifest.shards[0]?.id ?? '');
              for (const w of WARM_UP) {
                if (searchAsked) return;
                await pf.options({ exactDiacritics: w.exactDiacritics });
                const r = await pf.search(toIndexForm(w.term), { indexes: [BASE] });
                await r?.results[0]?.data();
              }
            })
              .catch(() => undefined)
              // For the benchmark: from here a search pays only for itself.
              .finally(() => performance.mark(READY_MARK)),
          0,
        );
        return e;
      })
      .catch((err: unknown) => {
        engine = null;
        throw new Error(`Không tải được bộ tìm kiếm (${(err as Error).message ?? err})`);
      });
  }
  return engine;
}

/** Pages per shard holding a document whose number key starts with one of `keys`. */
async function numberShards(e: Engine, keys: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const key of keys) {
    const b = numberBucket(key, e.manifest.numberBuckets);
    let bucket = e.buckets.get(b);
    if (!bucket) {
      // A bucket no key fell into is not written.
      bucket = fetch(`${BASE}${NUMBERS_DIR}/${b}.json`).then((r) => (r.ok ? (r.json() as Promise<NumberBucket>) : {}));
      e.buckets.set(b, bucket);
    }
    for (const [s, n] of shardsForKeys(await bucket, [key])) out.set(s, Math.max(out.get(s) ?? 0, n));
  }
  return out;
}

// exactDiacritics is an instance option: searches run one at a time.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

/** Loads every filter's values for every shard merged so far (a shard merged later needs them loaded again). */
function loadFilters(e: Engine): Promise<unknown> {
  if (!e.filtersLoaded || e.filtersMerged !== e.merged.size) {
    e.filtersMerged = e.merged.size;
    e.filtersLoaded = Promise.all([...e.merged.values()]).then(() => serial(() => e.pf.filters()));
  }
  return e.filtersLoaded;
}

/** Counts per filter value, summed over shards. */
function sumFilters(all: Array<Record<string, Record<string, number>> | undefined>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const one of all) {
    for (const [key, values] of Object.entries(one ?? {})) {
      const into = (out[key] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return out;
}

function pagefindFilters(state: SearchState): PagefindFilters {
  const out: PagefindFilters = {};
  for (const key of FILTER_KEYS) {
    if (state.filters[key].length) out[key] = { any: state.filters[key].map(toIndexForm) };
  }
  return out;
}

function counts(response: PagefindResponse, state: SearchState): FilterCounts {
  const out = { loai: [], 'co-quan': [], nam: [], 'trang-thai': [], 'hieu-luc': [] } as FilterCounts;
  for (const key of FILTER_KEYS) {
    const values = response.filters[key] ?? {};
    const list = Object.entries(values)
      .map(([value, count]) => ({ value: fromIndexForm(value), count }))
      .filter((v) => v.count > 0 || state.filters[key].includes(v.value));
    list.sort((a, b) =>
      key === 'nam' ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value, 'vi'),
    );
    out[key] = list;
  }
  return out;
}

const meta = (d: PagefindData, k: string): string | null => {
  const v = d.meta[k];
  return v === undefined || v.trim() === '' ? null : fromIndexForm(v.trim());
};

/** A page's (first) value of a filter, read back from the index's form. */
const filterValue = (d: PagefindData, k: string): string | null => {
  const v = d.filters[k]?.[0];
  return v ? fromIndexForm(v) : null;
};

function view(id: string, d: PagefindData, byNumber: boolean): ResultView {
  const best = bestSubResult(d.sub_results ?? []);
  const anchored = best && best.url.includes('#') ? best : null;
  return {
    id,
    url: anchored ? anchored.url : d.url,
    title: meta(d, 'title') ?? d.url,
    docType: meta(d, 'docType'),
    // Written by the build for every page with a number (build-index.ts, indexedNumber).
    numberSymbol: meta(d, NUMBER_FIELD),
    date: meta(d, 'date'),
    issuer: meta(d, 'issuer'),
    status: filterValue(d, 'trang-thai'),
    effect: filterValue(d, 'hieu-luc'),
    effectLine: filterValue(d, 'hieu-luc-dong'),
    effectSentence: filterValue(d, 'hieu-luc-cau'),
    section: anchored ? fromIndexForm(anchored.title) : null,
    excerpt: parseExcerpt((best ?? { excerpt: d.excerpt }).excerpt),
    byNumber,
  };
}

export async function search(state: SearchState, options: SearchOptions = {}): Promise<SearchOutcome> {
  searchAsked = true;
  const e = await loadSearch();
  const started = performance.now();
  const plan = planSearch(state.q);
  const numberedShards = plan.number ? await numberShards(e, plan.number.keys) : new Map<string, number>();
  const { first, numberedFirst, numbered, rest } = shardsToSearch(e.manifest.shards, state.filters.nam, numberedShards, FIRST_PAGE);
  const check = (): void => {
    if (options.isStale?.()) throw new StaleSearch('search no longer wanted');
  };
  check();
  if (rest.length === 0) {
    await merge(e, [...first, ...numbered]);
    check();
    return searchShards(e, plan, state, { text: first, numbered }, started, true, false, check);
  }
  await merge(e, [...first, ...numberedFirst]);
  check();
  const firstAnswer = await searchShards(e, plan, state, { text: first, numbered: numberedFirst }, started, false, false, check);
  // The first answer is drawn before the other shards are fetched, so they do not compete with it.
  if (firstAnswer.ids.length) await options.onFirst?.(firstAnswer);
  check();
  await merge(e, [...rest, ...numbered]);
  check();
  // Loaded before the last search, so that its answer carries the counts per filter value.
  await loadFilters(e);
  check();
  return searchShards(e, plan, state, { text: [...first, ...rest], numbered }, started, true, true, check);
}

/** Runs the whole plan over the given (merged) shards. */
async function searchShards(
  e: Engine,
  plan: SearchPlan,
  state: SearchState,
  among: { text: string[]; numbered: string[] },
  started: number,
  /** Every shard the search needs is among these (else this is a first answer). */
  complete: boolean,
  filtersReady: boolean,
  check: () => void,
): Promise<SearchOutcome> {
  const pf = e.pf;
  const indexes = among.text.map(shardPath);
  const numbered = among.numbered.map(shardPath);
  const filters = pagefindFilters(state);
  // A page's excerpt and anchor come from the strictest search that found it
  // (a phrase search highlights the phrase, not every scattered word).
  const dataOf = new Map<string, { rank: number; data: () => Promise<PagefindData> }>();
  // Whether a shard really holds every word of a term (fallback.ts), per shard and term.
  const holds = new Map<string, Promise<boolean>>();
  const shardHolds = (shard: string, term: string, best: PagefindResult): Promise<boolean> => {
    const key = `${shard}\n${term}`;
    let p = holds.get(key);
    if (!p) {
      const words = queryWords(term);
      p = words.length ? best.data().then((d) => pageHasWords({ content: d.content, meta: d.meta }, words)) : Promise.resolve(true);
      holds.set(key, p);
    }
    return p;
  };
  /**
   * One Pagefind search over the given shards, shard by shard. `raw` holds every
   * shard's answer as Pagefind gave it; `settle()` leaves out the shards that fell
   * back to a shorter word (fallback.ts; checked from each shard's best page,
   * fetched meanwhile), orders by score (or puts date-sorted answers end to end,
   * newest shard first) and sums the counts per filter value.
   */
  const run = async (
    term: string | null,
    exactDiacritics: boolean,
    rank: number,
    byDate = false,
    shardPaths: string[] = indexes,
    checkWords = true,
  ): Promise<{ raw: PagefindResult[]; settle: () => Promise<PagefindResponse> }> => {
    check();
    const parts: Array<{ response: PagefindResponse; holds: Promise<boolean> }> = [];
    if (shardPaths.length) await pf.options({ exactDiacritics });
    for (const one of shardPaths) {
      const response = await pf.search(term, byDate ? { filters, sort: { date: 'desc' }, indexes: [one] } : { filters, indexes: [one] });
      if (!response) continue;
      // Quoted phrases match whole words only, and have no fallback.
      const fallible = checkWords && term !== null && !term.startsWith('"') && response.results.length > 0;
      parts.push({ response, holds: fallible ? shardHolds(one, term, response.results[0]!) : Promise.resolve(true) });
    }
    for (const x of parts.flatMap((p) => p.response.results)) {
      const known = dataOf.get(x.id);
      // (Loaded once: the title-first rule and the result's view read the same data.)
      let loaded: Promise<PagefindData> | null = null;
      if (!known || known.rank > rank) dataOf.set(x.id, { rank, data: () => (loaded ??= x.data()) });
    }
    let settled: Promise<PagefindResponse> | null = null;
    return {
      raw: parts.flatMap((p) => p.response.results),
      settle: () =>
        (settled ??= Promise.all(parts.map((p) => p.holds)).then((holds) => {
          const kept = parts.filter((_, i) => holds[i]).map((p) => p.response);
          const results = kept.flatMap((p) => p.results);
          // Pagefind's own merge of several indexes orders by score; the shards hold
          // disjoint dates, newest first, so date-sorted answers stay end to end.
          if (!byDate) results.sort((x, y) => y.score - x.score);
          return { results, filters: sumFilters(kept.map((p) => p.filters)), totalFilters: sumFilters(kept.map((p) => p.totalFilters)) };
        })),
    };
  };
  const settled = async (pending: Promise<{ settle: () => Promise<PagefindResponse> }>): Promise<PagefindResponse> => (await pending).settle();
  const NUMBER_RANK = 99;
  const REST_RANK = 50;
  const hits = (r: PagefindResponse): Hit[] => r.results.map((x) => ({ id: x.id, score: x.score }));

  return serial(async () => {
    let ids: string[];
    let widest: PagefindResponse;
    const numberIds = new Set<string>();
    // Pagefind leaves pages without a date out of date-sorted answers, so those
    // come from an unsorted search and go last.
    const byDate = async (term: string | null, exact: boolean, rank: number): Promise<[string[], PagefindResponse]> => {
      const sorted = await settled(run(term, exact, rank, true));
      const all = await settled(run(term, exact, rank));
      return [[...new Set([...hits(sorted).map((h) => h.id), ...hits(all).map((h) => h.id)])], all];
    };
    if (plan.tiers.length === 0) {
      // No words: browse by filters, newest first.
      [ids, widest] = await byDate(null, false, 0);
    } else {
      const numberHits: Hit[] = [];
      for (const key of plan.number?.keys ?? []) {
        // Only the shards the number table names hold the number (the others would fetch index chunks for nothing).
        for (const h of hits(await settled(run(key, false, NUMBER_RANK, false, numbered, false)))) {
          if (!numberIds.has(h.id)) numberHits.push(h);
          numberIds.add(h.id);
        }
      }
      const last = plan.tiers[plan.tiers.length - 1]!;
      if (state.sort === 'date') {
        const [sorted, all] = await byDate(last.term, last.exactDiacritics, plan.tiers.length - 1);
        widest = all;
        ids = [...new Set([...numberHits.map((h) => h.id), ...sorted])];
      } else {
        // The shards' best pages are fetched (to check for fallback) while the stricter tiers run.
        const wide = await run(last.term, last.exactDiacritics, plan.tiers.length - 1);
        const strict: Array<Promise<PagefindResponse>> = [];
        // Strict tiers only matter when the widest search found more than one page.
        if (wide.raw.length > 1) {
          const seen = new Set(numberHits.map((h) => h.id));
          for (const [i, tier] of plan.tiers.slice(0, -1).entries()) {
            const tierRun = await run(tier.term, tier.exactDiacritics, i);
            strict.push(tierRun.settle());
            for (const x of tierRun.raw) seen.add(x.id);
            // A first answer shows one page: once the stricter tiers fill it, the looser
            // ones could only add results below it (merge.ts lists tier after tier).
            if (!complete && seen.size >= FIRST_PAGE) break;
          }
        }
        widest = await wide.settle();
        const text: Hit[][] = (await Promise.all(strict)).map(hits);
        text.push(hits(widest));
        const rest =
          plan.restTerm !== null && numberHits.length
            ? hits(await settled(run(plan.restTerm, false, REST_RANK, false, [...new Set([...indexes, ...numbered])])))
            : null;
        ids = mergeTiers({ number: numberHits, rest, text });
        // A document whose title holds the reader's words, in order, comes first after the numbered ones; looked
        // for among the first page's results, whose data the page loads to show them anyway.
        const words = queryWords(plan.query.replace(/^"|"$/g, ''));
        if (words.length >= TITLE_WORDS) {
          const head = ids.slice(0, FIRST_PAGE).filter((id) => !numberIds.has(id) && dataOf.has(id));
          const titles = await Promise.all(head.map((id) => dataOf.get(id)!.data().then((d) => meta(d, 'title') ?? '')));
          ids = titleFirst(ids, new Set(head.filter((_, i) => titleHolds(titles[i]!, words))), numberIds);
        }
      }
    }
    const views = new Map<string, Promise<ResultView>>();
    return {
      plan,
      ids,
      counts: async () => {
        if (filtersReady) return counts(widest, state);
        await loadFilters(e);
        // Same search again (its index chunks are loaded): now with every filter's counts.
        const widestTerm = plan.tiers[plan.tiers.length - 1] ?? null;
        let again: PagefindResponse;
        try {
          again = await serial(() => settled(run(widestTerm?.term ?? null, widestTerm?.exactDiacritics ?? false, Number.MAX_SAFE_INTEGER)));
        } catch (err) {
          // A newer search began: these counts are no longer shown anyway.
          if (err instanceof StaleSearch) return counts(widest, state);
          throw err;
        }
        return counts(again, state);
      },
      ms: Math.round(performance.now() - started),
      complete,
      load(id: string): Promise<ResultView> {
        let v = views.get(id);
        if (!v) {
          const found = dataOf.get(id);
          if (!found) return Promise.reject(new Error(`no result ${id}`));
          v = found.data().then((d) => view(id, d, numberIds.has(id)));
          views.set(id, v);
        }
        return v;
      },
    };
  });
}

