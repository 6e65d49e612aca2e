/**
 * Notes at amended articles on document pages (src/lib/status/amendments.ts):
 * computed once per build for the whole collection, and the rendered body cut
 * after each amended article's heading so the page can place its note there.
 */
import { amendmentsByDocument, type ArticleAmendments } from '../status/amendments.ts';
import { documentType, statesOwnEffect, type SiteData } from './collection.ts';
import { formatDate } from './format.ts';
import { referenceOf, urlOf } from './status.ts';

const memo = new WeakMap<SiteData, Map<string, ArticleAmendments[]>>();

/** The notes for the articles of held document `id`, in text order; empty when nothing amends it. */
export function articleAmendments(id: string, data: SiteData): ArticleAmendments[] {
  let all = memo.get(data);
  if (!all) {
    all = amendmentsByDocument(data.graph, data.byId, statesOwnEffect(data.byId), documentType(data.byId));
    memo.set(data, all);
  }
  return all.get(id) ?? [];
}

export interface BodySegment {
  html: string;
  /** The note to place after this segment: it ends with the heading of the article the note is about. */
  note: ArticleAmendments | null;
}

/**
 * Cuts rendered HTML after the element carrying each note's anchor id (the article's heading or
 * numbered paragraph). A note whose anchor is not in the HTML is left out: the status at the top
 * of the page still names the amending document.
 */
export function splitAtAnchors(html: string, notes: readonly ArticleAmendments[]): BodySegment[] {
  const cuts: Array<{ at: number; note: ArticleAmendments }> = [];
  for (const note of notes) {
    const idAt = html.indexOf(` id="${note.anchor}"`);
    if (idAt < 0) continue;
    const open = html.lastIndexOf('<', idAt);
    const tag = /^<([a-z][a-z0-9]*)/i.exec(html.slice(open))?.[1];
    if (!tag) continue;
    const close = html.indexOf(`</${tag}>`, idAt);
    if (close < 0) continue;
    cuts.push({ at: close + tag.length + 3, note });
  }
  cuts.sort((a, b) => a.at - b.at);
  const out: BodySegment[] = [];
  let prev = 0;
  for (const c of cuts) {
    out.push({ html: html.slice(prev, c.at), note: c.note });
    prev = c.at;
  }
  out.push({ html: html.slice(prev), note: null });
  return out;
}

const ACTION_LABELS = { amends: 'Sửa đổi, bổ sung', supplements: 'Bổ sung', repeals: 'Bãi bỏ', replaces: 'Thay thế' } as const;
/** Wordings longer than this open folded: the note must not push the article's own text far down. */
const SHORT = 900;

export interface AmendmentItemView {
  action: string;
  actionLabel: string;
  /** Between the action and the parts: "khoản 3a vào sau" for a supplement. */
  connector: string | null;
  /** The parts amended, linked to their anchors on this page. */
  parts: Array<{ href: string; label: string }>;
  /** The amending document, linked at the item's place in it. */
  by: { href: string; label: string };
  from: string | null;
  instruction: string;
  newText: string[] | null;
  oldText: string[] | null;
  open: boolean;
}

export interface AmendmentNoteView {
  anchor: string;
  title: string;
  items: AmendmentItemView[];
}

export function amendmentNoteView(note: ArticleAmendments, data: SiteData): AmendmentNoteView {
  const ref = referenceOf(data);
  return {
    anchor: note.anchor,
    title: `Thay đổi tại ${note.article}`,
    items: note.items.map((i) => {
      const size = (i.newText ?? []).join('').length + (i.oldText ?? []).join('').length;
      return {
        action: i.action,
        actionLabel: ACTION_LABELS[i.action],
        connector: i.inserted ? `${i.inserted.what} ${i.inserted.where === 'vào' ? 'vào' : `vào ${i.inserted.where}`}` : null,
        parts: i.targets.map((t) => ({ href: `#${t.id}`, label: t.label })),
        by: { href: `${urlOf(i.by, data)}${i.source.anchor ? `#${i.source.anchor}` : ''}`, label: `${ref(i.by)}${i.source.article ? `, ${i.source.article}` : ''}` },
        from: i.from ? formatDate(i.from) : null,
        instruction: i.instruction,
        newText: i.newText,
        oldText: i.oldText,
        open: size <= SHORT,
      };
    }),
  };
}

/** For the status at the top of the page: by amending document, links to the notes at the articles it changes. */
export function noteLinksByDocument(id: string, data: SiteData): Map<string, Array<{ href: string; label: string }>> {
  const out = new Map<string, Array<{ href: string; label: string }>>();
  for (const note of articleAmendments(id, data)) {
    for (const by of new Set(note.items.map((i) => i.by))) {
      const list = out.get(by) ?? [];
      list.push({ href: `#${note.anchor}`, label: note.article });
      out.set(by, list);
    }
  }
  return out;
}
