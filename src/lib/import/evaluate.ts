/**
 * Scoring the importer against labelled real documents (`npm run eval:import`):
 * per-field accuracy, wrapped lines joined, literal markup on the rendered page,
 * body text that landed in a field, and words of the source found nowhere in
 * the output. Pure: the caller reads the fixtures.
 *
 * The labels say what the text states, read by a person; the importer's output
 * is compared after normalising whitespace, Unicode composition and case only.
 */
import { hasHtmlResidue, stripHtmlResidue } from './html-residue.ts';
import { markupPageOf } from './markup-source.ts';
import { fieldMisfits } from '../body-in-fields.ts';
import { mdxToHast } from 'satteri';
import { z } from 'zod';
import { DecodeError } from '../encoding/index.ts';
import { documentSchema } from '../schema.ts';
import { MARKDOWN_FEATURES } from '../site/features.ts';
import { isFootnoteRef, numberFootnotesInPlace } from '../site/footnotes.ts';
import { importBytes } from './bytes.ts';
import { ImportError } from './document.ts';
import { INVISIBLE_MARKS, toLines, withoutHtmlComments, withoutSoftBreaks } from './lines.ts';
import { toMdxBody } from './serialize.ts';
import { oiAsU } from '../vietnamese.ts';

export const FIELDS = ['docType', 'number', 'date', 'issuer', 'title', 'signer'] as const;
export type Field = (typeof FIELDS)[number];

/** What each field column compares: `number` is number, symbol and year together. */
export const FIELD_HELP: Record<Field, string> = {
  docType: 'docType',
  number: 'number + symbol + year',
  date: 'date',
  issuer: 'issuer',
  title: 'title',
  signer: 'signer.name',
};

const nullableString = z.string().min(1).nullable();

export const labelsSchema = z.object({
  set: z.enum(['dev', 'holdout']),
  shape: z.string().min(1),
  /** Which document of the file the labels describe (1-based); a file may hold a letter and its attachment. */
  part: z.number().int().positive().default(1),
  docType: nullableString,
  number: nullableString,
  symbol: nullableString,
  year: z.number().int().min(1945).max(2100).nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  issuer: nullableString,
  title: nullableString,
  signer: nullableString,
  /** Other readings that are just as right (an abbreviation spelled out, an OCR misspelling kept as written). */
  alternatives: z.partialRecord(z.enum(['docType', 'issuer', 'title', 'signer', 'date']), z.array(z.string().min(1))).default({}),
  provenance: z.object({
    repo: z.string().min(1),
    commit: z.string().nullable(),
    path: z.string().min(1),
    derivedFrom: z.string().optional(),
  }),
  note: z.string().nullable().optional(),
}).strict();

export type Labels = z.infer<typeof labelsSchema>;

export class LabelError extends Error {}

