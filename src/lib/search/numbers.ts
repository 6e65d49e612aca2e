/**
 * Document numbers ("số, ký hiệu") as search keys.
 *
 * Each indexed document carries, in a hidden Pagefind meta field, one or more
 * keys built from its own number, symbol and year:
 *
 *   zz{number}z{part}z{part}z…[{year}z]      57-NQ/TW        → zz57znqztwz
 *                                            24/2018/QĐ-UBND → zz24zqdzubndz2018z
 *   zz{number}z{type}z  (type from docType)  Công văn 1419/VKS-VP → also zz1419zcvz
 *
 * Pagefind matches the last query word as a prefix, so a query key that stops
 * early finds every document that starts the same way: "nq 57" → zz57znqz finds
 * 57-NQ/TW and 57/NQ-CP, "57" → zz57z finds every number 57, and the trailing
 * "z" keeps 5 from matching 57 or VP from matching VP7. The "zz" prefix keeps the
 * keys away from real words (Vietnamese has no z) and from citations in the
 * text, so only the document itself answers its number.
 */
import { foldAligned } from './fold.ts';
import { foldDiacritics } from '../vietnamese.ts';

export const KEY_PREFIX = 'zz';
/** The Pagefind meta field that holds the keys. */
export const KEY_FIELD = 'so-hieu';
/** The Pagefind meta field that holds the number as shown ("24/2018/QĐ-UBND"). */
export const NUMBER_FIELD = 'so-ky-hieu';

/** Type abbreviations by type name, folded (notes: "Three shapes of số, ký hiệu"). */
const TYPE_ABBREVIATIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['thong tu lien tich', ['ttlt']],
  ['nghi quyet', ['nq']],
  ['quyet dinh', ['qd']],
  ['quy dinh', ['qd', 'qyd']],
  ['chi thi', ['ct']],
  ['ke hoach', ['kh']],
  ['ket luan', ['kl']],
  ['huong dan', ['hd']],
  ['thong bao', ['tb']],
  ['chuong trinh', ['ctr']],
  ['de an', ['da']],
  ['phuong an', ['pa']],
  ['bao cao', ['bc']],
  ['to trinh', ['ttr']],
  ['quy che', ['qc']],
  ['cong dien', ['cd']],
  ['nghi dinh', ['nd']],
  ['thong tu', ['tt']],
  ['thong tri', ['tt']],
  ['phap lenh', ['pl']],
  ['luat', ['l']],
  ['cong van', ['cv']],
  // "Văn bản số 22/UBND-VP7": any type.
  ['van ban', []],
];

/** Abbreviations a reader may type before or after a number ("NQ57", "kh 200"). */
const TYPED_ABBREVIATIONS = new Set([
  'nq', 'qd', 'qyd', 'ct', 'kh', 'kl', 'hd', 'tb', 'ctr', 'da', 'pa', 'bc', 'ttr', 'qc', 'cd',
  'nd', 'tt', 'ttlt', 'pl', 'cv',
]);

/** The abbreviations for a type name ("Nghị quyết" → ["nq"]); null for an unknown type. */
export function typeAbbreviations(docType: string): readonly string[] | null {
  const folded = foldDiacritics(docType).replace(/\s+/g, ' ').trim();
  for (const [name, abbreviations] of TYPE_ABBREVIATIONS) {
    if (folded === name) return abbreviations;
  }
  return null;
}

/** "02" → "2", "0" → "0", "15a" → "15a". */
function canonicalNumber(n: string): string {
  const folded = foldDiacritics(n).replace(/[^a-z0-9]/g, '');
  return folded.replace(/^0+(?=[0-9])/, '');
}

function symbolParts(symbol: string): string[] {
  return foldDiacritics(symbol)
    .split(/[^a-z0-9]+/)
    .filter((p) => p.length > 0);
}

function key(number: string, parts: readonly string[], year: number | null): string {
  let k = `${KEY_PREFIX}${number}z`;
  for (const p of parts) k += `${p}z`;
  if (year !== null) k += `${year}z`;
  return k;
}

export interface NumberedDocument {
  docType: string | null;
  number: string | null;
  symbol: string | null;
  /** Only the year written in the number (24/2018/QĐ-UBND): a year of issue would make 19/CT-TTg unfindable as typed. */
  symbolYear: number | null;
}

/** The keys one document is found by; empty when it has no number. */
export function documentKeys(doc: NumberedDocument): string[] {
  if (doc.number === null) return [];
  const n = canonicalNumber(doc.number);
  if (n === '') return [];
  const parts = doc.symbol === null ? [] : symbolParts(doc.symbol);
  const keys = [key(n, parts, doc.symbolYear)];
  const types = doc.docType === null ? null : typeAbbreviations(doc.docType);
  for (const t of types ?? []) {
    if (parts[0] !== t) keys.push(key(n, [t], null));
  }
  return [...new Set(keys)];
}

