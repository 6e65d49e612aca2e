/**
 * The page keys digest each document's chain without building it (src/lib/graph/chain-digest.ts).
 * Checked against chainOf itself on random graphs (cycles, shared ancestors, edges told by a
 * document between others, quotes from documents on no chain) and random edits: a focus's
 * digest changes exactly when what chainOf gives it changes.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/lib/generate/rng.ts';
import { chainDigester, chainOf, indexChains, type ChainEdge, type ChainIndex, type ChainNode } from '../../src/lib/graph/index.ts';

/** The generator's seeded numbers: the same graphs on every run. */
function random(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

interface Graph {
  nodes: Array<{ id: string; title: string }>;
  edges: ChainEdge[];
}

function randomGraph(rnd: () => number, size: number): Graph {
  const nodes = Array.from({ length: size }, (_, i) => ({ id: `d${i}`, title: `Văn bản ${i}` }));
  const edges: ChainEdge[] = [];
  const pick = () => `d${Math.floor(rnd() * size)}`;
  for (let k = 0; k < size * 1.6; k++) {
    const from = pick();
    const to = pick();
    if (from === to) continue;
    // The quote comes from one of the two, or now and then from a document elsewhere (a "told" edge).
    const sourceDoc = rnd() < 0.2 ? pick() : rnd() < 0.5 ? from : to;
    edges.push({ from, to, relation: 'implements', evidence: [{ sentence: `Câu ${k}`, sourceDoc }] });
  }
  return { nodes, edges };
}

const index = (g: Graph): ChainIndex => indexChains(g.nodes as unknown as ChainNode[], g.edges);

function digests(idx: ChainIndex): Map<string, string> {
  const node = (n: ChainNode) => JSON.stringify(n);
  const edge = (e: ChainEdge) => JSON.stringify([e, e.evidence.map((v) => idx.nodes.get(v.sourceDoc) ?? v.sourceDoc)]);
  const digest = chainDigester(idx, node, edge, (f) => `not a node ${f}`);
  return new Map([...idx.nodes.keys()].map((id) => [id, digest(id)]));
}

/** What a page is given: chainOf's result, with each edge's quoted documents. */
function seen(idx: ChainIndex): Map<string, string> {
  const withSources = (e: ChainEdge) => [e, e.evidence.map((v) => idx.nodes.get(v.sourceDoc) ?? v.sourceDoc)];
  return new Map(
    [...idx.nodes.keys()].map((id) => {
      const c = chainOf(idx, id);
      return [id, JSON.stringify({ ...c, told: c.told.map(withSources), edges: c.edges.map(withSources) })];
    }),
  );
}

type Edit = (g: Graph, rnd: () => number) => Graph;
const EDITS: Record<string, Edit> = {
  'a title changed': (g, rnd) => {
    const i = Math.floor(rnd() * g.nodes.length);
    return { ...g, nodes: g.nodes.map((n, k) => (k === i ? { ...n, title: `${n.title} (sửa)` } : n)) };
  },
  'an edge added': (g, rnd) => {
    const from = `d${Math.floor(rnd() * g.nodes.length)}`;
    const to = `d${Math.floor(rnd() * g.nodes.length)}`;
    return { ...g, edges: [...g.edges, { from, to, relation: 'implements', evidence: [{ sentence: 'Câu mới', sourceDoc: from }] }] };
  },
  'an edge removed': (g, rnd) => {
    const i = Math.floor(rnd() * g.edges.length);
    return { ...g, edges: g.edges.filter((_, k) => k !== i) };
  },
  'a quote reworded': (g, rnd) => {
    const i = Math.floor(rnd() * g.edges.length);
    return { ...g, edges: g.edges.map((e, k) => (k === i ? { ...e, evidence: [{ ...e.evidence[0]!, sentence: `${e.evidence[0]!.sentence}, sửa` }] } : e)) };
  },
};

describe('a chain digested without building it', () => {
  it('is the same for two builds of the same graph and different for every document of it', () => {
    const g = randomGraph(random(7), 60);
    const a = digests(index(g));
    const b = digests(index(structuredClone(g)));
    expect(a).toEqual(b);
    expect(new Set(a.values()).size).toBe(a.size);
  });

  for (const [name, edit] of Object.entries(EDITS)) {
    it(`changes exactly where chainOf's result changes when ${name}`, () => {
      let changedSomewhere = 0;
      let keptSomewhere = 0;
      for (let seed = 1; seed <= 40; seed++) {
        const rnd = random(seed * 7919);
        const before = randomGraph(rnd, 10 + Math.floor(rnd() * 40));
        const after = edit(before, rnd);
        const [d0, d1] = [digests(index(before)), digests(index(after))];
        const [s0, s1] = [seen(index(before)), seen(index(after))];
        for (const id of d0.keys()) {
          const chainChanged = s0.get(id) !== s1.get(id);
          expect(d0.get(id) !== d1.get(id), `seed ${seed}, ${id}`).toBe(chainChanged);
          if (chainChanged) changedSomewhere++;
          else keptSomewhere++;
        }
      }
      // The edits reach some chains and leave others: both sides of the equivalence are tried.
      expect(changedSomewhere).toBeGreaterThan(20);
      expect(keptSomewhere).toBeGreaterThan(20);
    });
  }
});