export function parseLabels(json: string, file: string): Labels {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new LabelError(`${file}: invalid JSON: ${(e as Error).message}`);
  }
  const r = labelsSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new LabelError(`${file}: field ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  return r.data;
}

/** Whitespace collapsed, NFC, lower case (Đ → đ with the rest); nothing else. */
export function normaliseValue(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
  return t === '' ? null : t;
}

/** What the importer produced for one document, as the evaluation reads it. */
export interface Got {
  docType: string | null;
  number: string | null;
  symbol: string | null;
  year: number | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
  signer: string | null;
  recipients: string[];
}

function want(labels: Labels, f: Field): string | null {
  if (f === 'number') return numberKey(labels.number, labels.symbol, labels.year);
  return labels[f];
}

function have(got: Got, f: Field): string | null {
  if (f === 'number') return numberKey(got.number, got.symbol, got.year);
  return got[f];
}

function numberKey(number: string | null, symbol: string | null, year: number | null): string | null {
  if (number === null && symbol === null && year === null) return null;
  return `${number ?? '∅'} / ${symbol ?? '∅'} / ${year ?? '∅'}`;
}

export interface FieldResult {
  field: Field;
  ok: boolean;
  want: string | null;
  got: string | null;
}

export function scoreFields(labels: Labels, got: Got | null, refusal: string | null): FieldResult[] {
  return FIELDS.map((field) => {
    const w = want(labels, field);
    if (!got) return { field, ok: false, want: w, got: refusal ?? '(no document)' };
    const g = have(got, field);
    const accepted = [w, ...((labels.alternatives as Partial<Record<Field, string[]>>)[field] ?? [])].map(normaliseValue);
    return { field, ok: accepted.includes(normaliseValue(g)), want: w, got: g };
  });
}

// ---------------------------------------------------------------------------
// Wrapped lines

/** The line ends a sentence: . ; : ! ? (also ./. and …), maybe followed by closing quotes or brackets. */
const SENTENCE_END = /(?:[.;:!?…]|\.\/\.)["”’)\]»*_]*$/u;
/** The line starts a structural marker: Phần/Chương/Mục/Điều, I., 1., 1.1., a), a., -, +, •, (1), a bullet or a table row. */
const MARKER_START = /^(?:[*_]{1,3}\s*)?(?:(?:phần|chương|mục|điều)\s+(?:[\divxlc]+|thứ)\b|[ivxlc]+\.\s|\d+(?:\.\d+)*[.)]\s?|[a-zđ][).]\s|[-+•–—*]\s|\(\d+\)|\|)/iu;
const HEADING_START = /^(?:[*_]{1,3}\s*)?(?:phần|chương|mục|điều)\s+(?:[\divxlc]+|thứ)\b/iu;
/** A line this close to the document's usual long-line length (its 90th percentile) reached the wrapping margin. */
const NEAR_MARGIN = 0.6;

function isUpper(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** Text compared without spaces, markup or typographic variation (as the corpus test compares it). */
export function squash(s: string): string {
  // A footnote mark "[2]" is shown as a superscript "2".
  return s.normalize('NFC').replace(/\[(\d{1,3})\]/gu, '$1').replace(/[\s*_\\`|]+/gu, '').toLowerCase();
}

export interface WrapPair {
  line: number;
  first: string;
  second: string;
  joined: boolean;
  /** What readers judged the pair, where they did (wrap-judgements.tsv): one unit wrapped (W), two units (N), unsure (?). */
  judged?: WrapJudgement;
}

export type WrapJudgement = 'W' | 'N' | '?';

/**
 * Readers' judgements of candidate pairs, by fixture and first line: `fixture<TAB>line<TAB>W|N|?<TAB>drawn as<TAB>reason`,
 * lines starting with "#" are comments. `wrapPairs` finds a wrap by its look, and a table read one cell to a line
 * or a heading over its paragraph looks like one; a pair judged N is no wrap, whatever the importer does with it.
 */
export function parseWrapJudgements(tsv: string, file: string): Map<string, Map<number, WrapJudgement>> {
  const out = new Map<string, Map<number, WrapJudgement>>();
  tsv.split('\n').forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const [name, line, judgement] = raw.split('\t');
    const where = `${file}:${i + 1}`;
    if (!name) throw new LabelError(`${where}: field fixture: empty`);
    if (!line || !/^\d+$/.test(line)) throw new LabelError(`${where}: field line: not a line number: ${JSON.stringify(line ?? '')}`);
    if (judgement !== 'W' && judgement !== 'N' && judgement !== '?') throw new LabelError(`${where}: field judgement: W, N or ?, not ${JSON.stringify(judgement ?? '')}`);
    const m = out.get(name) ?? new Map<number, WrapJudgement>();
    if (m.has(Number(line))) throw new LabelError(`${where}: field line: ${name} line ${line} judged twice`);
    m.set(Number(line), judgement);
    out.set(name, m);
  });
  return out;
}

/**
 * Pairs of consecutive body lines (in the order the importer took them) that
 * are one sentence wrapped over two lines: the first neither ends a sentence
 * nor is a heading line (Phần/Chương/Mục/Điều, or upper case before a line
 * that is not), the second starts no structural marker, and the first reached
 * the margin (≥ 60 % of the document's 90th-percentile line length: in a text
 * with one paragraph per line, a short line is a paragraph of its own) unless
 * the second starts in lower case. A pair is joined when some block of
 * the rendered page (paragraph, heading, list item, cell) holds both lines
 * back to back.
 */
/**
 * "3 Trường Trung học phổ thông …" after "2 Trường …": a row of a numbered list or table whose
 * number has no dot. The numbers in sequence (the one before within ten lines) make it a row, not
 * a sentence that goes on with a number ("… trong thời hạn" / "10 ngày").
 */
