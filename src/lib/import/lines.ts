/**
 * Lines and cleanup: splits decoded text into lines, strips typist marks, and
 * recognises lines that are never body text (national motto, separators, page numbers).
 */
import { plainOfLine } from './inline.ts';
import type { Omission, SourceKind, SourceLine } from './types.ts';
import { oiAsU } from '../vietnamese.ts';
import { hasHtmlResidue, stripHtmlResidue } from './html-residue.ts';

/** Typist marks at the end of a line: "/./", "*phm*", "*✓*". */
const TRAILING_MARKS = /(\s+\/\.\/|\s*\*[a-zđ]{2,5}\*|\s*\*✓\*|\s*✓)+\s*$/u;

export interface CleanResult {
  lines: SourceLine[];
  omissions: Omission[];
}

/** Zero-width space and joiners, direction marks, word joiner and BOM: marks a web page leaves, no letters. */
export const INVISIBLE_MARKS = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;

/**
 * Look-alikes a PDF's fonts put for ASCII punctuation: the hyphens U+2010–U+2012 and the minus sign, the division and
 * fraction slashes, and the full-width forms (a CJK input method's "Số：", "63723／CT"). Read as the marks they show:
 * "63723∕CT‐HTr" is 63723/CT-HTr. (The en and em dashes are Vietnamese typography's own and stay.)
 */
