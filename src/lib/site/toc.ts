/**
 * The contents list of a document page: every heading and every numbered
 * section, whether the importer made it a heading or a paragraph. Plans write
 * "2.1. Hàng năm tổ chức…" as a paragraph and "2.3. Tiếp tục…:" (which opens a
 * list) as a heading; listing headings alone dropped 2.1, 2.2, 2.5 and 2.6 of
 * Kế hoạch 200 section II.2 and 1.1 of Kế hoạch 218 section II.1.
 *
 * A numbered paragraph takes the level of the last entry numbered the same way
 * (2.5 beside the heading 2.4), else one level below the heading it follows
 * (2.1 under "2."). Lettered items (a, b) and clauses stay out unless they are
 * headings: they are the body of a section, not sections a reader jumps to.
 */
import { parseLabel, type LabelKind } from '../anchors.ts';
import type { AnchorEntry } from './collection.ts';
import { shorten } from './format.ts';

export interface TocEntry {
  id: string;
  /** The heading, or the start of the paragraph cut at a word with an ellipsis. */
  text: string;
  /** Nesting from 0 (outermost entry of this document). */
  level: number;
}

const SECTION_KINDS = new Set<LabelKind>(['part', 'chapter', 'section', 'article', 'roman', 'numeric']);

export function tocEntries(anchors: readonly AnchorEntry[]): TocEntry[] {
  const raw: Array<{ id: string; text: string; depth: number }> = [];
  /** Depth of the last entry of each numbering shape ("numeric:2" for 2.1), closed when a shallower entry comes. */
  const depthOf = new Map<string, number>();
  let headingDepth = 0;
  for (const a of anchors) {
    const label = parseLabel(a.text);
    const shape = label ? `${label.kind}:${label.segments?.length ?? 0}` : null;
    let depth: number;
    if (a.heading) {
      depth = a.depth;
      headingDepth = depth;
    } else {
      if (!label || !shape || !SECTION_KINDS.has(label.kind)) continue;
      depth = depthOf.get(shape) ?? headingDepth + 1;
    }
    for (const [k, d] of depthOf) if (d > depth) depthOf.delete(k);
    if (shape) depthOf.set(shape, depth);
    raw.push({ id: a.id, text: shorten(a.text), depth });
  }
  const top = Math.min(...raw.map((r) => r.depth));
  return raw.map((r) => ({ id: r.id, text: r.text, level: r.depth - top }));
}
