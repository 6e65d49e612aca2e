/**
 * Everything a page shows for one chain: the SVG picture and its text
 * equivalent (edges grouped as upward, downward and told by the text, each
 * with its sentence). Pure: the Astro components only print it.
 */
import type { Chain, ChainEdge, ChainNode, EdgeEvidence } from './model.ts';
import type { ChainIndex } from './chain.ts';
import { layoutChain, layoutKey, type Layout } from './layout.ts';
import { renderChainSvg } from './svg.ts';
import { docReference, shortName } from '../site/format.ts';

/**
 * Beyond this many documents the picture keeps the nearest ones; the list stays
 * complete: more boxes than this would not fit a phone's screen in either direction.
 */
export const MAX_DRAWN = 24;

export interface EdgeItem {
  edge: ChainEdge;
  from: ChainNode;
  to: ChainNode;
}

export interface ChainGroup {
  key: 'up' | 'down' | 'told' | 'other';
  heading: string;
  items: EdgeItem[];
}

export interface ChainView {
  focus: ChainNode;
  empty: boolean;
  title: string;
  description: string;
  svg: string | null;
  drawn: number;
  total: number;
  groups: ChainGroup[];
}

function item(index: ChainIndex, e: ChainEdge): EdgeItem | null {
  const from = index.nodes.get(e.from);
  const to = index.nodes.get(e.to);
  return from && to ? { edge: e, from, to } : null;
}

export function chainView(
  index: ChainIndex,
  chain: Chain,
  idPrefix: string,
  maxDrawn = MAX_DRAWN,
  /** Layouts shared across a build: the members of a small chain all draw the same picture. */
  cache: Map<string, Layout> | null = null,
): ChainView {
  const focus = index.nodes.get(chain.focus);
  if (!focus) throw new Error(`chain view: unknown document id "${chain.focus}" (neither held nor cited)`);
  const upSet = new Set([chain.focus, ...chain.up]);
  const downSet = new Set([chain.focus, ...chain.down]);
  const toldSet = new Set(chain.told);
  const upOnly = new Set(chain.up);
  const downOnly = new Set(chain.down);
  const groups: ChainGroup[] = [
    { key: 'up', heading: 'Văn bản này thực hiện', items: [] },
    { key: 'down', heading: 'Văn bản thực hiện văn bản này', items: [] },
    { key: 'told', heading: 'Quan hệ thực hiện giữa các văn bản được dẫn chiếu, theo lời văn bản này', items: [] },
    { key: 'other', heading: 'Quan hệ khác trong chuỗi', items: [] },
  ];
  for (const e of chain.edges) {
    const it = item(index, e);
    if (!it) continue;
    const g =
      upSet.has(e.from) && upSet.has(e.to) && upOnly.has(e.to)
        ? groups[0]
        : downSet.has(e.from) && downSet.has(e.to) && downOnly.has(e.from)
          ? groups[1]
          : toldSet.has(e)
            ? groups[2]
            : groups[3];
    g!.items.push(it);
  }
  const name = shortName(focus);
  const title = `Chuỗi thực hiện của ${name}`;
  // Only what is there: "thực hiện 0 văn bản" reads as a fact about the document, not as an absence.
  // The chain reaches on through what the focus implements; the panels list only the documents it names. Both counts are
  // said, so that "thực hiện 10 văn bản" does not stand beside a panel of 9.
  const upDirect = new Set(chain.edges.filter((e) => e.from === chain.focus && upOnly.has(e.to)).map((e) => e.to)).size;
  const downDirect = new Set(chain.edges.filter((e) => e.to === chain.focus && downOnly.has(e.from)).map((e) => e.from)).size;
  const through = (n: number, direct: number) => (n > direct ? ` (${direct} trực tiếp, ${n - direct} qua văn bản khác)` : '');
  const parts = [
    ...(chain.up.length ? [`thực hiện ${chain.up.length} văn bản${through(chain.up.length, upDirect)}`] : []),
    ...(chain.down.length ? [`được ${chain.down.length} văn bản thực hiện${through(chain.down.length, downDirect)}`] : []),
  ];
  const description =
    `${docReference(focus)} ${parts.length ? parts.join(' và ') : 'chưa có quan hệ thực hiện nào được ghi nhận'}` +
    (chain.told.length ? `; văn bản này còn nêu ${chain.told.length} quan hệ thực hiện giữa các văn bản nó dẫn chiếu.` : '.');
  const empty = chain.edges.length === 0;
  let svg: string | null = null;
  let drawn = 0;
  if (!empty) {
    // Nearest first: the focus, what it implements, what it tells, then what implements it.
    const order = [chain.focus, ...chain.up, ...chain.nodes.map((n) => n.id).filter((id) => !upSet.has(id) && !downSet.has(id)), ...chain.down];
    const keep = new Set(order.slice(0, maxDrawn));
    // In one order whichever member of the chain is drawn: a layout shared through the cache
    // is then the same picture whichever page computed it first, so a page does not depend on
    // the order pages are rendered in.
    const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const nodes = chain.nodes.filter((n) => keep.has(n.id)).sort((a, b) => byId(a.id, b.id));
    const edges = chain.edges
      .filter((e) => keep.has(e.from) && keep.has(e.to))
      .sort((a, b) => byId(a.from, b.from) || byId(a.to, b.to) || byId(a.relation, b.relation));
    drawn = nodes.length;
    const key = cache ? layoutKey(nodes, edges) : '';
    let layout = cache?.get(key);
    if (!layout) {
      layout = layoutChain(nodes, edges);
      cache?.set(key, layout);
    }
    svg = renderChainSvg(layout, { idPrefix, title, description, focus: chain.focus });
  }
  return { focus, empty, title, description, svg, drawn, total: chain.nodes.length, groups: groups.filter((g) => g.items.length > 0) };
}

