/**
 * The end of a document: "Nơi nhận:" list, signature block (capacity lines and
 * name), typist references and image captions. None of it is body text.
 */
import { isCaps } from './header.ts';
import { isBlank, isImageCaption, isTypistLine } from './lines.ts';
import type { Omission, SourceLine } from './types.ts';

export interface TailFacts {
  recipients: string[];
  recipientsLine: number | null;
  signer: { name: string | null; capacity: string | null; line: number | null };
  /** Index (into lines) where the body ends (exclusive). */
  bodyEnd: number;
  omissions: Omission[];
}

/** A person's name: 2–6 capitalised words, not all capitals. */
export function isPersonName(s: string): boolean {
  const p = s.trim();
  if (p.length > 50 || isCaps(p)) return false;
  const words = p.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
}

const CAPACITY_START = /^(tm|t\/m|kt|tl|tuq|q|ktl|ký thay|thay mặt)\b\.?/iu;

function isCapacityLine(l: SourceLine): boolean {
  const p = l.plain;
  return p.length <= 60 && (isCaps(p) || CAPACITY_START.test(p));
}

const NOI_NHAN = /^nơi\s+nhận\s*:?\s*$/iu;

export function extractTail(lines: readonly SourceLine[], start: number, end: number): TailFacts {
  const facts: TailFacts = {
    recipients: [], recipientsLine: null,
    signer: { name: null, capacity: null, line: null }, bodyEnd: end, omissions: [],
  };
  const omit = (l: SourceLine, reason: string) => facts.omissions.push({ line: l.no, text: l.plain, reason });

  // Signature: the last name line, with capacity lines above it.
  let sigStart = -1;
  let i = end - 1;
  const skipped: { l: SourceLine; reason: string }[] = [];
  while (i >= start) {
    const l = lines[i]!;
    if (isBlank(l)) { i--; continue; }
    if (isTypistLine(l)) { skipped.push({ l, reason: 'typist reference' }); i--; continue; }
    if (isImageCaption(l)) { skipped.push({ l, reason: 'signature image caption' }); i--; continue; }
    break;
  }
  if (i >= start && isPersonName(lines[i]!.plain)) {
    const nameLine = lines[i]!;
    const capacity: string[] = [];
    const capSkipped: { l: SourceLine; reason: string }[] = [];
    let j = i - 1;
    for (; j >= start; j--) {
      const l = lines[j]!;
      if (isBlank(l)) continue;
      if (isImageCaption(l)) { capSkipped.push({ l, reason: 'signature image caption' }); continue; }
      if (isTypistLine(l)) { capSkipped.push({ l, reason: 'typist reference' }); continue; }
      if (isCapacityLine(l) && !NOI_NHAN.test(l.plain)) { capacity.unshift(l.plain); capSkipped.push({ l, reason: 'signature: capacity' }); continue; }
      break;
    }
    if (capacity.length > 0) {
      facts.signer = { name: nameLine.plain, capacity: capacity.join(' / '), line: nameLine.no };
      omit(nameLine, 'signature: name');
      for (const s of [...capSkipped, ...skipped]) omit(s.l, s.reason);
      sigStart = j + 1;
      while (sigStart < i && isBlank(lines[sigStart]!)) sigStart++;
    }
  }
  const afterBody = sigStart >= 0 ? sigStart : end;

  // Recipients: the last "Nơi nhận:" before the signature (or after it, in other layouts).
  let nn = -1;
  for (let k = end - 1; k >= start; k--) if (NOI_NHAN.test(lines[k]!.plain)) { nn = k; break; }
  if (nn >= 0) {
    const stop = nn < afterBody ? afterBody : end;
    omit(lines[nn]!, 'recipients: heading');
    facts.recipientsLine = lines[nn]!.no;
    let current: string | null = null;
    for (let k = nn + 1; k < stop; k++) {
      const l = lines[k]!;
      if (isBlank(l)) continue;
      if (isTypistLine(l)) { omit(l, 'typist reference'); continue; }
      const item = /^[-+•–]\s*(.*)$/u.exec(l.plain);
      if (item) {
        if (current !== null) facts.recipients.push(cleanRecipient(current));
        current = item[1]!;
      } else if (current !== null) {
        current += ' ' + l.plain;
      } else {
        current = l.plain;
      }
      omit(l, 'recipients');
    }
    if (current !== null) facts.recipients.push(cleanRecipient(current));
    // An empty "-" item (a list cut short) names nobody.
    facts.recipients = facts.recipients.filter((r) => r !== '');
    facts.bodyEnd = Math.min(nn, afterBody);
  } else {
    facts.bodyEnd = afterBody;
  }
  return facts;
}

function cleanRecipient(s: string): string {
  let t = s.replace(/\s+/g, ' ').trim();
  while (t.length > 0 && ' ;,.'.includes(t[t.length - 1]!)) t = t.slice(0, -1);
  return t;
}
