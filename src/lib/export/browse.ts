/**
 * Groupings behind the browse pages: by type (loại văn bản), by issuer grouped
 * by administrative level (cơ quan ban hành), by year (năm), with counts.
 * Slugs carry no diacritics ("ke-hoach", "uy-ban-nhan-dan-tinh-lang-son").
 */
import { pathSlug } from '../slug.ts';
import { typeName } from '../site/format.ts';
import { byDateDesc, type DocumentRow } from './records.ts';
import { canonicalIssuer, issuerLevel, issuerProvince } from './issuers.ts';

/** The browse page of a document type (src/pages/loai/), for breadcrumbs and links from a document page. */
export function typeBrowseUrl(docType: string): string {
  return `/loai/${pathSlug(typeName(docType))}/`;
}

export interface Group {
  slug: string;
  label: string;
  /** Held documents, newest first. */
  held: DocumentRow[];
  /** Documents only cited, newest first. */
  cited: DocumentRow[];
}

function group(rows: DocumentRow[], keyOf: (r: DocumentRow) => string): Group[] {
  const map = new Map<string, Group>();
  for (const r of rows) {
    const label = keyOf(r);
    const s = pathSlug(label);
    let g = map.get(s);
    if (!g) map.set(s, (g = { slug: s, label, held: [], cited: [] }));
    (r.held ? g.held : g.cited).push(r);
  }
  for (const g of map.values()) {
    g.held = byDateDesc(g.held);
    g.cited = byDateDesc(g.cited);
  }
  return [...map.values()];
}

const vi = new Intl.Collator('vi');

/** By type: most held first, then most cited, then name. */
export function byType(rows: DocumentRow[]): Group[] {
  return group(rows, (r) => typeName(r.docType)).sort(
    (a, b) => b.held.length - a.held.length || b.cited.length - a.cited.length || vi.compare(a.label, b.label),
  );
}

export const UNKNOWN_YEAR = 'khong-ro';

/** Year of issue from the date, or from the symbol when only it carries a year. */
export function yearOf(r: DocumentRow): number | null {
  return r.issueYear ?? r.symbolYear;
}

/** By year, newest first; undated documents in a last group "Chưa rõ năm". */
export function byYear(rows: DocumentRow[]): Group[] {
  const groups = group(rows, (r) => String(yearOf(r) ?? 'Chưa rõ năm'));
  for (const g of groups) if (g.label === 'Chưa rõ năm') g.slug = UNKNOWN_YEAR;
  return groups.sort((a, b) => {
    const ya = Number(a.label);
    const yb = Number(b.label);
    if (Number.isNaN(ya)) return 1;
    if (Number.isNaN(yb)) return -1;
    return yb - ya;
  });
}

export type Level = 'central' | 'province' | 'district' | 'commune' | 'unknown';

export const UNKNOWN_ISSUER = 'Chưa rõ cơ quan ban hành';

/** The name of an issuer's group on /co-quan/ and in search's issuer filter, the same for every spelling of the body. */
export function issuerGroupLabel(issuer: string | null): string {
  return issuerBody(issuer) ?? UNKNOWN_ISSUER;
}

/** The body as the open data names it, one name for every spelling (the browse page's), or null when not known. */
export function issuerBody(issuer: string | null): string | null {
  return issuer ? canonicalIssuer(issuer) : null;
}

/** The slug of an issuer's browse page (/co-quan/<slug>/), the same for every spelling of the body. */
export function issuerSlug(issuer: string | null): string {
  return pathSlug(issuerGroupLabel(issuer));
}
export const LEVELS: Array<{ level: Level; label: string; slug: string }> = [
  { level: 'central', label: 'Trung ương', slug: 'trung-uong' },
  { level: 'province', label: 'Cấp tỉnh', slug: 'tinh' },
  { level: 'district', label: 'Cấp huyện', slug: 'huyen' },
  { level: 'commune', label: 'Cấp xã', slug: 'xa' },
  { level: 'unknown', label: 'Chưa rõ cấp', slug: 'chua-ro' },
];

export interface IssuerGroup extends Group {
  level: Level;
  /** Province or city the issuer belongs to, when known. */
  province: string | null;
}

/**
 * Issuers by level. Held documents carry their level; cited-only documents are
 * placed by what their issuer name or symbol says plainly, else "Chưa rõ cấp".
 * Rows without an issuer are grouped as "Chưa rõ cơ quan ban hành".
 */
export function byIssuer(rows: DocumentRow[]): Array<{ level: Level; label: string; slug: string; issuers: IssuerGroup[] }> {
  const issuers = new Map<string, IssuerGroup & { fromHeld: boolean }>();
  for (const r of rows) {
    // One group per body however citations wrote its name (src/lib/export/issuers.ts).
    const label = issuerGroupLabel(r.issuer);
    const s = issuerSlug(r.issuer);
    // What the name says outranks what a citation's symbol suggested; unknown issuers have no level.
    const stated = r.issuer ? issuerLevel(label) : null;
    const level: Level = r.issuer ? (stated ?? r.level ?? 'unknown') : 'unknown';
    const province = r.issuer ? (issuerProvince(label) ?? r.province) : null;
    let g = issuers.get(s);
    if (!g) issuers.set(s, (g = { slug: s, label, held: [], cited: [], level, province, fromHeld: false }));
    // A held document knows its level better than a citation does.
    if (r.held && r.level && !g.fromHeld) {
      g.level = r.level;
      g.province = r.province ?? g.province;
      g.fromHeld = true;
    }
    (r.held ? g.held : g.cited).push(r);
  }
  return LEVELS.map((l) => ({
    ...l,
    issuers: [...issuers.values()]
      .filter((g) => g.level === l.level)
      .map(({ fromHeld: _, ...g }) => ({ ...g, held: byDateDesc(g.held), cited: byDateDesc(g.cited) }))
      .sort((a, b) => b.held.length - a.held.length || b.cited.length - a.cited.length || vi.compare(a.label, b.label)),
  })).filter((l) => l.issuers.length > 0);
}

/** Timeline: documents per year and month of issue (held only), oldest year first. */
export function timeline(rows: DocumentRow[]): Array<{ year: number; months: number[]; total: number }> {
  const years = new Map<number, number[]>();
  for (const r of rows) {
    if (!r.held || !r.date) continue;
    const y = Number(r.date.slice(0, 4));
    const m = Number(r.date.slice(5, 7)) - 1;
    let months = years.get(y);
    if (!months) years.set(y, (months = Array.from({ length: 12 }, () => 0)));
    months[m] = (months[m] ?? 0) + 1;
  }
  return [...years.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, months]) => ({ year, months, total: months.reduce((s, n) => s + n, 0) }));
}
