import { describe, expect, it } from 'vitest';
import {
  bucketCount,
  numberBucket,
  planShards,
  shardsForKeys,
  shardsToSearch,
  type PageToShard,
} from '../../src/lib/search/shards.ts';
import { documentKeys, parseNumberQuery } from '../../src/lib/search/numbers.ts';

/** `n` pages dated one per day, counting back from 2026-11-30. */
function daily(n: number, prefix = 'p'): PageToShard[] {
  const out: PageToShard[] = [];
  const day = Date.UTC(2026, 10, 30);
  for (let i = 0; i < n; i++) out.push({ key: `${prefix}${i}`, date: new Date(day - i * 86_400_000).toISOString().slice(0, 10) });
  return out;
}

describe('planShards', () => {
  it('puts the newest pages in a small shard and doubles the size of each older one, up to the cap', () => {
    const { shards, shardOf } = planShards(daily(100), { first: 5, max: 20, undated: 10 });
    expect(shards.map((s) => s.pages)).toEqual([5, 10, 20, 20, 20, 20, 5]);
    expect(shards.map((s) => s.id)).toEqual(['phan-1', 'phan-2', 'phan-3', 'phan-4', 'phan-5', 'phan-6', 'phan-7']);
    expect(shards[0]).toMatchObject({ to: '2026-11-30', from: '2026-11-26', years: [2026] });
    expect(shardOf.get('p0')).toBe('phan-1');
    expect(shardOf.get('p5')).toBe('phan-2');
    expect(shardOf.size).toBe(100);
  });

  it('never cuts inside one day, so date ranges do not overlap', () => {
    const pages = [...daily(3), ...daily(3, 'q'), ...daily(3, 'r')];
    const { shards } = planShards(pages, { first: 2, max: 4, undated: 10 });
    // Three pages share each day: a shard of "2" takes the whole day.
    expect(shards.map((s) => s.pages)).toEqual([3, 6]);
    for (let i = 1; i < shards.length; i++) expect(shards[i]!.to! < shards[i - 1]!.from!).toBe(true);
  });

  it('lists the years a shard spans, newest first, and puts undated pages last in their own shards', () => {
    const pages: PageToShard[] = [
      { key: 'a', date: '2025-01-02' },
      { key: 'b', date: '2024-12-30' },
      { key: 'c', date: '2019-05-01' },
      { key: 'x', date: null },
      { key: 'y', date: null },
      { key: 'z', date: null },
    ];
    const { shards, shardOf } = planShards(pages, { first: 2, max: 8, undated: 2 });
    expect(shards).toEqual([
      { id: 'phan-1', to: '2025-01-02', from: '2024-12-30', years: [2025, 2024], pages: 2 },
      { id: 'phan-2', to: '2019-05-01', from: '2019-05-01', years: [2019], pages: 1 },
      { id: 'khong-ngay-1', to: null, from: null, years: [], pages: 2 },
      { id: 'khong-ngay-2', to: null, from: null, years: [], pages: 1 },
    ]);
    expect(shardOf.get('z')).toBe('khong-ngay-2');
  });

  it('gives the same shards whatever order the pages come in', () => {
    const pages = [...daily(40), { key: 'u1', date: null }, { key: 'u0', date: null }];
    const a = planShards(pages, { first: 3, max: 10, undated: 1 });
    const b = planShards([...pages].reverse(), { first: 3, max: 10, undated: 1 });
    expect(b.shards).toEqual(a.shards);
    expect([...b.shardOf].sort()).toEqual([...a.shardOf].sort());
  });

  it('makes no shard for no pages', () => {
    expect(planShards([]).shards).toEqual([]);
  });
});

