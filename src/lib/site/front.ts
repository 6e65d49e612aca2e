/**
 * What the home page says about the collection: how many documents of each
 * type, level and year, and which documents the others cite most. Counts are
 * taken from the same groupings as the browse pages, so a figure on the home
 * page is the length of the list it links to.
 */
import type { CitationRecord } from '../citations/index.ts';
import { byIssuer, byType, byYear, type DocumentRow } from '../export/index.ts';

export interface Count {
  label: string;
  href: string;
  held: number;
  cited: number;
}

export interface Overview {
  held: number;
  cited: number;
  byType: Count[];
  byLevel: Count[];
  byYear: Count[];
}

export function overview(rows: DocumentRow[]): Overview {
  const count = (label: string, href: string, held: DocumentRow[], cited: DocumentRow[]): Count => ({ label, href, held: held.length, cited: cited.length });
  return {
    held: rows.filter((r) => r.held).length,
    cited: rows.filter((r) => !r.held).length,
    byType: byType(rows).map((g) => count(g.label, `/loai/${g.slug}/`, g.held, g.cited)),
    byLevel: byIssuer(rows).map((l) =>
      count(l.label, `/co-quan/#cap-${l.slug}`, l.issuers.flatMap((g) => g.held), l.issuers.flatMap((g) => g.cited)),
    ),
    byYear: byYear(rows).map((g) => count(g.label, `/nam/${g.slug}/`, g.held, g.cited)),
  };
}

export interface Cited {
  row: DocumentRow;
  /** Held documents that cite it, each counted once however often it cites. */
  citedBy: number;
}

/** The documents cited by the most held documents, most first; ties by reference order of rows. */
export function mostCited(rows: DocumentRow[], incoming: Map<string, CitationRecord[]>, limit = 8): Cited[] {
  return rows
    .map((row) => ({ row, citedBy: new Set((incoming.get(row.id) ?? []).map((r) => r.from)).size }))
    .filter((c) => c.citedBy > 0)
    .sort((a, b) => b.citedBy - a.citedBy)
    .slice(0, limit);
}
