/** How the site writes documents for people: references, dates, short issuer names, URLs. */
import type { Relation } from '../citations/models.ts';
import { slug as browseSlug } from '../export/browse.ts';
import { typeName } from '../graph/labels.ts';

export { docUrl, entityUrl } from '../urls.ts';

const SHORT_ISSUERS: Array<[RegExp, string]> = [
  [/^(ủy|uỷ) ban nhân dân\b/iu, 'UBND'],
  [/^hội đồng nhân dân\b/iu, 'HĐND'],
  [/^viện kiểm sát nhân dân\b/iu, 'VKSND'],
  [/^tòa án nhân dân\b/iu, 'TAND'],
  [/^ban chấp hành trung ương\b/iu, 'BCH Trung ương'],
  [/^ủy ban mặt trận tổ quốc việt nam\b/iu, 'UBMTTQ Việt Nam'],
];

/** "Ủy ban nhân dân tỉnh Lạng Sơn" → "UBND tỉnh Lạng Sơn", as officials write it in citations. */
export function shortIssuer(issuer: string | null): string | null {
  if (!issuer) return null;
  for (const [re, short] of SHORT_ISSUERS) if (re.test(issuer)) return issuer.replace(re, short);
  return issuer;
}

/** "2021-10-09" → "09/10/2021". */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Party symbols join with a hyphen (57-NQ/TW), state ones with a slash (200/KH-UBND, 24/2018/QĐ-UBND). */
export function numberSymbol(number: string | null, symbol: string | null, year: number | null = null): string | null {
  if (!number && !symbol) return null;
  if (!number) return symbol;
  if (!symbol) return number;
  if (symbol.includes('/')) return `${number}-${symbol}`;
  return year ? `${number}/${year}/${symbol}` : `${number}/${symbol}`;
}

export interface Referable {
  docType: string;
  number: string | null;
  symbol: string | null;
  year: number | null;
  date: string | null;
  issuer: string | null;
  name?: string | null;
}

/** "Kế hoạch số 200/KH-UBND ngày 09/10/2021 của UBND tỉnh Lạng Sơn". */
export function docReference(d: Referable): string {
  const ns = numberSymbol(d.number, d.symbol, d.year);
  const type = d.docType === 'other' || d.docType === 'Công văn/Văn bản' ? 'Văn bản' : d.docType;
  const parts: string[] = [];
  if (ns) parts.push(`${type} số ${ns}`);
  else parts.push(d.name ?? type);
  const date = formatDate(d.date);
  if (date) parts.push(`ngày ${date}`);
  const issuer = shortIssuer(d.issuer);
  if (issuer) parts.push(`của ${issuer}`);
  return parts.join(' ');
}

const RELATIONS: Record<Relation, string> = {
  basis: 'Căn cứ',
  implements: 'Thực hiện',
  replaces: 'Thay thế',
  amends: 'Sửa đổi',
  guides: 'Hướng dẫn',
  cites: 'Dẫn chiếu',
};

export function relationLabel(r: Relation | undefined): string {
  return RELATIONS[r ?? 'cites'];
}

/** Newest first; documents without a date last, then by id so the order is stable. */
export function byDateDesc<T extends { id: string; date: string | null }>(a: T, b: T): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The browse page of a document type (owned by the browse pages, src/pages/loai/):
 * the same slug and type naming they use, so breadcrumbs land on an existing page.
 */
export function typeBrowseUrl(docType: string): string {
  return `/loai/${browseSlug(typeName(docType))}/`;
}
