import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { PATCH_MARK, patchPagefindScript } from '../../src/lib/search/pagefind-patch.ts';
import type { NumberBucket, ShardManifest } from '../../src/lib/search/shards.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function site(): string {
  const d = mkdtempSync(join(tmpdir(), 'can-cu-index-test-'));
  dirs.push(d);
  const page = (body: string) => `<!doctype html><html lang="vi"><body><article data-pagefind-body>${body}</article></body></html>`;
  mkdirSync(join(d, 'van-ban', 'kh-200'), { recursive: true });
  writeFileSync(
    join(d, 'van-ban', 'kh-200', 'index.html'),
    page('<p data-pagefind-meta="docType">Kế hoạch</p><h1 data-pagefind-meta="title">Triển khai Chỉ thị 19</h1><p>Đột phá chuyển đổi số.</p>'),
  );
  mkdirSync(join(d, 'tim-kiem'), { recursive: true });
  writeFileSync(join(d, 'tim-kiem', 'index.html'), '<!doctype html><html lang="vi"><body><h1>Tìm kiếm</h1></body></html>');
  mkdirSync(join(d, 'data'));
  writeFileSync(
    join(d, 'data', 'documents.json'),
    JSON.stringify([{ url: '/van-ban/kh-200/', docType: 'Kế hoạch', number: '200', symbol: 'KH-UBND', symbolYear: null }]),
  );
  return d;
}

