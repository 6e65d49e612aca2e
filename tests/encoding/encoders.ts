/**
 * Encoders used only by the tests to turn the real corpus into each legacy
 * encoding. They invert what the decoder reads (TCVN3 byte by byte, VNI's
 * sequence table) or come from iconv-lite (Windows-1258, which writes tone marks as combining bytes
 * after the base letter, as Word does). A character the target cannot carry
 * becomes "?", and `carried` gives the text the decoder should return.
 */
import iconv from 'iconv-lite';
import { decodeTcvn3 } from '../../src/lib/encoding/tcvn3.ts';
import { VNI_SEQUENCES } from '../../src/lib/encoding/vni.ts';

/**
 * TCVN3: each byte as the decoder reads it alone, the lowest byte winning. Below 0x20 a
 * byte stays a control character: read alone, the decoder could take it for a TCVN 5712
 * capital, and this encoder writes VN3, whose capitals are the lower-case codes.
 */
const TCVN3_BYTE = new Map<string, number>();
for (let b = 0xff; b >= 0; b--) {
  const ch = b < 0x20 ? String.fromCharCode(b) : decodeTcvn3(Uint8Array.of(b));
  if (ch !== '\ufffd') TCVN3_BYTE.set(ch, b);
}

/** Unicode → TCVN3 bytes. Capitals VN3 lacks are written as their lower case (as a .VnTimeH document stores them); any other character it cannot carry throws. */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const b = TCVN3_BYTE.get(ch) ?? TCVN3_BYTE.get(ch.toLowerCase());
    if (b === undefined) throw new Error(`TCVN3 cannot encode ${JSON.stringify(ch)}`);
    out.push(b);
  }
  return new Uint8Array(out);
}

const VNI_SEQUENCE = new Map<string, string>();
for (const [seq, letter] of VNI_SEQUENCES) if (!VNI_SEQUENCE.has(letter)) VNI_SEQUENCE.set(letter, seq);

/** Unicode → VNI bytes. Throws on a character VNI (on cp1252) cannot carry. */
export function encodeVni(text: string): Uint8Array {
  let ansi = '';
  for (const ch of text.normalize('NFC')) ansi += VNI_SEQUENCE.get(ch) ?? ch;
  const probe = iconv.decode(iconv.encode(ansi, 'windows-1252'), 'windows-1252');
  if (probe !== ansi) throw new Error('text has characters VNI cannot encode');
  return new Uint8Array(iconv.encode(ansi, 'windows-1252'));
}

type Encoder = (ch: string) => number[] | null;

const tcvn3: Encoder = (ch) => {
  try {
    return [...encodeTcvn3(ch)];
  } catch {
    return null;
  }
};
const vni: Encoder = (ch) => {
  try {
    return [...encodeVni(ch)];
  } catch {
    return null;
  }
};
const cp1258: Encoder = (ch) => {
  const direct = iconv.encode(ch, 'windows-1258');
  if (iconv.decode(direct, 'windows-1258') === ch) return [...direct];
  const nfd = ch.normalize('NFD');
  const tone = nfd.match(/[\u0300\u0301\u0303\u0309\u0323]/)?.[0] ?? '';
  const split = iconv.encode(nfd.replace(tone, '').normalize('NFC') + tone, 'windows-1258');
  return iconv.decode(split, 'windows-1258').normalize('NFC') === ch ? [...split] : null;
};

const ENCODERS = { tcvn3, vni, 'windows-1258': cp1258 } as const;
export type LegacyEncoding = keyof typeof ENCODERS;

export function encodeLegacy(text: string, encoding: LegacyEncoding): { bytes: Uint8Array; carried: string } {
  const out: number[] = [];
  let carried = '';
  for (const ch of text.normalize('NFC')) {
    const b = ENCODERS[encoding](ch);
    if (b) {
      out.push(...b);
      carried += ch;
    } else {
      out.push(0x3f);
      carried += '?';
    }
  }
  return { bytes: new Uint8Array(out), carried };
}

export function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  const put = (u: number) => {
    view.setUint16(at, u, endian === 'le');
    at += 2;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
  return out;
}
