/**
 * A build split into parts: every indexed page belongs to exactly one part, the parts are about
 * the same size, a shard's pages stay together, and a wrong CAN_CU_BUILD_PART is refused.
 */
import { describe, expect, it } from 'vitest';
import { assignParts, pagesOfPart, parseBuildPart } from '../../src/lib/search/parts.ts';
import { planShards, SHARD_SIZES, type PageToShard } from '../../src/lib/search/shards.ts';
import { Rng } from '../../src/lib/generate/rng.ts';

/** `n` pages over ten years, some on the same day, some undated. */
function pages(n: number, seed: number): PageToShard[] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const undated = rng.int(0, 9) === 0;
    const day = `${2015 + rng.int(0, 9)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    return { key: `/van-ban/d-${i}/`, date: undated ? null : day };
  });
}

describe('parts of a build', () => {
  it('reads K/N and refuses anything else, naming the variable', () => {
    expect(parseBuildPart(undefined)).toBeNull();
    expect(parseBuildPart('')).toBeNull();
    expect(parseBuildPart('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseBuildPart(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/2', '3/2', '1/0', '2', 'a/b', '1/2/3', '-1/2']) {
      expect(() => parseBuildPart(bad)).toThrow(/CAN_CU_BUILD_PART="[^"]*": expected K\/N/);
    }
  });

  it('puts every page in exactly one part, with whole shards, for 1 to 5 parts', () => {
    const all = pages(7000, 7);
    const { shardOf } = planShards(all, SHARD_SIZES);
    for (let count = 1; count <= 5; count++) {
      const owners = new Map<string, number>();
      for (let index = 1; index <= count; index++) {
        for (const key of pagesOfPart(all, { index, count })) {
          expect(owners.has(key)).toBe(false);
          owners.set(key, index);
        }
      }
      expect(owners.size).toBe(all.length);
      // A shard's pages are in one part.
      const partOfShard = new Map<string, number>();
      for (const p of all) {
        const s = shardOf.get(p.key)!;
        if (partOfShard.has(s)) expect(owners.get(p.key)).toBe(partOfShard.get(s));
        else partOfShard.set(s, owners.get(p.key)!);
      }
    }
  });

  it('gives parts about the same number of pages: within one largest shard of each other', () => {
    const all = pages(9000, 11);
    const { shards } = planShards(all, SHARD_SIZES);
    const largest = Math.max(...shards.map((s) => s.pages));
    for (const count of [2, 3, 4]) {
      const partOf = assignParts(shards, count);
      const load = Array.from({ length: count }, () => 0);
      for (const s of shards) load[partOf.get(s.id)! - 1]! += s.pages;
      expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(largest);
      expect(load.every((l) => l > 0)).toBe(true);
    }
  });
});
