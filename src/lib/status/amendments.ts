/**
 * What an amending document does to each article of a held document, item by
 * item, read from its own text: "2. Sửa đổi điểm b khoản 2 Điều 8 như sau:"
 * followed by the new wording in quotes, "1. Bổ sung khoản 3a vào sau khoản 3
 * Điều 5 như sau: …", "3. Bãi bỏ điểm c và điểm k khoản 2 Điều 8."
 *
 * Which document the items speak of comes from the status relations already
 * read (src/lib/citations/effect.ts) and the resolver: an article whose heading
 * cites the amended document ("Điều 3. Sửa đổi, bổ sung một số điều của Luật
 * thuế giá trị gia tăng số 13/2008/QH12"), or any article of a text that
 * amends a single document from its title or enacting formula; an item that
 * cites some other document is left out. Where an item points at a part the
 * amended text does not have, the note falls back to the enclosing clause or
 * article, and no old wording is shown: a wrong "before" is worse than none.
 *
 * Pure: takes the graph with its effects, the held texts and their anchors, and which held
 * documents speak for themselves (status.ts, SPEAKS_FOR_OTHERS).
 */
import type { CitationGraph, CitationRecord, StatedRelation } from '../citations/index.ts';
import { articleHeadings } from '../citations/effect.ts';
import { reportsOnly } from './status.ts';

export interface AnchorLike {
  id: string;
  label: string;
  start: number;
}

export interface HeldText {
  id: string;
  text: string;
  anchors: readonly AnchorLike[];
}

export type AmendAction = 'amends' | 'supplements' | 'repeals' | 'replaces';

export interface AmendmentItem {
  /** The amending document. */
  by: string;
  action: AmendAction;
  /** The item as written: "2. Sửa đổi điểm b khoản 2 Điều 8 như sau:". */
  instruction: string;
  /** Where the item sits in the amending document: its article and the anchor nearest before it. */
  source: { article: string | null; anchor: string | null };
  /** Parts of the amended document the item names, as anchors of that document (most specific found). */
  targets: AnchorLike[];
  /** What a supplement adds ("khoản 3a") and where: after, before, at the end of, or into the targets. */
  inserted: { what: string; where: 'sau' | 'trước' | 'cuối' | 'vào' } | null;
  /** The new wording the item quotes, paragraph by paragraph; null when it quotes none. */
  newText: string[] | null;
  /** The wording it changes, from the amended document, when the item rewrites exactly one part found there. */
  oldText: string[] | null;
  /** When the amending document takes effect, as its own text says. */
  from: string | null;
}

/** The items about one article of a held document, for a note at that article's heading. */
export interface ArticleAmendments {
  /** The article's anchor in the amended document ("dieu-8"). */
  anchor: string;
  article: string;
  items: AmendmentItem[];
}

