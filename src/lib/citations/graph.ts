/**
 * Stage 7: the whole collection. Extracts every held document's citations,
 * resolves them, merges citations of the same not-held document (from any
 * file, with or without date) into one entity, never merging documents that
 * only share a number, and maps learned implementation edges onto ids.
 */
import { referredIndex, type Citation, type CollectionDocument, type DocumentEffect, type Relation, type Resolution } from './models.ts';
import { readEffect } from './effect.ts';
import { extract } from './extract.ts';
import { createResolver } from './resolve.ts';
import { citationEntityId, isLocalSymbol, issuerClass, normalizeIssuer, qualifiedIssuer, slug, statedDate, symbolKey, yearOf } from './identity.ts';

export interface CitedEntity {
  id: string;
  docType: string;
  number: string | null;
  symbol: string | null;
  /**
   * The year its citations write inside its number (24/2018/QĐ-UBND), as a held
   * document's `year` is; null when they write none (19/CT-TTg). The year of issue is
   * the date's: the two were one field once, and 19/CT-TTg of 2021 was shown as 19/2021/CT-TTg.
   */
  year: number | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
  name: string | null;
  citedBy: string[];
}

export interface CitationRecord {
  from: string;
  to: string | null;
  toKind: 'held' | 'external' | 'ambiguous' | 'unresolved' | 'self';
  candidates?: string[];
  citation: Citation;
  context: string;
  relation: Relation;
}

export interface ImplementationEdge {
  from: string;
  to: string;
  relation: Relation;
  sentence: string;
  sourceDoc: string;
}

export interface CitationGraph {
  citations: CitationRecord[];
  entities: CitedEntity[];
  edges: ImplementationEdge[];
  /** What each held document says of its own effect and of the documents it cites; relations
   * point at citation indices, which are the positions of that document's records in `citations`.
   * Absent from graphs built without the effect reader. */
  effects?: Map<string, DocumentEffect>;
}

interface External {
  record: CitationRecord;
  citing: CollectionDocument;
  bucket: string;
  iss: string | null;
  scope: string | null;
  date: string | null;
  /** The year it belongs to: of issue, else the number's (identity.ts `yearOf`); it tells two documents of one number apart. */
  knownYear: number | null;
  /** The year the number carries ("78/2025/QH15"), when it does. */
  symbolYear: number | null;
}

interface Cluster {
  items: External[];
  iss: string | null;
  scope: string | null;
  date: string | null;
  /** The year its citations belong to: of issue, else the number's. */
  knownYear: number | null;
  /** The year its citations' number carries, when one does. */
  symbolYear: number | null;
  /** Citations that fit several clusters alike (no date to tell them apart): one page for all of them. */
  shared?: boolean;
}

/**
 * The sentence around [start, end) in raw text, whitespace collapsed. A
 * sentence longer than 400 characters either side is cut at a word, never
 * inside one, and the cut is marked with "…".
 */
export function contextSentence(text: string, start: number, end: number): string {
  const LIMIT = 400;
  let s = Math.max(0, start - LIMIT);
  let cutBefore = s > 0;
  for (let i = start - 1; i >= 0 && i > start - LIMIT; i--) {
    const ch = text[i]!;
    if (ch === ';' || ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? '') && !/\d/.test(text[i - 1] ?? '')) || (ch === '\n' && text[i - 1] === '\n')) {
      s = i + 1;
      cutBefore = false;
      break;
    }
    s = i;
  }
  let e = Math.min(text.length, end + LIMIT);
  let cutAfter = e < text.length;
  for (let i = end; i < text.length && i < end + LIMIT; i++) {
    const ch = text[i]!;
    e = i + 1;
    if (ch === ';' || ((ch === '.' || ch === '!' || ch === '?') && (i + 1 >= text.length || /\s/.test(text[i + 1]!)) && !/\d/.test(text[i - 1] ?? '')) || (ch === '\n' && text[i + 1] === '\n')) {
      cutAfter = false;
      break;
    }
  }
  if (cutBefore && /\S/.test(text[s - 1] ?? '')) {
    const space = text.slice(s, start).search(/\s/);
    if (space >= 0) s += space;
  }
  if (cutAfter && /\S/.test(text[e] ?? '')) {
    const space = text.slice(end, e).search(/\s\S*$/);
    if (space >= 0) e = end + space;
  }
  const sentence = text.slice(s, e).replace(/[*\\]/g, '').replace(/\s+/g, ' ').trim();
  return `${cutBefore ? '…' : ''}${sentence}${cutAfter ? '…' : ''}`;
}