describe('shardsToSearch', () => {
  const { shards } = planShards(
    [
      { key: 'a', date: '2026-03-01' },
      { key: 'b', date: '2025-06-01' },
      { key: 'c', date: '2024-06-01' },
      { key: 'd', date: '2021-06-01' },
      { key: 'e', date: '2021-01-01' },
      { key: 'u', date: null },
    ],
    { first: 1, max: 2, undated: 5 },
  );

  it('starts with the newest shard and leaves the others for after the first answer', () => {
    expect(shards.map((s) => `${s.id} ${s.years.join(',')}`)).toEqual(['phan-1 2026', 'phan-2 2025,2024', 'phan-3 2021', 'khong-ngay-1 ']);
    expect(shardsToSearch(shards, [], new Map(), 10)).toEqual({
      first: ['phan-1'],
      numberedFirst: [],
      numbered: [],
      rest: ['phan-2', 'phan-3', 'khong-ngay-1'],
    });
  });

  it('searches only the shards holding the years filtered on', () => {
    expect(shardsToSearch(shards, ['2024'], new Map(), 10)).toEqual({ first: ['phan-2'], numberedFirst: [], numbered: [], rest: [] });
    expect(shardsToSearch(shards, ['2021', '2025'], new Map(), 10)).toEqual({ first: ['phan-2'], numberedFirst: [], numbered: [], rest: ['phan-3'] });
    expect(shardsToSearch(shards, ['1990'], new Map(), 10)).toEqual({ first: [], numberedFirst: [], numbered: [], rest: [] });
  });

  it('looks the number up first in the newest shards that hold it, enough of them for one page', () => {
    const numbered = new Map([
      ['khong-ngay-1', 30],
      ['phan-2', 4],
      ['phan-3', 7],
    ]);
    const plan = shardsToSearch(shards, [], numbered, 10);
    expect(plan.numberedFirst).toEqual(['phan-2', 'phan-3']);
    expect(plan.numbered).toEqual(['phan-2', 'phan-3', 'khong-ngay-1']);
    // A year filter leaves out the shards of other years, numbered or not.
    expect(shardsToSearch(shards, ['2025'], numbered, 10).numbered).toEqual(['phan-2']);
  });
});

describe('number buckets', () => {
  it('puts every key of one document number in one bucket, so a prefix typed by a reader finds them all', () => {
    const keys = [
      ...documentKeys({ docType: 'Nghị quyết', number: '57', symbol: 'NQ/TW', symbolYear: null }),
      ...documentKeys({ docType: 'Quyết định', number: '57', symbol: 'QĐ-UBND', symbolYear: 2018 }),
    ];
    const query = parseNumberQuery('57')!;
    const buckets = 64;
    const b = numberBucket(query.keys[0]!, buckets);
    expect(keys.length).toBeGreaterThan(1);
    for (const k of keys) expect(numberBucket(k, buckets)).toBe(b);
    // The whole number picks the bucket, not a prefix of it: 571 is another number than 57.
    // (This compared a bucket out of 64 with one out of 2^20, which differ whatever the hash.)
    expect(numberBucket('zz571znqztwz', buckets)).not.toBe(b);
    // And numbers spread over the buckets: one bucket for all, or for all numbers sharing a
    // first digit, would make every lookup fetch the whole table.
    const used = new Set(Array.from({ length: 256 }, (_, n) => numberBucket(`zz${n + 1}zkhzubndz`, buckets)));
    expect(used.size).toBeGreaterThan(buckets / 2);
  });

  it('sizes the buckets as a power of two', () => {
    expect(bucketCount(0)).toBe(1);
    expect(bucketCount(128)).toBe(1);
    expect(bucketCount(129)).toBe(2);
    expect(bucketCount(50_000)).toBe(512);
  });

  it('sums the pages of every key a typed prefix matches, per shard', () => {
    const bucket = {
      zz57znqztwz: [['khong-ngay-1', 1]] as Array<[string, number]>,
      zz57znqz: [['khong-ngay-1', 1], ['phan-2', 2]] as Array<[string, number]>,
      zz57zqdzubndz2018z: [['phan-3', 1]] as Array<[string, number]>,
      zz571zkhz: [['phan-1', 1]] as Array<[string, number]>,
    };
    expect(shardsForKeys(bucket, ['zz57znqz'])).toEqual(new Map([['khong-ngay-1', 2], ['phan-2', 2]]));
    expect([...shardsForKeys(bucket, ['zz57z']).keys()].sort()).toEqual(['khong-ngay-1', 'phan-2', 'phan-3']);
  });
});
