/**
 * The search index is cut into shards by date, so that a search fetches and
 * scans only part of it before the first results show:
 *
 *   /pagefind/            Pagefind's script and wasm, plus a one-page root index
 *   /pagefind/shards.json this manifest
 *   /pagefind/<id>/       one Pagefind index per shard ("phan-1" is the newest)
 *   /pagefind/so-hieu/<n>.json
 *                         number keys → the shards holding them, in buckets
 *
 * A search starts on the newest shard (and looks up the number typed, if any,
 * in the shards that hold it), shows what it finds, then adds the other shards.
 * A year filter narrows the search to the shards holding that year. Pure: used
 * by the build and by the browser.
 */

export const MANIFEST_FILE = 'shards.json';
export const NUMBERS_DIR = 'so-hieu';
/** Searches of the root page (ROOT_TEXT in build-index.ts) that warm the engine up: words, exact diacritics, a phrase. */
export const WARM_UP: ReadonlyArray<{ term: string; exactDiacritics: boolean }> = [
  { term: 'chuyển đổi số', exactDiacritics: true },
  { term: 'chuyển đổi số', exactDiacritics: false },
  { term: '"thi đua đổi mới"', exactDiacritics: false },
  { term: 'ke hoach', exactDiacritics: false },
];

export interface ShardInfo {
  /** Folder name under /pagefind/: "phan-1" (newest), "phan-2", …, "khong-ngay-1". */
  id: string;
  /** Newest and oldest date it holds (ISO); null for the undated shards. */
  to: string | null;
  from: string | null;
  /** The years it holds, newest first; empty for the undated shards. */
  years: number[];
  pages: number;
}

export interface ShardManifest {
  version: 2;
  /** Changes whenever any index changes (Pagefind's cache tag for its entry files). */
  build: string;
  /** Newest first; the undated shards last. */
  shards: ShardInfo[];
  /** Number-key buckets under so-hieu/ (a power of two). */
  numberBuckets: number;
}

export interface ShardSizes {
  /** Pages in the newest shard, the one every search starts with. */
  first: number;
  /** Each older shard may be twice the size of the one before, up to this. */
  max: number;
  /** Pages per undated shard. */
  undated: number;
}

// Shards of at most 2,000 pages: Pagefind's service holds a shard whole while writing it (2.0 GB
// for 4,000 document pages of the generated corpus), and `npm run build` writes shards while
// Astro, with the whole collection in memory, still renders pages.
export const SHARD_SIZES: ShardSizes = { first: 250, max: 2000, undated: 2000 };

export interface PageToShard {
  /** Anything that names the page (its URL). */
  key: string;
  /** ISO date, or null. */
  date: string | null;
}

/** An ISO date's day ("2024-03-05"), or null when it is none. */
export function isoDate(date: string | null | undefined): string | null {
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
}

/** The order of pages in the shards: dated pages newest first (then by key), undated ones last, by key. */
function shardOrder(a: PageToShard, b: PageToShard): number {
  const byKey = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  if (a.date === null || b.date === null) return a.date === b.date ? byKey : a.date === null ? 1 : -1;
  return a.date < b.date ? 1 : a.date > b.date ? -1 : byKey;
}

/**
 * Cuts the pages into shards. Dated pages, newest first, go into shards that
 * double in size from `sizes.first` up to `sizes.max`: the newest shard is small,
 * so that a first answer is quick, and there are few shards in all (each costs a
 * few requests). A cut never splits one day, so shards hold disjoint date ranges
 * and their date-sorted answers can be put end to end. Undated pages come last,
 * in shards of `sizes.undated`.
 */