function compatible(cl: Cluster, x: External): boolean {
  if (cl.scope !== x.scope) return false;
  if (cl.iss && x.iss && cl.iss !== x.iss) return false;
  // (A number that carries its year names one document, whatever day of that year one citing text misdated: Luật
  // 78/2025/QH15 "ngày 18 tháng 6 năm 2025" in one circular and "ngày 14 tháng 6 năm 2025" in another.)
  if (cl.date && x.date && cl.date !== x.date && !(x.symbolYear !== null && cl.symbolYear === x.symbolYear && cl.date.slice(0, 4) === x.date.slice(0, 4))) return false;
  if (cl.knownYear !== null && x.knownYear !== null && cl.knownYear !== x.knownYear) return false;
  // A text cannot cite one issued after it: "Luật Doanh nghiệp" in a 2019 letter is not the law of 17/6/2020. (Only for
  // names, which a new law takes again; a number with its symbol is one document, whatever date a scan misread.)
  if (x.bucket.startsWith('n:')) {
    if (cl.date && x.citing.date && x.citing.date < cl.date) return false;
    if (x.date && cl.items.some((i) => i.citing.date && i.citing.date < x.date!)) return false;
  }
  return true;
}

function absorb(cl: Cluster, x: External): void {
  cl.items.push(x);
  cl.iss ??= x.iss;
  cl.date ??= x.date;
  cl.knownYear ??= x.knownYear;
  cl.symbolYear ??= x.symbolYear;
}

/** Cluster citations sharing a number + symbol: most specific first, then attach the vague ones only where unique. */
function clusterBucket(items: External[]): Cluster[] {
  const clusters: Cluster[] = [];
  const specificity = (x: External) => (x.iss ? 2 : 0) + (x.date ? 1 : 0);
  const sorted = [...items].sort((a, b) => specificity(b) - specificity(a));
  for (const x of sorted) {
    let fits = clusters.filter((cl) => compatible(cl, x));
    // A date the citation gives, and only one of the clusters that fit has, tells which it is: 72/2014/TT-BTC "ngày
    // 30/5/2014" with no issuer is the one of that date, not another citation's undated "Bộ Tài STT Ten hang" (an OCR'd table).
    if (fits.length > 1 && x.date) {
      const dated = fits.filter((cl) => cl.date === x.date && !cl.shared);
      if (dated.length === 1) fits = dated;
    }
    // …and so do the issuer and the year its number carries, where only one cluster that fits has them: "Nghị định số
    // 04/2014/NĐ-CP của Chính phủ" with no date is the one cited so, not a "Nghị định số 04/NĐ-CP ngày 01/10/2014".
    if (fits.length > 1 && (x.iss || x.symbolYear !== null)) {
      const same = fits.filter((cl) => !cl.shared && (x.iss === null || cl.iss === x.iss) && (x.symbolYear === null || cl.symbolYear === x.symbolYear));
      if (same.length === 1) fits = same;
    }
    if (fits.length === 1 && !fits[0]!.shared) {
      absorb(fits[0]!, x);
    } else if (fits.length > 1) {
      // "Luật Quản lý thuế" with no date fits the 2006 and the 2019 law alike. Each such citation
      // used to start a cluster of its own (54 pages of one name); they share one page instead, the
      // citations that cannot be told apart, beside the dated ones.
      const same = fits.find((cl) => cl.shared && cl.iss === x.iss && cl.date === x.date && cl.knownYear === x.knownYear);
      if (same) same.items.push(x);
      else clusters.push({ items: [x], iss: x.iss, scope: x.scope, date: x.date, knownYear: x.knownYear, symbolYear: x.symbolYear, shared: true });
    } else {
      clusters.push({ items: [x], iss: x.iss, scope: x.scope, date: x.date, knownYear: x.knownYear, symbolYear: x.symbolYear });
    }
  }
  return clusters;
}

/**
 * The year the citations write inside the number, when they write one. Citations that
 * disagree (94/2016/NĐ-CP and a mistyped 94/2022/NĐ-CP) keep the one matching the
 * year of issue, else the most common.
 */
function symbolYear(cits: Citation[], issueYear: number | null): number | null {
  const years = cits.map((c) => c.year).filter((y): y is number => y !== null);
  if (years.length === 0) return null;
  if (issueYear !== null && years.includes(issueYear)) return issueYear;
  return Number(mostCommon(years.map(String)));
}

/** Written in capitals throughout ("THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC"), not an abbreviation alone ("UBND tỉnh"). */
function isAllCaps(s: string): boolean {
  return /\p{Lu}\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s) && s.trim().split(/\s+/).length >= 2;
}

