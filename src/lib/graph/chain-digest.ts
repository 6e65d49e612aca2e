/**
 * A digest of each document's chain (what `chainOf` returns: its documents upward and downward,
 * the edges among them, the edges its text tells of, with every edge's quotes), for the
 * incremental build's page keys (src/lib/site/page-keys.ts). It walks the same way `chainOf`
 * does, in the same order, but on integer ids with stamp arrays, and digests each node and
 * edge once: at 10,000 generated documents the chains of all pages hold 11.6 million nodes and
 * edges (a national resolution's chain holds thousands), and building each page's chain
 * and serialising it was most of a rebuild.
 *
 * Two chains get the same digest when chainOf gives them the same focus, up, down, told, nodes
 * and edges (their content included); any difference changes it
 * (tests/reading/chain-digest.test.ts checks both against chainOf).
 */
import { createHash } from 'node:crypto';
import type { ChainIndex } from './chain.ts';
import type { ChainEdge, ChainNode } from './model.ts';

const BYTES = 16;

/**
 * `nodeDigest` and `edgeDigest` say what of a node or an edge a page shows (any string; it is
 * digested again here), each called once per node and edge.
 */
export function chainDigester(
  index: ChainIndex,
  nodeDigest: (node: ChainNode) => string,
  edgeDigest: (edge: ChainEdge) => string,
  /** For a focus that is no node of the index (chainOf still gives the edges its text tells of). */
  notANode: (focus: string) => string,
): (focus: string) => string {
  const ids = [...index.nodes.keys()];
  const numberOf = new Map(ids.map((id, i) => [id, i]));
  const edges = index.edges;
  const edgeNumber = new Map(edges.map((e, i) => [e, i]));
  const from = Int32Array.from(edges, (e) => numberOf.get(e.from)!);
  const to = Int32Array.from(edges, (e) => numberOf.get(e.to)!);
  const listOf = (map: Map<string, ChainEdge[]>) => ids.map((id) => Int32Array.from(map.get(id) ?? [], (e) => edgeNumber.get(e)!));
  const out = listOf(index.out);
  const into = listOf(index.in);
  const told = listOf(index.told);
  const short = (text: string) => createHash('sha256').update(text).digest().subarray(0, BYTES);
  const nodeBytes = new Uint8Array(ids.length * BYTES);
  ids.forEach((id, i) => nodeBytes.set(short(nodeDigest(index.nodes.get(id)!)), i * BYTES));
  const edgeBytes = new Uint8Array(edges.length * BYTES);
  edges.forEach((e, i) => edgeBytes.set(short(edgeDigest(e)), i * BYTES));

  // Membership by stamp: a node is in the current set when its stamp is the current epoch.
  const stamp = new Int32Array(ids.length);
  let epoch = 0;
  const walkStamp = new Int32Array(ids.length);
  let walkEpoch = 0;
  /** chain.ts's walk: breadth first, nearest first, each node once; the start not listed. */
  const walk = (start: number, lists: Int32Array[], end: Int32Array, visit: (n: number) => void) => {
    walkEpoch++;
    walkStamp[start] = walkEpoch;
    let frontier = [start];
    while (frontier.length > 0) {
      const following: number[] = [];
      for (const n of frontier) {
        for (const e of lists[n]!) {
          const next = end[e]!;
          if (walkStamp[next] === walkEpoch) continue;
          walkStamp[next] = walkEpoch;
          visit(next);
          following.push(next);
        }
      }
      frontier = following;
    }
  };

  let buffer = new Uint8Array(1 << 16);
  let length = 0;
  const put = (source: Uint8Array, k: number) => {
    if (length + BYTES > buffer.length) {
      const bigger = new Uint8Array(buffer.length * 2);
      bigger.set(buffer.subarray(0, length));
      buffer = bigger;
    }
    buffer.set(source.subarray(k * BYTES, k * BYTES + BYTES), length);
    length += BYTES;
  };
  const SEPARATOR = new Uint8Array(BYTES).fill(0xff);
  const separate = () => put(SEPARATOR, 0);

  return (focusId: string): string => {
    const focus = numberOf.get(focusId);
    if (focus === undefined) return notANode(focusId);
    epoch++;
    length = 0;
    const all: number[] = [focus];
    stamp[focus] = epoch;
    const member = (n: number) => {
      if (stamp[n] !== epoch) {
        stamp[n] = epoch;
        all.push(n);
      }
    };
    // up, then down, each in walk order (the page groups them so).
    walk(focus, out, to, (n) => {
      put(nodeBytes, n);
      member(n);
    });
    separate();
    walk(focus, into, from, (n) => {
      put(nodeBytes, n);
      member(n);
    });
    separate();
    // (Before the told edges' documents join: the stamped are the focus, up and down.)
    const toldHere = [...told[focus]!].filter((e) => !(stamp[from[e]!] === epoch && stamp[to[e]!] === epoch));
    for (const e of toldHere) put(edgeBytes, e);
    separate();
    for (const e of toldHere) {
      for (const end of [from[e]!, to[e]!]) {
        if (stamp[end] === epoch) continue;
        member(end);
        walk(end, out, to, member);
      }
    }
    for (const n of all) put(nodeBytes, n);
    separate();
    for (const n of all) for (const e of out[n]!) if (stamp[to[e]!] === epoch) put(edgeBytes, e);
    return createHash('sha256').update(focusId).update('\0').update(buffer.subarray(0, length)).digest('base64url');
  };
}
