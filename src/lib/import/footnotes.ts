/**
 * Footnotes: a note and the mark that points at it, found in the two shapes real
 * documents have, so the body can link them both ways (GFM `[^n]` / `[^n]: …`).
 *
 * - Portal copies: marks written "[1]" in the text, notes at the end on lines
 *   starting "[1] …".
 * - Công báo PDFs through pdftotext: the superscript mark becomes digits glued to
 *   the word or mark before it ("xã hội1.", "khác.2", "Điều 5.3 (được bãi bỏ)",
 *   "b)5 Trường hợp", "c) 4 Trước ngày"), and each page's notes sit at its foot
 *   as lines starting with the number ("2 Thông tư số 69/2023/TT-BTC …"), a note
 *   cut by a page break going on at the foot of the next page.
 *
 * A wrong link is worse than none: a mark is linked only to a note of the same
 * number that exists in the same text, the numbers run in sequence, and a
 * pdftotext mark is looked for only in the text just before its note.
 * Anything else stays text, as written.
 */
import type { PhrasingContent } from 'mdast';
import { isBlank } from './lines.ts';
import { parseLabel } from './structure.ts';
import type { SourceLine } from './types.ts';

/** Private-use stand-ins for a footnote reference inside a line's markdown until inline parsing is done. */
const REF_OPEN = '\uE001';
const REF_CLOSE = '\uE002';
const REF_RE = /\uE001(\d{1,3})\uE002/gu;

export interface FootnoteNote {
  n: number;
  /** The note's lines, its number removed from the first. */
  lines: SourceLine[];
}

export interface FootnoteResult {
  /** The body lines: notes taken out, marks in `md` replaced by stand-ins (see `withFootnoteRefs`) and removed from `plain`. */
  lines: SourceLine[];
  /** Notes that have a mark, in number order. */
  notes: FootnoteNote[];
  /** How many marks were linked. */
  marks: number;
}

/** A mark in a line: where it stands in the line's markdown and in its plain text. */
interface Mark { index: number; n: number; md: Span[]; plain: Span[] }
type Span = [start: number, end: number];

/**
 * `lines` are a part's body lines in source order (blank and skipped lines included);
 * `skip` holds the lines left out of the body (page heads, stamps): they end a note as a page break does.
 */
export function extractFootnotes(lines: readonly SourceLine[], skip: ReadonlySet<SourceLine>): FootnoteResult {
  const bracket = bracketNotes(lines, skip);
  if (bracket) return apply(lines, bracket.notes, bracket.marks);
  const pdf = pdftotextNotes(lines, skip);
  if (pdf) return apply(lines, pdf.notes, pdf.marks);
  return { lines: [...lines], notes: [], marks: 0 };
}

// ---------------------------------------------------------------------------
// Portal copies: "[1]"

