/**
 * PDF with a text layer → text, through PDF.js. PDF.js gives positioned runs
 * of text, not lines: lines are rebuilt from the runs' positions, the header's
 * two-column table is read column by column (left, then right, as a portal
 * export writes it), running headers, footers and page numbers are dropped,
 * and wrapped lines of one paragraph are joined.
 *
 * A PDF without a text layer (a scan) is handed to OCR by the caller.
 */
import { FormatError } from './types.ts';

export interface Run { x: number; y: number; w: number; size: number; str: string; bold?: boolean; italic?: boolean }
export interface PdfLine {
  /** Left edge, right edge, baseline (PDF units, y grows upwards). */
  x: number; right: number; y: number; size: number;
  /** Text segments separated by a wide gap (columns), left to right. */
  cells: { x: number; right: number; text: string }[];
}
export interface PdfPage { width: number; height: number; lines: PdfLine[] }

export interface PdfText {
  pages: PdfPage[];
  /** Characters of text layer per page (a scan has about none). */
  charsPerPage: number;
}

/** Pages read at most: a longer PDF is refused before any page is read. */
export const MAX_PDF_PAGES = 2000;

// Loaded lazily: PDF.js is large and only PDF imports need it.
async function pdfjs() {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const { getDocument } = await pdfjs();
  const task = getDocument({
    data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
    verbosity: 0, stopAtErrors: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new FormatError('the PDF is protected by a password: open it in a PDF reader and save or print it without a password, then import that copy');
    if (name === 'InvalidPDFException') throw new FormatError(`this is not a readable PDF (damaged or truncated: ${(e as Error).message})`);
    throw new FormatError(`cannot read the PDF: ${(e as Error).message}`);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) throw new FormatError(`the PDF has ${doc.numPages} pages; at most ${MAX_PDF_PAGES} are read: split it`);
    const pages: PdfPage[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      // Font names ("…+TimesNewRomanPS-BoldMT") say bold and italic; they are known once the page's
      // operators are read. A page without text (a scan) is not read further: its images are not needed.
      if (content.items.some((i) => 'str' in i && i.str.trim() !== '')) await page.getOperatorList();
      const styleOf = new Map<string, { bold: boolean; italic: boolean }>();
      const fontStyle = (id: string) => {
        let st = styleOf.get(id);
        if (!st) {
          let name = '';
          try { name = String((page.commonObjs.get(id) as { name?: string } | null)?.name ?? ''); } catch { name = ''; }
          st = { bold: /bold|black|heavy|semibold|demi|,b$/i.test(name), italic: /italic|oblique|,i$/i.test(name) };
          styleOf.set(id, st);
        }
        return st;
      };
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , d, e, f] = item.transform as number[];
        // Rotated text (stamps, margins) is not body text.
        if (Math.abs(b!) > 0.01 * Math.abs(a!)) continue;
        const size = Math.abs(d!) || item.height || 10;
        runs.push({ x: e!, y: f!, w: item.width, size, str: item.str, ...fontStyle(item.fontName) });
        chars += item.str.trim().length;
      }
      pages.push({ width: x1 - x0, height: y1 - y0, lines: toLines(runs) });
      page.cleanup();
    }
    return { pages, charsPerPage: chars / Math.max(1, doc.numPages) };
  } finally {
    await doc.destroy();
  }
}

