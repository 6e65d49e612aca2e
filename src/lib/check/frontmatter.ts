/**
 * Frontmatter of one MDX file checked against the shared zod schema, with every
 * issue mapped to the YAML line it is about (the `yaml` library's node ranges).
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Scalar } from 'yaml';
import { fieldMisfits } from '../body-in-fields.ts';
import { documentSchema, type DocumentFrontmatter } from '../schema.ts';
import type { Problem } from './problem.ts';

const FRONTMATTER = /^(?:\ufeff)?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** What a YAML 1.1 parser takes for a timestamp. */
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt ].*)?$/;

/** Dotted path of a scalar in the frontmatter ("date", "source.lines.0"), for messages. */
function fieldOf(doc: Document, target: Scalar): string | null {
  let found: string | null = null;
  const walk = (node: unknown, path: string[]) => {
    if (found !== null) return;
    if (node === target) {
      found = path.join('.');
      return;
    }
    if (isMap(node)) for (const pair of node.items) if (isPair(pair)) walk(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
    if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, String(i)]));
  };
  walk(doc.contents, []);
  return found;
}

export interface SplitFile {
  /** YAML text between the fences, or null when the file has no frontmatter block. */
  yaml: string | null;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
}

export function splitFrontmatter(source: string): SplitFile {
  const m = FRONTMATTER.exec(source);
  if (!m) return { yaml: null, body: source, bodyLine: 1 };
  return { yaml: m[1] ?? '', body: source.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/** Walks `path` through the YAML tree; returns the line of the deepest node found (key line for map entries). */
function lineFor(doc: Document, counter: LineCounter, path: ReadonlyArray<PropertyKey>): { line: number; found: boolean } {
  let node: unknown = doc.contents;
  let line = 1;
  const at = (n: unknown) => (isNode(n) && (n as Node).range ? counter.linePos((n as Node).range![0]).line : null);
  line = at(node) ?? 1;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) return { line, found: false };
      line = at(pair.key) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) return { line, found: false };
      line = at(item) ?? line;
      node = item;
    } else return { line, found: false };
  }
  return { line, found: true };
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

const show = (v: unknown) => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 80 ? `${s.slice(0, 77)}…` : s;
};

export function checkFrontmatter(
  file: string,
  yamlText: string,
): { frontmatter: DocumentFrontmatter | null; data: unknown; problems: Problem[]; lineOf: (path: PropertyKey[]) => number } {
  // +1: the YAML starts on the line after the opening fence.
  const offset = 1;
  const problems: Problem[] = [];
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (path: PropertyKey[]) => lineFor(doc, counter, path).line + offset;
  for (const e of [...doc.errors, ...doc.warnings]) {
    problems.push({
      file,
      line: counter.linePos(e.pos[0]).line + offset,
      field: 'frontmatter',
      message: `YAML ${doc.errors.includes(e as never) ? 'syntax error' : 'warning'}: ${e.message.split('\n')[0]}`,
      severity: doc.errors.includes(e as never) ? 'error' : 'warning',
    });
  }
  if (doc.errors.length) return { frontmatter: null, data: null, problems, lineOf };
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, line: 1 + offset, field: 'frontmatter', message: `expected a mapping of fields, got ${show(data)}`, severity: 'error' });
    return { frontmatter: null, data, problems, lineOf };
  }
  // Astro reads frontmatter with a YAML 1.1 parser, for which an unquoted 2024-02-31 is a
  // timestamp: a Date object (silently rolled over to 2 March) that fails the schema.
  visit(doc, {
    Scalar(_key, node) {
      if (node.type === 'PLAIN' && typeof node.value === 'string' && TIMESTAMP.test(node.value) && node.range) {
        problems.push({
          file,
          line: counter.linePos(node.range[0]).line + offset,
          field: fieldOf(doc, node) ?? 'frontmatter',
          message: `unquoted date ${node.value}: Astro's YAML reads it as a timestamp, not text; write it in quotes ("${node.value}")`,
          severity: 'error',
        });
      }
    },
  });
  const parsed = documentSchema.safeParse(data);
  if (parsed.success) {
    for (const m of fieldMisfits(parsed.data)) {
      problems.push({ file, line: lineOf(m.path), field: m.path.join('.'), message: `body text in a field: ${m.message}; correct it in the overrides file beside the source and re-import`, severity: 'error' });
    }
    return { frontmatter: parsed.data, data, problems, lineOf };
  }
  for (const issue of parsed.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [null];
    for (const key of keys) {
      const path = key === null ? issue.path : [...issue.path, key];
      const { line } = lineFor(doc, counter, path);
      const value = valueAt(data, path);
      const field = path.map(String).join('.') || '(frontmatter)';
      let message: string;
      if (key !== null) message = 'unknown field (not in the schema; misspelt?)';
      else if (value === undefined) message = `missing (required: ${issue.message})`;
      else message = `${issue.message} (got ${show(value)})`;
      problems.push({ file, line: line + offset, field, message, severity: 'error' });
    }
  }
  return { frontmatter: null, data, problems, lineOf };
}
