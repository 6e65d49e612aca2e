/**
 * How the site writes a document for people, in one place: its number and symbol
 * ("19/CT-TTg", "24/2018/QĐ-UBND", "57-NQ/TW"), its name ("Chỉ thị 19/CT-TTg"), its
 * reference ("Chỉ thị số 19/CT-TTg ngày 16/07/2021 của Thủ tướng Chính phủ"), its
 * issuer in short and full form, dates and URLs. Pages, lists, the chain graph, CSV,
 * JSON, feeds and the search index all write documents through these functions:
 * copies of them disagreed (a year of issue written into 19/CT-TTg, "VKSND" on pages
 * but "Viện kiểm sát nhân dân" in feeds).
 *
 * Pure (no Node modules): the search client bundles it for the browser.
 */
import type { Relation } from '../citations/models.ts';
import { memo } from '../memo.ts';

export { docUrl, entityUrl } from '../urls.ts';

/** What a number is written from. */
export interface Numbered {
  number: string | null;
  symbol: string | null;
  /**
   * The year written inside the number (24/2018/QĐ-UBND), only when the document's own
   * number carries one. Never the year of issue: 19/CT-TTg of 2021 stays 19/CT-TTg.
   */
  symbolYear?: number | null;
}

/** What a reference is written from. */
export interface Labelled extends Numbered {
  docType: string;
  date: string | null;
  issuer: string | null;
  /** A document cited by name only: "Luật Thi đua, khen thưởng", "Điều lệ Đảng". */
  name?: string | null;
}

/**
 * Frontmatter, the engine's projection, its cited entities and its citations call the
 * symbol's year `year` (src/lib/schema.ts, src/lib/citations/models.ts); this names it
 * for the formatter, so no caller has to decide which year goes into a number.
 */
export function labelled(d: { docType: string; number: string | null; symbol: string | null; year: number | null; date: string | null; issuer: string | null; name?: string | null }): Labelled {
  return { docType: d.docType, number: d.number, symbol: d.symbol, symbolYear: d.year, date: d.date, issuer: d.issuer, name: d.name ?? null };
}

/** A Party symbol (TYPE/ISSUER: NQ/TW, KH/ĐU) joins its number with a hyphen: 57-NQ/TW. */
function isPartySymbol(symbol: string): boolean {
  return symbol.includes('/');
}

/**
 * The number as its three written parts, for pages that mark number and symbol up
 * separately: { number: "24", joint: "/2018/", symbol: "QĐ-UBND" }. `joint` is empty
 * when either part is missing.
 */
export function numberParts(d: Numbered): { number: string | null; joint: string; symbol: string | null } {
  const { number, symbol } = d;
  if (!number || !symbol) return { number: number || null, joint: '', symbol: symbol || null };
  // (A year in the number is no Party number's: "10/2018/TTLT/BTP-BCA-BQP-BTC-TANDTC-VKSNDTC" keeps its slashes.)
  if (isPartySymbol(symbol) && !d.symbolYear) return { number, joint: '-', symbol };
  return { number, joint: d.symbolYear ? `/${d.symbolYear}/` : '/', symbol };
}

/** "200/KH-UBND", "24/2018/QĐ-UBND", "57-NQ/TW", or null when the document has no number. */
export function numberSymbol(d: Numbered): string | null {
  const p = numberParts(d);
  if (!p.number && !p.symbol) return null;
  return `${p.number ?? ''}${p.joint}${p.symbol ?? ''}`;
}

/** "Công văn/Văn bản" is the engine's merged type; a reader sees "Văn bản". "other" is not a name. */
export function typeName(docType: string): string {
  if (docType === 'Công văn/Văn bản' || docType === 'other') return 'Văn bản';
  return docType;
}

/** "Kế hoạch 22/KH-UBND", the name of a document cited by name, or "Kế hoạch (chưa rõ số)". */
export function shortName(d: Labelled): string {
  const ns = numberSymbol(d);
  if (ns) return `${typeName(d.docType)} ${ns}`;
  if (d.name) return d.name;
  return `${typeName(d.docType)} (chưa rõ số)`;
}