export interface NumberQuery {
  /** Keys to look up, any of which identifies a wanted document. */
  keys: string[];
  /** What the reader typed besides the number (original spelling), trimmed. */
  rest: string;
  /**
   * The query with the type's name written as the texts' symbols write it: "Nghị quyết 57" → "nq 57", "nghị quyết số
   * 57-NQ/TW" → "57-NQ/TW". The words searched for, so that every spelling of one number finds the same documents.
   */
  words: string;
}

// Separators as typed: hyphen, en/em dash, slash, with stray spaces.
const SEP = String.raw`\s*[-\u2010-\u2015/]\s*`;
const FULL = new RegExp(
  String.raw`(?<![a-z0-9])(?:so\s*:?\s*)?(\d+[a-z]?)${SEP}(?:(\d{4})\s*\/\s*)?([a-z][a-z0-9]*(?:${SEP}[a-z0-9]*[a-z][a-z0-9]*)*)(?![a-z0-9])`,
);
const TYPE_NAMES = TYPE_ABBREVIATIONS.map(([name]) => name.replace(/ /g, String.raw`\s+`)).join('|');
const NAMED = new RegExp(String.raw`(?<![a-z0-9])(${TYPE_NAMES})\s+(?:so\s*:?\s*)?(\d+)(?![a-z0-9]|${SEP}[a-z0-9])`);
const TYPE_THEN_NUMBER = /(?<![a-z0-9])([a-z]{1,4})\s*(?:so\s*)?(\d+)(?![a-z0-9]|\s*[-\u2010-\u2015/]\s*[a-z0-9])/g;
const NUMBER_THEN_TYPE = /(?<![a-z0-9])(\d+)\s*([a-z]{1,4})(?![a-z0-9])/g;
const BARE = /^\s*(?:so\s*:?\s*)?(\d+)\s*$/;
const LEADING_TYPE_NAME = new RegExp(String.raw`(?:^|\s)(${TYPE_NAMES})\s*$`);

/**
 * Recognises a document number in a query ("57-NQ/TW", "57/NQ-TW", "nq 57",
 * "NQ57", "Nghị quyết 57", "24/2018/QD-UBND", "số 200"); null when there is none.
 */
export function parseNumberQuery(query: string): NumberQuery | null {
  const { folded, source, nfc } = foldAligned(query);
  const at = (i: number): number => (i >= source.length ? nfc.length : (source[i] ?? nfc.length));
  /** The query with folded[start, end) replaced by `by`. */
  const cut = (start: number, end: number, by = ''): string => `${nfc.slice(0, at(start))} ${by} ${nfc.slice(at(end))}`.replace(/\s+/g, ' ').trim();
  const asTyped = nfc.replace(/\s+/g, ' ').trim();

  let m = FULL.exec(folded);
  if (m) {
    const n = canonicalNumber(m[1]!);
    const year = m[2] ? Number(m[2]) : null;
    const parts = symbolParts(m[3]!);
    let start = m.index;
    // "Nghị quyết 57-NQ/TW": the type name adds nothing to the number.
    const before = LEADING_TYPE_NAME.exec(folded.slice(0, start));
    if (before) start = before.index + (before[0].length - before[0].trimStart().length);
    // (The type's name and "số" before the number add nothing to it.)
    const typed = nfc.slice(at(m.index + m[0].indexOf(m[1]!)), at(m.index + m[0].length));
    return { keys: [key(n, parts, year)], rest: cut(start, m.index + m[0].length), words: cut(start, m.index + m[0].length, typed) };
  }
  m = NAMED.exec(folded);
  if (m) {
    const name = m[1]!.replace(/\s+/g, ' ');
    const types = TYPE_ABBREVIATIONS.find(([t]) => t === name)?.[1] ?? [];
    const n = canonicalNumber(m[2]!);
    const keys = types.length === 0 ? [key(n, [], null)] : types.map((t) => key(n, [t], null));
    return { keys, rest: cut(m.index, m.index + m[0].length), words: cut(m.index, m.index + m[0].length, `${types[0] ?? ''} ${m[2]!}`) };
  }
  for (const re of [TYPE_THEN_NUMBER, NUMBER_THEN_TYPE]) {
    for (const t of folded.matchAll(re)) {
      const [type, num] = re === TYPE_THEN_NUMBER ? [t[1]!, t[2]!] : [t[2]!, t[1]!];
      if (!TYPED_ABBREVIATIONS.has(type)) continue;
      const n = canonicalNumber(num);
      return {
        keys: [key(n, [type], null)],
        rest: cut(t.index, t.index + t[0].length),
        words: asTyped,
      };
    }
  }
  m = BARE.exec(folded);
  if (m) {
    const n = canonicalNumber(m[1]!);
    return { keys: [key(n, [], null)], rest: '', words: asTyped };
  }
  return null;
}
