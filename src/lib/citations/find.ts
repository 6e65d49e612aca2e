/**
 * Stage 2: candidates. Citations are anchored on their number + symbol (the
 * one unambiguous part), then the type word, "số", list context and header
 * position are read backwards from it; mentions by name are found separately.
 * All offsets here are indices into the cleaned text.
 */
import type { DocType } from './models.ts';
import { canonicalCodes, parsePinpoint, parseTail } from './parse.ts';
import type { CitationForm, Pinpoint } from './models.ts';
import {
  FORM_PREFIX_RE,
  HEADER_PREFIX_RE,
  LIST_SEPARATOR_PREFIX_RE,
  NUMBER_LIST_PREFIX_RE,
  NUMBER_THEN_DATE_RE,
  SYMBOL_RE,
  TYPED_PREFIX_STICKY,
  execBefore,
} from './tokenizers.ts';
import { TYPE_BY_CODE, TYPE_WORDS, typeWordSource } from './vocabulary.ts';

export interface Candidate {
  start: number;
  end: number;
  docType: DocType;
  number: string | null;
  year: number | null;
  symbol: string | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
  /** The title was quoted whole: set only when true. */
  titleQuoted?: boolean;
  name: string | null;
  form: CitationForm;
  pinpoint: Pinpoint | null;
  /** Whether a type word was written (else the type comes from the symbol). */
  typed: boolean;
  /** Cleaned index where the date/issuer that identify it end. */
  identityEnd: number;
  /** Cleaned index where its tail (incl. title) ends. */
  tailEnd: number;
  refersTo: number | null;
}

const TYPE_LOOKUP = TYPE_WORDS.map(([w, t]) => [new RegExp(`^(?:${typeWordSource(w)})$`, 'iu'), t] as const);

export function docTypeOfWord(word: string): DocType {
  const w = word.replace(/\n/g, ' ');
  for (const [re, t] of TYPE_LOOKUP) if (re.test(w)) return t;
  return 'other';
}

function typeFromSymbol(typeCode: string | null, codes: string[]): DocType {
  if (typeCode) return TYPE_BY_CODE[typeCode] ?? 'other';
  const first = codes[0] ?? '';
  if (/^QH\d+$/.test(first) || /^UBTVQH\d+$/.test(first)) return 'other';
  return TYPE_BY_CODE[first] ?? 'Công văn/Văn bản';
}

interface SymbolHit {
  start: number;
  end: number;
  number: string;
  year: number | null;
  symbol: string;
  typeCode: string | null;
  codes: string[];
  party: boolean;
}

function symbolHits(text: string): SymbolHit[] {
  const hits: SymbolHit[] = [];
  SYMBOL_RE.lastIndex = 0;
  for (let m = SYMBOL_RE.exec(text); m; m = SYMBOL_RE.exec(text)) {
    const g = m.groups!;
    if (g.pnum !== undefined) {
      const type = canonicalCodes(g.ptype!);
      const issuer = canonicalCodes(g.piss!);
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        number: g.pnum,
        year: null,
        symbol: `${type}/${issuer}`,
        typeCode: type,
        codes: [type, ...issuer.split('-')],
        party: true,
      });
    } else {
      const codes = canonicalCodes(g.scodes!);
      const year = g.year ? Number(g.year) : null;
      const parts = codes.split('-');
      const first = parts[0] ?? '';
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        number: g.snum!,
        year,
        // The year is its own field: "24/2018/QĐ-UBND" → number 24, year 2018, symbol QĐ-UBND.
        symbol: codes,
        typeCode: TYPE_BY_CODE[first] ? first : null,
        codes: parts,
        party: false,
      });
    }
  }
  return hits;
}

/** A law's or ordinance's name right before "số": "Luật Giáo dục quốc phòng và an ninh ". */
const NAMED_BEFORE_NUMBER_RE = /(?<![\p{L}])(Bộ[ \n]luật|Luật|Pháp[ \n]lệnh)[ \n](?:[^;.:()\n]|\n(?!\n)){1,100}?[ \n]*$/u;

const LIST_TAIL_RE = /\d[ \n]?(?:,|và|;)[ \n]?(?:số[ \n])?$/u;

