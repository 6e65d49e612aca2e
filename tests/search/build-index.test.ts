import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { BODY_SLOT, buildSearchIndex, type IndexPage } from '../../src/lib/search/build-index.ts';
import { STROKE } from '../../src/lib/search/fold.ts';
import { NUMBER_FIELD } from '../../src/lib/search/numbers.ts';
import { PATCH_MARK, patchPagefindScript } from '../../src/lib/search/pagefind-patch.ts';
import type { NumberBucket, ShardManifest } from '../../src/lib/search/shards.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'can-cu-index-test-'));
  dirs.push(d);
  return d;
}

/** A page to index as the site data gives it (src/lib/site/search-pages.ts). */
function page(url: string, fields: Partial<IndexPage> & { html: string }): IndexPage {
  return { url, docType: 'Kế hoạch', number: null, symbol: null, symbolYear: null, date: null, ...fields };
}

/** The words Pagefind stored for each page of a shard (its fragments, gzipped JSON). */
function fragments(shard: string): Array<{ url: string; content: string; meta: Record<string, string> }> {
  return readdirSync(join(shard, 'fragment')).map((f) => {
    const raw = gunzipSync(readFileSync(join(shard, 'fragment', f)));
    // Pagefind prefixes its files with a signature before the JSON.
    const text = raw.toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; meta: Record<string, string> };
  });
}

