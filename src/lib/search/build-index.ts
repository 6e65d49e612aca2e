/**
 * Indexes a built site with Pagefind's Node API into `<site>/pagefind/`, one
 * index per shard (shards.ts) plus the number-key buckets and the manifest.
 * Used by `npm run build` while Astro is still writing pages (scripts/index-search.ts:
 * the pages to index come from the site data, and each is read once Astro has
 * written it), by the Astro integration after a plain `astro build`, and by the
 * benchmark on generated sites. Throws (with the file at fault) on any Pagefind error.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { codeFingerprint, treeDigest } from '../code-fingerprint.ts';
import { numberSymbol } from '../site/format.ts';
import { documentKeys, type NumberedDocument } from './numbers.ts';
import { toIndexForm } from './fold.ts';
import { pageForIndex } from './index-copy.ts';
import { readMeta, rewriteForIndex } from './rewrite.ts';
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
  /** Total bytes written under pagefind/. */
  bytes: number;
  ms: number;
  warnings: string[];
  shards: ShardInfo[];
}

export interface IndexOptions {
  /** How many pages go in each shard (shards.ts). */
  shardSizes?: Partial<ShardSizes>;
  /**
   * Every document as the site data holds it (the build passes them: src/integrations/pagefind.ts).
   * Without them, the site's own dist/data/documents.json is read, for an index rebuilt from a
   * built site alone.
   */
  documents?: readonly OpenDataDocument[];
  /** Where the index goes (default `<site>/pagefind`). */
  out?: string;
  /**
   * Set when Astro is still writing the site: the pages to index are the documents' pages
   * (`documents` is then required) and each is read once it is written whole.
   */
  concurrent?: ConcurrentPages;
  /**
   * A folder that keeps each shard's index and the digest of its pages' keys (`npm run build --
   * --incremental`, which hands each page's `key` with `documents`): a shard whose pages and keys
   * are unchanged is copied from it.
   */
  reuse?: string;
  /**
   * One part of a build split into parts (src/lib/search/parts.ts): only the shards of this part
   * are indexed, and the part's record is written beside them for the merge.
   */
  part?: BuildPart;
}

/** A site being written while it is indexed. */
export interface ConcurrentPages {
  /** The page at `file` once written whole; rejects when it never will be. */
  read(file: string): Promise<string>;
  /**
   * Resolves when Astro has written every page. Until then one shard is indexed at a time
   * (Astro renders on the other core); then two.
   */
  written: Promise<void>;
}

/** What search takes from a document: its page, its number and its date (a record's fields, as documents.json writes them). */
export interface OpenDataDocument extends NumberedDocument {
  url: string;
  /** ISO date; it picks the shard. */
  date: string | null;
  /**
   * The page's key in an incremental build (src/lib/site/page-keys.ts: a digest of all it shows);
   * a kept shard is reused when its pages and their keys are as they were.
   */
  key?: string;
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

async function htmlFiles(dir: string, skip: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== skip) out.push(...(await htmlFiles(path, skip)));
    } else if (entry.name.endsWith('.html')) {
      out.push(path);
    }
  }
  return out.sort();
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await dirBytes(path) : (await stat(path)).size;
  }
  return total;
}

/** "van-ban/x/index.html" → "/van-ban/x/"; "a/b.html" → "/a/b.html". */
export function urlOf(relativePath: string): string {
  const p = relativePath.split(sep).join('/');
  if (p === 'index.html') return '/';
  return `/${p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p}`;
}

function normaliseUrl(url: string): string {
  let u = url.startsWith('/') ? url : `/${url}`;
  if (!u.endsWith('/') && !u.endsWith('.html')) u += '/';
  return u;
}

