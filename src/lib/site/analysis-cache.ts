/**
 * What reading one document file yields — its frontmatter, its body's text and anchors, and the
 * citation engine's reading of it alone (src/lib/citations/graph.ts, analyseDocument) — kept in
 * Astro's cache folder between builds, one file per document. A rebuild reads again only the
 * files that changed; what spans documents (resolution, statuses, panels) is always computed
 * afresh from these. At 3,000 generated documents the reading was 8.6 s of CPU, the part
 * across documents under 2 s.
 *
 * An entry is keyed by the file's bytes and by the code that reads it (this module's imports
 * at any depth, and the versions of the parsers), so a fix to the engine reaches every
 * document, not only those edited since. Used only where a build turns it on (the documents
 * loader); `npm run check` and the tests read every file as before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { analyseDocument, type DocumentAnalysis } from '../citations/index.ts';
import { codeFingerprint, packageVersions } from '../code-fingerprint.ts';
import type { DocumentFrontmatter } from '../schema.ts';
import type { AnchorEntry } from './collection.ts';
import { analyseBody, toCollectionDocument } from './collection.ts';
import { DOCUMENT_EXTENSION, documentNames, parseDocumentFile, reportLeftOut } from './load.ts';
import { pruneById, writeWhole } from './rendered.ts';

const FOLDER = 'can-cu-analysis';
const EXT = '.v8';
/** The modules that read a document file, from the site data down to the engine and the parsers they call. */
const READING_ENTRIES = ['src/lib/site/analysis-cache.ts'];
const READING_PACKAGES = ['satteri', 'yaml', 'zod'];
// Set by the documents loader; the site data is computed in other module graphs of the same process.
const SLOT = Symbol.for('can-cu.analysis-cache');
type Slot = { [SLOT]?: AnalysisCache };

export interface AnalysisCache {
  dir: string;
  /** Digest of the reading code: an entry written by other code is read afresh. */
  code: string;
  /** The project whose code reads the files: a second thread loads it from there. */
  root: string;
}

export interface AnalysedFile {
  id: string;
  file: string;
  frontmatter: DocumentFrontmatter;
  text: string;
  anchors: AnchorEntry[];
  analysis: DocumentAnalysis;
}

interface Entry {
  key: string;
  frontmatter: DocumentFrontmatter;
  text: string;
  anchors: AnchorEntry[];
  analysis: DocumentAnalysis;
}

/** Turns the cache on for this process: `cacheDir` is Astro's, `root` the project's (for the code's fingerprint). */
export function useAnalysisCache(cacheDir: string, root: string): AnalysisCache {
  return ((globalThis as Slot)[SLOT] = analysisCacheAt(cacheDir, root));
}

/** The cache under `cacheDir`, for the code of the project at `root`. */
export function analysisCacheAt(cacheDir: string, root: string): AnalysisCache {
  const dir = join(cacheDir, FOLDER);
  mkdirSync(dir, { recursive: true });
  const code = [codeFingerprint(root, READING_ENTRIES), ...packageVersions(root, READING_PACKAGES)];
  return { dir, code: createHash('sha256').update(code.join('\u0000')).digest('hex'), root };
}

/** Where entries are kept, when a build turned the cache on in this process. */
export function analysisCache(): AnalysisCache | null {
  return (globalThis as Slot)[SLOT] ?? null;
}

function readEntry(file: string): Entry | null {
  try {
    return deserialize(readFileSync(file)) as Entry;
  } catch {
    // Missing, or cut short by a killed build before writeWhole's rename (never), or from another Node: read afresh.
    return null;
  }
}

/** Files this thread has read afresh, not from the cache: a cold cache shows in the first few. */
let freshReads = 0;

/**
 * Reads `name` (a document file of `dir`) from the cache when its bytes and the code are as
 * they were, and afresh otherwise (keeping the result). Returns the problems of a file that
 * does not parse or validate; such a file is never kept.
 */
