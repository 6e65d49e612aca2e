/**
 * Full TCVN 5712 (VN1): the capitals that VN3 (.VnTime, see tcvn3-table.ts)
 * leaves out sit in the C0 control positions (Ụ is byte 0x02) and in 0x80–0x9F.
 * glibc's TCVN5712-1 converter (`iconv -t TCVN5712-1`) and some old editors
 * write them there. Bytes 0x80–0x9F are ambiguous (a .VnTime document holds
 * Windows punctuation there, curly quotes and dashes), so the VN1 reading is
 * used only when the file shows VN1's mark: a C0 capital inside a word, which
 * no text document has otherwise.
 *
 * Source: glibc's localedata/charmaps/TCVN5712-1.
 */
const VN1_C0: ReadonlyArray<[number, number]> = [
  [0x01, 0x00da], [0x02, 0x1ee4], [0x04, 0x1eea], [0x05, 0x1eec], [0x06, 0x1eee], [0x11, 0x1ee8],
  [0x12, 0x1ef0], [0x13, 0x1ef2], [0x14, 0x1ef6], [0x15, 0x1ef8], [0x16, 0x00dd], [0x17, 0x1ef4],
];
/** 0x80–0x9F in VN1, index = byte − 0x80. */
const VN1_HIGH: readonly number[] = [
  0x00c0, 0x1ea2, 0x00c3, 0x00c1, 0x1ea0, 0x1eb6, 0x1eac, 0x00c8, 0x1eba, 0x1ebc, 0x00c9, 0x1eb8, 0x1ec6, 0x00cc, 0x1ec8, 0x0128,
  0x00cd, 0x1eca, 0x00d2, 0x1ece, 0x00d5, 0x00d3, 0x1ecc, 0x1ed8, 0x1edc, 0x1ede, 0x1ee0, 0x1eda, 0x1ee2, 0x00d9, 0x1ee6, 0x0168,
];
const C0_CAPITAL = new Set(VN1_C0.map(([b]) => b));
const isLetterByte = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b >= 0xa0 || C0_CAPITAL.has(b));

/** A C0 capital with a letter on either side ("C" 0x02 "C" is CỤC): the file is VN1. */
export function hasVn1Capitals(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (C0_CAPITAL.has(bytes[i]!) && (isLetterByte(bytes[i - 1]) || isLetterByte(bytes[i + 1]))) return true;
  }
  return false;
}

/** The byte → UTF-16 unit table for this file: VN3's, or VN1's when the file shows VN1 capitals. */
export function tcvn5712Units(bytes: Uint8Array, vn3: Uint16Array): Uint16Array {
  if (!hasVn1Capitals(bytes)) return vn3;
  const units = vn3.slice();
  for (const [b, cp] of VN1_C0) units[b] = cp;
  VN1_HIGH.forEach((cp, i) => { units[0x80 + i] = cp; });
  return units;
}
