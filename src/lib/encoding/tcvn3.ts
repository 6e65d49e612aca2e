/**
 * TCVN3 (ABC, .VnTime) decoding from the table in `tcvn3-table.ts` (the tests' encoder
 * inverts this decoder: tests/encoding/encoders.ts).
 */
import iconv from 'iconv-lite';
import { tcvn5712Units } from './tcvn3-c0.ts';
import { TCVN3_HIGH } from './tcvn3-table.ts';
import { isVietnameseSyllable } from './vietnamese.ts';

/** Byte → character for the whole byte range: ASCII, cp1252 for 0x80–0x9F, the table above. */
const DECODE: string[] = [];
for (let b = 0; b < 0x100; b++) {
  if (b < 0x80) DECODE.push(String.fromCharCode(b));
  else if (b < 0xa0) DECODE.push(iconv.decode(Buffer.from([b]), 'windows-1252'));
  else DECODE.push(String.fromCodePoint(TCVN3_HIGH[b - 0xa0] ?? 0xfffd));
}

/**
 * .VnTime documents write capitals with the companion .VnTimeH font, which draws
 * the lower-case codes as capitals, so the plain bytes of "CỘNG HÒA" read "CộNG
 * HòA". A word is taken for a capital word when it has two or more ASCII
 * capitals, no ASCII lower case, and is a Vietnamese syllable ("HòA", "NHâN",
 * "CHI"). A line with such a word where most words have no ASCII lower case is a
 * heading in capitals: its one-capital words ("Tự", "Và", "ủY") are upper-cased
 * too. Abbreviations ("Vụ III", "Tổ TH") and title case ("Việt") stay as written.
 */
function restoreCapitals(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      // Only a line with two ASCII capitals in a row can hold a capital word.
      if (!/[A-Z][^a-z\s]*[A-Z]/.test(line)) return line;
      const words = [...line.matchAll(/[\p{L}\p{M}]+/gu)];
      if (words.length === 0) return line;
      const lowered = words.map((m) => /[a-z]/.test(m[0]));
      const strong = words.map(
        (m, i) =>
          !lowered[i] &&
          (m[0].match(/[A-Z]/g)?.length ?? 0) >= 2 &&
          isVietnameseSyllable(m[0]),
      );
      const heading = strong.some(Boolean) && lowered.filter((l) => !l).length >= 0.6 * words.length;
      let out = '';
      let at = 0;
      words.forEach((m, i) => {
        const start = m.index ?? 0;
        const up = strong[i] === true || (heading && !lowered[i]);
        out += line.slice(at, start) + (up ? m[0].toUpperCase() : m[0]);
        at = start + m[0].length;
      });
      return out + line.slice(at);
    })
    .join('\n');
}

/** Every mapped character is one UTF-16 unit, so decoding is a table lookup per byte. */
const UNITS = new Uint16Array(DECODE.map((ch) => ch.charCodeAt(0)));

export function decodeTcvn3(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  const table = tcvn5712Units(bytes, UNITS);
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const slice = bytes.subarray(i, i + CHUNK);
    const units = new Uint16Array(slice.length);
    for (let k = 0; k < slice.length; k++) units[k] = table[slice[k]!]!;
    parts.push(String.fromCharCode(...units));
  }
  return restoreCapitals(parts.join('').normalize('NFC'));
}
