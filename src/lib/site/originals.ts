/**
 * The original files (as received: text, Word, PDF, saved page, scan) that the
 * site offers beside each document ("Bản gốc (PDF, 412 KB)"). They are copied
 * from the sources folder into /ban-goc/ by src/integrations/originals.ts. A
 * file is offered only when its bytes still have the SHA-256 the importer
 * recorded, so the page never links a paper other than the one it was read from.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { DocumentFrontmatter } from '../schema.ts';
import { docUrl } from '../urls.ts';
import type { SiteData } from './collection.ts';
import { inBuildPart } from './build-part.ts';
import { sourcesDir } from './load.ts';

export interface Original {
  /** Site path of the copy, under /ban-goc/. */
  href: string;
  /** Path of the file on disk. */
  path: string;
  /** "PDF", "DOCX", "TXT" … */
  kind: string;
  bytes: number;
  sha256: string;
  /** "Bản gốc (PDF, 412 KB)" */
  label: string;
}

/** "412 KB", "1,2 MB" (Vietnamese decimal comma). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/**
 * Where the copy goes under /ban-goc/. A saved web page keeps a `.txt` ending: served
 * as HTML from this site's origin, a portal's scripts would run as the site's own.
 */
export function sitePath(file: string): string {
  return /\.(x?html?|svg|xml)$/i.test(file) ? `${file}.txt` : file;
}

const cache = new Map<string, Original | null>();

export function originalOf(source: DocumentFrontmatter['source']): Original | null {
  const dir = sourcesDir();
  // Keyed by the folder too: a process that builds from another content folder must not be offered this one's files.
  const key = `${dir}\u0000${source.file}\u0000${source.sha256}`;
  if (cache.has(key)) return cache.get(key)!;
  let found: Original | null = null;
  const path = join(dir, source.file);
  // A source path never leaves the sources folder.
  if (!source.file.split('/').includes('..') && existsSync(path)) {
    const bytes = readFileSync(path);
    if (createHash('sha256').update(bytes).digest('hex') === source.sha256) {
      const kind = (extname(source.file).slice(1) || source.original?.format || 'txt').toUpperCase();
      found = {
        href: `/ban-goc/${sitePath(source.file).split('/').map(encodeURIComponent).join('/')}`,
        path, kind, bytes: bytes.length, sha256: source.sha256,
        label: `Bản gốc (${kind}, ${formatSize(bytes.length)})`,
      };
    }
  }
  cache.set(key, found);
  return found;
}

/**
 * The files to publish under /ban-goc/: each held document's original that `originalOf` offers, once per file (a file
 * may hold several documents), as `file` (its path under /ban-goc/) and `path` (on disk). A build split into parts
 * publishes its part's documents' files (src/lib/site/build-part.ts).
 */
export function originalFiles(data: SiteData): Array<{ file: string; path: string }> {
  const seen = new Map<string, string>();
  for (const d of data.documents) {
    if (!inBuildPart(data, docUrl(d.id))) continue;
    const o = originalOf(d.frontmatter.source);
    if (o) seen.set(sitePath(d.frontmatter.source.file), o.path);
  }
  return [...seen].map(([file, path]) => ({ file, path }));
}

/** The media type a host should serve an original with, by its ending (the dev server serves it so). */
export function originalType(file: string): string {
  return ORIGINAL_TYPES[file.slice(file.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
}

const ORIGINAL_TYPES: Record<string, string> = {
  pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg',
  tif: 'image/tiff', tiff: 'image/tiff', txt: 'text/plain; charset=utf-8', md: 'text/markdown; charset=utf-8',
};