const escapeMd = (t: string) => t.replace(/\\/g, '\\\\').replace(/([*_`])/g, '\\$1');

/** Styled pieces of one cell → markdown-ish text: `**bold**`, `*italic*`, marks kept off the spaces. */
function styled(pieces: { text: string; bold: boolean; italic: boolean }[]): string {
  const merged: typeof pieces = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    // A space between two pieces of one style does not end the style.
    if (last && (last.bold === p.bold && last.italic === p.italic || p.text.trim() === '')) last.text += p.text;
    else merged.push({ ...p });
  }
  return merged.map((p) => {
    const mark = (p.bold ? '**' : '') + (p.italic ? '*' : '');
    const m = /^(\s*)(.*?)(\s*)$/s.exec(escapeMd(p.text))!;
    return mark && m[2] ? `${m[1]}${mark}${m[2]}${[...mark].reverse().join('')}${m[3]}` : m[0];
  }).join('');
}

/** Runs → lines (top to bottom), each split into cells at gaps wider than three characters. */
export function toLines(runs: Run[]): PdfLine[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Run[][] = [];
  for (const r of sorted) {
    const row = rows[rows.length - 1];
    // Same baseline within a third of the font size: superscripts and mixed fonts stay on the line.
    if (row && Math.abs(row[0]!.y - r.y) <= 0.35 * Math.max(row[0]!.size, r.size)) row.push(r);
    else rows.push([r]);
  }
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.sort((p, q) => p.x - q.x);
    const size = Math.max(...row.map((r) => r.size));
    const cells: { x: number; right: number; pieces: { text: string; bold: boolean; italic: boolean }[] }[] = [];
    let cur: (typeof cells)[number] | null = null;
    for (const r of row) {
      const gap = cur ? r.x - cur.right : 0;
      const piece = { text: r.str, bold: !!r.bold, italic: !!r.italic };
      if (!cur || gap > 3 * size) {
        cur = { x: r.x, right: r.x + r.w, pieces: [piece] };
        cells.push(cur);
        continue;
      }
      const lastText = cur.pieces[cur.pieces.length - 1]!.text;
      if (gap > 0.15 * size && !/\s$/.test(lastText) && !/^\s/.test(r.str)) cur.pieces.push({ text: ' ', bold: piece.bold, italic: piece.italic });
      cur.pieces.push(piece);
      cur.right = Math.max(cur.right, r.x + r.w);
    }
    const kept = cells
      .map((c) => ({ x: c.x, right: c.right, text: styled(c.pieces.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') }))).trim() }))
      .filter((c) => c.text !== '');
    if (kept.length === 0) continue;
    lines.push({ x: kept[0]!.x, right: kept[kept.length - 1]!.right, y: row[0]!.y, size, cells: kept });
  }
  return lines;
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:trang\s+)?\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*[-–—])?$/i;
const key = (s: string) => s.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Lines of text as a portal or Word export would give them: one paragraph per
 * line, a blank line where the page leaves space, the header table's two
 * columns one after the other.
 */
export function pdfToText(pdf: PdfText): string {
  const { pages } = pdf;
  // Running headers and footers: the same text (digits aside) first or last on most pages.
  const running = new Set<string>();
  if (pages.length >= 3) {
    const count = new Map<string, number>();
    for (const p of pages) {
      const edge = new Set([...p.lines.slice(0, 2), ...p.lines.slice(-2)].map((l) => key(l.cells.map((c) => c.text).join(' '))));
      for (const k of edge) count.set(k, (count.get(k) ?? 0) + 1);
    }
    for (const [k, c] of count) if (c >= Math.max(3, pages.length * 0.6)) running.add(k);
  }
  // The text's right edge over the whole document: a last page of short lines has no full line to measure.
  const rights = pages.flatMap((p) => p.lines.filter((l) => l.cells.length === 1).map((l) => l.right)).sort((a, b) => a - b);
  const rightMargin = rights[Math.floor(rights.length * 0.9)] ?? Infinity;
  // Single line spacing: a low percentile of the gaps between lines (most gaps on a page may be paragraph gaps).
  const gaps = pages.flatMap((p) => p.lines.slice(1).map((l, i) => p.lines[i]!.y - l.y)).filter((g) => g > 0).sort((a, b) => a - b);
  const spacing = gaps[Math.floor(gaps.length * 0.2)] ?? 14;
  const out: string[] = [];
  for (const [n, page] of pages.entries()) {
    let lines = page.lines.filter((l, i) => {
      const text = l.cells.map((c) => c.text).join(' ');
      const atEdge = i < 2 || i >= page.lines.length - 2;
      if (atEdge && running.has(key(text))) return false;
      if (atEdge && PAGE_NUMBER.test(text)) return false;
      return true;
    });
    if (n === 0) lines = headerColumns(lines, page.width);
    emitPage(lines, rightMargin, spacing, out);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

/**
 * The header table at the top of the first page (issuer | motto, number |
 * place and date): its rows hold two cells side by side. The left column's
 * lines come first, then the right column's, each as its own line.
 */
function headerColumns(lines: PdfLine[], width: number): PdfLine[] {
  const top = lines.slice(0, 12);
  const lastTwo = top.map((l) => l.cells.length === 2).lastIndexOf(true);
  if (lastTwo < 0) return lines;
  let end = lastTwo + 1;
  // The right column may run a line longer (the motto under the nation's name, a rule).
  while (end < top.length && top[end]!.cells.length === 1 && top[end]!.x > width * 0.4) end++;
  const rows = lines.slice(0, end);
  const split = Math.min(...rows.filter((l) => l.cells.length === 2).map((l) => l.cells[1]!.x)) - 1;
  const left: PdfLine[] = [];
  const right: PdfLine[] = [];
  for (const l of rows) {
    for (const c of l.cells) {
      const line = { x: c.x, right: c.right, y: l.y, size: l.size, cells: [c] };
      (c.x < split ? left : right).push(line);
    }
  }
  // A blank line (a wide gap) between the two columns, as between two paragraphs.
  if (left.length && right.length) right[0] = { ...right[0]!, y: left[left.length - 1]!.y - 100 * left[0]!.size };
  return [...left, ...right, ...lines.slice(end)];
}

/** Joins the wrapped lines of a paragraph; a blank line where the vertical gap is wide. */
function emitPage(lines: PdfLine[], rightMargin: number, spacing: number, out: string[]): void {
  if (lines.length === 0) return;
  const lefts = lines.map((l) => l.x).sort((a, b) => a - b);
  const margin = lefts[Math.floor(lefts.length * 0.1)] ?? 0;
  let para = '';
  let prev: PdfLine | null = null;
  const flush = () => { if (para !== '') out.push(para); para = ''; };
  for (const l of lines) {
    const text = l.cells.map((c) => c.text).join('   ');
    if (prev) {
      const gap = prev.y - l.y;
      const wide = gap > spacing * 1.6 || gap < 0;
      // A line that reached the right margin continues on the next one, unless the next is indented (a new paragraph).
      const full = prev.right >= rightMargin - 3 * prev.size && prev.cells.length === 1;
      // A line starting with a list mark or a numbering label starts its own paragraph.
      const label = /^(\\?[-–+•]\s|\d+(\.\d+)*[./)]\s|[a-zđ]\)\s|[IVXLC]+\.\s)/u.test(text);
      const continues = full && !wide && !label && l.cells.length === 1 && l.x <= margin + prev.size && Math.abs(l.size - prev.size) < 1.5;
      if (continues) {
        // A word hyphenated at the margin ("chuyển-" "đổi" is never split so; "phát tri-" "ển" is) joins without the hyphen.
        if (/\p{Ll}-$/u.test(para) && /^\p{Ll}/u.test(text)) para = para.slice(0, -1) + text;
        else para += (/\S-$/.test(para) ? '' : ' ') + text;
        prev = l;
        continue;
      }
      flush();
      if (wide) out.push('');
    }
    para = text;
    prev = l;
  }
  flush();
  out.push('');
}
