/**
 * Human labels for documents in graphs, lists and feeds: "Kế hoạch 22/KH-UBND",
 * "UBND xã Phong Doanh", "21/08/2025". Vietnamese, as officials write them.
 */

export interface Labelled {
  docType: string;
  number: string | null;
  symbol: string | null;
  date: string | null;
  issuer: string | null;
  /** A document cited by name only: "Luật Thi đua, khen thưởng", "Điều lệ Đảng". */
  name?: string | null;
  /** Only when the symbol carries it: 24/2018/QĐ-UBND. Never a year of issue. */
  symbolYear?: number | null;
}

/**
 * "22/KH-UBND", "24/2018/QĐ-UBND", "57-NQ/TW" (a Party symbol, TYPE/ISSUER, joins
 * its number with a hyphen), or null.
 */
export function numberSymbol(d: Pick<Labelled, 'number' | 'symbol' | 'symbolYear'>): string | null {
  if (d.number && d.symbol) {
    const party = /^[^/-]+\/[^/]+$/.test(d.symbol);
    if (party) return `${d.number}-${d.symbol}`;
    return d.symbolYear ? `${d.number}/${d.symbolYear}/${d.symbol}` : `${d.number}/${d.symbol}`;
  }
  return d.number ?? d.symbol ?? null;
}

/** "Công văn/Văn bản" is the engine's merged type; a reader sees "Văn bản". "other" is not a name. */
export function typeName(docType: string): string {
  if (docType === 'Công văn/Văn bản') return 'Văn bản';
  if (docType === 'other') return 'Văn bản';
  return docType;
}

/** "Kế hoạch 22/KH-UBND", the name of a document cited by name, or "Kế hoạch (chưa rõ số)". */
export function shortName(d: Labelled): string {
  const ns = numberSymbol(d);
  if (ns) return `${typeName(d.docType)} ${ns}`;
  if (d.name) return d.name;
  return `${typeName(d.docType)} (chưa rõ số)`;
}

/** "Ủy ban nhân dân tỉnh Lạng Sơn" → "UBND tỉnh Lạng Sơn", as the documents themselves abbreviate. */
export function shortIssuer(issuer: string): string {
  return issuer
    .replace(/^(Ủy|Uỷ) ban nhân dân/i, 'UBND')
    .replace(/^Hội đồng nhân dân/i, 'HĐND')
    .replace(/^Ban Chấp hành Trung ương/i, 'BCH Trung ương');
}

/** ISO → "09/10/2021"; null stays null. */
export function viDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * "Kế hoạch số 200/KH-UBND ngày 09/10/2021 của UBND tỉnh Lạng Sơn": the formal
 * reference used in feeds, CSV and text lists.
 */
export function formalReference(d: Labelled): string {
  const ns = numberSymbol(d);
  let s = ns ? `${typeName(d.docType)} số ${ns}` : (d.name ?? typeName(d.docType));
  const date = viDate(d.date);
  if (date) s += ` ngày ${date}`;
  if (d.issuer) s += ` của ${shortIssuer(d.issuer)}`;
  return s;
}

/** Greedy word wrap to at most `width` characters a line (a longer word gets its own line). */
export function wrap(text: string, width: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
    return kept;
  }
  return lines;
}
