import { describe, expect, it } from 'vitest';
import { documentRecords } from '../../src/lib/document.ts';
import { chainComponents, chainOf, chainView, collectChainEdges, edgeQuotes, graphFilters, indexChains } from '../../src/lib/graph/index.ts';
import { docs, entities, graph, E02, E16, E19, E57, E71, E923, LANG_SON_LETTER, LANG_SON_PLAN, PHONG_DOANH } from './fixture-graph.ts';

const index = indexChains(documentRecords(docs, entities), collectChainEdges(graph));
const pairs = (items: Array<{ from: { id: string }; to: { id: string } }>) => items.map((i) => `${i.from.id}>${i.to.id}`).sort();

describe('chainView', () => {
  it('groups the text list as upward, downward and told by the text, each relation with its sentence', () => {
    const v = chainView(index, chainOf(index, PHONG_DOANH), 'x');
    expect(v.groups.map((g) => g.key)).toEqual(['up', 'told']);
    expect(pairs(v.groups[0]!.items)).toEqual([`${PHONG_DOANH}>${E02}`, `${PHONG_DOANH}>${E923}`].sort());
    expect(pairs(v.groups[1]!.items)).toEqual([`${E71}>${E57}`]);
    expect(v.groups[1]!.items[0]!.edge.evidence[0]!.sentence).toContain('thực hiện Nghị quyết số 57-NQ/TW');
    expect(v.description).toBe(
      'Kế hoạch số 22/KH-UBND ngày 21/08/2025 của UBND xã Phong Doanh thực hiện 2 văn bản; văn bản này còn nêu 1 quan hệ thực hiện giữa các văn bản nó dẫn chiếu.',
    );
    expect(v.svg).toContain('role="img"');
  });

  it('the middle of a chain has both directions', () => {
    const v = chainView(index, chainOf(index, LANG_SON_PLAN), 'x');
    expect(pairs(v.groups.find((g) => g.key === 'up')!.items)).toEqual([`${E16}>${E19}`, `${LANG_SON_PLAN}>${E16}`, `${LANG_SON_PLAN}>${E19}`].sort());
    expect(pairs(v.groups.find((g) => g.key === 'down')!.items)).toEqual([`${LANG_SON_LETTER}>${LANG_SON_PLAN}`]);
  });

  it('says how many documents it names itself and how many the chain reaches through them, as the panels count only the first', () => {
    const letter = chainView(index, chainOf(index, LANG_SON_LETTER), 'x').description;
    expect(letter).toContain('thực hiện 3 văn bản (1 trực tiếp, 2 qua văn bản khác)');
    const top = chainView(index, chainOf(index, E19), 'x').description;
    expect(top).toContain('được 3 văn bản thực hiện (2 trực tiếp, 1 qua văn bản khác)');
    // …and a chain one step deep says one count.
    expect(chainView(index, chainOf(index, PHONG_DOANH), 'x').description).toContain('thực hiện 2 văn bản;');
  });

  it('draws only the nearest documents of a huge chain and says how many', () => {
    const v = chainView(index, chainOf(index, E19), 'x', 2);
    expect(v.drawn).toBe(2);
    expect(v.total).toBe(4);
    expect(v.groups.flatMap((g) => g.items)).toHaveLength(4);
  });

  it('a member of a chain draws the same picture whichever member filled the shared layout cache first', () => {
    // Pages are rendered in an order the build chooses; a page must not depend on it.
    const members = [LANG_SON_LETTER, LANG_SON_PLAN, E16, E19];
    const alone = new Map(members.map((id) => [id, chainView(index, chainOf(index, id), 'x', 3, new Map()).svg]));
    for (const first of members) {
      const cache = new Map();
      chainView(index, chainOf(index, first), 'x', 3, cache);
      for (const id of members) expect(chainView(index, chainOf(index, id), 'x', 3, cache).svg).toBe(alone.get(id));
    }
  });

  it('an unknown id is a clear error, a document on no chain is empty', () => {
    expect(() => chainView(index, chainOf(index, 'khong-co'), 'x')).toThrow(/unknown document id "khong-co"/);
    const lone = indexChains(documentRecords(docs, []), []);
    expect(chainView(lone, chainOf(lone, PHONG_DOANH), 'x')).toMatchObject({ empty: true, svg: null, groups: [] });
  });
});

describe('collection graph', () => {
  it('offers filters by type and by locality with counts of documents on chains', () => {
    const f = graphFilters(index);
    const loc = f.filter((x) => x.kind === 'dia-phuong').map((x) => [x.label, x.count]);
    expect(loc).toContainEqual(['Trung ương', 5]);
    expect(loc).toContainEqual(['Lạng Sơn', 2]);
    expect(loc).toContainEqual(['Ninh Bình', 2]);
    expect(f.filter((x) => x.kind === 'loai').map((x) => x.slug)).toEqual(expect.arrayContaining(['ke-hoach', 'nghi-quyet', 'chi-thi', 'huong-dan', 'quyet-dinh', 'cong-van']));
  });

  it('a filter keeps the chains holding a match, and marks the matches', () => {
    const nb = chainComponents(index, { kind: 'dia-phuong', slug: 'ninh-binh' });
    expect(nb).toHaveLength(1);
    expect(nb[0]!.root.id).toMatch(new RegExp(`${E923}|${E02}`));
    expect([...nb[0]!.matches].sort()).toEqual([PHONG_DOANH, E02].sort());
    const ct = chainComponents(index, { kind: 'loai', slug: 'chi-thi' });
    expect(ct.map((c) => c.root.id)).toEqual([E19]);
    expect(chainComponents(index)).toHaveLength(3);
  });
});

