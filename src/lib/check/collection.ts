/**
 * `npm run check`: every problem of every document at once. Schema errors (and
 * files that cannot be read or compiled) are errors; duplicates, empty or
 * unstructured bodies, huge files and code in content are warnings; fields the
 * importer could not find and unresolved or ambiguous citations are notes.
 * Code in a body (import/export, {expressions}, JSX) is an error too: content
 * is data, and the MDX compiler would run it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentFrontmatter } from '../schema.ts';
import { buildSiteData } from '../site/collection.ts';
import { labelled, numberSymbol } from '../site/format.ts';
import type { LoadedDocument } from '../site/load.ts';
import { checkBody } from './body.ts';
import { noFrontmatter, splitFrontmatter } from '../frontmatter.ts';
import { checkFrontmatter } from './frontmatter.ts';
import type { Problem } from './problem.ts';

export interface CitationIssue {
  /** Citing document id (file name without .mdx). */
  document: string;
  file: string;
  line: number;
  text: string;
  kind: 'unresolved' | 'ambiguous';
  candidates: string[];
}

export interface CheckReport {
  files: number;
  /** Documents whose frontmatter and body passed (they are what the site builds). */
  valid: number;
  /** Files with no error, for a loader that builds the valid part of a broken collection. */
  validFiles: string[];
  problems: Problem[];
  citations: CitationIssue[];
  /** Set when the citation pass itself failed (the report then lists no citations). */
  citationError: string | null;
  /** Statements about a document's effect that cannot all be true (src/lib/status): which document, why, and the files that say it. */
  contradictions: Array<{ document: string; message: string; files: string[] }>;
}

interface Good {
  doc: LoadedDocument;
  bodyLine: number;
  lineOf: (path: PropertyKey[]) => number;
}

function firstBadUtf8(bytes: Uint8Array): { line: number; offset: number } | null {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return null;
  } catch {
    // Find the first offset that cannot start a valid prefix, for the message.
    let lo = 0;
    let hi = bytes.length;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid));
        lo = mid;
      } catch {
        hi = mid;
      }
    }
    let line = 1;
    for (let i = 0; i < lo; i++) if (bytes[i] === 0x0a) line++;
    return { line, offset: lo };
  }
}

function identityKey(fm: DocumentFrontmatter): string | null {
  if (!fm.number || !fm.symbol || !fm.issuer || !fm.date) return null;
  return [fm.number, fm.symbol.toUpperCase(), fm.issuer.normalize('NFC').toLowerCase(), fm.date].join('|');
}

/** Line of the first occurrence of `needle` in `body` at or after `from`, as a file line. */
function locate(body: string, bodyLine: number, needle: string, from: number): { line: number; at: number } {
  let at = body.indexOf(needle, from);
  if (at < 0) at = body.indexOf(needle);
  if (at < 0) return { line: bodyLine, at: from };
  return { line: bodyLine + body.slice(0, at).split('\n').length - 1, at: at + needle.length };
}

export interface CheckOptions {
  /** Run the citation pass (default true); a loader that only needs validFiles skips it. */
  citations?: boolean;
}

