/**
 * Lays a chain out with dagre, top to bottom: implemented documents above the
 * documents implementing them, so the page reads like the chain of command and
 * stays narrow on a phone.
 */
import dagre from '@dagrejs/dagre';
import type { ChainEdge, ChainNode } from './model.ts';
import { shortIssuer, shortName, viDate, wrap } from './labels.ts';

export const NODE_WIDTH = 168;
export const LINE_HEIGHT = 16;
export const PADDING = 8;
/** Characters a line at 13px in NODE_WIDTH (Vietnamese sans, measured ≈ 6.6 px a character). */
export const CHARS_PER_LINE = 22;

export interface PlacedNode {
  node: ChainNode;
  /** Top-left corner and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** First line is the name, the rest issuer and date. */
  lines: string[];
}

export interface PlacedEdge {
  edge: ChainEdge;
  /** From the implementing node to the implemented one. */
  points: Array<{ x: number; y: number }>;
}

export interface Layout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export function nodeLines(n: ChainNode): string[] {
  const lines = wrap(shortName(n), CHARS_PER_LINE, 2);
  if (n.issuer) lines.push(...wrap(shortIssuer(n.issuer), CHARS_PER_LINE, 2));
  const date = viDate(n.date);
  if (date) lines.push(date);
  return lines;
}

export function layoutChain(nodes: ChainNode[], edges: ChainEdge[]): Layout {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 16, ranksep: 36, marginx: 4, marginy: 4 });
  g.setDefaultEdgeLabel(() => ({}));
  const lines = new Map<string, string[]>();
  for (const n of nodes) {
    const l = nodeLines(n);
    lines.set(n.id, l);
    g.setNode(n.id, { width: NODE_WIDTH, height: PADDING * 2 + l.length * LINE_HEIGHT });
  }
  // Reversed on purpose: dagre puts an edge's source above its target.
  for (const e of edges) g.setEdge(e.to, e.from);
  dagre.layout(g);

  const placed: PlacedNode[] = nodes.map((n) => {
    const p = g.node(n.id);
    const width = p.width;
    const height = p.height;
    return {
      node: n,
      x: (p.x ?? 0) - width / 2,
      y: (p.y ?? 0) - height / 2,
      width,
      height,
      lines: lines.get(n.id) ?? [],
    };
  });
  const placedEdges: PlacedEdge[] = edges.map((e) => {
    const pts = g.edge(e.to, e.from)?.points ?? [];
    return { edge: e, points: [...pts].reverse().map((p) => ({ x: p.x, y: p.y })) };
  });
  const label = g.graph();
  return {
    width: Math.ceil(label.width ?? NODE_WIDTH),
    height: Math.ceil(label.height ?? 0),
    nodes: placed,
    edges: placedEdges,
  };
}
