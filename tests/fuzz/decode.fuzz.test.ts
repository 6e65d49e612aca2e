/**
 * The decoder on random and damaged bytes: a clean NFC text or a DecodeError naming the
 * file, nothing else. A hang trips the test's timeout; no call is timed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocument, DecodeError } from '../../src/lib/encoding/index.ts';
import { encodeLegacy, encodeUtf16 } from '../encoding/encoders.ts';
import { CORPUS } from './corpus.ts';

/** Either a clean NFC text or a DecodeError naming the file; anything else fails the property. */
function decodeOrRefuse(bytes: Uint8Array): void {
  const file = 'fuzz/input.txt';
  let value: ReturnType<typeof decodeDocument>;
  try {
    value = decodeDocument(bytes, file);
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    expect(e.file).toBe(file);
    expect(e.message).toMatch(/^fuzz\/input\.txt: cannot decode: \S/);
    return;
  }
  expect(value.text.normalize('NFC')).toBe(value.text);
  expect(value.text).not.toMatch(/[\x00-\x08\x0e-\x1f]/);
  expect(value.text.trim()).not.toBe('');
  expect(value.encoding).toMatch(/^(utf-8|utf-16le|utf-16be|windows-1258|tcvn3|vni)/);
}

const encodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni'] as const;
function encode(text: string, enc: (typeof encodings)[number]): Uint8Array {
  if (enc === 'utf-8') return new TextEncoder().encode(text);
  if (enc === 'utf-16le') return encodeUtf16(text, 'le', false);
  if (enc === 'utf-16be') return encodeUtf16(text, 'be', true);
  return encodeLegacy(text, enc).bytes;
}

/** A slice of a corpus document, encoded, then damaged. */
const damaged = fc
  .record({
    doc: fc.nat({ max: CORPUS.length - 1 }),
    start: fc.nat({ max: 20_000 }),
    length: fc.integer({ min: 0, max: 4000 }),
    enc: fc.constantFrom(...encodings),
    edits: fc.array(
      fc.record({ at: fc.nat(), kind: fc.constantFrom('flip', 'insert', 'delete', 'truncate'), byte: fc.integer({ min: 0, max: 255 }) }),
      { maxLength: 8 },
    ),
  })
  .map(({ doc, start, length, enc, edits }) => {
    const text = CORPUS[doc]!;
    const s = Math.min(start, text.length);
    const bytes = [...encode(text.slice(s, s + length), enc)];
    for (const e of edits) {
      if (bytes.length === 0) break;
      const at = e.at % bytes.length;
      if (e.kind === 'flip') bytes[at] = e.byte;
      else if (e.kind === 'insert') bytes.splice(at, 0, e.byte);
      else if (e.kind === 'delete') bytes.splice(at, 1);
      else bytes.length = at;
    }
    return new Uint8Array(bytes);
  });

describe('decodeDocument never crashes or hangs', () => {
  it('random bytes (3,000 inputs)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (b) => decodeOrRefuse(b)), { numRuns: 3000 });
  });

  it('random bytes that look like text: mostly ASCII with high bytes sprinkled in (2,000 inputs)', () => {
    const textish = fc.array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) }, { weight: 2, arbitrary: fc.integer({ min: 0x80, max: 0xff }) }, { weight: 1, arbitrary: fc.constant(0x0a) }), { maxLength: 3000 });
    fc.assert(fc.property(textish, (a) => decodeOrRefuse(new Uint8Array(a))), { numRuns: 2000 });
  });

  it('real documents in every encoding, truncated, with bytes flipped, inserted and deleted (1,000 inputs)', () => {
    fc.assert(fc.property(damaged, (b) => decodeOrRefuse(b)), { numRuns: 1000 });
  });

  it('a 5 MB document decodes, in UTF-8 and in TCVN3, whole', { timeout: 120_000 }, () => {
    const text = CORPUS.join('\n').repeat(Math.ceil(5e6 / CORPUS.join('\n').length));
    const big = decodeDocument(new TextEncoder().encode(text), 'big.txt');
    expect(big.encoding).toBe('utf-8');
    expect(big.text.length).toBe(text.normalize('NFC').length);
    const { bytes, carried } = encodeLegacy(CORPUS[0]!.repeat(40), 'tcvn3');
    const legacy = decodeDocument(bytes, 'big-tcvn3.txt');
    expect(legacy.encoding).toBe('tcvn3');
    expect(legacy.text.length).toBe(carried.length);
  });
});