function numberedRow(order: readonly number[], k: number, lineText: ReadonlyMap<number, string>): boolean {
  const m = /^(\d{1,3})\s+\p{Lu}/u.exec(lineText.get(order[k]!)!.trim());
  if (!m) return false;
  const n = Number(m[1]);
  for (let j = k - 1; j >= Math.max(0, k - 10); j--) {
    const p = /^(\d{1,3})\s/u.exec(lineText.get(order[j]!)!.trim());
    if (p) return Number(p[1]) === n - 1;
  }
  return false;
}

export function wrapPairs(lineText: ReadonlyMap<number, string>, bodyLines: readonly number[], blocks: readonly string[], notes: readonly (readonly number[])[] = []): WrapPair[] {
  const nonBlank = (lines: readonly number[]) => [...new Set(lines)].sort((a, b) => a - b).filter((n) => (lineText.get(n) ?? '').trim() !== '');
  // A footnote is a flow of its own: the sentence its page cut goes on after the notes, not into them.
  const inNote = new Set(notes.flat());
  const flows = [nonBlank(bodyLines.filter((n) => !inNote.has(n))), ...notes.map(nonBlank)];
  const lengths = flows.flat().map((n) => lineText.get(n)!.trim().length).sort((a, b) => a - b);
  const p90 = lengths.length ? lengths[Math.floor(0.9 * (lengths.length - 1))]! : 0;
  const full = Math.ceil(NEAR_MARGIN * p90);
  // The blocks as one text, a line break between two (squash leaves none inside either): a pair is joined when it is in
  // one block. Looked for first from where the last pair was found, as the page keeps the source's order.
  const squashed = blocks.map(squash).join('\n');
  let from = 0;
  const inOneBlock = (s: string) => {
    let at = squashed.indexOf(s, from);
    if (at < 0 && from > 0) at = squashed.indexOf(s);
    if (at >= 0) from = at;
    return at >= 0;
  };
  const pairs: WrapPair[] = [];
  for (const order of flows) for (let k = 0; k + 1 < order.length; k++) {
    const a = lineText.get(order[k]!)!.trim();
    const b = lineText.get(order[k + 1]!)!.trim();
    if (SENTENCE_END.test(a) || MARKER_START.test(b) || HEADING_START.test(a)) continue;
    if (numberedRow(order, k + 1, lineText)) continue;
    if (isUpper(a) && !isUpper(b)) continue;
    const lowerStart = /^\p{Ll}/u.test(b);
    if (!lowerStart && a.length < full) continue;
    const sa = squash(a.replace(/^[-+•–—]\s+/u, ''));
    const sb = squash(b);
    if (sa === '' || sb === '') continue;
    const both = sa + sb;
    pairs.push({ line: order[k]!, first: a, second: b, joined: inOneBlock(both) });
  }
  return pairs;
}

// ---------------------------------------------------------------------------
// The rendered page

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HastNode[];
}

const LEAF_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'pre']);

export function renderBody(mdx: string): HastNode {
  const root = mdxToHast(mdx, { features: MARKDOWN_FEATURES, position: false }) as unknown as HastNode;
  // Footnotes as the page shows them: marks and notes with the document's own numbers.
  numberFootnotesInPlace(root);
  return root;
}

function textOf(n: HastNode): string {
  if (n.type === 'text') return n.value ?? '';
  if (n.tagName === 'br') return '\n';
  return (n.children ?? []).map(textOf).join('');
}

/** Text of each block a reader sees as one unit: paragraphs, headings, cells, and list items' own text. */
export function blocksOf(root: HastNode): string[] {
  const out: string[] = [];
  const walk = (n: HastNode) => {
    if (n.tagName && LEAF_BLOCKS.has(n.tagName)) { out.push(textOf(n)); return; }
    if (n.tagName === 'li') {
      const own = (n.children ?? []).filter((c) => !(c.tagName && (LEAF_BLOCKS.has(c.tagName) || c.tagName === 'ul' || c.tagName === 'ol')));
      const t = own.map(textOf).join('').trim();
      if (t) out.push(t);
    }
    n.children?.forEach(walk);
  };
  walk(root);
  return out;
}

/**
 * The word before each footnote mark and the mark's number, read apart: the page shows "hành⁶" for both the source's
 * "hành[6]" (words "hành", "6") and its "hành6" (word "hành6"), and text joined without boundaries reads only the second.
 */
