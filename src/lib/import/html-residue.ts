/**
 * Web-page markup in a text file. Portals and crawlers hand out documents as text that is still
 * HTML: a page's source saved as .txt (every paragraph in `<p …>…</p>`, the header a `<table>`),
 * or text with what the crawler left of the markup (`&nbsp;`, a closing `</p>`, `<br />`).
 * The first is read as the web page it is (formats/html.ts); the second loses its tags and has
 * its entities decoded, line by line, so that no tag reaches a field or a page.
 */
import { htmlToText } from './formats/html.ts';
import { FormatError } from './formats/types.ts';

/** Tags of a document's markup (not "<" in running text: "< 5 %", "<Tên đơn vị>"). */
const TAG_SOURCE = String.raw`<\/?(?:p|div|br|hr|td|tr|th|table|tbody|thead|tfoot|span|strong|b|i|em|u|s|font|h[1-6]|li|ul|ol|a|center|sup|sub|blockquote|col|colgroup|caption|figure|figcaption)(?:\s[^<>]*)?\/?>`;
const TAG = new RegExp(TAG_SOURCE, 'giu');
const TAG_ONE = new RegExp(TAG_SOURCE, 'iu');
/** The blocks a page's text sits in, counted to tell a page's source from what a crawler left of it. */
const BLOCKS = 'p|div|td|th|tr|table|li|h[1-6]';
const OPEN_BLOCK = new RegExp(`<(?:${BLOCKS})(?:\\s[^<>]*)?>`, 'giu');
const CLOSE_BLOCK = new RegExp(`<\\/(?:${BLOCKS})>`, 'giu');
const RESIDUE_BLOCK = new RegExp(`<\\/?(?:${BLOCKS}|tbody)(?:\\s[^<>]*)?\\/?>`, 'giu');
/** Tags that end a block: read as a space inside a line, so that the words on either side stay apart. */
const BLOCK_TAG = /^<\/?(?:p|div|br|hr|td|tr|th|table|tbody|thead|tfoot|h[1-6]|li|ul|ol|center|blockquote|caption|figure|figcaption)\b/iu;

/**
 * Whether `text` is a web page's source: markup on a good part of its lines, its blocks opened as well as closed
 * (`<p …>…</p>`, `<td>…</td>`). What a crawler left of the markup closes blocks it no longer opens ("…</p>",
 * "…</td>"): its lines are the text's own, read line by line.
 */
export function isHtmlSource(text: string): boolean {
  const tags = text.match(TAG)?.length ?? 0;
  if (tags < 12) return false;
  const opens = text.match(OPEN_BLOCK)?.length ?? 0;
  const closes = text.match(CLOSE_BLOCK)?.length ?? 0;
  if (opens < 6 || opens < 0.6 * closes) return false;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const tagged = lines.filter((l) => TAG_ONE.test(l)).length;
  return tagged >= 0.3 * lines.length;
}

/**
 * Whether a text carries what a page's markup leaves: block tags (`</p>`, `</td>`), the non-breaking spaces an editor
 * puts between words (`&nbsp;`), or Vietnamese letters written as numeric entities (`&#7871;`). A tag or an entity or two in running text is the text's own and stays as written
 * ("ký tự đặc biệt <b>không</b> đậm", "&lt;b&gt; &amp; &#60;" are what the document says).
 */
export function hasHtmlResidue(text: string): boolean {
  const blocks = text.match(RESIDUE_BLOCK)?.length ?? 0;
  const spaces = text.match(/&nbsp;/giu)?.length ?? 0;
  // (…or an old portal's text that writes every marked letter as a number: "Quy&#7871;t &#273;&#7883;nh".)
  const letters = text.match(/&#(?:7[6-9]\d\d|[2-4]\d\d|x1e[0-9a-f]{2}|x1[0-9a-f]{2});/giu)?.length ?? 0;
  return blocks >= 3 || spaces >= 2 || letters >= 5;
}

const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»', deg: '°', middot: '·', bull: '•' };

/**
 * One line without what a page's markup left in it: tags dropped, entities decoded. A line break stays: the
 * importer reads "<br>" as one (a portal's cell "Hà Nội, ngày …<br>**BỘ TRƯỞNG**").
 */
export function stripHtmlResidue(line: string): string {
  if (!line.includes('<') && !line.includes('&')) return line;
  return line
    // (A break at the line's end is the line's end already: "<strong>KẾ HOẠCH</strong><br />".)
    .replace(/(?:<br\s*\/?>\s*)+$/iu, '')
    // (A cell's end between two cells of one line is a line break too: a page's whole tail table on one line, "Nơi nhận:<br>-
    // …;</td><td>TM. ỦY BAN NHÂN DÂN<br>…", is read cell by cell.)
    .replace(/<\/t[dh]>\s*(?=<t[dh][\s>])/giu, '<br>')
    .replace(TAG, (tag) => (/^<br\b/iu.test(tag) ? tag : BLOCK_TAG.test(tag) ? ' ' : ''))
    .replace(/&(#\d{1,6}|#x[0-9a-f]{1,5}|[a-z]{2,8});/giu, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED[name.toLowerCase()] ?? whole;
    })
    .replace(/^\s+$/u, '');
}

/** The text a web page's source reads as (formats/html.ts), or null for a text that is no page's source. */
export function pageTextOf(text: string): string | null {
  if (!isHtmlSource(text)) return null;
  try {
    return htmlToText(text);
  } catch (e) {
    if (e instanceof FormatError) return null;
    throw e;
  }
}
