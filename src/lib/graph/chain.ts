/**
 * Computes, for one document, the implementation chain it belongs to: what it
 * implements upward and what implements it downward, transitively. An index is
 * built once for the whole collection so that each page's chain costs only the
 * size of that chain (10,000 pages stay linear).
 */
import type { Chain, ChainEdge, ChainNode } from './model.ts';

export interface ChainIndex {
  nodes: Map<string, ChainNode>;
  edges: ChainEdge[];
  /** from → edges leaving it (what it implements). */
  out: Map<string, ChainEdge[]>;
  /** to → edges arriving (what implements it). */
  in: Map<string, ChainEdge[]>;
  /** sourceDoc → edges learned from its text. */
  told: Map<string, ChainEdge[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Edges whose ends are unknown nodes are kept out and reported, never drawn half. */
export function indexChains(nodes: ChainNode[], edges: ChainEdge[]): ChainIndex & { dangling: ChainEdge[] } {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const index = { nodes: byId, edges: [] as ChainEdge[], out: new Map(), in: new Map(), told: new Map(), dangling: [] as ChainEdge[] };
  for (const e of edges) {
    if (!byId.has(e.from) || !byId.has(e.to)) {
      index.dangling.push(e);
      continue;
    }
    index.edges.push(e);
    push(index.out, e.from, e);
    push(index.in, e.to, e);
    for (const src of new Set(e.evidence.map((ev) => ev.sourceDoc))) push(index.told, src, e);
  }
  return index;
}

/** Breadth-first walk, nearest first; cycles stop at the first visit. */
function walk(start: string, next: (id: string) => string[]): string[] {
  const seen = new Set([start]);
  const order: string[] = [];
  let frontier = [start];
  while (frontier.length > 0) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const n of next(id)) {
        if (seen.has(n)) continue;
        seen.add(n);
        order.push(n);
        following.push(n);
      }
    }
    frontier = following;
  }
  return order;
}

export function chainOf(index: ChainIndex, focus: string): Chain {
  const up = walk(focus, (id) => (index.out.get(id) ?? []).map((e) => e.to));
  const down = walk(focus, (id) => (index.in.get(id) ?? []).map((e) => e.from));
  const members = new Set([focus, ...up, ...down]);
  const told = (index.told.get(focus) ?? []).filter((e) => !(members.has(e.from) && members.has(e.to)));
  // What the focus says about documents it cites brings what those implement
  // along (upward only: a national resolution's implementers can number thousands).
  const extra = new Set<string>();
  for (const e of told) {
    for (const end of [e.from, e.to]) {
      if (members.has(end) || extra.has(end)) continue;
      extra.add(end);
      for (const id of walk(end, (x) => (index.out.get(x) ?? []).map((o) => o.to))) extra.add(id);
    }
  }
  const all = new Set([...members, ...extra]);
  // Induced edges from each member's own out-list: cost follows the chain, not the collection.
  const edges = [...all].flatMap((id) => (index.out.get(id) ?? []).filter((e) => all.has(e.to)));
  const nodes = [...all].map((id) => index.nodes.get(id)).filter((n): n is ChainNode => n !== undefined);
  return { focus, up, down, told, nodes, edges };
}

/** Connected components (edges taken as undirected), largest first, for the collection-wide page. */
export function components(index: ChainIndex): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  const neighbours = (id: string) => [
    ...(index.out.get(id) ?? []).map((e) => e.to),
    ...(index.in.get(id) ?? []).map((e) => e.from),
  ];
  for (const e of index.edges) {
    if (seen.has(e.from)) continue;
    const comp = [e.from, ...walk(e.from, neighbours)];
    for (const id of comp) seen.add(id);
    out.push(comp);
  }
  return out.sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
}