const BRACKET_NOTE = /^\\?\[([1-9]\d{0,2})\\?\]\s*(?=[\p{L}"“(])/u;

function bracketMark(n: number): RegExp {
  // Not a link's text ("[1](…)"), not an image, not inside a longer bracket.
  return new RegExp(`(?<![!\\]\\\\[])\\\\?\\[${n}\\\\?\\](?!\\()`, 'gu');
}

function bracketNotes(lines: readonly SourceLine[], skip: ReadonlySet<SourceLine>): { notes: Map<number, number[]>; marks: Mark[] } | null {
  const starts: { index: number; n: number }[] = [];
  lines.forEach((l, i) => {
    if (skip.has(l) || isBlank(l)) return;
    const m = BRACKET_NOTE.exec(l.plain);
    if (m) starts.push({ index: i, n: Number(m[1]) });
  });
  // The notes must be 1, 2, 3 … each once: form field codes ("[01]"), column numbers and
  // notes repeated by several attached forms are not one text's footnotes.
  if (starts.length === 0 || starts.some((s, k) => s.n !== k + 1)) return null;
  const noteLines = new Map<number, number[]>();
  const taken = new Set<number>();
  for (const [k, s] of starts.entries()) {
    const own = [s.index];
    for (let i = s.index + 1; i < lines.length && i !== starts[k + 1]?.index; i++) {
      const l = lines[i]!;
      if (isBlank(l) || skip.has(l)) break;
      own.push(i);
    }
    noteLines.set(s.n, own);
    own.forEach((i) => taken.add(i));
  }
  const marks: Mark[] = [];
  const first = new Map<number, number>();
  lines.forEach((l, i) => {
    if (taken.has(i) || skip.has(l) || isBlank(l)) return;
    for (const s of starts) {
      const md = spans(l.md, bracketMark(s.n));
      const plain = spans(l.plain, bracketMark(s.n));
      if (md.length === 0 || md.length !== plain.length) continue;
      marks.push({ index: i, n: s.n, md, plain });
      if (!first.has(s.n)) first.set(s.n, i);
    }
  });
  // Each mark comes before its note, and the first marks run in the notes' order.
  let last = -1;
  for (const s of starts) {
    const f = first.get(s.n);
    if (f === undefined) continue;
    if (f > s.index || f < last) return null;
    last = f;
  }
  const notes = new Map<number, number[]>();
  for (const [n, own] of noteLines) if (first.has(n)) notes.set(n, own);
  return notes.size ? { notes, marks } : null;
}

// ---------------------------------------------------------------------------
// pdftotext: "xã hội1." … "1 Văn bản này …"

const PDF_NOTE = /^([1-9]\d{0,2})\s+(?=[\p{Lu}"“(])/u;
/** How far back from its note a mark is looked for: a note sits at the foot of its mark's page. */
const MARK_WINDOW = 80;
/** Words a digit is glued to that are units or formulas, not marked words: "m2", "CO2". */
const UNIT_WORDS = /^(?:m|km|cm|mm|dm|ha|CO|NO|SO|NH|CH|PM|H|O)$/u;
const ENDED = /(?:[.!?…]|\.\/\.)["”’)\]]*$/u;

/** Where a pdftotext mark for `n` may stand in a line (plain or md: the same shapes). */
function pdfMarks(n: number): RegExp[] {
  return [
    // Glued to a word of two letters or more, or to the mark after a word: "xã hội1.", "khác.2", "THÔNG TƯ1".
    new RegExp(`(?<=\\p{L}{2}|\\p{L}[.,;:!?)”"’])${n}(?=$|[\\s.,;:)”"’])`, 'gu'),
    // After an article's number: "Điều 5.3 (được bãi bỏ)".
    new RegExp(`(?<=^(?:Điều|ĐIỀU)\\s+\\d{1,3}[a-z]?\\.)${n}(?=\\s|$)`, 'gu'),
    // After a point's or clause's label: "b)5 Trường hợp", "c) 4 Trước ngày", "1. 3 Chậm nhất".
    new RegExp(`(?<=^[a-zđ]\\d?\\)\\s*|^\\d{1,2}\\.\\s+)${n}(?=\\s+[\\p{Lu}"“])`, 'gu'),
  ];
}

/** The last place in `text` where a mark for `n` may stand, or null. */
function lastPdfMark(text: string, n: number): Span | null {
  let best: Span | null = null;
  for (const re of pdfMarks(n)) {
    for (const m of text.matchAll(re)) {
      // The word the digits are glued to: a unit or a formula is no marked word.
      const before = /(\p{L}+)[.,;:!?)”"’]?$/u.exec(text.slice(0, m.index))?.[1] ?? '';
      if (UNIT_WORDS.test(before)) continue;
      if (!best || m.index > best[0]) best = [m.index, m.index + m[0].length];
    }
  }
  return best;
}

function pdftotextNotes(lines: readonly SourceLine[], skip: ReadonlySet<SourceLine>): { notes: Map<number, number[]>; marks: Mark[] } | null {
  const notes = new Map<number, number[]>();
  const marks: Mark[] = [];
  const inNote = new Set<number>();
  let expected = 1;
  let lastMark = { index: -1, md: -1, plain: -1 };
  let prev: { n: number; own: number[]; linked: boolean } | null = null;
  const gapBefore = (i: number) => i === 0 || isBlank(lines[i - 1]!) || skip.has(lines[i - 1]!);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (inNote.has(i) || skip.has(l) || isBlank(l)) continue;
    const m = PDF_NOTE.exec(l.plain);
    if (!m || Number(m[1]) !== expected || parseLabel(l.plain)) continue;
    const n = expected;
    // A note opens a page's foot (after a blank line or a page break), follows the note before it,
    // or follows the end of a note cut by the page break.
    const afterNote = prev !== null && prev.own[prev.own.length - 1] === i - 1;
    let continued: number[] = [];
    if (!gapBefore(i) && !afterNote) {
      let s = i;
      while (s > 0 && !gapBefore(s) && i - s < 15) s--;
      const cutNote = prev && prev.linked && !ENDED.test(lines[prev.own[prev.own.length - 1]!]!.plain) && gapBefore(s) && s > prev.own[prev.own.length - 1]!;
      if (!cutNote) continue;
      continued = Array.from({ length: i - s }, (_, k) => s + k);
    }
    expected++;
    const own = [i];
    for (let j = i + 1; j < lines.length; j++) {
      const lj = lines[j]!;
      if (isBlank(lj) || skip.has(lj)) break;
      const next = PDF_NOTE.exec(lj.plain);
      if (next && Number(next[1]) === n + 1) break;
      own.push(j);
    }
    own.forEach((j) => inNote.add(j));
    continued.forEach((j) => inNote.add(j));
    if (prev && prev.linked && continued.length) prev.own.push(...continued);
    // The mark: the nearest one before the note (and its continuation), after the previous mark.
    const from = continued.length ? continued[0]! : i;
    let found: Mark | null = null;
    // Two marks may share a line ("Ngày sinh4:… Cân nặng5:"): on the previous mark's line, only after it.
    for (let j = from - 1; j >= lastMark.index && j >= 0 && j >= from - MARK_WINDOW; j--) {
      const lj = lines[j]!;
      if (inNote.has(j) || skip.has(lj) || isBlank(lj)) continue;
      const md = lastPdfMark(lj.md, n);
      const plain = lastPdfMark(lj.plain, n);
      if (!md || !plain) continue;
      if (j === lastMark.index && (md[0] <= lastMark.md || plain[0] <= lastMark.plain)) break;
      found = { index: j, n, md: [md], plain: [plain] };
      break;
    }
    if (found) {
      marks.push(found);
      notes.set(n, own);
      lastMark = { index: found.index, md: found.md[0]![0], plain: found.plain[0]![0] };
    }
    prev = { n, own, linked: found !== null };
  }
  return notes.size ? { notes, marks } : null;
}

// ---------------------------------------------------------------------------

function apply(lines: readonly SourceLine[], notes: ReadonlyMap<number, number[]>, marks: readonly Mark[]): FootnoteResult {
  const noteIndex = new Set([...notes.values()].flat());
  const byLine = new Map<number, Mark[]>();
  for (const m of marks) {
    if (!notes.has(m.n)) continue;
    const list = byLine.get(m.index) ?? [];
    list.push(m);
    byLine.set(m.index, list);
  }
  let count = 0;
  const out: SourceLine[] = [];
  lines.forEach((l, i) => {
    if (noteIndex.has(i)) return;
    const ms = byLine.get(i);
    if (!ms) { out.push(l); return; }
    const md = cut(l.md, ms.flatMap((m) => m.md.map((sp) => [sp, `${REF_OPEN}${m.n}${REF_CLOSE}`] as const)));
    const plain = cut(l.plain, ms.flatMap((m) => m.plain.map((sp) => [sp, ''] as const))).replace(/\s{2,}/g, ' ').trim();
    count += ms.reduce((k, m) => k + m.md.length, 0);
    out.push({ ...l, md, plain });
  });
  const linked: FootnoteNote[] = [...notes.entries()].sort((a, b) => a[0] - b[0]).map(([n, own]) => ({
    n,
    lines: own.map((i, k) => {
      const l = lines[i]!;
      if (k > 0) return l;
      const strip = (s: string) => s.replace(/^\\?\[\d{1,3}\\?\]\s*|^\d{1,3}\s+/u, '');
      return { ...l, md: strip(l.md), plain: strip(l.plain) };
    }),
  }));
  return { lines: out, notes: linked, marks: count };
}

function spans(s: string, re: RegExp): Span[] {
  return [...s.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

/** `s` with each span replaced (spans do not overlap). */
function cut(s: string, edits: readonly (readonly [Span, string])[]): string {
  let out = s;
  for (const [[start, end], by] of [...edits].sort((a, b) => b[0][0] - a[0][0])) out = out.slice(0, start) + by + out.slice(end);
  return out;
}

/** Turns the stand-ins left in text nodes into footnote references. */
export function withFootnoteRefs(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && node.value.includes(REF_OPEN)) {
      let at = 0;
      for (const m of node.value.matchAll(REF_RE)) {
        if (m.index > at) out.push({ type: 'text', value: node.value.slice(at, m.index) });
        out.push({ type: 'footnoteReference', identifier: m[1]!, label: m[1]! });
        at = m.index + m[0].length;
      }
      if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
      continue;
    }
    if ('children' in node) out.push({ ...node, children: withFootnoteRefs(node.children as PhrasingContent[]) } as PhrasingContent);
    else out.push(node);
  }
  return out;
}