describe('buildSearchIndex', () => {
  it('indexes the pages it is given, the body read from its file, with their number keys, and drops the default UI bundles', async () => {
    const d = tmp();
    const body = join(d, 'kh-200.html');
    writeFileSync(body, '<h2 id="muc-i">I. MỤC ĐÍCH</h2><p>Đột phá chuyển đổi số.</p>');
    const out = join(d, 'pagefind');
    const report = await buildSearchIndex(
      [page('/van-ban/kh-200/', { number: '200', symbol: 'KH-UBND', html: `<article data-pagefind-body><p data-pagefind-meta="docType">Kế hoạch</p><h1 data-pagefind-meta="title">Triển khai Chỉ thị 19</h1>${BODY_SLOT}</article>`, bodyFile: body })],
      out,
    );
    expect(report.pages).toBe(1);
    expect(report.numbered).toBe(1);
    expect(report.warnings).toEqual([]);
    // The engine at the root, patched; the page in an undated shard that carries no engine of its own.
    expect(readFileSync(join(out, 'pagefind.js'), 'utf8').startsWith(PATCH_MARK)).toBe(true);
    expect(existsSync(join(out, 'pagefind-ui.js'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(out, 'shards.json'), 'utf8')) as ShardManifest;
    expect(manifest.shards).toEqual([{ id: 'khong-ngay-1', to: null, from: null, years: [], pages: 1 }]);
    expect(report.shards).toEqual(manifest.shards);
    const shard = join(out, 'khong-ngay-1');
    expect(existsSync(join(shard, 'pagefind.js'))).toBe(false);
    expect(existsSync(join(shard, 'wasm.unknown.pagefind'))).toBe(false);
    const entry = JSON.parse(readFileSync(join(shard, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    expect(entry.languages.vi.page_count).toBe(1);
    // The body from its file, đ in index form; the title and number as fields.
    const [fragment] = fragments(shard);
    expect(fragment!.url).toBe('/van-ban/kh-200/');
    expect(fragment!.content).toContain(`D${STROKE}ột phá chuyển d${STROKE}ổi số.`);
    expect(fragment!.meta.title).toBe('Triển khai Chỉ thị 19');
    expect(fragment!.meta[NUMBER_FIELD]).toBe('200/KH-UBND');
    // Its number keys point at its shard.
    const bucket = JSON.parse(readFileSync(join(out, 'so-hieu', '0.json'), 'utf8')) as NumberBucket;
    expect(bucket).toEqual({ zz200zkhzubndz: [['khong-ngay-1', 1]] });
  }, 60_000);

  it('puts pages in shards by date, newest first, and names the shards holding each number', async () => {
    const d = tmp();
    const pages = [['/van-ban/kh-200/', '2021-10-09'], ['/van-ban/kh-0/', '2026-01-05'], ['/van-ban/kh-1/', '2025-03-01'], ['/van-ban/kh-2/', '2024-07-07']].map(([url, date]) =>
      page(url!, {
        number: '200',
        symbol: 'KH-UBND',
        date: date!,
        html: `<article data-pagefind-body><h1 data-pagefind-meta="title">Kế hoạch ${url}</h1><time data-pagefind-sort="date:${date}" data-pagefind-filter="nam:${date!.slice(0, 4)}">${date}</time><p>Chuyển đổi số.</p></article>`,
      }),
    );
    const report = await buildSearchIndex(pages, join(d, 'pagefind'), () => {}, { shardSizes: { first: 1, max: 2 } });
    expect(report.shards.map((s) => [s.id, s.years, s.pages])).toEqual([
      ['phan-1', [2026], 1],
      ['phan-2', [2025, 2024], 2],
      ['phan-3', [2021], 1],
    ]);
    const bucket = JSON.parse(readFileSync(join(d, 'pagefind', 'so-hieu', '0.json'), 'utf8')) as NumberBucket;
    expect(bucket.zz200zkhzubndz).toEqual([['phan-1', 1], ['phan-2', 2], ['phan-3', 1]]);
  }, 60_000);

  it('fails naming the page when its body cannot be read, or has no place in it', async () => {
    const d = tmp();
    const html = `<article data-pagefind-body><h1>Kế hoạch</h1>${BODY_SLOT}</article>`;
    await expect(buildSearchIndex([page('/van-ban/kh-1/', { html, bodyFile: join(d, 'never.html') })], join(d, 'pagefind'))).rejects.toThrow(
      /\/van-ban\/kh-1\/: its body could not be read \(ENOENT.*never\.html'\); build again/,
    );
    writeFileSync(join(d, 'body.html'), '<p>Thân văn bản.</p>');
    await expect(
      buildSearchIndex([page('/van-ban/kh-2/', { html: '<article data-pagefind-body><h1>Kế hoạch</h1></article>', bodyFile: join(d, 'body.html') })], join(d, 'pagefind')),
    ).rejects.toThrow(/\/van-ban\/kh-2\/: has a body file but no place for it in its HTML/);
  }, 60_000);

  it('warns when there is no page to index', async () => {
    const d = tmp();
    const report = await buildSearchIndex([], join(d, 'pagefind'));
    expect(report.pages).toBe(0);
    expect(report.warnings).toEqual(['no page to index: the search index is empty']);
  }, 60_000);
});

describe('the index is deterministic', () => {
  /** Every file under `dir`, relative, sorted. */
  const tree = (dir: string, sub = ''): string[] =>
    readdirSync(join(dir, sub), { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? tree(dir, join(sub, e.name)) : [join(sub, e.name)]))
      .sort();

  it('two runs over the same pages, given in another order, write the same files, byte for byte', async () => {
    // 300 pages in two shards: enough for pages added as they were read to come in another
    // order from one run to the next, which gave another pf_meta file and build tag.
    const d = tmp();
    const pages: IndexPage[] = [];
    for (let i = 0; i < 300; i++) {
      const date = `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`;
      const body = join(d, `kh-${i}.html`);
      writeFileSync(body, `<p>${'Chuyển đổi số, phát triển khoa học công nghệ. '.repeat((i % 7) + 1)}</p>`);
      pages.push(
        page(`/van-ban/kh-${i}/`, {
          number: String(i),
          symbol: 'KH-UBND',
          date,
          html: `<article data-pagefind-body><h1 data-pagefind-meta="title">Kế hoạch ${i}</h1><time data-pagefind-sort="date:${date}" data-pagefind-filter="nam:${date.slice(0, 4)}">${date}</time>${BODY_SLOT}</article>`,
          bodyFile: body,
        }),
      );
    }
    const runs: Array<Map<string, Buffer>> = [];
    for (const order of [pages, [...pages].reverse()]) {
      const out = join(d, 'pagefind');
      const report = await buildSearchIndex(order, out);
      expect(report.pages).toBe(300);
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
    const out = join(tmp(), 'pagefind');
    await buildSearchIndex([page('/van-ban/kh-1/', { html: '<article data-pagefind-body><p>Kế hoạch.</p></article>' })], out);
    const patched = readFileSync(join(out, 'pagefind.js'), 'utf8');
    expect(patched).toContain('options2.indexes.includes(i2.basePath)');
    expect(patched).toContain('this.instances.map((i2)=>i2.options(options2))');
    expect(() => patchPagefindScript(patched)).toThrow(/already patched/);
  }, 60_000);
});
