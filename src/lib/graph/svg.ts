/**
 * Renders a laid-out chain as HTML at build time: no script, colours as
 * presentation attributes so it reads the same in print and without CSS.
 *
 * Two SVGs of the same size stacked in one grid cell: the picture, role="img"
 * with a title and description, and above it a transparent layer of node links
 * for pointer users. An image may not contain links (its children are
 * presentational: axe's nested-interactive), so the links live in their own
 * layer, hidden from assistive technology and out of the tab order; the text
 * list beside the picture carries the same links for keyboard and
 * screen-reader users.
 */
import type { Layout } from './layout.ts';
import { escapeHtml } from '../html.ts';
import { LINE_HEIGHT, PADDING, PHONE_WIDTH } from './layout.ts';

const COLOURS = {
  held: { fill: '#ffffff', stroke: '#1f4e79', dash: '' },
  cited: { fill: '#f3f3f3', stroke: '#555555', dash: '5 3' },
  focus: { fill: '#fff1cc', stroke: '#7a4d00', dash: '' },
};

export interface SvgOptions {
  /** Unique within the page: several pictures may share one page. */
  idPrefix: string;
  title: string;
  description: string;
  focus?: string | null;
  /** Node ids to emphasise (the collection page's filter matches). */
  highlight?: ReadonlySet<string>;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

export function renderChainSvg(layout: Layout, opts: SvgOptions): string {
  const id = opts.idPrefix;
  const size = `viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}"`;
  // (Wider than a phone's screen: fitted to it there, with a switch to see it at full size; chain.css.)
  const out: string[] = [`<div class="chain-stack"${layout.width > PHONE_WIDTH ? ' data-wide' : ''}>`];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="chain-svg" role="img" aria-labelledby="${id}-t ${id}-d" data-direction="${layout.direction}" ${size}` +
      ` font-family="system-ui, 'Noto Sans', 'Segoe UI', Arial, sans-serif" font-size="13">`,
  );
  out.push(`<title id="${id}-t">${escapeHtml(opts.title)}</title>`);
  out.push(`<desc id="${id}-d">${escapeHtml(opts.description)}</desc>`);
  out.push(
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
      `<path d="M0,0L10,5L0,10z" fill="#333333"/></marker></defs>`,
  );
  out.push('<g class="chain-edges">');
  for (const e of layout.edges) {
    if (e.points.length < 2) continue;
    const d = e.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p.x)},${fmt(p.y)}`).join('');
    out.push(
      `<g data-from="${escapeHtml(e.edge.from)}" data-to="${escapeHtml(e.edge.to)}">` +
        `<path d="${d}" fill="none" stroke="#333333" stroke-width="1.5" marker-end="url(#${id}-arrow)"/></g>`,
    );
  }
  out.push('</g><g class="chain-nodes">');
  for (const p of layout.nodes) {
    const isFocus = p.node.id === opts.focus;
    const c = isFocus ? COLOURS.focus : p.node.held ? COLOURS.held : COLOURS.cited;
    const strong = isFocus || opts.highlight?.has(p.node.id);
    out.push(`<g data-node="${escapeHtml(p.node.id)}"${isFocus ? ' data-focus="true"' : ''}${strong && !isFocus ? ' data-match="true"' : ''}>`);
    out.push(
      `<rect x="${fmt(p.x)}" y="${fmt(p.y)}" width="${fmt(p.width)}" height="${fmt(p.height)}" rx="4"` +
        ` fill="${c.fill}" stroke="${c.stroke}" stroke-width="${strong ? 3 : 1.5}"${c.dash ? ` stroke-dasharray="${c.dash}"` : ''}/>`,
    );
    out.push(`<text fill="#1a1a1a">`);
    p.lines.forEach((line, i) => {
      const y = p.y + PADDING + (i + 1) * LINE_HEIGHT - 4;
      out.push(
        `<tspan x="${fmt(p.x + PADDING)}" y="${fmt(y)}"${i === 0 ? ' font-weight="700"' : ''}>${escapeHtml(line)}</tspan>`,
      );
    });
    out.push('</text></g>');
  }
  out.push('</g></svg>');
  // The pointer layer: one transparent link over each box.
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="chain-links" aria-hidden="true" ${size}>`);
  for (const p of layout.nodes) {
    out.push(
      `<a href="${escapeHtml(p.node.url)}" tabindex="-1" data-node="${escapeHtml(p.node.id)}">` +
        `<title>${escapeHtml(p.lines.join(' '))}</title>` +
        `<rect x="${fmt(p.x)}" y="${fmt(p.y)}" width="${fmt(p.width)}" height="${fmt(p.height)}" rx="4" fill="transparent" stroke="transparent" stroke-width="3"/></a>`,
    );
  }
  out.push('</svg></div>');
  return out.join('');
}