function markedWords(root: HastNode): string[] {
  const out: string[] = [];
  const walk = (n: HastNode, before: HastNode | undefined) => {
    if (isFootnoteRef(n) && before?.type === 'text') {
      const w = /[\p{L}\p{N}]+$/u.exec(before.value ?? '')?.[0];
      if (w) out.push(w);
    }
    // The mark's own number, a superscript of its own ("chuẩn¹⁰"), not the end of the word before it.
    if (isFootnoteRef(n)) out.push(textOf(n));
    n.children?.forEach((c, i) => walk(c, n.children![i - 1]));
  };
  walk(root, undefined);
  return out;
}

function textNodes(root: HastNode): string[] {
  const out: string[] = [];
  const walk = (n: HastNode) => {
    if (n.type === 'text') out.push(n.value ?? '');
    n.children?.forEach(walk);
  };
  walk(root);
  return out;
}

export interface Markup {
  /** Literal `**` in the text a reader sees. */
  doubleStars: number;
  /** Lines of a block that are only `|` (table residue). */
  pipeLines: number;
  /** Single `*` left in the text. */
  strayStars: number;
  examples: string[];
}

export function markupOnPage(root: HastNode): Markup {
  const m: Markup = { doubleStars: 0, pipeLines: 0, strayStars: 0, examples: [] };
  for (const t of textNodes(root)) {
    const doubles = t.match(/\*\*/g)?.length ?? 0;
    // “(*)” is a symbol the text itself uses (a footnote mark in a tariff table), not markup.
    const singles = (t.replace(/\*\*/g, '').replace(/\(\*\)/g, '').match(/\*/g)?.length ?? 0);
    if ((doubles || singles) && m.examples.length < 5) m.examples.push(t.trim().slice(0, 80));
    m.doubleStars += doubles;
    m.strayStars += singles;
  }
  for (const b of blocksOf(root)) {
    for (const line of b.split('\n')) {
      if (/^\s*\|[\s|]*$/.test(line)) {
        m.pipeLines++;
        if (m.examples.length < 5) m.examples.push(b.trim().slice(0, 80));
      }
    }
  }
  return m;
}

// ---------------------------------------------------------------------------
// Body text in fields


export interface FieldProblem {
  field: string;
  why: string;
  value: string;
}

/** The importer's own rule (src/lib/body-in-fields.ts): the same misfits the import refuses and check flags. */
export function bodyInFields(got: Got): FieldProblem[] {
  return fieldMisfits({ title: got.title, recipients: got.recipients, signer: { name: got.signer, capacity: null } })
    .map((m) => ({ field: m.path.map((x, i) => (typeof x === 'number' ? `[${x}]` : i ? `.${x}` : x)).join(''), why: m.message, value: '' }));
}

// ---------------------------------------------------------------------------
// Words lost

/** Words of two or more letters or digits, lower case; a lone "1" or "a" is a list label that may become list markup. */
export function words(s: string): string[] {
  // (The importer reads a PDF font's "ƣ" as the "ư" it stands for: the same word.)
  return (oiAsU(s.normalize('NFC')).toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []);
}

function countWords(s: string, into: Map<string, number>): void {
  for (const w of words(s)) into.set(w, (into.get(w) ?? 0) + 1);
}

export interface WordsLost {
  source: number;
  lost: number;
  /** The lost words, most often lost first. */
  examples: string[];
}

