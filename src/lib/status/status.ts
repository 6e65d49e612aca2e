/**
 * The status of every document, held or cited only, from what the held
 * documents say (src/lib/citations/effect.ts): in force from a date (its own
 * text, with the article), replaced or repealed by another held document (with
 * that document's sentence and the date it takes effect), amended, partly
 * repealed or suspended (with the articles named), or unknown. Nothing is
 * inferred beyond those sentences: a document the collection says nothing
 * about is "unknown", never "in force".
 *
 * Pure: takes the citation graph with its effects, returns plain data.
 */
import type { CitationGraph, CitationRecord, StatedRelation } from '../citations/index.ts';
import { isoDate } from '../citations/parse.ts';

/** Where a status comes from: the stating document, its sentence and the article it sits in. */
export interface Statement {
  source: string;
  sentence: string;
  article: string | null;
}

export interface StatusChange {
  kind: 'amends' | 'partly-repeals' | 'partly-replaces' | 'partly-ends' | 'suspends';
  by: string;
  /** When the change takes effect: the stating document's effective date, or the date its sentence gives. */
  from: string | null;
  articles: string[];
  parts: string | null;
  evidence: Statement;
}

export type DocumentStatus =
  | { state: 'in-force'; from: string; until: string | null; evidence: Statement; changes: StatusChange[] }
  | { state: 'replaced' | 'repealed'; by: string; from: string | null; evidence: Statement; changes: StatusChange[]; inForceFrom?: string | null }
  | { state: 'unknown'; changes: StatusChange[] };

/** The four groups readers filter by. */
export type StatusGroup = 'in-force' | 'amended' | 'replaced-or-repealed' | 'unknown';

export function statusGroup(s: DocumentStatus): StatusGroup {
  if (s.state === 'replaced' || s.state === 'repealed') return 'replaced-or-repealed';
  if (s.changes.length > 0) return 'amended';
  return s.state === 'in-force' ? 'in-force' : 'unknown';
}

export interface Contradiction {
  document: string;
  message: string;
  sources: string[];
}

export interface StatusIndex {
  statuses: Map<string, DocumentStatus>;
  contradictions: Contradiction[];
}

const DATE_AFTER_END = /hết[\s]+hiệu[\s]+lực[^.;]{0,60}?(?:từ|vào|sau)[\s]+ngày[\s]*(?:(\d{1,2})[\s]*tháng[\s]*(\d{1,2})[\s]*năm[\s]*(\d{4})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}))/iu;

/** "… hết hiệu lực kể từ ngày 01 tháng 01 năm 2016": the date the sentence itself gives. */
function sentenceDate(sentence: string): string | null {
  const m = DATE_AFTER_END.exec(sentence);
  if (!m) return null;
  return m[1] ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : isoDate(Number(m[4]), Number(m[5]), Number(m[6]));
}

interface Incoming {
  relation: StatedRelation;
  source: string;
  from: string | null;
}

/**
 * Document types whose text speaks for other documents: a consolidated text (văn bản hợp nhất)
 * reproduces the acts it consolidates, closing articles included ("Luật này có hiệu lực … Luật số
 * … hết hiệu lực"), and a submission (tờ trình) carries a draft that is not law. Their sentences
 * about effect are not theirs: they give no status to others, nor to themselves (a consolidation
 * signed in 2023 is not "in force from 2014"). Checked on the bundled collection, where two
 * consolidations of one law were each taken as repealing the same ordinances, and two
 * submissions as amending twenty laws.
 */
export const SPEAKS_FOR_OTHERS: ReadonlySet<string> = new Set(['Văn bản hợp nhất', 'Tờ trình', 'Dự thảo']);

/** An official letter (công văn): it answers and explains, it enacts nothing. */
const LETTER_TYPES: ReadonlySet<string> = new Set(['Công văn', 'Công văn/Văn bản', 'Văn bản', 'Công điện']);
/**
 * Acts a letter cannot change: "c) Bãi bỏ Khoản 2 và Khoản 4 Nghị định số 119/2018/NĐ-CP …" in a tax department's letter
 * reports what a decree did. (A letter may replace an earlier letter: "Công văn này thay thế Công văn số …".)
 */
const ACTS: ReadonlySet<string> = new Set(['Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh', 'Nghị quyết', 'Nghị định', 'Quyết định', 'Chỉ thị', 'Thông tư', 'Thông tư liên tịch']);

/** Whether a document of `sourceType` saying it changes one of `targetType` only reports it (a letter on an act). */
export function reportsOnly(sourceType: string | null, targetType: string): boolean {
  return LETTER_TYPES.has(sourceType ?? '') && ACTS.has(targetType);
}