/**
 * A page's heading: the short name, and for a document known by its name alone, the year it was issued
 * ("Luật Tổ chức Chính phủ năm 2015"): laws keep their names from one enactment to the next, and each has
 * a page of its own.
 */
export function pageName(d: Labelled): string {
  const ns = numberSymbol(d);
  if (ns) return `${typeName(d.docType)} ${ns}`;
  if (!d.name) return typeName(d.docType);
  const year = d.date?.slice(0, 4);
  return year && !d.name.includes(year) ? `${d.name} năm ${year}` : d.name;
}

const SHORT_ISSUERS: Array<[RegExp, string]> = [
  [/^(ủy|uỷ) ban nhân dân\b/iu, 'UBND'],
  [/^hội đồng nhân dân\b/iu, 'HĐND'],
  [/^viện kiểm sát nhân dân\b/iu, 'VKSND'],
  [/^tòa án nhân dân\b/iu, 'TAND'],
  [/^ban chấp hành trung ương\b/iu, 'BCH Trung ương'],
  [/^ủy ban mặt trận tổ quốc việt nam\b/iu, 'UBMTTQ Việt Nam'],
];

// A few thousand issuers, named many times on every page's lists and graph: each shortened once.
const shortened = memo((issuer: string): string => {
  for (const [re, short] of SHORT_ISSUERS) if (re.test(issuer)) return issuer.replace(re, short);
  return issuer;
});

/**
 * "Ủy ban nhân dân tỉnh Lạng Sơn" → "UBND tỉnh Lạng Sơn", as officials write it in
 * citations: the form inside a reference ("… của UBND tỉnh Lạng Sơn"), in lists and in
 * the graph's boxes.
 */
export function shortIssuer(issuer: string | null): string | null {
  return issuer ? shortened(issuer) : null;
}

/**
 * The issuer as the document (or, for a cited-only one, its citations) names it:
 * the form wherever the issuer is shown as a fact of its own (the page's header and
 * facts, search results, the feeds' author, the `issuer` field of CSV and JSON).
 * Whitespace is collapsed, as HTML shows it, so data files and pages read alike.
 */
export function fullIssuer(issuer: string | null): string | null {
  const s = issuer?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}

/**
 * The lines of a signer's capacity as the signature block prints them: the importer joins them with " / "
 * ("KT. BỘ TRƯỞNG / THỨ TRƯỞNG"). A slash inside a line is the text's own: "T/M BAN CHẤP HÀNH TRUNG ƯƠNG" (thay mặt).
 */
export function capacityLines(capacity: string | null): string[] {
  return capacity ? capacity.split(/\s+\/\s+/u).filter((l) => l.trim() !== '') : [];
}

/** "2021-10-09" → "09/10/2021"; anything else is returned as given. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * "Kế hoạch số 200/KH-UBND ngày 09/10/2021 của UBND tỉnh Lạng Sơn": how every page,
 * list, feed, graph and CSV row refers to a document.
 */
export function docReference(d: Labelled): string {
  const ns = numberSymbol(d);
  const type = typeName(d.docType);
  const parts = [ns ? `${type} số ${ns}` : (d.name ?? type)];
  const date = formatDate(d.date);
  if (date) parts.push(`ngày ${date}`);
  const issuer = shortIssuer(d.issuer);
  if (issuer) parts.push(`của ${issuer}`);
  return parts.join(' ');
}

/** Year of issue, from the date only (a symbol's year is not one: see `Numbered.symbolYear`). */
export function issueYear(date: string | null): number | null {
  const m = date ? /^(\d{4})-/.exec(date) : null;
  return m ? Number(m[1]) : null;
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

/** At most `max` characters, cut at a word boundary, with "…" when cut. */
export function shorten(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max + 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > max / 2 ? cut.slice(0, at) : t.slice(0, max)).replace(/[\s,;:.–-]+$/, '')}…`;
}
