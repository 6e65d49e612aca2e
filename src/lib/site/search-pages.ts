/**
 * What the search index holds of each page, built from the site data: the page's words a
 * search finds (a held document's header, body and signature; a cited-only document's quoted
 * sentences), and the fields and filters results show and narrow by, marked as the pages mark
 * them for Pagefind (src/components/document/DocumentHeader.astro, Status.astro,
 * src/pages/dan-chieu/[id].astro). The index is built from these, never from the written
 * site, so two builds of the same content index the same input, and the index process need
 * not wait for Astro's pages.
 *
 * A held document's body is the HTML the documents loader rendered (src/lib/site/rendered.ts),
 * read by the index process from its file: the same HTML the page shows, with its heading ids,
 * which give search results their sections.
 */
import { documentRecords } from '../document.ts';
import { issuerGroupLabel } from '../export/browse.ts';
import { escapeHtml as esc } from '../html.ts';
import { BODY_SLOT, type IndexPage } from '../search/build-index.ts';
import type { SiteData, HeldDocument } from './collection.ts';
import { capacityLines, fullIssuer, labelled, numberParts, numberSymbol, pageName, typeName } from './format.ts';
import { incomingPanel } from './panels.ts';
import { renderedFile } from './rendered.ts';
import { searchedStatusLine, statusView } from './status.ts';
import { GROUP_LABELS } from '../status/labels.ts';
import type { CitedEntity } from '../citations/index.ts';

/** Elements Pagefind reads apart: filters, meta and sort keys take no words of the page. */
const attrs = (a: Record<string, string | undefined>): string =>
  Object.entries(a)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');

/** The status group a result shows and filters by, and the line another document states, with its sentence. */
function statusFields(id: string, data: SiteData): string {
  const view = statusView(id, data);
  const line = searchedStatusLine(view, id);
  return (
    `<section data-pagefind-ignore="index"><p${attrs({ 'data-pagefind-filter': 'hieu-luc', 'data-pagefind-meta': 'hieu-luc' })}>${esc(GROUP_LABELS[view.group])}</p>` +
    (line
      ? `<span${attrs({ 'data-pagefind-filter': 'hieu-luc-dong[data-line], hieu-luc-cau[data-sentence]', 'data-line': line.text, 'data-sentence': line.evidence?.sentence ?? '' })}></span>`
      : '') +
    `</section>`
  );
}

/** The date as results show, sort and filter it. */
function dateFields(date: string | null, text: string): string {
  if (!date) return '';
  return `<time${attrs({ 'data-pagefind-meta': `date:${date}`, 'data-pagefind-sort': `date:${date}`, 'data-pagefind-filter': `nam:${date.slice(0, 4)}` })}>${esc(text)}</time>`;
}

function numberFields(d: Parameters<typeof numberParts>[0]): string {
  const parts = numberParts(d);
  return (
    (parts.number ? `<span data-pagefind-meta="number">${esc(parts.number)}</span>` : '') +
    esc(parts.joint) +
    (parts.symbol ? `<span data-pagefind-meta="symbol">${esc(parts.symbol)}</span>` : '')
  );
}

function issuerField(issuer: string | null, shown: string): string {
  return `<p${attrs({ 'data-pagefind-meta': 'issuer', 'data-pagefind-filter': 'co-quan[data-issuer-group]', 'data-issuer-group': issuerGroupLabel(issuer) })}>${esc(shown)}</p>`;
}

