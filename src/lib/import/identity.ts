/**
 * Stable ids: the file name and URL slug of a document, derived from its
 * identity (type, number, symbol, year, issuer) with no diacritics.
 */
import { idSlug } from '../slug.ts';
import { abbreviateOrg } from './vietnamese.ts';

export interface IdentityInput {
  docType: string;
  number: string | null;
  symbol: string | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
  sourceStem: string;
}

const MAX_TITLE_WORDS = 6;
const JOINT_SYMBOL = /^(?:TTLT|NQLT|QĐLT|CTLT|HDLT|HD-LT)(?:[-/]|$)/u;

/** "ke-hoach-200-kh-ubnd-2021-ubnd-tinh-lang-son". */
export function baseId(d: IdentityInput): string {
  const parts: string[] = [d.docType];
  if (d.number && d.symbol) {
    parts.push(d.number, d.symbol);
    if (d.date) parts.push(d.date.slice(0, 4));
    // A joint text's symbol names its bodies already (TTLT-BTP-BCA-…): its six issuers would only lengthen the id.
    if (d.issuer && !JOINT_SYMBOL.test(d.symbol)) parts.push(abbreviateOrg(d.issuer));
  } else {
    if (d.date) parts.push(d.date);
    if (d.issuer) parts.push(abbreviateOrg(d.issuer));
    if (!d.date && d.title) parts.push(d.title.split(/\s+/).slice(0, MAX_TITLE_WORDS).join(' '));
    if (!d.issuer && !d.title) parts.push(d.sourceStem);
  }
  const id = idSlug(parts.join(' '));
  return id.slice(0, 120).replace(/-+$/, '') || idSlug(d.sourceStem) || 'van-ban';
}

/** A longer id for a collision: the full date, then a counter. */
export function disambiguate(base: string, d: IdentityInput, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  if (d.date && d.number) {
    const withDate = `${base}-${d.date}`;
    if (!taken(withDate)) return withDate;
    base = withDate;
  }
  for (let n = 2; ; n++) {
    const c = `${base}-${n}`;
    if (!taken(c)) return c;
  }
}
