/**
 * Types of the implementation-chain library. Pure data: no Astro, no DOM.
 */
import type { Relation } from '../citations/models.ts';

/** What a node of the chain shows and where it links (held document or cited-only entity). */
export interface ChainNode {
  id: string;
  /** Page of the node: /van-ban/<id>/ when held, /dan-chieu/<id>/ when only cited. */
  href: string;
  held: boolean;
  docType: string;
  number: string | null;
  symbol: string | null;
  /** Only when the symbol carries it (24/2018/QĐ-UBND). */
  symbolYear: number | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
  /** Name of a document cited by name only ("Điều lệ Đảng"). */
  name: string | null;
  level: 'central' | 'province' | 'district' | 'commune' | null;
  /** Province (or centrally-run city) of the issuer, when known. */
  province: string | null;
}

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
