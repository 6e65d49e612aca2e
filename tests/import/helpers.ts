/** Helpers for importer tests: run the importer into a temporary directory and read what it wrote. */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mdxToHast } from 'satteri';
import { parse } from 'yaml';
import { runImport, type RunResult } from '../../src/lib/import/run.ts';
import type { Problem } from '../../src/lib/import/types.ts';
import { documentSchema, type DocumentFrontmatter } from '../../src/lib/schema.ts';

export const SOURCES = 'content/sources';
/** The five corpus files of content/sources: not its README, nor the bundled real documents (`<source-folder>__<file>`). */
export const CORPUS_FILES: readonly string[] = readdirSync(SOURCES)
  .filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md' && !f.includes('__'))
  .sort();
export const OVERRIDES = 'content/overrides';

export interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HastNode[];
}

export interface ReadDocument {
  id: string;
  mdx: string;
  frontmatter: DocumentFrontmatter;
  body: string;
  /** The body as the site compiles it (Sätteri, GFM, no smart punctuation). */
  hast: HastNode;
  text: string;
  headings: { depth: number; text: string }[];
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `can-cu-${prefix}-`));
}

export function importInto(
  inputs: string[],
  outDir: string,
  opts: { overridesDir?: string; force?: boolean; sourcesDir?: string } = {},
): RunResult & { problems: Problem[] } {
  const problems: Problem[] = [];
  const r = runImport({
    inputs, outDir, overridesDir: opts.overridesDir ?? OVERRIDES, sourcesDir: opts.sourcesDir ?? SOURCES,
    force: opts.force ?? false, report: (p) => problems.push(p),
  });
  return { ...r, problems };
}

export function hastText(n: HastNode): string {
  if (n.type === 'text') return n.value ?? '';
  const inner = (n.children ?? []).map(hastText).join('');
  return n.tagName && /^(p|h[1-6]|li)$/.test(n.tagName) ? `${inner}\n` : inner;
}

export function splitMdx(mdx: string): { yaml: string; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(mdx);
  if (!m) throw new Error('no frontmatter block');
  return { yaml: m[1]!, body: m[2]! };
}

export function readDocument(path: string, id: string): ReadDocument {
  const mdx = readFileSync(path, 'utf8');
  const { yaml, body } = splitMdx(mdx);
  const frontmatter = documentSchema.parse(parse(yaml));
  const hast = mdxToHast(body, { features: { gfm: true, smartPunctuation: false }, position: false }) as unknown as HastNode;
  const headings: { depth: number; text: string }[] = [];
  const walk = (n: HastNode) => {
    if (n.tagName && /^h[1-6]$/.test(n.tagName)) headings.push({ depth: Number(n.tagName[1]), text: hastText(n).trim() });
    n.children?.forEach(walk);
  };
  walk(hast);
  return { id, mdx, frontmatter, body, hast, text: hastText(hast), headings };
}

export function readAll(outDir: string): Map<string, ReadDocument> {
  const docs = new Map<string, ReadDocument>();
  for (const f of readdirSync(outDir).sort()) {
    if (!f.endsWith('.mdx')) continue;
    const id = f.replace(/\.mdx$/, '');
    docs.set(id, readDocument(join(outDir, f), id));
  }
  return docs;
}

/** Text compared without spaces, markup or typographic variation. */
export function normalise(s: string): string {
  return s.normalize('NFC').replace(/[\s*_\\`]+/g, '').toLowerCase();
}
