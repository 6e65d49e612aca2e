/**
 * Lays a chain out (src/lib/graph/layered.ts), top to bottom: implemented documents above the
 * documents implementing them, so the page reads like the chain of command and
 * stays narrow on a phone.
 */
import { layered, longestPathRanks } from './layered.ts';
import type { ChainEdge, ChainNode } from './model.ts';
import { formatDate, shortIssuer, shortName } from '../site/format.ts';
import { wrap } from './labels.ts';

export const NODE_WIDTH = 164;
export const LINE_HEIGHT = 16;
export const PADDING = 8;
/** Characters a line at 13px in NODE_WIDTH (Vietnamese sans, about 7 px a character, with padding). */
export const CHARS_PER_LINE = 20;

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
  /** TB: implemented documents above; LR: implemented documents on the right (wide chains). */
  direction: 'TB' | 'LR';
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export function nodeLines(n: ChainNode): string[] {
  const lines = wrap(shortName(n), CHARS_PER_LINE, 2);
  if (n.issuer) lines.push(...wrap(shortIssuer(n.issuer)!, CHARS_PER_LINE, 3));
  const date = formatDate(n.date);
  if (date) lines.push(date);
  return lines;
}

/** Weakly connected parts, in the order their first node appears (the focus's part first). */
function parts(nodes: ChainNode[], edges: ChainEdge[]): Array<{ nodes: ChainNode[]; edges: ChainEdge[] }> {
  const parent = new Map(nodes.map((n) => [n.id, n.id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(id, r);
    return r;
  };
  for (const e of edges) {
    if (parent.has(e.from) && parent.has(e.to)) parent.set(root(e.from), root(e.to));
  }
  const groups = new Map<string, { nodes: ChainNode[]; edges: ChainEdge[] }>();
  for (const n of nodes) {
    const r = root(n.id);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = { nodes: [], edges: [] }));
    g.nodes.push(n);
  }
  for (const e of edges) groups.get(root(e.from))?.edges.push(e);
  return [...groups.values()];
}

function layoutPart(nodes: ChainNode[], edges: ChainEdge[], direction: 'TB' | 'LR'): Layout {
  const lines = new Map(nodes.map((n) => [n.id, nodeLines(n)]));
  const boxes = nodes.map((n) => ({ id: n.id, width: NODE_WIDTH, height: PADDING * 2 + lines.get(n.id)!.length * LINE_HEIGHT }));
  const laid = layered(boxes, edges, { direction, nodeSep: 12, rankSep: direction === 'TB' ? 36 : 28, margin: 2 });
  const placed: PlacedNode[] = nodes.map((n, i) => {
    const p = laid.positions.get(n.id)!;
    return { node: n, x: p.x, y: p.y, width: boxes[i]!.width, height: boxes[i]!.height, lines: lines.get(n.id) ?? [] };
  });
  const placedEdges: PlacedEdge[] = edges.map((e, i) => ({ edge: e, points: laid.points[i] ?? [] }));
  return { direction, width: Math.max(NODE_WIDTH, laid.width), height: laid.height, nodes: placed, edges: placedEdges };
}

/** Gap between separate parts stacked one under another. */
export const PART_GAP = 28;
/** Two boxes side by side: what a 375 px phone shows without scrolling. */
export const PHONE_WIDTH = 2 * NODE_WIDTH + 16;

/**
 * Top to bottom reads like the chain of command, but a document implementing
 * twenty others puts twenty boxes on one row. When a part is wider than a
 * phone, left to right is tried too (the twenty stack in a column) and the
 * narrower wins.
 */
function layoutNarrow(nodes: ChainNode[], edges: ChainEdge[]): Layout {
  return layoutPart(nodes, edges, chooseDirection(nodes, edges));
}

/**
 * Predicts which reading is narrower before laying out: ranks by longest path, implemented documents first;
 * top to bottom is as wide as the fullest rank, left to right as wide as the
 * number of ranks.
 */
export function chooseDirection(nodes: ChainNode[], edges: ChainEdge[]): 'TB' | 'LR' {
  const rank = longestPathRanks(nodes.map((n) => n.id), edges);
  const perRank = new Map<number, number>();
  for (const r of rank.values()) perRank.set(r, (perRank.get(r) ?? 0) + 1);
  const widest = Math.max(0, ...perRank.values());
  if (widest * NODE_WIDTH <= PHONE_WIDTH) return 'TB';
  return perRank.size < widest ? 'LR' : 'TB';
}

/** Same documents and relations, same picture: the focus is marked when rendering, not here. */
export function layoutKey(nodes: ChainNode[], edges: ChainEdge[]): string {
  return `${nodes.map((n) => n.id).sort().join(' ')}|${edges.map((e) => `${e.from}>${e.to}`).sort().join(' ')}`;
}

/**
 * Each separate part is laid out on its own and the parts are
 * stacked vertically, centred: side by side they would push the picture past
 * a phone's width.
 */
export function layoutChain(nodes: ChainNode[], edges: ChainEdge[]): Layout {
  const laid = parts(nodes, edges).map((p) => layoutNarrow(p.nodes, p.edges));
  const width = Math.max(NODE_WIDTH, ...laid.map((l) => l.width));
  const direction = laid.some((l) => l.direction === 'LR') ? 'LR' : 'TB';
  const out: Layout = { direction, width, height: 0, nodes: [], edges: [] };
  for (const l of laid) {
    const dx = (width - l.width) / 2;
    const dy = out.height === 0 ? 0 : out.height + PART_GAP;
    for (const n of l.nodes) out.nodes.push({ ...n, x: n.x + dx, y: n.y + dy });
    for (const e of l.edges) out.edges.push({ ...e, points: e.points.map((p) => ({ x: p.x + dx, y: p.y + dy })) });
    out.height = dy + l.height;
  }
  return out;
}
