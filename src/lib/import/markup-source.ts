/**
 * A document copied as the markup source of a page that is not HTML: a forum post's BBCode
 * (`[B]…[/B]`, `[TABLE][TR][TD]…`, `[LIST][*]…`) or a wiki page's wikitext (`'''…'''`, `{| … |}` tables,
 * `{{templates}}`, `[[links]]`), as vi.wikisource.org holds laws. Each is turned into the HTML it
 * stands for, and that page is read as a saved web page is (html-residue.ts, formats/html.ts), so
 * that its header table and its signature table are read as tables, not as lines of tags.
 */
import { pageTextOf } from './html-residue.ts';

/** The tags a forum post uses; `[*]` is a list item. */
const BB_TAG = /\[(\/?)(b|i|u|s|center|left|right|justify|table|tr|td|th|list|quote|size|color|font|indent|\*)(?:=[^\]\n]*)?\]/giu;
const BB_BLOCK = /\[\/?(?:table|tr|td|list|center)\]|\[\*\]/giu;

/** Whether `text` is a forum post's BBCode: its blocks in BBCode tags, opened and closed. */
export function isBbcode(text: string): boolean {
  const blocks = text.match(BB_BLOCK)?.length ?? 0;
  const closes = text.match(/\[\/(?:b|i|u|center|table|tr|td|list)\]/giu)?.length ?? 0;
  return blocks >= 6 && closes >= 4;
}

const escapeHtml = (s: string) => s.replace(/&(?![a-z]{2,8};|#\d{1,6};)/giu, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A line break inside a paragraph is `<br>`; a blank line ends the paragraph. Structure tags carry no break of their own. */
function paragraphs(html: string, structure: RegExp): string {
  const tight = html.replace(new RegExp(`\\s*\\n\\s*(?=${structure.source})`, 'giu'), '').replace(new RegExp(`(${structure.source})\\s*\\n\\s*`, 'giu'), '$1');
  return tight.split(/\n[ \t]*\n+/u).map((p) => `<p>${p.trim().replace(/\n/g, '<br>\n')}</p>`).join('\n');
}

/** The page a BBCode post stands for. */
export function bbcodeToHtml(text: string): string {
  const body = escapeHtml(text)
    .replace(/\[img(?:=[^\]]*)?\][^]*?\[\/img\]/giu, '')
    .replace(/\[url(?:=[^\]]*)?\]([^]*?)\[\/url\]/giu, '$1')
    .replace(BB_TAG, (_m, close: string, name: string) => {
      const tag = name.toLowerCase();
      if (tag === '*') return '<li>';
      if (tag === 'list') return close ? '</ul>' : '<ul>';
      if (tag === 'quote') return close ? '</blockquote>' : '<blockquote>';
      if (['center', 'left', 'right', 'justify'].includes(tag)) return close ? '</div>' : '<div>';
      if (['size', 'color', 'font', 'indent'].includes(tag)) return '';
      return `<${close}${tag}>`;
    });
  return `<html><body>\n${paragraphs(body, /<\/?(?:table|tr|td|th|ul|li)>/)}\n</body></html>\n`;
}

