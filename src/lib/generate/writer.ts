/**
 * Collects a document's blocks of text and the citations planted in them.
 *
 * Citations are wrapped in control-character markers while the text is built,
 * so that later stages (hard wrapping, page numbers, markdown) can move text
 * around freely; the final pass strips the markers and records exact offsets.
 */

export const CIT_OPEN = '\u0001';
export const CIT_MID = '\u0002';
export const CIT_CLOSE = '\u0003';
export const IGN_OPEN = '\u0004';
export const IGN_CLOSE = '\u0005';
/** Where the next document of a multi-document file starts. */
export const PART_BREAK = '\u0006';

/** What a correct citation engine should report for one planted citation. */
export interface ExpectedCitation {
  /** JS string offsets into the file's text, as written (after wrapping). */
  start: number;
  end: number;
  text: string;
  docType: string;
  number: string | null;
  year: number | null;
  symbol: string | null;
  date: string | null;
  issuer: string | null;
  short: boolean;
  byName: boolean;
  name: string | null;
  pinpoint: string | null;
  /** Id of the held (generated) document cited, or null. */
  target: string | null;
  /** Key of the outside document cited, or null (by-name mentions have neither). */
  outside: string | null;
}

export type CitationInfo = Omit<ExpectedCitation, 'start' | 'end' | 'text'>;

export type BlockKind = 'heading' | 'para' | 'bullet' | 'line' | 'title' | 'blank';

export interface Block {
  kind: BlockKind;
  text: string;
  /** Heading depth: 1 for Phần/I., 2 for 1., 3 for 1.1./a), 0 for Chương/Điều headers. */
  depth?: number;
}

export class Writer {
  readonly citations: CitationInfo[];
  readonly blocks: Block[] = [];

  /** Documents sharing a file share the citation list, so marker numbers stay unique. */
  constructor(citations: CitationInfo[] = []) {
    this.citations = citations;
  }

  /** Wraps `span` as a citation; returns the marked text to embed. */
  cite(span: string, info: CitationInfo): string {
    const n = this.citations.length;
    this.citations.push(info);
    return `${CIT_OPEN}${n}${CIT_MID}${span}${CIT_CLOSE}`;
  }

  /** Text that looks like a citation but is not a new one (a short-form definition). */
  neutral(span: string): string {
    return `${IGN_OPEN}${span}${IGN_CLOSE}`;
  }

  push(kind: BlockKind, text: string, depth?: number): void {
    this.blocks.push(depth === undefined ? { kind, text } : { kind, text, depth });
  }

  /** UTF-8 size so far, counted roughly (Vietnamese averages ~1.3 bytes per character). */
  approxBytes(): number {
    let n = 0;
    for (const b of this.blocks) n += b.text.length + 2;
    return Math.round(n * 1.3);
  }
}

export interface Finished {
  text: string;
  citations: ExpectedCitation[];
  neutral: Array<[number, number]>;
  /** Offsets where later parts of the file start. */
  parts: number[];
}

/** Strips markers, resolving each citation's final offsets. */
export function finish(marked: string, infos: readonly CitationInfo[]): Finished {
  let out = '';
  const citations: ExpectedCitation[] = [];
  const neutral: Array<[number, number]> = [];
  const parts: number[] = [];
  const open: Array<{ n: number; start: number }> = [];
  let ignStart = -1;
  let i = 0;
  while (i < marked.length) {
    const c = marked[i] as string;
    if (c === CIT_OPEN) {
      const mid = marked.indexOf(CIT_MID, i);
      open.push({ n: Number(marked.slice(i + 1, mid)), start: out.length });
      i = mid + 1;
      continue;
    }
    if (c === CIT_CLOSE) {
      const o = open.pop();
      if (!o) throw new Error('generate: unbalanced citation marker');
      const info = infos[o.n];
      if (!info) throw new Error(`generate: no citation ${o.n}`);
      citations.push({ start: o.start, end: out.length, text: out.slice(o.start, out.length), ...info });
      i++;
      continue;
    }
    if (c === IGN_OPEN) {
      ignStart = out.length;
      i++;
      continue;
    }
    if (c === IGN_CLOSE) {
      neutral.push([ignStart, out.length]);
      i++;
      continue;
    }
    if (c === PART_BREAK) {
      parts.push(out.length);
      i++;
      continue;
    }
    // Copy the run up to the next marker in one slice.
    let j = i + 1;
    while (j < marked.length) {
      const cc = marked.charCodeAt(j);
      if (cc >= 1 && cc <= 6) break;
      j++;
    }
    out += marked.slice(i, j);
    i = j;
  }
  citations.sort((a, b) => a.start - b.start);
  return { text: out, citations, neutral, parts };
}

/** Length of text as it will read, without markers. */
export function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const cc = s.charCodeAt(i);
    if (cc === 1) {
      // skip the citation number up to CIT_MID
      while (i < s.length && s.charCodeAt(i) !== 2) i++;
      continue;
    }
    if (cc >= 2 && cc <= 6) continue;
    n++;
  }
  return n;
}