export function checkCollection(dir: string, options: CheckOptions = {}): CheckReport {
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort();
  } catch (e) {
    const file = dir;
    problems.push({ file, line: 1, field: 'file', message: `cannot read the folder: ${(e as Error).message}`, severity: 'error' });
    return { files: 0, valid: 0, validFiles: [], problems, citations: [], citationError: null, contradictions: [] };
  }
  const good: Good[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const bytes = readFileSync(file);
    if (statSync(file).size === 0) {
      problems.push({ file, line: 1, field: 'file', message: 'empty file (0 bytes): no frontmatter, no text', severity: 'error' });
      continue;
    }
    const bad = firstBadUtf8(bytes);
    if (bad) {
      problems.push({
        file,
        line: bad.line,
        field: 'file',
        message: `not UTF-8 (invalid byte at offset ${bad.offset}); re-import the source with \`npm run import\`, which detects legacy encodings`,
        severity: 'error',
      });
      continue;
    }
    const source = bytes.toString('utf8');
    const split = splitFrontmatter(source);
    if (split.yaml === null) {
      problems.push(noFrontmatter(file));
      continue;
    }
    const fm = checkFrontmatter(file, split.yaml);
    problems.push(...fm.problems);
    const body = checkBody(file, split.body, split.bodyLine, bytes.length);
    problems.push(...body.problems);
    if (!fm.frontmatter || [...fm.problems, ...body.problems].some((p) => p.severity === 'error')) continue;
    for (const m of fm.frontmatter.missing) {
      problems.push({ file, line: fm.lineOf(['missing']), field: m.field, message: `not found in the source: ${m.reason}`, severity: 'note' });
    }
    const ocr = fm.frontmatter.source.original?.ocr;
    if (ocr) {
      // Recognised text is never certain: an editor compares it with the scan (warning, not error: it is publishable).
      const words = ocr.uncertain.length ? `; words the engine was unsure of: ${ocr.uncertain.slice(0, 30).join(', ')}${ocr.uncertain.length > 30 ? ` and ${ocr.uncertain.length - 30} more` : ''}` : '';
      problems.push({ file, line: fm.lineOf(['source', 'original', 'ocr']), field: 'source.original.ocr', message: `văn bản nhận dạng từ ảnh, cần soát lại (text recognised from images, ${ocr.pages} page(s), mean confidence ${ocr.confidence} %)${words}`, severity: 'warning' });
    }
    good.push({
      doc: { id: name.slice(0, -'.mdx'.length), file, frontmatter: fm.frontmatter, body: split.body },
      bodyLine: split.bodyLine,
      lineOf: fm.lineOf,
    });
  }

  const byIdentity = new Map<string, Good[]>();
  for (const g of good) {
    const key = identityKey(g.doc.frontmatter);
    if (!key) continue;
    byIdentity.set(key, [...(byIdentity.get(key) ?? []), g]);
  }
  for (const group of byIdentity.values()) {
    if (group.length < 2) continue;
    for (const g of group) {
      const others = group.filter((o) => o !== g).map((o) => o.doc.file);
      const f = g.doc.frontmatter;
      problems.push({
        file: g.doc.file,
        line: g.lineOf(['number']),
        field: 'number',
        message: `same identity (${numberSymbol(labelled(f)) ?? 'no number'}, ${f.issuer}, ${f.date}) as ${others.join(', ')}: one document imported twice?`,
        severity: 'warning',
      });
    }
  }

  const citations: CitationIssue[] = [];
  const contradictions: CheckReport['contradictions'] = [];
  let citationError: string | null = null;
  if (options.citations !== false) {
    try {
      const site = buildSiteData(good.map((g) => g.doc));
      const byId = new Map(good.map((g) => [g.doc.id, g]));
      const cursor = new Map<string, number>();
      for (const r of site.graph.citations) {
        if (r.toKind !== 'unresolved' && r.toKind !== 'ambiguous') continue;
        const g = byId.get(r.from);
        if (!g) continue;
        const where = locate(g.doc.body, g.bodyLine, r.citation.text, cursor.get(r.from) ?? 0);
        cursor.set(r.from, where.at);
        citations.push({
          document: r.from,
          file: g.doc.file,
          line: where.line,
          text: r.citation.text,
          kind: r.toKind,
          candidates: r.candidates ?? [],
        });
      }
      for (const c of site.contradictions) {
        contradictions.push({ document: c.document, message: c.message, files: [...new Set(c.sources.flatMap((s) => (byId.get(s) ? [byId.get(s)!.doc.file] : [])))] });
      }
    } catch (e) {
      citationError = e instanceof Error ? e.message : String(e);
    }
  }
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { files: names.length, valid: good.length, validFiles: good.map((g) => g.doc.file), problems, citations, citationError, contradictions };
}
