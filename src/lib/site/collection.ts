/**
 * The collection as the site sees it, computed once per build: every document's
 * frontmatter, plain text and anchors, and the citation graph with its
 * indexes. Shared by the Markdown hook (links) and the pages (panels, lists).
 * Linear in the number of documents and citations.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHast } from 'satteri';
import { computeAnchors } from '../anchors.ts';
import { buildCitationGraph, type CitationGraph, type CitationRecord, type CitedEntity, type CollectionDocument, type DocumentAnalysis } from '../citations/index.ts';
import type { DocumentFrontmatter } from '../schema.ts';
import { computeStatuses, SPEAKS_FOR_OTHERS, type Contradiction, type DocumentStatus } from '../status/status.ts';
import { MARKDOWN_FEATURES } from './features.ts';
import { byDateDesc, docUrl } from './format.ts';
import { collectText, type HastLike } from './hast-text.ts';
import { analysisCache, loadAnalysed, type AnalysedFile } from './analysis-cache.ts';
import { contentDir, DOCUMENT_EXTENSION, loadDocuments, type LoadedDocument } from './load.ts';

export interface AnchorEntry {
  id: string;
  label: string;
  text: string;
  heading: boolean;
  /** Heading level (1–6), 0 for a numbered paragraph. */
  depth: number;
  /** Offset in the body's plain text where the section starts. */
  start: number;
}

/** The body's source is not kept: its text and anchors are (the page reads the rendered HTML). */
export interface HeldDocument extends Omit<LoadedDocument, 'body'> {
  url: string;
  projection: CollectionDocument;
  /** Plain text of the body, the text citations were found in. */
  text: string;
  anchors: AnchorEntry[];
}

export interface SiteData {
  dir: string;
  /** Newest first. */
  documents: HeldDocument[];
  byId: Map<string, HeldDocument>;
  graph: CitationGraph;
  entities: Map<string, CitedEntity>;
  /** Citations made by each held document, in text order. */
  outgoing: Map<string, CitationRecord[]>;
  /** Citations pointing at each held document or cited entity (ambiguous ones at each candidate). */
  incoming: Map<string, CitationRecord[]>;
  /** Status of every held document and cited entity, from what the held documents say. */
  statuses: Map<string, DocumentStatus>;
  /** Statements about a document's effect that cannot all be true (listed by `npm run check`). */
  contradictions: Contradiction[];
}

export function toCollectionDocument(id: string, fm: DocumentFrontmatter): CollectionDocument {
  return {
    id,
    docType: fm.docType,
    number: fm.number,
    symbol: fm.symbol,
    year: fm.year,
    issuer: fm.issuer,
    level: fm.level,
    locality: fm.locality,
    date: fm.date,
    title: fm.title,
  };
}

/** Parses a body the way the site renders it (Markdown, src/loaders/documents.ts) and returns its text and anchors. */
export function analyseBody(body: string): { text: string; anchors: AnchorEntry[] } {
  const tree = markdownToHast(body, { features: MARKDOWN_FEATURES, position: false }) as unknown as HastLike;
  const { text, blocks } = collectText(tree);
  const anchors = computeAnchors(blocks.map((b) => ({ text: b.text, heading: b.heading })));
  const entries: AnchorEntry[] = [];
  anchors.forEach((a, i) => {
    const b = blocks[i]!;
    if (a) entries.push({ id: a.id, label: a.label, text: b.text, heading: b.heading, depth: b.depth, start: b.start });
  });
  return { text, anchors: entries };
}

export type GraphBuilder = typeof buildCitationGraph;

/** Whether a held document's sentences about effect are its own: not a consolidated text's or a submission's. */
export function statesOwnEffect(byId: ReadonlyMap<string, { frontmatter: { docType: string } }>): (id: string) => boolean {
  return (id) => !SPEAKS_FOR_OTHERS.has(byId.get(id)?.frontmatter.docType ?? '');
}

/** A held document's type; null for a cited-only one (the statuses' `typeOf`). */
export function documentType(byId: ReadonlyMap<string, { frontmatter: { docType: string } }>): (id: string) => string | null {
  return (id) => byId.get(id)?.frontmatter.docType ?? null;
}

