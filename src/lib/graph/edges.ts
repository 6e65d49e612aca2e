/**
 * Gathers implementation edges from the citation graph: the engine's edges
 * learned from sentences about cited documents, and the citing documents' own
 * "Thực hiện …/Triển khai …" citations. One edge per (from, to); each keeps
 * every sentence it was learned from.
 */
import type { CitationGraph, Relation } from '../citations/index.ts';
import type { ChainEdge } from './model.ts';

/** Relations that put two documents on the same implementation chain. */
export const CHAIN_RELATIONS: readonly Relation[] = ['implements'];

export function collectChainEdges(
  graph: Pick<CitationGraph, 'citations' | 'edges'>,
  relations: readonly Relation[] = CHAIN_RELATIONS,
): ChainEdge[] {
  const wanted = new Set(relations);
  const byKey = new Map<string, ChainEdge>();
  const add = (from: string, to: string, relation: Relation, sentence: string, sourceDoc: string) => {
    if (from === to) return;
    const key = `${from}\u0000${to}`;
    const found = byKey.get(key);
    const evidence = { sentence: sentence.trim(), sourceDoc };
    if (!found) {
      byKey.set(key, { from, to, relation, evidence: [evidence] });
      return;
    }
    if (!found.evidence.some((e) => e.sentence === evidence.sentence && e.sourceDoc === sourceDoc)) {
      found.evidence.push(evidence);
    }
  };
  for (const r of graph.citations) {
    if (!wanted.has(r.relation) || r.to === null) continue;
    if (r.toKind !== 'held' && r.toKind !== 'external') continue;
    add(r.from, r.to, r.relation, r.context, r.from);
  }
  for (const e of graph.edges) {
    if (!wanted.has(e.relation)) continue;
    add(e.from, e.to, e.relation, e.sentence, e.sourceDoc);
  }
  return [...byKey.values()];
}
