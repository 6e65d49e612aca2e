/**
 * VNI for Windows (the VNI-Times fonts): a Vietnamese letter is written as its
 * ASCII base letter followed by a mark byte, which a cp1252 reader shows as a
 * Latin-1 letter ("Vieät" for "Việt"). A few letters are single bytes.
 *
 * Source: the VNI code chart as implemented by the xvnkb and Unikey input
 * methods (VNI "A","AÙ","AØ","AÛ","AÕ","AÏ","AÂ","AÁ","AÀ" …). Only the lower-case
 * chart is written here; the upper-case chart is the same with both the base
 * and the mark in upper case (Latin-1 upper case is the lower case minus 0x20),
 * which `vni.ts` derives. Keys are cp1252 characters, values the Unicode letter.
 */

/** Tone marks written after a plain vowel (a e o u y) or after ơ/ư. */
export const VNI_TONES: Readonly<Record<string, string>> = {
  '\u00f9': '\u0301', // ù → sắc
  '\u00f8': '\u0300', // ø → huyền
  '\u00fb': '\u0309', // û → hỏi
  '\u00f5': '\u0303', // õ → ngã
  '\u00ef': '\u0323', // ï → nặng
};

/** Marks that make â/ê/ô (circumflex), with or without a tone; base a, e or o. */
export const VNI_CIRCUMFLEX: Readonly<Record<string, string>> = {
  '\u00e2': '', // â → circumflex only
  '\u00e1': '\u0301', // á → circumflex + sắc (ấ)
  '\u00e0': '\u0300', // à → circumflex + huyền (ầ)
  '\u00e5': '\u0309', // å → circumflex + hỏi (ẩ)
  '\u00e3': '\u0303', // ã → circumflex + ngã (ẫ)
  '\u00e4': '\u0323', // ä → circumflex + nặng (ậ)
};

/** Marks that make ă (breve), with or without a tone; base a only. */
export const VNI_BREVE: Readonly<Record<string, string>> = {
  '\u00ea': '', // ê → ă
  '\u00e9': '\u0301', // é → ắ
  '\u00e8': '\u0300', // è → ằ
  '\u00fa': '\u0309', // ú → ẳ
  '\u00fc': '\u0303', // ü → ẵ
  '\u00eb': '\u0323', // ë → ặ
};

/** Letters written as one byte. ơ and ư take the tone marks above as a second byte. */
export const VNI_SINGLE: Readonly<Record<string, string>> = {
  '\u00f4': 'ơ', // ô
  '\u00f6': 'ư', // ö
  '\u00ec': 'ì',
  '\u00ed': 'í',
  '\u00e6': 'ỉ', // æ
  '\u00f3': 'ĩ', // ó
  '\u00f2': 'ị', // ò
  '\u00ee': 'ỵ', // î
  '\u00f1': 'đ', // ñ
};
