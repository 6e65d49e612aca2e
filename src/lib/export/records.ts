/**
 * One row per document, held or cited only: the document's record (src/lib/document.ts)
 * with who cites it and its status, for browse pages, CSV and feeds.
 */
import type { CitationRecord, CitedEntity, CollectionDocument } from '../citations/index.ts';
import { citedRecord, heldRecord, type DocumentRecord } from '../document.ts';

export type DocumentRow = DocumentRecord & {
  /** Held documents citing it (cited-only rows), or citing nothing (held rows). */
  citedBy: string[];
  /** Status group from what the collection says (src/lib/status): in-force, amended, replaced-or-repealed, unknown. */
  status?: string | null;
  /** The status in words, with the documents that state it ("Bị thay thế bởi Thông tư số … từ …"). */
  statusText?: string | null;
  /** The group in words ("Bị thay thế hoặc hết hiệu lực"). */
  statusLabel?: string | null;
};

/** Held documents first (collection order), then cited-only ones; "cited by" from the records. */
export function documentRows(docs: CollectionDocument[], entities: CitedEntity[], citations: CitationRecord[]): DocumentRow[] {
  const citedBy = new Map<string, Set<string>>();
  for (const r of citations) {
    if (r.toKind !== 'held' || r.to === null || r.to === r.from) continue;
    let set = citedBy.get(r.to);
    if (!set) citedBy.set(r.to, (set = new Set()));
    set.add(r.from);
  }
  return [
    ...docs.map((d) => ({ ...heldRecord(d), citedBy: [...(citedBy.get(d.id) ?? [])] })),
    ...entities.map((e) => ({ ...citedRecord(e), citedBy: e.citedBy })),
  ];
}

/** Newest first; undated documents last, in their given order. */
export function byDateDesc<T extends { date: string | null }>(rows: T[]): T[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.date ?? '').localeCompare(a.r.date ?? '') || a.i - b.i)
    .map((x) => x.r);
}
