/**
 * Section anchors built from a document's own numbering ("II.", "2.1.", "a)",
 * "Phần 3", "Chương II", "Điều 6", "Khoản 5"), never from its words, so that a
 * corrected heading keeps its link. Pure: no Astro, no DOM.
 */
import { asciiSlug } from './slug.ts';

/** Structural levels, outermost first; a new item closes every open item of its level or deeper. */
const RANK = {
  part: 0,
  chapter: 1,
  section: 2,
  article: 3,
  clause: 4,
  roman: 5,
  numeric: 6,
  letter: 7,
} as const;
export type LabelKind = keyof typeof RANK;

export interface NumberLabel {
  kind: LabelKind;
  /** Id fragment for this level alone: "ii", "2-1", "a", "phan-3", "dieu-6", "khoan-5". */
  key: string;
  /** As printed, for the human label: "II", "2.1", "a", "3", "6". */
  value: string;
  /** Numeric labels only: the dotted segments ("2.1." → ["2", "1"]). */
  segments?: string[];
}

export interface AnchorInput {
  text: string;
  /** Headings always get an anchor; paragraphs only when they start with a label. */
  heading: boolean;
}

export interface Anchor {
  id: string;
  /** For citing: "Mục II.2", "Điều 6 Khoản 5", "Phần 3". */
  label: string;
  /** Null for an unnumbered heading (its id is a slug of its words). */
  kind: LabelKind | null;
}

const ORDINALS: Record<string, string> = {
  nhất: '1', một: '1', hai: '2', ba: '3', tư: '4', bốn: '4', năm: '5', sáu: '6',
  bảy: '7', tám: '8', chín: '9', mười: '10',
};

// Romans up to 39 only: single capitals such as "C." or "D." are list letters far more often.
const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;

/** Reads the numbering label at the start of a heading or paragraph, or null. */
export function parseLabel(raw: string): NumberLabel | null {
  const text = raw.normalize('NFC').replace(/^[\s*_#>]+/, '');
  let m = /^(phần|chương|mục|điều|khoản)\s+(thứ\s+(\p{L}+)|[0-9]+|[IVXLC]+)(?=$|[\s.:;,)–-])/iu.exec(text);
  if (m) {
    const word = m[1]!.toLowerCase();
    let value = m[3] ? ORDINALS[m[3].toLowerCase()] : m[2]!;
    if (!value) return null;
    if (/^[ivxlc]+$/i.test(value)) value = value.toUpperCase();
    const key = value.toLowerCase();
    switch (word) {
      case 'phần':
        return { kind: 'part', key: `phan-${key}`, value };
      case 'chương':
        return { kind: 'chapter', key: `chuong-${key}`, value };
      case 'mục':
        return { kind: 'section', key: `muc-${key}`, value };
      case 'điều':
        return { kind: 'article', key: `dieu-${key}`, value };
      default:
        return { kind: 'clause', key: `khoan-${key}`, value };
    }
  }
  // "I.", "I:", and "I-" / "I –" as some outlines write it.
  m = /^([IVXL]+)\s*(?:[.:]|[-–](?=\s*\p{Lu}))\s*(?=\S|$)/u.exec(text);
  if (m && ROMAN.test(m[1]!)) {
    return { kind: 'roman', key: m[1]!.toLowerCase(), value: m[1]! };
  }
  // "2.1." and "2.1" followed by a space; a bare "2" without a dot is not a label.
  m = /^(\d{1,3}(?:\.\d{1,2})*)(?:\.|(?<=\d\.\d{1,2})(?=\s))(?=\s|$|\*)/.exec(text);
  if (m) {
    const segments = m[1]!.split('.');
    return { kind: 'numeric', key: segments.join('-'), value: m[1]!, segments };
  }
  m = /^(\p{Ll})\)\s*/u.exec(text);
  if (m) {
    const letter = m[1]!;
    return { kind: 'letter', key: asciiSlug(letter) || letter, value: letter };
  }
  return null;
}

interface Open {
  label: NumberLabel;
}

/** The human label of an item given its open ancestors (outermost first). */
function humanLabel(chain: NumberLabel[]): string {
  const parts: string[] = [];
  let dotted: string[] = [];
  let underArticle = false;
  const flushDotted = () => {
    if (dotted.length) parts.push(`Mục ${dotted.join('.')}`);
    dotted = [];
  };
  for (const l of chain) {
    switch (l.kind) {
      case 'part':
        flushDotted();
        parts.push(`Phần ${l.value}`);
        break;
      case 'chapter':
        flushDotted();
        parts.push(`Chương ${l.value}`);
        break;
      case 'section':
        flushDotted();
        parts.push(`Mục ${l.value}`);
        break;
      case 'article':
        flushDotted();
        underArticle = true;
        parts.push(`Điều ${l.value}`);
        break;
      case 'clause':
        flushDotted();
        parts.push(`Khoản ${l.value}`);
        break;
      case 'roman':
        flushDotted();
        dotted = [l.value];
        break;
      case 'numeric':
        if (underArticle && dotted.length === 0) parts.push(`Khoản ${l.value}`);
        else {
          // "2.1" under "2." already carries its parent: keep only the roman prefix.
          const romanPrefix = dotted.length && /^[IVXL]+$/.test(dotted[0]!) ? [dotted[0]!] : [];
          dotted = [...romanPrefix, ...l.segments!];
        }
        break;
      case 'letter':
        flushDotted();
        parts.push(`Điểm ${l.value}`);
        break;
    }
  }
  flushDotted();
  return parts.join(' ');
}

/** Articles are numbered through the whole document, and cited as "Điều 6": their id stands alone. */
const ABSOLUTE: ReadonlySet<LabelKind> = new Set(['article']);

/**
 * One anchor per input (null for a paragraph without a label), in document
 * order. Ids are unique: a repeat gets "-2", "-3" … in order of appearance.
 */
export function computeAnchors(items: readonly AnchorInput[]): Array<Anchor | null> {
  const stack: Open[] = [];
  const used = new Set<string>();
  const unique = (base: string): string => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };

  return items.map((item): Anchor | null => {
    const label = parseLabel(item.text);
    if (!label) {
      if (!item.heading) return null;
      const words = asciiSlug(item.text) || 'muc';
      return { id: unique(words), label: item.text.trim(), kind: null };
    }
    const rank = RANK[label.kind];
    while (stack.length && RANK[stack[stack.length - 1]!.label.kind] >= rank) stack.pop();
    // Everything under an article hangs from it alone: "Điều 6 Khoản 5" whatever the chapter.
    let from = 0;
    stack.forEach((o, i) => {
      if (ABSOLUTE.has(o.label.kind)) from = i;
    });
    const ancestors = ABSOLUTE.has(label.kind) ? [] : stack.slice(from).map((o) => o.label);
    // A numeric label carries its numeric parents ("2.1" under "2."): drop them from the id.
    const idParts = ancestors.filter((a) => !(label.kind === 'numeric' && a.kind === 'numeric')).map((a) => a.key);
    const id = unique([...idParts, label.key].join('-'));
    const chain = [...ancestors, label];
    stack.push({ label });
    return { id, label: humanLabel(chain), kind: label.kind };
  });
}