const KINDS_WITH_ITEMS = new Set<StatedRelation['kind']>(['amends', 'partly-repeals', 'replaces']);
const VERB = '(sửa đổi,? bổ sung|sửa đổi|bổ sung|bãi bỏ|thay thế)';
/** An item: optional numbering ("2.", "a)"), or an article heading, then the verb. */
const ITEM_RE = new RegExp(`^(?:Điều \\d+[a-zđ]?[.:]? *|(?:\\d+[a-zđ]?[.)]|[a-zđ]\\)) *)?${VERB}[ ]+(.+)$`, 'iu');
const ARTICLE_RE = /Điều (\d+[a-zđ]?)(?![\p{L}\d])/gu;
const OPEN_QUOTE = /^[“"]/u;
const CLOSE_QUOTE = /[”"][.;,]?$/u;
const MAX_QUOTE_PARAGRAPHS = 80;

function actionOf(verb: string): AmendAction {
  const v = verb.toLocaleLowerCase('vi');
  if (v.startsWith('bãi')) return 'repeals';
  if (v.startsWith('thay')) return 'replaces';
  if (v.startsWith('bổ')) return 'supplements';
  return 'amends';
}

/** "c và điểm k", "1, khoản 1a và 6" → ["c", "k"], ["1", "1a", "6"]. */
function listOf(s: string, word: string): string[] {
  return s.split(new RegExp(`\\s*(?:,|và|${word})\\s*`, 'u')).map((x) => x.trim()).filter(Boolean);
}

export interface NamedParts {
  article: string;
  /** Labels of the parts named: "Điều 8 Khoản 2 Điểm b", or the article's own label. */
  labels: string[];
  /** False when the phrase mixes parts in a way not mapped to labels ("điểm c khoản 1 và khoản 3"): only the article is named then. */
  precise: boolean;
}

/** The clauses and points written before `article`, as labels. */
function partsOf(article: string, before: string): NamedParts {
  const clauses = [...before.matchAll(/khoản ((?:\d+[a-zđ]?)(?:\s*(?:,|và)\s*(?:khoản\s+)?\d+[a-zđ]?)*)/giu)].flatMap((c) => listOf(c[1]!, 'khoản'));
  const points = [...before.matchAll(/điểm ((?:[a-zđ]\d?)(?:\s*(?:,|và)\s*(?:điểm\s+)?[a-zđ]\d?)*)(?![\p{L}\d])/giu)].flatMap((c) => listOf(c[1]!, 'điểm'));
  if (points.length > 0 && clauses.length === 1) return { article, labels: points.map((p) => `${article} Khoản ${clauses[0]} Điểm ${p}`), precise: true };
  if (clauses.length > 0 && points.length === 0) return { article, labels: clauses.map((k) => `${article} Khoản ${k}`), precise: true };
  return { article, labels: [article], precise: points.length === 0 };
}

/**
 * The parts a phrase names, article by article: "điểm c và điểm k khoản 2 Điều 8", "các khoản 1,
 * khoản 1a và khoản 6 Điều 31", "khoản 2 và khoản 4 Điều 5, khoản 4 Điều 7, Điều 13, Điều 14".
 * Parts come before the article they belong to; an article list ("các Điều 9, 10 và 11") names
 * whole articles. Empty without an article number.
 */
export function namedParts(phrase: string): NamedParts[] {
  const out: NamedParts[] = [];
  let prev = 0;
  for (const m of phrase.matchAll(/Điều (\d+[a-zđ]?(?:\s*(?:,|và)\s*(?:Điều\s+)?\d+[a-zđ]?)*)(?![\p{L}\d])/gu)) {
    const numbers = listOf(m[1]!, 'Điều');
    const before = phrase.slice(prev, m.index);
    prev = m.index + m[0].length;
    // Parts written before a list belong to its first article: "khoản 4 Điều 7, Điều 13" is khoản 4 of Điều 7 and all of Điều 13.
    out.push(partsOf(`Điều ${numbers[0]}`, before));
    for (const n of numbers.slice(1)) out.push({ article: `Điều ${n}`, labels: [`Điều ${n}`], precise: true });
  }
  return out;
}

/** Paragraphs of a quoted wording starting at `lines[i]` (or inline on the item's own line), and the index of the first line after it. */
function quotedFrom(inline: string, lines: string[], i: number): { paragraphs: string[] | null; next: number } {
  const out: string[] = [];
  let inQuote = false;
  const take = (line: string): boolean => {
    if (!inQuote) {
      if (!OPEN_QUOTE.test(line)) return false;
      inQuote = true;
      line = line.replace(OPEN_QUOTE, '');
    }
    if (CLOSE_QUOTE.test(line)) {
      inQuote = false;
      line = line.replace(CLOSE_QUOTE, '');
    }
    if (line.trim()) out.push(line.trim());
    return true;
  };
  if (inline && !take(inline)) return { paragraphs: null, next: i };
  let j = i;
  for (; j < lines.length && out.length < MAX_QUOTE_PARAGRAPHS; j++) {
    const line = lines[j]!.trim();
    if (!line) continue;
    // Inside a quote every line belongs to it; outside, only another quote continues the item.
    if (!inQuote && !OPEN_QUOTE.test(line)) break;
    take(line);
  }
  return { paragraphs: out.length > 0 ? out : null, next: j };
}

/** The anchor labelled `label`; where a text repeats labels (a decision and the rules it issues), `last` picks the later one. */
function anchorOf(anchors: readonly AnchorLike[], label: string, last: boolean): AnchorLike | null {
  let found: AnchorLike | null = null;
  for (const a of anchors) {
    if (a.label !== label) continue;
    if (!last) return a;
    found = a;
  }
  return found;
}

/** The text of a part: from its anchor to the next anchor that is not inside it. */
function partText(doc: HeldText, a: AnchorLike): string[] {
  const i = doc.anchors.indexOf(a);
  const next = doc.anchors.slice(i + 1).find((o) => o.start > a.start && !o.label.startsWith(`${a.label} `));
  return doc.text.slice(a.start, next?.start ?? doc.text.length).split(/\n+/).map((l) => l.trim()).filter(Boolean);
}

function nearestAnchor(anchors: readonly AnchorLike[], at: number): string | null {
  let id: string | null = null;
  for (const a of anchors) {
    if (a.start > at) break;
    id = a.id;
  }
  return id;
}

/** Items amending held documents, grouped by amended document and article, articles in text order. */
export function amendmentsByDocument(graph: CitationGraph, held: ReadonlyMap<string, HeldText>, states: (id: string) => boolean = () => true, typeOf: (id: string) => string | null = () => null): Map<string, ArticleAmendments[]> {
  const recordsOf = new Map<string, CitationRecord[]>();
  for (const r of graph.citations) {
    const list = recordsOf.get(r.from);
    if (list) list.push(r);
    else recordsOf.set(r.from, [r]);
  }
  const byTarget = new Map<string, Map<string, ArticleAmendments>>();

  for (const [source, effect] of graph.effects ?? new Map()) {
    const src = held.get(source);
    const recs = recordsOf.get(source) ?? [];
    // A consolidated text or a draft repeats amendments that are not its own (status.ts, SPEAKS_FOR_OTHERS).
    if (!src || !states(source)) continue;
    // Held documents this one amends or partly ends, and whether a relation came from outside any article (title, enacting formula).
    const targets = new Map<string, { unarticled: boolean; articles: Set<string> }>();
    for (const rel of effect.relations) {
      if (!KINDS_WITH_ITEMS.has(rel.kind)) continue;
      const rec = recs[rel.citation];
      if (!rec?.to || rec.toKind !== 'held' || rec.to === source || !held.has(rec.to)) continue;
      // A letter's sentence on an act reports what another text did (status.ts, reportsOnly).
      if (reportsOnly(typeOf(source), rec.citation.docType)) continue;
      const t = targets.get(rec.to) ?? { unarticled: false, articles: new Set<string>() };
      if (rel.article === null) t.unarticled = true;
      else t.articles.add(rel.article);
      targets.set(rec.to, t);
    }
    if (targets.size === 0) continue;
    const from = effect.effective?.date ?? null;
    const citedAt = (start: number, end: number) => recs.filter((r) => r.citation.start >= start && r.citation.start < end);
    const sole = targets.size === 1 ? [...targets.keys()][0]! : null;

    const heads = articleHeadings(src.text);
    heads.forEach((h, k) => {
      const end = heads[k + 1]?.at ?? src.text.length;
      const headEnd = Math.min(end, src.text.indexOf('\n', h.at) >>> 0);
      const headCites = citedAt(h.at, headEnd);
      // The document this article's items speak of: the one its heading cites, or the only one amended.
      let articleTarget: string | null = null;
      const named = headCites.find((r) => r.to && targets.has(r.to));
      if (named) articleTarget = named.to;
      else if (headCites.length === 0 && sole && (targets.get(sole)!.unarticled || targets.get(sole)!.articles.has(h.label))) articleTarget = sole;

      const lines = src.text.slice(h.at, end).split('\n');
      const offsets: number[] = [];
      lines.reduce((o, l) => (offsets.push(o), o + l.length + 1), h.at);
      for (let li = 0; li < lines.length; li++) {
        const line = lines[li]!;
        const at = offsets[li]!;
        const m = ITEM_RE.exec(line.trim());
        if (!m) continue;
        const cites = citedAt(at, at + line.length);
        const cited = cites.find((r) => r.to && targets.has(r.to));
        // An item citing some other document ("9. Sửa đổi khoản 3 Điều 2 Luật số 32/2013/QH13"), or one in an article about none held: not ours to place.
        const target = cites.length > 0 ? (cited?.to ?? null) : articleTarget;
        if (!target) continue;
        const doc = held.get(target)!;
        const action = actionOf(m[1]!);
        // Parts are named before the document they belong to: "điểm b khoản 1 Điều 4 Thông tư số 37/2016/TT-BLĐTBXH đã được sửa đổi tại khoản 2 Điều 1 …".
        const cut = cited ? Math.max(0, cited.citation.start - at - (line.length - line.trimStart().length) - (line.trim().length - m[2]!.length)) : m[2]!.length;
        const rest = m[2]!.slice(0, cut || m[2]!.length) + (cited ? ` ${/như sau\s*:?.*$/u.exec(m[2]!)?.[0] ?? ''}` : '');
        const [head, inline = ''] = rest.split(/\s+như sau\s*:?\s*/u, 2) as [string, string?];
        // Quoted words ("cụm từ “…” thành “…”") are not parts; supplements name their place after "vào".
        const phrase = head.replace(/[“"][^”"]*[”"]/gu, ' ');
        const into = action === 'supplements' ? /\svào\s(?:(sau|trước|cuối)\s)?/u.exec(phrase) : null;
        const inserted = into ? phrase.slice(0, into.index) : phrase;
        const place = into ? phrase.slice(into.index + into[0].length) : '';
        const named = namedParts(place || inserted);
        const perArticle = named.length > 0 ? named : namedParts(phrase);
        if (perArticle.length === 0) continue;
        const kemTheo = /kèm theo/u.test(line) || /kèm theo/u.test(src.text.slice(h.at, headEnd));
        const quoted = /như sau/u.test(rest) && action !== 'repeals' ? quotedFrom(inline.trim(), lines, li + 1) : null;
        const quotes = quoted?.paragraphs ?? null;
        // Lines of the quote are the new wording, never items of their own.
        if (quoted) li = quoted.next - 1;
        const notes = byTarget.get(target) ?? new Map<string, ArticleAmendments>();
        byTarget.set(target, notes);
        for (const parts of perArticle) {
          const article = anchorOf(doc.anchors, parts.article, kemTheo);
          if (!article) continue;
          const found: AnchorLike[] = [];
          let exact = parts.precise;
          for (const label of parts.labels) {
            const direct = anchorOf(doc.anchors, label, kemTheo);
            if (direct) found.push(direct);
            else {
              exact = false;
              const up = label.replace(/ Điểm \S+$/u, '');
              const clause = up !== label ? anchorOf(doc.anchors, up, kemTheo) : null;
              found.push(clause ?? article);
            }
          }
          const targetsFound = [...new Map(found.map((x) => [x.id, { id: x.id, label: x.label, start: x.start }])).values()];
          // Old wording only beside a rewrite of one whole part that the amended text has: not a title, a phrase, or several parts.
          const rewritesOne = (action === 'amends' || action === 'replaces') && exact && perArticle.length === 1 && targetsFound.length === 1 && !/(?:^|\s)(?:tên|cụm từ|nội dung)\s/iu.test(` ${phrase}`);
          const note = notes.get(article.id) ?? { anchor: article.id, article: article.label, items: [] };
          notes.set(article.id, note);
          note.items.push({
            by: source,
            action,
            instruction: line.trim(),
            source: { article: h.label, anchor: nearestAnchor(src.anchors, at) },
            targets: targetsFound,
            inserted: into ? { what: inserted.trim(), where: (into[1] as 'sau' | 'trước' | 'cuối' | undefined) ?? 'vào' } : null,
            newText: quotes,
            oldText: rewritesOne && quotes ? partText(doc, found[0]!) : null,
            from,
          });
        }
      }
    });
  }

  const out = new Map<string, ArticleAmendments[]>();
  for (const [target, notes] of byTarget) {
    const order = new Map(held.get(target)!.anchors.map((a, i) => [a.id, i]));
    const list = [...notes.values()].sort((a, b) => order.get(a.anchor)! - order.get(b.anchor)!);
    for (const n of list) n.items.sort((a, b) => (a.from ?? '9999').localeCompare(b.from ?? '9999'));
    out.set(target, list);
  }
  return out;
}
