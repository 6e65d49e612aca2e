/**
 * How much a decoded text looks like Vietnamese: the share of its non-ASCII
 * words that are well-formed Vietnamese syllables, against the characters a
 * wrong decoding leaves behind (stray symbols, controls, replacement marks).
 * The detector decodes a file every plausible way and keeps the best score.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

const INITIALS = '(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?';
const NUCLEI = [
  'iêu', 'yêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'uơi',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi',
  'oo', 'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
];
const FINALS = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${INITIALS}(?:${NUCLEI.join('|')})${FINALS}$`);

/** True for a well-formed Vietnamese syllable (any case, NFC or NFD), at most one tone. */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  return SYLLABLE.test(nfd.replace(TONE_MARKS, '').normalize('NFC'));
}

/** Characters a correct decoding of a Vietnamese document may contain besides letters and ASCII. */
const ORDINARY = /[\p{L}\p{N}\p{Zs}\t\n\r\f\u2010-\u2027\u2030-\u203a°§€©®™±×÷•…\u00a0\u00ad\ufeff]/u;

export interface Score {
  /** Non-ASCII words that are Vietnamese syllables. */
  valid: number;
  /** Non-ASCII words that are not. */
  invalid: number;
  /** Non-ASCII characters that are neither letters nor ordinary punctuation, plus controls. */
  strange: number;
  /** valid / (valid + invalid + strange); 1 for text with nothing to judge. */
  ratio: number;
}

export function scoreVietnamese(text: string): Score {
  let valid = 0;
  let invalid = 0;
  let strange = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const w = m[0];
    if (/^[\x00-\x7f]*$/.test(w)) continue;
    if (isVietnameseSyllable(w)) valid++;
    else invalid++;
  }
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x20 ? !'\t\n\r\f\v'.includes(ch) : c === 0x7f || c === 0xfffd || (c >= 0x80 && c < 0xa0)) strange++;
    else if (c > 0x7f && !ORDINARY.test(ch)) strange++;
  }
  const total = valid + invalid + strange;
  return { valid, invalid, strange, ratio: total === 0 ? 1 : valid / total };
}
