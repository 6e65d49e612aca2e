/**
 * The collection-wide implementation graph: its separate chains (connected
 * components), and filters by type and by locality that select the chains
 * holding at least one matching document. Each filter value is a static page.
 */
import type { ChainIndex } from './chain.ts';
import { components } from './chain.ts';
import type { ChainEdge, ChainNode } from './model.ts';
import { typeName } from '../site/format.ts';
import { pathSlug } from '../slug.ts';

export interface GraphFilter {
  kind: 'loai' | 'dia-phuong';
  slug: string;
  label: string;
  /** Documents on some chain that match. */
  count: number;
}

export interface ChainComponent {
  /** The top of the chain: the most-implemented document among those implementing nothing. */
  root: ChainNode;
  nodes: ChainNode[];
  edges: ChainEdge[];
  /** Ids of nodes matching the active filter (all of them without a filter). */
  matches: Set<string>;
}

export const CENTRAL_LABEL = 'Trung ương';

export function localityOf(n: ChainNode): string | null {
  if (n.level === 'central') return CENTRAL_LABEL;
  return n.province;
}

const vi = new Intl.Collator('vi');

export function graphFilters(index: ChainIndex): GraphFilter[] {
  const onChain = new Set(components(index).flat());
  const count = (kind: GraphFilter['kind'], key: (n: ChainNode) => string | null) => {
    const map = new Map<string, GraphFilter>();
    for (const id of onChain) {
      const n = index.nodes.get(id);
      const label = n ? key(n) : null;
      if (!label) continue;
      const slug = pathSlug(label);
      const f = map.get(slug);
      if (f) f.count++;
      else map.set(slug, { kind, slug, label, count: 1 });
    }
    return [...map.values()].sort((a, b) => b.count - a.count || vi.compare(a.label, b.label));
  };
  return [...count('loai', (n) => typeName(n.docType)), ...count('dia-phuong', localityOf)];
}

export function matcher(filter: Pick<GraphFilter, 'kind' | 'slug'> | null): (n: ChainNode) => boolean {
  if (!filter) return () => true;
  const key = filter.kind === 'loai' ? (n: ChainNode) => typeName(n.docType) : localityOf;
  return (n) => {
    const label = key(n);
    return label !== null && pathSlug(label) === filter.slug;
  };
}

/**
 * The chains holding a match, from chains computed once (the filter pages of a
 * build share them): each keeps its own `matches`.
 */
export function filterComponents(all: ChainComponent[], filter: Pick<GraphFilter, 'kind' | 'slug'> | null): ChainComponent[] {
  if (!filter) return all;
  const match = matcher(filter);
  const out: ChainComponent[] = [];
  for (const c of all) {
    const matches = new Set(c.nodes.filter(match).map((n) => n.id));
    if (matches.size > 0) out.push({ ...c, matches });
  }
  return out;
}

export function chainComponents(index: ChainIndex, filter: Pick<GraphFilter, 'kind' | 'slug'> | null = null): ChainComponent[] {
  const match = matcher(filter);
  const out: ChainComponent[] = [];
  for (const ids of components(index)) {
    const nodes = ids.map((id) => index.nodes.get(id)).filter((n): n is ChainNode => n !== undefined);
    const matches = new Set(nodes.filter(match).map((n) => n.id));
    if (matches.size === 0) continue;
    const set = new Set(ids);
    const edges = ids.flatMap((id) => (index.out.get(id) ?? []).filter((e) => set.has(e.to)));
    const tops = nodes.filter((n) => (index.out.get(n.id) ?? []).length === 0);
    const root = (tops.length ? tops : nodes).reduce((best, n) =>
      (index.in.get(n.id)?.length ?? 0) > (index.in.get(best.id)?.length ?? 0) ? n : best,
    );
    out.push({ root, nodes, edges, matches });
  }
  return out;
}

/**
 * The part of a chain a picture can hold: the root and its nearest neighbours
 * (breadth first, either direction), at most `max` documents. A national
 * resolution implemented by thousands of plans would otherwise be one picture
 * nobody can read.
 */
export function nearestPart(index: ChainIndex, c: ChainComponent, max: number): { nodes: ChainNode[]; edges: ChainEdge[] } {
  if (c.nodes.length <= max) return { nodes: c.nodes, edges: c.edges };
  const keep = new Set([c.root.id]);
  let frontier = [c.root.id];
  while (frontier.length > 0 && keep.size < max) {
    const next: string[] = [];
    for (const id of frontier) {
      const around = [...(index.out.get(id) ?? []).map((e) => e.to), ...(index.in.get(id) ?? []).map((e) => e.from)];
      for (const n of around) {
        if (keep.size >= max) break;
        if (keep.has(n)) continue;
        keep.add(n);
        next.push(n);
      }
    }
    frontier = next;
  }
  return { nodes: c.nodes.filter((n) => keep.has(n.id)), edges: c.edges.filter((e) => keep.has(e.from) && keep.has(e.to)) };
}
