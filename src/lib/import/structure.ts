/**
 * Structure detection: joins hard-wrapped lines back into logical lines, then
 * classifies each as heading (with its numbering label and depth), paragraph or
 * list item.
 */
import type { PhrasingContent } from 'mdast';
import { withFootnoteRefs } from './footnotes.ts';
import { parseInline, plainOfLine, toPlain, unwrapWhole } from './inline.ts';
import { isBlank } from './lines.ts';
import type { SourceKind, SourceLine } from './types.ts';
import { CONTINUATION_WORDS } from './vietnamese.ts';

export type LabelKind = 'phuluc' | 'phan' | 'chuong' | 'muc' | 'roman' | 'dieu' | 'khoan' | 'arabic' | 'arabic2' | 'arabic3' | 'letter';

export interface Label {
  kind: LabelKind;
  /** The label exactly as written at the start of the text: "II.", "2.1.", "a)", "Điều 6.", "Phần 1;". */
  text: string;
}

const RANK: Record<LabelKind, number> = {
  phuluc: 0, phan: 0, chuong: 1, muc: 2, roman: 3, dieu: 4, khoan: 5, arabic: 5, arabic2: 6, arabic3: 7, letter: 8,
};

const LABELS: readonly (readonly [LabelKind, RegExp])[] = [
  // Capitalised only: "khoản 2 Điều 12" at a line start is the wrap of a pinpoint, not a heading.
  // An appendix after the signature: "PHỤ LỤC I", "Phụ lục 2", "PHỤ LỤC" — a top heading with its own anchor.
  ['phuluc', /^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?(?:[IVXLC]+|\d+)[a-z]?)?(?=\s*$|\s*[.:–-]\s|\s+\p{Lu}{2})/u],
  ['phan', /^(?:Phần|PHẦN)\s+(?:[IVXLC]+|\d+|thứ\s+\p{L}+|THỨ\s+\p{L}+)\b\s*[.:;,\-–]?/u],
  ['chuong', /^(?:Chương|CHƯƠNG)\s+(?:[IVXLC]+|\d+)\b\s*[.:;\-–]?/u],
  ['muc', /^(?:Mục|MỤC)\s+(?:[IVXLC]+|\d+)\b\s*[.:;\-–]?(?=\s|$)/u],
  // (…or "Điều 1" alone on its line, its title below: an amending law's articles. Not in capitals: a treaty's "ĐIỀU 2" stands over its own title line.)
  ['dieu', /^(?:(?:Điều|ĐIỀU)\s+\d+[a-z]?\s*[.:]|Điều\s+\d+[a-z]?$)/u],
  // A heading "Khoản 2." has its stop. "Khoản 3 Điều 3 Thông tư …", "Khoản 5 Điều này.", "Khoản 6 và Khoản 7" at a line
  // start are a pinpoint wrapped there (OCR and portals capitalise it), and "Khoản 2" alone is a table's cell.
  ['khoan', /^(?:Khoản|KHOẢN)\s+\d+\s*[.:](?=\s|$)/u],
  ['roman', /^[IVXLC]+\s*[.\-–)](?=\s)/u],
  ['arabic3', /^\d{1,2}\.\d{1,2}\.\d{1,2}\.?(?=\s)/u],
  ['arabic2', /^\d{1,2}\.\d{1,2}\.?(?=\s)/u],
  ['arabic', /^\d{1,2}\s*[.)](?=\s)/u],
  ['letter', /^[a-zđ]\s*\)(?=\s)/u],
];

export function parseLabel(plain: string): Label | null {
  for (const [kind, re] of LABELS) {
    const m = re.exec(plain);
    if (m) return { kind, text: m[0].trim() };
  }
  return null;
}

const LIST_MARKER = /^(?:[-+•–]\s+|-(?=\p{Lu}))/u;
/** "* Quy định của PLDS:": a star that opens a point of a report or a note; it stays a star (no Markdown list), but on its own line. */
const STAR_BULLET = /^\*\s+\p{Lu}/u;

