/**
 * Inline markup of markdown-ish sources: `*…*`, `**…**`, `***…***` become
 * emphasis/strong nodes; everything else is literal text. Unmatched `*` stay text.
 */
import type { PhrasingContent } from 'mdast';

/** Private-use stand-in for an escaped `*` while delimiters are matched. */
const ESCAPED_STAR = '\uE000';

const EMPHASIS = /(\*{1,3})(?=[^\s*])([^*]*?[^\s*])\1(?!\*)/u;

/**
 * Strong emphasis written with underscores, as mammoth writes a Word file's bold ("__ỦY BAN__ __NHÂN DÂN__"): read as
 * `**…**`. Never inside a word, nor next to another underscore, so a form's blank ("Số: ______/QĐ") stays as written.
 */
const UNDERSCORE_STRONG = /(?<![\\\p{L}\d_])__(?=[^\s_])([^_]*?[^\s_\\])__(?![\p{L}\d_])/gu;
/** …and emphasis with one underscore, as html2text writes italics ("**_Nơi nhận:_**", "_Hà Nội, ngày …_"). */
const UNDERSCORE_EMPHASIS = /(?<![\\\p{L}\d_])_(?=[^\s_])([^_]*?[^\s_\\])_(?![\p{L}\d_])/gu;

export function parseInline(text: string, markdown: boolean): PhrasingContent[] {
  const prepared = markdown ? text.replace(UNDERSCORE_STRONG, '**$1**').replace(UNDERSCORE_EMPHASIS, '*$1*').replace(/\\\*/g, ESCAPED_STAR).replace(/\\([\\`_{}[\]()#+\-.!>|~])/g, '$1') : text;
  // A star between digits is a product ("B85*287mm", "6 = 4*5"), never emphasis: "B66*28mm và 376*287mm" is two sizes.
  // So is one inside a word, where no emphasis of these sources opens or closes: OCR's "S*S+S*vEvv…" stays as read.
  return parseRuns(prepared.replace(/(?<=\d)\*(?=\d)/gu, ESCAPED_STAR).replace(/(?<=[\p{L}\d])\*(?=[\p{L}\d])/gu, ESCAPED_STAR));
}

function parseRuns(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let rest = text;
  while (rest.length > 0) {
    const m = EMPHASIS.exec(rest);
    if (!m) {
      pushText(out, rest);
      break;
    }
    pushText(out, rest.slice(0, m.index));
    const stars = m[1]!.length;
    const inner = parseRuns(m[2]!);
    if (stars === 1) out.push({ type: 'emphasis', children: inner });
    else if (stars === 2) out.push({ type: 'strong', children: inner });
    else out.push({ type: 'strong', children: [{ type: 'emphasis', children: inner }] });
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

function pushText(out: PhrasingContent[], value: string): void {
  if (!value) return;
  const v = value.replaceAll(ESCAPED_STAR, '*');
  const last = out[out.length - 1];
  if (last && last.type === 'text') last.value += v;
  else out.push({ type: 'text', value: v });
}

/** Plain text of phrasing nodes. */
export function toPlain(nodes: readonly PhrasingContent[]): string {
  let s = '';
  for (const n of nodes) {
    if (n.type === 'text') s += n.value;
    else if ('children' in n) s += toPlain(n.children as PhrasingContent[]);
  }
  return s;
}

/**
 * Plain text of one line: markup removed. A line-leading or line-trailing `**`
 * that is not matched on the line belongs to a strong span crossing lines.
 */
export function plainOfLine(line: string, markdown: boolean): string {
  let s = line.trim();
  if (!s.includes('*') && !(markdown && (s.includes('\\') || s.includes('_')))) return s.replace(/\s+/g, ' ');
  if (markdown) {
    const nodes = parseInline(s, true);
    s = toPlain(nodes);
    // Unmatched delimiters of a span crossing lines.
    const hadEscapedStar = /\\\*/.test(line);
    // (…and of underscores: "__ỦY BAN NHÂN" ¶ "DÂN__", "_Hà Nội, ngày 05 tháng 3" ¶ "năm 2025_".)
    s = s.replace(/^_{1,2}(?=[^\s_])/u, '').replace(/(?<=[^\s_])_{1,2}$/u, '');
    if (!hadEscapedStar) s = s.replace(/^\*{1,3}(?=\S)/, '').replace(/(?<=\S)\*{1,3}$/, '');
    else s = s.replace(/^\*{2,3}(?=\S)/, '').replace(/(?<=\S)\*{2,3}$/, '');
  } else {
    s = toPlain(parseInline(s, false));
  }
  return s.replace(/\s+/g, ' ').trim();
}

/** Remove a strong/emphasis wrapper that covers the whole run (a bold heading line). */
export function unwrapWhole(nodes: PhrasingContent[]): PhrasingContent[] {
  let cur = nodes;
  while (cur.length === 1 && (cur[0]!.type === 'strong' || cur[0]!.type === 'emphasis')) {
    cur = (cur[0] as { children: PhrasingContent[] }).children;
  }
  return cur;
}
