import { describe, expect, it } from 'vitest';
import { layered, longestPathRanks, type LayeredEdge, type LayeredNode } from '../../src/lib/graph/layered.ts';

const box = (id: string, height = 40): LayeredNode => ({ id, width: 100, height });
const opts = { direction: 'TB' as const, nodeSep: 10, rankSep: 30, margin: 2 };

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }, w: number, h1: number, h2: number): boolean {
  return a.x < b.x + w && b.x < a.x + w && a.y < b.y + h2 && b.y < a.y + h1;
}

/** Segments of two polylines that cross (shared end points do not count). */
function crossingCount(polylines: Array<Array<{ x: number; y: number }>>): number {
  const segs = polylines.flatMap((pl, k) => pl.slice(1).map((p, i) => ({ k, a: pl[i]!, b: p })));
  const cross = (p: { x: number; y: number }, q: { x: number; y: number }, r: { x: number; y: number }) => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  let n = 0;
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      const s = segs[i]!;
      const t = segs[j]!;
      if (s.k === t.k) continue;
      const d1 = cross(s.a, s.b, t.a);
      const d2 = cross(s.a, s.b, t.b);
      const d3 = cross(t.a, t.b, s.a);
      const d4 = cross(t.a, t.b, s.b);
      if (d1 * d2 < 0 && d3 * d4 < 0) n++;
    }
  }
  return n;
}

describe('layered layout of a chain picture', () => {
  it('ranks by longest path: a document sits one rank past the deepest thing it implements', () => {
    const edges: LayeredEdge[] = [
      { from: 'commune', to: 'province' },
      { from: 'province', to: 'national' },
      { from: 'commune', to: 'national' },
    ];
    expect(Object.fromEntries(longestPathRanks(['national', 'province', 'commune'], edges))).toEqual({ national: 0, province: 1, commune: 2 });
  });

  it('draws implemented documents above, boxes never overlap, and an edge that skips a rank bends around the box between', () => {
    const nodes = [box('national'), box('province', 56), box('commune'), box('other')];
    const edges: LayeredEdge[] = [
      { from: 'commune', to: 'province' },
      { from: 'province', to: 'national' },
      { from: 'commune', to: 'national' },
      { from: 'other', to: 'national' },
    ];
    const l = layered(nodes, edges, opts);
    const p = (id: string) => l.positions.get(id)!;
    expect(p('national').y).toBeLessThan(p('province').y);
    expect(p('province').y).toBeLessThan(p('commune').y);
    for (const a of nodes) {
      for (const b of nodes) if (a !== b) expect(overlaps(p(a.id), p(b.id), 100, a.height, b.height)).toBe(false);
      expect(p(a.id).x).toBeGreaterThanOrEqual(0);
      expect(p(a.id).x + a.width).toBeLessThanOrEqual(l.width);
      expect(p(a.id).y + a.height).toBeLessThanOrEqual(l.height);
    }
    const skip = l.points[2]!;
    expect(skip).toHaveLength(3);
    // Starts on the commune's top side, ends on the national document's bottom side.
    expect(skip[0]!.y).toBeCloseTo(p('commune').y);
    expect(skip.at(-1)!.y).toBeCloseTo(p('national').y + 40);
    const middle = skip[1]!;
    expect(middle.x < p('province').x || middle.x > p('province').x + 100).toBe(true);
  });

  it('orders each rank against crossings', () => {
    // Given in an order that crosses every edge: a1→b2, a2→b1 written as b1 first.
    const nodes = ['t1', 't2', 't3', 'b3', 'b1', 'b2'].map((id) => box(id));
    const edges: LayeredEdge[] = [
      { from: 'b1', to: 't1' },
      { from: 'b2', to: 't2' },
      { from: 'b3', to: 't3' },
    ];
    const l = layered(nodes, edges, opts);
    expect(crossingCount(l.points)).toBe(0);
  });

  it('left to right puts implementing documents first and implemented ones to their right', () => {
    const nodes = [box('hub'), ...['p1', 'p2', 'p3'].map((id) => box(id))];
    const edges = ['p1', 'p2', 'p3'].map((to) => ({ from: 'hub', to }));
    const l = layered(nodes, edges, { ...opts, direction: 'LR' });
    for (const id of ['p1', 'p2', 'p3']) expect(l.positions.get(id)!.x).toBeGreaterThan(l.positions.get('hub')!.x + 100);
    expect(l.points[0]![0]!.x).toBeCloseTo(l.positions.get('hub')!.x + 100);
  });

  it('a cycle (an engine mistake) still gets a finite picture with every box placed', () => {
    const nodes = ['a', 'b', 'c'].map((id) => box(id));
    const edges: LayeredEdge[] = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'a' },
      { from: 'a', to: 'a' },
    ];
    const l = layered(nodes, edges, opts);
    expect(l.positions.size).toBe(3);
    expect(Number.isFinite(l.width) && Number.isFinite(l.height)).toBe(true);
    expect(l.points[3]).toEqual([]);
  });
});

describe('layered layout: coordinates', () => {
  it('centres a document over the documents implementing it, and ranks do not drift sideways', () => {
    const nodes = ['top', 'a', 'b', 'c', 'x'].map((id) => box(id));
    const edges: LayeredEdge[] = [
      { from: 'a', to: 'top' },
      { from: 'b', to: 'top' },
      { from: 'c', to: 'top' },
      { from: 'x', to: 'b' },
    ];
    const l = layered(nodes, edges, opts);
    const cx = (id: string) => l.positions.get(id)!.x + 50;
    expect(cx('top')).toBeCloseTo((cx('a') + cx('c')) / 2, 0);
    // The one document under b sits under b, not pushed to a side.
    expect(cx('x')).toBeCloseTo(cx('b'), 0);
    expect(l.width).toBeLessThanOrEqual(3 * 100 + 2 * 10 + 4 + 1);
  });
});
