/**
 * The text of some code and of every module it imports, at any depth: what a cache of that
 * code's output must be keyed by, so that a fix reaches every cached result and not only
 * the inputs edited since (the rendered bodies, src/loaders/documents.ts; the search index's
 * shards, src/lib/search/build-index.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * `entries` are files or folders (their .ts and .mjs files); relative imports are followed,
 * except out of the files in `notFollowed` (read, but what they import is not theirs to key).
 * Paths in the result are relative to `root`, so two checkouts of one commit agree.
 */
export function codeFingerprint(root: string, entries: readonly string[], notFollowed: ReadonlySet<string> = new Set()): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) if (/\.(?:ts|mjs)$/.test(name)) visit(join(path, name));
      return;
    }
    const text = readFileSync(path, 'utf8');
    parts.push(relative(root, path), text);
    if (notFollowed.has(relative(root, path))) return;
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) visit(resolve(dirname(path), m[1]!));
  };
  for (const p of entries) visit(resolve(root, p));
  return parts.join('\u0000');
}

/** The installed versions of `packages` (name, version, …): code a cache is keyed by that is not read as text. */
export function packageVersions(root: string, packages: readonly string[]): string[] {
  const parts: string[] = [];
  for (const pkg of packages) {
    const manifest = join(root, 'node_modules', pkg, 'package.json');
    if (existsSync(manifest)) parts.push(pkg, String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version));
  }
  return parts;
}

/** A digest of every file under `paths` (files or folders, followed down), with its path: for output any of it may shape. */
export function treeDigest(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
  };
  for (const p of paths) visit(resolve(root, p));
  return hash.digest('hex');
}
