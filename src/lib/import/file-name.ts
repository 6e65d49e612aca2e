/**
 * The number a file's name gives, for texts that carry none of their own.
 *
 * Portals that publish a document's body without its header (vbpl.vn's
 * structured copies: Chương and Điều only) name the file after the document:
 * "02-2013-tt-nhnn" is Thông tư 02/2013/TT-NHNN, "1818-q-nhnn-2021" is
 * Quyết định 1818/QĐ-NHNN of 2021. Slugs drop or flatten "Đ" ("n-cp",
 * "nd-cp"), so the symbol is rebuilt from the abbreviations documents use;
 * a name that does not rebuild into a known symbol gives nothing.
 */
import type { NumberSymbol } from './dates.ts';
import { TYPE_ABBREVIATIONS } from './vietnamese.ts';

/** The type part of a symbol, as slugs write it (with "Đ" dropped or flattened). */
const TYPE_SLUGS: Record<string, string> = {
  n: 'NĐ', nd: 'NĐ', q: 'QĐ', qd: 'QĐ', tt: 'TT', ttlt: 'TTLT', nq: 'NQ', ct: 'CT', l: 'L', vbhn: 'VBHN',
  tb: 'TB', kh: 'KH', hd: 'HD', qc: 'QC', ttr: 'TTr', bc: 'BC', kl: 'KL',
};

/** Issuer parts whose letters a slug cannot give back by upper-casing. */
const ISSUER_SLUGS: Record<string, string> = {
  ttg: 'TTg', bldtbxh: 'BLĐTBXH', bltbxh: 'BLĐTBXH', hdnd: 'HĐND', hnd: 'HĐND', bgddt: 'BGDĐT', bgdt: 'BGDĐT',
  ubtvqh: 'UBTVQH', ctn: 'CTN', hdtp: 'HĐTP', htp: 'HĐTP', hdnn: 'HĐNN', hnn: 'HĐNN',
};

function issuerPart(slug: string): string | null {
  const m = /^([a-z]+)(\d*)$/.exec(slug);
  if (!m) return null;
  const letters = ISSUER_SLUGS[m[1]!] ?? m[1]!.toUpperCase();
  return `${letters}${m[2]}`;
}

/** The types a symbol's first part may stand for ("QH15" alone: a law or a resolution of the Quốc hội). */
function typesOf(symbol: string): string[] {
  const head = symbol.split(/[-/]/)[0]!;
  if (/^QH\d+$/.test(head) || /^UBTVQH\d+$/.test(head)) return ['Luật', 'Bộ luật', 'Nghị quyết', 'Pháp lệnh'];
  if (head === 'L') return ['Luật', 'Bộ luật'];
  if (head === 'VBHN') return ['Văn bản hợp nhất'];
  const t = TYPE_ABBREVIATIONS[head];
  return t ? [t] : [];
}

export interface NameNumber extends NumberSymbol {
  /** The types the symbol may stand for, the likeliest first ("QH15": Luật, then Nghị quyết …). */
  types: string[];
  /** The year of issue, when the name gives it after a symbol without one ("1818-q-nhnn-2021"). */
  issuedYear: number | null;
}

/** "02-2013-tt-nhnn" → 02/2013/TT-NHNN; null when the name is not a document's number. */
export function numberFromFileName(stem: string, docType: string | null): NameNumber | null {
  // "hrmaster1982-dev__phapluat-8chude-data__thong-tu-so-41-2026-tt-btc-469351": a bundled copy keeps its
  // source's folder before "__"; a legal library writes the type and "số" before the number and its own id after it.
  const s = stem.toLowerCase().trim().replace(/^.*__/, '')
    .replace(/^(?:thong-tu-lien-tich|thong-tu|nghi-dinh|nghi-quyet|quyet-dinh|chi-thi|luat|phap-lenh|van-ban-hop-nhat|cong-van|ket-luan|thong-bao)-so-(?=\d)/, '')
    .replace(/-\d{5,6}$/, '');
  let number: string;
  let year: number | null = null;
  let issuedYear: number | null = null;
  let slugParts: string[];
  let m = /^(\d{1,5})-((?:19|20)\d{2})-([a-z0-9]+(?:-[a-z0-9]+){0,2})$/.exec(s);
  if (m) {
    number = m[1]!;
    year = Number(m[2]);
    slugParts = m[3]!.split('-');
  } else {
    m = /^(\d{1,5})-([a-z]+(?:-[a-z][a-z0-9]*){1,2})(?:-((?:19|20)\d{2}))?$/.exec(s);
    if (!m) return null;
    number = m[1]!;
    issuedYear = m[3] ? Number(m[3]) : null;
    slugParts = m[2]!.split('-');
  }
  let symbolParts: string[];
  if (slugParts.length === 1) {
    // "qh11": a law's symbol is its issuer alone.
    if (!/^(qh|ubtvqh)\d{2}$/.test(slugParts[0]!)) return null;
    symbolParts = [slugParts[0]!.toUpperCase()];
  } else {
    const type = TYPE_SLUGS[slugParts[0]!];
    if (!type) return null;
    const rest = slugParts.slice(1).map(issuerPart);
    if (rest.some((p) => p === null)) return null;
    symbolParts = [type, ...(rest as string[])];
  }
  const symbol = symbolParts.join('-');
  const types = typesOf(symbol);
  if (types.length === 0) return null;
  // The text's own type wins; a name that contradicts it is not this document's number.
  if (docType && !types.includes(docType)) return null;
  return { number, symbol, year, types, issuedYear };
}