export type Block =
  | { kind: 'table'; rows: PhrasingContent[][][]; line: number; plain: string }
  | { kind: 'heading'; depth: number; label: Label | null; nodes: PhrasingContent[]; line: number; plain: string }
  | { kind: 'paragraph'; label: Label | null; nodes: PhrasingContent[]; line: number; plain: string }
  | { kind: 'item'; marker: string; nodes: PhrasingContent[]; line: number; plain: string };

interface Logical {
  md: string;
  plain: string;
  /** Label of the first line, and whether the rest of that line is in capitals. */
  label: Label | null;
  capsHeading: boolean;
  first: SourceLine;
  last: SourceLine;
  lines: number[];
}

/** A row of a pipe table as a portal or a markdown converter writes it: "| 1 | Trường … |". */
function isTableRow(plain: string): boolean {
  return /^\|.*\|$/.test(plain.trim()) && plain.split('|').length >= 3;
}

function startsStructure(l: SourceLine): boolean {
  return isTableRow(l.md) || l.mdHeading !== null || LIST_MARKER.test(l.plain) || STAR_BULLET.test(l.plain) || parseLabel(l.plain) !== null;
}

/** Sentence end, allowing closing quotes and end marks ("./.", "./-"). */
const TERMINAL = /[.!?;:…][./\-]*["”’)*\]]*$/u;
const TERMINAL_NO_COLON = /[.!?;…][./\-]*["”’)*\]]*$/u;

/** Words that open the rest of a title cut at its line's end: "… THEO GIẤY PHÉP" / "VÀ THUỘC DIỆN QUẢN LÝ …". */
const TITLE_GOES_ON = new Set(['và', 'của', 'cho', 'với', 'trong', 'theo', 'đối', 'để', 'tại', 'đến', 'từ', 'mà', 'thuộc', 'giữa', 'trên', 'dưới', 'qua', 'hoặc', 'nhằm', 'do', 'được']);

/**
 * Pairs of words that stand side by side within some line of the document ("thi hành", "xã hội", "liên quan"):
 * a line in capitals that ends on the first and a line that opens with the second cut one word in two,
 * "… CHO VIỆC THI" / "HÀNH VĂN BẢN", as the document's own text says.
 */
function wordPairs(lines: readonly SourceLine[]): WordPairs {
  // Made on the first question only: few documents have a title in capitals cut at its margin.
  let out: Set<string> | null = null;
  return {
    has(pair) {
      if (!out) {
        out = new Set<string>();
        for (const l of lines) {
          const words = l.plain.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
          for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
        }
      }
      return out.has(pair);
    },
  };
}

interface WordPairs {
  has(pair: string): boolean;
}

function cutsWord(prevTail: string, next: string, pairs: WordPairs): boolean {
  const a = /(\p{L}+)$/u.exec(prevTail)?.[1]?.toLowerCase();
  const b = /^(\p{L}+)/u.exec(next.trim())?.[1]?.toLowerCase();
  return a !== undefined && b !== undefined && pairs.has(`${a} ${b}`);
}

function shouldJoin(prev: Logical, next: SourceLine, kind: SourceKind, gap: boolean, margin = Infinity, pairs: WordPairs = new Set<string>()): boolean {
  if (prev.first.mdHeading !== null || next.mdHeading !== null) return false;
  if (isTableRow(prev.first.md)) return false;
  // A marker alone on its line ("-", "2.", "a)") goes with the text after it.
  if (isBareMarker(prev.plain) && !startsStructure(next)) return true;
  // "… theo quy định tại" / "Phụ lục III ban hành kèm theo …": a reference to an appendix, not its heading.
  // (The next line's test first: a test anchored at the end of a long paragraph reads all of it, at every line joined.)
  if (!gap && /^Phụ lục\s+\S+\s+(?:ban hành|kèm theo|của|Nghị|Thông|Quyết)/u.test(next.plain) && /(?:^|\s)(?:tại|theo|và|của)$/u.test(prev.plain)) return true;
  // … and one after the form or part it names: "… theo Mẫu số 04/PLIII" / "Phụ lục III ban hành kèm theo Nghị định này."
  if (!gap && /^Phụ lục\s+[IVXLC\d]+[A-Z]?\s+(?:ban hành|kèm theo|của|có hiệu lực)/u.test(next.plain)
    && !TERMINAL.test(prev.plain) && /(?:^|\s)(?:[Mm]ẫu số|Mục|[Hh]ình|[Bb]iểu)\s+\S+$/u.test(prev.plain)) return true;
  if (startsStructure(next)) return false;
  if (urlGoesOn(prev.plain, next.plain)) return true;
  // End tests look at the tail only: a paragraph can be long.
  const p = prev.plain.slice(-60);
  // A numbered line in capitals ("I. NỘI DUNG") is a complete heading, unless capitals go on below and it plainly
  // did not end: it stops on a word that cannot end one or on a comma ("… CHO VIỆC" / "THỰC HIỆN CHÍNH SÁCH"), the
  // next line opens with a word that carries a title on ("VÀ THUỘC DIỆN …"), or the break cuts a word the text
  // writes whole elsewhere ("… CHO VIỆC THI" / "HÀNH VĂN BẢN"). (TITLE_GOES_ON is narrower than CONTINUATION_WORDS:
  // "NĂM 2025" under a title is its own line.)
  if (prev.capsHeading) {
    const word = /(\p{L}+)$/u.exec(p)?.[1]?.toLowerCase();
    const opener = /^(\p{L}+)/u.exec(next.plain.trim())?.[1]?.toLowerCase();
    return !gap && prev.lines.length <= 3 && isAllCaps(next.plain)
      && ((word !== undefined && CONTINUATION_WORDS.has(word)) || /[,\-–]$/u.test(p) || (opener !== undefined && TITLE_GOES_ON.has(opener)) || cutsWord(p, next.plain, pairs)
        // Once it went on, it is a title in capitals wrapped at its margin.
        || (prev.lines.length > 1 && prev.last.plain.length >= 40));
  }
  // A clause ending in ";" or ":" goes on when the next line starts in lower case.
  if (/[;:]$/.test(p) && /^\p{Ll}/u.test(next.plain)) return true;
  if (TERMINAL.test(p)) return false;
  if (/\S-$/.test(p)) return true;
  // A slash binds what it stands between: "Tên gọi của văn bản/" / "Trích yếu nội dung", "Nghị định số 114/2021/" / "NĐ-CP".
  if (!gap && /[\p{L}\d]\/$/u.test(p)) return true;
  // A pinpoint goes on: "… tại điểm a khoản 4" + "Điều 9 Thông tư số …".
  // (A bare "Điều 1" goes on with its title below; a bare "Mục 2" is the label over its title in capitals, which
  // toBlocks sets beside it once its lines are joined.)
  if (/(?:^|\s)(?:khoản|điểm|điều|mục|tiết)\s+[\dA-Za-zđ]{1,4}$/iu.test(p) && !/^(?:Mục|MỤC)\s+\S+$/u.test(prev.plain.trim())) return true;
  // … and one cut before its number, even over a page's blank line: "… xử phạt theo Điều" / "8 hoặc Điều 13 …".
  if (/(?:^|\s)(?:tại|theo|của|và|hoặc|các)\s+(?:khoản|điểm|điều)$/iu.test(p) && /^(?:\d{1,3}[a-zđ]?|[a-zđ])(?=[\s,;.])/u.test(next.plain)) return true;
  // … and so does a pinpoint into a law whose name the line cut, even in a heading: "… tại Điều 42 Luật" / "Trồng trọt số …".
  if (!gap && /(?:^|\s)(?:điều|khoản)\s+\d+[a-zđ]?\s+(?:Luật|Bộ luật|Nghị định|Thông tư|Pháp lệnh)$/iu.test(p) && /^\p{Lu}/u.test(next.plain)) return true;
  // A long numbered paragraph that has not ended yet goes on, whatever the next line's case.
  const label = prev.label;
  if (label && label.kind !== 'phan' && label.kind !== 'chuong' && prev.plain.length > 220) return true;
  if (/,$/.test(p)) return true;
  if (/^\p{Ll}/u.test(next.plain)) return true;
  const lastWord = /(\p{L}+)$/u.exec(p)?.[1];
  if (lastWord && lastWord === lastWord.toLowerCase() && CONTINUATION_WORDS.has(lastWord)) return true;
  // A name cut after its head word or at its spaced dash: "… của Bộ" / "LĐTBXH.", "hướng dẫn Luật" / "Giáo dục …",
  // "sang Bộ Lao động -" / "Thương binh và Xã hội". Never a cell of one word ("Luật" in a table's type column).
  // A numbered heading ("3. Thời gian ban hành dự án Luật") ends there; a long numbered paragraph goes on.
  if (!gap && /^\p{Lu}/u.test(next.plain) && prev.last.plain.trim().split(/\s+/).length >= 3 && (!prev.label || prev.plain.length > 120)
    && ((lastWord !== undefined && NAME_HEADS.has(lastWord)) || /\s[-–]$/u.test(p))) return true;
  if (!kind.markdown && prev.last.trailingSpace) return true;
  // A hard wrap: the next line goes on the sentence whatever it starts with ("…của Bộ" / "Chính trị…"),
  // when nothing separates them, the line above is as long as a wrapped line and no heading.
  if (!gap && prev.last.plain.length >= 50 && !isCapsHeading(next.plain) && !isAllCaps(prev.last.plain) && !headingLike(prev)) return true;
  // A line of a narrow column broke because the next word did not fit: "… đến điểm MR8, toạ độ" / "(X=2384974.078; …".
  // The margin is the longest line nearby; a line the next word would still have fitted on ended there.
  // (Within a tenth: a PDF's justified lines, in a proportional font, differ in characters per line.)
  const width = prev.last.plain.trimEnd().length;
  const nextWord = /^\S+/u.exec(next.plain.trimStart())?.[0].length ?? 0;
  // Not the cells of a table's row read one per line: a date opening a cell ("15/5/2015"), the next row's number ("113 Trường …").
  // (The label read again on the joined text: "30." alone on its line took the heading after it.)
  if (!gap && margin < Infinity && width >= 0.6 * margin && width + 1 + nextWord > 0.9 * margin && (!parseLabel(prev.plain) || prev.plain.length > 120) && !isBareMarker(next.plain)
    && !isCapsHeading(next.plain) && !isAllCaps(prev.last.plain) && !headingLike(prev)
    && !/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)/u.test(next.plain) && !nextRow(prev.plain, next.plain)) return true;
  // A title in capitals wrapped: "… TRUNG TÂM CHÍNH TRỊ -" / "HÀNH CHÍNH (TỈNH LỴ) CỦA 34 ĐƠN VỊ …".
  // (…even over a blank line when the long line's break cuts a word the text writes whole elsewhere: a text spaced line
  // by line, "… ĐIỀU CHỈNH, GIA HẠN" / "" / "NHIỆM KỲ CÔNG TÁC …".)
  if (gap && isAllCaps(prev.last.plain) && isAllCaps(next.plain) && !prev.label && prev.last.plain.length >= 60 && cutsWord(p, next.plain, pairs)) return true;
  if (!gap && isAllCaps(prev.last.plain) && isAllCaps(next.plain) && !prev.label && (/[-–,]$/.test(p) || (lastWord !== undefined && CONTINUATION_WORDS.has(lastWord.toLowerCase())) || prev.last.plain.length >= 40 || cutsWord(p, next.plain, pairs))) return true;
  return false;
}

/** "113 Trường …" after "112 Trường …": the next row of a numbered list or table, its number without a dot. */
function nextRow(prev: string, next: string): boolean {
  const a = /^(\d{1,3})[\s\\_]/u.exec(prev.trim());
  const b = /^(\d{1,3})[\s\\_]/u.exec(next.trim());
  return a !== null && b !== null && Number(b[1]) === Number(a[1]) + 1;
}

/** Words that open a body's or a law's name and never end a sentence. */
const NAME_HEADS = new Set(['Bộ', 'Luật', 'Sở', 'Cục', 'Ban', 'Ủy', 'Uỷ', 'Tổng']);

function isBareMarker(plain: string): boolean {
  return /^(?:[-+•–]|[IVXLC]+\s*[.)]|\d{1,2}(?:\.\d{1,2})*\s*[.)]?|[a-zđ]\s*\))$/u.test(plain.trim());
}

