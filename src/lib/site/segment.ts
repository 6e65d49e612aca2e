/**
 * Cuts text runs at citation boundaries. A citation may cover several runs
 * (emphasis inside it, a soft line break): each covered piece is returned
 * with the citation it belongs to, so the caller wraps every piece.
 */
import type { TextRun } from './hast-text.ts';

export interface Span<T> {
  start: number;
  end: number;
  payload: T;
}

export type Piece<T> = string | { text: string; payload: T; first: boolean; last: boolean };

/** For each run touched by a span (by index in `runs`), its pieces in order. Overlapping spans: the earlier wins. */
export function splitRuns<T>(runs: readonly TextRun[], spans: readonly Span<T>[]): Map<number, Piece<T>[]> {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span<T>[] = [];
  let reach = -1;
  for (const s of sorted) {
    if (s.end <= s.start || s.start < reach) continue;
    kept.push(s);
    reach = s.end;
  }
  const out = new Map<number, Piece<T>[]>();
  let si = 0;
  runs.forEach((run, ri) => {
    if (run.inLink) return;
    while (si < kept.length && kept[si]!.end <= run.start) si++;
    const value = run.node.value ?? '';
    const pieces: Piece<T>[] = [];
    let at = run.start;
    for (let k = si; k < kept.length && kept[k]!.start < run.end; k++) {
      const s = kept[k]!;
      const from = Math.max(s.start, run.start);
      const to = Math.min(s.end, run.end);
      if (from > at) pieces.push(value.slice(at - run.start, from - run.start));
      pieces.push({ text: value.slice(from - run.start, to - run.start), payload: s.payload, first: from === s.start, last: to === s.end });
      at = to;
    }
    if (!pieces.length) return;
    if (at < run.end) pieces.push(value.slice(at - run.start));
    out.set(ri, pieces);
  });
  return out;
}
