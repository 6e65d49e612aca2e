/**
 * A private copy of the project for one benchmark run: its own content/documents,
 * dist/ and caches, so a generated corpus never touches the repository's.
 *
 * node_modules is not copied: the copy gets a real node_modules folder whose
 * entries are symlinks to the repository's packages, except the cache folders
 * Astro and Vite write into (.astro, .vite), so caches stay per copy.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Top-level entries never copied: dependencies, outputs, caches, history. */
const SKIP_TOP = new Set(['node_modules', 'dist', '.git', '.astro', '.cache', 'test-results', 'playwright-report']);
const CACHE_DIRS = new Set(['.astro', '.vite', '.cache']);

export function makeProjectCopy(repo: string, dest: string): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const name of readdirSync(repo)) {
    if (SKIP_TOP.has(name) || name.startsWith('.dist-')) continue;
    const from = join(repo, name);
    cpSync(from, join(dest, name), {
      recursive: true,
      // The repository's imported documents are replaced by the corpus under test.
      filter: (src) => !relative(repo, src).startsWith(join('content', 'documents')) && !relative(repo, src).startsWith(join('content', 'overrides')),
    });
  }
  mkdirSync(join(dest, 'content', 'documents'), { recursive: true });
  const nm = join(dest, 'node_modules');
  mkdirSync(nm);
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (CACHE_DIRS.has(name)) continue;
    symlinkSync(join(repo, 'node_modules', name), join(nm, name));
  }
}

/** Total bytes of regular files under `dir` (0 when missing). */
export function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) n += dirBytes(p);
    else if (e.isFile()) n += statSync(p).size;
    else if (e.isSymbolicLink() && lstatSync(p).isFile()) n += statSync(p).size;
  }
  return n;
}

/** Number of .html files under `dir`. */
export function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countHtml(join(dir, e.name));
    else if (e.name.endsWith('.html')) n++;
  }
  return n;
}

/** Every file of a built site with a hash of its bytes: equal snapshots, same site (the bench's build in parts, the build tests). */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, f);
    if (statSync(path).isFile()) out[f] = createHash('sha1').update(readFileSync(path)).digest('hex');
  }
  return out;
}