/** A numbered heading line ("Điều 2. Đối tượng áp dụng", "II. NỘI DUNG") does not run on into the next. */
function headingLike(prev: Logical): boolean {
  const k = prev.label?.kind;
  return (k === 'phuluc' || k === 'phan' || k === 'chuong' || k === 'muc' || k === 'dieu' || k === 'roman') && prev.plain.length <= 160 && prev.lines.length === 1;
}

function isAllCaps(s: string): boolean {
  // A numbered item's letter is no lower-case text: "MẪU SỐ 7đ. NGƯỜI ĐỨNG ĐẦU …".
  s = s.replace(/(?<=\d)[a-zđ](?=[.\s)]|$)/gu, '');
  if (/\p{Ll}/u.test(s.slice(0, 24))) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && s === s.toUpperCase();
}

/**
 * A line of capitals that can be a heading: two words or more. A wrapped sentence may go on with
 * one abbreviation ("… 1% nộp Quỹ" / "BHTN).") or a document's number ("… Thông tư số" / "39/2014/TT-BTC.").
 */
function isCapsHeading(s: string): boolean {
  // "II" alone: a part's numeral (a table's group row), never the end of a sentence.
  if (/^[IVXLC]+$/.test(s.trim())) return true;
  if (!isAllCaps(s)) return false;
  return s.split(/\s+/).filter((w) => /^\(?[\p{L}]{2,}[.,;:)]*$/u.test(w)).length >= 2;
}