async function readOpenData(site: string, warnings: string[]): Promise<Map<string, OpenDataDocument> | null> {
  const path = join(site, 'data', 'documents.json');
  if (!existsSync(path)) {
    warnings.push(`${path} not found: number keys come from the pages' data-pagefind-meta (no year)`);
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new Error(`${path}: expected an array of documents`);
  return byUrl(parsed.map((d: unknown, i: number) => {
    const doc = openDataEntry(d);
    if (!doc) throw new Error(`${path}: document #${i} has no string field "url"`);
    return doc;
  }));
}

function byUrl(docs: readonly OpenDataDocument[]): Map<string, OpenDataDocument> {
  return new Map(docs.map((d) => [normaliseUrl(d.url), d]));
}

/** What search takes from one entry of documents.json; null when it has no url. */
export function openDataEntry(d: unknown): OpenDataDocument | null {
  const doc = d as Record<string, unknown> | null;
  if (!doc || typeof doc.url !== 'string') return null;
  const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
  return {
    url: doc.url,
    docType: str(doc.docType),
    number: str(doc.number),
    symbol: str(doc.symbol),
    symbolYear: typeof doc.symbolYear === 'number' ? doc.symbolYear : null,
    date: str(doc.date),
  };
}

/** The number a search result shows ("Số 19/CT-TTg"), written into the index copy of the page. */
export function indexedNumber(doc: NumberedDocument): string | null {
  return numberSymbol(doc);
}

const SORT_DATE = /\sdata-pagefind-sort=(["'])date:(\d{4}-\d{2}-\d{2})/;

interface PlannedPage {
  file: string;
  rel: string;
  url: string;
  date: string | null;
}

/**
 * The pages to index and their dates. Pages listed in documents.json take the
 * date from it; any other page is read to see whether it is
 * indexed at all (data-pagefind-body) and what date it sorts by.
 */
async function planPages(site: string, out: string, openData: Map<string, OpenDataDocument> | null): Promise<PlannedPage[]> {
  const planned: PlannedPage[] = [];
  for (const file of await htmlFiles(site, out)) {
    const rel = relative(site, file);
    const url = urlOf(rel);
    const doc = openData?.get(url);
    if (doc) {
      planned.push({ file, rel, url, date: isoDate(doc.date) });
      continue;
    }
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const m = SORT_DATE.exec(html);
    planned.push({ file, rel, url, date: m ? m[2]! : null });
  }
  return planned;
}

/** "/van-ban/x/" → "van-ban/x/index.html": where a page of the site data is written (urlOf's inverse). */
export function fileOfUrl(url: string): string {
  const u = normaliseUrl(url);
  return u.endsWith('.html') ? u.slice(1) : `${u.slice(1)}index.html`;
}

/**
 * The pages of the site data's documents, in the order a scan of the built site
 * would list them (sorted full paths), so that both give one index.
 */
function planDocumentPages(site: string, openData: Map<string, OpenDataDocument>): PlannedPage[] {
  return [...openData.values()]
    .map((doc) => {
      const rel = fileOfUrl(doc.url);
      return { file: join(site, rel), rel, url: normaliseUrl(doc.url), date: isoDate(doc.date) };
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
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
  rel: string;
  url: string;
  keys: string[];
  /** The page as Pagefind reads it (index-copy.ts, rewrite.ts). */
  content: string;
}

/** The number keys of a page: from the site's documents, or from the page when they do not list it. */
function numberedOf(url: string, html: string, openData: Map<string, OpenDataDocument> | null): NumberedDocument {
  return (
    openData?.get(url) ?? {
      docType: readMeta(html, 'docType'),
      number: readMeta(html, 'number'),
      symbol: readMeta(html, 'symbol'),
      symbolYear: null,
    }
  );
}

/** One page read and cut to what the index takes; null when it has no data-pagefind-body. */
async function preparePage(
  { file, rel, url }: PlannedPage,
  openData: Map<string, OpenDataDocument> | null,
  warnings: string[],
  read: (file: string) => Promise<string>,
): Promise<PreparedPage | null> {
  const html = await read(file);
  if (!html.includes('data-pagefind-body')) return null;
  const doc = numberedOf(url, html, openData);
  if (openData && !openData.has(url) && /^\/(van-ban|dan-chieu)\//.test(url)) {
    warnings.push(`${rel}: no entry for ${url} in data/documents.json; number keys read from the page`);
  }
  const keys = documentKeys(doc);
  try {
    return { rel, url, keys, content: rewriteForIndex(pageForIndex(html), keys, indexedNumber(doc)) };
  } catch (e) {
    throw new Error(`${rel}: ${(e as Error).message}`);
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
  site: string,
  log: (msg: string) => void = () => {},
  options: IndexOptions = {},
): Promise<IndexReport> {
  const started = performance.now();
  const warnings: string[] = [];
  const out = options.out ?? join(site, 'pagefind');
  await rm(out, { recursive: true, force: true });
  const openData = options.documents ? byUrl(options.documents) : await readOpenData(site, warnings);
  const { concurrent } = options;
  if (concurrent && !openData) throw new Error('indexing while the site is written needs the documents of the site data');
  // While Astro writes the site there is nothing to scan yet: the documents say which pages come.
  const planned = concurrent ? planDocumentPages(site, openData!) : await planPages(site, out, openData);
  const read = concurrent ? (file: string) => concurrent.read(file) : (file: string) => readFile(file, 'utf8');
  let waitMs = 0;
  const { shards, shardOf } = planShards(
    planned.map((p) => ({ key: p.url, date: p.date })),
    { ...SHARD_SIZES, ...options.shardSizes },
  );
  const filesOf = new Map<string, PlannedPage[]>(shards.map((s) => [s.id, []]));
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
   * Hands `visit` each page of `files` in file order, read and rewritten several at a time.
   * In order, because the index lists pages in the order they were added: pages added as they
   * came made two builds of the same site differ (another pf_meta, another build tag).
   */
  const inOrder = async (files: PlannedPage[], visit: (page: PreparedPage) => Promise<void>): Promise<void> => {
    const prepared: Array<Promise<PreparedPage | null>> = [];
    let next = 0;
    const prepareNext = (): void => {
      const i = next++;
      if (i >= files.length) return;
      prepared[i] = preparePage(files[i]!, openData, warnings, read);
      // Its error is thrown where it is awaited, in order; until then it is not "unhandled".
      prepared[i].catch(() => {});
    };
    for (let k = 0; k < IN_FLIGHT; k++) prepareNext();
    for (let i = 0; i < files.length; i++) {
      const w0 = performance.now();
      const page = await prepared[i]!;
      if (concurrent) waitMs += performance.now() - w0;
      prepareNext();
      if (page) await visit(page);
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
    if (options.reuse && files.every((f) => openData?.get(f.url)?.key)) {
      const hash = createHash('sha256').update(codeKey);
      for (const f of files) hash.update(`${f.url}\0${openData!.get(f.url)!.key}\0`);
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
      if (res.errors.length) throw new Error(`${page.rel}: Pagefind could not index it: ${res.errors.join('; ')}`);
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
        if (worker > 0 && concurrent) await concurrent.written;
        for (let s = queue.shift(); s; s = queue.shift()) indexedOf.set(s.id, await indexShard(s));
      }),
    );
    // A shard's count is what was really indexed (a page listed in documents.json may carry no body).
    found = ours.map((s) => ({ ...s, pages: indexedOf.get(s.id) ?? 0 })).filter((s) => s.pages > 0);
    for (const s of ours) {
      if (!found.some((f) => f.id === s.id)) await rm(join(out, s.id), { recursive: true, force: true });
    }
    if (options.reuse) await pruneShards(options.reuse, new Set(shards.map((s) => s.id)));
  } finally {
    await pagefind.close();
  }
  if (pages === 0) warnings.push(`no page in ${site} has data-pagefind-body: the search index is empty`);

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
      `${options.reuse ? `${reused} reused from the last build; ` : ''}pages added in ${Math.round(addMs)} ms, index written in ${Math.round(writeMs)} ms, summed over shards` +
      `${concurrent ? `; indexed while the site was written, ${Math.round(waitMs)} ms of it waiting for pages` : ''})`,
  );
  return { pages, numbered, bytes, ms, warnings, shards: found };
}