export function analyseFile(cache: AnalysisCache, dir: string, name: string): AnalysedFile | { problems: string[] } {
  const id = name.slice(0, -DOCUMENT_EXTENSION.length);
  const file = join(dir, name);
  const source = readFileSync(file, 'utf8');
  const key = createHash('sha256').update(cache.code).update('\u0000').update(source).digest('base64url');
  const kept = join(cache.dir, `${id}${EXT}`);
  const entry = readEntry(kept);
  if (entry && entry.key === key) return { id, file, frontmatter: entry.frontmatter, text: entry.text, anchors: entry.anchors, analysis: entry.analysis };
  freshReads++;
  const parsed = parseDocumentFile(file, source);
  if ('problems' in parsed) return parsed;
  const { text, anchors } = analyseBody(parsed.body);
  const analysis = analyseDocument(toCollectionDocument(id, parsed.frontmatter), text);
  writeWhole(kept, serialize({ key, frontmatter: parsed.frontmatter, text, anchors, analysis } satisfies Entry));
  return { id, file, frontmatter: parsed.frontmatter, text, anchors, analysis };
}

/**
 * A second thread starts once this many files in a row were not in the cache, and only for at
 * least SHARED_FROM files still to read: it takes about half a second to start, more than reading
 * a few hundred files from the cache.
 */
const COLD_AFTER = 8;
/** How the last `loadAnalysed` of this thread shared its files: how many the second thread read. */
export const lastLoad = { sharedFiles: 0 };
const SHARED_FROM = 100;

/**
 * The valid documents of `dir`, as `loadDocuments` reads them but through the cache; each problem
 * of a file left out is printed once, as there. Entries of documents no longer in `dir` are dropped.
 *
 * From a cold cache a second thread reads files too (src/lib/site/analysis-worker.ts): the reading is
 * the larger part of the site data, and while it runs the search index process, on the other core,
 * has no pages to index yet. The two threads take the next file from one shared counter; the second
 * writes what it reads to the cache, and this thread reads it back from there, so what is returned
 * is what one thread alone returns, in the same order.
 */
export function loadAnalysed(dir: string, cache: AnalysisCache): AnalysedFile[] {
  const names = documentNames(dir);
  const results: Array<AnalysedFile | { problems: string[] } | undefined> = new Array(names.length);
  const next = new Int32Array(new SharedArrayBuffer(4));
  let helper: Helper | null = null;
  let cold = 0;
  for (let i = Atomics.add(next, 0, 1); i < names.length; i = Atomics.add(next, 0, 1)) {
    const before = freshReads;
    results[i] = analyseFile(cache, dir, names[i]!);
    cold = freshReads > before ? cold + 1 : 0;
    if (!helper && cold >= COLD_AFTER && names.length - i > SHARED_FROM) helper = startHelper(cache, dir, names, next);
  }
  lastLoad.sharedFiles = 0;
  for (let i = 0; i < names.length; i++) if (results[i] === undefined) lastLoad.sharedFiles++;
  if (helper) {
    // The files the helper took: once it is done with each, read back from the cache, or read here if it
    // could not keep one (a file that does not validate is never kept: its problems are printed from here).
    for (let i = 0; i < names.length; i++) {
      if (results[i]) continue;
      // (A file takes milliseconds: a helper silent on one for a minute is gone, and the file is read here.)
      for (let waited = 0; Atomics.load(helper.done, i) === 0 && waited < 60; waited++) Atomics.wait(helper.done, i, 0, 1000);
      results[i] = analyseFile(cache, dir, names[i]!);
    }
    void helper.worker.terminate();
  }
  const loaded: AnalysedFile[] = [];
  for (const r of results) {
    if ('problems' in r!) reportLeftOut(r.problems);
    else loaded.push(r!);
  }
  pruneById(cache.dir, EXT, new Set(loaded.map((d) => d.id)));
  return loaded;
}

interface Helper {
  worker: Worker;
  /** The next file's index, taken by whichever thread is free. */
  next: Int32Array;
  /** 1 for each file the helper has finished with (kept or not). */
  done: Int32Array;
}

function startHelper(cache: AnalysisCache, dir: string, names: string[], next: Int32Array): Helper | null {
  const done = new Int32Array(new SharedArrayBuffer(4 * names.length));
  let worker: Worker;
  try {
    worker = new Worker(join(cache.root, 'src/lib/site/analysis-worker.ts'), { workerData: { cache, dir, names, next, done } });
  } catch {
    return null;
  }
  // A helper that fails to start takes no file; one that fails on a file marks it done, and that file is read here.
  worker.on('error', () => {});
  worker.unref();
  return { worker, next, done };
}
