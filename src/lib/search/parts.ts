/**
 * A build split into parts, for a collection too large for one machine: each part (a CI job)
 * renders the pages of some of the search index's shards and indexes those shards; every part
 * renders the pages shared by the whole site (lists, feeds, open data); `npm run merge-parts`
 * puts the parts together. Cutting by index shard keeps each shard's pages and its index in
 * one job, so the merge only copies files and writes the index's manifest. Pure: the site's
 * routes, the index and the merge all place a page with these functions.
 */
import { planShards, SHARD_SIZES, type PageToShard, type ShardInfo, type ShardSizes } from './shards.ts';

export interface BuildPart {
  /** 1-based. */
  index: number;
  count: number;
}

export const BUILD_PART_ENV = 'CAN_CU_BUILD_PART';

/** "2/3" → part 2 of 3; unset or empty → null (the whole site). */
export function parseBuildPart(value: string | undefined, origin = BUILD_PART_ENV): BuildPart | null {
  if (value === undefined || value.trim() === '') return null;
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new Error(`${origin}="${value}": expected K/N with 1 ≤ K ≤ N, e.g. 1/2 for the first of two parts`);
  }
  return { index, count };
}

/**
 * Which part indexes each shard: the largest shards first, each to the part holding the fewest
 * pages so far (the lowest-numbered on a tie), so parts are about the same size.
 */
export function assignParts(shards: readonly ShardInfo[], count: number): Map<string, number> {
  const load = Array.from({ length: count }, () => 0);
  const partOf = new Map<string, number>();
  const bySize = shards.map((s, i) => ({ s, i })).sort((a, b) => b.s.pages - a.s.pages || a.i - b.i);
  for (const { s } of bySize) {
    let best = 0;
    for (let p = 1; p < count; p++) if (load[p]! < load[best]!) best = p;
    load[best] = load[best]! + s.pages;
    partOf.set(s.id, best + 1);
  }
  return partOf;
}

/** The keys of the pages that `part` renders and indexes, of all the site's indexed pages. */
export function pagesOfPart(pages: readonly PageToShard[], part: BuildPart, sizes: ShardSizes = SHARD_SIZES): Set<string> {
  const { shards, shardOf } = planShards(pages, sizes);
  const partOf = assignParts(shards, part.count);
  const mine = new Set<string>();
  for (const p of pages) if (partOf.get(shardOf.get(p.key)!) === part.index) mine.add(p.key);
  return mine;
}
