/**
 * Rendered document bodies, one HTML file per document in Astro's cache
 * folder, written by the content loader and read by the document page and
 * the search index (src/lib/site/search-pages.ts), in a folder of their own
 * for each content folder: a build of another collection (a test's, a part's)
 * prunes its own bodies, never those of the collection the site is built from.
 *
 * Why not in Astro's data store: the store is one object in memory, written
 * out as one JSON string and bundled into the build as a module, so every
 * body's HTML would be held three or four times at once; at 10,000 documents
 * that ran the build out of memory. A file per document is read when its page
 * is rendered and let go after.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from './load.ts';

const FOLDER = 'can-cu-rendered';
// The loader (run by Astro's content sync) and the pages live in different module graphs of
// one process: the folder is handed over through a process-wide slot.
const SLOT = Symbol.for('can-cu.rendered-dir');
type Slot = { [SLOT]?: string };

/** Names, in each content folder's body folder, the content folder it holds the bodies of. */
const SOURCE_FILE = 'content-folder.txt';

/**
 * The bodies' folder of the content folder `content` under Astro's cache folder; remembered for
 * `readRendered`. The folders of content folders that no longer exist (tests' temporary ones)
 * are removed.
 */
export function useRenderedDir(cacheDir: string, content = contentDir()): string {
  const root = join(cacheDir, FOLDER);
  const source = resolve(content);
  const dir = join(root, createHash('sha256').update(source).digest('hex').slice(0, 16));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, SOURCE_FILE), source);
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (path === dir) continue;
    // Bodies of the layout before one folder per content folder, and folders of content gone.
    if (!entry.isDirectory()) rmSync(path, { force: true });
    else if (!existsSync(join(path, SOURCE_FILE)) || !existsSync(readFileSync(join(path, SOURCE_FILE), 'utf8'))) rmSync(path, { recursive: true, force: true });
  }
  (globalThis as Slot)[SLOT] = dir;
  return dir;
}

function fileOf(dir: string, id: string): string {
  return join(dir, `${id}.html`);
}

/** Written whole or not at all: a build stopped halfway never leaves half a file behind. */
export function writeWhole(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

export function writeRendered(dir: string, id: string, html: string): void {
  writeWhole(fileOf(dir, id), html);
}

/**
 * Removes the bodies of documents the store no longer holds (deleted, or left out as invalid),
 * and the half-written files of builds that were killed. Returns the ids removed.
 * Why: the folder outlives every build; without this it keeps every body ever rendered, and
 * the text of a withdrawn document stays on disk where a stale page could be built from it.
 */
export function pruneRendered(dir: string, keep: ReadonlySet<string>): string[] {
  return pruneById(dir, '.html', keep);
}

/** Removes the `ID<ext>` files of `dir` whose id is not kept, and the leftovers of killed writers (writeWhole). */
export function pruneById(dir: string, ext: string, keep: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const tmp = /\.(\d+)\.tmp$/.exec(name);
    if (tmp) {
      if (!isRunning(Number(tmp[1]))) rmSync(join(dir, name), { force: true });
      continue;
    }
    if (!name.endsWith(ext)) continue;
    const id = name.slice(0, -ext.length);
    if (keep.has(id)) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(id);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function hasRendered(dir: string, id: string): boolean {
  return existsSync(fileOf(dir, id));
}

/** The folder the loader wrote this process's bodies to, asked for `id`'s. */
function renderedDirFor(id: string): string {
  const dir = (globalThis as Slot)[SLOT];
  if (!dir) throw new Error(`the body of ${id} was never rendered: the documents loader has not run in this process`);
  return dir;
}

const DIGESTS = 'digests.json';
const DIGESTS_SLOT = Symbol.for('can-cu.rendered-digests');
type DigestSlot = { [DIGESTS_SLOT]?: { dir: string; digests: Map<string, string> } };

/**
 * What each body was rendered from (the loader's digest of the rendering code, the source and its
 * links), one file for all: a page's cache key takes it in place of the body itself, which would be
 * read whole for every page of every build (at 10,000 documents, 12 s of a one-document rebuild).
 */
export function writeRenderedDigests(dir: string, digests: ReadonlyMap<string, string>): void {
  writeWhole(join(dir, DIGESTS), JSON.stringify(Object.fromEntries([...digests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))));
  (globalThis as DigestSlot)[DIGESTS_SLOT] = { dir, digests: new Map(digests) };
}

/** The digest `id`'s body was rendered from; throws where the loader recorded none. */
export function renderedDigest(id: string): string {
  const dir = renderedDirFor(id);
  const slot = globalThis as DigestSlot;
  if (slot[DIGESTS_SLOT]?.dir !== dir) {
    let parsed: Record<string, string>;
    try {
      parsed = JSON.parse(readFileSync(join(dir, DIGESTS), 'utf8')) as Record<string, string>;
    } catch (e) {
      throw new Error(`the digests of the rendered bodies are missing from ${dir} (${(e as Error).message}); build again`);
    }
    slot[DIGESTS_SLOT] = { dir, digests: new Map(Object.entries(parsed)) };
  }
  const d = slot[DIGESTS_SLOT]!.digests.get(id);
  if (d === undefined) throw new Error(`no digest for the rendered body of ${id} in ${dir}; build again`);
  return d;
}

/** Where `id`'s rendered body is: the search index reads it there (src/lib/site/search-pages.ts). */
export function renderedFile(id: string): string {
  return fileOf(renderedDirFor(id), id);
}

export function readRendered(id: string): string {
  const dir = renderedDirFor(id);
  try {
    return readFileSync(fileOf(dir, id), 'utf8');
  } catch (e) {
    throw new Error(`the rendered body of ${id} is missing from ${dir} (${(e as Error).message}); build again`);
  }
}
