/**
 * Reads `content/documents/*.mdx` straight from disk (frontmatter with the
 * reader `npm run check` uses, validated by the shared zod schema) so that the Markdown hook
 * and the pages share one view of the collection without going through Astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatProblem } from '../check/problem.ts';
import { readDocument } from '../frontmatter.ts';
import type { DocumentFrontmatter } from '../schema.ts';

export interface LoadedDocument {
  id: string;
  /** Absolute path of the MDX file. */
  file: string;
  frontmatter: DocumentFrontmatter;
  /** MDX source after the frontmatter block. */
  body: string;
}

/** Documents are MDX files (rendered as Markdown: see src/loaders/documents.ts). */
export const DOCUMENT_EXTENSION = '.mdx';

/** Where the documents are: `CAN_CU_CONTENT_DIR` (tests point it at fixtures) or `content/documents`. */
export function contentDir(): string {
  return resolve(process.env.CAN_CU_CONTENT_DIR ?? 'content/documents');
}

/**
 * Where the raw files are: `CAN_CU_SOURCES_DIR`, or `sources` beside the documents folder
 * (`content/sources`). The bundle's manifest and the original files are both read from here, so
 * a site built from another content folder never mixes its documents with this one's sources.
 */
export function sourcesDir(): string {
  return resolve(process.env.CAN_CU_SOURCES_DIR ?? join(dirname(contentDir()), 'sources'));
}

/**
 * Parses one MDX file with the reader `npm run check` uses (src/lib/frontmatter.ts); every
 * problem is one line, FILE:LINE: error: FIELD: message, as check prints it.
 */
export function parseDocumentFile(file: string, source: string): { frontmatter: DocumentFrontmatter; body: string } | { problems: string[] } {
  const read = readDocument(file, source);
  if (!read.frontmatter) return { problems: read.problems.map(formatProblem) };
  return { frontmatter: read.frontmatter, body: read.split.body };
}

export interface LoadResult {
  documents: LoadedDocument[];
  /** File names (not paths) left out because they do not parse or validate. */
  rejected: string[];
  /** One line per problem: FILE:LINE: error: FIELD: message. */
  problems: string[];
}

/** The document files of `dir` (names, sorted); none when it cannot be read. */
export function documentNames(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => n.endsWith(DOCUMENT_EXTENSION)).sort();
  } catch {
    return [];
  }
}

/** Every document of `dir`, sorted by id, and the files that cannot be read as documents. */
export function scanDocuments(dir = contentDir()): LoadResult {
  const names = documentNames(dir);
  const documents: LoadedDocument[] = [];
  const rejected: string[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const result = parseDocumentFile(file, readFileSync(file, 'utf8'));
    if ('problems' in result) {
      rejected.push(name);
      problems.push(...result.problems);
    } else documents.push({ id: name.slice(0, -DOCUMENT_EXTENSION.length), file, ...result });
  }
  return { documents, rejected, problems };
}

const reported = new Set<string>();

/**
 * The valid documents of `dir`. A bad file must not take the rest of the
 * collection down with it: it is left out of the site and each of its problems
 * is printed once (npm run check still fails on it), so an editor sees what to fix.
 */
export function loadDocuments(dir = contentDir()): LoadedDocument[] {
  const { documents, problems } = scanDocuments(dir);
  reportLeftOut(problems);
  return documents;
}

/** Each problem of a file left out of the site, printed once per process. */
export function reportLeftOut(problems: readonly string[]): void {
  for (const p of problems) {
    if (reported.has(p)) continue;
    reported.add(p);
    console.error(`[can-cu] left out of the site: ${p}`);
  }
}
