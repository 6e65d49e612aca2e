/**
 * GFM footnotes as a Vietnamese record shows them. The renderer numbers marks
 * by order of first use and names its ids in English (`user-content-fn-1`); a
 * document's note "2" must stay "2" (its note 1 may be unlinked body text), so
 * marks and notes are shown with the number the document writes, ids read
 * `#chu-thich-2` (the note) and `#cho-dan-chu-thich-2` (its mark), and each
 * note starts with its number as a link back to the mark, as on paper.
 *
 * The text the citation engine reads leaves these pieces out (hast-text.ts), so
 * the data layer's parse and the page's tree give the same text before and
 * after this runs.
 */
import type { HastLike } from './hast-text.ts';

export const FOOTNOTES_TITLE = 'Chú thích';
export const FOOTNOTES_TITLE_ID = 'chu-thich';

/** The edits a tree allows: Sätteri's plugin context, or plain objects. */
export interface HastEditor {
  setProperty(node: HastLike, name: string, value: unknown): void;
  replaceNode(node: HastLike, nodes: HastLike[]): void;
  prependChild(node: HastLike, children: HastLike[]): void;
}

const NOTE_ID = /^user-content-fn-(.+)$/;
const REF_ID = /^user-content-fnref-(.+?)(?:-(\d+))?$/;

export const noteId = (label: string) => `chu-thich-${label}`;
export const refId = (label: string, k = 1) => `cho-dan-chu-thich-${label}${k > 1 ? `-${k}` : ''}`;

export function isFootnoteRef(node: HastLike): boolean {
  return node.type === 'element' && node.tagName === 'sup' && (node.children ?? []).some((c) => c.tagName === 'a' && c.properties?.dataFootnoteRef !== undefined);
}

export function isFootnoteBackref(node: HastLike): boolean {
  return node.type === 'element' && node.tagName === 'a' && node.properties?.dataFootnoteBackref !== undefined;
}

export function isFootnotesTitle(node: HastLike): boolean {
  return node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '') && node.properties?.id === 'footnote-label';
}

export function numberFootnotes(root: HastLike, edit: HastEditor): void {
  const visit = (node: HastLike) => {
    if (node.type === 'root') { for (const c of node.children ?? []) visit(c); return; }
    if (node.type !== 'element') return;
    const p = node.properties ?? {};
    if (node.tagName === 'a' && p.dataFootnoteRef !== undefined) {
      const m = REF_ID.exec(String(p.id ?? ''));
      if (m) {
        const label = m[1]!;
        edit.setProperty(node, 'id', refId(label, m[2] ? Number(m[2]) : 1));
        edit.setProperty(node, 'href', `#${noteId(label)}`);
        edit.setProperty(node, 'ariaDescribedBy', [FOOTNOTES_TITLE_ID]);
        const text = node.children?.[0];
        if (text) edit.replaceNode(text, [{ type: 'text', value: label }]);
      }
      return;
    }
    if (node.tagName === 'a' && p.dataFootnoteBackref !== undefined) {
      const m = REF_ID.exec(String(p.href ?? '').replace(/^#/, ''));
      if (m) {
        const k = m[2] ? Number(m[2]) : 1;
        edit.setProperty(node, 'href', `#${refId(m[1]!, k)}`);
        edit.setProperty(node, 'ariaLabel', `Quay lại chỗ dẫn chú thích ${m[1]}${k > 1 ? ` (lần ${k})` : ''}`);
      }
      return;
    }
    if (isFootnotesTitle(node)) {
      edit.setProperty(node, 'id', FOOTNOTES_TITLE_ID);
      edit.setProperty(node, 'className', ['footnotes-title']);
      const text = node.children?.[0];
      if (text) edit.replaceNode(text, [{ type: 'text', value: FOOTNOTES_TITLE }]);
      return;
    }
    if (node.tagName === 'li') {
      const m = NOTE_ID.exec(String(p.id ?? ''));
      if (m) {
        const label = m[1]!;
        edit.setProperty(node, 'id', noteId(label));
        // The number as the document writes it, leading the note and linking back to its (first) mark.
        const first = (node.children ?? []).find((c) => c.type === 'element' && c.tagName === 'p');
        const number: HastLike = { type: 'element', tagName: 'a', properties: { href: `#${refId(label)}`, className: ['footnote-number'], ariaLabel: `Chú thích ${label}, quay lại chỗ dẫn` }, children: [{ type: 'text', value: label }] };
        if (first) edit.prependChild(first, [number, { type: 'text', value: ' ' }]);
      }
    }
    for (const c of node.children ?? []) visit(c);
  };
  visit(root);
}

/** Applies `numberFootnotes` to a plain hast tree in place (tests, the importer's evaluation). */
export function numberFootnotesInPlace(root: HastLike): void {
  const parents = new Map<HastLike, HastLike>();
  const index = (node: HastLike) => {
    for (const c of node.children ?? []) { parents.set(c, node); index(c); }
  };
  index(root);
  const mutable = (n: HastLike) => n as { properties?: Record<string, unknown>; children?: HastLike[] };
  numberFootnotes(root, {
    setProperty(node, name, value) {
      const m = mutable(node);
      m.properties = { ...(m.properties ?? {}), [name]: value };
    },
    replaceNode(node, nodes) {
      const list = mutable(parents.get(node) ?? {type: 'root'}).children;
      if (!list) return;
      list.splice(list.indexOf(node), 1, ...nodes);
    },
    prependChild(node, children) {
      const m = mutable(node);
      m.children = [...children, ...(m.children ?? [])];
    },
  });
}
