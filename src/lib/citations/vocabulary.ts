/**
 * The closed vocabularies of the grammar: type words, symbol codes in
 * official casing, issuer abbreviations. Data only.
 */
import type { DocType } from './models.ts';
import { eitherTone } from '../vietnamese.ts';

/**
 * Type words, longest first so "Thông tư liên tịch" wins over "Thông tư".
 * Each entry: the words as a regex fragment (syllables joined by flexible space).
 */
export const TYPE_WORDS: Array<[string, DocType]> = [
  ['Thông tư liên tịch', 'Thông tư liên tịch'],
  ['Nghị quyết liên tịch', 'Nghị quyết'],
  ['Chương trình hành động', 'Chương trình'],
  ['Kế hoạch hành động', 'Kế hoạch'],
  ['Nghị quyết', 'Nghị quyết'],
  ['Nghị định', 'Nghị định'],
  ['Quyết định', 'Quyết định'],
  ['Quy định', 'Quy định'],
  ['Chỉ thị', 'Chỉ thị'],
  ['Chi thị', 'Chỉ thị'],
  ['Kế hoạch', 'Kế hoạch'],
  ['Kết luận', 'Kết luận'],
  ['Hướng dẫn', 'Hướng dẫn'],
  ['Thông báo', 'Thông báo'],
  ['Chương trình', 'Chương trình'],
  ['Thông tư', 'Thông tư'],
  ['Thông tri', 'Thông tri'],
  ['Bộ luật', 'Bộ luật'],
  ['Luật', 'Luật'],
  ['Pháp lệnh', 'Pháp lệnh'],
  ['Công văn', 'Công văn/Văn bản'],
  // (OCR glues the two words: "Côngvăn số 6670/BYT-MT".)
  ['Côngvăn', 'Công văn/Văn bản'],
  ['Văn bản', 'Công văn/Văn bản'],
  ['Đề án', 'Đề án'],
  ['Báo cáo', 'Báo cáo'],
  ['Công điện', 'Công điện'],
  ['Quy chế', 'Quy chế'],
  ['Điều lệ', 'Điều lệ'],
  ['Tờ trình', 'Tờ trình'],
  ['Phương án', 'Phương án'],
  ['Bản án', 'other'],
  ['Giấy mời', 'other'],
  ['Biên bản', 'other'],
  ['Lệnh', 'other'],
];

/** Regex source for a phrase: syllables separated by one whitespace run, both tone placements. */
export function phraseSource(words: string): string {
  return words
    .split(' ')
    .map(eitherTone)
    .join('[ \\n]');
}

/**
 * A type word's regex source: as a phrase, and also with the space between its syllables lost, as copies scraped with their
 * line joins lost print it ("Nghịđịnh này thay thế …", "các Nghịđịnh số 89/CP"). No other word is written so.
 */
export function typeWordSource(word: string): string {
  return word.split(' ').map(eitherTone).join('[ \\n]?');
}

/** Alternation of all type words (case-insensitive use), capturing nothing. */
export const TYPE_WORD_SOURCE = TYPE_WORDS.map(([w]) => typeWordSource(w)).join('|');

function foldKey(s: string): string {
  return s.toUpperCase().replace(/Đ/g, 'D');
}

/** Symbol codes in official casing. Looked up by upper-case, Đ→D-folded spelling. */
const OFFICIAL_CODES = [
  // types
  'NQ', 'QĐ', 'QyĐ', 'CT', 'KH', 'KL', 'TB', 'CTr', 'ĐA', 'PA', 'BC', 'TTr', 'QC', 'CĐ', 'NĐ',
  'TTLT', 'PL', 'CV', 'HD', 'HĐ', 'TT', 'L', 'UBTVQH', 'NQLT', 'QĐi',
  // Party issuers
  'TW', 'TU', 'ThU', 'HU', 'QU', 'ĐU', 'ĐUK', 'VPTW', 'BTCTW', 'UBKTTW', 'BTGTW', 'BDVTW', 'BNCTW', 'BCS', 'ĐĐ',
  // State issuers
  'TTg', 'CP', 'VPCP', 'CTN', 'UBND', 'HĐND', 'VKS', 'VKSTC', 'TANDTC', 'BNV', 'BTC', 'BYT', 'BCT', 'BGDĐT',
  'BTP', 'BCA', 'BQP', 'BKHĐT', 'BTTTT', 'BKHCN', 'BTNMT', 'BNNPTNT', 'BNNMT', 'BLĐTBXH', 'BXD', 'BGTVT',
  'BVHTTDL', 'BNG', 'NHNN', 'TTCP', 'KTNN', 'MTTQ', 'VP', 'UBTVQH', 'TĐKT', 'SNV', 'STC', 'SGDĐT', 'HĐTĐKT',
  'BTĐKT', 'TLĐ', 'TWĐTN', 'VPUB', 'QLNN', 'BDT', 'UBDT',
];

const CODE_BY_KEY = new Map<string, string>();
for (const code of OFFICIAL_CODES) {
  const key = foldKey(code);
  // "HD" (Hướng dẫn) and "HĐ" (Hội đồng) fold to the same key: keep what was written.
  if (CODE_BY_KEY.has(key) && CODE_BY_KEY.get(key) !== code) CODE_BY_KEY.set(key, '');
  else CODE_BY_KEY.set(key, code);
}

/** Whether `token` is a known symbol code (any casing, Đ or D): for OCR repair of symbols. */
export function isKnownCode(token: string): boolean {
  return /^(UBTV)?QH\d+$/i.test(token) || CODE_BY_KEY.has(foldKey(token));
}

/** One symbol code in official casing ("TTG" → "TTg", "ND" → "NĐ"); unknown codes as written. */
export function officialCode(token: string): string {
  if (/^QH\d+$/i.test(token)) return token.toUpperCase();
  if (/^UBTVQH\d+$/i.test(token)) return token.toUpperCase();
  const hit = CODE_BY_KEY.get(foldKey(token));
  return hit ? hit : token;
}

/** Type codes (the part of a symbol naming the type) → doc type when no type word is written. */
export const TYPE_BY_CODE: Record<string, DocType> = {
  NQ: 'Nghị quyết',
  NQLT: 'Nghị quyết',
  QĐ: 'Quyết định',
  QyĐ: 'Quy định',
  CT: 'Chỉ thị',
  KH: 'Kế hoạch',
  KL: 'Kết luận',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  CTr: 'Chương trình',
  ĐA: 'Đề án',
  PA: 'Phương án',
  BC: 'Báo cáo',
  TTr: 'Tờ trình',
  QC: 'Quy chế',
  CĐ: 'Công điện',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  PL: 'Pháp lệnh',
  CV: 'Công văn/Văn bản',
  L: 'Luật',
};

/** Issuer codes whose numbering is local (every province/district numbers its own). */
export const LOCAL_ISSUER_CODES = new Set(['UBND', 'HĐND', 'TU', 'ThU', 'HU', 'QU', 'ĐU', 'ĐUK', 'VKS', 'SNV', 'STC', 'SGDĐT', 'VP', 'VPUB', 'MTTQ']);