/** A held document: its header as the paper has it, its body (from the loader's file) and its signature. */
function heldPage(doc: HeldDocument, data: SiteData): string {
  const fm = doc.frontmatter;
  const numbered = { number: fm.number, symbol: fm.symbol, symbolYear: fm.year };
  const ns = numberSymbol(numbered);
  const missing = fm.missing.some((m) => m.field === 'number');
  const [y, m, d] = fm.date ? fm.date.split('-') : [];
  const header =
    `<header data-pagefind-filter="trang-thai:Có toàn văn">` +
    (fm.parentIssuer ? `<p>${esc(fm.parentIssuer)}</p>` : '') +
    issuerField(fm.issuer, fullIssuer(fm.issuer) ?? 'Cơ quan ban hành: chưa rõ') +
    `<p>Số: ${ns ? numberFields(numbered) : `chưa rõ${missing ? ' (văn bản gốc không ghi)' : ''}`}</p>` +
    `<p>${esc(fm.place ? `${fm.place}, ` : '')}${fm.date ? dateFields(fm.date, `ngày ${d} tháng ${m} năm ${y}`) : 'ngày ban hành: chưa rõ'}</p>` +
    `<p data-pagefind-meta="docType" data-pagefind-filter="loai">${esc(fm.docType)}</p>` +
    `<h1 data-pagefind-meta="title">${esc(fm.title ?? `${fm.docType}${ns ? ` số ${ns}` : ''}`)}</h1>` +
    `</header>`;
  const signer = [...capacityLines(fm.signer.capacity), ...(fm.signer.name ? [fm.signer.name] : [])].map((l) => `<p>${esc(l)}</p>`).join('');
  const recipients = fm.recipients.length ? `<p>Nơi nhận:</p><ul>${fm.recipients.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>` : '';
  return `${statusFields(doc.id, data)}${header}<div>${BODY_SLOT}</div><footer>${signer}${recipients}</footer>`;
}

/**
 * A cited-only document: the sentences that cite it are its words; its header and facts carry
 * only fields (without a quote, the heading is all there is to find).
 */
function citedPage(entity: CitedEntity, data: SiteData): string {
  const label = labelled(entity);
  const heading = pageName(label);
  const citedBy = incomingPanel(entity.id, data);
  const quoted = citedBy.some((e) => e.contexts.length > 0);
  const header =
    `<header${attrs({ 'data-pagefind-filter': 'trang-thai:Chỉ được dẫn chiếu', 'data-pagefind-ignore': quoted ? 'index' : undefined })}>` +
    `<p data-pagefind-meta="docType" data-pagefind-filter="loai">${esc(typeName(entity.docType))}</p>` +
    `<h1 data-pagefind-meta="title">${esc(entity.title ? `${heading} ${entity.title}` : heading)}</h1>` +
    `</header>`;
  const facts =
    `<div data-pagefind-ignore>` +
    numberFields(label) +
    (entity.issuer ? issuerField(entity.issuer, fullIssuer(entity.issuer)!) : '') +
    dateFields(entity.date, entity.date ?? '') +
    `</div>`;
  const entries = citedBy
    .map((e) => {
      const candidates =
        e.link.kind === 'ambiguous' && e.link.candidates.length
          ? `<p>Chưa xác định được văn bản, có thể là: ${e.link.candidates.map((c) => esc(c.label)).join(', ')}</p>`
          : '';
      const title = e.link.kind === 'external' && e.link.facts.title ? `<p>${esc(e.link.facts.title)}</p>` : '';
      const contexts = e.contexts.length ? `<ul>${e.contexts.map((c) => `<li><q>${esc(c)}</q></li>`).join('')}</ul>` : '';
      return `<li>${candidates}${title}${contexts}</li>`;
    })
    .join('');
  return `${header}${statusFields(entity.id, data)}${facts}<section><ul>${entries}</ul></section>`;
}

export interface SearchPagesOptions {
  /** Page keys of an incremental build (src/lib/site/page-keys.ts). */
  keys?: { documents: ReadonlyMap<string, string>; cited: ReadonlyMap<string, string> };
  /** Where a held document's rendered body is (default: where this build's loader wrote it). */
  bodyFile?: (id: string) => string;
}

/**
 * Every page the index holds, from the site data: each held document's and each cited-only
 * document's, with their numbers and dates (from the records the open data writes).
 */
export function searchPages(data: SiteData, { keys, bodyFile = renderedFile }: SearchPagesOptions = {}): IndexPage[] {
  return documentRecords(data.documents.map((d) => d.projection), [...data.entities.values()]).map((r) => {
    const key = keys ? (r.held ? keys.documents : keys.cited).get(r.id) : undefined;
    const held = r.held ? data.byId.get(r.id)! : null;
    const body = held ? heldPage(held, data) : citedPage(data.entities.get(r.id)!, data);
    return {
      url: r.url,
      docType: r.docType,
      number: r.number,
      symbol: r.symbol,
      symbolYear: r.symbolYear,
      date: r.date,
      ...(key ? { key } : {}),
      html: `<article data-pagefind-body>${body}</article>`,
      ...(held ? { bodyFile: bodyFile(held.id) } : {}),
    };
  });
}
