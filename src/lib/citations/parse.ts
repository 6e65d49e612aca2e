/**
 * Stage 3: fields of a citation from the cleaned text around it — symbol in
 * official casing, the date and issuer that follow, the "về …" title clause,
 * a pinpoint before it.
 */
import type { Pinpoint } from './models.ts';
import { escapeRegExp } from '../regexp.ts';
import { DATE_TAIL_RE, ISSUER_LEAD_RE, PINPOINT_PREFIX_RE, TITLE_LEAD_RE } from './tokenizers.ts';
import { TYPE_WORD_SOURCE, officialCode } from './vocabulary.ts';

/** "NĐ -CP" → "NĐ-CP", "CT-TTG" → "CT-TTg", "KH- UBND" → "KH-UBND". */
const CODES_CACHE = new Map<string, string>();

export function canonicalCodes(codes: string): string {
  const hit = CODES_CACHE.get(codes);
  if (hit !== undefined) return hit;
  const out = codes
    .replace(/[ \n]/g, '')
    .split(/-+/)
    .map((c) => officialCode(c))
    .join('-');
  if (CODES_CACHE.size < 5000) CODES_CACHE.set(codes, out);
  return out;
}

export function isoDate(d: number, m: number, y: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface Tail {
  date: string | null;
  issuer: string | null;
  title: string | null;
  /** The title was quoted whole (“Về …”): the cited document's own words, not the citing sentence's. */
  titleQuoted: boolean;
  /** Cleaned-text index where date/issuer/title parsing stopped. */
  end: number;
  /** End of the date/issuer part only (list continuations start after it). */
  identityEnd: number;
}

const LOWER_ORG_WORDS = new Set([
  'nhân', 'dân', 'tỉnh', 'quận', 'huyện', 'xã', 'phường', 'thị', 'trấn', 'thường', 'vụ', 'trực', 'chấp',
  'kiểm', 'sát', 'trung', 'ương', 'đảng', 'bộ', 'ủy', 'uỷ', 'khóa', 'khoá', 'tối', 'cao', 'hội', 'đồng', 'phố',
  'nước', 'chính', 'phủ', 'trị', 'tướng', 'quốc', 'thi', 'đua', 'khen', 'thưởng', '-', 'ban', 'thành', 'hành',
  'tòa', 'toà', 'án', 'viện', 'sở', 'phòng', 'văn', 'đoàn', 'liên', 'mặt', 'trận', 'tổ', 'cấp', 'tịch',
]);
/** Lower-case words allowed only before a given next word ("ban" not in "ban hành"). */
const NEEDS_NEXT: Record<string, (next: string) => boolean> = {
  ban: (n) => n !== 'hành',
  thành: (n) => n === 'phố' || n === 'ủy' || n === 'uỷ',
  hành: () => true,
  tổ: (n) => n === 'quốc',
  văn: (n) => n === 'phòng',
  phòng: () => true,
  cấp: (n) => ['tỉnh', 'huyện', 'xã', 'ủy', 'uỷ'].includes(n),
  liên: (n) => n === 'đoàn',
  thi: (n) => n === 'đua',
  khen: (n) => n === 'thưởng',
};
const TYPE_WORD_AT = new RegExp(`^(?:${TYPE_WORD_SOURCE}|Phong trào|Đề án|Chương trình|V/v)(?![\\p{L}])`, 'u');
const ROMAN = /^[IVXLC]{1,6}$/;
const STOP_TOKENS = new Set(['về', 'để', 'nhằm', 'thực', 'triển', 'phê', 'sửa', 'hướng', 'quy', 'ban', 'tại', 'theo', 'trong', 'đối', 'gắn', 'với']);
/** Words that end an issuer even right after a capitalised word ("UBND tỉnh Ninh Bình ban hành"). */
const VERBS = new Set([
  'về', 'để', 'nhằm', 'thực', 'triển', 'phê', 'sửa', 'hướng', 'quy', 'ban', 'tại', 'theo', 'trong', 'đối', 'gắn',
  'với', 'tổ', 'phát', 'được', 'đã', 'là', 'và', 'có', 'cho', 'thì', 'này', 'đến', 'từ', 'ngày', 'số', 'năm', 'kèm',
  'giao', 'chỉ', 'yêu', 'đề', 'xin', 'trình', 'công', 'ký', 'lần', 'tiếp', 'gửi', 'nhận', 'chủ', 'thông', 'báo',
  'quyết', 'kế', 'luật', 'chương', 'điều', 'khoản', 'mục', 'cũng', 'đang', 'sẽ', 'như', 'nêu', 'tiếp', 'bổ',
  'ban', 'áp', 'hủy', 'huỷ', 'bãi', 'thay', 'dẫn', 'tham', 'chấp', 'lãnh', 'chịu', 'gồm', 'khi', 'nay', 'mà', 'các',
  'những', 'một', 'tháng', 'v/v', 'hoặc', 'hay', 'thuộc', 'trả',
  // A company's letter cited with what it asks: "… của Công ty TNHH Ford Việt Nam hỏi về …", "… kiến nghị …" (OCR: "dé nghị").
  'hỏi', 'kiến', 'dé', 'vướng', 'phản', 'nộp',
]);

/**
 * Lower-case words of a company's name after "Công ty" / "Tổng công ty" / "Tập đoàn": its legal form and its trade
 * ("Công ty cổ phần tập đoàn Masan", "Công ty TNHH đầu tư xây dựng HTKT COININ"), each allowed when the next or the
 * previous word makes it a name's ("thực phẩm", not "thực hiện"), so the name ends where the sentence goes on.
 */
const COMPANY_WORDS: Record<string, (prev: string, next: string) => boolean> = {
  cổ: (_p, n) => n === 'phần' || n === 'phan', cô: (_p, n) => n === 'phần', phần: (p, n) => p === 'cổ' || p === 'cô' || n === 'mềm', phan: (p) => p === 'cổ',
  trách: (_p, n) => n === 'nhiệm', nhiệm: (p, n) => p === 'trách' && n === 'hữu', hữu: (p) => p === 'nhiệm', hạn: (p) => p === 'hữu',
  một: (_p, n) => n === 'thành', hai: (_p, n) => n === 'thành', thành: (p, n) => (p === 'một' || p === 'hai') && n === 'viên', viên: (p) => p === 'thành',
  tập: (_p, n) => n === 'đoàn', đoàn: (p) => p === 'tập', liên: (_p, n) => n === 'doanh', doanh: (p) => p === 'liên' || p === 'kinh',
  kinh: (_p, n) => n === 'doanh',
  đầu: (_p, n) => n === 'tư', tư: (p, n) => p === 'đầu' || n === 'vấn' || n === 'van', vấn: (p) => p === 'tư', van: (p) => p === 'tư',
  xây: (_p, n) => n === 'dựng', dựng: (p) => p === 'xây',
  thương: (_p, n) => n === 'mại', mại: (p) => p === 'thương', dịch: (_p, n) => n === 'vụ', vụ: (p) => p === 'dịch',
  sản: (_p, n) => n === 'xuất', xuất: (p, n) => p === 'sản' || n === 'nhập' || n === 'khẩu', nhập: (p, n) => p === 'xuất' || n === 'khẩu', khẩu: (p) => p === 'xuất' || p === 'nhập',
  phát: (_p, n) => n === 'triển', triển: (p) => p === 'phát',
  công: (_p, n) => n === 'nghệ' || n === 'nghiệp', nghệ: (p) => p === 'công', nghiệp: (p) => p === 'công' || p === 'nông',
  nông: (_p, n) => n === 'nghiệp', kỹ: (_p, n) => n === 'thuật', thuật: (p) => p === 'kỹ',
  điện: () => true, lực: (p) => p === 'điện', viễn: (_p, n) => n === 'thông', thông: (p, n) => p === 'viễn' || n === 'tin', tin: (p) => p === 'thông',
  vận: (_p, n) => n === 'tải', tải: (p) => p === 'vận', du: (_p, n) => n === 'lịch', lịch: (p) => p === 'du',
  bất: (_p, n) => n === 'động', động: (p, n) => p === 'bất' && n === 'sản', tài: (_p, n) => n === 'chính', chính: (p) => p === 'tài',
  chứng: (_p, n) => n === 'khoán', khoán: (p) => p === 'chứng', bảo: (_p, n) => n === 'hiểm', hiểm: (p) => p === 'bảo',
  thực: (_p, n) => n === 'phẩm', dược: (_p, n) => n === 'phẩm', phẩm: (p) => p === 'thực' || p === 'dược',
  may: (_p, n) => n === 'mặc', mặc: (p) => p === 'may', dầu: (_p, n) => n === 'khí', khí: (p) => p === 'dầu',
  lọc: () => true, hóa: (p, n) => p === 'lọc' || n === 'dầu', hoá: (p, n) => p === 'lọc' || n === 'dầu',
  khai: (_p, n) => n === 'thác', thác: (p) => p === 'khai', thủy: (_p, n) => n === 'lợi', lợi: (p) => p === 'thủy',
  quốc: (_p, n) => n === 'tế', tế: (p) => p === 'quốc', toàn: (_p, n) => n === 'cầu', cầu: (p) => p === 'toàn',
  sinh: (_p, n) => n === 'học', học: (p) => p === 'sinh', mềm: (p) => p === 'phần', giải: (_p, n) => n === 'pháp', pháp: (p) => p === 'giải',
  chế: (_p, n) => n === 'biến', biến: (p) => p === 'chế', bao: (_p, n) => n === 'bì', bì: (p) => p === 'bao',
  vật: (_p, n) => n === 'liệu', liệu: (p) => p === 'vật', thiết: (_p, n) => n === 'bị', bị: (p) => p === 'thiết',
};
const COMPANY_HEAD = /^(?:Công ty|Tổng công ty|Tổng Công ty|Tập đoàn)$/u;

/**
 * The lines either side of the line break at `eol` are both rows of an OCR'd table, cells joined
 * with " | ": the next row opens with its first column, while the cell being read goes on after
 * that row's bar.
 */
function betweenTableRows(text: string, eol: number): boolean {
  const start = text.lastIndexOf('\n', eol - 1) + 1;
  let next = text.indexOf('\n', eol + 1);
  if (next < 0) next = text.length;
  return text.slice(start, eol).includes(' | ') && text.slice(eol + 1, next).includes(' | ');
}

/** A line that is a dateline ("Lạng Sơn, ngày 26 tháng 10 năm 2021"), a header field ("Kính gửi:") or an upper-case heading. */
function startsHeaderLine(text: string, pos: number): boolean {
  let eol = text.indexOf('\n', pos);
  if (eol < 0) eol = text.length;
  const line = text.slice(pos, Math.min(eol, pos + 120));
  if (/^[^,\n]{1,40}, ngày \d/u.test(line)) return true;
  if (/^(?:Kính gửi|KÍNH GỬI|V\/v|Số ?:|Nơi nhận|Căn cứ|Thực hiện|Theo đề nghị|Xét )/u.test(line)) return true;
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toLocaleUpperCase('vi') && /\s/.test(line.trim());
}

/**
 * Central bodies whose names hold lower-case words the word rules below cannot tell from the
 * sentence going on ("Bộ Nông nghiệp và Phát triển nông thôn ban hành …" read as "Bộ Nông nghiệp
 * và Phát", "Bộ Giao thông vận tải" as "Bộ Giao", "Ủy ban Pháp luật và Tư pháp" as "Ủy ban Pháp").
 * Past and present names, as the texts write them; a reading by the rules that is longer wins.
 */
const KNOWN_BODIES = [
  'Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Nông nghiệp và Môi trường', 'Bộ Giao thông vận tải',
  'Bộ Thông tin và Truyền thông', 'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Lao động - Thương binh và Xã hội',
  'Bộ Tài nguyên và Môi trường', 'Bộ Kế hoạch và Đầu tư', 'Bộ Khoa học và Công nghệ', 'Bộ Giáo dục và Đào tạo',
  'Bộ Dân tộc và Tôn giáo', 'Ủy ban Pháp luật và Tư pháp', 'Ủy ban Pháp luật', 'Ủy ban Tư pháp', 'Ủy ban Kinh tế và Tài chính',
  'Ủy ban Văn hóa và Xã hội', 'Ủy ban Quốc phòng, An ninh và Đối ngoại', 'Ủy ban Khoa học, Công nghệ và Môi trường',
  'Ủy ban Tài chính, Ngân sách', 'Ban Tuyên giáo và Dân vận Trung ương', 'Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam',
  'Ngân hàng Nhà nước Việt Nam', 'Tòa án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao', 'Tổng cục Thuế',
];
const KNOWN_BODY_AT = new RegExp(
  `^(?:(?:Bộ trưởng|Chủ nhiệm|Thống đốc)[ \n]+)?(?:${KNOWN_BODIES.sort((a, b) => b.length - a.length)
    .map((n) =>
      escapeRegExp(n)
        .replace(/ /g, '[ \\n]+')
        .replace(/hóa/g, 'h(?:óa|oá)')
        .replace(/Ủy/g, '(?:Ủy|Uỷ)')
        .replace(/Tòa/g, '(?:Tòa|Toà)'),
    )
    .join('|')})(?![\\p{L}])`,
  'iu',
);

/** Issuer words after "của": capitalised words and organisational vocabulary, up to the first other word. */
export function readIssuer(text: string, from: number): { issuer: string; end: number } | null {
  const byRules = readIssuerWords(text, from);
  const known = KNOWN_BODY_AT.exec(text.slice(from, from + 120));
  if (known && (!byRules || byRules.end < from + known[0].length)) return { issuer: known[0].replace(/\s+/g, ' '), end: from + known[0].length };
  return byRules;
}

/** A table cell's bar right where a reading stopped (sticky: read at its lastIndex, not by copying the rest of the text). */
const CELL_BAR_AT = / *\|/y;

function readIssuerWords(text: string, from: number): { issuer: string; end: number } | null {
  const words: string[] = [];
  let pos = from;
  let end = from;
  let prev = '';
  let prevCapital = false;
  for (let count = 0; count < 16 && pos < text.length; count++) {
    const lead = text.charCodeAt(pos);
    // Only a capitalised word can start the next citation's type word.
    if (words.length > 0 && lead !== 0 && String.fromCharCode(lead) !== String.fromCharCode(lead).toLowerCase() && TYPE_WORD_AT.test(text.slice(pos, pos + 40))) break;
    if (words.length > 0 && text[pos - 1] === '\n' && startsHeaderLine(text, pos)) break;
    // A name cut at the end of an OCR'd table row goes on after the next row's first cell, among
    // other columns' words ("… của Bộ trưởng Bộ Tài" ¶ "STT Ten hang | số lượn …"): no reading is sure.
    const pastRowEnd = words.length > 0 && text[pos - 1] === '\n' && betweenTableRows(text, pos - 1);
    let wEnd = pos;
    while (wEnd < text.length && text[wEnd] !== ' ' && text[wEnd] !== '\n') wEnd++;
    let word = text.slice(pos, wEnd);
    if (word.length === 0) break;
    if (word.startsWith('(') || word.startsWith('“') || word.startsWith('"')) break;
    let stopAfter = false;
    const trail = /[,;:.)”"]+$/.exec(word);
    if (trail && !/^(?:TP|Tp)\.$/.test(word)) {
      word = word.slice(0, word.length - trail[0].length);
      // Joint issuers: "của Bộ Tư pháp, Bộ Tài chính, Thanh tra Chính phủ".
      const after = text.slice(wEnd, wEnd + 24);
      const joint = /^[ \n](?:Bộ(?![ \n]trưởng)|Thanh tra Chính phủ|Ban Bí thư|Bộ Chính trị)(?![\p{L}])/u.test(after) && /^(?:Bộ|Ban|Thanh)$/u.test(words[0]!);
      // A ministry named by its fields: "Bộ Văn hóa, Thể thao và Du lịch" (a capitalised field, not a document type).
      const fields =
        words[0] === 'Bộ' && words.length <= 3 && /^[ \n]\p{Lu}\p{Ll}/u.test(after) && !TYPE_WORD_AT.test(after.trimStart()) &&
        /^[ \n]\p{Lu}\p{Ll}+[ \n]\p{Ll}+[ \n]và[ \n]\p{Lu}/u.test(text.slice(wEnd, wEnd + 40));
      stopAfter = !(trail[0] === ',' && words.length > 0 && (joint || fields));
      if (!stopAfter) word = word + ',';
    }
    if (word.length === 0) break;
    // A footnote number glued to the last word of a name ("Bộ Nội vụ1 về …").
    const glued = /^(\p{Ll}+)\d{1,2}$/u.exec(word);
    if (glued && words.length > 0) {
      word = glued[1]!;
      stopAfter = true;
    }
    let nextPos = wEnd;
    while (nextPos < text.length && (text[nextPos] === ' ' || text[nextPos] === '\n')) nextPos++;
    let nextEnd = nextPos;
    while (nextEnd < text.length && text[nextEnd] !== ' ' && text[nextEnd] !== '\n') nextEnd++;
    const next = text.slice(nextPos, nextEnd).replace(/[,;:.)”"]+$/, '').toLowerCase();
    const first = word[0]!;
    const isUpper = first !== first.toLowerCase() && first === first.toUpperCase();
    let ok: boolean;
    if (isUpper) {
      // "CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ …": in upper-case text the stop words are upper-case too.
      const lw = word.toLocaleLowerCase('vi');
      ok = !(ROMAN.test(word) && prev !== 'khóa' && prev !== 'khoá' && prev !== 'thứ') && !(word === word.toLocaleUpperCase('vi') && word.length > 1 && VERBS.has(lw) && !LOWER_ORG_WORDS.has(lw));
      // A term ("khóa XII") closes a body's name: a capitalised common word after it opens the title
      // ("của Hội nghị Trung ương 6 khóa XII Một số vấn đề về …").
      if (ok && ROMAN.test(words[words.length - 1] ?? '') && /^kh[oó]a$/u.test(words[words.length - 2] ?? '') && VERBS.has(lw)) ok = false;
    }
    // "khóa 12", and the plenum number in "Hội nghị Trung ương 4 khóa XIII".
    else if (/^\d{1,2}$/.test(word)) ok = prev === 'khóa' || prev === 'khoá' || (prev === 'ương' && /^kh[oó]/u.test(next));
    // "Bộ Lao động - Thương binh và Xã hội", "Ban Tuyên giáo và Dân vận Trung ương": "và" inside one body's name.
    // (Not "… của Bộ Tài chính và Điều 19 Thông tư …": an article opens the next citation.)
    else if (word === 'và') ok = /^\p{Lu}/u.test(text.slice(nextPos, nextPos + 1)) && !TYPE_WORD_AT.test(text.slice(nextPos, nextPos + 40)) && !/^(?:Điều|Khoản|Điểm|Chương|Mục|Phần|Phụ lục|Tiết)(?![\p{L}])/u.test(text.slice(nextPos, nextPos + 12)) && words.length > 0 && (words[0] === 'Bộ' || (words[0] === 'Ban' && !NEW_BODY_AT.test(text.slice(nextPos, nextPos + 20))));
    else if (word === 'lần' && next === 'thứ') ok = true;
    else if (word === 'thứ' && prev === 'lần') ok = true;
    else if (prev === 'thứ' && /^(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|mười một|\d{1,2})$/u.test(word)) ok = true;
    else if (words.length >= 2 && COMPANY_HEAD.test(words.slice(0, words[0] === 'Tổng' ? 3 : 2).join(' ')) && COMPANY_WORDS[word.toLowerCase()]?.(prev, next)) ok = true;
    else {
      const lw = word.toLowerCase().replace(/,$/, '');
      ok = LOWER_ORG_WORDS.has(lw) && !(words.length === 0 && STOP_TOKENS.has(lw));
      const cond = NEEDS_NEXT[lw];
      if (ok && cond) ok = cond(next);
      if (lw === 'hành') ok = prev === 'chấp';
      if (lw === 'phòng') ok = prev === 'văn' || words.length === 0;
      // Second syllable of a capitalised name: "Bộ Tư pháp", "Ban Kinh tế - Ngân sách".
      const prevWord = words[words.length - 1] ?? '';
      if (!ok && prevCapital && !/^[\p{Lu}\d]{2,}$/u.test(prevWord) && !VERBS.has(lw) && /^\p{Ll}+$/u.test(lw)) ok = true;
    }
    if (!ok) break;
    if (pastRowEnd) return null;
    words.push(word);
    prevCapital = isUpper;
    prev = word.toLowerCase();
    end = pos + word.length;
    if (stopAfter) break;
    pos = nextPos;
  }
  while (words.length > 0 && ['và', '-', 'lần', 'thứ', 'của'].includes(words[words.length - 1]!)) {
    words.pop();
  }
  if (words.length === 0) return null;
  // A name that ends at a cell's bar in a row of an OCR'd or flattened table may go on in another cell, among other
  // columns' words ("… của Bộ trưởng Bộ Tài STT Ten hang | số lượn …", "của Thủ tướng Chính|"): no reading is sure.
  CELL_BAR_AT.lastIndex = end;
  if (CELL_BAR_AT.test(text) || /\|$/.test(words[words.length - 1]!)) return null;
  const issuer = words.join(' ');
  // Recompute the end from the last kept word.
  const lastWord = words[words.length - 1]!;
  const idx = text.lastIndexOf(lastWord, end);
  return { issuer, end: idx >= 0 ? idx + lastWord.length : end };
}

/** A second body after "và" ("Ban Thường vụ Tỉnh ủy và UBND tỉnh"), not a field of the first one's name. */
const NEW_BODY_AT = /^(?:UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Sở|Bộ|Ban|Chủ tịch|Thủ tướng|Chính phủ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Đảng ủy|Đảng uỷ|Văn phòng|Mặt trận|Công an|Viện|Tòa án|Cục|Chi cục|Phòng|Trường)(?![\p{Ll}])/u;

/** Longest "về …" clause kept as a title; a longer one is cut at a word boundary, marked "…". */
const TITLE_MAX = 220;

/**
 * Where a title clause certainly ends although no punctuation says so: a line
 * that starts a new list item ("3/ Chỉ thị số 34-CT/TU…", "- Kế hoạch…") and a
 * sibling citation joined by "và", a comma or a line break ("… của Sở Nội vụ và
 * Quyết định số 3895/QĐ-UBND"). A citation the clause is about ("về tiếp tục thực hiện Nghị
 * quyết số 20-NQ/TW") is not preceded by "và" or a comma, and stays in the title. A number that is no document's
 * ("… hàng năm và Kế hoạch 5 năm 2021-2025") is title.
 */
// An enumerator is followed by a space ("3/ Chỉ thị", "2.1. ", "a) "): "21/2012/QĐ-UBND" split by a PDF line is not one.
const NEW_ITEM = /^\n\s*(?:\d{1,3}(?:\.\d{1,3})*[/.)]\s|[a-zđ]\)\s|[-–•+*]\s|#|(?:Phần|Mục|Chương|Điều)\s+(?:\d|[IVXLC]+\b|thứ\s))/u;
/** What befell the cited text, after its title: "…, được sửa đổi, bổ sung bởi Nghị định số 76/2009/NĐ-CP", "… đã được sửa đổi theo …". */
const AMENDED_TAIL = /^[,\s]+(?:đã[ \n]+)?được[ \n]+(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế|hợp[ \n]+nhất)(?![\p{L}])/u;
/**
 * Where the citing sentence goes on after the title although no stop says so: "…, trong đó yêu cầu …", "…, qua đó …",
 * "… thì tiếp tục …", "… hết hiệu lực kể từ …", "…, Ủy ban Thường vụ Quốc hội quyết định …", "…, Bộ Tài chính đã báo cáo …" (its own words, not the title).
 */
const SENTENCE_GOES_ON = /^(?:,\s*(?:trong đó|qua đó|theo đó|đồng thời)(?![\p{L}])|\s+thì\s|\s+(?:đã\s+)?hết\s+hiệu\s+lực(?![\p{L}])|,\s*(?:Bộ|Ban|Ủy|Uỷ|UBND|HĐND|Sở|Tổng|Cục|Chính|Quốc|Thủ|Văn|Hội|Tỉnh|Thành|Đảng|Ngân|Kiểm|Thanh|Tòa|Viện)(?![\p{L}])(?:\s+\p{L}+){0,7}\s+(?:quyết định|có ý kiến|ban hành|đề nghị|yêu cầu|đã\s+\p{Ll}+)(?![\p{L}]))/u;
const SIBLING_CITATION =
  /^(?:,\s*|\s+và\s+|\n\s*)(?:Chỉ thị|Nghị quyết|Quyết định|Kế hoạch|Thông tư|Công văn|Kết luận|Quy định|Chương trình|Hướng dẫn|Nghị định|Thông báo|Đề án|Luật)\s+(?:số\s+\d|\d+[a-zđ]?\s*[/-])/u;

/**
 * Where a central body's title ends although no punctuation says so: the citing
 * text's own place, a bare "quận", "huyện", "tỉnh"… with no name after it ("gắn
 * với Chỉ thị số 05-CT/TW … về đẩy mạnh học tập … phong cách Hồ Chí Minh tại cơ
 * quan, đơn vị thuộc quận."). The Politburo or the Government never calls a
 * district "the district"; the plan that cites them does. "các tỉnh", "mỗi xã"
 * and a named place ("tỉnh Lạng Sơn") stay in the title.
 */
const OWN_PLACE_TAIL =
  /^ (?:tại|ở|trong|trên địa bàn)(?: (?!(?:các|những|mỗi|từng|cả) )[^ .;:\n]+){0,8}? (?:quận|huyện|thị xã|thị trấn|phường|xã|tỉnh|thành phố)(?=[.;]|\n|$)/u;
const CENTRAL_ISSUER = /^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Trung ương|Quốc hội|Ủy ban Thường vụ Quốc hội|Uỷ ban Thường vụ Quốc hội|Chính phủ|Thủ tướng)/iu;

