/**
 * Browser side of search: loads Pagefind's JS API (/pagefind/pagefind.js) on
 * first use, runs a query plan (plan.ts) and returns results in display order
 * (merge.ts) with lazily loaded details for each result.
 */
import { fromIndexForm, toIndexForm } from './fold.ts';
import { bestSubResult, parseExcerpt, type Segment, type SubResult } from './excerpt.ts';
import { mergeTiers, type Hit } from './merge.ts';
import { planSearch, type SearchPlan } from './plan.ts';
import { displayNumber, NUMBER_FIELD } from './numbers.ts';
import { FILTER_KEYS, type FilterKey, type SearchState } from './state.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
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
  search(term: string | null, o?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
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
  /** "Trong bộ sưu tập" / "Chỉ được dẫn chiếu". */
  status: string | null;
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
}

const BASE = '/pagefind/';
let instance: Promise<PagefindInstance> | null = null;
let filtersLoaded: Promise<unknown> | null = null;

/** Starts loading Pagefind (called on focus so the first search is quick). */
export function loadSearch(): Promise<PagefindInstance> {
  if (!instance) {
    const url = `${BASE}pagefind.js`;
    instance = (import(/* @vite-ignore */ url) as Promise<PagefindModule>)
      .then(async (mod) => {
        // The main thread is fast enough here and a worker would cost ~40 KB more.
        // pageLength 0.1: a short cited-only stub should not outrank the full document on length alone.
        const pf = mod.createInstance({ basePath: BASE, baseUrl: '/', excerptLength: 28, noWorker: true, ranking: { pageLength: 0.1 } });
        await pf.init();
        return pf;
      })
      .catch((e: unknown) => {
        instance = null;
        throw new Error(`Không tải được bộ tìm kiếm (${(e as Error).message ?? e})`);
      });
  }
  return instance;
}

// exactDiacritics is an instance option: searches run one at a time.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

function pagefindFilters(state: SearchState): PagefindFilters {
  const out: PagefindFilters = {};
  for (const key of FILTER_KEYS) {
    if (state.filters[key].length) out[key] = { any: state.filters[key].map(toIndexForm) };
  }
  return out;
}

function counts(response: PagefindResponse | null, state: SearchState): FilterCounts {
  const out = { loai: [], 'co-quan': [], nam: [], 'trang-thai': [] } as FilterCounts;
  for (const key of FILTER_KEYS) {
    const values = response?.filters[key] ?? {};
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

function view(id: string, d: PagefindData, byNumber: boolean): ResultView {
  const best = bestSubResult(d.sub_results ?? []);
  const anchored = best && best.url.includes('#') ? best : null;
  return {
    id,
    url: anchored ? anchored.url : d.url,
    title: meta(d, 'title') ?? d.url,
    docType: meta(d, 'docType'),
    numberSymbol: meta(d, NUMBER_FIELD) ?? displayNumber(meta(d, 'number'), meta(d, 'symbol'), null),
    date: meta(d, 'date'),
    issuer: meta(d, 'issuer'),
    status: d.filters['trang-thai']?.[0] ? fromIndexForm(d.filters['trang-thai'][0]) : null,
    section: anchored ? fromIndexForm(anchored.title) : null,
    excerpt: parseExcerpt((best ?? { excerpt: d.excerpt }).excerpt),
    byNumber,
  };
}

export async function search(state: SearchState): Promise<SearchOutcome> {
  const pf = await loadSearch();
  const started = performance.now();
  const plan = planSearch(state.q);
  const filters = pagefindFilters(state);
  // A page's excerpt and anchor come from the strictest search that found it
  // (a phrase search highlights the phrase, not every scattered word).
  const dataOf = new Map<string, { rank: number; data: () => Promise<PagefindData> }>();
  const run = async (term: string | null, exactDiacritics: boolean, rank: number, byDate = false): Promise<PagefindResponse | null> => {
    await pf.options({ exactDiacritics });
    const r = await pf.search(term, byDate ? { filters, sort: { date: 'desc' } } : { filters });
    for (const x of r?.results ?? []) {
      const known = dataOf.get(x.id);
      if (!known || known.rank > rank) dataOf.set(x.id, { rank, data: () => x.data() });
    }
    return r;
  };
  const NUMBER_RANK = 99;
  const REST_RANK = 50;
  const hits = (r: PagefindResponse | null): Hit[] => (r?.results ?? []).map((x) => ({ id: x.id, score: x.score }));

  return serial(async () => {
    let ids: string[];
    let widest: PagefindResponse | null;
    const numberIds = new Set<string>();
    // Pagefind leaves pages without a date out of date-sorted answers, so those
    // come from an unsorted search and go last.
    const byDate = async (term: string | null, exact: boolean, rank: number): Promise<[string[], PagefindResponse | null]> => {
      const sorted = await run(term, exact, rank, true);
      const all = await run(term, exact, rank);
      return [[...new Set([...hits(sorted).map((h) => h.id), ...hits(all).map((h) => h.id)])], all];
    };
    if (plan.tiers.length === 0) {
      // No words: browse by filters, newest first.
      [ids, widest] = await byDate(null, false, 0);
    } else {
      const numberHits: Hit[] = [];
      for (const key of plan.number?.keys ?? []) {
        for (const h of hits(await run(key, false, NUMBER_RANK))) {
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
        widest = await run(last.term, last.exactDiacritics, plan.tiers.length - 1);
        const text: Hit[][] = [];
        // Strict tiers only matter when the widest search found more than one page.
        if ((widest?.results.length ?? 0) > 1) {
          for (const [i, tier] of plan.tiers.slice(0, -1).entries()) text.push(hits(await run(tier.term, tier.exactDiacritics, i)));
        }
        text.push(hits(widest));
        const rest = plan.restTerm !== null && numberHits.length ? hits(await run(plan.restTerm, false, REST_RANK)) : null;
        ids = mergeTiers({ number: numberHits, rest, text });
      }
    }
    const views = new Map<string, Promise<ResultView>>();
    return {
      plan,
      ids,
      counts: async () => {
        // Every filter's values, loaded once on first need, so searches report counts per value.
        filtersLoaded ??= serial(() => pf.filters());
        await filtersLoaded;
        // Same search again (its index chunks are loaded): now with every filter's counts.
        const widestTerm = plan.tiers[plan.tiers.length - 1] ?? null;
        const again = await serial(async () => {
          await pf.options({ exactDiacritics: widestTerm?.exactDiacritics ?? false });
          return pf.search(widestTerm?.term ?? null, { filters });
        });
        return counts(again ?? widest, state);
      },
      ms: Math.round(performance.now() - started),
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