/**
 * A web address cut at the margin: "…vbpq-toanvan.aspx?ItemID=7847&Keyword=" / "67/1998/Q%C4%90-TTg".
 * The address ends in a character after which it must go on, and the next line is one token.
 */
function urlGoesOn(a: string, b: string): boolean {
  // The last word, read from the end: a regex anchored at the end would read the whole paragraph at every line joined.
  let start = a.length;
  while (start > 0 && !/\s/u.test(a[start - 1]!)) start--;
  const token = a.slice(start);
  if (!/^(?:https?:\/\/|www\.)|\.aspx?\?|\.html?\?|\.php\?/iu.test(token)) return false;
  // …or cut inside it, the next line going on with an escape: "…Keyword=S%E1" / "%BB%91%2032/2019/TT-BL%C4%90TBXH".
  return (/[=&%?]$/.test(token) || /^%[0-9A-F]{2}/.test(b.trim())) && /^[\w%.\-/=&?#:+~]+$/u.test(b.trim());
}

function joinText(a: string, b: string): string {
  if (urlGoesOn(a, b)) return a + b.trim();
  // "49-" + "NQ/TU" and "2026-" + "2030": a hyphen at a wrap binds its halves.
  if (/[\p{L}\d]-$/u.test(a)) return a + b;
  // So does a slash inside a number: "Thông tư số 51/2015/" + "TT-BLĐTBXH".
  if (/\d\/$/u.test(a) && /^\p{Lu}/u.test(b)) return a + b;
  return `${a} ${b}`;
}

/**
 * For each line of text, the longest of the lines around it (six above and six below): where a
 * hard-wrapped text, or one column of it, reaches its right margin. Nothing for a text kept one
 * paragraph to a line (a Markdown or Word source), whose long lines say nothing of a margin.
 */
function localMargins(lines: readonly SourceLine[], skip: ReadonlySet<SourceLine>): Map<SourceLine, number> {
  const text = lines.filter((l) => !isBlank(l) && !skip.has(l));
  const out = new Map<SourceLine, number>();
  const len = text.map((l) => l.plain.trimEnd().length);
  const WINDOW = 6;
  for (let i = 0; i < text.length; i++) {
    let max = 0;
    for (let j = Math.max(0, i - WINDOW); j <= Math.min(text.length - 1, i + WINDOW); j++) max = Math.max(max, len[j]!);
    // A margin is a column's width: past 120 characters the text was not wrapped by it.
    if (max >= 30 && max <= 120) out.set(text[i]!, max);
  }
  return out;
}

/** Joins hard-wrapped lines: a logical line is a paragraph, heading or list item. */
export function logicalLines(lines: readonly SourceLine[], skip: ReadonlySet<SourceLine>, kind: SourceKind): Logical[] {
  const out: Logical[] = [];
  let cur: Logical | null = null;
  let gap = false;
  const margin = localMargins(lines, skip);
  const pairs = wordPairs(lines);
  for (const l of lines) {
    if (isBlank(l)) { gap = true; continue; }
    if (skip.has(l)) continue;
    const hadGap = gap;
    gap = false;
    if (cur && shouldJoin(cur, l, kind, hadGap, margin.get(cur.last), pairs)) {
      cur.md = joinText(cur.md, l.md);
      cur.plain = joinText(cur.plain, l.plain);
      cur.last = l;
      cur.lines.push(l.no);
      continue;
    }
    const label = parseLabel(l.plain);
    const capsHeading = label !== null && l.plain.length < 200 && isAllCaps(l.plain.slice(label.text.length));
    cur = { md: l.md, plain: l.plain, label, capsHeading, first: l, last: l, lines: [l.no] };
    out.push(cur);
  }
  return out;
}

function isHeadingText(label: Label, plain: string): boolean {
  if (label.kind === 'phuluc') return plain.length <= 250;
  if (label.kind === 'phan' || label.kind === 'chuong' || label.kind === 'muc' || label.kind === 'dieu') return true;
  const rest = plain.slice(label.text.length).trim();
  if (rest === '') return true;
  if (label.kind === 'roman') return plain.length <= 250;
  if (plain.length > 220) return false;
  return !TERMINAL_NO_COLON.test(plain);
}

/** Classifies logical lines into blocks, with heading depths following the numbering hierarchy. */
export function toBlocks(logical: readonly Logical[], kind: SourceKind): Block[] {
  const blocks: Block[] = [];
  const stack: { rank: number; depth: number }[] = [];
  let lastTable = -1;
  for (const [li, lg] of logical.entries()) {
    if (isTableRow(lg.md) && (blocks.length - 1 === lastTable || isTableRow(logical[li + 1]?.md ?? ''))) {
      // Consecutive rows make one table; the first row is its head, as GFM wants one.
      const cells = splitRow(lg.md).map((c) => withFootnoteRefs(stripStrayMarkers(parseInline(normalizeMarkers(c), kind.markdown))));
      const rowPlain = cells.map((c) => toPlain(c).trim()).join(' | ');
      const prev = blocks[blocks.length - 1];
      if (prev?.kind === 'table' && blocks.length - 1 === lastTable) { prev.rows.push(cells); prev.plain += `\n${rowPlain}`; continue; }
      // A lone row is text that happens to hold "|", not a table: it becomes one only when a second row follows.
      const next = logical[li + 1];
      if (next && isTableRow(next.md)) {
        blocks.push({ kind: 'table', rows: [cells], line: lg.first.no, plain: rowPlain });
        lastTable = blocks.length - 1;
        continue;
      }
    }
    // Per-line plain text joined is the same unless markup crosses lines.
    const nodes = withFootnoteRefs(stripStrayMarkers(parseInline(normalizeMarkers(lg.md), kind.markdown)));
    const plain = lg.md.includes('*') || (kind.markdown && lg.md.includes('\\')) ? toPlain(nodes).replace(/\s+/g, ' ').trim() : lg.plain;
    const line = lg.first.no;
    // (In Markdown, "* " opens a list item as "- " does: html2text writes the recipients "  * Như Điều 7;".)
    const marker = LIST_MARKER.exec(plain) ?? (kind.markdown ? /^\*\s+/u.exec(plain) : null);
    if (marker && lg.first.mdHeading === null) {
      blocks.push({ kind: 'item', marker: marker[0].trim() === '*' ? '-' : marker[0].trim() || '-', nodes: stripMarker(nodes, marker[0]), line, plain });
      continue;
    }
    // (A bare "Điều 1" keeps its label once joined with its title: "Điều 1 Sửa đổi, bổ sung …" has no stop to read it by.)
    const label = parseLabel(plain) ?? (lg.label?.kind === 'dieu' && plain.startsWith(lg.label.text) ? lg.label : null);
    const isMdHeading = lg.first.mdHeading !== null;
    // "Chương I" / "NHỮNG QUY ĐỊNH CHUNG": a bare label and its title in capitals on the next line.
    const prevBlock = blocks[blocks.length - 1];
    if (!label && prevBlock?.kind === 'heading' && prevBlock.label && prevBlock.plain === prevBlock.label.text
      && isAllCaps(plain) && plain.length <= 150 && !isMdHeading) {
      prevBlock.nodes = [...prevBlock.nodes, { type: 'break' }, ...nodes];
      prevBlock.plain = `${prevBlock.plain} ${plain}`;
      continue;
    }
    if (label && (isMdHeading || isHeadingText(label, plain))) {
      const rank = RANK[label.kind];
      while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
      const depth = Math.min(6, (stack[stack.length - 1]?.depth ?? 1) + 1);
      stack.push({ rank, depth });
      blocks.push({ kind: 'heading', depth, label, nodes: unwrapWhole(nodes), line, plain });
      continue;
    }
    if (isMdHeading) {
      const depth = Math.min(6, (stack[stack.length - 1]?.depth ?? 1) + 1);
      blocks.push({ kind: 'heading', depth, label: null, nodes: unwrapWhole(nodes), line, plain });
      continue;
    }
    if (label) {
      // A numbered paragraph closes deeper sections without opening one.
      const rank = RANK[label.kind];
      while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
    }
    blocks.push({ kind: 'paragraph', label, nodes, line, plain });
  }
  return blocks;
}

/** Cells of a pipe-table row, `<br>` inside a cell kept as a space. */
function splitRow(md: string): string[] {
  const inner = md.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.replace(/<br\s*\/?>/gi, ' ').replace(/\s+/g, ' ').trim());
}

