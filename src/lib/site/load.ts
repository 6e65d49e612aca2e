/**
 * Reads `content/documents/*.mdx` straight from disk (frontmatter with the
 * `yaml` library, validated by the shared zod schema) so that the Markdown hook
 * and the pages share one view of the collection without going through Astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isNode, type Node } from 'yaml';
import { documentSchema, type DocumentFrontmatter } from '../schema.ts';

export interface LoadedDocument {
  id: string;
  /** Absolute path of the MDX file. */
  file: string;
  frontmatter: DocumentFrontmatter;
  /** MDX source after the frontmatter block. */
  body: string;
}

/** Where the documents are: `CAN_CU_CONTENT_DIR` (tests point it at fixtures) or `content/documents`. */
/** Documents are MDX files (rendered as Markdown: see src/loaders/documents.ts). */
export const DOCUMENT_EXTENSION = '.mdx';

export function contentDir(): string {
  return resolve(process.env.CAN_CU_CONTENT_DIR ?? 'content/documents');
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Line (1-based, in the MDX file) of the YAML node at `path`, or of the frontmatter start. */
function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: PropertyKey[]): number {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (!isNode(node) || !isMap(node)) break;
    const next = (node as { get(k: unknown, keep: true): unknown }).get(key, true);
    if (!isNode(next)) break;
    node = next;
  }
  const range = isNode(node) ? (node as Node).range : null;
  // +1 for the opening "---" line.
  return range ? counter.linePos(range[0]).line + 1 : 1;
}

/** Parses one MDX file; every problem names the file, the line and the field. */
export function parseDocumentFile(file: string, source: string): { frontmatter: DocumentFrontmatter; body: string } | { problems: string[] } {
  const m = FRONTMATTER.exec(source);
  if (!m) return { problems: [`${file}:1: no frontmatter block (--- … ---) at the top of the file`] };
  // Line positions cost a third of the parse: they are computed only when there is a problem to report.
  const doc = parseDocument(m[1]!, { prettyErrors: false });
  const parsed = doc.errors.length ? null : documentSchema.safeParse(doc.toJS());
  if (!parsed || !parsed.success) {
    const counter = new LineCounter();
    const located = parseDocument(m[1]!, { lineCounter: counter, prettyErrors: false });
    if (located.errors.length) {
      return {
        problems: located.errors.map((e) => `${file}:${(e.linePos?.[0]?.line ?? 0) + 1}: YAML: ${e.message.split('\n')[0]}`),
      };
    }
    return {
      problems: (parsed?.error?.issues ?? []).map(
        (i) => `${file}:${lineOf(located, counter, i.path)}: field ${i.path.join('.') || '(root)'}: ${i.message}`,
      ),
    };
  }
  return { frontmatter: parsed.data, body: source.slice(m[0].length) };
}

export interface LoadResult {
  documents: LoadedDocument[];
  /** File names (not paths) left out because they do not parse or validate. */
  rejected: string[];
  /** One line per problem: FILE:LINE: field: message. */
  problems: string[];
}

/** Every document of `dir`, sorted by id, and the files that cannot be read as documents. */
export function scanDocuments(dir = contentDir()): LoadResult {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(DOCUMENT_EXTENSION)).sort();
  } catch {
    return { documents: [], rejected: [], problems: [] };
  }
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
  for (const p of problems) {
    if (reported.has(p)) continue;
    reported.add(p);
    console.error(`[can-cu] left out of the site: ${p}`);
  }
  return documents;
}
