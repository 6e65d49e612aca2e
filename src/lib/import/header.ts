/**
 * Header extraction: the block before the body (issuer lines, national motto,
 * "Số:", place and date, type line, title or "V/v", receiving stamps).
 */
import { parseNumberSymbol, parsePlaceDate, type NumberSymbol } from './dates.ts';
import { boilerplateReason, isBlank } from './lines.ts';
import type { Omission, SourceLine } from './types.ts';
import { DOC_TYPES, foldTone } from './vietnamese.ts';

export interface HeaderFacts {
  /** All-caps issuer lines in order (parent first), with line numbers. */
  issuerLines: { text: string; no: number }[];
  numberSymbol: (NumberSymbol & { line: number }) | null;
  place: { value: string; line: number } | null;
  date: { iso: string | null; raw: string; line: number } | null;
  docType: { value: string; line: number } | null;
  title: { value: string; lines: number[]; isSubject: boolean } | null;
  /** Index (into the part's lines) of the first body line. */
  bodyStart: number;
  omissions: Omission[];
}

export function isCaps(s: string): boolean {
  if (s.length > 200 || /\p{Ll}/u.test(s.slice(0, 24)) || s !== s.toUpperCase()) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** "KẾ HOẠCH" → "Kế hoạch" when it is a known type name. */
export function docTypeOf(plain: string): string | null {
  const p = foldTone(plain.replace(/[:.]$/, '').trim().toLowerCase());
  for (const t of DOC_TYPES) if (foldTone(t.toLowerCase()) === p) return t;
  return null;
}

function sentenceCase(caps: string): string {
  const lower = caps.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

const BODY_OPENERS = /^(căn cứ|thực hiện|theo|kính gửi|xét|ngày\s+\d|để|nhằm|trên cơ sở|sau khi|vừa qua|hiện nay)\b/iu;

/** A body sentence ("Căn cứ Luật …;", "Thực hiện Quyết định số …"), not a title that starts the same way. */
function isBodyOpening(plain: string): boolean {
  if (!BODY_OPENERS.test(plain)) return false;
  if (/^(căn cứ|kính gửi|xét)\b/iu.test(plain)) return true;
  return /[;:,.]$/u.test(plain) || /\ssố\s+\d/u.test(plain) || plain.length > 250;
}

/** Receiving stamp: an office name followed by "Số: N" (no symbol) or "ĐẾN". */
function stampAt(lines: readonly SourceLine[], i: number): boolean {
  const l = lines[i]!;
  if (!isCaps(l.plain) || /^số\b/iu.test(l.plain)) return false;
  let j = i + 1;
  while (j < lines.length && isBlank(lines[j]!)) j++;
  const next = lines[j];
  if (!next) return false;
  return /^số\s*:?\s*\d+\s*$/iu.test(next.plain) || /^đến\b/iu.test(next.plain);
}

/** Extent of a receiving stamp starting at i: its fields, then short handwritten notes. */
function stampEnd(lines: readonly SourceLine[], i: number): number {
  let j = i + 1;
  let lastStamp = i;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (isBlank(l)) continue;
    if (/^(số|ngày|đến|chuyển|chuyên|giờ|lưu hồ sơ|số và ký hiệu)\b[^:]{0,20}:?/iu.test(l.plain) && l.plain.length <= 40) {
      lastStamp = j;
      continue;
    }
    if (l.plain.length <= 30 && !BODY_OPENERS.test(l.plain) && !/^[-+•]\s/.test(l.plain)) {
      lastStamp = j; // handwriting on the stamp: "Triển khai", "13/6/23"
      continue;
    }
    break;
  }
  return lastStamp;
}

export function extractHeader(lines: readonly SourceLine[], start: number, end: number): HeaderFacts {
  const facts: HeaderFacts = {
    issuerLines: [], numberSymbol: null, place: null, date: null, docType: null, title: null,
    bodyStart: start, omissions: [],
  };
  const omit = (l: SourceLine, reason: string) => facts.omissions.push({ line: l.no, text: l.plain, reason });
  let i = start;
  for (; i < end; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    const bp = boilerplateReason(l);
    if (bp) { omit(l, bp); continue; }
    if (stampAt(lines, i)) {
      const e = Math.min(stampEnd(lines, i), end - 1);
      for (let k = i; k <= e; k++) if (!isBlank(lines[k]!)) omit(lines[k]!, 'receiving stamp of another office');
      i = e;
      continue;
    }
    const num = /^số\s*:?\s*(.+)$/iu.exec(l.plain);
    if (num && !facts.numberSymbol) {
      const ns = parseNumberSymbol(num[1]!);
      if (ns) { facts.numberSymbol = { ...ns, line: l.no }; omit(l, 'header: number and symbol'); continue; }
    }
    const pd = parsePlaceDate(l.plain);
    if (pd && !facts.date && l.plain.length < 80) {
      facts.place = { value: pd.place, line: l.no };
      facts.date = { iso: pd.date.iso, raw: pd.date.raw, line: l.no };
      omit(l, 'header: place and date');
      continue;
    }
    if (/^v\/v\b/iu.test(l.plain) && !facts.title) {
      const parts = [l.plain];
      const nos = [l.no];
      omit(l, 'header: title (V/v)');
      while (i + 1 < end && !isBlank(lines[i + 1]!) && !parsePlaceDate(lines[i + 1]!.plain)) {
        i++;
        parts.push(lines[i]!.plain);
        nos.push(lines[i]!.no);
        omit(lines[i]!, 'header: title (V/v)');
      }
      // The subject line of a letter: its text after "V/v" (về việc) is the title.
      facts.title = { value: parts.join(' ').replace(/^v\/v\s*/iu, ''), lines: nos, isSubject: true };
      if (!facts.docType) facts.docType = { value: 'Công văn', line: l.no };
      continue;
    }
    const known = isCaps(l.plain) ? docTypeOf(l.plain) : null;
    const afterFacts = facts.numberSymbol !== null || facts.date !== null || facts.issuerLines.length > 0;
    const typeLine = known ?? (!facts.docType && isCaps(l.plain) && (l.mdHeading !== null || afterFacts) && (facts.date !== null || facts.numberSymbol !== null) && l.plain.split(/\s+/).length <= 6 ? sentenceCase(l.plain) : null);
    if (typeLine && !facts.docType) {
      facts.docType = { value: typeLine, line: l.no };
      omit(l, 'header: document type');
      // The title: the next run of non-blank lines, unless the body starts right away.
      let j = i + 1;
      while (j < end && isBlank(lines[j]!)) j++;
      const parts: string[] = [];
      const nos: number[] = [];
      let k = j;
      while (k < end && !isBlank(lines[k]!) && !isBodyOpening(lines[k]!.plain) && !stampAt(lines, k)) {
        parts.push(lines[k]!.plain);
        nos.push(lines[k]!.no);
        k++;
      }
      const value = parts.join(' ').replace(/\s+/g, ' ').trim();
      if (value && value.length <= 600) {
        facts.title = { value, lines: nos, isSubject: false };
        for (let t = j; t < k; t++) omit(lines[t]!, 'header: title');
        i = k - 1;
      }
      continue;
    }
    if (!facts.docType && isCaps(l.plain) && !known && l.plain.length <= 80) {
      facts.issuerLines.push({ text: l.plain, no: l.no });
      omit(l, 'header: issuer');
      continue;
    }
    break;
  }
  facts.bodyStart = i;
  return facts;
}
