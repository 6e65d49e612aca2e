import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { analysisCacheAt, lastLoad, loadAnalysed } from '../../src/lib/site/analysis-cache.ts';
import { buildSiteData } from '../../src/lib/site/collection.ts';
import { loadDocuments } from '../../src/lib/site/load.ts';

// Real documents of the bundled corpus: two plans, a letter with its attached plan, a law.
const NAMES = [
  'ke-hoach-200-kh-ubnd-2021-ubnd-tinh-lang-son.mdx',
  'cong-van-1419-vks-vp-2021-vksnd-tinh-lang-son.mdx',
  'ke-hoach-218-kh-ubnd-2023-ubnd-quan-tan-binh.mdx',
  'luat-02-qh13-2011-quoc-hoi.mdx',
];

function collection(): string {
  const dir = mkdtempSync(join(tmpdir(), 'can-cu-analysis-docs-'));
  for (const n of NAMES) copyFileSync(join('content/documents', n), join(dir, n));
  return dir;
}

const cacheDir = () => mkdtempSync(join(tmpdir(), 'can-cu-analysis-cache-'));
const entries = (dir: string) => readdirSync(join(dir, 'can-cu-analysis')).sort();
const mtimes = (dir: string) => Object.fromEntries(entries(dir).map((n) => [n, statSync(join(dir, 'can-cu-analysis', n)).mtimeMs]));

describe('the documents read in an earlier build are kept, not read again', () => {
  it('gives the same site data as reading every file, whether the cache is empty or full', () => {
    for (const n of NAMES) expect(readdirSync('content/documents')).toContain(n);
    const dir = collection();
    const cache = analysisCacheAt(cacheDir(), resolve('.'));
    const fresh = buildSiteData(loadDocuments(dir), dir);
    const cold = buildSiteData(loadAnalysed(dir, cache), dir);
    const warm = buildSiteData(loadAnalysed(dir, cache), dir);
    expect(fresh.graph.citations.length).toBeGreaterThan(20);
    expect(fresh.documents.map((d) => d.id).sort()).toEqual(NAMES.map((n) => n.replace(/\.mdx$/, '')).sort());
    // Deep equality, maps and all: the panels, statuses and chains are all computed from this.
    expect(isDeepStrictEqual(cold, fresh)).toBe(true);
    expect(isDeepStrictEqual(warm, fresh)).toBe(true);
  });

  it('reads again only the file that changed, and follows the change', () => {
    const dir = collection();
    const where = cacheDir();
    const cache = analysisCacheAt(where, resolve('.'));
    loadAnalysed(dir, cache);
    const before = mtimes(where);
    const file = join(dir, NAMES[1]!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n$/, '\n\nCăn cứ Luật Khiếu nại số 02/2011/QH13 ngày 11/11/2011.\n'));
    const after = buildSiteData(loadAnalysed(dir, cache), dir);
    const now = mtimes(where);
    const changed = Object.keys(now).filter((n) => now[n] !== before[n]);
    expect(changed).toEqual([NAMES[1]!.replace(/\.mdx$/, '.v8')]);
    expect(isDeepStrictEqual(after, buildSiteData(loadDocuments(dir), dir))).toBe(true);
    const letter = NAMES[1]!.replace(/\.mdx$/, '');
    expect(after.outgoing.get(letter)!.some((r) => r.to === 'luat-02-qh13-2011-quoc-hoi')).toBe(true);
  });

  it('reads every file again when the reading code is not the same', () => {
    const dir = collection();
    const where = cacheDir();
    loadAnalysed(dir, analysisCacheAt(where, resolve('.')));
    const before = mtimes(where);
    // Another project root: another fingerprint of the code that reads documents.
    const other = analysisCacheAt(where, mkdtempSync(join(tmpdir(), 'can-cu-other-root-')));
    expect(other.code).not.toBe(analysisCacheAt(where, resolve('.')).code);
    loadAnalysed(dir, other);
    const now = mtimes(where);
    expect(Object.keys(now).filter((n) => now[n] === before[n])).toEqual([]);
  });

  it('keeps no entry for a file that does not validate, names its problem, and drops entries of deleted files', () => {
    const dir = collection();
    const where = cacheDir();
    const cache = analysisCacheAt(where, resolve('.'));
    loadAnalysed(dir, cache);
    expect(entries(where)).toHaveLength(NAMES.length);
    const broken = join(dir, NAMES[2]!);
    writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^date: "2023-06-08"$/m, 'date: "2023-02-31"'));
    rmSync(join(dir, NAMES[3]!));
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    const loaded = loadAnalysed(dir, cache);
    spy.mockRestore();
    expect(loaded.map((d) => `${d.id}.mdx`).sort()).toEqual([NAMES[0]!, NAMES[1]!].sort());
    expect(errors.some((e) => e.includes(NAMES[2]!) && /date/.test(e))).toBe(true);
    expect(entries(where)).toEqual([NAMES[0]!, NAMES[1]!].map((n) => n.replace(/\.mdx$/, '.v8')).sort());
  });
});

describe('a cold cache is read on two threads', () => {
  it('gives what one thread gives, in the same order, and names a bad file’s problem once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'can-cu-analysis-all-'));
    // The hundred shortest bundled documents four times over (as a-…, b-…, c-…, d-…): enough files that the second
    // thread, half a second in starting, still finds files to take.
    const bundled = readdirSync('content/documents').filter((n) => n.endsWith('.mdx'));
    const shortest = bundled.map((n) => ({ n, size: statSync(join('content/documents', n)).size })).sort((a, b) => a.size - b.size || (a.n < b.n ? -1 : 1)).slice(0, 100);
    expect(shortest).toHaveLength(100);
    for (const { n } of shortest) for (const copy of ['a', 'b', 'c', 'd']) copyFileSync(join('content/documents', n), join(dir, `${copy}-${n}`));
    const all = readdirSync(dir).sort();
    // A file far down the list, so that the second thread is likely to take it.
    const bad = all[all.length - 20]!;
    writeFileSync(join(dir, bad), readFileSync(join(dir, bad), 'utf8').replace(/^date: "(\d{4})-\d\d-\d\d"$/m, 'date: "$1-02-31"'));
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    const where = cacheDir();
    const shared = loadAnalysed(dir, analysisCacheAt(where, resolve('.')));
    spy.mockRestore();
    expect(lastLoad.sharedFiles).toBeGreaterThan(0);
    expect(errors.filter((e) => e.includes(bad))).toHaveLength(1);
    expect(errors.find((e) => e.includes(bad))).toMatch(/date/);
    const alone = loadDocuments(dir);
    expect(shared.map((d) => d.id)).toEqual(alone.map((d) => d.id));
    expect(shared.map((d) => d.id)).not.toContain(bad.replace(/\.mdx$/, ''));
    expect(isDeepStrictEqual(buildSiteData(shared, dir), buildSiteData(alone, dir))).toBe(true);
    expect(entries(where)).toHaveLength(all.length - 1);
  });
});
