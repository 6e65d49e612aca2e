/**
 * Decoding of raw document bytes into Unicode NFC text.
 *
 * Order of decisions: empty → byte-order marks → known binary formats →
 * UTF-16 without BOM (byte statistics) → strict UTF-8 → the 8-bit Vietnamese
 * encodings (Windows-1258, TCVN3, VNI), each decoded and scored by how much of
 * it reads as Vietnamese syllables. A file with no confident answer is refused
 * with a DecodeError naming the file and the reason; nothing is imported as
 * mojibake.
 */
import iconv from 'iconv-lite';
import { countUtf8Sequences, firstInvalidUtf8, lineOf, sniffBinary } from './sniff.ts';
import { decodeTcvn3 } from './tcvn3.ts';
import { decodeVni } from './vni.ts';
import { scoreVietnamese, type Score } from './vietnamese.ts';

export interface Decoded {
  /** NFC text, BOM removed. */
  text: string;
  /** Name of the encoding the bytes were read as. */
  encoding: string;
  /** Stray control characters removed, by line (1-based), when there were only a few. */
  removedControls?: { line: number; count: number }[];
}

export class DecodeError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: cannot decode: ${reason}`);
    this.name = 'DecodeError';
    this.file = file;
    this.reason = reason;
  }
}

/** Share of Vietnamese syllables an 8-bit decoding needs to be accepted. */
const MIN_RATIO = 0.85;
/** Fewer syllables than this cannot tell the 8-bit encodings apart. */
const MIN_SYLLABLES = 3;
/** A runner-up this close to the best 8-bit decoding makes the file ambiguous. */
const AMBIGUITY_MARGIN = 0.1;

export type EightBit = 'windows-1258' | 'tcvn3' | 'vni';

export const EIGHT_BIT_DECODERS: Record<EightBit, (bytes: Uint8Array) => string> = {
  'windows-1258': (b) => iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), 'windows-1258').normalize('NFC'),
  tcvn3: decodeTcvn3,
  vni: decodeVni,
};

function strictDecode(bytes: Uint8Array, label: 'utf-8' | 'utf-16le' | 'utf-16be'): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Controls other than tab, newlines, vertical tab and form feed (Word's line and
 * page breaks) mean the bytes are not a text document, or a damaged one: even
 * one is refused rather than carried into a page.
 */
function checkControls(text: string, file: string, encoding: string): void {
  let controls = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) {
      controls++;
      if (first < 0) first = i;
    }
  }
  if (controls === 0) return;
  const nul = text.includes('\0');
  const code = text.charCodeAt(first).toString(16).toUpperCase().padStart(4, '0');
  const line = text.slice(0, first).split('\n').length;
  throw new DecodeError(
    file,
    `binary content: ${controls} control character${controls === 1 ? '' : 's'}${nul ? ' including NUL' : ''} ` +
      `when read as ${encoding} (first U+${code} on line ${line}); this is not a text document, or a damaged one`,
  );
}

function finish(text: string, encoding: string, file: string): Decoded {
  // Word's own text (its object model's Range.Text, as office macros export it) marks a table cell's end and a row's
  // with CR and BEL, and a line break inside a paragraph or a cell (Shift+Enter) with a vertical tab: both are line
  // breaks, not controls to drop ("ỦY BAN NHÂN DÂN⇣TỈNH A" is two lines, not "ỦY BAN NHÂN DÂNTỈNH A").
  // Unicode's own line and paragraph separators (U+2028, U+2029: macOS textutil, some editors and CMSs write them instead
  // of newlines) are a line break and a blank line.
  const lined = text.replace(/\r\x07/g, '\n').replace(/\x0b/g, '\n').replace(/\u2028/g, '\n').replace(/\u2029/g, '\n\n');
  // Stripped before composing: a control between a letter and its mark would leave them apart.
  const stripped = stripStrayControls(lined);
  const nfc = stripped.text.normalize('NFC');
  checkControls(nfc, file, encoding);
  if (nfc.trim() === '') throw new DecodeError(file, `the file holds only whitespace (${encoding})`);
  return stripped.removed.length > 0 ? { text: nfc, encoding, removedControls: stripped.removed } : { text: nfc, encoding };
}

const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/**
 * A few stray control characters (NUL, form feeds left by PDF extraction) in a real text are
 * removed and reported by line; only text that is mostly not text stays refused (checkControls).
 */
function stripStrayControls(text: string): { text: string; removed: { line: number; count: number }[] } {
  const all = text.match(CONTROL);
  if (!all) return { text, removed: [] };
  // More than one in 200 characters is not a damaged text but no text at all.
  if (all.length * 200 > text.length) return { text, removed: [] };
  const removed: { line: number; count: number }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.match(CONTROL);
    if (!m) continue;
    removed.push({ line: i + 1, count: m.length });
    // A form feed between pages is a line break; anything else is dropped.
    lines[i] = lines[i]!.replace(/\x0c/g, ' ').replace(CONTROL, '');
  }
  return { text: lines.join('\n'), removed };
}


/** UTF-16 without a BOM: one byte of every pair is (almost) always the high byte of a Latin or Vietnamese letter. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 200_000) >> 1;
  const high = (b: number) => b === 0x00 || b === 0x01 || b === 0x1e || b === 0x20;
  let evenHigh = 0;
  let oddHigh = 0;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i++) {
    const e = bytes[2 * i] ?? 0;
    const o = bytes[2 * i + 1] ?? 0;
    if (high(e)) evenHigh++;
    if (high(o)) oddHigh++;
    if (e === 0) evenZero++;
    if (o === 0) oddZero++;
  }
  if (oddHigh >= 0.9 * n && oddZero >= 0.3 * n && evenZero <= 0.02 * n) return 'utf-16le';
  if (evenHigh >= 0.9 * n && evenZero >= 0.3 * n && oddZero <= 0.02 * n) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be', file: string, how: string): Decoded {
  if (bytes.length % 2 !== 0) {
    throw new DecodeError(file, `${label} (${how}) with an odd number of bytes (${bytes.length}): the file is truncated`);
  }
  const text = strictDecode(bytes, label);
  if (text === null) throw new DecodeError(file, `${label} (${how}) with an unpaired surrogate: the file is corrupt`);
  return finish(text, label, file);
}

interface Candidate {
  encoding: EightBit;
  text: string;
  score: Score;
}

function rank(bytes: Uint8Array): Candidate[] {
  return (Object.keys(EIGHT_BIT_DECODERS) as EightBit[])
    .map((encoding) => {
      const text = EIGHT_BIT_DECODERS[encoding](bytes);
      return { encoding, text, score: scoreVietnamese(text) };
    })
    .sort((a, b) => b.score.ratio - a.score.ratio || b.score.valid - a.score.valid);
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const describe = (c: Candidate) =>
  `${c.encoding} ${pct(c.score.ratio)} (${c.score.valid} syllables, ${c.score.invalid} non-words, ${c.score.strange} stray symbols)`;

/** Picks the 8-bit decoding, or explains why none is confident. */
function chooseEightBit(bytes: Uint8Array): { ok: Candidate } | { reason: string } {
  const ranked = rank(bytes);
  const [best, second] = ranked as [Candidate, Candidate, Candidate];
  const tried = ranked.map(describe).join('; ');
  const judged = best.score.valid + best.score.invalid;
  if (judged >= MIN_SYLLABLES && best.score.ratio < MIN_RATIO) {
    return { reason: `no encoding reads as Vietnamese (best ${describe(best)}; tried ${tried})` };
  }
  if (best.score.valid < MIN_SYLLABLES) {
    return { reason: `too little Vietnamese text to tell the 8-bit encodings apart (tried ${tried})` };
  }
  if (second.text !== best.text && second.score.ratio >= best.score.ratio - AMBIGUITY_MARGIN) {
    return { reason: `ambiguous: ${best.encoding} and ${second.encoding} both read as Vietnamese (${tried})` };
  }
  return { ok: best };
}

/**
 * Text that is valid UTF-8 but was produced by reading a TCVN3/VNI/1258 file as
 * Windows-1252 ("Céng hoµ x· héi"): if re-encoding it to cp1252 bytes gives a
 * confident Vietnamese decoding, that is what the author wrote.
 */
function repairDoubleEncoding(text: string): Candidate | null {
  const s = scoreVietnamese(text);
  if (s.invalid + s.strange < 5 || s.ratio >= 0.5) return null;
  const bytes = iconv.encode(text, 'windows-1252');
  if (iconv.decode(bytes, 'windows-1252') !== text) return null;
  const choice = chooseEightBit(new Uint8Array(bytes));
  return 'ok' in choice && choice.ok.score.ratio > s.ratio + 0.3 ? choice.ok : null;
}

export function decodeDocument(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new DecodeError(file, 'the file is empty (0 bytes)');

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const text = strictDecode(body, 'utf-8');
    if (text === null) {
      const at = firstInvalidUtf8(body) + 3;
      const { line, column } = lineOf(bytes, at);
      throw new DecodeError(file, `starts with a UTF-8 byte-order mark but is not valid UTF-8 at byte ${at} (line ${line}, column ${column})`);
    }
    return finish(text, 'utf-8', file);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    if (bytes[2] === 0 && bytes[3] === 0) throw new DecodeError(file, 'UTF-32 is not supported: save the file as UTF-8');
    return decodeUtf16(bytes.subarray(2), 'utf-16le', file, 'byte-order mark');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be', file, 'byte-order mark');

  const binary = sniffBinary(bytes);
  if (binary) throw new DecodeError(file, `this is ${binary}, not a text document`);

  const utf16 = guessUtf16(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, file, 'no byte-order mark, detected from byte statistics');

  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) {
    const repaired = /[^\x00-\x7f]/.test(utf8) ? repairDoubleEncoding(utf8) : null;
    if (repaired) return finish(repaired.text, `${repaired.encoding} (saved as utf-8 through windows-1252)`, file);
    return finish(utf8, 'utf-8', file);
  }

  const invalidAt = firstInvalidUtf8(bytes);
  const { line, column } = lineOf(bytes, invalidAt);
  const sequences = countUtf8Sequences(bytes);
  let highBytes = 0;
  for (const b of bytes) if (b >= 0x80) highBytes++;
  const tail = bytes.length - invalidAt;
  if (sequences >= 3 && tail <= 3 && (bytes[invalidAt] ?? 0) >= 0xc2) {
    throw new DecodeError(
      file,
      `UTF-8 truncated at the end of the file: an incomplete multi-byte sequence at byte ${invalidAt} (line ${line}, column ${column})`,
    );
  }
  if (sequences >= 3 && sequences * 2 >= highBytes * 0.2) {
    throw new DecodeError(
      file,
      `mixed encodings: ${sequences} UTF-8 characters, but invalid UTF-8 at byte ${invalidAt} (line ${line}, column ${column})`,
    );
  }
  if (bytes.includes(0)) {
    throw new DecodeError(file, `binary content: NUL bytes and invalid UTF-8 (first at byte ${invalidAt}, line ${line}); this is not a text document`);
  }
  const choice = chooseEightBit(bytes);
  if ('reason' in choice) {
    throw new DecodeError(file, `not UTF-8 (invalid byte at ${invalidAt}, line ${line}, column ${column}) and ${choice.reason}`);
  }
  return finish(choice.ok.text, choice.ok.encoding, file);
}
