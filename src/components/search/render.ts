/** DOM for one search result, shared by the search page and the header box. Text only, never HTML. */
import type { ResultView } from '../../lib/search/client.ts';
import type { Segment } from '../../lib/search/excerpt.ts';
import { formatDate, shorten } from '../../lib/site/format.ts';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string | null>
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== null) e.append(c);
  return e;
}

/** The facts line: type, number, date, issuer (what tells two documents of one number apart). */
export function facts(v: ResultView): HTMLElement {
  const p = el('p', { class: 'sr-facts' });
  const parts: Node[] = [];
  if (v.docType) parts.push(el('span', { class: 'sr-type' }, v.docType));
  if (v.numberSymbol) parts.push(el('span', { class: 'sr-number' }, `Số ${v.numberSymbol}`));
  if (v.date) parts.push(el('time', { datetime: v.date }, formatDate(v.date) ?? v.date));
  if (v.issuer) parts.push(el('span', { class: 'sr-issuer' }, v.issuer));
  parts.forEach((n, i) => {
    if (i > 0) p.append(el('span', { class: 'sr-sep', 'aria-hidden': 'true' }, ' · '));
    p.append(n);
  });
  return p;
}

export function excerpt(segments: Segment[]): HTMLElement {
  const p = el('p', { class: 'sr-excerpt' });
  for (const s of segments) p.append(s.mark ? el('mark', {}, s.text) : s.text);
  return p;
}

/** One result on the search page: a heading link, facts, where it matched, the excerpt. */
export function resultItem(v: ResultView): HTMLLIElement {
  const link = el('a', { href: v.url, class: 'sr-link' }, v.title);
  const item = el('li', { class: 'sr-item', 'data-url': v.url });
  const head = el('h3', { class: 'sr-title' }, link);
  item.append(head, facts(v));
  const badges: Node[] = [];
  if (v.byNumber) badges.push(el('span', { class: 'sr-badge sr-badge-number' }, 'Đúng số hiệu'));
  if (v.status) badges.push(el('span', { class: `sr-badge${v.status.startsWith('Chỉ') ? ' sr-badge-cited' : ''}` }, v.status));
  // "Chưa rõ hiệu lực" on most results would say nothing; what the collection does say is shown.
  if (v.effect && v.effect !== 'Chưa rõ hiệu lực') badges.push(el('span', { class: 'sr-badge sr-badge-effect' }, v.effect));
  if (badges.length) item.append(el('p', { class: 'sr-badges' }, ...badges));
  // What replaced or amended it, and the sentence that says so (the page's own status headline and its evidence).
  if (v.effect && v.effect !== 'Chưa rõ hiệu lực' && v.effect !== 'Có hiệu lực' && v.effectLine) {
    const line = el('p', { class: 'sr-effect' }, v.effectLine);
    if (v.effectSentence) line.append(' — ', el('q', { class: 'sr-effect-sentence' }, shorten(v.effectSentence, 160)));
    item.append(line);
  }
  if (v.section) item.append(el('p', { class: 'sr-section' }, `Tại mục: ${v.section}`));
  if (v.excerpt.length) item.append(excerpt(v.excerpt));
  return item;
}

