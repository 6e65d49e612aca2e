/**
 * The original file of a document: the raw text as it was received, kept in
 * content/sources/ beside the documents folder and published under /goc/ so a
 * reader can check the page against what the issuer sent. A document whose
 * source file is not there (a generated corpus, a copy without sources) shows
 * no link rather than a broken one.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { contentDir } from './load.ts';

export function sourcesDir(): string {
  return resolve(contentDir(), '..', 'sources');
}

export interface OriginalFile {
  href: string;
  /** The file name as stored. */
  name: string;
  /** Where on disk, for the endpoint that copies it. */
  path: string;
}

export function originalFile(file: string): OriginalFile | null {
  const root = sourcesDir();
  const path = resolve(join(root, file));
  // The path comes from frontmatter: never let it leave the sources folder.
  if (!path.startsWith(root + sep)) return null;
  if (!existsSync(path) || !statSync(path).isFile()) return null;
  const href = `/goc/${file.split('/').map(encodeURIComponent).join('/')}`;
  return { href, name: file.split('/').pop()!, path };
}
