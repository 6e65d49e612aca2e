/**
 * Stage 5: relations from the wording. Within one clause (up to ";" or a
 * sentence end), a keyword before a citation says how the citing document
 * relates to it ("Căn cứ" basis, "Thực hiện/Triển khai" implements, "thay
 * thế" replaces, "sửa đổi" amends, "hướng dẫn" guides). A keyword between two
 * citations ("Nghị quyết số 71/NQ-CP … thực hiện Nghị quyết số 57-NQ/TW")
 * relates the first cited document to the second instead.
 */
import type { Relation } from './models.ts';
import type { Candidate } from './find.ts';

const KEYWORDS: Array<[RegExp, Relation]> = [
  [/căn[ \n]cứ/giu, 'basis'],
  [/thực[ \n]hiện|triển[ \n]khai|quán[ \n]triệt/giu, 'implements'],
  [/thay[ \n]thế/giu, 'replaces'],
  [/sửa[ \n]đổi/giu, 'amends'],
  [/hướng[ \n]dẫn[ \n](?:thi[ \n]hành|thực[ \n]hiện)/giu, 'guides'],
];

/** Last relation keyword in text[from, to), with its position and end. */
function lastKeyword(text: string, from: number, to: number): { relation: Relation; at: number; end: number } | null {
  const slice = text.slice(from, to);
  let best: { relation: Relation; at: number; end: number } | null = null;
  for (const [re, rel] of KEYWORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (!best || m.index >= best.at) best = { relation: rel, at: m.index, end: m.index + m[0].length };
    }
  }
  if (!best) return null;
  // "Hiến pháp … đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 51/2001/QH10", "Điểm này được sửa đổi theo quy
  // định tại khoản 3 Điều 1 của Thông tư số 04/2018/TT-BLĐTBXH": what another text underwent, the document after it the
  // one that did it, not what the citing text does; a clause that opens "Căn cứ" still makes it a basis.
  if (best.relation !== 'basis' && PASSIVE_RE.test(slice.slice(Math.max(0, best.at - 12), best.at))) {
    const basis = BASIS_LEAD_RE.exec(slice);
    return basis ? { relation: 'basis', at: from + basis[1]!.length, end: from + basis[0].length } : { relation: 'cites', at: from + best.at, end: from + best.end };
  }
  // "… được thực hiện theo quy định của Luật Quản lý thuế", "thực hiện theo hướng dẫn tại Điều 20 Thông tư …": done as
  // another text says, a reference to it, not a plan carrying it out.
  // (…nor "Trong thực hiện phải …, bảo đảm không trái với Điều lệ Đảng": a text it keeps to.)
  const relation = best.relation === 'implements' && (DONE_AS_RE.test(slice.slice(best.end)) || CONFORMS_RE.test(slice.slice(best.end))) ? 'cites' : best.relation;
  return { relation, at: from + best.at, end: from + best.end };
}
const DONE_AS_RE = /^[ \n]+(?:theo|như)(?![\p{L}])/u;
const PASSIVE_RE = /(?:^|[ \n])được[ \n]+$/u;
const BASIS_LEAD_RE = /^([ \n\-–]*)căn[ \n]cứ/iu;
const CONFORMS_RE = /(?:không[ \n]+trái|phù[ \n]+hợp)[ \n]+với[ \n]*$/u;

/** Words allowed between a keyword and the citation it governs ("thực hiện có hiệu quả các Chỉ thị"). */
const GOVERNS = /^[ \n]*(?:(?:có[ \n]hiệu[ \n]quả|nghiêm[ \n]túc|nghiêm|tốt|đầy[ \n]đủ|các|nội[ \n]dung|thực[ \n]hiện|theo|một[ \n]số[ \n]điều[ \n]của|bổ[ \n]sung|,)[ \n]*){0,4}$/u;
/** The sentence moved on between the two citations: the keyword is not about the first one. */
const NEW_CLAUSE = /,[ \n]*(?:đồng[ \n]thời|\p{Lu})|gắn[ \n]với|với[ \n]việc|[ \n]giao[ \n]|[ \n]và[ \n]\p{Lu}/u;

/** Start of the clause containing `pos`. */
export function clauseStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0 && i > pos - 600; i--) {
    const ch = text[i]!;
    if (ch === ';') return i + 1;
    if ((ch === '.' || ch === ':') && (text[i + 1] === ' ' || text[i + 1] === '\n') && !/\d/.test(text[i - 1] ?? '') && !/^(?:TP|Tp|V\/v)$/.test(text.slice(Math.max(0, i - 3), i).trim())) return i + 1;
    if (ch === '\n' && /^[-+•]|^\d+(?:\.\d+)*[./)][ \n]|^[IVX]+\.[ \n]|^[a-zđ]\)[ \n]/u.test(text.slice(i + 1, i + 8))) return i + 1;
  }
  return Math.max(0, pos - 600);
}

