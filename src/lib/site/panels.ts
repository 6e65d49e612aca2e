/**
 * The two panels of a document page ("Văn bản này dẫn chiếu", "Được dẫn
 * chiếu bởi") and the list of a cited-only page: one entry per document, with
 * every relation and context sentence of the citations behind it, and the
 * sections of the citing document the citations stand in ("Mục II.2 của Kế
 * hoạch 218/KH-UBND"). `byRelation` groups entries by kind of relation and
 * shows each quoted sentence once per panel.
 */
import type { CitationRecord, Relation } from '../citations/index.ts';
import type { HeldDocument, SiteData } from './collection.ts';
import { docReference, docUrl, labelled, relationLabel, shortName } from './format.ts';
import { linkFacts, linkFor, type CitationLink } from './links.ts';

/** A section of the citing document where a citation stands. */
export interface CitingSection {
  label: string;
  href: string;
}

export interface PanelEntry {
  key: string;
  link: CitationLink;
  label: string;
  relations: string[];
  contexts: string[];
  /** Where the citations stand in the citing document, in text order, each once. */
  sections: CitingSection[];
}

/** The numbered section (or heading) a text offset falls in: the last anchor starting at or before it. */
export function sectionAt(doc: HeldDocument, offset: number): { id: string; label: string } | null {
  let found: { id: string; label: string } | null = null;
  for (const a of doc.anchors) {
    if (a.start > offset) break;
    found = a;
  }
  return found;
}

/** "Kế hoạch 218/KH-UBND": how a citing section names its document. */
function shortDocName(doc: HeldDocument): string {
  const d = labelled(doc.projection);
  return d.number || d.symbol ? shortName(d) : docReference(d);
}

function add(
  entries: Map<string, PanelEntry>,
  key: string,
  make: () => Omit<PanelEntry, 'relations' | 'contexts' | 'sections'>,
  r: CitationRecord,
  section: CitingSection | null,
) {
  let e = entries.get(key);
  if (!e) {
    e = { ...make(), relations: [], contexts: [], sections: [] };
    entries.set(key, e);
  }
  const rel = relationLabel(r.relation);
  if (!e.relations.includes(rel)) e.relations.push(rel);
  const ctx = r.context.trim();
  if (ctx && !e.contexts.includes(ctx)) e.contexts.push(ctx);
  if (section && !e.sections.some((s) => s.href === section.href)) e.sections.push(section);
}

function outgoingLabel(r: CitationRecord, link: CitationLink, data: SiteData): string {
  if (link.kind === 'held' && r.to) {
    const d = data.byId.get(r.to);
    if (d) return docReference(labelled(d.projection));
  }
  if (link.kind === 'external' && r.to) {
    const e = data.entities.get(r.to);
    if (e) return docReference(labelled(e));
  }
  const c = r.citation;
  return c.number || c.symbol ? docReference(labelled(c)) : (c.name ?? c.text);
}

/** What `id` cites, grouped: held in the collection (and ambiguous between held ones) / not held. */
export function outgoingPanel(id: string, data: SiteData): { held: PanelEntry[]; notHeld: PanelEntry[] } {
  const held = new Map<string, PanelEntry>();
  const notHeld = new Map<string, PanelEntry>();
  const self = data.byId.get(id);
  for (const r of data.outgoing.get(id) ?? []) {
    if (r.toKind === 'self') continue;
    const at = self ? sectionAt(self, r.citation.start) : null;
    const section = at ? { label: at.label, href: `#${at.id}` } : null;
    const link = linkFor(r, data);
    const make = () => ({ key: '', link, label: outgoingLabel(r, link, data) });
    if (link.kind === 'held' && r.to) add(held, `held:${r.to}`, () => ({ ...make(), key: `held:${r.to}`, link: { ...link, href: docUrl(r.to!) } }), r, section);
    else if (link.kind === 'ambiguous') {
      const key = `ambiguous:${(r.candidates ?? []).join('|')}`;
      add(held, key, () => ({ ...make(), key }), r, section);
    } else if (link.kind === 'external' && r.to) add(notHeld, `external:${r.to}`, () => ({ ...make(), key: `external:${r.to}` }), r, section);
    else {
      const key = `unresolved:${r.citation.text.replace(/\s+/g, ' ')}`;
      add(notHeld, key, () => ({ ...make(), key }), r, section);
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
    const at = sectionAt(from, r.citation.start);
    add(
      entries,
      r.from,
      () => ({
        key: r.from,
        label: docReference(labelled(from.projection)),
        link: {
          kind: 'held',
          href: from.url,
          facts: linkFacts(f, f.title),
          candidates: [],
        },
      }),
      r,
      at ? { label: `${at.label} của ${shortDocName(from)}`, href: `${from.url}#${at.id}` } : null,
    );
  }
  return [...entries.values()].map(strongest);
}

/** Kinds of relation, strongest first: the order of a panel's groups. */
export const RELATION_ORDER: Relation[] = ['basis', 'implements', 'guides', 'amends', 'replaces', 'cites'];

export interface RelationGroup {
  relation: Relation;
  label: string;
  entries: Array<PanelEntry & { /** Sentences already quoted higher in the panel, not repeated. */ repeated: number }>;
}

/**
 * Entries grouped by their strongest relation, in RELATION_ORDER; within the
 * panel each sentence is quoted once: one sentence that cites three documents
 * shows under the first, and the others say it was quoted above.
 */
export function byRelation(entries: PanelEntry[]): RelationGroup[] {
  const shown = new Set<string>();
  return RELATION_ORDER.flatMap((relation) => {
    const label = relationLabel(relation);
    const members = entries.filter((e) => RELATION_ORDER.find((r) => e.relations.includes(relationLabel(r))) === relation);
    if (members.length === 0) return [];
    return [
      {
        relation,
        label,
        entries: members.map((e) => {
          const fresh = e.contexts.filter((c) => !shown.has(c));
          for (const c of fresh) shown.add(c);
          return { ...e, contexts: fresh, repeated: e.contexts.length - fresh.length };
        }),
      },
    ];
  });
}

/** "Dẫn chiếu" says nothing more when the wording also says how (Căn cứ, Thực hiện …). */
function strongest(e: PanelEntry): PanelEntry {
  const plain = relationLabel('cites');
  return e.relations.length > 1 ? { ...e, relations: e.relations.filter((r) => r !== plain) } : e;
}