function readTitle(text: string, from: number, opts: { quote?: string | undefined; central?: boolean } = {}): { title: string; end: number } | null {
  const max = Math.min(text.length, from + TITLE_MAX);
  const closing = opts.quote === '“' ? '”' : opts.quote;
  let i = from;
  let depthQuote = false;
  for (; i < max; i++) {
    const ch = text[i]!;
    // A quoted title is the cited document's own words: it ends with its quote, whatever follows.
    if (closing && ch === closing) break;
    if (closing) continue;
    if (opts.central && ch === ' ' && OWN_PLACE_TAIL.test(text.slice(i, i + 120))) break;
    if (ch === '“') depthQuote = true;
    else if (ch === '”') depthQuote = false;
    if (depthQuote) continue;
    if (ch === ';' || ch === '(' || ch === ':') break;
    if (ch === '.' && (i + 1 >= text.length || text[i + 1] === ' ' || text[i + 1] === '\n')) break;
    if (ch === '\n' && NEW_ITEM.test(text.slice(i, i + 16))) break;
    if ((ch === ',' || ch === ' ' || ch === '\n') && SIBLING_CITATION.test(text.slice(i, i + 40))) break;
    if ((ch === ',' || ch === ' ' || ch === '\n') && AMENDED_TAIL.test(text.slice(i, i + 40))) break;
    if ((ch === ',' || ch === ' ') && SENTENCE_GOES_ON.test(text.slice(i, i + 120))) break;
  }
  // An unclosed quote (a quote mark lost in extraction) is read as an unquoted clause.
  if (closing && text[i] !== closing) return readTitle(text, from, { central: opts.central ?? false });
  let cut = i;
  if (closing) i++;
  // (Cut at a space too: "… tầm nhìn đến năm 2030 gắn với chuyển" / " đổi số …" is still cut.)
  const inWord = i < text.length && /\S/.test(text[i]!);
  const truncated = i === from + TITLE_MAX && i < text.length && (inWord || /^\s+[^\s.;:(]/u.test(text.slice(i, i + 4)));
  if (truncated && inWord) {
    // Never end a title inside a word ("…hiệu lực, hiệ").
    const space = text.lastIndexOf(' ', i);
    if (space > from) cut = space;
  }
  // A quoted title inside this one keeps its words but not its quotes, so its capital "Về" goes
  // lower-case as running text ("… của Bộ Chính trị về đẩy mạnh …", not "… Bộ Chính trị Về …").
  let title = text.slice(from, cut).replace(/\s+/g, ' ').replace(/[“"] ?Về(?= )/gu, (m) => m.replace('Về', 'về')).replace(/[“”"]/g, '').trim();
  title = title.replace(/[,\s]+$/, '');
  if (truncated) title += ' …';
  if (title.length < 3) return null;
  return { title, end: i };
}

/** Date, issuer and "về …" title that follow a citation ending at `end` (cleaned index). */
export function parseTail(text: string, end: number, nextCitationStart: number): Tail {
  let date: string | null = null;
  let issuer: string | null = null;
  let title: string | null = null;
  let titleQuoted = false;
  let pos = end;
  let identityEnd = end;
  for (let round = 0; round < 2; round++) {
    const window = text.slice(pos, pos + 60);
    if (date === null) {
      const m = DATE_TAIL_RE.exec(window);
      if (m?.groups) {
        const g = m.groups;
        const d = Number(g.d1 ?? g.d2);
        const mo = Number(g.m1 ?? g.m2);
        const y = Number(g.y1 ?? g.y2);
        date = isoDate(d, mo, y);
        pos += m[0].length;
        identityEnd = pos;
        continue;
      }
    }
    if (issuer === null) {
      const lead = ISSUER_LEAD_RE.exec(window);
      if (lead) {
        const r = readIssuer(text, pos + lead[0].length);
        if (r) {
          issuer = r.issuer;
          pos = r.end;
          identityEnd = pos;
          continue;
        }
      }
    }
    break;
  }
  const lead = TITLE_LEAD_RE.exec(text.slice(pos, pos + 20));
  let tailEnd = pos;
  if (lead && pos + lead[0].length < nextCitationStart) {
    // The clause may itself cite a document ("về tiếp tục thực hiện Nghị quyết số 20-NQ/TW …"):
    // it is part of the title, so only the clause's own punctuation and length end it.
    const quote = lead.groups?.quote;
    const r = readTitle(text, pos + lead[0].length, { quote, central: !!issuer && CENTRAL_ISSUER.test(issuer) });
    if (r) {
      title = r.title;
      titleQuoted = !!quote && text[r.end - 1] === (quote === '“' ? '”' : quote);
      tailEnd = r.end;
    }
  }
  return { date, issuer, title, titleQuoted, end: tailEnd, identityEnd };
}

/** Pinpoint ("điểm a khoản 2 Điều 5") ending right where the type word starts. */
export function parsePinpoint(text: string, typeStart: number): { pinpoint: Pinpoint; start: number } | null {
  const from = Math.max(0, typeStart - 48);
  const window = text.slice(from, typeStart);
  if (!window.includes('iều')) return null; // no "Điều"/"điều": no pinpoint
  const m = PINPOINT_PREFIX_RE.exec(window);
  if (!m?.groups) return null;
  const g = m.groups;
  return {
    pinpoint: {
      text: m[0].replace(/[ \n,]+(?:của[ \n]*)?$/, '').replace(/\n/g, ' '),
      article: g.article ?? null,
      clause: g.clause ?? null,
      point: g.point ?? null,
    },
    start: from + m.index,
  };
}