/** Words of the source found fewer times in the output (body, frontmatter, listed omissions) than in the source. */
export function wordsLost(source: string, output: readonly string[]): WordsLost {
  const src = new Map<string, number>();
  // HTML ("<br>", "<sup>", "&nbsp;", a page's whole source) is markup a page renders, not words of the text.
  // (…nor are the invisible marks the importer drops, which split a word in two: "QUY\u200bẾT".)
  const visible = withoutSoftBreaks(withoutHtmlComments(source.replace(INVISIBLE_MARKS, '')));
  const read = markupPageOf(visible)?.text ?? (hasHtmlResidue(visible) ? visible.split('\n').map(stripHtmlResidue).join('\n') : visible);
  countWords(read.replace(/<\/?(?:br|p|b|i|u|em|strong|sup|sub|span|div)\b[^>]*>/giu, ' '), src);
  const out = new Map<string, number>();
  for (const o of output) countWords(o, out);
  let total = 0;
  let lost = 0;
  const missing: [string, number][] = [];
  for (const [w, n] of src) {
    total += n;
    // OCR's space inside a name ("Phạm Min h Chính") is closed on import: "min" lives on as "minh".
    const short = n - (out.get(w) ?? 0);
    const rejoined = short <= 0 ? 0 : [...source.normalize('NFC').toLowerCase().matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${w} (\\p{Ll})(?![\\p{L}\\p{N}])`, 'gu'))]
      .reduce((k, m) => k + (out.has(w + m[1]) ? 1 : 0), 0);
    const d = short - rejoined;
    if (d > 0) { lost += d; missing.push([w, d]); }
  }
  missing.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { source: total, lost, examples: missing.slice(0, 12).map(([w, n]) => (n > 1 ? `${w}×${n}` : w)) };
}

function stringsIn(x: unknown, out: string[]): void {
  if (typeof x === 'string') out.push(x);
  else if (typeof x === 'number') out.push(String(x));
  else if (Array.isArray(x)) x.forEach((v) => stringsIn(v, out));
  else if (x && typeof x === 'object') Object.values(x).forEach((v) => stringsIn(v, out));
}

// ---------------------------------------------------------------------------
// One fixture

export interface DocEvaluation {
  name: string;
  set: Labels['set'];
  shape: string;
  /** Why nothing was imported (decode error, import error, schema refusal), or null. */
  refused: string | null;
  parts: number;
  fields: FieldResult[];
  wraps: WrapPair[];
  markup: Markup;
  bodyInFields: FieldProblem[];
  words: WordsLost;
}

/** A labelled fixture imported as `npm run import` would import `<name>.txt` (no overrides). */
export function importFixture(name: string, bytes: Uint8Array): ReturnType<typeof importBytes> {
  return importBytes(bytes, { displayPath: `${name}.txt`, sourceFile: `${name}.txt`, stem: 'labelled-fixture', ext: '.txt' });
}

/**
 * Imports the fixture's bytes as `npm run import` would (no overrides) and
 * scores every document of the file; fields against the labelled part.
 */
export function evaluateFixture(name: string, bytes: Uint8Array, labels: Labels, judged: ReadonlyMap<number, WrapJudgement> = new Map()): DocEvaluation {
  const base: DocEvaluation = {
    name, set: labels.set, shape: labels.shape, refused: null, parts: 0, fields: [], wraps: [],
    markup: { doubleStars: 0, pipeLines: 0, strayStars: 0, examples: [] }, bodyInFields: [], words: { source: 0, lost: 0, examples: [] },
  };
  let result;
  try {
    // The labels hold what the text states: a number the importer would read from a file's name
    // ("thong-tu-so-41-2026-tt-btc-469351") is no reading of the text, so the fixture's name is kept from it.
    result = importFixture(name, bytes);
  } catch (e) {
    if (!(e instanceof DecodeError || e instanceof ImportError)) throw e;
    const refused = e.message;
    return { ...base, refused, fields: scoreFields(labels, null, `(refused: ${refused})`) };
  }
  const { text, drafts } = result;
  // As the run does: an error on any document means nothing of the file is written.
  const error = result.problems.find((p) => p.severity === 'error');
  if (error) {
    const refused = `${error.file}:${error.line}: ${error.field}: ${error.message}`;
    return { ...base, refused, parts: drafts.length, fields: scoreFields(labels, null, `(refused: ${refused})`), words: wordsLost(text, []) };
  }
  // (A web page's source is read as the page, as the importer reads it: its lines are the page text's.)
  const source = markupPageOf(text);
  const page = source?.text ?? null;
  const lineText = new Map(toLines(page ?? text, { markdown: source?.markdown ?? false }).lines.map((l) => [l.no, l.plain] as const));
  const output: string[] = [];
  const blocks: string[] = [];
  const markup: Markup = { doubleStars: 0, pipeLines: 0, strayStars: 0, examples: [] };
  const problems: FieldProblem[] = [];
  const bodyLines: number[] = [];
  const noteLines: number[][] = [];
  const gots: (Got | null)[] = [];
  let refused: string | null = null;
  for (const d of drafts) {
    const parsed = documentSchema.safeParse(d.frontmatter);
    if (!parsed.success) {
      // The run writes nothing of a file with an invalid document: score it as the reader would see it, absent.
      const i = parsed.error.issues[0]!;
      refused = `frontmatter refused by the schema: ${i.path.join('.')}: ${i.message}`;
      gots.push(null);
      continue;
    }
    const fm = parsed.data;
    const hast = renderBody(toMdxBody(d.tree));
    const bl = blocksOf(hast);
    blocks.push(...bl);
    output.push(textOf(hast), ...markedWords(hast));
    stringsIn(fm, output);
    output.push(...d.omissions.map((o) => o.text));
    bodyLines.push(...d.bodyLines);
    noteLines.push(...d.noteLines);
    const m = markupOnPage(hast);
    markup.doubleStars += m.doubleStars;
    markup.pipeLines += m.pipeLines;
    markup.strayStars += m.strayStars;
    markup.examples.push(...m.examples.slice(0, 5 - markup.examples.length));
    const got: Got = {
      docType: fm.docType, number: fm.number, symbol: fm.symbol, year: fm.year, date: fm.date, issuer: fm.issuer,
      title: fm.title, signer: fm.signer.name, recipients: fm.recipients,
    };
    problems.push(...bodyInFields(got).map((p) => (drafts.length > 1 ? { ...p, field: `part ${d.part}: ${p.field}` } : p)));
    gots.push(got);
  }
  if (refused) {
    // Nothing of the file reaches the site.
    return { ...base, refused, parts: drafts.length, fields: scoreFields(labels, null, `(refused: ${refused})`), words: wordsLost(text, []) };
  }
  const labelled = gots[labels.part - 1] ?? null;
  return {
    ...base,
    parts: drafts.length,
    fields: scoreFields(labels, labelled, labelled ? null : `(the file gave ${drafts.length} document(s), no part ${labels.part})`),
    wraps: wrapPairs(lineText, bodyLines, blocks, noteLines).map((w) => (judged.has(w.line) ? { ...w, judged: judged.get(w.line)! } : w)),
    markup,
    bodyInFields: problems,
    words: wordsLost(text, output),
  };
}

// ---------------------------------------------------------------------------
// Totals

export interface Summary {
  documents: number;
  refused: number;
  fields: Record<Field, { right: number; total: number; accuracy: number }>;
  wraps: {
    pairs: number; joined: number; share: number;
    /** The same, less the pairs readers judged two units (an unsure one counts as a wrap). */
    judged: { pairs: number; joined: number; share: number; notWraps: number };
  };
  markup: { doubleStars: number; pipeLines: number; strayStars: number };
  bodyInFields: number;
  words: { source: number; lost: number; share: number };
}

export function summarise(docs: readonly DocEvaluation[]): Summary {
  const fields = Object.fromEntries(FIELDS.map((f) => {
    const rs = docs.map((d) => d.fields.find((x) => x.field === f)!);
    const right = rs.filter((r) => r.ok).length;
    return [f, { right, total: rs.length, accuracy: rs.length ? right / rs.length : 1 }];
  })) as Summary['fields'];
  const pairs = docs.reduce((n, d) => n + d.wraps.length, 0);
  const joined = docs.reduce((n, d) => n + d.wraps.filter((w) => w.joined).length, 0);
  const wraps = docs.flatMap((d) => d.wraps.filter((w) => w.judged !== 'N'));
  const judgedJoined = wraps.filter((w) => w.joined).length;
  const source = docs.reduce((n, d) => n + d.words.source, 0);
  const lost = docs.reduce((n, d) => n + d.words.lost, 0);
  return {
    documents: docs.length,
    refused: docs.filter((d) => d.refused).length,
    fields,
    wraps: {
      pairs, joined, share: pairs ? joined / pairs : 1,
      judged: { pairs: wraps.length, joined: judgedJoined, share: wraps.length ? judgedJoined / wraps.length : 1, notWraps: pairs - wraps.length },
    },
    markup: {
      doubleStars: docs.reduce((n, d) => n + d.markup.doubleStars, 0),
      pipeLines: docs.reduce((n, d) => n + d.markup.pipeLines, 0),
      strayStars: docs.reduce((n, d) => n + d.markup.strayStars, 0),
    },
    bodyInFields: docs.reduce((n, d) => n + d.bodyInFields.length, 0),
    words: { source, lost, share: source ? lost / source : 0 },
  };
}