describe('nearestPart', () => {
  it('keeps a huge chain to the root and its nearest documents', async () => {
    const { nearestPart } = await import('../../src/lib/graph/index.ts');
    const base = documentRecords(docs, entities);
    const many = Array.from({ length: 500 }, (_, i) => ({ ...base[0]!, id: `k${i}`, url: `/van-ban/k${i}/` }));
    const edges = [...collectChainEdges(graph), ...many.map((n) => ({ from: n.id, to: E57, relation: 'implements' as const, evidence: [{ sentence: 's', sourceDoc: n.id }] }))];
    const idx = indexChains([...base, ...many], edges);
    const big = chainComponents(idx)[0]!;
    expect(big.root.id).toBe(E57);
    expect(big.nodes.length).toBe(502);
    const part = nearestPart(idx, big, 60);
    expect(part.nodes).toHaveLength(60);
    expect(part.nodes.map((n) => n.id)).toContain(E57);
    expect(part.nodes.map((n) => n.id)).toContain(E71);
    expect(part.edges.length).toBeGreaterThan(0);
    for (const e of part.edges) expect(part.nodes.some((n) => n.id === e.from) && part.nodes.some((n) => n.id === e.to)).toBe(true);
  });
});

describe('filterComponents', () => {
  it('gives the same chains and matches as filtering from scratch', async () => {
    const { filterComponents } = await import('../../src/lib/graph/index.ts');
    const all = chainComponents(index);
    for (const f of graphFilters(index)) {
      const a = filterComponents(all, f).map((c) => [c.root.id, [...c.matches].sort()]);
      const b = chainComponents(index, f).map((c) => [c.root.id, [...c.matches].sort()]);
      expect(a).toEqual(b);
    }
  });
});

describe('layout cache', () => {
  it('the members of one chain share one layout, each page still marks its own focus', async () => {
    const { MAX_DRAWN } = await import('../../src/lib/graph/index.ts');
    const cache = new Map();
    const a = chainView(index, chainOf(index, LANG_SON_LETTER), 'a', MAX_DRAWN, cache);
    const b = chainView(index, chainOf(index, E16), 'b', MAX_DRAWN, cache);
    expect(cache.size).toBe(1);
    expect(a.svg).toContain(`<g data-node="${LANG_SON_LETTER}" data-focus="true">`);
    expect(b.svg).toContain(`<g data-node="${E16}" data-focus="true">`);
    expect(b.svg).not.toContain(`<g data-node="${LANG_SON_LETTER}" data-focus="true">`);
  });
});

describe('edgeQuotes', () => {
  it('quotes each sentence once on a page: a relation learned from a sentence quoted above points to it (Kế hoạch 200 tells two relations in one sentence)', () => {
    let pointed = 0;
    for (const focus of [LANG_SON_LETTER, LANG_SON_PLAN, E16, E19, PHONG_DOANH]) {
      const items = chainView(index, chainOf(index, focus), 'x').groups.flatMap((g) => g.items);
      const held = index.nodes.get(focus)?.held ?? false;
      const quotes = edgeQuotes(items, focus, held, 'q');
      const seen = new Map<string, string>();
      quotes.forEach((q, i) => {
        const ev = items[i]!.edge.evidence.find((e) => e.sourceDoc === focus) ?? items[i]!.edge.evidence[0]!;
        const key = `${ev.sourceDoc}|${ev.sentence}`;
        if (q.kind === 'quote') {
          expect(seen.has(key), `${focus}: ${key}`).toBe(false);
          seen.set(key, q.anchor);
        } else if (q.kind === 'above') {
          expect(q.href).toBe(`#${seen.get(key)}`);
          pointed++;
        } else if (q.kind === 'panel') {
          // The page's own sentence, or a citing document's that names this page, is in the panels.
          expect(ev.sourceDoc === focus || items[i]!.to.id === focus || items[i]!.from.id === focus).toBe(true);
        }
      });
    }
    expect(pointed).toBeGreaterThan(0);
  });

  it('points to the panel of what cites the page for a relation of the page’s document another text tells, not quoting it again', () => {
    // Kế hoạch 22 of Phong Doanh says Nghị quyết 71/NQ-CP implements Nghị quyết 57-NQ/TW: on 57-NQ/TW's page that sentence
    // is under Kế hoạch 22 in "Được dẫn chiếu bởi".
    const items = chainView(index, chainOf(index, E57), 'x').groups.flatMap((g) => g.items);
    const told = items.findIndex((it) => it.from.id === E71 && it.to.id === E57);
    expect(told).toBeGreaterThanOrEqual(0);
    expect(items[told]!.edge.evidence[0]!.sourceDoc).toBe(PHONG_DOANH);
    expect(edgeQuotes(items, E57, false, 'q')[told]).toEqual({ kind: 'panel', href: '#cited-by-title', label: 'Được dẫn chiếu bởi' });
  });
});
