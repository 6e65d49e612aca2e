/**
 * Encoders used only by the tests to turn the real corpus into each legacy
 * encoding. They are built from the same tables the decoder reads (TCVN3, VNI)
 * or from iconv-lite (Windows-1258, which writes tone marks as combining bytes
 * after the base letter, as Word does). A character the target cannot carry
 * becomes "?", and `carried` gives the text the decoder should return.
 */
import iconv from 'iconv-lite';
import { encodeTcvn3 } from '../../src/lib/encoding/tcvn3.ts';
import { encodeVni } from '../../src/lib/encoding/vni.ts';

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
