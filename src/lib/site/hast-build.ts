/** The hast a citation or an anchored block turns into on the page. */
import type { CitationLink } from './links.ts';
import { factProperties } from './links.ts';

export interface HastText {
  type: 'text';
  value: string;
}
export interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: Array<HastElement | HastText>;
}

const t = (value: string): HastText => ({ type: 'text', value });
const el = (tagName: string, properties: Record<string, unknown>, children: Array<HastElement | HastText>): HastElement => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/**
 * One piece of a citation's text. Ambiguous citations list their candidates
 * after the last piece (`last`), so a reader sees both and can choose.
 */
export function citationNodes(link: CitationLink, text: string, last: boolean): Array<HastElement | HastText> {
  const props = factProperties(link.kind, link.facts);
  if (link.href) return [el('a', { ...props, href: link.href }, [t(text)])];
  if (link.kind !== 'ambiguous') return [el('span', props, [t(text)])];
  const nodes: Array<HastElement | HastText> = [el('span', { ...props, dataCandidates: link.candidates.map((c) => c.id).join(' ') }, [t(text)])];
  if (last && link.candidates.length) {
    const list: Array<HastElement | HastText> = [t(' (chưa xác định, có thể là: ')];
    link.candidates.forEach((c, i) => {
      if (i) list.push(t(i === link.candidates.length - 1 ? ' hoặc ' : ', '));
      list.push(el('a', { ...factProperties('held', c.facts), href: c.href }, [t(c.label)]));
    });
    list.push(t(')'));
    nodes.push(el('span', { className: 'cite-candidates', dataPagefindIgnore: '' }, list));
  }
  return nodes;
}

/** The copy-link control beside an anchored heading or paragraph: a plain link, so it works without JS. */
export function anchorLink(id: string, label: string): HastElement {
  return el('a', { className: 'anchor-link', href: `#${id}`, ariaLabel: `Liên kết tới ${label}`, dataPagefindIgnore: '' }, [t('#')]);
}