describe('buildSearchIndex', () => {
  it('indexes only pages with data-pagefind-body, with their number keys, and drops the default UI bundles', async () => {
    const d = site();
    const report = await buildSearchIndex(d);
    expect(report.pages).toBe(1);
    expect(report.numbered).toBe(1);
    expect(report.warnings).toEqual([]);
    // The engine at the root, patched; the page in an undated shard that carries no engine of its own.
    expect(readFileSync(join(d, 'pagefind', 'pagefind.js'), 'utf8').startsWith(PATCH_MARK)).toBe(true);
    expect(existsSync(join(d, 'pagefind', 'pagefind-ui.js'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(d, 'pagefind', 'shards.json'), 'utf8')) as ShardManifest;
    expect(manifest.shards).toEqual([{ id: 'khong-ngay-1', to: null, from: null, years: [], pages: 1 }]);
    expect(report.shards).toEqual(manifest.shards);
    const shard = join(d, 'pagefind', 'khong-ngay-1');
    expect(existsSync(join(shard, 'pagefind.js'))).toBe(false);
    expect(existsSync(join(shard, 'wasm.unknown.pagefind'))).toBe(false);
    const entry = JSON.parse(readFileSync(join(shard, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    expect(entry.languages.vi.page_count).toBe(1);
    expect(readdirSync(join(shard, 'fragment'))).toHaveLength(1);
    // Its number keys point at its shard.
    const bucket = JSON.parse(readFileSync(join(d, 'pagefind', 'so-hieu', '0.json'), 'utf8')) as NumberBucket;
    expect(bucket).toEqual({ zz200zkhzubndz: [['khong-ngay-1', 1]] });
    // The page on disk is untouched: đ stays đ, no keys added.
    expect(readFileSync(join(d, 'van-ban', 'kh-200', 'index.html'), 'utf8')).toContain('Đột phá');
  }, 60_000);

  it('puts pages in shards by date, newest first, and names the shards holding each number', async () => {
    const d = site();
    const page = (date: string, n: string) =>
      `<!doctype html><html lang="vi"><body><article data-pagefind-body><h1 data-pagefind-meta="title">Kế hoạch ${n}</h1>` +
      `<time data-pagefind-sort="date:${date}" data-pagefind-filter="nam:${date.slice(0, 4)}">${date}</time><p>Chuyển đổi số.</p></article></body></html>`;
    const docs = [{ url: '/van-ban/kh-200/', docType: 'Kế hoạch', number: '200', symbol: 'KH-UBND', symbolYear: null, date: '2021-10-09' }];
    for (const [i, date] of ['2026-01-05', '2025-03-01', '2024-07-07'].entries()) {
      const url = `/van-ban/kh-${i}/`;
      mkdirSync(join(d, url), { recursive: true });
      writeFileSync(join(d, url, 'index.html'), page(date, String(i)));
      docs.push({ url, docType: 'Kế hoạch', number: '200', symbol: 'KH-UBND', symbolYear: null, date });
    }
    writeFileSync(join(d, 'data', 'documents.json'), JSON.stringify(docs));
    const report = await buildSearchIndex(d, () => {}, { shardSizes: { first: 1, max: 2 } });
    expect(report.shards.map((s) => [s.id, s.years, s.pages])).toEqual([
      ['phan-1', [2026], 1],
      ['phan-2', [2025, 2024], 2],
      ['phan-3', [2021], 1],
    ]);
    const bucket = JSON.parse(readFileSync(join(d, 'pagefind', 'so-hieu', '0.json'), 'utf8')) as NumberBucket;
    expect(bucket.zz200zkhzubndz).toEqual([['phan-1', 1], ['phan-2', 2], ['phan-3', 1]]);
  }, 60_000);

  it('fails with the file named when documents.json is broken', async () => {
    const d = site();
    writeFileSync(join(d, 'data', 'documents.json'), '[{"url": "/van-ban/kh-200/"');
    await expect(buildSearchIndex(d)).rejects.toThrow(/data\/documents\.json: not valid JSON/);
    writeFileSync(join(d, 'data', 'documents.json'), '[{"number": "1"}]');
    await expect(buildSearchIndex(d)).rejects.toThrow(/documents\.json: document #0 has no string field "url"/);
  }, 60_000);

  it('takes the documents from the site data when the build passes them, and reads no documents.json', async () => {
    const d = site();
    // A stale or foreign documents.json is not what the index is built from.
    writeFileSync(join(d, 'data', 'documents.json'), '[{"url": "/van-ban/kh-200/", "number": "999", "symbol": "XX"}]');
    const report = await buildSearchIndex(d, () => {}, {
      documents: [{ url: '/van-ban/kh-200/', docType: 'Kế hoạch', number: '200', symbol: 'KH-UBND', symbolYear: null, date: null }],
    });
    expect(report.numbered).toBe(1);
    expect(report.warnings).toEqual([]);
    const bucket = JSON.parse(readFileSync(join(d, 'pagefind', 'so-hieu', '0.json'), 'utf8')) as NumberBucket;
    expect(Object.keys(bucket)).toEqual(['zz200zkhzubndz']);
    // documents.json is one array; the old wrapped form is refused, with the file named.
    writeFileSync(join(d, 'data', 'documents.json'), '{"documents": []}');
    await expect(buildSearchIndex(d)).rejects.toThrow(/documents\.json: expected an array of documents/);
  }, 60_000);

  it('warns, and reads numbers from the page, when documents.json is missing', async () => {
    const d = site();
    rmSync(join(d, 'data'), { recursive: true });
    const report = await buildSearchIndex(d);
    expect(report.warnings.join('\n')).toMatch(/documents\.json not found/);
    expect(report.pages).toBe(1);
  }, 60_000);
});

describe('the index is deterministic', () => {
  /** Every file under `dir`, relative, sorted. */
  const tree = (dir: string, sub = ''): string[] =>
    readdirSync(join(dir, sub), { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? tree(dir, join(sub, e.name)) : [join(sub, e.name)]))
      .sort();

  it('two runs over the same site write the same files, byte for byte', async () => {
    // 300 pages in two shards: enough for pages added as they were read to come in another
    // order from one run to the next, which gave another pf_meta file and build tag.
    const d = site();
    const docs: unknown[] = [];
    for (let i = 0; i < 300; i++) {
      const date = `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`;
      const url = `/van-ban/kh-${i}/`;
      mkdirSync(join(d, url), { recursive: true });
      writeFileSync(
        join(d, url, 'index.html'),
        `<!doctype html><html lang="vi"><body><article data-pagefind-body><h1 data-pagefind-meta="title">Kế hoạch ${i}</h1>` +
          `<time data-pagefind-sort="date:${date}" data-pagefind-filter="nam:${date.slice(0, 4)}">${date}</time>` +
          `<p>${'Chuyển đổi số, phát triển khoa học công nghệ. '.repeat((i % 7) + 1)}</p></article></body></html>`,
      );
      docs.push({ url, docType: 'Kế hoạch', number: String(i), symbol: 'KH-UBND', symbolYear: null, date });
    }
    writeFileSync(join(d, 'data', 'documents.json'), JSON.stringify(docs));
    const runs: Array<Map<string, Buffer>> = [];
    for (let run = 0; run < 2; run++) {
      const report = await buildSearchIndex(d);
      expect(report.pages).toBe(300);
      const out = join(d, 'pagefind');
      runs.push(new Map(tree(out).map((f) => [f, readFileSync(join(out, f))])));
    }
    const [first, second] = runs as [Map<string, Buffer>, Map<string, Buffer>];
    expect([...second.keys()]).toEqual([...first.keys()]);
    expect([...first.keys()].filter((f) => !first.get(f)!.equals(second.get(f)!))).toEqual([]);
    const manifest = JSON.parse(first.get('shards.json')!.toString('utf8')) as ShardManifest;
    expect(manifest.shards.length).toBeGreaterThan(1);
  }, 120_000);
});

describe('patchPagefindScript', () => {
  it('refuses a pagefind.js it does not know, naming the piece it could not find', () => {
    expect(() => patchPagefindScript('var x = 1;', '9.9.9')).toThrow(/Pagefind 9\.9\.9.*cannot find Pagefind\.search over the merged indexes/);
  });

  it('refuses to patch twice', async () => {
    const d = site();
    await buildSearchIndex(d);
    const patched = readFileSync(join(d, 'pagefind', 'pagefind.js'), 'utf8');
    expect(patched).toContain('options2.indexes.includes(i2.basePath)');
    expect(patched).toContain('this.instances.map((i2)=>i2.options(options2))');
    expect(() => patchPagefindScript(patched)).toThrow(/already patched/);
  }, 60_000);
});
