/**
 * Types of the implementation-chain library. Pure data: no Astro, no DOM.
 */
import type { Relation } from '../citations/models.ts';
import type { DocumentRecord } from '../document.ts';

/** A node of the chain is a document as every page and export sees it (src/lib/document.ts): held or only cited. */
export type ChainNode = DocumentRecord;

/** One sentence an edge was learned from, and the held document it is written in. */
export interface EdgeEvidence {
  sentence: string;
  sourceDoc: string;
}

/** `from` implements `to` ("Thực hiện Quyết định số 923/QĐ-TTg …"). */
export interface ChainEdge {
  from: string;
  to: string;
  relation: Relation;
  /** Every sentence the edge was learned from, in collection order; never empty. */
  evidence: EdgeEvidence[];
}

/** The implementation picture of one document. */
export interface Chain {
  focus: string;
  /** Documents the focus implements, transitively (nearest first). */
  up: string[];
  /** Documents implementing the focus, transitively (nearest first). */
  down: string[];
  /**
   * Edges learned from the focus document's own text between documents it cites
   * that are not on its own chain ("Nghị quyết số 71/NQ-CP … thực hiện Nghị quyết số 57-NQ/TW").
   */
  told: ChainEdge[];
  nodes: ChainNode[];
  edges: ChainEdge[];
}
