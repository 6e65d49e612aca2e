/**
 * VNI decoding from the chart in `vni-table.ts` (the tests' encoder inverts
 * VNI_SEQUENCES: tests/encoding/encoders.ts).
 */
import iconv from 'iconv-lite';
import { VNI_BREVE, VNI_CIRCUMFLEX, VNI_SINGLE, VNI_TONES } from './vni-table.ts';
import { escapeRegExp } from '../regexp.ts';

function buildSequences(): Map<string, string> {
  const lower = new Map<string, string>();
  for (const base of ['a', 'e', 'o', 'u', 'y']) {
    for (const [mark, tone] of Object.entries(VNI_TONES)) lower.set(base + mark, (base + tone).normalize('NFC'));
  }
  for (const base of ['a', 'e', 'o']) {
    for (const [mark, tone] of Object.entries(VNI_CIRCUMFLEX)) {
      lower.set(base + mark, (base + '\u0302' + tone).normalize('NFC'));
    }
  }
  for (const [mark, tone] of Object.entries(VNI_BREVE)) lower.set('a' + mark, ('a\u0306' + tone).normalize('NFC'));
  for (const [single, letter] of Object.entries(VNI_SINGLE)) lower.set(single, letter);
  for (const [single, letter] of [['\u00f4', 'ơ'], ['\u00f6', 'ư']] as const) {
    for (const [mark, tone] of Object.entries(VNI_TONES)) lower.set(single + mark, (letter + tone).normalize('NFC'));
  }
  const all = new Map(lower);
  for (const [seq, letter] of lower) all.set(seq.toUpperCase(), letter.toUpperCase());
  return all;
}

/** VNI byte sequence (as cp1252 text) → Unicode letter (NFC). */
export const VNI_SEQUENCES: ReadonlyMap<string, string> = buildSequences();

const pattern = new RegExp(
  [...VNI_SEQUENCES.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'),
  'g',
);

export function decodeVni(bytes: Uint8Array): string {
  const ansi = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
  return ansi.replace(pattern, (seq) => VNI_SEQUENCES.get(seq) ?? seq).normalize('NFC');
}
