/**
 * Sentences and paragraphs of administrative prose, with citations planted in
 * them at a rate chosen per document.
 */
import type { Catalog, HeldDoc } from './catalog.ts';
import { plausibleSource } from './catalog.ts';
import { citeByName, citeFull, citeList, citeShort, type CiteContext } from './cite.ts';
import type { DocRef } from './identity.ts';
import { ACTIONS, ASSESSMENTS, CONNECTORS, DISTRACTORS, OBJECTS, TAILS } from './vocab-text.ts';

export interface ProseContext extends CiteContext {
  catalog: Catalog;
  doc: HeldDoc;
  /** Probability that a paragraph carries a citation. */
  citeRate: number;
  /** Whether movement names are set in ***bold italics*** (as some offices type them). */
  emphasis: boolean;
  /** A typo the document repeats throughout ("chuyên đổi số"), kept as written. */
  typo: [string, string] | null;
}

const ARTICLED = new Set(['L', 'NĐ', 'TT', 'QĐL', 'QyĐ', 'QC', 'NQ']);

export const cap = (s: string) => (s.length === 0 ? s : (s[0] as string).toLocaleUpperCase('vi') + s.slice(1));

function lowerBoundIso(list: readonly DocRef[], iso: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as DocRef).iso < iso) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A document older than the citing one, that its issuer would plausibly cite; held ones preferred. */
export function pickRef(ctx: ProseContext, preferHeld = 0.55): DocRef | null {
  const { rng, doc, catalog } = ctx;
  const prov = doc.issuer.provinceName ?? '';
  for (let attempt = 0; attempt < 12; attempt++) {
    const held = rng.chance(preferHeld);
    const central = doc.issuer.level === 'central' || rng.chance(held ? 0.2 : 0.45);
    const list: readonly DocRef[] = held
      ? (catalog.heldByProvince.get(central ? '' : prov) ?? [])
      : (catalog.outside.get(central ? '' : prov) ?? []);
    const cut = lowerBoundIso(list, doc.iso);
    if (cut === 0) continue;
    // Recent documents are cited more often than old ones.
    const window = held ? Math.min(cut, 400) : cut;
    const j = cut - 1 - Math.floor(window * rng.next() * rng.next());
    const cand = list[j];
    if (!cand || cand.key === doc.key || cand.iso >= doc.iso) continue;
    if (!plausibleSource(doc.issuer, cand.issuer)) continue;
    return cand;
  }
  return null;
}

export function pickRefs(ctx: ProseContext, n: number): DocRef[] {
  const out: DocRef[] = [];
  for (let i = 0; i < n * 2 && out.length < n; i++) {
    const r = pickRef(ctx);
    if (r && !out.includes(r)) out.push(r);
  }
  return out;
}

function applyTypo(ctx: ProseContext, s: string): string {
  return ctx.typo ? s.split(ctx.typo[0]).join(ctx.typo[1]) : s;
}

export function movement(ctx: ProseContext): string {
  const m = `“${ctx.doc.topic.movement}”`;
  return ctx.emphasis ? `***${m}***` : m;
}

function object(ctx: ProseContext): string {
  return ctx.rng.chance(0.45) ? ctx.rng.pick(ctx.doc.topic.objects) : ctx.rng.pick(OBJECTS);
}

/** One task clause: "tăng cường công tác tuyên truyền, bảo đảm thiết thực, hiệu quả". */
export function clause(ctx: ProseContext): string {
  const { rng } = ctx;
  let s = `${rng.pick(ACTIONS)} ${object(ctx)}`;
  if (rng.chance(0.55)) s += ` ${rng.pick(TAILS)}`;
  return applyTypo(ctx, s);
}

export function sentence(ctx: ProseContext): string {
  const { rng } = ctx;
  let s = cap(clause(ctx));
  const more = rng.int(0, 2);
  for (let i = 0; i < more; i++) {
    const c = rng.pick(CONNECTORS);
    const next = clause(ctx);
    s += c.startsWith('.') ? `${c}${next}` : `${c}${next}`;
  }
  return `${s}.`;
}

/** A sentence that carries a citation (or a short form, a mention by name, or a look-alike). */
export function citingSentence(ctx: ProseContext): string {
  const { rng } = ctx;
  const r = rng.next();
  if (r < 0.1) {
    const s = citeShort(ctx);
    if (s) return `${rng.pick(['Quán triệt nội dung', 'Triển khai thực hiện nghiêm', 'Theo tinh thần của'])} ${s}, ${clause(ctx)}.`;
  }
  if (r < 0.17) {
    return rng.chance(0.5)
      ? `Triển khai thực hiện có hiệu quả ${citeByName(ctx)}; ${clause(ctx)}.`
      : `${cap(clause(ctx))}, bảo đảm không trái với ${citeByName(ctx)} và quy định của pháp luật.`;
  }
  if (r < 0.22) {
    const d = rng.pick(DISTRACTORS);
    return `${cap(clause(ctx))}, góp phần hoàn thành các mục tiêu của ${d}.`;
  }
  if (r < 0.3) {
    const refs = pickRefs(ctx, rng.int(2, 3)).filter((x, _i, all) => x.docType === all[0]?.docType && x.kind !== 'L');
    if (refs.length >= 2) return `Tiếp tục triển khai ${citeList(refs, ctx)}; ${clause(ctx)}.`;
  }
  const ref = pickRef(ctx);
  if (!ref) return sentence(ctx);
  // Pinpoints ("khoản 2 Điều 5") point into documents that have articles.
  if (r < 0.4 && ARTICLED.has(ref.kind)) {
    return `${cap(clause(ctx))} theo quy định tại ${citeFull(ref, ctx, { pinpoint: true, subject: false })}.`;
  }
  const c = citeFull(ref, ctx, { defineShort: rng.chance(0.12) });
  switch (rng.int(0, 4)) {
    case 0: return `Tiếp tục triển khai thực hiện có hiệu quả ${c}, ${clause(ctx)}.`;
    case 1: return `${cap(clause(ctx))} gắn với việc thực hiện ${c}.`;
    case 2: return `Thực hiện nghiêm ${c}; ${clause(ctx)}.`;
    case 3: return `Các cơ quan, đơn vị căn cứ ${c} để ${clause(ctx)}.`;
    default: return `${cap(clause(ctx))}, trong đó trọng tâm là ${c}.`;
  }
}

export function paragraph(ctx: ProseContext, sentences?: number): string {
  const { rng } = ctx;
  const n = sentences ?? rng.int(1, 4);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(i === 0 && rng.chance(ctx.citeRate) ? citingSentence(ctx) : sentence(ctx));
  return parts.join(' ');
}

export function assessment(ctx: ProseContext): string {
  const { rng } = ctx;
  const parts = rng.sample(ASSESSMENTS, rng.int(2, 3)).map((s) => `${s}.`);
  if (rng.chance(0.5)) parts.push(sentence(ctx));
  return applyTypo(ctx, parts.join(' '));
}
