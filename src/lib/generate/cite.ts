/**
 * Writes citations in every shape of the numbering note, recording what a
 * correct engine should read from each: "Kế hoạch số 200/KH-UBND ngày
 * 09/10/2021 của UBND tỉnh Lạng Sơn", "Nghị quyết số 49-⏎NQ/TU", "Luật số
 * 06/2022/QH15", lists ("các Công điện số 1190/CĐ-TTg, số 1191/CĐ-TTg"),
 * short forms and mentions by name.
 */
import type { HeldDoc } from './catalog.ts';
import { citationDocType, citeDate, partyTerm, BY_NAME, type DocRef } from './identity.ts';
import type { Rng } from './rng.ts';
import type { Writer } from './writer.ts';

export interface CiteContext {
  w: Writer;
  rng: Rng;
  citing: HeldDoc;
  /** Short forms defined so far in this document: the short text and what it stands for. */
  shortForms: Array<{ text: string; ref: DocRef; docType: string }>;
  /** Whether line breaks may be forced inside symbols (not in markdown). */
  allowBreaks: boolean;
}

export interface CiteOptions {
  date?: boolean;
  issuer?: boolean;
  subject?: boolean;
  upper?: boolean;
  pinpoint?: boolean;
  defineShort?: boolean;
}

/** The number-and-symbol as a clerk might type it, with the usual slips. */
function writtenNumber(ref: DocRef, ctx: CiteContext): string {
  const { rng } = ctx;
  let symbol = ref.symbol;
  if (symbol.includes('Đ') && rng.chance(0.08)) symbol = symbol.replace(/Đ/g, 'D');
  if (symbol.includes('CTr') && rng.chance(0.2)) symbol = symbol.replace('CTr', 'Ctr');
  let s: string;
  if (ref.family === 'party') {
    const r = rng.next();
    const sep = r < 0.03 ? '- ' : r < 0.05 ? '–' : ctx.allowBreaks && r < 0.07 ? '-\n\n' : ctx.allowBreaks && r < 0.085 ? '-\n' : '-';
    s = `${ref.number}${sep}${symbol}`;
  } else {
    const r = rng.next();
    const lead = r < 0.03 ? `${ref.number} /` : `${ref.number}/`;
    const yearPart = ref.year !== null ? `${ref.year}/` : '';
    let sym = symbol;
    if (rng.chance(0.02)) sym = sym.replace('-', '- ');
    else if (rng.chance(0.02)) sym = sym.replace('-', '–');
    s = `${lead}${yearPart}${sym}`;
  }
  return s;
}

function typeWord(ref: DocRef, rng: Rng): string {
  if (ref.kind === 'CV') return rng.chance(0.5) ? 'Văn bản' : 'Công văn';
  if (ref.kind === 'L' && ref.name && rng.chance(0.6)) return ref.name;
  return ref.docType;
}

/** Name of the issuer as a citing document writes it, or null when it has no reason to name it. */
function issuerPhrase(ref: DocRef, ctx: CiteContext): string {
  const { rng, citing } = ctx;
  if (ref.issuer) {
    const i = ref.issuer;
    if (ref.kind === 'CT' && i.code === 'UBND' && rng.chance(0.5)) {
      return rng.chance(0.5) ? `Chủ tịch ${i.citeNames[0]}` : `Chủ tịch ${i.citeNames[1] ?? i.citeNames[0]}`;
    }
    if (i.provinceName && i.provinceName === citing.issuer.provinceName && rng.chance(0.35)) return i.localName;
    return rng.pick(i.citeNames);
  }
  if (ref.family === 'party' && ref.symbol === 'NQ/TW' && ref.issuerNames[0]?.startsWith('Ban Chấp hành')) {
    return `Ban Chấp hành Trung ương Đảng khóa ${partyTerm(ref.date.y)}`;
  }
  return rng.pick(ref.issuerNames);
}

