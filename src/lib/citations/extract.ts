/**
 * The per-document pipeline: clean → find (symbols, names) → short forms →
 * relations → citations with offsets into the text as given.
 */
import type { Citation, CollectionDocument, Relation } from './models.ts';
import { clean, rawEnd, rawStart, type CleanText } from './clean.ts';
import { findNumberedWithoutSymbol, findSymbolCitations, type Candidate } from './find.ts';
import { findByName } from './byname.ts';
import { resolveShortForms } from './shortforms.ts';
import { parsePinpoint, parseTail } from './parse.ts';
import { assignRelations, clauseStart, sentenceEnd, type LearnedEdge } from './relations.ts';
import { symbolKey } from './identity.ts';

export interface ExtractContext {
  self?: CollectionDocument | null;
}

export interface Extraction {
  citations: Citation[];
  /** Implementation edges between cited documents, as citation indices. */
  edges: Array<{ from: number; to: number; relation: Relation; sentence: string }>;
  cleaned: CleanText;
}

/** The enacting formula of a law or ordinance, right before its name: "Quốc hội ban hành ", "Ủy ban Thường vụ Quốc hội ban hành ". */
const ENACTING_BEFORE = /(?:Quốc[ \n]+hội|Ủy[ \n]+ban[ \n]+Thường[ \n]+vụ[ \n]+Quốc[ \n]+hội)[ \n]+ban[ \n]+hành[ \n]+$/u;
/** The rest of a name after its comma, words in lower case up to "số": ", vệ sinh lao động số " (group 1: the " số "). */
const NAME_AFTER_COMMA = /^,[ \n](?:\p{Ll}+[ \n]){1,6}?((?:số|sổ)[ \n]?)/u;
/** By-name law followed by its number ("Luật Thi đua, khen thưởng số 06/2022/QH15") is one citation. */
function mergeNamed(text: string, symbols: Candidate[], named: Candidate[]): Candidate[] {
  const keep: Candidate[] = [];
  for (const n of named) {
    // "Luật An toàn, vệ sinh lao động số 84/2015/QH13": a name the engine cut at its comma goes on, in lower case, to its number.
    const rest = NAME_AFTER_COMMA.exec(text.slice(n.end, n.end + 80));
    if (rest && (n.docType === 'Luật' || n.docType === 'Bộ luật' || n.docType === 'Pháp lệnh') && symbols.some((s) => s.start === n.end + rest[0].length - rest[1]!.length || s.start === n.end + rest[0].length)) {
      n.end += rest[0].length - rest[1]!.length;
      while (/[ \n]/u.test(text[n.end - 1]!)) n.end--;
      n.name = text.slice(n.start, n.end).replace(/\n/g, ' ');
    }
    const after = /^[ \n]?(?:\([ \n]?)?(?:(?:số|sổ)[ \n]?)?/u.exec(text.slice(n.end, n.end + 8));
    const at = n.end + (after ? after[0].length : 0);
    // (Not a document cited by its own type right after the name, on the next line: "… theo hợp đồng" / "Thông tư số 21/2021/TT-BLĐTBXH".)
    const symAt = symbols.find((s) => s.start >= n.end && s.start <= at && /^(?:số|sổ|\d|(?:Bộ luật|Luật|Pháp lệnh)[ \n]+số)/iu.test(text.slice(s.start, s.start + 16)));
    if (symAt) {
      symAt.start = n.start;
      symAt.docType = n.docType;
      symAt.name = n.name;
      symAt.typed = true;
      continue;
    }
    if (symbols.some((s) => s.start < n.end && n.start < s.end)) continue;
    // "Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015": a law is identified by name and date.
    const tail = parseTail(text, n.end, n.end + 200);
    n.date = tail.date;
    n.identityEnd = tail.identityEnd;
    n.tailEnd = n.identityEnd;
    n.pinpoint = parsePinpoint(text, n.start)?.pinpoint ?? null;
    keep.push(n);
  }
  return keep;
}

export function extract(input: string, ctx: ExtractContext = {}): Extraction {
  const ct = clean(input);
  const text = ct.text;
  let cands = findSymbolCitations(text);
  const self = ctx.self;
  // "Quốc hội ban hành Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng.": a law's enacting formula names
  // the law itself, no document it cites.
  const enacting = (n: Candidate) => n.form === 'name' && self?.docType === n.docType && ENACTING_BEFORE.test(text.slice(Math.max(0, n.start - 60), n.start));
  // A name never runs over a blank line: "… cho việc thi hành Luật" / "" / "Việc triển khai …" is a heading's last word and the
  // next paragraph's first (the cleaned text folds the blank line to one line break).
  const overParagraph = (n: Candidate) => n.form === 'name' && /\n[ \t\u00a0]*\n/.test(input.slice(rawStart(ct, n.start), rawEnd(ct, n.end)));
  const named = mergeNamed(text, cands, findByName(text)).filter((n) => !enacting(n) && !overParagraph(n));
  if (self?.number && self.symbol) {
    const own = symbolKey(self.number, self.symbol);
    // An untyped occurrence of the document's own number is its header, not a citation.
    cands = cands.filter((c) => c.typed || c.number === null || c.symbol === null || symbolKey(c.number, c.symbol) !== own);
  }
  const bare = findNumberedWithoutSymbol(text, [...cands, ...named]);
  const resolved = resolveShortForms(text, [...cands, ...named, ...bare].sort((a, b) => a.start - b.start));
  const all = resolved.filter(
    // A type word ending a line, then a number opening the next as "1." or "1)": a title
    // line ("HƯỚNG DẪN") over a numbered section, not "Hướng dẫn 1".
    (c) => c.symbol !== null || c.form === 'name' || !text.slice(c.start, c.end).includes('\n') || !/^[.)]/.test(text.slice(c.end, c.end + 1)),
  );
  // A short form's target is an index into the list: the filter moved them (and may have dropped the target).
  if (all.length !== resolved.length) {
    const at = new Map(all.map((c, i) => [c, i] as const));
    for (const c of all) if (c.refersTo !== null) c.refersTo = at.get(resolved[c.refersTo]!) ?? null;
  }
  const withRel = all as Array<Candidate & { relation?: Relation }>;
  const learned: LearnedEdge[] = assignRelations(text, withRel);

  const citations: Citation[] = withRel.map((c): Citation => {
    const start = rawStart(ct, c.start);
    const end = rawEnd(ct, c.end);
    const core = {
      start,
      end,
      text: input.slice(start, end),
      docType: c.docType,
      date: c.date,
      issuer: c.issuer ? c.issuer.replace(/\n/g, ' ') : null,
      title: c.title,
      ...(c.titleQuoted ? { titleQuoted: true } : {}),
      pinpoint: c.pinpoint,
      relation: c.relation ?? 'cites',
    };
    if (c.form === 'name') return { ...core, form: 'name', number: null, year: null, symbol: null, name: c.name };
    if (c.form === 'short') return { ...core, form: 'short', number: c.number, year: c.year, symbol: c.symbol, name: null, refersTo: c.refersTo };
    return { ...core, form: 'full', number: c.number, year: c.year, symbol: c.symbol, name: c.name };
  });
  const edges = learned.map((e) => {
    const s = rawStart(ct, clauseStart(text, withRel[e.from]!.start));
    const en = rawEnd(ct, sentenceEnd(text, withRel[e.to]!.end));
    return { from: e.from, to: e.to, relation: e.relation, sentence: input.slice(s, en).replace(/\s+/g, ' ').trim() };
  });
  return { citations, edges, cleaned: ct };
}
