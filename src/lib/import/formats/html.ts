/**
 * HTML → markdown-ish text. Used for pages saved from a portal (vbpl,
 * chinhphu, a province's portal, a Party site) and for Word documents, which
 * mammoth turns into HTML first. Only the document is kept: scripts, menus,
 * banners, breadcrumbs, share buttons and footers go; the document is the
 * smallest element holding nearly all the remaining text. Bold and italic
 * become `**…**` and `*…*`, tables GFM tables, except the header table
 * (issuer | national motto) whose columns are written one after the other.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { FormatError } from './types.ts';

const DROP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg', 'button', 'select', 'input', 'textarea', 'object', 'embed', 'canvas', 'map', 'head', 'title', 'meta', 'link']);
/** Class or id words of a portal's chrome (not of a document). */
const CHROME = /(^|[-_\s])(menu|navbar|nav|breadcrumbs?|footer|sidebar|banner|share|social|comments?|login|search|related|tin-?khac|lien-?quan|toolbar|pagination|advert|ads|cookie|top-?bar|logo)($|[-_\s])/i;
/** Containers that portals use for a document's full text, tried first. */
const CONTENT_IDS = /^(toanvancontent|toanvan|fulltext|full-text|noidung|noi-dung|vbcontent|content-detail|detail-content|article-content|post-content|entry-content|news-content)$/i;

const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'blockquote', 'center', 'dl', 'dt', 'dd', 'pre', 'address', 'figure', 'figcaption', 'body', 'html', 'hr']);

function classes(el: Element): string {
  const c = el.properties?.className;
  const id = el.properties?.id;
  return [Array.isArray(c) ? c.join(' ') : String(c ?? ''), String(id ?? '')].join(' ');
}

function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map(textOf).join(node.type === 'element' && BLOCK.has(node.tagName) ? ' ' : '');
  return '';
}

function linkTextOf(node: Root | RootContent | ElementContent): number {
  if (node.type === 'element' && node.tagName === 'a') return textOf(node).trim().length;
  if (node.type === 'element' || node.type === 'root') return node.children.reduce((s, c) => s + linkTextOf(c), 0);
  return 0;
}

function isHidden(el: Element): boolean {
  const style = String(el.properties?.style ?? '');
  return el.properties?.hidden !== undefined && el.properties?.hidden !== false || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function isContentContainer(el: Element): boolean {
  const ids = [String(el.properties?.id ?? ''), ...(Array.isArray(el.properties?.className) ? el.properties.className.map(String) : [])];
  return ids.some((i) => CONTENT_IDS.test(i));
}

function holdsContent(el: Element): boolean {
  if (isContentContainer(el)) return true;
  for (const d of elements(el)) if (isContentContainer(d)) return true;
  return false;
}

/** Removes scripts, menus and the like in place. */
function strip(node: Root | Element): void {
  node.children = node.children.filter((c) => {
    if (c.type === 'comment' || c.type === 'doctype') return false;
    if (c.type !== 'element') return true;
    if (DROP_TAGS.has(c.tagName) || isHidden(c)) return false;
    // Chrome by its class, unless the document's own container is in it (a portal's tabs hold the full text).
    if (CHROME.test(classes(c)) && !holdsContent(c)) return false;
    strip(c);
    return true;
  }) as typeof node.children;
}

function* elements(node: Root | Element): Generator<Element> {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    yield c;
    yield* elements(c);
  }
}

const contentLength = (n: Root | Element) => textOf(n).replace(/\s+/g, ' ').trim().length - linkTextOf(n);

/** The element holding the document: a known container, else the deepest one holding 85 % of the text. */
export function documentElement(tree: Root): Root | Element {
  for (const el of elements(tree)) if (isContentContainer(el) && contentLength(el) > 200) return el;
  const total = contentLength(tree);
  let best: Root | Element = tree;
  for (;;) {
    const next: Element | undefined = (best.children as RootContent[]).filter((c): c is Element => c.type === 'element').find((c) => contentLength(c) >= total * 0.85);
    if (!next) return best;
    best = next;
  }
}

