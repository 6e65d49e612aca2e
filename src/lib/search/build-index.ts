/**
 * Builds the search index with Pagefind's Node API into one folder, one index per shard
 * (shards.ts) plus the number-key buckets and the manifest, from the pages the site data gives
 * (src/lib/site/search-pages.ts), never from the written site. Used by `npm run build` in a
 * process beside Astro (scripts/index-search.ts), by the Astro integration after a plain
 * `astro build`, and by the search benchmark on synthetic pages. Throws (with the page at
 * fault) on any Pagefind error.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { codeFingerprint, treeDigest } from '../code-fingerprint.ts';
import { numberSymbol } from '../site/format.ts';
import { documentKeys, type NumberedDocument } from './numbers.ts';
import { toIndexForm } from './fold.ts';
import { rewriteForIndex } from './rewrite.ts';
import { patchPagefindScript } from './pagefind-patch.ts';
import { assignParts, type BuildPart } from './parts.ts';
import {
  bucketCount,
  isoDate,
  MANIFEST_FILE,
  numberBucket,
  NUMBERS_DIR,
  planShards,
  SHARD_SIZES,
  type NumberBucket,
  type ShardInfo,
  type ShardManifest,
  type ShardSizes,
} from './shards.ts';

export interface IndexReport {
  pages: number;
  /** Pages found by at least one number key. */
  numbered: number;
  /** Total bytes written under the index folder. */
  bytes: number;
  ms: number;
  warnings: string[];
  shards: ShardInfo[];
}

export interface IndexOptions {
  /** How many pages go in each shard (shards.ts). */
  shardSizes?: Partial<ShardSizes>;
  /**
   * Resolves when Astro has written the site (scripts/index-search.ts). Until then one shard is
   * indexed at a time, on the core Astro leaves idle; then two.
   */
  rendered?: Promise<void>;
  /**
   * A folder that keeps each shard's index and the digest of its pages' keys (`npm run build --
   * --incremental`, which gives each page its `key`): a shard whose pages and keys are unchanged
   * is copied from it.
   */
  reuse?: string;
  /**
   * One part of a build split into parts (src/lib/search/parts.ts): only the shards of this part
   * are indexed, and the part's record is written beside them for the merge.
   */
  part?: BuildPart;
}

/** Where a page's body goes in its `html`, read from `bodyFile`. */
export const BODY_SLOT = '<!--can-cu:body-->';

/**
 * One page of the index: its address, its number and date (as the open data writes them), and
 * what Pagefind reads of it, the page's `data-pagefind-body` element with the fields and
 * filters marked as the page marks them (src/lib/site/search-pages.ts).
 */
export interface IndexPage extends NumberedDocument {
  url: string;
  /** ISO date; it picks the shard. */
  date: string | null;
  /**
   * The page's key in an incremental build (src/lib/site/page-keys.ts: a digest of all it shows);
   * a kept shard is reused when its pages and their keys are as they were.
   */
  key?: string;
  html: string;
  /** A file whose HTML takes the place of BODY_SLOT in `html` (a held document's rendered body). */
  bodyFile?: string;
}

/** Pages read and rewritten ahead of the one Pagefind is indexing, per shard. */
const IN_FLIGHT = 4;
/** Shards indexed at once: one adds pages while another is written. */
const SHARDS_AT_ONCE = 2;

// Default UI bundles Pagefind writes but this site does not load.
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];
/** What a shard folder keeps: the engine (script, wasm) is loaded once, from the root. */
const SHARD_DROPS = [...UNUSED, 'pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind'];

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await dirBytes(path) : (await stat(path)).size;
  }
  return total;
}

/** The number a search result shows ("Số 19/CT-TTg"), written into the index copy of the page. */
export function indexedNumber(doc: NumberedDocument): string | null {
  return numberSymbol(doc);
}