/** Where a listed relation's sentence is: quoted here, in one of the page's panels, or in a relation listed above. */
export type EdgeQuote =
  | { kind: 'quote'; evidence: EdgeEvidence; anchor: string }
  | { kind: 'panel'; href: string; label: string }
  | { kind: 'above'; href: string }
  | { kind: 'none' };

/**
 * The sentence each listed relation shows on the page of `focus`, in list order: the page's own if it
 * says so, else the first; a sentence the page's panels quote already is pointed to, and so is one a
 * relation above in the list quotes (two relations learned from one sentence: "… thực hiện Kết luận số
 * 01-KL/TW … về tiếp tục thực hiện Chỉ thị số 05-CT/TW" tells both), so that each quote is shown once.
 */
export function edgeQuotes(items: readonly EdgeItem[], focus: string | null, focusHeld: boolean, anchorPrefix: string): EdgeQuote[] {
  const quoted = new Map<string, string>();
  return items.map((item, i) => {
    const shown = item.edge.evidence.find((ev) => ev.sourceDoc === focus) ?? item.edge.evidence[0];
    if (!shown) return { kind: 'none' };
    if (focus && shown.sourceDoc === focus) return { kind: 'panel', href: '#dan-chieu-di', label: 'Văn bản này dẫn chiếu' };
    // A sentence that tells a relation of the page's own document names it: the document it comes from cites this one, and
    // the panel of what cites this page quotes it there ("… thực hiện Kết luận số 01-KL/TW … tiếp tục thực hiện Chỉ thị số
    // 05-CT/TW", from Kế hoạch 200, on the page of Chỉ thị 05-CT/TW).
    if (focus && (item.to.id === focus || item.from.id === focus)) return { kind: 'panel', href: focusHeld ? '#duoc-dan-chieu' : '#cited-by-title', label: 'Được dẫn chiếu bởi' };
    const key = `${shown.sourceDoc}\u0000${shown.sentence}`;
    const above = quoted.get(key);
    if (above) return { kind: 'above', href: `#${above}` };
    const anchor = `${anchorPrefix}-${i + 1}`;
    quoted.set(key, anchor);
    return { kind: 'quote', evidence: shown, anchor };
  });
}
