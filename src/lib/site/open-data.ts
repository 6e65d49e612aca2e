/** The open data files: every document (held or cited only) and every citation. */
import type { SiteData } from './collection.ts';
import { citedRecord, heldRecord, type DocumentRecord } from '../document.ts';
import { docReference, fullIssuer, labelled } from './format.ts';
import { originalOf } from './originals.ts';
import { buildDay, statusView } from './status.ts';

/** A record as the open data publishes it: the issuer written in full, no place fields, plus reference, original and status. */
export interface OpenDocument extends Pick<DocumentRecord, 'id' | 'url' | 'held' | 'docType' | 'number' | 'symbol' | 'symbolYear' | 'issueYear' | 'date' | 'title'> {
  /** As the document (or, for a cited-only one, its citations) names it, written in full. */
  issuer: string | null;
  /** How the site refers to it: "Chỉ thị số 19/CT-TTg ngày 16/07/2021 của Thủ tướng Chính phủ" (as in documents.csv). */
  reference: string;
  /** The file the held document was read from, as received (null for a document only cited). */
  original: { url: string | null; format: string; bytes: number | null; sha256: string; ocr: boolean } | null;
  /** in-force, amended, replaced-or-repealed or unknown, from what the held documents say. */
  status: string;
  /** The status in words, naming the documents that state it. */
  statusText: string;
  /** The sentences it comes from: stating document, article, sentence. */
  statusEvidence: Array<{ source: string; article: string | null; sentence: string }>;
}

export interface OpenCitation {
  from: string;
  to: string | null;
  text: string;
  context: string;
  relation: string;
  candidates?: string[];
}

function statusFields(id: string, data: SiteData, today: string): Pick<OpenDocument, 'status' | 'statusText' | 'statusEvidence'> {
  const v = statusView(id, data, today);
  const evidence = [v.headline, ...v.changes].flatMap((l) => (l.evidence ? [{ source: l.evidence.source, article: l.evidence.article, sentence: l.evidence.sentence }] : []));
  return { status: v.group, statusText: v.summary, statusEvidence: evidence };
}

/** The open data's fields of a record, in the order documents.json writes them. */
function openFields(r: DocumentRecord): Pick<OpenDocument, 'id' | 'url' | 'held' | 'docType' | 'number' | 'symbol' | 'symbolYear' | 'issueYear' | 'date' | 'issuer' | 'title'> {
  return {
    id: r.id, url: r.url, held: r.held, docType: r.docType, number: r.number, symbol: r.symbol, symbolYear: r.symbolYear,
    issueYear: r.issueYear, date: r.date, issuer: fullIssuer(r.issuer), title: r.title,
  };
}

export function openDocuments(data: SiteData): OpenDocument[] {
  const today = buildDay();
  const held = data.documents.map((d): OpenDocument => {
    const f = d.frontmatter;
    const o = originalOf(f.source);
    const original = {
      url: o?.href ?? null, format: f.source.original?.format ?? 'text', bytes: o?.bytes ?? f.source.original?.bytes ?? null,
      sha256: f.source.sha256, ocr: (f.source.original?.ocr ?? null) !== null,
    };
    return { ...openFields(heldRecord(d.projection)), reference: docReference(labelled(d.projection)), original, ...statusFields(d.id, data, today) };
  });
  const cited = data.graph.entities.map((e): OpenDocument => ({
    ...openFields(citedRecord(e)),
    reference: docReference(labelled(e)),
    original: null,
    ...statusFields(e.id, data, today),
  }));
  return [...held, ...cited];
}

export function openCitations(data: SiteData): OpenCitation[] {
  return data.graph.citations
    .filter((r) => r.toKind !== 'self')
    .map((r): OpenCitation => {
      const out: OpenCitation = {
        from: r.from,
        to: r.toKind === 'held' || r.toKind === 'external' ? r.to : null,
        text: r.citation.text,
        context: r.context,
        relation: r.relation,
      };
      if (r.toKind === 'ambiguous') out.candidates = r.candidates ?? [];
      return out;
    });
}