export function planShards(pages: readonly PageToShard[], sizes: ShardSizes = SHARD_SIZES): { shards: ShardInfo[]; shardOf: Map<string, string> } {
  const shards: ShardInfo[] = [];
  const shardOf = new Map<string, string>();
  const dated = pages.filter((p) => p.date !== null).sort(shardOrder);
  let size = sizes.first;
  let start = 0;
  while (start < dated.length) {
    let end = Math.min(start + size, dated.length);
    while (end < dated.length && dated[end]!.date === dated[end - 1]!.date) end++;
    const part = dated.slice(start, end);
    const id = `phan-${shards.length + 1}`;
    const years = [...new Set(part.map((p) => Number(p.date!.slice(0, 4))))];
    shards.push({ id, to: part[0]!.date, from: part[part.length - 1]!.date, years, pages: part.length });
    for (const p of part) shardOf.set(p.key, id);
    start = end;
    size = Math.min(size * 2, sizes.max);
  }
  const undated = pages.filter((p) => p.date === null).sort(shardOrder);
  for (let i = 0; i < undated.length; i += sizes.undated) {
    const part = undated.slice(i, i + sizes.undated);
    const id = `khong-ngay-${i / sizes.undated + 1}`;
    shards.push({ id, to: null, from: null, years: [], pages: part.length });
    for (const p of part) shardOf.set(p.key, id);
  }
  return { shards, shardOf };
}

/** Buckets for about `perBucket` number keys each, a power of two. */
export function bucketCount(keys: number, perBucket = 128): number {
  let n = 1;
  while (n * perBucket < keys) n *= 2;
  return n;
}

/**
 * The bucket of a number key ("zz57znqztwz"): by the document number only, so
 * that a prefix key typed by a reader ("zz57z", every document numbered 57)
 * finds all its completions in one bucket.
 */
export function numberBucket(key: string, buckets: number): number {
  const end = key.indexOf('z', 2);
  const number = end < 0 ? key.slice(2) : key.slice(2, end);
  let h = 0;
  for (let i = 0; i < number.length; i++) h = (Math.imul(h, 31) + number.charCodeAt(i)) >>> 0;
  return h % buckets;
}

/** One bucket file: number key → the shards whose pages carry it, with how many pages each. */
export type NumberBucket = Record<string, Array<[shard: string, pages: number]>>;

/** Pages per shard whose key starts with one of `keys` (Pagefind matches keys as prefixes). */
export function shardsForKeys(bucket: NumberBucket, keys: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, shards] of Object.entries(bucket)) {
    if (!keys.some((k) => key.startsWith(k))) continue;
    for (const [s, n] of shards) out.set(s, (out.get(s) ?? 0) + n);
  }
  return out;
}

export interface ShardPlan {
  /** The newest shard the search needs: its answer is shown before the rest are searched. */
  first: string[];
  /**
   * Shards that hold the number typed, newest first, enough of them to fill a
   * first page of results: searched for the number from the start.
   */
  numberedFirst: string[];
  /** All the shards (of those needed) that hold the number typed. */
  numbered: string[];
  /** The other shards the search needs. */
  rest: string[];
}

/**
 * Which shards a search needs, and which come first. `years`: the year filter
 * (empty for none). `numbered`: pages holding the number typed, per shard.
 * `firstPage`: how many results a first answer shows.
 */
export function shardsToSearch(
  shards: readonly ShardInfo[],
  years: readonly string[],
  numbered: ReadonlyMap<string, number>,
  firstPage: number,
): ShardPlan {
  const wanted = years.length ? shards.filter((s) => s.years.some((y) => years.includes(String(y)))) : [...shards];
  if (wanted.length === 0) return { first: [], numberedFirst: [], numbered: [], rest: [] };
  const holding = wanted.filter((s) => numbered.has(s.id)).map((s) => s.id);
  const numberedFirst: string[] = [];
  let pages = 0;
  for (const id of holding) {
    if (pages >= firstPage) break;
    numberedFirst.push(id);
    pages += numbered.get(id)!;
  }
  return { first: [wanted[0]!.id], numberedFirst, numbered: holding, rest: wanted.slice(1).map((s) => s.id) };
}
