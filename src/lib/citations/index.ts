/**
 * Public API of the citation engine: a thin layer over the stages
 * (clean → find → parse → shortforms → relations → resolve → graph → annotate).
 */
import type { Citation, CollectionDocument } from './models.ts';
import { extract } from './extract.ts';

export type * from './models.ts';
export { createResolver, type Resolver } from './resolve.ts';
export { analyseDocument, buildCitationGraph, contextSentence, type DocumentAnalysis, type CitedEntity, type CitationRecord, type ImplementationEdge, type CitationGraph } from './graph.ts';
export { annotate, type Segment } from './annotate.ts';
export { extract, type Extraction } from './extract.ts';
export { citationEntityId, symbolKey, normalizeIssuer, issuerClass } from './identity.ts';

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
export { readEffect, targetKey, type EffectContext } from './effect.ts';
