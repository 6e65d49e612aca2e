/**
 * The plain text of a rendered document body, with where each piece came from.
 * The same function runs on the tree the data layer parses and on the tree the
 * Markdown hook sees, so citation offsets found once apply to both.
 */
import { isFootnoteBackref, isFootnoteRef, isFootnotesTitle } from './footnotes.ts';

/** The minimal hast shape read here (satteri's nodes satisfy it). */
export interface HastLike {
  type: string;
  tagName?: string;
  value?: string;
  children?: readonly HastLike[];
  properties?: Record<string, unknown>;
}

export interface TextRun {
  node: HastLike;
  /** Offsets of the node's value in the collected text. */
  start: number;
  end: number;
  /** Inside an existing link: never wrapped in another one. */
  inLink: boolean;
}

export interface TextBlock {
  node: HastLike;
  tag: string;
  heading: boolean;
  depth: number;
  /** The block's own text (trimmed). */
  text: string;
  /** Offset in the collected text where the block starts (citations are placed in sections by it). */
  start: number;
}

export interface CollectedText {
  text: string;
  runs: TextRun[];
  /** Candidates for anchors: headings, and paragraphs directly in the body. */
  blocks: TextBlock[];
}

const BLOCK = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'tr', 'td', 'th', 'pre', 'table', 'ul', 'ol', 'div', 'section', 'hr',
]);
const HEADING = /^h([1-6])$/;
/** Elements whose children are blocks: whitespace between those children is layout. */
const CONTAINER = new Set(['ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'blockquote', 'div', 'section']);

/**
 * A footnote's mark, its way back and the footnotes' title are the renderer's apparatus, not the
 * document's words: left out, so "xã hội[^1]." reads "xã hội." and the page may renumber them (footnotes.ts).
 */
function apparatus(node: HastLike): boolean {
  return isFootnoteRef(node) || isFootnoteBackref(node) || isFootnotesTitle(node);
}

function textOf(node: HastLike): string {
  if (node.type === 'text' || node.type === 'raw') return node.value ?? '';
  if (apparatus(node)) return '';
  return (node.children ?? []).map(textOf).join('');
}

/** Walks `root` in document order. Blocks are separated by a blank line so that sentences never run across them. */
export function collectText(root: HastLike): CollectedText {
  // Pieces are joined once at the end: testing the end of a growing string flattens it every time.
  const parts: string[] = [];
  let length = 0;
  let trailingNewlines = 0;
  const runs: TextRun[] = [];
  const blocks: TextBlock[] = [];
  const append = (value: string) => {
    if (!value) return;
    parts.push(value);
    length += value.length;
    const m = /\n*$/.exec(value)![0].length;
    trailingNewlines = m === value.length ? trailingNewlines + m : m;
  };
  const breakBlock = () => {
    if (length && trailingNewlines < 2) append(trailingNewlines === 1 ? '\n' : '\n\n');
  };
  const walk = (node: HastLike, top: boolean, inLink: boolean, parentTag: string) => {
    if (node.type === 'raw') {
      // Raw HTML typed into a body is shown as the text it is, never as markup (the Markdown hook
      // turns these runs into text nodes), so it counts as text here too.
      if (top) breakBlock();
      const value = node.value ?? '';
      runs.push({ node, start: length, end: length + value.length, inLink });
      append(value);
      if (top) breakBlock();
      return;
    }
    if (node.type === 'text') {
      // Whitespace between blocks is layout, not content.
      if ((top || CONTAINER.has(parentTag)) && !node.value?.trim()) return;
      const value = node.value ?? '';
      runs.push({ node, start: length, end: length + value.length, inLink });
      append(value);
      return;
    }
    if (!node.children || apparatus(node)) return;
    const tag = node.tagName ?? '';
    const block = top || BLOCK.has(tag);
    if (block) breakBlock();
    const h = HEADING.exec(tag);
    if (h || (tag === 'p' && top)) {
      blocks.push({ node, tag, heading: !!h, depth: h ? Number(h[1]) : 0, text: textOf(node).trim(), start: length });
    }
    for (const child of node.children) walk(child, false, inLink || tag === 'a', tag);
    if (block) breakBlock();
  };
  for (const child of root.children ?? []) walk(child, true, false, '');
  return { text: parts.join('').replace(/\n+$/, ''), runs, blocks };
}