const escapeText = (s: string) => s.replace(/\\/g, '\\\\').replace(/([*_`])/g, '\\$1');

interface Ctx { out: string[]; line: string }

function inline(node: ElementContent, ctx: Ctx, bold: boolean, italic: boolean): void {
  if (node.type === 'text') {
    ctx.line += escapeText(node.value.replace(/\s+/g, ' '));
    return;
  }
  if (node.type !== 'element') return;
  const tag = node.tagName;
  if (tag === 'br') { newline(ctx); return; }
  if (tag === 'img') return;
  // mammoth's link from a footnote back to its mark ("↑") is not text.
  if (tag === 'a' && /^#footnote-ref-/.test(String(node.properties?.href ?? ''))) return;
  if (tag === 'sup' && node.children.some((c) => c.type === 'element' && c.tagName === 'a')) {
    // A footnote mark (mammoth: <sup><a href="#footnote-1">[1]</a></sup>) stays as written: "[1]".
    ctx.line += textOf(node).trim();
    return;
  }
  if (BLOCK.has(tag)) { block(node, ctx); return; }
  const style = String(node.properties?.style ?? '');
  const makesBold = !bold && (tag === 'strong' || tag === 'b' || /font-weight\s*:\s*(bold|[6-9]00)/i.test(style));
  const makesItalic = !italic && (tag === 'em' || tag === 'i' || /font-style\s*:\s*italic/i.test(style));
  const mark = (makesBold ? '**' : '') + (makesItalic ? '*' : '');
  if (mark === '') { for (const c of node.children) inline(c, ctx, bold, italic); return; }
  const inner: Ctx = { out: [], line: '' };
  for (const c of node.children) inline(c, inner, bold || makesBold, italic || makesItalic);
  const lines = [...inner.out, inner.line];
  lines.forEach((l, i) => {
    if (i > 0) newline(ctx);
    const m = /^(\s*)(.*?)(\s*)$/s.exec(l)!;
    ctx.line += m[2] === '' ? l : `${m[1]}${mark}${m[2]}${[...mark].reverse().join('')}${m[3]}`;
  });
}

function newline(ctx: Ctx): void {
  ctx.out.push(ctx.line.replace(/\s+/g, ' ').trim());
  ctx.line = '';
}

function paragraphBreak(ctx: Ctx): void {
  if (ctx.line.trim() !== '') newline(ctx);
  ctx.line = '';
}

function cellLines(cell: Element): string[] {
  const ctx: Ctx = { out: [], line: '' };
  for (const c of cell.children) inline(c, ctx, false, false);
  paragraphBreak(ctx);
  return ctx.out.filter((l) => l !== '');
}

function rowsOf(table: Element): Element[][] {
  const rows: Element[][] = [];
  for (const el of elements(table)) {
    if (el.tagName !== 'tr') continue;
    rows.push(el.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')));
  }
  return rows;
}

/**
 * Tables used for layout on the paper: the header (issuer | national motto, number | place
 * and date) and the tail ("Nơi nhận" | signature). Their columns are read one after the other.
 */
const LAYOUT_TABLE = /cộng\s+hòa\s+xã\s+hội|cộng\s+hoà\s+xã\s+hội|đảng\s+cộng\s+sản\s+việt\s+nam|độc\s+lập\s*[-–]\s*tự\s+do|nơi\s+nhận\s*:/iu;

/** A signing line that opens a signature: "TM. ỦY BAN …", "KT. BỘ TRƯỞNG", "Q. CHỦ TỊCH". */
const SIGNING = /^(?:\*\*)?(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}/u;

/** The tail's table without its "Nơi nhận" (left cell empty): one or two rows, a cell opening with a signing line. */
function signatureTable(rows: Element[][]): boolean {
  return rows.length <= 2 && rows.some((r) => r.some((c) => SIGNING.test(cellLines(c)[0] ?? '') || officeAndName(cellLines(c))));
}

/**
 * A cell that is a signature without a signing mark: an office in capitals over a name, as a law is signed
 * ("**CHỦ TỊCH QUỐC HỘI**" … "**Nguyễn Sinh Hùng**").
 */
function officeAndName(lines: string[]): boolean {
  const plain = lines.map((l) => l.replace(/\*+/g, '').trim()).filter((l) => l !== '');
  if (plain.length < 2 || plain.length > 5) return false;
  const office = plain[0]!;
  const name = plain[plain.length - 1]!;
  return office.length <= 60 && office === office.toUpperCase() && /(?:CHỦ TỊCH|TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|BÍ THƯ|CHỦ NHIỆM)/u.test(office)
    && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}$/u.test(name);
}

function table(el: Element, ctx: Ctx): void {
  paragraphBreak(ctx);
  const rows = rowsOf(el).filter((r) => r.length > 0);
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (rows.length === 0) return;
  if (width <= 2 && rows.length <= 4 && (LAYOUT_TABLE.test(textOf(el)) || signatureTable(rows))) {
    // A layout table: each column read top to bottom, left column first.
    for (let col = 0; col < width; col++) {
      for (const r of rows) if (r[col]) ctx.out.push(...cellLines(r[col]!));
      ctx.out.push('');
    }
    return;
  }
  if (width === 1) {
    // A one-column table is a framed block of text, not a table.
    for (const r of rows) { ctx.out.push(...cellLines(r[0]!)); ctx.out.push(''); }
    return;
  }
  ctx.out.push('');
  const cell = (c: Element | undefined) => (c ? cellLines(c).join(' ').replace(/\|/g, '\\|') : '');
  rows.forEach((r, i) => {
    ctx.out.push(`| ${Array.from({ length: width }, (_, k) => cell(r[k])).join(' | ')} |`);
    if (i === 0) ctx.out.push(`|${' --- |'.repeat(width)}`);
  });
  ctx.out.push('');
}

function block(el: Element, ctx: Ctx): void {
  const tag = el.tagName;
  if (tag === 'table') { table(el, ctx); return; }
  if (tag === 'hr') { paragraphBreak(ctx); return; }
  paragraphBreak(ctx);
  if (tag === 'ol' || tag === 'ul') {
    let n = Number(el.properties?.start ?? 1) || 1;
    for (const li of el.children) {
      if (li.type !== 'element' || li.tagName !== 'li') { if (li.type === 'element') block(li, ctx); continue; }
      const before = ctx.out.length;
      // A footnote (mammoth: <li id="footnote-1">) is written after its mark, "[1] …", not as a numbered item.
      const footnote = /^footnote-\d+$/.test(String(li.properties?.id ?? ''));
      const label = footnote ? `[${n++}] ` : tag === 'ol' ? `${n++}. ` : '- ';
      const sub: Ctx = { out: [], line: '' };
      for (const c of li.children) inline(c, sub, false, false);
      paragraphBreak(sub);
      const lines = sub.out.filter((l) => l !== '');
      // A label the text already gives ("1.", "a)", "-") is not doubled.
      if (lines[0] !== undefined && (footnote || !/^(\d+(\.\d+)*[.)]|[a-zđ][.)]|[-–+•])\s/u.test(lines[0]))) lines[0] = label + lines[0];
      ctx.out.push(...lines);
      void before;
    }
    return;
  }
  const heading = /^h[1-6]$/.test(tag);
  const start = ctx.out.length;
  for (const c of el.children) inline(c, ctx, false, false);
  paragraphBreak(ctx);
  if (heading) {
    // Headings are read from their numbering by the importer; a heading without markup keeps its words plain.
    for (let i = start; i < ctx.out.length; i++) ctx.out[i] = ctx.out[i]!.replace(/^\*\*(.*)\*\*$/, '$1');
  }
  // Paragraphs are separated by a blank line (markdown); a line break inside one (<br>) stays a plain newline.
  if (tag === 'p' || heading || ctx.out.length > start) ctx.out.push('');
}

/** Markdown-ish text of the document in `html`. */
export function htmlToText(html: string): string {
  const tree = fromHtml(html);
  strip(tree);
  const root = documentElement(tree);
  const ctx: Ctx = { out: [], line: '' };
  for (const c of root.children) {
    if (c.type === 'element' && BLOCK.has(c.tagName)) block(c, ctx);
    else if (c.type === 'element' || c.type === 'text') inline(c, ctx, false, false);
  }
  paragraphBreak(ctx);
  const text = ctx.out.join('\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
  if (text.replace(/\s/g, '').length < 20) throw new FormatError('no document text found in the page (only menus or scripts?)');
  return text + '\n';
}

/** The charset a page declares (`<meta charset>` or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}