/** Whether `text` is a wiki page's wikitext: bold in triple quotes, and a table or a template of its own. */
export function isWikitext(text: string): boolean {
  const bold = text.match(/'''[^'\n]+'''/gu)?.length ?? 0;
  const tables = text.match(/^\{\|/gmu)?.length ?? 0;
  const templates = text.match(/^\{\{[^\n]*$|^\{\{[^}\n]*\}\}$/gmu)?.length ?? 0;
  return bold >= 5 && tables + templates >= 2;
}

/** A wikitable's cell: the attributes before a single `|` are no text ("style=… | QUỐC HỘI"). */
function cellText(cell: string): string {
  const m = /^\s*[a-z-]+\s*=\s*(?:"[^"]*"|\S+)(?:\s+[a-z-]+\s*=\s*(?:"[^"]*"|\S+))*\s*\|(?!\|)/iu.exec(cell);
  return (m ? cell.slice(m[0].length) : cell).trim();
}

/** The page wikitext stands for. A template's parameters (a header's title and notes) stay as lines of text. */
export function wikitextToHtml(text: string): string {
  const out: string[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let inTemplate = false;
  let row: string[] | null = null;
  const closeRow = () => { if (row) out.push(`<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`); row = null; };
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (inTemplate) {
      if (/^\s*\}\}/u.test(line)) { inTemplate = false; continue; }
      const param = /^\s*\|\s*([^=]+?)\s*=\s*(.*)$/u.exec(line);
      if (param && param[2]!.trim() !== '') out.push(`<p>${param[1]}: ${param[2]}</p>`);
      continue;
    }
    if (/^\{\{[^}]*$/u.test(line)) { inTemplate = true; continue; }
    // A one-line template (a licence's "{{PD-VNGov}}") and the page's categories are the wiki's, not the document's.
    if (/^\{\{[^}]*\}\}$/u.test(line) || /^\[\[(?:Thể loại|Category):[^\]]*\]\]$/iu.test(line.trim())) continue;
    if (/^\{\|/u.test(line)) { out.push('<table>'); continue; }
    if (/^\|\}/u.test(line)) { closeRow(); out.push('</table>'); continue; }
    if (/^\|-/u.test(line)) { closeRow(); row = []; continue; }
    if (/^[|!]/u.test(line) && !/^\|\+/u.test(line)) {
      row ??= [];
      row.push(...line.slice(1).split(/\|\||!!/u).map(cellText));
      continue;
    }
    if (row) {
      // A cell's text going on below its line.
      if (line.trim() !== '' && row.length > 0) { row[row.length - 1] += `<br>${line}`; continue; }
    }
    out.push(line.trim() === '' ? '' : `<p>${line}</p>`);
  }
  closeRow();
  const html = out.join('\n')
    .replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/gu, '$1')
    .replace(/\[https?:\/\/\S+\s+([^\]]+)\]/gu, '$1')
    .replace(/'''''([^']+?)'''''/gu, '<b><i>$1</i></b>')
    .replace(/'''(.+?)'''/gu, '<b>$1</b>')
    .replace(/''(.+?)''/gu, '<i>$1</i>');
  return `<html><body>\n${html}\n</body></html>\n`;
}

export interface MarkupPage {
  /** The page's text: Markdown as formats/html.ts writes it, or a spreadsheet's rows as lines. */
  text: string;
  /** What the file held: a page's HTML source, a forum post's BBCode, a wiki page's wikitext, Confluence's markup, a CSV. */
  source: 'html' | 'bbcode' | 'wikitext' | 'confluence' | 'csv' | 'json';
  markdown: boolean;
}

/** The page a text stands for when it is a page's markup source (HTML, BBCode, wikitext, Confluence's), or null. */
export function markupPageOf(text: string): MarkupPage | null {
  const record = jsonRecordText(text);
  if (record !== null) {
    // The record's text may itself be a page's source.
    const inner = markupPageOf(record);
    return inner ? { ...inner, source: 'json' } : { text: record, source: 'json', markdown: false };
  }
  const html = pageTextOf(text);
  if (html !== null) return { text: html, source: 'html', markdown: true };
  if (isBbcode(text)) {
    const page = pageTextOf(bbcodeToHtml(text));
    if (page !== null) return { text: page, source: 'bbcode', markdown: true };
  }
  if (isWikitext(text)) {
    const page = pageTextOf(wikitextToHtml(text));
    if (page !== null) return { text: page, source: 'wikitext', markdown: true };
  }
  if (isConfluence(text)) return { text: confluenceToMarkdown(text), source: 'confluence', markdown: true };
  if (isCsv(text)) return { text: csvToText(text), source: 'csv', markdown: false };
  return null;
}

/**
 * The document a dataset's JSON record holds (one JSON object, as a scraped dataset's JSON Lines file or an API's answer
 * writes it: {"id": …, "title": …, "content": "CHÍNH PHỦ\nCỘNG HÒA …"}): the longest string in it, when that is a text of
 * several lines; null for anything else. Only one record: a file of several is several documents, not one to guess at.
 */
