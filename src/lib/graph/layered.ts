/**
 * A layered drawing (ranks, then order within ranks, then coordinates) for the
 * small graphs a chain picture holds (at most MAX_DRAWN boxes).
 *
 * Why not dagre: it was laid out once per page, and its fixed cost (about
 * 1 ms for two boxes, 15 ms for 24) made it 80 % of the CPU spent rendering
 * pages — 11 of 14 s at 1,000 documents, the largest single cost of a 10,000
 * document build. On graphs this small the classic steps are enough: longest-
 * path ranks, virtual points on edges that skip a rank, barycentre sweeps
 * against crossings, ranks centred, and boxes pulled toward their neighbours.
 */

export interface LayeredNode {
  id: string;
  width: number;
  height: number;
}

/** `from` implements `to`: `to` goes on the lower rank (top, or right when left to right). */
export interface LayeredEdge {
  from: string;
  to: string;
}

export interface LayeredOptions {
  direction: 'TB' | 'LR';
  /** Gap between neighbours on one rank, and between ranks. */
  nodeSep: number;
  rankSep: number;
  margin: number;
}

export interface LayeredResult {
  width: number;
  height: number;
  /** Top-left corners. */
  positions: Map<string, { x: number; y: number }>;
  /** Per edge (same order as given), the polyline from the `from` box to the `to` box. */
  points: Array<Array<{ x: number; y: number }>>;
}

