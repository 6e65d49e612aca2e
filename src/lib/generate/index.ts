/**
 * Synthetic corpus generator: N raw documents as offices send them, with a
 * manifest of what each file is and what it cites. Deterministic: the same seed
 * and count give byte-identical files.
 */
import { buildCatalog, type Catalog, type HeldDoc } from './catalog.ts';
import { writeBody, writeTitle } from './body.ts';
import { attachmentPaper, paper, recipients, renderMarkdown, renderPlain, renderWrapped, type Paper } from './layout.ts';
import type { ProseContext } from './prose.ts';
import { Rng, hashSeed } from './rng.ts';
import { finish, PART_BREAK, Writer, type CitationInfo, type ExpectedCitation } from './writer.ts';

export type { ExpectedCitation } from './writer.ts';

export interface GenerateOptions {
  seed: number;
  count: number;
}

/** One document as the generator meant it: what a perfect importer and engine would read. */
export interface ManifestDocument {
  id: string;
  file: string;
  /** 1 or 2 when the file holds a letter and its attachment, else null. */
  part: number | null;
  format: 'plain' | 'wrapped' | 'markdown';
  docType: string;
  number: string;
  symbol: string;
  year: number | null;
  issuer: string;
  level: 'central' | 'province' | 'district' | 'commune';
  locality: { province: string | null; district: string | null; commune: string | null };
  place: string;
  date: string;
  title: string;
  signer: { name: string; capacity: string };
  recipients: string[];
  /**
   * Raw-text quirks: headerMissing (first page lost: number, date and title
   * cannot be read), stamp (a receiving office's number and date printed in),
   * noIssuerBlock (no issuer lines above "Số:").
   */
  quirks: string[];
  /** For an attachment: id of the letter it came with; for a letter: id of the attachment. */
  letter: string | null;
  attachment: string | null;
  /** Offsets of this document's text in the file [start, end). */
  span: [number, number];
  citations: ExpectedCitation[];
  /** Spans that look like citations but are not new ones (short-form definitions). */
  neutral: Array<[number, number]>;
}

export interface GeneratedFile {
  file: string;
  text: string;
  documents: ManifestDocument[];
}

const TYPOS: ReadonlyArray<[string, string]> = [
  ['chuyển đổi số', 'chuyên đổi số'],
  ['tuyên truyền', 'tuyên tuyền'],
  ['đổi mới', 'đời mới'],
  ['chuyển biến', 'chuyên biến'],
];

const stripMarkers = (s: string) => s.replace(/\u0001\d+\u0002/g, '').replace(/[\u0003-\u0006]/g, '');

function context(catalog: Catalog, doc: HeldDoc, w: Writer, rng: Rng): ProseContext {
  const citesWanted = Math.max(2, Math.min(30, doc.targetBytes / 2_200));
  const paragraphs = doc.targetBytes / 420;
  return {
    w, rng, citing: doc, catalog, doc,
    shortForms: [],
    allowBreaks: doc.format !== 'markdown',
    citeRate: Math.min(0.9, citesWanted / paragraphs),
    emphasis: rng.chance(0.15),
    typo: rng.chance(0.1) ? rng.pick(TYPOS) : null,
  };
}

function kinhGui(doc: HeldDoc, rng: Rng): string[] | null {
  if (doc.kind !== 'CV' && doc.kind !== 'CĐ') return null;
  const pool = doc.issuer.level === 'central'
    ? ['Các Bộ, cơ quan ngang Bộ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']
    : ['Các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường', 'Các phòng, ban chuyên môn', 'Các đơn vị trực thuộc', 'Đồng chí Viện trưởng VKSND các huyện, thành phố'];
  return rng.sample(pool, rng.int(1, 3));
}

interface Drafted {
  doc: HeldDoc;
  paper: Paper;
  title: string;
  recipients: string[];
}

function draft(catalog: Catalog, doc: HeldDoc, w: Writer, rng: Rng, attached: boolean): Drafted {
  const ctx = context(catalog, doc, w, rng);
  // A title is typed on its own lines: no symbol split across a blank line there.
  const title = writeTitle({ ...ctx, allowBreaks: false });
  writeBody(ctx);
  const rec = recipients(doc, rng);
  const p = attached ? attachmentPaper(doc, rng, title, w.blocks, rec) : paper(doc, rng, title, w.blocks, rec, kinhGui(doc, rng));
  return { doc, paper: p, title, recipients: rec };
}

function render(d: Drafted, rng: Rng): string {
  if (d.doc.format === 'markdown') return renderMarkdown(d.paper);
  if (d.doc.format === 'wrapped') return renderWrapped(d.paper, rng, d.doc.quirks.includes('headerMissing'));
  return renderPlain(d.paper);
}

function manifestEntry(d: Drafted, span: [number, number], all: ExpectedCitation[], neutral: Array<[number, number]>): ManifestDocument {
  const doc = d.doc;
  const inSpan = (s: number) => s >= span[0] && s < span[1];
  return {
    id: doc.key, file: doc.file, part: doc.part, format: doc.format,
    docType: doc.docType, number: doc.number, symbol: doc.symbol, year: doc.year,
    issuer: doc.issuer.name, level: doc.issuer.level, locality: doc.issuer.locality, place: doc.issuer.place,
    date: doc.iso, title: stripMarkers(d.title),
    signer: { name: doc.signerName, capacity: doc.signature.join(' / ') },
    recipients: d.recipients, quirks: doc.quirks,
    letter: doc.letter?.key ?? null, attachment: doc.attachment?.key ?? null,
    span,
    citations: all.filter((c) => inSpan(c.start)),
    neutral: neutral.filter(([s]) => inSpan(s)),
  };
}

/** Renders one file: a document, or a letter followed by the document it forwards. */
export function renderFile(catalog: Catalog, doc: HeldDoc, seed: number): GeneratedFile {
  const rng = new Rng(hashSeed('document', seed, doc.index));
  const infos: CitationInfo[] = [];
  const first = draft(catalog, doc, new Writer(infos), rng, false);
  let marked = render(first, rng);
  let second: Drafted | null = null;
  if (doc.attachment) {
    second = draft(catalog, doc.attachment, new Writer(infos), rng, true);
    marked += `\n\n${PART_BREAK}${render(second, rng)}`;
  }
  const done = finish(marked, infos);
  const boundary = done.parts[0] ?? done.text.length;
  const documents = [manifestEntry(first, [0, boundary], done.citations, done.neutral)];
  if (second) documents.push(manifestEntry(second, [boundary, done.text.length], done.citations, done.neutral));
  return { file: doc.file, text: done.text, documents };
}

/** Every file of a corpus, in date order of their first document. */
export function* generateCorpus(opts: GenerateOptions): Generator<GeneratedFile> {
  const catalog = buildCatalog(opts.seed, opts.count);
  for (const doc of catalog.docs) {
    if (doc.letter) continue; // written inside its letter's file
    yield renderFile(catalog, doc, opts.seed);
  }
}

export { buildCatalog } from './catalog.ts';