export function jsonRecordText(text: string): string | null {
  const t = text.trim();
  if (!t.startsWith('{') || !t.endsWith('}')) return null;
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch {
    return null;
  }
  let longest = '';
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.length > longest.length) longest = v;
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
  return (longest.match(/\n/g)?.length ?? 0) >= 5 ? longest : null;
}

/** Whether `text` is Confluence's wiki markup: "h1." headings and its tables ("||…||") or macros ("{panel}", "{info}"). */
export function isConfluence(text: string): boolean {
  const headings = text.match(/^h[1-6]\.\s+\S/gmu)?.length ?? 0;
  const marks = text.match(/^\|\|.*\|\|\s*$|\{(?:panel|info|note|tip|warning|code)(?::[^}]*)?\}/gmu)?.length ?? 0;
  return headings >= 1 && marks >= 2;
}

/**
 * Confluence's wiki markup as Markdown: "h1. X" a heading, "*bold*" strong, "_x_" emphasis, "||a||b||" and "|a|b|" table
 * rows with "\\" for a line break in a cell, "* " list items; the macros' own lines ("{panel}") are no text, their
 * contents stay.
 */
export function confluenceToMarkdown(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map((line) => {
    let l = line.replace(/\{(?:panel|info|note|tip|warning|code)(?::[^}]*)?\}/gu, '');
    if (line.trim() !== '' && l.trim() === '') return '';
    l = l.replace(/^h([1-6])\.\s+/u, (_m, n: string) => `${'#'.repeat(Number(n))} `);
    if (/^\|\|/u.test(l)) l = l.replace(/\|\|/gu, '|');
    if (/^\|/u.test(l)) l = l.replace(/\\\\/gu, '<br>');
    else l = l.replace(/\\\\\s*$/u, '');
    // "*bold*" (Confluence's one star) is Markdown's "**bold**"; a list item's "* " stays.
    return l.replace(/(?<![\p{L}\d*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\p{L}\d*])/gu, '**$1**');
  }).join('\n');
}

/** One CSV row's fields, or null when its quotes do not close on the line. */
function csvFields(line: string): string[] | null {
  const fields: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false; else cur += c;
    } else if (c === '"' && cur.trim() === '') { quoted = true; cur = ''; } else if (c === ',') { fields.push(cur); cur = ''; } else cur += c;
  }
  if (quoted) return null;
  fields.push(cur);
  return fields;
}

/**
 * Whether `text` is a spreadsheet saved as CSV: nearly every line the same number of fields (two or more), and many
 * with an empty one, which running text with commas never has.
 */
export function isCsv(text: string): boolean {
  const lines = text.replace(/^\ufeff/u, '').split(/\r?\n/u).filter((l) => l.trim() !== '');
  if (lines.length < 10) return false;
  // Every text file comes here: a line with an empty field has a comma at an edge of one ("…;,", ",TM. …", ",,", ', "",'),
  // so a text with too few such lines is no CSV before any line is parsed.
  if (lines.filter((l) => /(?:^|,)\s*(?:"\s*"\s*)?(?:,|$)/u.test(l)).length < 0.3 * lines.length) return false;
  const rows = lines.map(csvFields);
  if (rows.some((r) => r === null)) return false;
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r!.length, (counts.get(r!.length) ?? 0) + 1);
  const [n, most] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const withEmpty = rows.filter((r) => r!.some((f) => f.trim() === '')).length;
  return n >= 2 && most >= 0.9 * lines.length && withEmpty >= 0.3 * lines.length;
}

/** A CSV's rows as lines of text: a row's cells apart by a column gap, an empty cell left out; line for line. */
export function csvToText(text: string): string {
  return text.replace(/^\ufeff/u, '').split(/\r?\n/u)
    .map((line) => (csvFields(line) ?? [line]).map((f) => f.trim()).filter((f) => f !== '').join('    '))
    .join('\n');
}
