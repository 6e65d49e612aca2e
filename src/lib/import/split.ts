/**
 * Document splitting: one source file can hold several documents, e.g. a
 * covering letter followed by the full text of the plan it forwards. A new
 * document starts at a type line ("KẾ HOẠCH") that follows a signature.
 */
import { docTypeOf, isCaps } from './header.ts';
import { isBlank } from './lines.ts';
import { isPersonName } from './tail.ts';
import type { SourceLine } from './types.ts';

export interface PartRange {
  /** Index of the first line (inclusive). */
  start: number;
  /** Index after the last line (exclusive). */
  end: number;
}

/** "(Ban hành kèm theo Quyết định số …)": the line that says a document is attached to another. */
export const ATTACHED = /^\(?\s*(?:ban hành\s+)?kèm theo\s+(?!văn bản này|.{0,20}này\b)/iu;

/** A type line ("QUY ĐỊNH") followed, after its title, by "(Ban hành kèm theo …)". */
function attachmentAt(lines: readonly SourceLine[], i: number): boolean {
  const t = docTypeOf(lines[i]!.plain.replace(/\*/g, ''));
  if (!t || !isCaps(lines[i]!.plain.replace(/\*/g, '')) || t === 'Công văn') return false;
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < 5; j++) {
    const p = lines[j]!.plain.replace(/\*/g, '').trim();
    if (p === '') continue;
    seen++;
    if (ATTACHED.test(p)) return true;
  }
  return false;
}

export function splitDocuments(lines: readonly SourceLine[]): PartRange[] {
  const starts: number[] = [0];
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (attachmentAt(lines, i)) { starts.push(i); continue; }
    if (!isCaps(l.plain) || !docTypeOf(l.plain)) continue;
    // The nearest non-blank line above must be a signer's name, with a capacity line above it.
    let j = i - 1;
    while (j >= 0 && isBlank(lines[j]!)) j--;
    if (j < 0 || !isPersonName(lines[j]!.plain)) continue;
    let k = j - 1;
    while (k >= 0 && isBlank(lines[k]!)) k--;
    if (k < 0 || !isCaps(lines[k]!.plain)) continue;
    starts.push(i);
  }
  return starts.map((s, n) => ({ start: s, end: starts[n + 1] ?? lines.length }));
}
