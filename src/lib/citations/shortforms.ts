/**
 * Stage 4: short forms and aliases within one document.
 * - "(sau đây gọi là Quy định 114)", "(gọi tắt là Đề án 06)" define an alias for
 *   the citation just before; a full symbol inside such a definition is a short form.
 * - "Quy định 114", "Chỉ thị số 37", "Đề án 06" are short forms when the
 *   document cites that type and number in full, or defined that alias.
 * - "Quy định này", "Kế hoạch 5 năm" never match (no number / no antecedent).
 */
import type { Candidate } from './find.ts';
import { docTypeOfWord } from './find.ts';
import { ALIAS_RE, NAMED_NUMBER_RE, NOT_A_NUMBER_AFTER_RE, SHORT_FORM_PREFIX_STICKY, execBefore } from './tokenizers.ts';

interface Alias {
  /** Normalised alias text: "quy định 114". */
  key: string;
  /** Index of the antecedent in the candidate list, or null (alias of an uncited name). */
  target: number | null;
  at: number;
}

const DIGIT_RUN = /\d+/g;
const NOT_BEFORE_NUMBER = /[\p{L}\p{N}/.\-]/u;
const NOT_AFTER_NUMBER = /[\p{L}\p{N}/\-]/u;
const isDigit = (code: number) => code >= 48 && code <= 57;

const aliasKey = (s: string) => s.replace(/[ \n]+/g, ' ').replace(/[ \n]+số[ \n]+/g, ' ').trim().toLocaleLowerCase('vi');

function overlaps(c: Candidate[], s: number, e: number): boolean {
  return c.some((x) => x.start < e && s < x.end);
}

/**
 * `overlaps` over a list sorted by start, in O(log n): a plan cites dozens of
 * documents and its text holds thousands of numbers, and testing every number
 * against every citation was half the engine's time at 10,000 documents.
 */
function overlapIndex(sorted: readonly Candidate[]): (s: number, e: number) => boolean {
  const maxEnd: number[] = [];
  let m = -Infinity;
  for (const x of sorted) maxEnd.push((m = Math.max(m, x.end)));
  return (s, e) => {
    // Last candidate starting before e.
    let lo = 0;
    let hi = sorted.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < e) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = k; i >= 0 && maxEnd[i]! > s; i--) if (sorted[i]!.end > s) return true;
    return false;
  };
}

function shortCandidate(start: number, end: number, docType: Candidate['docType'], num: string, refersTo: number | null): Candidate {
  return {
    start,
    end,
    docType,
    number: num,
    year: null,
    symbol: null,
    date: null,
    issuer: null,
    title: null,
    name: null,
    form: 'short',
    pinpoint: null,
    typed: true,
    identityEnd: end,
    tailEnd: end,
    refersTo,
  };
}

