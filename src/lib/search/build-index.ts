/**
 * Indexes a built site with Pagefind's Node API into `<site>/pagefind/`.
 * Used by the Astro integration after `astro build` and by the benchmark on
 * generated sites. Throws (with the file at fault) on any Pagefind error.
 */
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { displayNumber, documentKeys, type NumberedDocument } from './numbers.ts';
import { pageForIndex } from './index-copy.ts';
import { readMeta, rewriteForIndex } from './rewrite.ts';

export interface IndexReport {
  pages: number;
  /** Pages found by at least one number key. */
  numbered: number;
  /** Total bytes written under pagefind/. */
  bytes: number;
  ms: number;
  warnings: string[];
}

/** Entry of dist/data/documents.json (the fields search uses). */
interface OpenDataDocument {
  url: string;
  docType: string | null;
  number: string | null;
  symbol: string | null;
  year: number | null;
}

const IN_FLIGHT = 8;

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
  const list = Array.isArray(parsed) ? parsed : (parsed as { documents?: unknown })?.documents;
  if (!Array.isArray(list)) throw new Error(`${path}: expected an array of documents (or { documents: [...] })`);
  const byUrl = new Map<string, OpenDataDocument>();
  list.forEach((d: unknown, i: number) => {
    const doc = d as Partial<OpenDataDocument> | null;
    if (!doc || typeof doc.url !== 'string') throw new Error(`${path}: document #${i} has no string field "url"`);
    const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
    byUrl.set(normaliseUrl(doc.url), {
      url: doc.url,
      docType: str(doc.docType),
      number: str(doc.number),
      symbol: str(doc.symbol),
      year: typeof doc.year === 'number' ? doc.year : null,
    });
  });
  return byUrl;
}

export async function buildSearchIndex(site: string, log: (msg: string) => void = () => {}): Promise<IndexReport> {
  const started = performance.now();
  const warnings: string[] = [];
  const out = join(site, 'pagefind');
  await rm(out, { recursive: true, force: true });
  const openData = await readOpenData(site, warnings);

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ') || 'no index'}`);
  let pages = 0;
  let numbered = 0;
  let added = started;
  try {
    // Several pages in flight: Pagefind's service indexes them on all cores while this
    // process reads and rewrites the next ones (one at a time left a core idle).
    const files = await htmlFiles(site, out);
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++]!;
        const html = await readFile(file, 'utf8');
        if (!html.includes('data-pagefind-body')) continue;
        const rel = relative(site, file);
        const url = urlOf(rel);
        const doc: NumberedDocument = openData?.get(url) ?? {
          docType: readMeta(html, 'docType'),
          number: readMeta(html, 'number'),
          symbol: readMeta(html, 'symbol'),
          year: null,
        };
        if (openData && !openData.has(url) && /^\/(van-ban|dan-chieu)\//.test(url)) {
          warnings.push(`${rel}: no entry for ${url} in data/documents.json; number keys read from the page`);
        }
        const keys = documentKeys(doc);
        let content: string;
        try {
          content = rewriteForIndex(pageForIndex(html), keys, displayNumber(doc.number, doc.symbol, doc.year));
        } catch (e) {
          throw new Error(`${rel}: ${(e as Error).message}`);
        }
        const res = await index.addHTMLFile({ url, content });
        if (res.errors.length) throw new Error(`${rel}: Pagefind could not index it: ${res.errors.join('; ')}`);
        pages++;
        if (keys.length) numbered++;
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    added = performance.now();
    if (pages === 0) warnings.push(`no page in ${site} has data-pagefind-body: the search index is empty`);
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(`Pagefind could not write ${out}: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  await Promise.all(UNUSED.map((f) => rm(join(out, f), { force: true })));
  const bytes = await dirBytes(out);
  const ms = Math.round(performance.now() - started);
  for (const w of warnings) log(`warning: ${w}`);
  log(
    `indexed ${pages} pages (${numbered} with a number) into ${out}: ${(bytes / 1024).toFixed(0)} KB in ${ms} ms ` +
      `(pages added in ${Math.round(added - started)} ms, index written in ${Math.round(performance.now() - added)} ms)`,
  );
  return { pages, numbered, bytes, ms, warnings };
}
