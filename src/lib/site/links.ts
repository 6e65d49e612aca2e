/**
 * What a citation becomes on a page: a link to a held document (and its
 * article when a pinpoint names one that exists), a link to a cited-only page,
 * a marked span listing the candidates of an ambiguous one, or plain marked text.
 */
import type { CitationRecord, Pinpoint } from '../citations/index.ts';
import type { AnchorEntry, SiteData } from './collection.ts';
import { docReference, docUrl, entityUrl, fullIssuer, labelled, numberSymbol } from './format.ts';
import { foldDiacritics } from '../vietnamese.ts';

export type LinkKind = 'held' | 'external' | 'ambiguous' | 'self' | 'unresolved';

/** Data for the preview card, rendered as data-* attributes. */
export interface LinkFacts {
  type: string;
  number: string | null;
  symbol: string | null;
  /** Written by the site's one formatter, so the card shows the number as the pages do (24/2018/QĐ-UBND). */
  numberSymbol: string | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
}

/** The preview card's data of a held document, cited entity or citation (all name the symbol's year `year`). */
export function linkFacts(d: { docType: string; number: string | null; symbol: string | null; year: number | null; date: string | null; issuer: string | null }, title: string | null): LinkFacts {
  return {
    type: d.docType, number: d.number, symbol: d.symbol, numberSymbol: numberSymbol({ ...d, symbolYear: d.year }),
    date: d.date, issuer: fullIssuer(d.issuer), title,
  };
}

export interface Candidate {
  id: string;
  href: string;
  label: string;
  facts: LinkFacts;
}

export interface CitationLink {
  kind: LinkKind;
  href: string | null;
  facts: LinkFacts;
  candidates: Candidate[];
}

/** The most specific existing anchor a pinpoint names: Điều 6 Khoản 5 Điểm a → dieu-6-khoan-5-a, else dieu-6-khoan-5, else dieu-6. */
export function pinpointAnchor(p: Pinpoint | null | undefined, anchors: readonly AnchorEntry[]): string | null {
  if (!p?.article) return null;
  const ids = new Set(anchors.map((a) => a.id));
  const article = `dieu-${p.article.toLowerCase()}`;
  const tries: string[] = [];
  const point = p.point ? foldDiacritics(p.point) : null;
  if (p.clause) {
    const clause = p.clause.toLowerCase();
    for (const c of [`${article}-khoan-${clause}`, `${article}-${clause}`]) {
      if (point) tries.push(`${c}-${point}`);
      tries.push(c);
    }
  }
  tries.push(article);
  return tries.find((t) => ids.has(t)) ?? null;
}

function heldFacts(data: SiteData, id: string): LinkFacts | null {
  const d = data.byId.get(id);
  if (!d) return null;
  return linkFacts(d.frontmatter, d.frontmatter.title);
}

function citationFacts(r: CitationRecord): LinkFacts {
  const c = r.citation;
  return linkFacts(c, c.title ?? c.name ?? null);
}

export function linkFor(r: CitationRecord, data: SiteData): CitationLink {
  const none: Candidate[] = [];
  if (r.toKind === 'held' && r.to) {
    const target = data.byId.get(r.to);
    const facts = heldFacts(data, r.to);
    if (target && facts) {
      const anchor = pinpointAnchor(r.citation.pinpoint, target.anchors);
      return { kind: 'held', href: docUrl(r.to) + (anchor ? `#${anchor}` : ''), facts, candidates: none };
    }
  }
  if (r.toKind === 'external' && r.to) {
    const e = data.entities.get(r.to);
    if (e) {
      return {
        kind: 'external',
        href: entityUrl(e.id),
        facts: linkFacts(e, e.title ?? e.name),
        candidates: none,
      };
    }
  }
  if (r.toKind === 'ambiguous') {
    const candidates = (r.candidates ?? []).flatMap((id): Candidate[] => {
      const facts = heldFacts(data, id);
      const d = data.byId.get(id);
      return facts && d ? [{ id, href: docUrl(id), label: docReference(labelled(d.projection)), facts }] : [];
    });
    return { kind: 'ambiguous', href: null, facts: citationFacts(r), candidates };
  }
  if (r.toKind === 'self') {
    const self = data.byId.get(r.from);
    const anchor = self ? pinpointAnchor(r.citation.pinpoint, self.anchors) : null;
    return { kind: 'self', href: anchor ? `#${anchor}` : null, facts: citationFacts(r), candidates: none };
  }
  return { kind: 'unresolved', href: null, facts: citationFacts(r), candidates: none };
}

/** data-* attributes of a citation element (hast property names). */
export function factProperties(kind: LinkKind, f: LinkFacts): Record<string, string> {
  const props: Record<string, string> = { className: 'cite', dataKind: kind, dataType: f.type };
  if (f.number) props.dataNumber = f.number;
  if (f.symbol) props.dataSymbol = f.symbol;
  if (f.numberSymbol) props.dataNumberSymbol = f.numberSymbol;
  if (f.date) props.dataDate = f.date;
  if (f.issuer) props.dataIssuer = f.issuer;
  if (f.title) props.dataTitle = f.title;
  return props;
}
