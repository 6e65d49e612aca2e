/**
 * The one reader of a document file's frontmatter. The site (src/lib/site/load.ts and the
 * content loader) and `npm run check` both go through it, so a file check passes is a file the
 * site publishes, and a file the site leaves out is one check fails, with the same message.
 *
 * What it accepts, on purpose: a UTF-8 byte order mark before the opening fence, spaces or tabs
 * after either fence, and CRLF line ends. Editors on Windows write all three, none of them
 * changes what the file says, and a reader that refused them would drop a document for a
 * character nobody can see.
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from './check/problem.ts';
import { documentSchema, type DocumentFrontmatter } from './schema.ts';

export interface SplitFile {
  /** YAML text between the fences, or null when the file has no frontmatter block. */
  yaml: string | null;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
}

const OPENING = /^\ufeff?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*\r?$/;

/** Cuts the frontmatter block off a file; the closing fence is a whole line, never `---` inside a value. */
export function splitFrontmatter(source: string): SplitFile {
  const open = OPENING.exec(source);
  if (!open) return { yaml: null, body: source, bodyLine: 1 };
  let line = 2;
  for (let at = open[0].length; at <= source.length; line++) {
    const nl = source.indexOf('\n', at);
    const end = nl < 0 ? source.length : nl;
    if (CLOSING.test(source.slice(at, end))) {
      return { yaml: source.slice(open[0].length, at), body: nl < 0 ? '' : source.slice(nl + 1), bodyLine: line + 1 };
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  return { yaml: null, body: source, bodyLine: 1 };
}

/** The YAML parsed again with line positions, for messages. */
export interface LocatedYaml {
  doc: Document;
  counter: LineCounter;
}

export interface ParsedFrontmatter {
  /** The validated fields, or null when the file is left out of the site. */
  frontmatter: DocumentFrontmatter | null;
  /** The YAML as plain data (null when it does not parse). */
  data: unknown;
  /** Why the file is left out (all errors); empty when `frontmatter` is set. */
  problems: Problem[];
  /** Line in the file of the field at `path` (the deepest part of it that exists). */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
  located(): LocatedYaml;
}

/** The YAML starts on the line after the opening fence. */
const FIRST_LINE = 2;

/** Walks `path` through the YAML tree; returns the 1-based YAML line of the deepest node found (key line for map entries). */
function lineFor({ doc, counter }: LocatedYaml, path: ReadonlyArray<PropertyKey>): number {
  const at = (n: unknown) => (isNode(n) && (n as Node).range ? counter.linePos((n as Node).range![0]).line : null);
  let node: unknown = doc.contents;
  let line = at(node) ?? 1;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) break;
      line = at(pair.key) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      line = at(item) ?? line;
      node = item;
    } else break;
  }
  return line;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

export const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 80 ? `${s.slice(0, 77)}…` : s;
};

/** Parses and validates the YAML of one file against the shared schema; every problem names the file, the line and the field. */
export function parseFrontmatter(file: string, yamlText: string): ParsedFrontmatter {
  // Line positions cost a third of the parse: they are computed only when a message needs one.
  let located: LocatedYaml | null = null;
  const locate = (): LocatedYaml => {
    if (!located) {
      const counter = new LineCounter();
      located = { doc: parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true }), counter };
    }
    return located;
  };
  const lineOf = (path: ReadonlyArray<PropertyKey>) => lineFor(locate(), path) + FIRST_LINE - 1;
  const result = (frontmatter: DocumentFrontmatter | null, data: unknown, problems: Problem[]): ParsedFrontmatter => ({
    frontmatter,
    data,
    problems,
    lineOf,
    located: locate,
  });

  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const { counter } = locate();
    const problems = doc.errors.map(
      (e): Problem => ({
        file,
        line: counter.linePos(e.pos[0]).line + FIRST_LINE - 1,
        field: 'frontmatter',
        message: `YAML syntax error: ${e.message.split('\n')[0]}`,
        severity: 'error',
      }),
    );
    return result(null, null, problems);
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return result(null, data, [{ file, line: FIRST_LINE, field: 'frontmatter', message: `expected a mapping of fields, got ${show(data)}`, severity: 'error' }]);
  }
  const parsed = documentSchema.safeParse(data);
  if (parsed.success) return result(parsed.data, data, []);
  const problems: Problem[] = [];
  for (const issue of parsed.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [null];
    for (const key of keys) {
      const path = key === null ? issue.path : [...issue.path, key];
      const value = valueAt(data, path);
      const field = path.map(String).join('.') || '(frontmatter)';
      let message: string;
      if (key !== null) message = 'unknown field (not in the schema; misspelt?)';
      else if (value === undefined) message = `missing (required: ${issue.message})`;
      else message = `${issue.message} (got ${show(value)})`;
      problems.push({ file, line: lineOf(path), field, message, severity: 'error' });
    }
  }
  return result(null, data, problems);
}

export type ReadDocument =
  | ({ split: SplitFile & { yaml: string } } & ParsedFrontmatter)
  | { split: SplitFile & { yaml: null }; frontmatter: null; problems: Problem[] };

export function noFrontmatter(file: string): Problem {
  return { file, line: 1, field: 'frontmatter', message: 'no frontmatter block (--- … ---) at the top of the file', severity: 'error' };
}

/** A whole MDX file: the frontmatter block cut off, parsed and validated. */
export function readDocument(file: string, source: string): ReadDocument {
  const split = splitFrontmatter(source);
  if (split.yaml === null) {
    return {
      split: { ...split, yaml: null },
      frontmatter: null,
      problems: [noFrontmatter(file)],
    };
  }
  return { split: { ...split, yaml: split.yaml }, ...parseFrontmatter(file, split.yaml) };
}
