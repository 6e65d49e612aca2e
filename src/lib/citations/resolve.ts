/**
 * Stage 6: resolve one citation against the held collection. A citation
 * resolves to a held document only on unambiguous evidence: same number and
 * symbol, an issuer or locality that fits, a date that fits, never a document
 * newer than the citing one; or, cited by name, the held document's type and
 * title with its very date of issue. Two candidates left: ambiguous, both listed.
 */
import type { Citation, CollectionDocument, Resolution } from './models.ts';
import { citationEntityId, isLocalSymbol, issuerClass, normalizeIssuer, statedDate, symbolKey, yearOf } from './identity.ts';
import { modernTone } from '../vietnamese.ts';

function place(s: string | null | undefined): string | null {
  if (!s) return null;
  return normalizeIssuer(s).replace(/^(?:tỉnh|thành phố|quận|huyện|thị xã|xã|phường|thị trấn)\s+/u, '') || null;
}

function issuerFits(c: Citation, citing: CollectionDocument, d: CollectionDocument): boolean {
  if (c.issuer) {
    const ci = issuerClass(c.issuer, citing);
    const di = issuerClass(d.issuer ?? null, d);
    if (di && ci) {
      if (ci === di || di.endsWith(ci) || ci.endsWith(di) || di.includes(ci)) return true;
      return false;
    }
    // The held document names no issuer: fall back on its locality.
    const p = place(d.locality.province);
    return p !== null && ci !== null && ci.includes(p);
  }
  if (!isLocalSymbol(c.symbol)) return true;
  // "200/KH-UBND" alone: only the citing document's own province can decide.
  const cp = place(citing.locality.province);
  const dp = place(d.locality.province);
  return cp !== null && cp === dp;
}

function dateFits(c: Citation, citing: CollectionDocument, d: CollectionDocument): boolean {
  const date = statedDate(c);
  if (date && d.date && date !== d.date) return false;
  const cy = yearOf(c);
  const dy = d.year ?? (d.date ? Number(d.date.slice(0, 4)) : null);
  if (cy !== null && dy !== null && cy !== dy) return false;
  if (citing.date && d.date && d.date > citing.date) return false;
  return true;
}

export type Resolver = (citation: Citation, citing: CollectionDocument) => Resolution;

/** A name compared as written, whatever its case, spacing or tone placement: "Luật Quản lý thuế", "LUẬT QUẢN LÝ THUẾ". */
function nameKey(name: string): string {
  return modernTone(name.normalize('NFC')).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** A held document's name as a text cites it by name: its type and its title ("Luật" + "QUẢN LÝ THUẾ"). */
function heldName(d: CollectionDocument): string | null {
  if (!d.title) return null;
  const title = nameKey(d.title);
  const type = nameKey(d.docType);
  return title.startsWith(`${type} `) ? title : `${type} ${title}`;
}

export function createResolver(docs: CollectionDocument[]): Resolver {
  const bySymbol = new Map<string, CollectionDocument[]>();
  for (const d of docs) {
    if (!d.number || !d.symbol) continue;
    const k = symbolKey(d.number, d.symbol);
    const list = bySymbol.get(k);
    if (list) list.push(d);
    else bySymbol.set(k, [d]);
  }
  // Laws keep their names from one enactment to the next (Luật Quản lý thuế 2006, 2019): a name finds a held
  // document only with the date it was issued.
  const byName = new Map<string, CollectionDocument[]>();
  for (const d of docs) {
    const name = d.date ? heldName(d) : null;
    if (!name) continue;
    const list = byName.get(name);
    if (list) list.push(d);
    else byName.set(name, [d]);
  }
  return (c, citing) => {
    if (c.form === 'name' || c.number === null || c.symbol === null) {
      if (c.form === 'short') return { kind: 'unresolved', reason: 'short form: resolve through the full citation it refers to' };
      // "Luật Quản lý thuế ngày 13 tháng 6 năm 2019": the held Luật số 38/2019/QH14, issued that day.
      if (c.form === 'name' && c.name && c.date) {
        const found = (byName.get(nameKey(c.name)) ?? []).filter((d) => d.id !== citing.id && d.date === c.date);
        if (found.length === 1) return { kind: 'held', id: found[0]!.id };
      }
      return { kind: 'external', key: citationEntityId(c, citing) };
    }
    const key = symbolKey(c.number, c.symbol);
    if (citing.number && citing.symbol && symbolKey(citing.number, citing.symbol) === key && (!c.date || !citing.date || c.date === citing.date)) {
      return { kind: 'self' };
    }
    const found = (bySymbol.get(key) ?? []).filter((d) => d.id !== citing.id && dateFits(c, citing, d) && issuerFits(c, citing, d));
    if (found.length === 1) return { kind: 'held', id: found[0]!.id };
    if (found.length > 1) return { kind: 'ambiguous', candidates: found.map((d) => d.id) };
    return { kind: 'external', key: citationEntityId(c, citing) };
  };
}