/** "**Điều 1. **Ban hành": a portal's bold with the space inside the closing marker. */
function normalizeMarkers(md: string): string {
  if (!md.includes('*')) return md;
  return md.replace(/(\*{2,3})(?=\S)([^*]*?\S)(\s+)\1(?=\S)/gu, '$1$2$1$3');
}

/** Markers left without a partner (emphasis broken across paragraphs) are markup, never text. */
function stripStrayMarkers(nodes: PhrasingContent[]): PhrasingContent[] {
  const fix = (v: string) => v.replace(/\*{2,}/g, '').replace(/(^|\s|["“”(])\*(?=[\p{L}\d“"])/gu, '$1').replace(/([\p{L}\d.,;:!?”")])\*(?=\s|$|[”"])/gu, '$1');
  const walk = (list: PhrasingContent[]): PhrasingContent[] => list.map((n) => {
    if (n.type === 'text') return n.value.includes('*') ? { ...n, value: fix(n.value) } : n;
    if ('children' in n) return { ...n, children: walk(n.children as PhrasingContent[]) } as PhrasingContent;
    return n;
  }).filter((n) => n.type !== 'text' || n.value !== '');
  return walk(nodes);
}

/** Removes the list marker from the start of the first text node. */
function stripMarker(nodes: PhrasingContent[], marker: string): PhrasingContent[] {
  const out = [...nodes];
  const first = out[0];
  if (first && first.type === 'text') {
    const v = first.value.replace(/^\s+/, '');
    const m = marker.trim();
    if (v.startsWith(m)) out[0] = { type: 'text', value: v.slice(m.length).replace(/^\s+/, '') };
    if ((out[0] as { value: string }).value === '') out.shift();
  }
  return out;
}
