/**
 * Document splitting: one source file can hold several documents, e.g. a
 * covering letter followed by the full text of the plan it forwards. A new
 * document starts at a type line ("KẾ HOẠCH") that follows a signature, or at
 * a whole header (issuer, national name, "Số:") that follows one (a repost
 * quoting a second letter after the first).
 */
import { boilerplateOf, docTypeOf, foldAll, isCaps } from './header.ts';
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
    // (In parentheses or opening a line of its own, "(Ban hành kèm theo …)"; not a title wrapped before "ban hành kèm
    // theo Thông tư số …", which goes on in lower case.)
    if (ATTACHED.test(p) && /^(?:\(|\p{Lu})/u.test(p)) return true;
  }
  return false;
}

/** Indexes of the next `n` non-blank lines from `i` on (or before it, going back). */
function nonBlank(lines: readonly SourceLine[], i: number, n: number, step: 1 | -1): number[] {
  const out: number[] = [];
  for (let j = i; j >= 0 && j < lines.length && out.length < n; j += step) if (!isBlank(lines[j]!)) out.push(j);
  return out;
}

/** An issuer line in capitals that opens a whole header: the national name and a "Số:" line follow. */
function headerAt(lines: readonly SourceLine[], i: number): boolean {
  const p = lines[i]!.plain.trim();
  if (!isCaps(p) || p.length > 120 || docTypeOf(p) || boilerplateOf(p)) return false;
  // A signature's capacity ("PHÓ TỔNG CỤC TRƯỞNG", "KT. BỘ TRƯỞNG") is no issuer.
  if (/^(?:phó|kt|tm|tl|tuq|q)(?![\p{L}])|trưởng|giám đốc|(?:chủ tịch|bí thư)$/iu.test(p)) return false;
  const next = nonBlank(lines, i + 1, 10, 1).map((j) => lines[j]!.plain.trim());
  // OCR reads the two columns as one line: "BỘ TAI CHÍNH CỌNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM".
  const nationBeside = p.length > 40 && /^\S.*\scong hoa xa hoi chu nghia/u.test(foldAll(p).toLowerCase());
  if (!nationBeside && p.length > 80) return false;
  // A draft's number is blank: "Số:  /TTr-BTC", "Nghị quyết số: — /2017/QH14"; OCR writes "Sé:", "Sô:", "$6:".
  return (nationBeside || next.some((t) => boilerplateOf(t) === 'national name')) && next.some((t) => /^(?:\p{L}+(?: \p{L}+){0,2} )?(?:[Ss][ốôoóòé]|\$6)\s*:?\s*(?:\d|[.…\s—–-]*\/)/u.test(t));
}

/** A signature (a capacity in capitals, then a name) within the few lines before `i`. */
function signedBefore(lines: readonly SourceLine[], i: number): boolean {
  const back = nonBlank(lines, i - 1, 4, -1);
  return back.some((j, n) => isPersonName(lines[j]!.plain.trim()) && back.slice(n + 1, n + 3).some((k) => isCaps(lines[k]!.plain.trim())));
}

/**
 * The end of a text's tail just before `i`: its signature, or a recipients list closed by "Lưu: …"
 * and then a page break (a scan whose name OCR lost).
 */
function closedBefore(lines: readonly SourceLine[], i: number): boolean {
  if (signedBefore(lines, i)) return true;
  // Without a name, only across a page break: a form in an appendix has its own "Lưu: …" and header on the same page.
  const back = nonBlank(lines, i - 1, 6, -1);
  const marker = back.findIndex((j) => boilerplateOf(lines[j]!.plain.trim()) === 'page marker');
  if (marker < 0) return false;
  const before = back.slice(marker).filter((j) => boilerplateOf(lines[j]!.plain.trim()) !== 'page marker').slice(0, 2);
  return before.some((j) => /^[-~+•–]?\s*luu\s*[:.]/u.test(foldAll(lines[j]!.plain.trim()).toLowerCase()));
}

/**
 * An appendix's form: its header follows "PHỤ LỤC 01" / "MẪU GIẤY PHÉP …" / "(Ban hành kèm theo …)", and its
 * number is left blank ("Số:       /GP-NHNN", "Số: ……") or not there. A document printed whole in an appendix has its number.
 */
function appendixFormAt(lines: readonly SourceLine[], i: number): boolean {
  if (!nonBlank(lines, i, 5, -1).some((j) => /^(?:PHỤ LỤC|Phụ lục|MẪU|Mẫu)(?:\s|$)/u.test(lines[j]!.plain.trim()))) return false;
  return !nonBlank(lines, i + 1, 10, 1).some((j) => /^(?:Số|SỐ)(?:\s|:)[^\d]*\d/u.test(lines[j]!.plain.trim()));
}

export function splitDocuments(lines: readonly SourceLine[]): PartRange[] {
  const starts: number[] = [0];
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (attachmentAt(lines, i)) { starts.push(i); continue; }
    if (headerAt(lines, i) && closedBefore(lines, i) && !appendixFormAt(lines, i) && i - starts[starts.length - 1]! > 10) { starts.push(i); continue; }
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
