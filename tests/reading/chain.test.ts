import { describe, expect, it } from 'vitest';
import { documentRecords } from '../../src/lib/document.ts';
import { chainOf, collectChainEdges, components, indexChains } from '../../src/lib/graph/index.ts';
import type { ChainEdge, ChainNode } from '../../src/lib/graph/index.ts';
import { docs, entities, graph, E02, E16, E19, E57, E71, E923, LANG_SON_LETTER, LANG_SON_PLAN, PHONG_DOANH, SENTENCE_71 } from './fixture-graph.ts';

const nodes = documentRecords(docs, entities);
const edges = collectChainEdges(graph);
const index = indexChains(nodes, edges);

describe('collectChainEdges', () => {
  it('takes implements citations and engine edges, one edge per pair, each with its sentence', () => {
    const pairs = edges.map((e) => `${e.from} → ${e.to}`).sort();
    expect(pairs).toEqual(
      [
        `${PHONG_DOANH} → ${E923}`,
        `${PHONG_DOANH} → ${E02}`,
        `${E71} → ${E57}`,
        `${LANG_SON_PLAN} → ${E19}`,
        `${LANG_SON_PLAN} → ${E16}`,
        `${E16} → ${E19}`,
        `${LANG_SON_LETTER} → ${LANG_SON_PLAN}`,
      ].sort(),
    );
    const e71 = edges.find((e) => e.from === E71 && e.to === E57);
    expect(e71?.evidence).toEqual([{ sentence: SENTENCE_71, sourceDoc: PHONG_DOANH }]);
    const e923 = edges.find((e) => e.from === PHONG_DOANH && e.to === E923);
    expect(e923?.evidence).toHaveLength(1);
    for (const e of edges) expect(e.evidence.length).toBeGreaterThan(0);
  });

  it('ignores plain citations (relation cites) and unresolved or ambiguous ones', () => {
    expect(edges.some((e) => e.from === PHONG_DOANH && e.to === E71)).toBe(false);
    expect(edges.every((e) => e.from !== '' && e.to !== '')).toBe(true);
  });

  it('keeps a second, different sentence for the same pair', () => {
    const more = collectChainEdges({
      citations: graph.citations,
      edges: [...graph.edges, { from: E71, to: E57, relation: 'implements', sentence: 'Nghị quyết 71 thực hiện Nghị quyết 57.', sourceDoc: LANG_SON_PLAN }],
    });
    expect(more.find((e) => e.from === E71)?.evidence.map((e) => e.sourceDoc)).toEqual([PHONG_DOANH, LANG_SON_PLAN]);
  });
});

describe('chainOf', () => {
  it('Phong Doanh implements 923/QĐ-TTg and 02/KH-UBND; its text tells 71/NQ-CP implements 57-NQ/TW', () => {
    const c = chainOf(index, PHONG_DOANH);
    expect(new Set(c.up)).toEqual(new Set([E923, E02]));
    expect(c.down).toEqual([]);
    expect(c.told.map((e) => [e.from, e.to])).toEqual([[E71, E57]]);
    expect(new Set(c.nodes.map((n) => n.id))).toEqual(new Set([PHONG_DOANH, E923, E02, E71, E57]));
    expect(c.edges).toHaveLength(3);
  });

  it('is transitive both ways: the letter → plan 200 → Hướng dẫn 16 → Chỉ thị 19', () => {
    const letter = chainOf(index, LANG_SON_LETTER);
    expect(letter.up).toEqual([LANG_SON_PLAN, E19, E16]);
    const top = chainOf(index, E19);
    expect(top.up).toEqual([]);
    expect(new Set(top.down)).toEqual(new Set([LANG_SON_PLAN, E16, LANG_SON_LETTER]));
    // nearest first
    expect(top.down.indexOf(LANG_SON_LETTER)).toBe(2);
    expect(chainOf(index, E57).down).toEqual([E71]);
  });

  it('a document on no chain has a chain of itself only', () => {
    const lone: ChainNode = { ...nodes[0]!, id: 'lone', url: '/van-ban/lone/' };
    const c = chainOf(indexChains([...nodes, lone], edges), 'lone');
    expect(c).toMatchObject({ up: [], down: [], told: [], edges: [] });
    expect(c.nodes.map((n) => n.id)).toEqual(['lone']);
  });

  it('survives cycles and reports edges to unknown nodes instead of drawing them', () => {
    const cyc: ChainEdge[] = [
      ...edges,
      { from: E19, to: LANG_SON_LETTER, relation: 'implements', evidence: [{ sentence: 's', sourceDoc: LANG_SON_PLAN }] },
      { from: E19, to: 'missing', relation: 'implements', evidence: [{ sentence: 's', sourceDoc: LANG_SON_PLAN }] },
    ];
    const idx = indexChains(nodes, cyc);
    expect(idx.dangling.map((e) => e.to)).toEqual(['missing']);
    const c = chainOf(idx, LANG_SON_PLAN);
    expect(new Set([...c.up, ...c.down])).toEqual(new Set([E19, E16, LANG_SON_LETTER]));
  });

  // A quadratic walk would take minutes here and trip the test's time limit; the build's time is measured by `npm run bench`.
  it('answers for 10,000 documents implementing one resolution', () => {
    const many: ChainNode[] = Array.from({ length: 10_000 }, (_, i) => ({ ...nodes[0]!, id: `d${i}`, url: `/van-ban/d${i}/` }));
    const manyEdges: ChainEdge[] = many.map((n) => ({ from: n.id, to: E57, relation: 'implements', evidence: [{ sentence: 's', sourceDoc: n.id }] }));
    const idx = indexChains([...nodes, ...many], [...edges, ...manyEdges]);
    for (const n of many) expect(chainOf(idx, n.id).up).toContain(E57);
    expect(chainOf(idx, E57).down).toHaveLength(10_001);
  }, 5_000);
});

describe('components', () => {
  it('splits the collection into separate chains, largest first', () => {
    const comps = components(index);
    expect(comps.map((c) => c.length)).toEqual([4, 3, 2]);
    expect(new Set(comps[0])).toEqual(new Set([LANG_SON_LETTER, LANG_SON_PLAN, E19, E16]));
    expect(new Set(comps[2])).toEqual(new Set([E71, E57]));
  });
});

describe('documentRecords', () => {
  it('links held documents to /van-ban/ and cited-only ones to /dan-chieu/, with places', () => {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get(PHONG_DOANH)).toMatchObject({ held: true, url: `/van-ban/${PHONG_DOANH}/`, level: 'commune', province: 'Ninh Bình' });
    expect(byId.get(E57)).toMatchObject({ held: false, url: `/dan-chieu/${E57}/`, level: 'central' });
    expect(byId.get(E923)?.level).toBe('central');
    expect(byId.get(E02)).toMatchObject({ level: 'province', province: 'Ninh Bình' });
  });
});
