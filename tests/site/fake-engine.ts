/**
 * A stand-in for the citation engine's whole-collection pass, so the site's
 * side (links, panels, open data) is tested on its own: it finds given
 * phrases in each document's text and resolves them as told.
 */
import type { Citation, CitationGraph, CitationRecord, CitedEntity, CollectionDocument, DocType, Relation } from '../../src/lib/citations/index.ts';

export interface FakeRule {
  /** Citing document id. */
  in: string;
  phrase: string;
  docType: DocType;
  number: string;
  symbol: string;
  resolve:
    | { kind: 'held'; id: string }
    | { kind: 'external'; entity: Omit<CitedEntity, 'citedBy'> }
    | { kind: 'ambiguous'; candidates: string[] }
    | { kind: 'unresolved' }
    | { kind: 'self' };
  relation?: Relation;
  pinpoint?: Citation['pinpoint'];
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start) + 1, 0);
  const stop = text.indexOf('\n', end);
  return text.slice(from, stop === -1 ? text.length : stop).trim();
}

export function fakeGraphBuilder(rules: FakeRule[]) {
  return (docs: Array<{ doc: CollectionDocument; text: string }>): CitationGraph => {
    const citations: CitationRecord[] = [];
    const entities = new Map<string, CitedEntity>();
    for (const { doc, text } of docs) {
      for (const rule of rules.filter((r) => r.in === doc.id)) {
        for (let at = text.indexOf(rule.phrase); at !== -1; at = text.indexOf(rule.phrase, at + 1)) {
          const citation: Citation = {
            start: at,
            end: at + rule.phrase.length,
            text: rule.phrase,
            docType: rule.docType,
            number: rule.number,
            year: null,
            symbol: rule.symbol,
            date: null,
            issuer: null,
            form: 'full',
            pinpoint: rule.pinpoint ?? null,
            relation: rule.relation ?? 'cites',
          };
          const base = { from: doc.id, citation, context: sentenceAround(text, at, at + rule.phrase.length), relation: rule.relation ?? 'cites' };
          const r = rule.resolve;
          if (r.kind === 'held') citations.push({ ...base, to: r.id, toKind: 'held' });
          else if (r.kind === 'external') {
            const e = entities.get(r.entity.id) ?? { ...r.entity, citedBy: [] };
            if (!e.citedBy.includes(doc.id)) e.citedBy.push(doc.id);
            entities.set(e.id, e);
            citations.push({ ...base, to: e.id, toKind: 'external' });
          } else if (r.kind === 'ambiguous') citations.push({ ...base, to: null, toKind: 'ambiguous', candidates: r.candidates });
          else if (r.kind === 'self') citations.push({ ...base, to: null, toKind: 'self' });
          else citations.push({ ...base, to: null, toKind: 'unresolved' });
        }
      }
    }
    return { citations, entities: [...entities.values()], edges: [] };
  };
}
