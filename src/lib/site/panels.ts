/**
 * The two panels of a document page ("Văn bản này dẫn chiếu", "Được dẫn
 * chiếu bởi") and the list of a cited-only page: one entry per document, with
 * every relation and context sentence of the citations behind it.
 */
import type { CitationRecord } from '../citations/index.ts';
import { entityReferable, type SiteData } from './collection.ts';
import { docReference, docUrl, relationLabel } from './format.ts';
import { linkFor, type CitationLink } from './links.ts';

export interface PanelEntry {
  key: string;
  link: CitationLink;
  label: string;
  relations: string[];
  contexts: string[];
}

function add(entries: Map<string, PanelEntry>, key: string, make: () => Omit<PanelEntry, 'relations' | 'contexts'>, r: CitationRecord) {
  let e = entries.get(key);
  if (!e) {
    e = { ...make(), relations: [], contexts: [] };
    entries.set(key, e);
  }
  const rel = relationLabel(r.relation);
  if (!e.relations.includes(rel)) e.relations.push(rel);
  const ctx = r.context.trim();
  if (ctx && !e.contexts.includes(ctx)) e.contexts.push(ctx);
}

function outgoingLabel(r: CitationRecord, link: CitationLink, data: SiteData): string {
  if (link.kind === 'held' && r.to) {
    const d = data.byId.get(r.to);
    if (d) return docReference(d.projection);
  }
  if (link.kind === 'external' && r.to) {
    const e = data.entities.get(r.to);
    if (e) return docReference(entityReferable(e, data));
  }
  const c = r.citation;
  return c.number || c.symbol ? docReference({ ...c, name: c.name ?? null }) : (c.name ?? c.text);
}

/** What `id` cites, grouped: held in the collection (and ambiguous between held ones) / not held. */
export function outgoingPanel(id: string, data: SiteData): { held: PanelEntry[]; notHeld: PanelEntry[] } {
  const held = new Map<string, PanelEntry>();
  const notHeld = new Map<string, PanelEntry>();
  for (const r of data.outgoing.get(id) ?? []) {
    if (r.toKind === 'self') continue;
    const link = linkFor(r, data);
    const make = () => ({ key: '', link, label: outgoingLabel(r, link, data) });
    if (link.kind === 'held' && r.to) add(held, `held:${r.to}`, () => ({ ...make(), key: `held:${r.to}`, link: { ...link, href: docUrl(r.to!) } }), r);
    else if (link.kind === 'ambiguous') {
      const key = `ambiguous:${(r.candidates ?? []).join('|')}`;
      add(held, key, () => ({ ...make(), key }), r);
    } else if (link.kind === 'external' && r.to) add(notHeld, `external:${r.to}`, () => ({ ...make(), key: `external:${r.to}` }), r);
    else {
      const key = `unresolved:${r.citation.text.replace(/\s+/g, ' ')}`;
      add(notHeld, key, () => ({ ...make(), key }), r);
    }
  }
  return { held: [...held.values()].map(strongest), notHeld: [...notHeld.values()].map(strongest) };
}

/** Who cites `target` (a held id or a cited entity id), one entry per citing document. */
export function incomingPanel(target: string, data: SiteData): PanelEntry[] {
  const entries = new Map<string, PanelEntry>();
  for (const r of data.incoming.get(target) ?? []) {
    const from = data.byId.get(r.from);
    if (!from) continue;
    const f = from.frontmatter;
    add(
      entries,
      r.from,
      () => ({
        key: r.from,
        label: docReference(from.projection),
        link: {
          kind: 'held',
          href: from.url,
          facts: { type: f.docType, number: f.number, symbol: f.symbol, date: f.date, issuer: f.issuer, title: f.title },
          candidates: [],
        },
      }),
      r,
    );
  }
  return [...entries.values()].map(strongest);
}

/** "Dẫn chiếu" says nothing more when the wording also says how (Căn cứ, Thực hiện …). */
function strongest(e: PanelEntry): PanelEntry {
  const plain = relationLabel('cites');
  return e.relations.length > 1 ? { ...e, relations: e.relations.filter((r) => r !== plain) } : e;
}