/**
 * Statuses of `ids` (held and cited-only) from the graph; documents without effects read are
 * unknown. `states(id)` says whether a held document's sentences about effect are its own (see
 * SPEAKS_FOR_OTHERS); by default all are. `typeOf(id)` gives a held document's type: a letter's
 * sentences about an act (ACTS) are not its own either.
 */
export function computeStatuses(ids: string[], graph: CitationGraph, states: (id: string) => boolean = () => true, typeOf: (id: string) => string | null = () => null): StatusIndex {
  const effects = new Map([...(graph.effects ?? new Map())].filter(([id]) => states(id)));
  const recordsOf = new Map<string, CitationRecord[]>();
  for (const r of graph.citations) {
    const list = recordsOf.get(r.from);
    if (list) list.push(r);
    else recordsOf.set(r.from, [r]);
  }
  const incoming = new Map<string, Incoming[]>();
  for (const [source, effect] of effects) {
    const recs = recordsOf.get(source) ?? [];
    for (const rel of effect.relations) {
      if (rel.kind === 'guides' || rel.kind === 'details') continue;
      const rec = recs[rel.citation];
      // Only documents the resolver is sure of: an ambiguous or unresolved citation gives no status.
      if (!rec || !rec.to || rec.to === source || (rec.toKind !== 'held' && rec.toKind !== 'external')) continue;
      if (reportsOnly(typeOf(source), rec.citation.docType)) continue;
      const from = (rel.kind === 'ends-effect' ? sentenceDate(rel.sentence) : null) ?? effect.effective?.date ?? null;
      const list = incoming.get(rec.to);
      const item = { relation: rel, source, from };
      if (list) list.push(item);
      else incoming.set(rec.to, [item]);
    }
  }

  const statuses = new Map<string, DocumentStatus>();
  const contradictions: Contradiction[] = [];
  for (const id of ids) {
    const changes: StatusChange[] = [];
    let ended: { state: 'replaced' | 'repealed'; by: string; from: string | null; evidence: Statement } | null = null;
    const items = [...(incoming.get(id) ?? [])].sort((a, b) => (a.from ?? '9999').localeCompare(b.from ?? '9999'));
    for (const { relation: r, source, from } of items) {
      const evidence: Statement = { source, sentence: r.sentence, article: r.article };
      const parts = 'articles' in r ? { articles: r.articles, parts: r.parts } : { articles: [], parts: null };
      const whole = !parts.parts && parts.articles.length === 0;
      if ((r.kind === 'replaces' || r.kind === 'repeals' || r.kind === 'ends-effect') && whole) {
        if (!ended) ended = { state: r.kind === 'replaces' ? 'replaced' : 'repealed', by: source, from, evidence };
        continue;
      }
      const kind: StatusChange['kind'] =
        r.kind === 'replaces' ? 'partly-replaces' : r.kind === 'ends-effect' ? 'partly-ends' : r.kind === 'repeals' ? 'partly-repeals' : (r.kind as StatusChange['kind']);
      changes.push({ kind, by: source, from, ...parts, evidence });
    }
    const own = effects.get(id);
    let status: DocumentStatus;
    if (ended) status = { ...ended, changes, inForceFrom: own?.effective?.date ?? null };
    else if (own?.effective?.date) {
      status = {
        state: 'in-force',
        from: own.effective.date,
        until: own.ends?.date ?? null,
        evidence: { source: id, sentence: own.effective.sentence, article: own.effective.article },
        changes,
      };
    } else status = { state: 'unknown', changes };
    statuses.set(id, status);

    // Contradictions: a text that ends a document before it takes effect, or amends it after it ended.
    const start = own?.effective?.date ?? null;
    if (ended && start && ended.from && ended.from < start) {
      contradictions.push({ document: id, message: `said to be ${ended.state === 'replaced' ? 'replaced' : 'repealed'} from ${ended.from} by ${ended.by}, before it takes effect (${start}) by its own text`, sources: [ended.by, id] });
    }
    if (ended && ended.from) {
      for (const c of changes) {
        if (c.from && c.from > ended.from && c.by !== ended.by) {
          contradictions.push({ document: id, message: `${ended.state === 'replaced' ? 'replaced' : 'repealed'} from ${ended.from} by ${ended.by}, yet ${c.by} changes it from ${c.from}`, sources: [ended.by, c.by] });
        }
      }
    }
    const enders = new Set(items.filter((x) => ['replaces', 'repeals', 'ends-effect'].includes(x.relation.kind) && !('parts' in x.relation && (x.relation.parts || x.relation.articles.length))).map((x) => x.source));
    if (enders.size > 1) {
      contradictions.push({ document: id, message: `ended as a whole by ${enders.size} documents: ${[...enders].join(', ')}`, sources: [...enders] });
    }
  }
  return { statuses, contradictions };
}
