/**
 * Public API of the citation engine (contract; the stages behind it live in
 * sibling files: clean, find, parse, shortforms, resolve, annotate, graph).
 *
 * STUB: signatures are the contract the site codes against; the engine work
 * replaces the bodies.
 */
import type { Citation, CollectionDocument, Relation, Resolution } from './models.ts';
import { extract } from './extract.ts';

export type * from './models.ts';

/** What the engine knows about the document being read. */
export interface CitingContext {
  /** The citing document itself: its own header number is not a citation, and
   * "UBND tỉnh", "Ủy ban nhân dân Thành phố" are read against its locality. */
  self?: CollectionDocument | null;
}

/** Full per-document pipeline: clean → find → parse → short forms. Offsets index `text` as given. */
export function extractCitations(text: string, ctx: CitingContext = {}): Citation[] {
  return extract(text, ctx).citations;
}

/** Resolves one citation of `citing` against the held collection (never to a newer document). */
export type Resolver = (citation: Citation, citing: CollectionDocument) => Resolution;
export function createResolver(_docs: CollectionDocument[]): Resolver {
  return () => ({ kind: 'unresolved', reason: 'engine not implemented' });
}

/** A document cited somewhere but not held: one page gathers what the citations say. */
export interface CitedEntity {
  /** Stable slug, e.g. "nghi-quyet-57-nq-tw-2024-bo-chinh-tri" (URL: /dan-chieu/<id>/). */
  id: string;
  docType: string;
  number: string | null;
  symbol: string | null;
  year: number | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
  /** For by-name citations ("Luật Thi đua, khen thưởng"). */
  name: string | null;
  /** Ids of held documents citing it, in collection order. */
  citedBy: string[];
}

export interface CitationRecord {
  /** Citing document id. */
  from: string;
  /** Held document id or cited-entity id; null when unresolved or ambiguous. */
  to: string | null;
  toKind: 'held' | 'external' | 'ambiguous' | 'unresolved' | 'self';
  /** Held ids when ambiguous. */
  candidates?: string[];
  citation: Citation;
  /** The sentence around the citation, as written. */
  context: string;
  relation: Relation;
}

/** "Nghị quyết số 71/NQ-CP … thực hiện Nghị quyết số 57-NQ/TW": 71/NQ-CP implements 57-NQ/TW. */
export interface ImplementationEdge {
  /** The implementing document (held id or entity id). */
  from: string;
  /** The implemented document (held id or entity id). */
  to: string;
  relation: Relation;
  /** Sentence the edge was learned from, and the document it is in. */
  sentence: string;
  sourceDoc: string;
}

export interface CitationGraph {
  citations: CitationRecord[];
  entities: CitedEntity[];
  edges: ImplementationEdge[];
}

/** Whole-collection pass: every held document's body text with its frontmatter projection. */
export function buildCitationGraph(_docs: Array<{ doc: CollectionDocument; text: string }>): CitationGraph {
  return { citations: [], entities: [], edges: [] };
}

export type Segment = string | { text: string; citation: Citation; href: string | null };

/** Splits `text` into plain runs and citation runs (for turning citations into links). */
export function annotate(text: string, citations: Citation[], hrefFor: (c: Citation) => string | null): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const c of citations) {
    if (c.start < at) continue;
    if (c.start > at) out.push(text.slice(at, c.start));
    out.push({ text: text.slice(c.start, c.end), citation: c, href: hrefFor(c) });
    at = c.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