/** One full citation; returns text with markers. */
export function citeFull(ref: DocRef, ctx: CiteContext, opt: CiteOptions = {}): string {
  const { rng, w } = ctx;
  let word = typeWord(ref, rng);
  const byLawName = ref.kind === 'L' && word === ref.name;
  const so = rng.chance(0.87) ? 'số ' : '';
  let num = writtenNumber(ref, ctx);
  let span = `${word} ${so}${num}`;
  if (opt.upper) {
    word = word.toLocaleUpperCase('vi');
    num = num.toLocaleUpperCase('vi');
    span = `${word} ${so ? 'SỐ ' : ''}${num}`;
  }
  const withDate = opt.date ?? rng.chance(0.72);
  const withIssuer = opt.issuer ?? rng.chance(0.75);
  let tail = '';
  let dateIso: string | null = null;
  if (withDate) {
    tail += `${rng.chance(0.1) ? ',' : ''} ngày ${citeDate(ref.date, rng)}`;
    dateIso = ref.iso;
  }
  let issuer: string | null = null;
  if (withIssuer && ref.kind !== 'L') {
    issuer = issuerPhrase(ref, ctx);
    tail += ` của ${issuer}`;
  }
  const pin = opt.pinpoint ? `${rng.chance(0.5) ? `điểm ${rng.pick(['a', 'b', 'c', 'd'])} ` : ''}khoản ${rng.int(1, 6)} Điều ${rng.int(2, 30)} ` : '';
  const marked = w.cite(span, {
    docType: citationDocType(byLawName ? 'Luật' : ref.kind === 'CV' ? 'Công văn' : ref.docType),
    number: ref.number,
    year: ref.year,
    symbol: ref.symbol,
    date: dateIso,
    issuer,
    short: false,
    byName: false,
    name: byLawName ? ref.name : null,
    pinpoint: pin ? pin.trim() : null,
    target: ref.held ? ref.key : null,
    outside: ref.held ? null : ref.key,
  });
  let out = `${pin}${marked}${tail}`;
  if (opt.subject ?? rng.chance(0.45)) out += ` về ${ref.subject}`;
  const short = ref.shortName ?? (ref.kind !== 'CV' && ref.kind !== 'L' ? `${ref.docType} ${ref.number.replace(/^0+(?=\d)/, '')}` : null);
  if (short && (opt.defineShort ?? false) && !ctx.shortForms.some((s) => s.text === short)) {
    const lead = rng.pick(['sau đây gọi là', 'sau đây viết tắt là', 'gọi tắt là']);
    out += ` (${lead} ${w.neutral(short)})`;
    ctx.shortForms.push({ text: short, ref, docType: ref.shortName ? ref.shortName.replace(/\s+\S+$/, '') : ref.docType });
  }
  return out;
}

/** A later mention of a defined short form ("Quy định 114", "Đề án 06"). */
export function citeShort(ctx: CiteContext): string | null {
  if (ctx.shortForms.length === 0) return null;
  const s = ctx.rng.pick(ctx.shortForms);
  return ctx.w.cite(s.text, {
    docType: citationDocType(s.docType),
    number: s.ref.number,
    year: s.ref.year,
    symbol: s.ref.symbol,
    date: null,
    issuer: null,
    short: true,
    byName: false,
    name: null,
    pinpoint: null,
    target: s.ref.held ? s.ref.key : null,
    outside: s.ref.held ? null : s.ref.key,
  });
}

/** A mention by name only ("Điều lệ Đảng", "Luật Thi đua, khen thưởng"). */
export function citeByName(ctx: CiteContext): string {
  const b = ctx.rng.pick(BY_NAME);
  return ctx.w.cite(b.name, {
    docType: b.docType, number: null, year: null, symbol: null, date: null, issuer: null,
    short: false, byName: true, name: b.name, pinpoint: null, target: null, outside: null,
  });
}

/**
 * Several documents of one type under one type word:
 * "các Kế hoạch số 12/KH-UBND ngày …, số 40/KH-UBND ngày … của UBND tỉnh",
 * or for Party documents sharing a symbol, "Kết luận số 187, 188-KL/TW của Bộ Chính trị".
 */
export function citeList(refs: DocRef[], ctx: CiteContext): string {
  const { rng, w } = ctx;
  const first = refs[0];
  if (!first) return '';
  const sameIssuer = refs.every((r) => (r.issuer?.key ?? r.issuerNames[0]) === (first.issuer?.key ?? first.issuerNames[0]));
  const issuer = sameIssuer && rng.chance(0.8) ? issuerPhrase(first, ctx) : null;
  const word = first.kind === 'CV' ? 'Văn bản' : first.docType;
  const sharedSymbol = first.family === 'party' && refs.every((r) => r.symbol === first.symbol) && rng.chance(0.6);
  const info = (r: DocRef, date: string | null) => ({
    docType: citationDocType(first.kind === 'CV' ? 'Công văn' : r.docType), number: r.number, year: r.year, symbol: r.symbol,
    date, issuer, short: false, byName: false, name: null, pinpoint: null,
    target: r.held ? r.key : null, outside: r.held ? null : r.key,
  });
  if (sharedSymbol) {
    const parts = refs.map((r, i) => {
      if (i === 0) return w.cite(`${word} số ${r.number}`, info(r, null));
      if (i === refs.length - 1) return w.cite(`${r.number}-${r.symbol}`, info(r, null));
      return w.cite(r.number, info(r, null));
    });
    return `${parts.join(', ')}${issuer ? ` của ${issuer}` : ''}`;
  }
  const parts = refs.map((r, i) => {
    const num = writtenNumber(r, ctx);
    const date = rng.chance(0.7);
    const span = i === 0 ? `${word} số ${num}` : `số ${num}`;
    const marked = w.cite(span, info(r, date ? r.iso : null));
    return `${marked}${date ? ` ngày ${citeDate(r.date, rng)}` : ''}`;
  });
  return `các ${parts.join(', ')}${issuer ? ` của ${issuer}` : ''}`;
}