/** Full citations: number + symbol, with type word, list membership, date, issuer, title. */
export function findSymbolCitations(text: string): Candidate[] {
  const out: Candidate[] = [];
  const hits = symbolHits(text);
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const windowStart = Math.max(0, hit.start - 140);
    const prefix = text.slice(windowStart, hit.start);
    const prev = out[out.length - 1];
    let start = hit.start;
    let docType: DocType | null = null;
    let typed = false;
    let listNumbers: Array<{ num: string; at: number }> = [];

    // "Kết luận số 187, 188-KL/TW": numbers sharing the symbol.
    let typedPrefix = prefix;
    // Cheap test on the last characters before the full list pattern.
    const nl = LIST_TAIL_RE.test(prefix.slice(-12)) ? NUMBER_LIST_PREFIX_RE.exec(prefix) : null;
    if (nl?.groups?.nums) {
      const before = prefix.slice(0, nl.index);
      const tm = execBefore(TYPED_PREFIX_STICKY, before, 9);
      if (tm?.groups && tm.groups.so) {
        const re = /\d{1,6}/g;
        for (let nm = re.exec(nl.groups.nums); nm; nm = re.exec(nl.groups.nums)) {
          listNumbers.push({ num: nm[0], at: windowStart + nl.index + nm.index });
        }
        typedPrefix = before;
      }
    }
    // Type word + modifiers + "số" fit in 70 characters.
    const typedFrom = Math.max(0, typedPrefix.length - 70);
    const tm = execBefore(TYPED_PREFIX_STICKY, typedPrefix.slice(typedFrom), 9);
    if (tm?.groups) {
      docType = docTypeOfWord(tm.groups.tw!);
      typed = true;
      start = windowStart + typedFrom + tm.index;
    } else {
      listNumbers = [];
      // A list continuation inherits the type word: "các Công điện số 217/CĐ-TTg, số 218/CĐ-TTg".
      const near = prefix.length > 40 ? prefix.slice(-40) : prefix;
      const nearStart = windowStart + prefix.length - near.length;
      const sep = LIST_SEPARATOR_PREFIX_RE.exec(near);
      if (sep && prev && prev.typed && prev.form !== 'name') {
        const sepAt = nearStart + sep.index;
        const gap = text.slice(prev.identityEnd, sepAt);
        const sameFamily = (prev.symbol ?? '').split(/[-/]/)[0] === (hit.typeCode ?? '') || hit.typeCode === null;
        if (/^[ \n]*$/.test(gap) && sameFamily) {
          docType = prev.docType;
          typed = true;
          const so = /(?:số|sổ)[ \n]?$/iu.exec(prefix);
          start = so ? windowStart + so.index : hit.start;
        }
      }
      if (docType === null) {
        if (HEADER_PREFIX_RE.test(prefix)) continue; // the document's own "Số: 218 /KH-UBND"
        if (FORM_PREFIX_RE.test(near)) continue;
        // A bare state symbol with a single code ("12/UBND") is too weak without a type word.
        if (!hit.party && hit.year === null && hit.codes.length < 2) continue;
        docType = typeFromSymbol(hit.typeCode, hit.codes);
        const so = /(?:số|sổ)[ \n]?$/iu.exec(prefix);
        if (so) start = windowStart + so.index;
        // "Luật Giáo dục quốc phòng và an ninh số 30/2013/QH13": a law whose name the engine does not know is still a law
        // (a Quốc hội symbol alone may be a law's or a resolution's). The citation stays the number; its type is the name's.
        const named = so && docType === 'other' ? NAMED_BEFORE_NUMBER_RE.exec(prefix.slice(0, so.index)) : null;
        if (named) docType = named[1]!.startsWith('Pháp') ? 'Pháp lệnh' : 'Luật';
      }
    }
    // Party "QĐ": the type word decides between Quyết định and Quy định; else default by family.
    if (!typed && hit.party && hit.typeCode === 'QĐ') docType = 'Quy định';

    const nextStart = hits[h + 1]?.start ?? text.length;
    const tail = parseTail(text, hit.end, nextStart);
    const pin = typed ? parsePinpoint(text, start) : null;
    const base = {
      docType: docType!,
      year: hit.year,
      symbol: hit.symbol,
      title: tail.title,
      ...(tail.titleQuoted ? { titleQuoted: true } : {}),
      name: null,
      form: 'full' as const,
      pinpoint: pin?.pinpoint ?? null,
      typed,
      refersTo: null,
    };
    if (listNumbers.length > 0) {
      // The first number's span starts at the type word, the others at their own digits;
      // numbers sharing one symbol share its date and issuer too.
      listNumbers.forEach((ln, k) => {
        const end = ln.at + ln.num.length;
        out.push({ ...base, start: k === 0 ? start : ln.at, end, number: ln.num, date: tail.date, issuer: tail.issuer, identityEnd: end, tailEnd: end });
      });
      start = hit.start;
    }
    out.push({
      ...base,
      start,
      end: hit.end,
      number: hit.number,
      date: tail.date,
      issuer: tail.issuer,
      identityEnd: tail.identityEnd,
      tailEnd: tail.end,
    });
  }
  return out;
}

/**
 * "Quyết định số 1234 ngày 12/5/2024 của UBND tỉnh": a type word, a number and a
 * date identify a document even without a symbol. Not inside an existing citation.
 */
export function findNumberedWithoutSymbol(text: string, existing: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  NUMBER_THEN_DATE_RE.lastIndex = 0;
  for (let m = NUMBER_THEN_DATE_RE.exec(text); m; m = NUMBER_THEN_DATE_RE.exec(text)) {
    const numStart = m.index;
    const numEnd = numStart + m[0].length;
    const from = Math.max(0, numStart - 70);
    const tm = execBefore(TYPED_PREFIX_STICKY, text.slice(from, numStart), 9);
    if (!tm?.groups) continue;
    const tw = tm.groups.tw!;
    // Without a symbol only a proper name counts: the type word is capitalised.
    if (tw[0] === tw[0]!.toLowerCase()) continue;
    const start = from + tm.index;
    if (existing.some((c) => c.start < numEnd && start < c.end)) continue;
    const tail = parseTail(text, numEnd, text.length);
    if (!tail.date) continue;
    out.push({
      start,
      end: numEnd,
      docType: docTypeOfWord(tw),
      number: m.groups!.num!,
      year: null,
      symbol: null,
      date: tail.date,
      issuer: tail.issuer,
      title: tail.title,
      ...(tail.titleQuoted ? { titleQuoted: true } : {}),
      name: null,
      form: 'full',
      pinpoint: parsePinpoint(text, start)?.pinpoint ?? null,
      typed: true,
      identityEnd: tail.identityEnd,
      tailEnd: tail.end,
      refersTo: null,
    });
  }
  return out;
}
