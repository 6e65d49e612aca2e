/**
 * Stage 8: split a text into plain runs and citation runs, for turning
 * citations into links. Overlapping citations keep the first.
 */
import type { Citation } from './models.ts';

export type Segment = string | { text: string; citation: Citation; href: string | null };

export function annotate(text: string, citations: Citation[], hrefFor: (c: Citation) => string | null): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  const sorted = [...citations].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const c of sorted) {
    if (c.start < at || c.end > text.length || c.end <= c.start) continue;
    if (c.start > at) out.push(text.slice(at, c.start));
    out.push({ text: text.slice(c.start, c.end), citation: c, href: hrefFor(c) });
    at = c.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
