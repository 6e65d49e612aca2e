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

function isStrange(ch: string, c: number): boolean {
  if (c < 0x20) return !'\t\n\r\f\v'.includes(ch);
  if (c === 0x7f || c === 0xfffd || (c >= 0x80 && c < 0xa0)) return true;
  return c > 0x7f && !ORDINARY.test(ch);
}

/** Characters scored at most: three samples (start, middle, end) of a longer text decide as well. */
export const SAMPLE_CHARS = 240_000;

function sample(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const part = SAMPLE_CHARS / 3;
  const at = (i: number) => {
    const from = text.indexOf(' ', i);
    return from < 0 ? i : from;
  };
  const mid = at(Math.floor(text.length / 2 - part / 2));
  const end = at(text.length - part);
  return [text.slice(0, at(part)), text.slice(mid, at(mid + part)), text.slice(end)].join('\n');
}

export function scoreVietnamese(whole: string): Score {
  const text = sample(whole);
  let valid = 0;
  let invalid = 0;
  let strange = 0;
  // A document repeats its words and letters: judge each distinct one once.
  const words = new Map<string, boolean>();
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const w = m[0];
    if (/^[\x00-\x7f]*$/.test(w)) continue;
    let ok = words.get(w);
    if (ok === undefined) words.set(w, (ok = isVietnameseSyllable(w)));
    if (ok) valid++;
    else invalid++;
  }
  const chars = new Map<number, boolean>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    let bad = chars.get(c);
    if (bad === undefined) chars.set(c, (bad = isStrange(text[i]!, c)));
    if (bad) strange++;
  }
  const total = valid + invalid + strange;
  return { valid, invalid, strange, ratio: total === 0 ? 1 : valid / total };
}