export function asciiLookalikes(text: string): string {
  return text.replace(/[\u2010-\u2012\u2212]/gu, '-').replace(/[\u2215\u2044]/gu, '/').replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Markdown as pandoc writes a Word file: a line break inside a paragraph or a table cell is a backslash at the line's end
 * ("**ỦY BAN THƯỜNG VỤ\\", "| \\- Chính phủ;\\ |"), and list marks and numbers are escaped ("\\-", "1\\."). Three such
 * marks or more make the text pandoc's.
 */
function isPandocMarkdown(text: string): boolean {
  const breaks = text.match(/[^\\\s]\\[ \t]*(?:\||$)/gmu)?.length ?? 0;
  const escapes = text.match(/(?:^|[\s|])\\[-*.+#]/gmu)?.length ?? 0;
  if (breaks + escapes >= 3 && breaks >= 1) return true;
  // mammoth's Markdown escapes every mark Markdown could read, mid-word too ("QĐ\-UBND", "1\.", "\(để báo cáo\)"), and
  // writes no line-break backslash: many escapes, and nearly every backslash one of them.
  const anywhere = text.match(/\\[-.()[\]!+#*_`]/gu)?.length ?? 0;
  const backslashes = text.match(/\\/gu)?.length ?? 0;
  return anywhere >= 10 && anywhere >= 0.9 * backslashes;
}

/** A pandoc line without its escapes and line-break backslashes ("\\|", an escaped bar inside a cell, stays). */
function unescapePandoc(line: string): string {
  return line.replace(/\\[ \t]*(\|?)[ \t]*$/u, (_m, bar: string) => (bar ? ` ${bar}` : '')).replace(/\\[ \t]+\|/gu, ' |').replace(/\\([-*_.+#()[\]!>`~])/gu, '$1');
}

/**
 * Emoji and flags at a line's start, with the spaces after them: what shows as a picture by default, or is made one by
 * the emoji selector. ("©", "®", "™" show as text: a footnote's "© Nguồn từ …" keeps its mark.)
 */
const LEADING_PICTOGRAPHS = /^\s*(?:(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\u{FE0F}|\p{Regional_Indicator})[\u{FE0F}\u{200D}\u{20E3}]*\s*)+/u;

export function toLines(text: string, kind: SourceKind): CleanResult {
  // (A PDF font's "Ƣ"/"ƣ", Latin OI, stands for "Ư"/"ư": "HIỆP ĐỊNH THƢƠNG MẠI", "CHƢƠNG"; Vietnamese never writes OI.)
  const normalised = withoutHtmlComments(asciiLookalikes(text.replace(/\r\n?/g, '\n').replace(/[\u00a0\u2007\u202f]/g, ' ')));
  const org = orgDirectives(unjustified(unquoted(oiAsU(normalised).split('\n'))));
  const { lines: rawLines, numbers } = unnumbered(oneColumnTable(softBreaks(org.lines)));
  // A final newline does not open another line.
  if (rawLines.length > 1 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  const omissions: Omission[] = [
    ...org.dropped.map(([i, d]) => ({ line: i + 1, text: d, reason: 'Org mode markup' })),
    ...numbers.map(([i, n]) => ({ line: i + 1, text: n, reason: 'line number in the margin' })),
  ];
  const review = reviewComments(rawLines);
  const residue = !kind.markdown && hasHtmlResidue(normalised);
  const pandoc = isPandocMarkdown(normalised);
  const lines: SourceLine[] = rawLines.map((raw0, i) => {
    const no = i + 1;
    // Invisible marks a web page leaves in the text (zero-width space and joiners, direction marks, BOM) are no letters:
    // "‎Hà Nội" with a left-to-right mark before it is Hà Nội.
    // A template's tab stops between a date's words are spaces, not a column gap: "ngày⇥18⇥tháng⇥01⇥năm 2022".
    // (…and a DOS text's box-drawing table is a grid table: "│ỦY BAN NHÂN DÂN │CỘNG HÒA …│", "├────┼────┤".)
    // (Only on a line with a tab: the look-behinds are slow to try at every character of every line.)
    const visible = raw0.replace(INVISIBLE_MARKS, '');
    const untabbed = visible.includes('\t') ? visible.replace(/(?<=ngày|tháng|năm)\t+(?=\d)|(?<=\d)\t+(?=tháng|năm)/gu, ' ') : visible;
    let raw = boxDrawnAsGrid(untabbed).replace(/\t/g, '    ');
    // A reviewer's comments listed under the text, and their marks in it ("… thủy điện[A1]"), are the draft's review,
    // not its words: left out, and kept in the record.
    if (review.lines.has(i)) {
      if (raw.trim() !== '') omissions.push({ line: no, text: raw.trim(), reason: 'review comment' });
      raw = '';
    } else if (review.ids.size > 0) {
      raw = raw.replace(/\[([A-Z]{1,3}\d{1,3})\]/gu, (m, id: string) => {
        if (!review.ids.has(id)) return m;
        omissions.push({ line: no, text: m, reason: 'review comment mark' });
        return '';
      });
    }
    // (…nor what a page's markup left in a text: "kê khai chứng từ&nbsp;nộp thuế</p>". Markdown keeps its "<br>" in table cells.)
    if (residue) raw = stripHtmlResidue(raw);
    if (pandoc) raw = unescapePandoc(raw);
    // A social post's pictographs before a line ("📌 ỦY BAN NHÂN DÂN", "🇻🇳 Độc lập - Tự do - Hạnh phúc", "🗓️ Hà Nội, ngày …")
    // mark it, they are not its words: the line is read from its first letter, and the mark is kept in the record.
    const pict = LEADING_PICTOGRAPHS.exec(raw);
    if (pict && pict[0].trim() !== '' && raw.length > pict[0].length) {
      omissions.push({ line: no, text: pict[0].trim(), reason: 'pictograph' });
      raw = raw.slice(pict[0].length);
    }
    const mark = /[*✓]\s*$|\/\.\/\s*$/u.test(raw.slice(-12)) ? TRAILING_MARKS.exec(raw.slice(-40)) : null;
    if (mark) mark.index += Math.max(0, raw.length - 40);
    if (mark && mark.index > 0 && raw.slice(0, mark.index).trim() !== '') {
      omissions.push({ line: no, text: mark[0].trim(), reason: 'typist mark' });
      raw = raw.slice(0, mark.index) + (/\s$/.test(raw0) ? ' ' : '');
    }
    return makeLine(no, raw, kind);
  });
  return { lines, omissions };
}

/**
 * Comments exported with a reviewed draft (antiword's and catdoc's "Comments:" list, "[A1] Name: remark"): the lines of
 * the list, and the ids of the comments whose marks the text carries.
 */
function reviewComments(lines: readonly string[]): { lines: Set<number>; ids: Set<string> } {
  const none = { lines: new Set<number>(), ids: new Set<string>() };
  let head = -1;
  for (let i = lines.length - 1; i >= 0 && head < 0; i--) if (/^\s*(?:comments|nhận xét|góp ý)\s*:?\s*$/iu.test(lines[i]!)) head = i;
  if (head < 0) return none;
  const ids = new Set<string>();
  const block = new Set<number>([head]);
  for (let i = head + 1; i < lines.length; i++) {
    const m = /^\s*\[([A-Z]{1,3}\d{1,3})\]\s+\S/u.exec(lines[i]!);
    if (m) { ids.add(m[1]!); block.add(i); continue; }
    if (lines[i]!.trim() === '') { block.add(i); continue; }
    break;
  }
  // Every comment listed is marked in the text above it, or this is some other list.
  const above = lines.slice(0, head).join('\n');
  if (ids.size === 0 || [...ids].some((id) => !above.includes(`[${id}]`))) return none;
  return { lines: block, ids };
}

/**
 * A CMS's block marks are no text: HTML comments alone on their lines ("<!-- wp:paragraph -->"), three or more. A comment
 * inside a sentence, or a lone one, is what the document says, and stays as written (tests/hostile). The lines stay, empty.
 */
export function withoutHtmlComments(text: string): string {
  if (!text.includes('<!--')) return text;
  const whole = /^[ \t]*<!--[^\n]*?-->[ \t]*$/gmu;
  return (text.match(whole)?.length ?? 0) >= 3 ? text.replace(whole, '') : text;
}

/** Box-drawing characters as the ASCII a grid table is drawn with: rules "-", corners and joints "+", walls "|". */
function boxDrawnAsGrid(line: string): string {
  if (!/[\u2500-\u257f]/u.test(line)) return line;
  return line.replace(/[─━═╌╍┄┅]/gu, '-').replace(/[│┃║╎╏┆┇]/gu, '|').replace(/[┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬┏┓┗┛┣┫┳┻╋╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫]/gu, '+');
}

/**
 * What quoted-printable leaves in a mail whose letters were decoded but not its line breaks: "=20" for a space at a
 * line's end, and "=" at the end of a line cut at 76 characters, the rest of its words on the next line. The next line
 * is drawn up and left empty, so that line numbers stay the file's. Taken only when three lines or more end so.
 */
function softBreaks(lines: string[]): string[] {
  // (A formula's "=" at a line's end stands after a space, "Giá chưa có thuế GTGT =": never a soft break.)
  const soft = (l: string) => /[^\s=]=$|=20=$/u.test(l);
  if (lines.filter((l) => /=20=?$/u.test(l)).length < 2 || lines.filter(soft).length < 3) return lines;
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    let j = i + 1;
    let line = out[i]!;
    let more = soft(line);
    line = line.replace(/=20(?==?$)/u, ' ');
    while (more && j < out.length) {
      const next = out[j]!;
      line = line.slice(0, -1) + next.replace(/=20(?==?$)/u, ' ');
      more = soft(next);
      out[j] = '';
      j++;
    }
    out[i] = line;
    i = j - 1;
  }
  return out;
}

/** A mail's text without quoted-printable's leftovers, line for line (softBreaks). */
export function withoutSoftBreaks(text: string): string {
  return softBreaks(text.split('\n')).join('\n');
}

/**
 * A whole document set in a one-column Markdown table, a paragraph a row ("| THỦ TƯỚNG CHÍNH PHỦ |", under "| Nội dung |"
 * and "| --- |"), as a table-based page exports it: read as its rows' text, the rule row left empty.
 */
function oneColumnTable(lines: string[]): string[] {
  const nonBlank = lines.filter((l) => l.trim() !== '');
  const rows = nonBlank.filter((l) => /^\s*\|[^|]*\|\s*$/u.test(l)).length;
  if (nonBlank.length < 10 || rows < 0.9 * nonBlank.length) return lines;
  return lines.map((l) => (/^\s*\|\s*:?-{3,}:?\s*\|\s*$/u.test(l) ? '' : l.replace(/^\s*\|\s?([^|]*?)\s?\|\s*$/u, '$1')));
}

/**
 * An Emacs Org file ("#+TITLE: …", "#+begin_center" … "#+end_center", headlines "* Chương I"): its directive lines are
 * markup, not the document's words, and a headline's stars mark its level. Taken when the text has at least two
 * directives; what is dropped is kept in the record.
 */
function orgDirectives(lines: string[]): { lines: string[]; dropped: [number, string][] } {
  const directive = /^\s*#\+(?:begin_\w+|end_\w+|[A-Za-z_]+:)/iu;
  if (lines.filter((l) => directive.test(l)).length < 2) return { lines, dropped: [] };
  const dropped: [number, string][] = [];
  const out = lines.map((l, i) => {
    if (directive.test(l)) {
      dropped.push([i, l.trim()]);
      return '';
    }
    const star = /^\*+ (?=\S)/u.exec(l);
    if (star) dropped.push([i, star[0].trim()]);
    return star ? l.slice(star[0].length) : l;
  });
  return { lines: out, dropped };
}

/**
 * A line copied from a fully justified PDF: its words spread to the margin by runs of two to four spaces
 * ("Căn  cứ  Hiến  pháp   nước  Cộng  hòa …"), which are not a layout's columns. Justification spreads the spare
 * width evenly, so every gap is k or k + 1 spaces; a table laid out by spaces has wide gaps between its cells and
 * single spaces inside them ("4    Hưng Yên    0    0    0"), and mostly figures, or bars between its cells.
 */
function isJustified(line: string): boolean {
  const t = line.trim();
  // A text-mode table's row ("|9  |Bệnh viện …|95,79 |96,46"): its spaces are the table's.
  if (/[|│┃]/u.test(t)) return false;
  // Without two spaces anywhere no gap is wider than one.
  if (!t.includes('  ')) return false;
  const widths = (t.match(/ +/g) ?? []).map((g) => g.length);
  if (widths.length < 5) return false;
  const [min, max] = [Math.min(...widths), Math.max(...widths)];
  if (max < 2 || max > 4 || max - min > 1) return false;
  const words = t.split(/ +/);
  return words.filter((w) => /\p{L}/u.test(w)).length >= 0.6 * words.length;
}

/**
 * A text copied from a justified PDF is read with one space between words: taken only when there are many such lines
 * (ten, and a fifth of the lines of several words), so that a table's row or a header's columns elsewhere are no cause.
 */
function unjustified(lines: string[]): string[] {
  const worded = lines.filter((l) => (l.trim().match(/ +/g)?.length ?? 0) >= 5);
  const justified = worded.filter(isJustified).length;
  if (justified < 10 || justified < 0.2 * worded.length) return lines;
  return lines.map((l) => (isJustified(l) ? l.replace(/(?<=\S) {2,4}(?=\S)/g, ' ') : l));
}

/**
 * A document a forum or an e-mail quotes whole, every line after "> ", read without the quote marks: every level of
 * them, as a reply quoting a reply writes its first part (">> ỦY BAN NHÂN DÂN", "> Điều 2. …").
 */
function unquoted(lines: string[]): string[] {
  const nonBlank = lines.filter((l) => l.trim() !== '');
  const quoted = nonBlank.filter((l) => /^\s*>/u.test(l)).length;
  if (nonBlank.length < 5 || quoted < 0.8 * nonBlank.length) return lines;
  return lines.map((l) => l.replace(/^\s*(?:>[ \t]?)+/u, ''));
}

/**
 * A review copy's line numbers in the left margin ("  1  CHÍNH PHỦ", " 12  Trung tâm …"), on every line, header
 * included: read without them. Taken only when nearly every line is numbered and the numbers count up by one, which
 * paragraphs that open with a figure ("2025 là năm …") never do.
 */
function unnumbered(lines: string[]): { lines: string[]; numbers: [number, string][] } {
  const margin = /^\s{0,4}(\d{1,5})(?:\s{1,6}|$)/u;
  const nonBlank = lines.filter((l) => l.trim() !== '');
  const none = { lines, numbers: [] };
  if (nonBlank.length < 10) return none;
  let counted = 0;
  let last: number | null = null;
  for (const l of nonBlank) {
    const m = margin.exec(l);
    if (!m) continue;
    const n = Number(m[1]);
    if (last !== null && n === last + 1) counted++;
    last = n;
  }
  if (counted < 0.9 * nonBlank.length) return none;
  const numbers: [number, string][] = [];
  const stripped = lines.map((l, i) => l.replace(margin, (_m, n: string) => { numbers.push([i, n]); return ''; }));
  return { lines: stripped, numbers };
}

export function makeLine(no: number, raw: string, kind: SourceKind): SourceLine {
  const trailingSpace = raw.length > 1 && /\s/.test(raw[raw.length - 1]!) && raw.trim() !== '';
  let md = raw.trim();
  let mdHeading: number | null = null;
  if (kind.markdown) {
    const h = /^(#{1,6})\s+(.*)$/.exec(md);
    if (h) {
      mdHeading = h[1]!.length;
      md = h[2]!.replace(/\s+#+\s*$/, '').trim();
    }
  }
  return { no, raw, md, plain: plainOfLine(md, kind.markdown), mdHeading, trailingSpace };
}

export function isBlank(l: SourceLine): boolean {
  return l.plain === '';
}

/**
 * The last line of a bracketed caption that starts at `start`, however it was wrapped:
 * "(Ban hành kèm theo Quyết định số …" / "… của Chủ tịch Ủy ban nhân dân tỉnh)". Up to the line that
 * closes the bracket, within four lines and before a blank one, and not past `end`.
 */
export function bracketedEnd(lines: readonly SourceLine[], start: number, end: number): number {
  let e = start;
  while (!/\)\s*$/u.test(lines[e]!.plain) && e + 1 < end && !isBlank(lines[e + 1]!) && e - start < 4) e++;
  return e;
}

const MOTTO = /^độc\s*lập\s*[-–—]\s*tự\s*do\s*[-–—]\s*hạnh\s*phúc$/iu;
const NATION = /^(?:cộng\s+h(?:òa|oà)\s+(?:xã\s+hội\s+chủ\s+nghĩa|xhcn)|chxhcn)\s+việt\s+nam$/iu;
const PARTY = /^đảng\s+cộng\s+sản\s+việt\s+nam$/iu;

/** Header boilerplate and separators: never body text, never a fact. */
export function boilerplateReason(l: SourceLine): string | null {
  const p = l.plain;
  const md = l.md;
  if (MOTTO.test(p)) return 'national motto';
  if (NATION.test(p)) return 'national name';
  if (PARTY.test(p)) return 'party name';
  if (/^(\\?\*\s*)+$/.test(md) || /^[-_=*]{3,}$/.test(md) || /^[-–—_]{3,}$/.test(p)) return 'separator';
  // The Government portal's stamp on a decree it published, in capitals, as OCR reads it too: "CÔNG THONG TIN ĐIỆN TỦ CHÍNH PHỦ".
  if (p === p.toUpperCase() && /^c[ổôo]ng\s+th[ôo]ng\s+tin\s+đi[ệe]n\s+t[ửủu]\s+ch[íi]nh\s+ph[ủu]$/iu.test(p.trim())) return 'portal stamp';
  // A legal library's mark on every page of its PDF: "* www.ThuVienPhapLuat.vn".
  if (/^[*•·\s]*(?:www\.)?thuvienphapluat\.vn\s*$/iu.test(p)) return 'page watermark';
  // … and its whole footer as OCR reads it, by its telephone number: "THU VIEN PHÁP LUAT® tet +84-28-3930 3279 * www.ThuVienPhapLnai.vn".
  if (p.length <= 90 && /(?:^|[\s+])84[-.]\d{1,2}[-.]3930\s*3279(?!\d)/u.test(p) && !/điện thoại/iu.test(p)) return 'page watermark';
  // (…and its older footer, "LawSoft * Tel: +84-8-3845 6684 * www.ThuVienPhapLuat.com", or its name alone where OCR set the
  // telephone on the next line: "LawSoft + Tel:".)
  if (p.length <= 90 && /(?:^|[\s+])84[-.]8[-.]3845\s*6684(?!\d)/u.test(p) && !/điện thoại/iu.test(p)) return 'page watermark';
  if (/^[_\s]*(?:Law)?Soft\s*[*+«:]?\s*(?:tel\s*:?)?\s*$/iu.test(p)) return 'page watermark';
  return null;
}

/** A page number alone on a line ("7", "- 7 -", "Trang 7"), between blank lines. */
export function isPageNumber(lines: readonly SourceLine[], i: number): boolean {
  const l = lines[i]!;
  if (l.plain.length > 12) return false;
  if (!/^(?:[-–]\s*)?(?:trang\s+)?\d{1,3}(?:\s*[-–])?$/iu.test(l.plain)) return false;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  return (!prev || isBlank(prev)) && (!next || isBlank(next));
}

/** A typist's reference line: "LýThịNgọcYến/BXDĐ-81" (run-together name / office code). */
export function isTypistLine(l: SourceLine): boolean {
  const p = l.plain;
  if (/\s/.test(p)) return false;
  return /^[\p{Lu}][\p{Ll}]+(?:[\p{Lu}][\p{Ll}]*){1,5}\/[\p{Lu}\d][\p{Lu}\d\-.]*$/u.test(p);
}

/** An image caption left by a conversion tool, describing a signature or stamp. */
export function isImageCaption(l: SourceLine): boolean {
  const p = l.plain;
  if (p.length > 240 || !/signature|stamp|seal|image|ký|dấu|cid:/iu.test(p)) return false;
  return /^(?:an?\s+)?(?:handwritten\s+)?(?:signature|stamp|seal|image)\b.*|^.*\b(?:handwritten signature|signature in|red (?:circular )?stamp|official seal)\b.*$/iu.test(p)
    || /^\[?\(?\s*(?:đã k[ýí]|đã ký và đóng dấu|chữ ký|(?:con\s+)?dấu|ảnh chữ ký(?:\s+và\s+(?:con\s+)?dấu)?)\s*\)?\]?$/iu.test(p)
    // (…or where a page or a mail put a placeholder for the picture: "[image: chu ky.png]", "[Hình ảnh: chữ ký]",
    // Outlook's "[cid:image002.png@01CE7DDD.FB6E2A50]".)
    || /^\[\s*(?:(?:image|img|hình ảnh|ảnh)\s*:|cid:)[^\]]{0,120}\]$/iu.test(p);
}

const GAP = /\S( {3,}|\t+)\S/;

/**
 * A two-column header or footer flattened into lines ("ỦY BAN NHÂN DÂN      CỘNG HÒA …")
 * is read column by column: within a run of such lines, every left cell, then every right cell.
 */
export function expandColumns(lines: readonly SourceLine[], kind: SourceKind): SourceLine[] {
  const out: SourceLine[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isColumnLine(lines[i]!)) { out.push(lines[i]!); i++; continue; }
    let j = i;
    const run: SourceLine[] = [];
    while (j < lines.length) {
      const l = lines[j]!;
      if (isColumnLine(l) || (l.raw.trim() === '' && j + 1 < lines.length && isColumnLine(lines[j + 1]!))) { run.push(l); j++; }
      else break;
    }
    // A table laid out by pdftotext ("1    Trường Trung học phổ thông …", a number or mark in its
    // first column on most rows) is read row by row: column by column would list every number,
    // then every name.
    if (isLaidOutTable(run)) { out.push(...run); i = j; continue; }
    const left: SourceLine[] = [];
    const right: SourceLine[] = [];
    for (const l of run) {
      if (l.raw.trim() === '') continue;
      const cells = splitCells(l.raw);
      // The first cell of a line is the left column unless it starts far right; every later cell is the right one.
      cells.forEach((c, k) => {
        // A text-mode table's borders ("|Nơi nhận:   |BỘ TRƯỞNG   |") belong to no column.
        const text = c.text.replace(/^\|\s*/, '').replace(/\s*\|$/, '');
        if (text === '') return;
        (k === 0 && c.offset < 20 ? left : right).push(makeLine(l.no, text, kind));
      });
    }
    out.push(...left, ...right);
    i = j;
  }
  return out;
}

function isLaidOutTable(run: readonly SourceLine[]): boolean {
  const rows = run.filter((l) => l.raw.trim() !== '');
  if (rows.length < 3) return false;
  const numbered = rows.filter((l) => {
    const first = splitCells(l.raw)[0];
    return first !== undefined && first.offset < 6 && /^(?:\d{1,3}|[IVXLC]{1,5}|\*|[a-zđ]\))\.?$/u.test(first.text);
  });
  return numbered.length >= 0.6 * rows.length;
}

/**
 * A text-mode table's row (antiword: "|- Ủy ban … của Quốc |Nguyễn Hải Ninh   |"): a cell that fills
 * its column meets the next at " |" with no gap; the border is the gap.
 */
function columnRaw(raw: string): string {
  return /^\s*\|\S/.test(raw) ? raw.replace(/(\S) \|(?=\S)/g, '$1    |') : raw;
}

function isColumnLine(l: SourceLine): boolean {
  const t = columnRaw(l.raw).trim();
  if (!GAP.test(t)) return false;
  // A draft's blanks inside a sentence are no columns: "… thi hành Nghị định số    /2013/NĐ-CP ngày     /    /2013".
  if (/(?:\p{L}+ ){3,}số {3,}\//u.test(t) && !GAP.test(t.replace(/ {3,}(?=\/)|(?<=\/) {3,}/g, ' '))) return false;
  return splitCells(l.raw).every((c) => c.text.length <= 80);
}

/** "Hà Nội, ngày" | "tháng 6 năm 2025": a date left blank for the day, cut by the layout's spaces; one cell. */
export function isBlankDayCut(left: string, right: string): boolean {
  // …and for the month too: "Hà Nội, ngày" | "tháng" | "năm 2025".
  return (/,\s*ngày$/iu.test(left) && /^tháng(?![\p{L}])/iu.test(right))
    || ((/^tháng$/iu.test(left.trim()) || /,\s*ngày\s+tháng$/iu.test(left)) && /^năm(?![\p{L}])/iu.test(right));
}

function splitCells(raw: string): { text: string; offset: number }[] {
  const cells: { text: string; offset: number }[] = [];
  const re = /\S+(?: {1,2}\S+)*/g;
  for (const m of columnRaw(raw).replace(/\t/g, '    ').matchAll(re)) {
    const prev = cells[cells.length - 1];
    // "Số: 64    /2024/QĐ-UBND": a number the layout cut from its symbol is one cell.
    if (prev && /^\/\S/.test(m[0]) && /(?:số\s*:?|\d)$/iu.test(prev.text)) { prev.text += m[0]; continue; }
    if (prev && isBlankDayCut(prev.text, m[0])) { prev.text += ` ${m[0]}`; continue; }
    cells.push({ text: m[0], offset: m.index });
  }
  return cells;
}

/**
 * A Công báo page where pdftotext read the header box after the first articles: "NGHỊ ĐỊNH" / title /
 * "Căn cứ …" / "Điều 1." … "Điều 2." …, then "CHÍNH PHỦ" / "Số: 135/2026/NĐ-CP" / "CỘNG HÒA …" / "Hà Nội,
 * ngày …" / the gazette's signature stamp ("Ký bởi: CÔNG BÁO …" … "Ngày ký: …"). The block is put back
 * first, where the header belongs; the lines keep their numbers.
 */
export function hoistDisplacedHeader(lines: readonly SourceLine[]): SourceLine[] {
  // Only the first 160 lines: the box sits on the first page or two.
  const head = lines.slice(0, 160);
  const nation = (l: SourceLine) => boilerplateReason(l) === 'national name';
  const nationOrMotto = (l: SourceLine) => nation(l) || boilerplateReason(l) === 'national motto';
  const firstArticle = head.findIndex((l) => /^Điều\s+\d+[a-z]?\./u.test(l.plain.trim()));
  if (firstArticle < 0 || head.slice(0, firstArticle).some((l) => nation(l) || /^Số\s*:/u.test(l.plain.trim()))) return [...lines];
  const s = head.findIndex((l, i) => i > firstArticle && /^Số\s*:\s*\d+\/\d{4}\/[\p{Lu}Đ][\p{Lu}Đ\d-]*$/u.test(l.plain.trim()));
  if (s < 0) return [...lines];
  const near = lines.slice(Math.max(0, s - 6), s + 7);
  const stamp = lines.slice(s + 1, s + 13).findIndex((l) => /^Ký bởi:\s*CÔNG BÁO/u.test(l.plain.trim()));
  if (!near.some(nation) || stamp < 0) return [...lines];
  const stampAt = s + 1 + stamp;
  // Up over the issuer's capitals, the national name and motto, rules and blank lines; down to the stamp's date.
  let a = s;
  while (a - 1 > firstArticle && (isBlank(lines[a - 1]!) || nationOrMotto(lines[a - 1]!) || /^[\p{Lu}Đ\s,-]+$|^_{3,}$/u.test(lines[a - 1]!.plain.trim()))) a--;
  let b = stampAt;
  while (b + 1 < lines.length && b < stampAt + 3 && /^(?:Cơ quan|Ngày ký|Thời gian ký)\s*:/u.test(lines[b + 1]!.plain.trim())) b++;
  return [...lines.slice(a, b + 1), ...lines.slice(0, a), ...lines.slice(b + 1)];
}
