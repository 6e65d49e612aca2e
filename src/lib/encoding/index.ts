/**
 * Decoding of raw document bytes into Unicode NFC text.
 *
 * STUB: handles UTF-8 with or without BOM only. The full detector (UTF-16,
 * Windows-1258, TCVN3, VNI) replaces this file; the signature stays.
 */

export interface Decoded {
  /** NFC text, BOM removed. */
  text: string;
  /** Name of the encoding the bytes were read as. */
  encoding: string;
}

export class DecodeError extends Error {
  readonly file: string;
  constructor(file: string, reason: string) {
    super(`${file}: cannot decode: ${reason}`);
    this.name = 'DecodeError';
    this.file = file;
  }
}

export function decodeDocument(bytes: Uint8Array, file: string): Decoded {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    throw new DecodeError(file, 'not valid UTF-8');
  }
  return { text: text.normalize('NFC'), encoding: 'utf-8' };
}