function mostCommon(values: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/**
 * The symbol of a cited document, where its citations write it in several ways that name one
 * document (symbolKey): with "Đ" rather than a "D" that lost its bar ("BCT-ĐL", "KH/BCĐTW"); a
 * number without a year in the Party's shape where one text wrote it so ("50-NQ/TW", not "50/NQ-TW");
 * a number with a year in the state's ("10/2018/TTLT-BTP-…", not a preamble's "10/2018/TTLT/BTP-…");
 * then as most citing texts write it, then as the first one does.
 */
function entitySymbol(cits: Citation[], year: number | null): string | null {
  const counts = new Map<string, number>();
  for (const c of cits) if (c.symbol) counts.set(c.symbol, (counts.get(c.symbol) ?? 0) + 1);
  const bars = (s: string) => s.split('Đ').length - 1;
  const shaped = (s: string) => (year === null ? s.includes('/') && !s.startsWith('TTLT') : !s.includes('/'));
  const rank = (a: string, b: string) => bars(a) - bars(b) || Number(shaped(a)) - Number(shaped(b)) || counts.get(a)! - counts.get(b)!;
  let best: string | null = null;
  for (const s of counts.keys()) if (best === null || rank(s, best) > 0) best = s;
  return best;
}

/** What the engine reads from one document alone, before any other is known: its citations, the edges between them, what it says of effect. */
export interface DocumentAnalysis {
  citations: Citation[];
  edges: Array<{ from: number; to: number; relation: Relation; sentence: string }>;
  effect: DocumentEffect;
}

export function analyseDocument(doc: CollectionDocument, text: string): DocumentAnalysis {
  const ex = extract(text, { self: doc });
  const effect = readEffect(text, { self: doc }, ex);
  return { citations: ex.citations, edges: ex.edges, effect };
}

/**
 * `analysis`, when given, is `analyseDocument(doc, text)` computed earlier (the site keeps it
 * between builds for files that did not change); everything across documents is computed here.
 */
export function buildCitationGraph(docs: Array<{ doc: CollectionDocument; text: string; analysis?: DocumentAnalysis }>): CitationGraph {
  const resolve = createResolver(docs.map((d) => d.doc));
  const records: CitationRecord[] = [];
  const externals: External[] = [];
  const perDoc: Array<{ doc: CollectionDocument; recs: CitationRecord[]; edges: Array<{ from: number; to: number; relation: Relation; sentence: string }> }> = [];

  const effects = new Map<string, DocumentEffect>();
  for (const { doc, text, analysis } of docs) {
    const ex = analysis ?? analyseDocument(doc, text);
    effects.set(doc.id, ex.effect);
    const res: Resolution[] = ex.citations.map((c) => resolve(c, doc));
    // Short forms take their full citation's resolution.
    ex.citations.forEach((c, i) => {
      const j = referredIndex(c, i);
      if (j !== i && res[j]) res[i] = res[j]!;
    });
    const recs: CitationRecord[] = ex.citations.map((c, i) => {
      const r = res[i]!;
      const rec: CitationRecord = {
        from: doc.id,
        to: r.kind === 'held' ? r.id : r.kind === 'self' ? doc.id : null,
        toKind: r.kind,
        citation: c,
        context: contextSentence(text, c.start, c.end),
        relation: c.relation ?? 'cites',
      };
      if (r.kind === 'ambiguous') rec.candidates = r.candidates;
      return rec;
    });
    ex.citations.forEach((c, i) => {
      const rec = recs[i]!;
      const r = res[i]!;
      const referred = referredIndex(c, i);
      const isShortOfExternal = referred !== i;
      if (r.kind === 'external' || (r.kind === 'unresolved' && c.form === 'short' && !isShortOfExternal)) {
        const target = ex.citations[referred]!;
        rec.toKind = 'external';
        let bucket: string;
        if (target.number !== null && target.symbol !== null) bucket = `s:${symbolKey(target.number, target.symbol)}`;
        else if (target.form === 'name') bucket = `n:${citationEntityId(target, doc)}`;
        else bucket = `a:${slug([target.docType, target.number])}:${doc.id}`;
        externals.push({
          record: rec,
          citing: doc,
          bucket,
          iss: issuerClass(target.issuer, doc),
          scope: isLocalSymbol(target.symbol) ? issuerClass('UBND tỉnh', doc) : null,
          date: statedDate(target),
          knownYear: yearOf(target),
          symbolYear: target.form === 'name' ? null : target.year,
        });
      }
    });
    records.push(...recs);
    perDoc.push({ doc, recs, edges: ex.edges });
  }

  // A title in capitals names its issuer in capitals ("… CỦA THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC VIỆT NAM QUY ĐỊNH …"): a cited
  // document's page names it as running text does, from another citation or, failing that, from a held document of that body.
  const heldIssuers = new Map<string, string>();
  for (const { doc } of docs) {
    const cls = doc.issuer ? issuerClass(doc.issuer, doc) : null;
    if (cls && !heldIssuers.has(cls)) heldIssuers.set(cls, doc.issuer!);
  }
  const displayIssuer = (written: Array<string | null>, citing: CollectionDocument): string | null => {
    const issuer = mostCommon(written.filter((w) => w === null || !isAllCaps(w))) ?? mostCommon(written);
    if (!issuer || !isAllCaps(issuer)) return issuer;
    return heldIssuers.get(issuerClass(issuer, citing)!) ?? issuer;
  };

  const buckets = new Map<string, External[]>();
  for (const x of externals) {
    const list = buckets.get(x.bucket);
    if (list) list.push(x);
    else buckets.set(x.bucket, [x]);
  }
  const entities: CitedEntity[] = [];
  // A cited-only page never takes a held document's id: the open data lists both kinds in one list
  // (an OCR'd header's "Chính Phu" leaves the citation of "Chính phủ" unresolved, with the same slug).
  const used = new Set<string>(docs.map((d) => d.doc.id));
  for (const items of buckets.values()) {
    for (const cl of clusterBucket(items)) {
      const cits = cl.items.map((x) => x.record.citation);
      const full = cits.filter((c) => c.form !== 'short');
      const src = full.length > 0 ? full : cits;
      const first = src[0]!;
      const docType = mostCommon(src.map((c) => c.docType)) ?? first.docType;
      const issuer = displayIssuer(cl.items.filter((x) => x.record.citation.form !== 'short').map((x) => qualifiedIssuer(x.record.citation.issuer, x.citing)), cl.items[0]!.citing);
      // Year of issue (else of the symbol): it tells two documents of one number apart in the id.
      const year = cl.knownYear;
      const name = first.form === 'name' ? first.name : null;
      const numberYear = symbolYear(src, year);
      // A locally numbered document whose issuer names no province keeps the citing province in
      // its id, so two provinces' 24/2018/QĐ-UBND get stable, distinct ids.
      const province = cl.items[0]!.citing.locality.province;
      const place =
        province && isLocalSymbol(first.symbol) && !normalizeIssuer(issuer ?? '').includes(normalizeIssuer(province.replace(/^(?:tỉnh|thành phố|TP\.?)\s*/iu, '')))
          ? province
          : null;
      let id = first.form === 'name' ? citationEntityId(first, cl.items[0]!.citing) : slug([docType === 'other' ? null : docType, first.number, first.symbol, year, issuer, place]);
      if (used.has(id)) {
        let k = 2;
        while (used.has(`${id}-${k}`)) k++;
        id = `${id}-${k}`;
      }
      used.add(id);
      // A title quoted whole is the cited document's own words; an unquoted clause may run on into
      // the citing sentence ("… phong cách Hồ Chí Minh tại cơ quan, đơn vị thuộc quận"), so the
      // longest one is trusted only when no citing text quotes the title.
      const quoted = src.filter((c) => c.titleQuoted && c.title);
      const titles = (quoted.length > 0 ? quoted : src).map((c) => c.title ?? null).filter((t): t is string => !!t);
      const citedBy = new Set<string>();
      for (const x of cl.items) {
        x.record.to = id;
        citedBy.add(x.record.from);
      }
      entities.push({
        id,
        docType,
        number: first.number,
        symbol: entitySymbol(src, numberYear),
        year: numberYear,
        // (The day most citing texts give, where one misdated it.)
        date: mostCommon(cl.items.map((x) => x.date)) ?? cl.date,
        issuer,
        title: titles.sort((a, b) => b.length - a.length)[0] ?? null,
        name,
        citedBy: [...citedBy],
      });
    }
  }

  const edges: ImplementationEdge[] = [];
  const seen = new Set<string>();
  for (const { doc, recs, edges: local } of perDoc) {
    for (const e of local) {
      const a = recs[e.from]?.to;
      const b = recs[e.to]?.to;
      if (!a || !b || a === b) continue;
      const key = `${a}|${b}|${e.relation}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ from: a, to: b, relation: e.relation, sentence: e.sentence, sourceDoc: doc.id });
    }
  }
  return { citations: records, entities, edges, effects };
}
