/**
 * One row per document, held or cited only, in the shape of the open data
 * (`/data/documents.json`) plus level and locality, for CSV and feeds.
 */
import type { CitationRecord, CitedEntity, CollectionDocument } from '../citations/index.ts';
import { entityNode } from '../graph/nodes.ts';
import { issueYear } from '../site/format.ts';
import { docUrl, entityUrl } from '../urls.ts';

export interface DocumentRow {
  id: string;
  /** Site path: /van-ban/<id>/ or /dan-chieu/<id>/. */
  url: string;
  held: boolean;
  docType: string;
  number: string | null;
  symbol: string | null;
  /** The year written inside the number (24/2018/QĐ-UBND); null when the number has none (19/CT-TTg). */
  symbolYear: number | null;
  /** The year of issue, from the date; null when the date is unknown. */
  issueYear: number | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
  /** Name of a document cited by name only. */
  name: string | null;
  level: 'central' | 'province' | 'district' | 'commune' | null;
  province: string | null;
  district: string | null;
  commune: string | null;
  /** Held documents citing it (cited-only rows), or citing nothing (held rows). */
  citedBy: string[];
  /** Status group from what the collection says (src/lib/status): in-force, amended, replaced-or-repealed, unknown. */
  status?: string | null;
  /** The status in words, with the documents that state it ("Bị thay thế bởi Thông tư số … từ …"). */
  statusText?: string | null;
  /** The group in words ("Bị thay thế hoặc hết hiệu lực"). */
  statusLabel?: string | null;
}

export function heldRow(d: CollectionDocument, citedBy: string[] = []): DocumentRow {
  return {
    id: d.id,
    url: docUrl(d.id),
    held: true,
    docType: d.docType,
    number: d.number,
    symbol: d.symbol,
    symbolYear: d.year,
    issueYear: issueYear(d.date),
    date: d.date,
    issuer: d.issuer,
    title: d.title,
    name: null,
    level: d.level,
    province: d.locality.province,
    district: d.locality.district,
    commune: d.locality.commune,
    citedBy,
  };
}

export function entityRow(e: CitedEntity): DocumentRow {
  const place = entityNode(e);
  return {
    id: e.id,
    url: entityUrl(e.id),
    held: false,
    docType: e.docType,
    number: e.number,
    symbol: e.symbol,
    symbolYear: e.year,
    issueYear: issueYear(e.date),
    date: e.date,
    issuer: e.issuer,
    title: e.title ?? e.name,
    name: e.name,
    level: place.level,
    province: place.province,
    district: null,
    commune: null,
    citedBy: e.citedBy,
  };
}

/** Held documents first (collection order), then cited-only ones; "cited by" from the records. */
export function documentRows(docs: CollectionDocument[], entities: CitedEntity[], citations: CitationRecord[]): DocumentRow[] {
  const citedBy = new Map<string, Set<string>>();
  for (const r of citations) {
    if (r.toKind !== 'held' || r.to === null || r.to === r.from) continue;
    let set = citedBy.get(r.to);
    if (!set) citedBy.set(r.to, (set = new Set()));
    set.add(r.from);
  }
  return [...docs.map((d) => heldRow(d, [...(citedBy.get(d.id) ?? [])])), ...entities.map(entityRow)];
}

/** Newest first; undated documents last, in their given order. */
export function byDateDesc<T extends { date: string | null }>(rows: T[]): T[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.date ?? '').localeCompare(a.r.date ?? '') || a.i - b.i)
    .map((x) => x.r);
}