/**
 * `loaded` are documents as read from their files, or as kept from an earlier build with their
 * body already read (src/lib/site/analysis-cache.ts): both give the same site data.
 * `buildGraph` is the citation engine's; tests pass their own to check the site's side alone.
 */
export function buildSiteData(loaded: Array<LoadedDocument | AnalysedFile>, dir = '', buildGraph: GraphBuilder = buildCitationGraph): SiteData {
  const analyses = new Map<string, DocumentAnalysis>();
  const documents: HeldDocument[] = loaded.map((d) => {
    if ('analysis' in d) analyses.set(d.id, d.analysis);
    return {
      id: d.id,
      file: d.file,
      frontmatter: d.frontmatter,
      url: docUrl(d.id),
      projection: toCollectionDocument(d.id, d.frontmatter),
      ...('body' in d ? analyseBody(d.body) : { text: d.text, anchors: d.anchors }),
    };
  });
  documents.sort((a, b) => byDateDesc(a.projection, b.projection));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const graph = buildGraph(documents.map((d) => ({ doc: d.projection, text: d.text, analysis: analyses.get(d.id) })));
  const entities = new Map(graph.entities.map((e) => [e.id, e]));
  const outgoing = new Map<string, CitationRecord[]>();
  const incoming = new Map<string, CitationRecord[]>();
  const push = (m: Map<string, CitationRecord[]>, k: string, r: CitationRecord) => {
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  };
  for (const r of graph.citations) {
    push(outgoing, r.from, r);
    if (r.toKind === 'ambiguous') for (const c of r.candidates ?? []) push(incoming, c, r);
    else if (r.to && r.toKind !== 'self') push(incoming, r.to, r);
  }
  for (const list of outgoing.values()) list.sort((a, b) => a.citation.start - b.citation.start);
  const { statuses, contradictions } = computeStatuses([...documents.map((d) => d.id), ...graph.entities.map((e) => e.id)], graph, statesOwnEffect(byId), documentType(byId));
  return { dir, documents, byId, graph, entities, outgoing, incoming, statuses, contradictions };
}

interface Memo {
  data: SiteData;
  signature: string;
  checkedAt: number;
}

// Astro loads the config (where the Markdown hook lives) and the pages in separate module
// graphs: a global keeps one computation per process instead of one per graph.
const MEMO_KEY = Symbol.for('can-cu.site-data');
const HELD_KEY = Symbol.for('can-cu.site-data-held');
const RECHECK_MS = 2000;

function heldDirs(): Set<string> {
  const g = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  return (g[HELD_KEY] ??= new Set());
}

/**
 * For a build: the files of `dir` do not change under it, so its site data, once computed, is not
 * checked against them again. (The check reads the folder and every file's size and time: at
 * 10,000 documents it costs more than a page, and a build's pages ask for the data every 2 s.)
 */
export function holdSiteData(dir: string): void {
  heldDirs().add(dir);
}

function signature(dir: string): string {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(DOCUMENT_EXTENSION)).sort();
  } catch {
    return 'missing';
  }
  return names.map((n) => {
    const s = statSync(join(dir, n));
    return `${n}:${s.size}:${s.mtimeMs}`;
  }).join('|');
}

/** The documents of `dir`, read through the kept analyses when a build keeps them. */
function loadForSite(dir: string): Array<LoadedDocument | AnalysedFile> {
  const cache = analysisCache();
  return cache ? loadAnalysed(dir, cache) : loadDocuments(dir);
}

/**
 * The memoised site data; re-read only when the files change (checked at most every 2 s, for
 * `astro dev`; never in a build, once `holdSiteData` was called).
 */
export function getSiteData(dir = contentDir()): SiteData {
  const g = globalThis as unknown as Record<symbol, Map<string, Memo> | undefined>;
  const memos = (g[MEMO_KEY] ??= new Map());
  const memo = memos.get(dir);
  const now = Date.now();
  if (memo && (now - memo.checkedAt < RECHECK_MS || heldDirs().has(dir))) return memo.data;
  const sig = signature(dir);
  if (memo && memo.signature === sig) {
    memo.checkedAt = now;
    return memo.data;
  }
  const data = buildSiteData(loadForSite(dir), dir);
  memos.set(dir, { data, signature: sig, checkedAt: Date.now() });
  return data;
}