/** Pages in address order: the index lists pages in the order they are added, and two builds of one site must write the same files. */
function byAddress(pages: readonly IndexPage[]): IndexPage[] {
  return [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * The text of the root index's one page, which no search of the site reads: the
 * engine searches it once as it loads (WARM_UP in shards.ts), so that the engine's first real search
 * does not also pay for warming up (its first search is several times slower).
 * Vietnamese words with and without đ, so the warm-up goes through folding and
 * exact diacritics; a page of 40 short sentences keeps its index chunk and
 * fragment to a few KB.
 */
const ROOT_TEXT = Array.from({ length: 40 }, (_, i) =>
  `Kế hoạch số ${i + 1} triển khai chuyển đổi số, cải cách hành chính và phong trào thi đua đổi mới sáng tạo của Đảng ủy.`,
).join(' ');
/** One page that no search of the site reads: the root index carries the engine every shard is merged into. */
const ROOT_PAGE = `<!doctype html><html lang="vi"><head><title>pagefind root</title></head><body><main data-pagefind-body><h1 data-pagefind-meta="title">Căn cứ</h1><p>${toIndexForm(ROOT_TEXT)}</p></main></body></html>`;

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ') || 'no index'}`);
  return index;
}

async function writeRoot(out: string): Promise<void> {
  const index = await newIndex();
  const added = await index.addHTMLFile({ url: '/pagefind/', content: ROOT_PAGE });
  if (added.errors.length) throw new Error(`Pagefind could not index its root page: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`Pagefind could not write ${out}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await Promise.all(UNUSED.map((f) => rm(join(out, f), { force: true })));
  const script = join(out, 'pagefind.js');
  const entry = JSON.parse(await readFile(join(out, 'pagefind-entry.json'), 'utf8')) as { version?: string };
  await writeFile(script, patchPagefindScript(await readFile(script, 'utf8'), entry.version));
}

interface PreparedPage {
  url: string;
  keys: string[];
  /** The page as Pagefind reads it: its body put in, and đ in index form (rewrite.ts). */
  content: string;
}

/** One page made ready for Pagefind: its body read from its file and put in, its number keys added. */
async function preparePage(page: IndexPage): Promise<PreparedPage> {
  let html = page.html;
  if (page.bodyFile) {
    if (!html.includes(BODY_SLOT)) throw new Error(`${page.url}: has a body file but no place for it in its HTML`);
    let body: string;
    try {
      body = await readFile(page.bodyFile, 'utf8');
    } catch (e) {
      throw new Error(`${page.url}: its body could not be read (${(e as Error).message}); build again`);
    }
    html = html.replace(BODY_SLOT, () => body);
  }
  const keys = documentKeys(page);
  try {
    return { url: page.url, keys, content: rewriteForIndex(`<!doctype html><html lang="vi"><head></head><body>${html}</body></html>`, keys, indexedNumber(page)) };
  } catch (e) {
    throw new Error(`${page.url}: ${(e as Error).message}`);
  }
}

/**
 * What else makes a shard's index besides its pages' keys: the version of Pagefind (as its root
 * index, written first, records it), the site's code, packages and address, which shape every
 * page beyond what its key holds, and the code that cuts pages for the index and sets its options.
 */
async function indexCodeDigest(out: string): Promise<string> {
  const { version } = JSON.parse(await readFile(join(out, 'pagefind-entry.json'), 'utf8')) as { version?: string };
  const self = fileURLToPath(import.meta.url);
  const root = process.cwd();
  const site = treeDigest(root, ['src', 'astro.config.mjs', 'package-lock.json', 'public']);
  return `pagefind ${version}\0${site}\0${process.env.SITE ?? ''}\0${codeFingerprint(dirname(self), [self])}\0`;
}

const DIGEST_FILE = 'pages.sha256';
/** The pages a kept shard indexed, with their number keys: the manifest and the number buckets count them. */
const PAGES_FILE = 'pages.json';
type IndexedPage = { url: string; keys: string[] };

/** Copies the kept index of `id` to `dir` when it was built from pages of this digest; returns the pages it holds. */
async function restoreShard(keep: string, id: string, digest: string, dir: string): Promise<IndexedPage[] | null> {
  const kept = join(keep, id);
  let pages: IndexedPage[];
  try {
    if ((await readFile(join(kept, DIGEST_FILE), 'utf8')) !== digest) return null;
    pages = JSON.parse(await readFile(join(kept, PAGES_FILE), 'utf8')) as IndexedPage[];
  } catch {
    return null;
  }
  await cp(kept, dir, { recursive: true, filter: (src) => src !== join(kept, DIGEST_FILE) && src !== join(kept, PAGES_FILE) });
  return pages;
}

/** Keeps a copy of a shard's index and its pages; the digest is written last, so a copy cut short is never reused. */
async function saveShard(keep: string, id: string, digest: string, dir: string, pages: IndexedPage[]): Promise<void> {
  const kept = join(keep, id);
  await rm(kept, { recursive: true, force: true });
  await cp(dir, kept, { recursive: true });
  await writeFile(join(kept, PAGES_FILE), JSON.stringify(pages));
  await writeFile(join(kept, DIGEST_FILE), digest);
}

/** Drops the kept indexes of shards the site no longer has. */
async function pruneShards(keep: string, ids: ReadonlySet<string>): Promise<void> {
  if (!existsSync(keep)) return;
  for (const name of await readdir(keep)) if (!ids.has(name)) await rm(join(keep, name), { recursive: true, force: true });
}

/** Where a part's index records its shards for `npm run merge-parts` (src/lib/search/parts.ts). */
export const PART_FILE = 'part.json';

export interface PartRecord {
  part: BuildPart;
  /** The shards this part indexed: their place in the whole site's plan, and the pages per number key. */
  shards: Array<{ order: number; info: ShardInfo; keys: Record<string, number> }>;
}

/**
 * Writes the manifest and the number buckets of an index whose shards are in `out`: `found`
 * in the plan's order, `keysOf` number key → shard → pages carrying it.
 */
export async function writeIndexManifest(out: string, found: readonly ShardInfo[], keysOf: ReadonlyMap<string, ReadonlyMap<string, number>>): Promise<void> {
  const buckets = bucketCount(keysOf.size);
  const byBucket = new Map<number, NumberBucket>();
  for (const [key, ids] of [...keysOf].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const b = numberBucket(key, buckets);
    let bucket = byBucket.get(b);
    if (!bucket) byBucket.set(b, (bucket = {}));
    bucket[key] = found.filter((s) => ids.has(s.id)).map((s) => [s.id, ids.get(s.id)!]);
  }
  await mkdir(join(out, NUMBERS_DIR), { recursive: true });
  await Promise.all([...byBucket].map(([b, bucket]) => writeFile(join(out, NUMBERS_DIR, `${b}.json`), JSON.stringify(bucket))));
  const tag = createHash('sha256');
  for (const s of found) tag.update(`${s.id}\n${await readFile(join(out, s.id, 'pagefind-entry.json'), 'utf8')}\n`);
  const manifest: ShardManifest = { version: 2, build: tag.digest('hex').slice(0, 12), shards: [...found], numberBuckets: buckets };
  await writeFile(join(out, MANIFEST_FILE), JSON.stringify(manifest));
}

export async function buildSearchIndex(
  input: readonly IndexPage[],
  out: string,
  log: (msg: string) => void = () => {},
  options: IndexOptions = {},
): Promise<IndexReport> {
  const started = performance.now();
  const warnings: string[] = [];
  await rm(out, { recursive: true, force: true });
  const planned = byAddress(input);
  const { rendered } = options;
  const { shards, shardOf } = planShards(
    planned.map((p) => ({ key: p.url, date: isoDate(p.date) })),
    { ...SHARD_SIZES, ...options.shardSizes },
  );
  const filesOf = new Map<string, IndexPage[]>(shards.map((s) => [s.id, []]));
  for (const p of planned) filesOf.get(shardOf.get(p.url)!)!.push(p);
  const partOf = options.part ? assignParts(shards, options.part.count) : null;
  const ours = partOf ? shards.filter((s) => partOf.get(s.id) === options.part!.index) : shards;

  let pages = 0;
  let numbered = 0;
  let addMs = 0;
  let writeMs = 0;
  /** Number key → shard → pages carrying it. */
  const keysOf = new Map<string, Map<string, number>>();
  /**
   * Hands `visit` each page of `files` in order, read and rewritten several at a time.
   * In order, because the index lists pages in the order they were added: pages added as they
   * came made two builds of the same site differ (another pf_meta, another build tag).
   */
  const inOrder = async (files: IndexPage[], visit: (page: PreparedPage) => Promise<void>): Promise<void> => {
    const prepared: Array<Promise<PreparedPage>> = [];
    let next = 0;
    const prepareNext = (): void => {
      const i = next++;
      if (i >= files.length) return;
      prepared[i] = preparePage(files[i]!);
      // Its error is thrown where it is awaited, in order; until then it is not "unhandled".
      prepared[i].catch(() => {});
    };
    for (let k = 0; k < IN_FLIGHT; k++) prepareNext();
    for (let i = 0; i < files.length; i++) {
      const page = await prepared[i]!;
      prepareNext();
      await visit(page);
    }
  };
  const count = (shard: ShardInfo, page: IndexedPage): void => {
    if (page.keys.length) numbered++;
    for (const k of page.keys) {
      let perShard = keysOf.get(k);
      if (!perShard) keysOf.set(k, (perShard = new Map()));
      perShard.set(shard.id, (perShard.get(shard.id) ?? 0) + 1);
    }
  };
  let reused = 0;
  /** Set once the root index is written (indexCodeDigest). */
  let codeKey = '';
  const indexShard = async (shard: ShardInfo): Promise<number> => {
    const files = filesOf.get(shard.id)!;
    const dir = join(out, shard.id);
    // Incremental: a shard whose pages are all as they were is copied from the last build, decided
    // from the pages' keys before any is written, so a shard that changed is indexed while Astro
    // still restores the others.
    let digest: string | null = null;
    if (options.reuse && files.every((f) => f.key)) {
      const hash = createHash('sha256').update(codeKey);
      for (const f of files) hash.update(`${f.url}\0${f.key}\0`);
      digest = hash.digest('hex');
      const kept = await restoreShard(options.reuse, shard.id, digest, dir);
      if (kept) {
        for (const page of kept) count(shard, page);
        pages += kept.length;
        reused++;
        return kept.length;
      }
    }
    const index = await newIndex();
    const t0 = performance.now();
    const indexedPages: IndexedPage[] = [];
    await inOrder(files, async (page) => {
      const res = await index.addHTMLFile({ url: page.url, content: page.content });
      if (res.errors.length) throw new Error(`${page.url}: Pagefind could not index it: ${res.errors.join('; ')}`);
      indexedPages.push({ url: page.url, keys: page.keys });
      count(shard, page);
    });
    const indexed = indexedPages.length;
    const t1 = performance.now();
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length) throw new Error(`Pagefind could not write ${dir}: ${written.errors.join('; ')}`);
    // Frees the service's copy of this shard before the next one is built.
    await index.deleteIndex();
    await Promise.all(SHARD_DROPS.map((f) => rm(join(dir, f), { force: true })));
    if (options.reuse && digest) await saveShard(options.reuse, shard.id, digest, dir, indexedPages);
    addMs += t1 - t0;
    writeMs += performance.now() - t1;
    pages += indexed;
    return indexed;
  };

  let found: ShardInfo[];
  try {
    await writeRoot(out);
    if (options.reuse) codeKey = await indexCodeDigest(out);
    const queue = [...ours];
    const indexedOf = new Map<string, number>();
    await Promise.all(
      Array.from({ length: SHARDS_AT_ONCE }, async (_, worker) => {
        // While Astro renders pages on one core, one shard is indexed on the other.
        if (worker > 0 && rendered) await rendered;
        for (let s = queue.shift(); s; s = queue.shift()) indexedOf.set(s.id, await indexShard(s));
      }),
    );
    found = ours.map((s) => ({ ...s, pages: indexedOf.get(s.id) ?? 0 })).filter((s) => s.pages > 0);
    for (const s of ours) {
      if (!found.some((f) => f.id === s.id)) await rm(join(out, s.id), { recursive: true, force: true });
    }
    if (options.reuse) await pruneShards(options.reuse, new Set(shards.map((s) => s.id)));
  } finally {
    await pagefind.close();
  }
  if (pages === 0) warnings.push('no page to index: the search index is empty');

  if (options.part) {
    // What the merge needs to write the manifest of all parts: each shard's place in the plan and its number keys.
    const record: PartRecord = {
      part: options.part,
      shards: found.map((s) => ({
        order: shards.findIndex((p) => p.id === s.id),
        info: s,
        keys: Object.fromEntries([...keysOf].filter(([, ids]) => ids.has(s.id)).map(([k, ids]) => [k, ids.get(s.id)!])),
      })),
    };
    await writeFile(join(out, PART_FILE), JSON.stringify(record));
  }
  await writeIndexManifest(out, found, keysOf);

  const bytes = await dirBytes(out);
  const ms = Math.round(performance.now() - started);
  for (const w of warnings) log(`warning: ${w}`);
  log(
    `indexed ${pages} pages (${numbered} with a number) into ${out}: ${(bytes / 1024).toFixed(0)} KB in ${ms} ms ` +
      `(${found.length} shards: ${found.map((s) => `${s.id} ${s.pages}`).join(', ')}; ` +
      `${options.reuse ? `${reused} reused from the last build; ` : ''}pages added in ${Math.round(addMs)} ms, index written in ${Math.round(writeMs)} ms, summed over shards)`,
  );
  return { pages, numbered, bytes, ms, warnings, shards: found };
}