/** Adds short forms to `cands` (sorted, full and by-name) and returns the merged, sorted list. */
export function resolveShortForms(text: string, cands: Candidate[]): Candidate[] {
  const list = [...cands].sort((a, b) => a.start - b.start);
  const overlapsList = overlapIndex(list);
  const aliases: Alias[] = [];

  ALIAS_RE.lastIndex = 0;
  for (let m = ALIAS_RE.exec(text); m; m = ALIAS_RE.exec(text)) {
    const open = m.index;
    const close = m.index + m[0].length;
    const aliasText = m.groups?.alias ?? '';
    // The antecedent: last citation ending before the parenthesis.
    let target: number | null = null;
    for (let i = list.length - 1; i >= 0; i--) {
      const c = list[i]!;
      if (c.end <= open && !(c.start > open)) {
        if (open - c.tailEnd <= 260) target = i;
        break;
      }
    }
    // A full citation inside the definition is the alias itself.
    const inside = list.findIndex((c) => c.start >= open && c.end <= close);
    if (inside >= 0) {
      const c = list[inside]!;
      for (let i = inside - 1; i >= 0; i--) {
        const t = list[i]!;
        if (open - t.end > 600) break;
        if (t.number === c.number && t.symbol === c.symbol && t.form !== 'short') {
          c.form = 'short';
          c.refersTo = i;
          target = i;
          break;
        }
      }
    }
    aliases.push({ key: aliasKey(aliasText), target, at: open });
  }

  const shorts: Candidate[] = [];
  // Only numbers the document cites in full (or aliases) can be short forms: look for those numbers only.
  const numbers = new Set<string>();
  for (const c of list) if (c.number !== null && c.form !== 'name') numbers.add(c.number);
  for (const a of aliases) {
    const n = /(\d{1,6})$/.exec(a.key);
    if (n) numbers.add(n[1]!);
  }
  // Without an antecedent: "Quy định 144 về chuẩn mực …", "Nghị quyết 57 của Bộ Chính trị".
  NAMED_NUMBER_RE.lastIndex = 0;
  for (let nm = NAMED_NUMBER_RE.exec(text); nm; nm = NAMED_NUMBER_RE.exec(text)) {
    const num = nm.groups!.num!;
    const before = text.charCodeAt(nm.index - 1);
    if (before !== 32 && before !== 10) continue;
    if (numbers.has(num) || /^(?:19|20)\d\d$/.test(num)) continue;
    const from = Math.max(0, nm.index - 40);
    const m = execBefore(SHORT_FORM_PREFIX_STICKY, text.slice(from, nm.index), 6);
    if (!m?.groups || /số/iu.test(m[0])) continue;
    const tw = m.groups.tw!;
    if (tw[0] === tw[0]!.toLocaleLowerCase('vi')) continue;
    const start = from + m.index;
    const end = nm.index + num.length;
    if (overlapsList(start, end) || overlaps(shorts, start, end)) continue;
    shorts.push(shortCandidate(start, end, docTypeOfWord(tw), num, null));
  }
  if (numbers.size === 0 && shorts.length === 0) return list;
  // Every run of digits that is a cited number, standing alone: not inside a word, a symbol
  // ("24/2018"), a date or a decimal ("1.5"). One pass over the digits: an alternation of the
  // cited numbers with look-arounds tried at every position of the text was a third of the
  // engine's time.
  DIGIT_RUN.lastIndex = 0;
  for (let nm = DIGIT_RUN.exec(text); nm; nm = DIGIT_RUN.exec(text)) {
    if (!numbers.has(nm[0])) continue;
    const numStart = nm.index;
    const end = numStart + nm[0].length;
    if (numStart > 0 && NOT_BEFORE_NUMBER.test(text[numStart - 1]!)) continue;
    if (end < text.length && (NOT_AFTER_NUMBER.test(text[end]!) || ((text[end] === '.' || text[end] === ',') && isDigit(text.charCodeAt(end + 1))))) continue;
    const from = Math.max(0, numStart - 40);
    const m = execBefore(SHORT_FORM_PREFIX_STICKY, text.slice(from, numStart), 6);
    if (!m?.groups) continue;
    const start = from + m.index;
    const tw = m.groups.tw!;
    // Short forms are proper names: the type word is capitalised ("quy định 114" is prose).
    if (tw[0] !== tw[0]!.toLocaleUpperCase('vi')) continue;
    if (overlapsList(start, end)) continue;
    if (NOT_A_NUMBER_AFTER_RE.test(text.slice(end, end + 14))) continue;
    const num = nm[0];
    const docType = docTypeOfWord(tw);
    const key = aliasKey(`${tw} ${num}`);
    let refersTo: number | null = null;
    let found = false;
    const alias = aliases.find((a) => a.key === key);
    if (alias) {
      found = true;
      refersTo = alias.target;
    } else {
      // Prefer the closest full citation before; else any in the document.
      let best = -1;
      for (let i = 0; i < list.length; i++) {
        const c = list[i]!;
        if (c.form !== 'full' || c.number !== num || c.docType !== docType) continue;
        if (best < 0 || c.start < start) best = i;
      }
      if (best >= 0) {
        found = true;
        refersTo = best;
      }
    }
    if (!found) continue;
    shorts.push(shortCandidate(start, end, docType, num, refersTo));
  }
  if (shorts.length === 0) return list;
  // Re-index refersTo after merging.
  const targets = new Map<Candidate, Candidate | null>();
  for (const c of [...list, ...shorts]) targets.set(c, c.refersTo !== null ? list[c.refersTo] ?? null : null);
  const merged = [...list, ...shorts].sort((a, b) => a.start - b.start);
  const index = new Map<Candidate, number>();
  merged.forEach((c, i) => index.set(c, i));
  for (const c of merged) {
    const t = targets.get(c);
    c.refersTo = t ? index.get(t) ?? null : null;
  }
  return merged;
}
