/**
 * CSV downloads of the collection (documents, citations), RFC 4180 via
 * csv-stringify, UTF-8 with a byte-order mark so that spreadsheet programs
 * show Vietnamese diacritics right, CRLF line ends.
 *
 * A cell that starts with = + - @ (or a tab/CR) is prefixed with an apostrophe:
 * the text is data and must never run as a spreadsheet formula. A number
 * written with a leading minus never occurs in these fields.
 */
import { stringify } from 'csv-stringify/sync';
import type { CitationRecord } from '../citations/index.ts';
import type { DocumentRow } from './records.ts';
import { docReference, fullIssuer } from '../site/format.ts';
import { issuerBody } from './browse.ts';
import { siteUrl } from '../site/address.ts';

export const BOM = '\uFEFF';

export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

type Cell = string | number | boolean | null;

function toCsv(header: string[], rows: Cell[][]): string {
  const clean = rows.map((r) =>
    r.map((c) => (c === null ? '' : typeof c === 'string' ? neutraliseFormula(c) : String(c))),
  );
  return BOM + stringify([header, ...clean], { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ });
}

export const DOCUMENT_COLUMNS = [
  'id', 'url', 'held', 'docType', 'number', 'symbol', 'symbolYear', 'issueYear', 'date', 'issuer', 'issuerBody', 'title',
  'reference', 'level', 'province', 'district', 'commune', 'citedBy', 'status', 'statusText',
];

/** `site` makes the url column absolute, so a row opens the page from a spreadsheet; without it the column holds the path. */
export function documentsCsv(rows: DocumentRow[], site: string | URL | undefined): string {
  return toCsv(
    DOCUMENT_COLUMNS,
    rows.map((d) => [
      d.id, siteUrl(d.url, site), d.held, d.docType, d.number, d.symbol, d.symbolYear, d.issueYear, d.date, fullIssuer(d.issuer), issuerBody(d.issuer), d.title,
      docReference(d), d.level, d.province, d.district, d.commune, d.citedBy.join(' '), d.status ?? null, d.statusText ?? null,
    ]),
  );
}

/** The cited document as the citation writes it; `symbolYear` is the year in its number, as in documents.csv. */
export const CITATION_COLUMNS = [
  'from', 'to', 'toKind', 'candidates', 'relation', 'text', 'docType', 'number', 'symbol', 'symbolYear', 'date', 'issuer', 'pinpoint', 'context',
];

/** The same records as /data/citations.json: a document naming its own number (toKind "self") is not a citation. */
export function citationsCsv(records: CitationRecord[]): string {
  return toCsv(
    CITATION_COLUMNS,
    records.filter((r) => r.toKind !== 'self').map((r) => [
      r.from, r.to, r.toKind, (r.candidates ?? []).join(' '), r.relation, r.citation.text,
      r.citation.docType, r.citation.number, r.citation.symbol, r.citation.year, r.citation.date, r.citation.issuer,
      r.citation.pinpoint?.text ?? null, r.context,
    ]),
  );
}