export interface LearnedEdge {
  from: number;
  to: number;
  relation: Relation;
  sentenceStart: number;
  sentenceEnd: number;
}

/** Nothing but spaces or a dash before a list item's document or keyword. */
const ITEM_LEAD_RE = /^[ \n-]*$/u;

/**
 * A clause that is only a document, after one that opened with a keyword and a document: "Thực hiện Chỉ thị số 19/CT-TTg …;
 * Hướng dẫn số 16/HĐ-HDTHĐKT …;" lists what the citing text implements, the keyword said once.
 */
function listGoesOn(text: string, cands: ReadonlyArray<Candidate & { relation?: Relation }>, i: number, cs: number): Relation | null {
  if (text[cs - 1] !== ';' || !ITEM_LEAD_RE.test(text.slice(cs, cands[i]!.start)) || i === 0) return null;
  const before = clauseStart(text, cs - 1);
  const first = cands.findIndex((x) => x.start >= before);
  if (first < 0 || first >= i) return null;
  const lead = lastKeyword(text, before, cands[first]!.start);
  // (…the list going on over several items: "Căn cứ Luật A; Luật B; Luật C;".)
  const item = !lead && text[before - 1] === ';' && ITEM_LEAD_RE.test(text.slice(before, cands[first]!.start));
  if (!item && (!lead || lead.relation === 'cites' || !ITEM_LEAD_RE.test(text.slice(before, lead.at)))) return null;
  const relation = cands[first]!.relation ?? null;
  return relation === 'cites' ? null : relation;
}

/** Sets `relation` on every candidate and returns edges between cited documents (candidate indices). */
export function assignRelations(text: string, cands: Array<Candidate & { relation?: Relation }>): LearnedEdge[] {
  const edges: LearnedEdge[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const cs = clauseStart(text, c.start);
    // Previous citation in the same clause.
    let p = i - 1;
    while (p >= 0 && cands[p]!.end > c.start) p--;
    const prev = p >= 0 && cands[p]!.start >= cs ? cands[p]! : null;
    if (!prev) {
      c.relation = lastKeyword(text, cs, c.start)?.relation ?? listGoesOn(text, cands, i, cs) ?? 'cites';
      continue;
    }
    const found = lastKeyword(text, prev.end, c.start);
    const kw = found && GOVERNS.test(text.slice(found.end, c.start)) ? found : null;
    // This citation stands inside the earlier one's own "về …" title ("Kế hoạch số 103/KH-UBND … về
    // triển khai Đề án … gắn với việc thực hiện Chỉ thị số 02/CT-UBND"): whatever the title's wording,
    // it tells what the earlier document does, not what the citing document does.
    const inTitle = prev.tailEnd > c.start;
    if (kw && !inTitle && NEW_CLAUSE.test(text.slice(prev.identityEnd, kw.at))) {
      // "… gắn với thực hiện Nghị quyết …": the citing document's own relation, not the earlier document's.
      c.relation = kw.relation;
    } else if (kw) {
      // The keyword sits between the two: the earlier cited document relates to this one.
      c.relation = 'cites';
      const from = prev.form === 'short' && prev.refersTo !== null ? prev.refersTo : p;
      const to = c.form === 'short' && c.refersTo !== null ? c.refersTo : i;
      const fromC = cands[from]!;
      if (fromC.form !== 'name' && from !== to && kw.relation !== 'basis') {
        edges.push({ from, to, relation: kw.relation, sentenceStart: cs, sentenceEnd: sentenceEnd(text, c.end) });
      }
    } else {
      // A list: "Thực hiện Quyết định số 923/QĐ-TTg … và Kế hoạch số 02/KH-UBND …".
      c.relation = prev.relation ?? 'cites';
    }
  }
  return edges;
}

export function sentenceEnd(text: string, pos: number): number {
  for (let i = pos; i < text.length && i < pos + 600; i++) {
    const ch = text[i]!;
    if (ch === ';') return i + 1;
    if (ch === '.' && (i + 1 >= text.length || text[i + 1] === ' ' || text[i + 1] === '\n') && !/\d/.test(text[i - 1] ?? '')) return i + 1;
    if (ch === '\n' && /^\n|^[-+•]|^\d+(?:\.\d+)*[./)][ \n]|^[IVX]+\.[ \n]/u.test(text.slice(i + 1, i + 8))) return i;
  }
  return Math.min(text.length, pos + 600);
}
