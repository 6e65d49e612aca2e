/**
 * Hand corrections: `content/overrides/<source-stem>[.part-N].yaml` holds a
 * partial frontmatter merged over what the importer extracted, on every import,
 * plus an optional `reasons` map (field path → why). Each corrected field is
 * recorded in `corrections` with the value as the source wrote it.
 */
import { parseDocument } from 'yaml';
import { documentSchema, type DocumentFrontmatter } from '../schema.ts';
import type { Problem } from './types.ts';

export interface Override {
  file: string;
  fields: Record<string, unknown>;
  reasons: Record<string, string>;
}

const ALLOWED = new Set(Object.keys(documentSchema.shape).filter((k) => k !== 'source' && k !== 'missing' && k !== 'corrections'));

export function overrideFileName(stem: string, part: number | null): string {
  return part ? `${stem}.part-${part}.yaml` : `${stem}.yaml`;
}

/** Parses an override file; problems name the file, the line and the key. */
export function parseOverride(text: string, file: string): { override: Override | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const err = (line: number, field: string, message: string) => problems.push({ file, line, field, message, severity: 'error' });
  const doc = parseDocument(text, { keepSourceTokens: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : text.slice(0, offset).split('\n').length);
  for (const e of doc.errors) err(lineOf(e.pos[0]), 'yaml', e.message.split('\n')[0]!);
  if (problems.length > 0) return { override: null, problems };
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { override: { file, fields: {}, reasons: {} }, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    err(1, 'yaml', 'an override file must be a mapping of frontmatter fields');
    return { override: null, problems };
  }
  const fields: Record<string, unknown> = {};
  let reasons: Record<string, string> = {};
  const contents = doc.contents as { items?: { key: { value?: unknown; range?: [number, number, number] } }[] } | null;
  const keyLine = (key: string) => lineOf(contents?.items?.find((it) => it.key.value === key)?.key.range?.[0]);
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (k === 'reasons') {
      if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.values(v).every((x) => typeof x === 'string')) {
        err(keyLine(k), 'reasons', 'must map field paths to explanations (strings)');
      } else reasons = v as Record<string, string>;
      continue;
    }
    if (!ALLOWED.has(k)) {
      err(keyLine(k), k, `not a frontmatter field that can be corrected (allowed: ${[...ALLOWED].join(', ')}, reasons)`);
      continue;
    }
    fields[k] = v;
  }
  return { override: problems.length ? null : { file, fields, reasons }, problems };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function leafPaths(v: Record<string, unknown>, prefix = ''): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [k, x] of Object.entries(v)) {
    const p = prefix ? `${prefix}.${k}` : k;
    if (isPlainObject(x)) out.push(...leafPaths(x, p));
    else out.push([p, x]);
  }
  return out;
}

function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const k of path.split('.')) cur = isPlainObject(cur) ? cur[k] : undefined;
  return cur;
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isPlainObject(v) && isPlainObject(base[k]) ? merge(base[k], v) : v;
  return out;
}

/** Merges an override over extracted frontmatter and validates the result. */
export function applyOverride(
  extracted: DocumentFrontmatter,
  override: Override,
): { frontmatter: DocumentFrontmatter | null; problems: Problem[] } {
  const merged = merge(extracted as unknown as Record<string, unknown>, override.fields);
  const corrections: DocumentFrontmatter['corrections'] = [];
  const corrected = new Set<string>();
  for (const [path, value] of leafPaths(override.fields)) {
    const before = getPath(extracted, path);
    if (JSON.stringify(before) === JSON.stringify(value)) continue;
    corrected.add(path);
    corrections.push({
      field: path,
      asWritten: before === null || before === undefined ? null : typeof before === 'string' ? before : JSON.stringify(before),
      reason: override.reasons[path] ?? `hand correction in ${override.file}`,
    });
  }
  merged.corrections = corrections;
  merged.missing = extracted.missing.filter((m) => !corrected.has(m.field) && ![...corrected].some((c) => c.startsWith(m.field + '.')));
  const parsed = documentSchema.safeParse(merged);
  if (!parsed.success) {
    return {
      frontmatter: null,
      problems: parsed.error.issues.map((i) => ({
        file: override.file, line: 1, field: i.path.join('.') || 'frontmatter', message: `after merging the override: ${i.message}`, severity: 'error' as const,
      })),
    };
  }
  return { frontmatter: parsed.data, problems: [] };
}