/** Rank 0 holds what implements nothing in the picture; each document sits one rank past what it implements. */
export function longestPathRanks(ids: readonly string[], edges: readonly LayeredEdge[]): Map<string, number> {
  const rank = new Map(ids.map((id) => [id, 0]));
  // Relaxation bounded by the node count, so a cycle (an engine mistake) cannot loop forever.
  for (let round = 0; round < ids.length; round++) {
    let changed = false;
    for (const e of edges) {
      if (!rank.has(e.from) || !rank.has(e.to) || e.from === e.to) continue;
      const r = rank.get(e.to)! + 1;
      if (r > rank.get(e.from)! && r < ids.length) {
        rank.set(e.from, r);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return rank;
}

interface Slot {
  key: string;
  /** Extent across ranks' order axis (width TB, height LR) and along the rank axis. */
  across: number;
  along: number;
  rank: number;
  pos: number;
  up: Slot[];
  down: Slot[];
}

const VIRTUAL = 6;

function crossings(layers: Slot[][]): number {
  let total = 0;
  for (let r = 0; r + 1 < layers.length; r++) {
    const pairs: Array<[number, number]> = [];
    for (const s of layers[r]!) for (const t of s.down) pairs.push([s.pos, t.pos]);
    for (let i = 0; i < pairs.length; i++) {
      for (let j = i + 1; j < pairs.length; j++) {
        const [a1, b1] = pairs[i]!;
        const [a2, b2] = pairs[j]!;
        if ((a1 - a2) * (b1 - b2) < 0) total++;
      }
    }
  }
  return total;
}

function sweep(layers: Slot[][], downward: boolean): void {
  const order = downward ? layers.map((_, i) => i).slice(1) : layers.map((_, i) => i).slice(0, -1).reverse();
  for (const r of order) {
    const layer = layers[r]!;
    const bary = new Map<Slot, number>();
    for (const s of layer) {
      const ns = downward ? s.up : s.down;
      bary.set(s, ns.length ? ns.reduce((sum, n) => sum + n.pos, 0) / ns.length : s.pos);
    }
    layer.sort((a, b) => bary.get(a)! - bary.get(b)! || a.pos - b.pos);
    layer.forEach((s, i) => (s.pos = i));
  }
}

/**
 * Moves a rank's boxes as little as possible from the centres they want while
 * keeping their order and the gap between them (least squares, by pooling
 * adjacent violators): pushing each box right of the one before it instead
 * let every rank drift and drew chains as staircases.
 */
function place(layer: Slot[], centre: Map<Slot, number>, gap: number): void {
  if (layer.length < 2) return;
  // Shift each wanted centre by the room the boxes before it need, so that the
  // constraint becomes "non-decreasing"; then fit blocks of equal values.
  const offset: number[] = [0];
  for (let i = 1; i < layer.length; i++) offset.push(offset[i - 1]! + layer[i - 1]!.across / 2 + gap + layer[i]!.across / 2);
  const blocks: Array<{ sum: number; n: number }> = [];
  layer.forEach((s, i) => {
    blocks.push({ sum: centre.get(s)! - offset[i]!, n: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.sum / blocks[blocks.length - 2]!.n > blocks[blocks.length - 1]!.sum / blocks[blocks.length - 1]!.n) {
      const last = blocks.pop()!;
      blocks[blocks.length - 1]!.sum += last.sum;
      blocks[blocks.length - 1]!.n += last.n;
    }
  });
  let i = 0;
  for (const b of blocks) {
    for (let k = 0; k < b.n; k++, i++) centre.set(layer[i]!, b.sum / b.n + offset[i]!);
  }
}

export function layered(nodes: readonly LayeredNode[], edges: readonly LayeredEdge[], opts: LayeredOptions): LayeredResult {
  const tb = opts.direction === 'TB';
  const rank = longestPathRanks(nodes.map((n) => n.id), edges);
  const maxRank = Math.max(0, ...rank.values());
  const layers: Slot[][] = Array.from({ length: maxRank + 1 }, () => []);
  const slots = new Map<string, Slot>();
  const add = (key: string, r: number, across: number, along: number): Slot => {
    const s: Slot = { key, across, along, rank: r, pos: layers[r]!.length, up: [], down: [] };
    layers[r]!.push(s);
    slots.set(key, s);
    return s;
  };
  for (const n of nodes) add(n.id, rank.get(n.id)!, tb ? n.width : n.height, tb ? n.height : n.width);

  // Each edge as a path of slots from the lower rank (implemented) to the higher one.
  const paths: Slot[][] = edges.map((e, i) => {
    const a = slots.get(e.to);
    const b = slots.get(e.from);
    if (!a || !b || a === b) return [];
    if (a.rank >= b.rank) return [b, a];
    const path = [a];
    for (let r = a.rank + 1; r < b.rank; r++) path.push(add(`\u0000${i}:${r}`, r, VIRTUAL, 0));
    path.push(b);
    for (let k = 0; k + 1 < path.length; k++) {
      path[k]!.down.push(path[k + 1]!);
      path[k + 1]!.up.push(path[k]!);
    }
    return path.reverse();
  });

  // Order: barycentre sweeps, keeping the order with the fewest crossings.
  let best = layers.map((l) => [...l]);
  let bestCrossings = crossings(layers);
  for (let i = 0; i < 4 && bestCrossings > 0; i++) {
    sweep(layers, i % 2 === 0);
    const c = crossings(layers);
    if (c < bestCrossings) {
      bestCrossings = c;
      best = layers.map((l) => [...l]);
    }
  }
  best.forEach((l, r) => {
    layers[r] = l;
    l.forEach((s, i) => (s.pos = i));
  });

  // Across: pack each rank, then pull boxes toward their neighbours' centres without overlap.
  const centre = new Map<Slot, number>();
  const packed = (layer: Slot[]) => layer.reduce((w, s) => w + s.across, 0) + Math.max(0, layer.length - 1) * opts.nodeSep;
  const widest = Math.max(0, ...layers.map(packed));
  for (const layer of layers) {
    let at = (widest - packed(layer)) / 2;
    for (const s of layer) {
      centre.set(s, at + s.across / 2);
      at += s.across + opts.nodeSep;
    }
  }
  for (let pass = 0; pass < 4; pass++) {
    const ranks = pass % 2 === 0 ? layers.slice(1) : layers.slice(0, -1).reverse();
    for (const layer of ranks) {
      for (const s of layer) {
        const ns = pass % 2 === 0 ? s.up : s.down;
        if (ns.length) centre.set(s, ns.reduce((sum, n) => sum + centre.get(n)!, 0) / ns.length);
      }
      place(layer, centre, opts.nodeSep);
    }
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const [s, c] of centre) {
    lo = Math.min(lo, c - s.across / 2);
    hi = Math.max(hi, c + s.across / 2);
  }
  if (!Number.isFinite(lo)) lo = hi = 0;

  // Along: ranks one after another, boxes centred on their rank's line.
  const depth = layers.map((l) => Math.max(0, ...l.map((s) => s.along)));
  const line: number[] = [];
  let at = 0;
  depth.forEach((d, r) => {
    line[r] = at + d / 2;
    at += d + (r < depth.length - 1 ? opts.rankSep : 0);
  });
  const alongSize = at;
  const m = opts.margin;
  // LR reads implementing documents first (left): ranks run from the right.
  const alongOf = (s: Slot) => (tb ? line[s.rank]! : alongSize - line[s.rank]!);
  const point = (across: number, along: number) => (tb ? { x: across - lo + m, y: along + m } : { x: along + m, y: across - lo + m });

  const positions = new Map<string, { x: number; y: number }>();
  for (const n of nodes) {
    const s = slots.get(n.id)!;
    const p = point(centre.get(s)!, alongOf(s));
    positions.set(n.id, { x: p.x - n.width / 2, y: p.y - n.height / 2 });
  }
  // From the implementing box's near side to the implemented box's near side, through the virtual points.
  const points = paths.map((path) => {
    if (path.length < 2) return [];
    const edgeAt = (s: Slot, towards: Slot) => {
      const dir = Math.sign(alongOf(towards) - alongOf(s)) || -1;
      return point(centre.get(s)!, alongOf(s) + (dir * s.along) / 2);
    };
    const first = path[0]!;
    const last = path[path.length - 1]!;
    return [
      edgeAt(first, path[1]!),
      ...path.slice(1, -1).map((s) => point(centre.get(s)!, alongOf(s))),
      edgeAt(last, path[path.length - 2]!),
    ];
  });
  const acrossSize = hi - lo;
  return {
    width: Math.ceil((tb ? acrossSize : alongSize) + 2 * m),
    height: Math.ceil((tb ? alongSize : acrossSize) + 2 * m),
    positions,
    points,
  };
}
