/**
 * The end of a document: "Nơi nhận:" list, signature block (capacity lines and
 * name), typist references and image captions. None of it is body text; what
 * follows them (appendices, footnotes) is body again.
 *
 * The recipients and the signature often share lines, as the two columns of a
 * table flattened by a portal or by pdftotext ("- Bộ Tài chính;    PHÓ CHỦ TỊCH"),
 * so each line is read as cells.
 */
import { foldAll, isCaps, isGazetteHead } from './header.ts';
import { boilerplateReason, isBlank, isImageCaption, isPageNumber, isTypistLine } from './lines.ts';
import type { Omission, SourceLine } from './types.ts';
import { foldDiacritics } from '../vietnamese.ts';

export interface TailFacts {
  recipients: string[];
  recipientsLine: number | null;
  signer: { name: string | null; capacity: string | null; line: number | null };
  /** Index (into lines) where the body ends (exclusive). */
  bodyEnd: number;
  /** Index (into lines) where the body resumes after the tail (appendices, footnotes); `end` when nothing follows. */
  afterTail: number;
  /** Lines inside [bodyEnd, afterTail) that are still body text (none today; kept for clarity of the contract). */
  omissions: Omission[];
}

/** A rank printed before a signer's name in the army and the police: "Đại tướng Lương Tam Quang". */
const RANK = /^(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+(?=\p{Lu})/u;

/**
 * The commonest surname with its first letters OCR lost or garbled, kept by its "uyễn" ("guyễn Tiến Trường", "guyén Tién
 * Truong", "SN €uyễn Huy Nhặn" with a stamp's speck before it): Nguyễn, and the name as printed after it; else as given.
 */
function mendCutNguyen(text: string): string {
  const m = /^(?:\p{Lu}{1,2}\s+)?(\S{1,6})\s+((?:\p{Lu}\p{Ll}*\s+){0,2}\p{Lu}\p{Ll}*)$/u.exec(text.trim());
  if (!m || !/^[^a-z\s]?g?uyen$/u.test(foldAll(m[1]!).toLowerCase()) || /^\p{Lu}/u.test(m[1]!)) return text;
  const name = `Nguyễn ${m[2]!}`;
  return isPersonName(name) ? name : text;
}

/** Words that make a name once a surname stands before them: "Huy Nhặn", "Văn Tạo" (what OCR left after a lost surname). */
function isGivenNames(words: string): boolean {
  return isPersonName(`Nguyễn ${words}`);
}

/**
 * A name whose first word OCR garbled with a letter no Vietnamese word has ("gấŸen Huy Nhặn", "Ngu©ễn Văn An"), its given
 * names clean: one to two capitalised words that make a name after a surname.
 */
function garbledSurnameName(text: string): boolean {
  const m = /^(\S{2,8})\s+((?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+)$/u.exec(text.trim());
  return !!m && /[^\p{L}\s]|[ŸÿßæøåœÆØÅŒ]|[fjwz]/u.test(m[1]!) && isGivenNames(m[2]!);
}

/** A person's name: 2–6 capitalised words, not all capitals, maybe after a rank. */
export function isPersonName(s: string): boolean {
  const p = s.trim().replace(RANK, '');
  if (p.length > 50 || isCaps(p)) return false;
  const words = p.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (/^(sở|bộ|cục|phòng|ban|ủy|uỷ|văn|trung|tổng|chi|kho|hội|trường|viện|đảng|điều|khoản|chương|mục|phần|như|các|nơi|kính|căn|theo|thực|ngày|tháng|năm|số|về|tại|trang|mẫu|phụ|thông|nghị|quyết|luật|chính|quốc|thành|tỉnh|huyện|quận|xã|phường)$/iu.test(words[0]!)) return false;
  // …also as OCR or an unaccented copy writes them: "Phu Lục" is an appendix's heading, "Bieu Mau" an attachment's, not a name.
  if (/^(?:phu luc|phu bieu|bieu mau|noi nhan|kinh gui|can cu)$/u.test(foldAll(words.slice(0, 2).join(' ')))) return false;
  // "Công" is a family name too ("Công Văn Lãnh"), but not in "Công ty …", "Công an …", "Công văn số …".
  if (/^công$/iu.test(words[0]!) && (words.length < 3 || /^(?:ty|an|đoàn|thương|nghệ|nghiệp|chức|báo|điện|trình|văn)$/iu.test(words[1]!) && !(words.length === 3 && /^văn$/iu.test(words[1]!)))) return false;
  return words.every((w) => /^\p{Lu}\p{Ll}*\.?$/u.test(w) && VIETNAMESE_SYLLABLE_END.test(w) && !/[fjwz]/iu.test(w));
}

/** A Vietnamese syllable ends in a vowel or in c, ch, m, n, ng, nh, p, t: "National Technical Regulation" is no name. */
const VIETNAMESE_SYLLABLE_END = /(?:[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]|c|ch|m|n|ng|nh|p|t)\.?$/iu;

const CAPACITY_START = /^(tm|t\/m|kt|tl|tuq|q|ktl|ký thay|thay mặt|thừa lệnh|thừa ủy quyền)(?![\p{L}\d])\.?/iu;
/** The offices a capacity names ("PHÓ CỤC TRƯỞNG"), matched on folded text: a scan that lost the marks ("BO TRUONG") names them too. */
const POSITIONS = ['chủ tịch', 'bộ trưởng', 'thứ trưởng', 'thủ tướng', 'tổng giám đốc', 'giám đốc', 'cục trưởng', 'tổng cục trưởng', 'vụ trưởng', 'chánh văn phòng', 'bí thư', 'trưởng ban', 'phó ban', 'chủ nhiệm', 'viện trưởng', 'chánh án', 'thống đốc', 'trưởng phòng', 'chánh thanh tra', 'tổng thanh tra', 'tổng kiểm toán', 'chi cục trưởng', 'hiệu trưởng', 'trưởng', 'thường trực'];
const POSITION = new RegExp(`^(?:pho\\s+)?(?:${POSITIONS.map(foldDiacritics).join('|')})(?![\\p{L}\\d])`, 'u');

function cellsOf(l: SourceLine): string[] {
  // Table cells ("| Số: 4246/VBHN-BLĐTBXH | *Hà Nội, …*<br>**BỘ TRƯỞNG** |"), column gaps, markup.
  const cells = !/\s{3,}|\t|\||<br\s*\/?>/i.test(l.raw)
    // (A lone star and a space opens a Markdown list item, "* Như Điều 7;": it stays for the list to read.)
    ? [l.plain.replace(/^\*+(?!\s)|\*+$/g, '').trim()]
    : l.raw.replace(/\t/g, '    ').split(/ {3,}|\||<br\s*\/?>/i)
      .map((c) => c.replace(/\*+/g, '').replace(/\s+/g, ' ').trim());
  // A news page's signature on one line, its parts apart by dashes: "KT. BỘ TRƯỞNG - THỨ TRƯỞNG - (Đã ký) - Đỗ Hoàng Anh Tuấn".
  if (cells.length === 1 && CAPACITY_START.test(cells[0]!)) {
    const parts = cells[0]!.split(/\s+[-–]\s+/u);
    if (parts.length >= 3 && isPersonName(parts.at(-1)!) && parts.slice(0, -1).every((p) => isCapacity(p) || SIGNED.test(p))) return parts;
  }
  // A grid table's borders ("+-----+-----+") and separator rows hold nothing.
  // A mark of the seal OCR glued before the name: "y]Phạm Thị Thanh Trà"; or after the capacity: "PHÓ THỦ TƯỚNGy]".
  // "Đã ký: Nguyễn Thị Kim Ngân": the mark, then the name.
  return cells.filter((c) => c !== '' && !/^[-:=+\s]+$/.test(c)).flatMap(besideRecipients)
    .flatMap((c) => { const m = /^(\(?đã k[ýí]\)?)\s*:\s*(?=\p{Lu}\p{Ll})/iu.exec(c); return m ? [m[1]!, c.slice(m[0].length)] : [c]; })
    .map((c) => c.replace(/^\p{Ll}?[\][}{|]\s*(?=\p{Lu}\p{Ll})/u, '').replace(/^([\p{Lu}\s.\/]*\p{Lu}{2})\p{Ll}?[\][}{|]$/u, '$1'));
}

/**
 * OCR joins the two columns of a tail with a single space: "Nơi nhận: TM. CHÍNH PHỦ",
 * "- Ban Bí thư Trung ương Đảng; THỦ TƯỚNG", "- … của Quốc hội; Phạm Min h Chính". What
 * follows the heading or an item's closing ";" is the signature's column when it is a
 * capacity or a name.
 */
function besideRecipients(cell: string): string[] {
  const m = /^((?:Nơi|NƠI|Noi|NOI)\s+\p{L}+\s*:(?:\s+|(?=\p{Ll}{1,2}[,.;]\s))|[-~+•–=]\s.*;\s+)(\S.*)$/u.exec(cell);
  if (m) {
    // (…and a speck of the seal between them: "Noi nhận:y, KT, TONG cục TRƯỞNG".)
    const right = closeOcrGap(m[2]!).replace(/^\p{Ll}{1,2}[,.;]\s+(?=\p{Lu})/u, '');
    if (isCapacity(right) || isPersonName(right)) return [m[1]!.trim(), right];
  }
  // A name beside a wrapped item that goes on after a comma ("Sở Tài chính các tỉnh, …, các Chỉ cục Thuế, Cao Anh Tuan"):
  // only a full name (three words or more, a family name first), since a place may follow a comma too ("…, Cao Bằng").
  const name = nameAfterItem(cell);
  if (name && name.close === ',' && name.name.split(/\s+/).length >= 3 && SURNAMES.has(name.name.split(/\s+/)[0]!)) return [name.left, name.name];
  return [cell];
}

/** OCR's space inside a name's last word: "Phạm Min h Chính" → "Phạm Minh Chính". */
function closeOcrGap(s: string): string {
  return s.replace(/(\p{L}{2,}) (\p{Ll})(?=\s|$)/u, '$1$2');
}

/**
 * A name after the item it shares a line with, as OCR joins a tail's two columns: "… Đảng; Phạm Min h Chính",
 * "“Tu VI, CS 0) Lưu Đức Huy", "… các Chỉ cục Thuế, Cao Anh Tuan". The item closes with ";", ")" or ",".
 */
function nameAfterItem(cell: string): { left: string; close: string; name: string } | null {
  // (":" too, where the item names its department: "- Cục Kiểm tra văn bản (Bộ Tư pháp): Vũ Thị Mai".)
  const m = /^(.*([;),:]))\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}(?:\s\p{Ll})?)$/u.exec(cell);
  if (!m) return null;
  const name = closeOcrGap(m[3]!);
  return isPersonName(name) ? { left: m[1]!, close: m[2]!, name } : null;
}

/** A document-management system's tracking code printed under the filing line: "(190502/ZV09/0001/7401/008483097)." */
const FILING_CODE = /^\((?=(?:[^\d]*\d){8})[\dA-Z]+(?:\/[\dA-Z]+){2,}\)\.?$/u;

/** The list's filing line, "- Lưu: VT, …" (…also without its colon, before the office's abbreviation: "- Lưu HC, TT-HT."). */
function isFilingLine(cell: string): boolean {
  return /^[-~+•–]?\s*(?:lưu|luu)\s*[:.]/iu.test(cell) || /^[-~+•–]?\s*(?:[Ll]ưu|LƯU|[Ll]uu)\s+\p{Lu}{2,}/u.test(cell);
}

/** A name after the filing line's last item and a full stop: "- Luu: VT, HTr(2). Mai Son" (two words at least, a family name first). */
function nameAfterFiling(cell: string): { left: string; close: string; name: string } | null {
  if (!isFilingLine(cell)) return null;
  const m = /^(.*\.)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3})$/u.exec(cell);
  return m && isPersonName(m[2]!) && isSurname(m[2]!.split(/\s+/)[0]!) ? { left: m[1]!, close: '.', name: m[2]! } : null;
}

function isCapacity(c: string): boolean {
  if (c.length > 70) return false;
  if (CAPACITY_START.test(c)) return true;
  // (…after the one letter OCR left of "KT." or "TL.": "T.CUC TRUONG".)
  return isCaps(c) && POSITION.test(foldDiacritics(c).replace(/^\p{L}\.\s*/u, ''));
}

// "kí" is the older spelling of "ký", still written ("( đã kí)").
const SIGNED = /^[([]?\s*(?:đã\s*k[ýí]|da\s*k[yi]|đã\s*đóng\s*dấu|ký tên|ký và ghi rõ họ tên|ký, ghi rõ họ tên|ký tên, đóng dấu|đã ký và đóng dấu|signed)[^)\]]{0,30}[)\]]?$/iu;

// Capitalised, as the heading of the list: "nơi nhận, số lượng bản …" in a sentence is body text.
const NOI_NHAN = /^(?:(?:Nơi|NƠI|Noi|NOI)\s+(?:nhận|NHẬN|nhan|NHAN|nhân|NHÂN|nhậm)\s*(?::\s*(.*))?|nơi\s+nhận\s*:\s*(.*))$/u;
const FOOTNOTE = /^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}\s+\p{Lu})/u;

interface SigCell { index: number; text: string; kind: 'cap' | 'name' | 'namePart' | 'signed'; whole: boolean }

/** The signature whose name is on line k: the name cell and the capacity cells above it, or null. */
function signatureAt(lines: readonly SourceLine[], k: number, start: number, nn: number, atEnd = false): SigCell[] | null {
  const l = lines[k]!;
  if (isBlank(l)) return null;
  const cells = cellsOf(l);
  if (cells.length === 0) return null;
  // A centred name the layout broke over two lines: "Trần" / "Thanh Mẫn".
  const split = cells.length === 1 ? splitName(lines, k, start, cells[0]!) : null;
  if (split) k = split.first;
  // The text's last line, a name whose surname OCR garbled into letters Vietnamese never writes ("gấŸen Huy Nhặn"),
  // is the signer's as written where a capacity stands above it (checked below).
  const garbled = !split && atEnd && cells.length === 1 && garbledSurnameName(cells[0]!) ? cells[0]! : null;
  const nameCell = split ? split.name : [...cells].reverse().find((c, r) => isPersonName(c) && (r === 0 || cells.length === 1)) ?? garbled;
  if (!nameCell) return null;
  if (nameCell === garbled && !isPersonName(garbled)) {
    // (Nothing above it, on a text's first line, is no capacity: "&lt; Thự", a fuzz counterexample, seed 1638794071.)
    const j = prevNonBlank(lines, k, start);
    if (j < 0 || !isCapacity(cellsOf(lines[j]!)[0] ?? '')) return null;
  }
  // A table row ending in a name-like cell ("5    Thủy điện Sesan 4    360    Đang vận hành    Sông Sê San") is
  // no signature unless a capacity or "(Đã ký)" stands beside the name.
  if (cells.length >= 3) {
    const before = cells[cells.lastIndexOf(nameCell) - 1] ?? '';
    if (!isCapacity(before) && !SIGNED.test(before)) return null;
  }
  const found: SigCell[] = [{ index: k, text: nameCell, kind: 'name', whole: cells.length === 1 }];
  if (split) found.push({ index: split.last, text: cells[0]!, kind: 'namePart', whole: true });
  let caps = 0;
  let seen = 0;
  // A table row holding the whole signature: "| … | Hà Nội, ngày …<br>BỘ TRƯỞNG<br>Đào Ngọc Dung |".
  for (let c = cells.lastIndexOf(nameCell) - 1; c >= 0 && (isCapacity(cells[c]!) || SIGNED.test(cells[c]!)); c--) {
    const signed = !isCapacity(cells[c]!);
    found.unshift({ index: k, text: cells[c]!, kind: signed ? 'signed' : 'cap', whole: false });
    if (!signed) caps++;
  }
  for (let j = k - 1; j >= start && seen < (j >= nn && nn >= 0 ? 40 : 16); j--) {
    const lj = lines[j]!;
    if (isBlank(lj)) continue;
    seen++;
    const cj = cellsOf(lj);
    if (cj.length === 0) continue;
    const last = cj[cj.length - 1]!;
    const firstCap = cj.length === 1 ? cj[0]! : last;
    // (A line in capitals stands for a capacity; a short word alone under no capacity, "STT" over a table's columns, does not.)
    if ((isCapacity(firstCap) || (cj.length === 1 && isCaps(firstCap) && firstCap.length <= 60 && !(caps === 0 && /^\p{Lu}{1,4}$/u.test(firstCap)) && !/[.;:]$/.test(firstCap) && !APPENDIX.test(firstCap))) && !NOI_NHAN.test(firstCap)) { found.unshift({ index: j, text: firstCap, kind: 'cap', whole: cj.length === 1 }); caps++; continue; }
    if (SIGNED.test(firstCap) || isImageCaption(lj)) { found.unshift({ index: j, text: firstCap, kind: 'signed', whole: cj.length === 1 }); continue; }
    // The handwritten signature and seal OCR read as a mark or two between capacity and name: "Epas:", "bề", "J3".
    if (seen <= 3 && caps === 0 && cj.length === 1 && /^\S{1,6}$/u.test(firstCap) && (!isCaps(firstCap) || /\d/.test(firstCap))) { found.unshift({ index: j, text: firstCap, kind: 'signed', whole: true }); continue; }
    // A capacity OCR led with a mark of the seal: "ea QUOC HOI".
    const unmarked = firstCap.replace(/^\p{Ll}{1,3}\s+(?=\p{Lu})/u, '');
    if (caps === 0 && cj.length === 1 && unmarked !== firstCap && isCaps(unmarked) && unmarked.length <= 60) {
      found.unshift({ index: j, text: unmarked, kind: 'cap', whole: false });
      found.unshift({ index: j, text: firstCap.slice(0, firstCap.length - unmarked.length).trim(), kind: 'signed', whole: false });
      caps++;
      continue;
    }
    // A recipients line with nothing in the right column: the capacity may sit further up.
    if (nn >= 0 && j >= nn && cj.length === 1 && !isCapacity(cj[0]!)) continue;
    // OCR reads a two-column tail column by column: capacity, then the recipients (their heading
    // misread: "Noi ni"), then the name alone at the very end.
    if (atEnd && cj.length === 1 && (/^[-~+•–]\s*\S/u.test(firstCap) || /^n[oơóòôố]i\s+n/iu.test(firstCap))) continue;
    if (caps > 0 || seen > 9) break;
    if (cj.length === 1) break;
  }
  return caps > 0 ? found : null;
}

const APPENDIX = /^(?:phụ lục|mẫu số|mẫu|biểu|quy định|quy chế|danh mục|\(kèm theo|\(ban hành kèm theo)(?![\p{L}])/iu;

/** Nothing but an appendix, a form or the end after line `from`. */
function endsMainText(lines: readonly SourceLine[], from: number, end: number): boolean {
  for (let j = from; j < end; j++) {
    const p = lines[j]!.plain;
    // A Công báo page ends between the signature and the appendix: its number and the next page's running head.
    if (p === '' || SIGNED.test(p) || isTypistLine(lines[j]!) || isPageNumber(lines, j) || /^\d{1,3}$/.test(p) || isGazetteHead(p)) continue;
    // …or a certified copy's block follows it, with its own signature: "VĂN PHÒNG CHỦ TỊCH NƯỚC" / "SAO Y BẢN CHÍNH" / ….
    return APPENDIX.test(p) || copyBlockAt(lines, j, end);
  }
  return true;
}

const COPY_MARK = /^(?:SAO Y BẢN CHÍNH|SAO Y|SAO LỤC|TRÍCH SAO)$/u;

/** A certified copy's block starts at line `j`: the copying office in capitals, then "SAO Y BẢN CHÍNH" (or the mark alone). */
function copyBlockAt(lines: readonly SourceLine[], j: number, end: number): boolean {
  let seen = 0;
  for (let k = j; k < end && seen < 3; k++) {
    const p = lines[k]!.plain.trim();
    if (p === '') continue;
    if (COPY_MARK.test(p)) return true;
    if (!isCaps(p) || p.length > 60) return false;
    seen++;
  }
  return false;
}

/**
 * After a signature, only the other signatures of a joint text, then a "Nơi nhận" list, then an
 * appendix (before `end`, the last "Nơi nhận", which is a form's): the signature is the document's.
 */
function recipientsThenAppendix(lines: readonly SourceLine[], from: number, end: number): boolean {
  let j = from;
  for (; j < end; j++) {
    const p = lines[j]!.plain;
    if (p === '' || isCapacity(p) || SIGNED.test(p) || isPersonName(p.replace(RANK, '').trim()) || (isCaps(p) && p.length <= 60 && !NOI_NHAN.test(p))) continue;
    break;
  }
  if (j >= end || !NOI_NHAN.test(cellsOf(lines[j]!)[0] ?? '')) return false;
  for (j++; j < end; j++) {
    const p = lines[j]!.plain;
    if (p === '' || /^[-–•+]\s*\S/u.test(p)) continue;
    break;
  }
  return j < end && APPENDIX.test(lines[j]!.plain);
}

export function extractTail(lines: readonly SourceLine[], start: number, end: number): TailFacts {
  const facts: TailFacts = {
    recipients: [], recipientsLine: null,
    signer: { name: null, capacity: null, line: null }, bodyEnd: end, afterTail: end, omissions: [],
  };
  const omit = (l: SourceLine, reason: string, text = l.plain) => facts.omissions.push({ line: l.no, text, reason });

  // "Nơi nhận:": the last one in the part.
  let nn = -1;
  for (let k = end - 1; k >= start; k--) {
    const first = cellsOf(lines[k]!)[0] ?? '';
    if (NOI_NHAN.test(first)) { nn = k; break; }
  }

  // Signature: a name with capacity cells above it (within a few lines), near "Nơi nhận"; without
  // one, the first signature that the end or an appendix follows (forms in an appendix have their own).
  let sig: SigCell[] | null = null;
  const last = lastNonBlank(lines, start, end);
  // A "Nơi nhận" inside an appendix's forms (Mẫu số 01 …) is the form's: the document itself, as the
  // Công báo prints it, may have only its signature, followed by the appendix.
  if (nn >= 0) {
    for (let k = start; k < nn && !sig; k++) {
      const c = signatureAt(lines, k, start, -1);
      if (!c) continue;
      const after = c[c.length - 1]!.index + 1;
      if (endsMainText(lines, after, end) && lines.slice(after, nn).some((l) => APPENDIX.test(l.plain))) { sig = c; nn = -1; }
      // A joint text: its signatures one after another, its own "Nơi nhận", then the appendix's forms.
      else if (recipientsThenAppendix(lines, after, nn)) sig = c;
    }
  }
  // A consolidated text signs its authentication block ("XÁC THỰC VĂN BẢN HỢP NHẤT", place and date,
  // capacity, name); a "Nơi nhận" far below it is a form's, in an appendix, and so is one far above it
  // where the Công báo prints the block after the appendices.
  if (!sig) {
    let auth = -1;
    for (let k = start; k < end && auth < 0; k++) if (/XÁC THỰC VĂN BẢN HỢP NHẤT/u.test(lines[k]!.plain)) auth = k;
    if (auth >= 0 && (nn < 0 || nn > auth + 20 || nn < auth - 40)) {
      for (let k = auth + 1; k < Math.min(end, auth + 15) && !sig; k++) sig = signatureAt(lines, k, start, -1);
      if (sig) nn = -1;
    }
  }
  if (sig) {
    // The document's own signature, found above.
  } else if (nn >= 0) {
    for (let k = Math.min(end, nn + 45) - 1; k >= Math.max(start, nn - 14) && !sig; k--) sig = signatureAt(lines, k, start, nn, k === last);
    // Nothing there: a web copy puts a blank line between every recipient, so look 45 lines of text down.
    for (let k = reach(lines, nn, end) - 1; k >= nn + 45 && !sig; k--) sig = signatureAt(lines, k, start, nn, k === last);
    // No signature by the last "Nơi nhận": it may be a form's in an appendix ("(Chức danh, ký, ghi họ tên)"),
    // the document's own list further up (OCR'd Công báo pages put it beside the capacity).
    for (let e = nn - 1; e >= start && !sig; e--) {
      if (!NOI_NHAN.test(cellsOf(lines[e]!)[0] ?? '')) continue;
      for (let k = Math.min(end, e + 45) - 1; k >= Math.max(start, e - 14) && !sig; k--) sig = signatureAt(lines, k, start, e);
      // Its list is the document's recipients; the forms' lists stay in the appendix.
      if (sig) nn = e;
    }
  } else {
    const found: SigCell[][] = [];
    for (let k = start; k < end; k++) { const c = signatureAt(lines, k, start, -1, k === last); if (c) found.push(c); }
    sig = found.find((c) => endsMainText(lines, c[c.length - 1]!.index + 1, end)) ?? found[found.length - 1] ?? null;
  }
  // A scan whose capacity lines OCR lost (a signature image read as "Ye"): the name alone, last,
  // right after the recipients list that ends with "Lưu: …" (whose "Nơi nhận" OCR may have lost too).
  // (…past a speck OCR left below it: "guyén Tién Truong" / "" / "Ie".)
  let lastName = last;
  // (…past a legal library's footer OCR read below it: "Nguyễn "Thịnh" / "" / "+84-8-3930 3279 * www.ThuVienPhapLuat.vn" / "LawSoft + Tel:".)
  while (lastName > nn && lastName > start && (isBlank(lines[lastName]!) || boilerplateReason(lines[lastName]!) === 'page watermark')) lastName--;
  if (!sig && lastName > nn && lastName >= start && lastName < end && isSpeck(lines[lastName]!)) {
    lastName--;
    while (lastName > nn && lastName > start && isBlank(lines[lastName]!)) lastName--;
  }
  if (!sig && lastName > nn && lastName >= start && lastName < end && !isBlank(lines[lastName]!)) {
    const last = lastName;
    const cells = cellsOf(lines[last]!);
    let j = last - 1;
    // (…past a speck of a letter or two on a line of its own: "~ Lưu: VT, GSQL (2b). ~" / "A" / "guyén Thanh Bình".)
    // (…and past the filing line's tracking code on a line of its own: "- Lưu VT,TTHT." / "(190502/ZV09/0001/7401/008483097).")
    while (j > nn && (isBlank(lines[j]!) || isSpeck(lines[j]!) || FILING_CODE.test(lines[j]!.plain.trim()))) j--;
    // (OCR may read a pen stroke before the name as a quote: "“Mai Sơn", or after a word as "!": "Dang! Ngọc Minh".)
    // (…or inside the name, before a word: "Nguyễn "Thịnh".)
    const alone = cells.length === 1 ? mendCutNguyen(cells[0]!.replace(/^[“”"‘’'`]\s*/u, '').replace(/(?<=\p{L})!(?=\s)/gu, '').replace(/(?<=\s)[“”"‘’'`](?=\p{Lu}\p{Ll})/gu, '')) : '';
    // (…or a pen stroke read as a short word of plain letters in place of the surname: "fin Đức Thường"; kept as written.
    // A surname cut short is not that speck: "uyên Dương Thai" is Nguyễn's, mended above.)
    // (…or the surname's first letter lost, the speck its rest: "ao Văn Tạo"; what follows is then a name's given part,
    // which may open on "Văn", the commonest middle name, that no whole name opens on.)
    const givenPart = alone.replace(/^[a-z]+\s+/u, '');
    const speckFirst = /^[a-z]{1,3}\s+(?:\p{Lu}\p{Ll}+\s+){1,2}\p{Lu}\p{Ll}+$/u.test(alone) && (isPersonName(givenPart) || (isGivenNames(givenPart) && !/^Văn\s+(?:phòng|bản|thư)(?![\p{L}])/iu.test(givenPart)));
    // (The filing line may lose its colon: "- Lưu VT, TTHT (6b).")
    // (A name alone on the text's first line has no line above it: nothing to test.)
    if (alone && j >= start && (isPersonName(alone) || speckFirst) && /^[-~+•–]?\s*(?:lưu|luu|lm)\s*(?:[:.]|\s+VT\b)/iu.test(lines[j]!.plain)) {
      sig = [{ index: last, text: alone, kind: 'name', whole: alone === cells[0] }];
    }
    // …or on the list's last line itself, after the item closes: "“Tu VI, CS 0) Lưu Đức Huy"
    // (the "Lưu: VT, CS (2)" line and the name beside it, joined by a single space).
    // (On the "Lưu" line the item may close with a full stop: "- Luu: VT, HTr(2). Mai Son".)
    const beside = cells.length === 1 ? nameAfterItem(cells[0]!) ?? nameAfterFiling(cells[0]!) : null;
    // (The filing line marks the list even where OCR lost its "Nơi nhận".)
    if (!sig && beside && (nn >= 0 ? beside.close !== ',' : beside.close === '.')) sig = [{ index: last, text: beside.name, kind: 'name', whole: false }];
    // The capacity, where OCR kept it, stands right above the list: "KT. CỤC TRƯỞNG" / "PHÓ CỤC TRƯỞNG" / "" / "- Như trên;".
    if (sig && sig.length === 1) {
      let j = nn >= 0 ? nn - 1 : last - 1;
      if (nn < 0) while (j > start && (isBlank(lines[j]!) || /^[-~+•–]\s*\S/u.test(lines[j]!.plain.trim()))) j--;
      while (j > start && isBlank(lines[j]!)) j--;
      const caps: SigCell[] = [];
      for (; j > start && caps.length < 3; j--) {
        const cs = cellsOf(lines[j]!);
        if (cs.length !== 1 || !isCapacity(cs[0]!)) break;
        caps.unshift({ index: j, text: cs[0]!, kind: 'cap', whole: true });
      }
      if (caps.length > 0) sig = [...caps, ...sig];
    }
  }
  // …or beside an item inside the list, where OCR read the two columns as one line and lost the capacity above to the
  // stamp: "- Hội đồng Dân tộc và các ủy ban của Quốc hội; Vũ Đức Dam". One full name in the whole list, never two.
  if (!sig && nn >= 0) {
    const named: SigCell[] = [];
    for (let k = nn + 1; k < reach(lines, nn, end); k++) {
      const b = nameAfterItem(lines[k]!.plain.trim());
      if (b && (b.close === ';' || b.close === ':') && b.name.split(/\s+/).length >= 3 && isSurname(b.name.split(/\s+/)[0]!)) named.push({ index: k, text: b.name, kind: 'name', whole: false });
    }
    if (named.length === 1) {
      sig = named;
      // The capacity OCR joined to the list's heading, as the two columns' first line: "Nơi nhận: KT. BỘ TRƯỞNG".
      const cap = cellsOf(lines[nn]!).slice(1).find(isCapacity);
      if (cap) sig = [{ index: nn, text: cap, kind: 'cap', whole: false }, ...named];
    }
  }
  // …or a few lines below the list's "Lưu: …" line, past a page's number and a legal library's watermark, when
  // more follows (an appendix): "- Lưu: VT, TCT (VP, OD ay" / "4" / "‘hu VienPhapLuat.¥ n" / "Hồ Đức Phớc".
  if (!sig && nn >= 0) {
    const stop = reach(lines, nn, end);
    let k = nn + 1;
    while (k < stop && !isFilingLine(lines[k]!.plain.trim())) k++;
    // (…or on that line, after its full stop, where OCR joined the two columns: "- Lưu: VT,TTr. Đặng Hạnh Thu".)
    const beside = k < stop ? nameAfterFiling(lines[k]!.plain.trim()) : null;
    if (beside) sig = [{ index: k, text: beside.name, kind: 'name', whole: false }];
    for (let seen = 0, j = k + 1; !sig && k < stop && j < stop && seen < 4; j++) {
      if (isBlank(lines[j]!)) continue;
      seen++;
      const cells = cellsOf(lines[j]!);
      if (cells.length === 1 && isPersonName(cells[0]!)) { sig = [{ index: j, text: cells[0]!, kind: 'name', whole: true }]; break; }
      if (!(cells.join(' ').length <= 25 || FILING_CODE.test(lines[j]!.plain.trim()) || /vien\s*phap\s*luat|thu\s*vien|www\./iu.test(lines[j]!.plain))) break;
    }
  }
  // A law as a legal library prints it: the closing sentence, the name, "(Đã ký)", and no capacity.
  if (!sig && nn < 0 && last < end && !isBlank(lines[last]!)) {
    const k = isNameBesideSigned(lines, last, start, end) ? last : SIGNED.test(lines[last]!.plain) ? prevNonBlank(lines, last, start) : -1;
    if (k >= 0 && isNameBesideSigned(lines, k, start, end)) sig = [{ index: k, text: cellsOf(lines[k]!)[0]!, kind: 'name', whole: true }];
  }
  // The capacity column joined line by line to the list's ("Nơi nhận: KT. CỤC TRƯỞNG" / "- Như trên; PHÓ CỤC TRƯỞNG" /
  // "- Lãnh đạo cục; (Đã ký)"), where the name was found without it: the heading's capacity and what follows the items'
  // own ends in capitals or "(Đã ký)" are the signature's, not recipients.
  if (sig && nn >= 0 && !sig.some((s) => s.kind === 'cap' && s.index !== nn)) {
    const headCells = cellsOf(lines[nn]!);
    const rest = headCells.length === 2 && NOI_NHAN.test(headCells[0]!) ? headCells[1]! : '';
    if (rest && isCapacity(rest) && /^(?:Nơi|NƠI|Noi|NOI)\s/u.test(lines[nn]!.plain.trim())) {
      const joined: SigCell[] = [{ index: nn, text: rest, kind: 'cap', whole: false }];
      sig = sig.filter((s) => s.index !== nn);
      for (let k = nn + 1; k < Math.min(end, nn + 5); k++) {
        if (sig.some((s) => s.index === k)) break;
        const cells = cellsOf(lines[k]!);
        const beside = cells.length === 1 ? /^[-+•–]\s*.*?[;,.]\s+(\S.*)$/u.exec(cells[0]!)?.[1]?.trim() : undefined;
        if (cells.length === 2 && /^[-+•–]\s/u.test(cells[0]!) && isCapacity(cells[1]!)) joined.push({ index: k, text: cells[1]!, kind: 'cap', whole: false });
        else if (beside && SIGNED.test(beside)) joined.push({ index: k, text: beside, kind: 'signed', whole: false });
        // (…the second line of the capacity as OCR reads it, letter-spaced or with a slip: "P H Ó CỤC TRƯỞNG", "PHÓ TỎNG CỤC TRƯỞNG".)
        else if (beside && isCaps(beside) && beside.length <= 40 && /^(?:pho\s+)?.*(?:truong|chu tich|giam doc|chu nhiem)$/u.test(foldAll(beside.replace(/(?<=^|\s)(\p{Lu}) (?=\p{Lu}(?:\s|$))/gu, '$1')).replace(/\s+/g, ' ')))
          joined.push({ index: k, text: beside.replace(/^[^\p{L}]+/u, ''), kind: 'cap', whole: false });
        else break;
      }
      // (…and the capacity's first line, where it stands alone above the heading: "oo KT. BO TRUONG" / "Noi nhan: THU TRUONG".)
      // (OCR may leave a speck before it.)
      const above = nn - 1 > start ? cellsOf(lines[nn - 1]!) : [];
      const first = above.length === 1 ? above[0]!.replace(/^[a-z]{1,2}\s+(?=\p{Lu})/u, '') : '';
      if (first && isCapacity(first) && CAPACITY_START.test(first)) joined.unshift({ index: nn - 1, text: first, kind: 'cap', whole: false });
      sig = [...joined, ...sig];
    }
  }
  const sigLines = new Set<number>();
  let sigStart = -1;
  let sigEnd = -1;
  if (sig) {
    const name = sig.find((s) => s.kind === 'name')!;
    // The rank goes with the capacity ("BỘ TRƯỞNG / Đại tướng"), the name stays a name.
    const rank = RANK.exec(name.text.trim())?.[0].trim();
    const caps = [...sig.filter((s) => s.kind === 'cap').map((s) => s.text), ...(rank ? [rank] : [])];
    // (A full stop OCR or the typist left after the name is no part of it: "Nguyễn Tiến Trường.".)
    const written = name.text.replace(/(?<=\p{Ll})\s*\.$/u, '');
    facts.signer = { name: rank ? written.trim().replace(RANK, '') : written, capacity: caps.length > 0 ? caps.join(' / ') : null, line: lines[name.index]!.no };
    for (const s of sig) {
      sigLines.add(s.index);
      // (A line the cell fills is left out as written, with the seal's marks OCR glued to it: "PHÓ THỦ TƯỚNGy]".)
      omit(lines[s.index]!, s.kind === 'name' || s.kind === 'namePart' ? 'signature: name' : s.kind === 'cap' ? 'signature: capacity' : 'signature image caption', s.whole ? lines[s.index]!.plain.trim() : s.text);
    }
    sigStart = sig[0]!.index;
    sigEnd = Math.max(...sig.map((s) => s.index)) + 1;
  }

  // Recipients: from "Nơi nhận:" while lines are list items or their wraps.
  let recEnd = -1;
  if (nn >= 0) {
    facts.recipientsLine = lines[nn]!.no;
    let current: string | null = null;
    const push = () => { if (current !== null) facts.recipients.push(cleanRecipient(current)); current = null; };
    let k = nn;
    let blanks = 0;
    for (; k < end; k++) {
      const l = lines[k]!;
      if (isBlank(l)) { blanks++; if (blanks > 1 && k >= sigEnd) break; continue; }
      if (isTypistLine(l)) { omit(l, 'typist reference'); blanks = 0; continue; }
      let cells = cellsOf(l);
      if (k === nn) {
        const m = NOI_NHAN.exec(cells[0]!)!;
        const rest = (m[1] ?? m[2] ?? '').trim();
        omit(l, 'recipients: heading', cells[0]!);
        cells = rest ? [rest, ...cells.slice(1)] : cells.slice(1);
      }
      // Cells of the signature on the same line are already taken.
      if (sigLines.has(k)) {
        const sigCell = sig!.find((s) => s.index === k)!;
        // The name may share a cell with the item it follows ("… CS 0) Lưu Đức Huy").
        // (…and after the item's own colon: "- Cục Kiểm tra văn bản (Bộ Tư pháp): Vũ Thị Mai".)
        cells = cells.map((c) => (c !== sigCell.text && c.endsWith(' ' + sigCell.text) ? c.slice(0, -sigCell.text.length).trim().replace(/:$/u, '') : c))
          .filter((c) => c !== sigCell.text);
      }
      const left = cells[0];
      if (left === undefined) { blanks = 0; continue; }
      // A page's number between the heading and the first item ("Nơi nhận:" / "3," / "- Như Điều 4;").
      if (k > nn && current === null && /^\d{1,3}[,.]?$/.test(left) && cells.length === 1) { omit(l, 'page number'); continue; }
      // OCR reads a dash as "=" or "~".
      // (…and a Markdown list's "* ", as html2text writes it: "  * Như Điều 7;".)
      const item = /^(?:[-+•–=~]|\*(?=\s))\s*(.*)$/u.exec(left);
      // "Lưu: VT, …" closes the list: what follows it that is no item is not a recipient.
      if (k > nn && !item && current !== null && /^lưu\s*[:.]/iu.test(current.trim())) break;
      // …and so does it for an item after a blank line: the filing line is the list's last ("- Luu: VT, DNNCN." / "" /
      // "* www.ThuVienPhapLuat.vn", a library's mark).
      if (k > nn && item && blanks > 0 && current !== null && /^l[ưu]u\s*[:.]/iu.test(current.trim())) break;
      if (k > nn && !item) {
        // After a break, or past the signature, a line that is no list item ends the list.
        const wrap = current !== null && blanks === 0 && left.length <= 120 && !FOOTNOTE.test(left) && (!isCaps(left) || continuesAbbreviation(current, left)) && (k < sigEnd || /^\p{Ll}/u.test(left) || /[,;]$|[^.;]$/.test(current ?? ''));
        if (!wrap) break;
      }
      if (left.length > 200 && !item) break;
      if (item) { push(); current = item[1]!; } else if (current !== null) current += ' ' + left; else current = left;
      omit(l, 'recipients', left);
      for (const extra of cells.slice(1)) {
        // (A page's tail table on one line holds the whole list, an item a cell: "Nơi nhận:<br>- Văn phòng Chính phủ;<br>- …".)
        const more = /^[-+•–]\s+(.*)$/u.exec(extra);
        if (more && item) { push(); current = more[1]!; }
        omit(l, 'recipients', extra);
      }
      blanks = 0;
    }
    push();
    facts.recipients = facts.recipients.filter((r) => r !== '');
    recEnd = k;
  }

  const tailStart = Math.min(nn >= 0 ? nn : end, sigStart >= 0 ? sigStart : end);
  facts.bodyEnd = tailStart;
  const tailEnd = Math.max(recEnd, sigEnd);
  facts.afterTail = tailStart < end ? Math.max(tailEnd, tailStart) : end;
  // Trailing typist marks, captions and lines only of the signature right after the tail.
  let a = facts.afterTail;
  while (a < end) {
    const l = lines[a]!;
    if (isBlank(l)) { a++; continue; }
    if (isTypistLine(l)) { omit(l, 'typist reference'); a++; continue; }
    if (isImageCaption(l) || SIGNED.test(l.plain)) { omit(l, 'signature image caption'); a++; continue; }
    break;
  }
  facts.afterTail = a;
  // Lines between the body's end and the tail's end that neither list nor signature took stay body text.
  return facts;
}

/** "- Tỉnh ủy, HĐND, UBND, Đoàn" ¶ "ĐBQH,": an abbreviation in capitals that goes on with an item left open, not a heading after the list. */
function continuesAbbreviation(current: string, left: string): boolean {
  return !/[.;:]\s*$/.test(current) && left.length <= 24 && left.split(/\s+/).length <= 3;
}

const SURNAMES = new Set([
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đào', 'Đoàn', 'Đinh', 'Lương', 'Trịnh', 'Mai', 'Trương', 'Tô', 'Hà', 'Lâm', 'Cao', 'Châu', 'Thái', 'Tạ', 'Lại', 'Vương',
  'Quách', 'Phùng', 'Kiều', 'Triệu', 'Chu', 'Tống', 'Lưu', 'Nông', 'Hứa', 'Từ', 'Văn', 'La', 'Diệp', 'Giang', 'Mạc', 'Khuất',
  'Công',
]);

const FOLDED_SURNAMES = new Set([...SURNAMES].map(foldAll));
/**
 * A family name, also as OCR garbles a long one by one letter ("Ngấyễn" for "Nguyễn"): a short one garbled is
 * another word too often.
 */
function isSurname(w: string): boolean {
  if (SURNAMES.has(w)) return true;
  const f = foldAll(w);
  if (FOLDED_SURNAMES.has(f)) return true;
  if (f.length < 5) return false;
  for (const s of FOLDED_SURNAMES) if (s.length === f.length && [...s].filter((ch, i) => ch !== f[i]).length === 1) return true;
  return false;
}

/** The name's first words alone on the line above (one blank line at most between): "Trần" / "Thanh Mẫn". */
function splitName(lines: readonly SourceLine[], k: number, start: number, cell: string): { first: number; last: number; name: string } | null {
  if (!/^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)?$/u.test(cell)) return null;
  const j = prevNonBlank(lines, k, start);
  if (j < 0 || k - j > 2) return null;
  const above = cellsOf(lines[j]!);
  if (above.length !== 1 || !/^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)?$/u.test(above[0]!)) return null;
  const name = `${above[0]} ${cell}`;
  // Two short lines of capitalised words are common ("Facebook" / "Email"): the first must be a family name.
  if (!SURNAMES.has(name.split(/\s+/)[0]!)) return null;
  return isPersonName(name) && name.split(/\s+/).length <= 4 ? { first: j, last: k, name } : null;
}

function prevNonBlank(lines: readonly SourceLine[], i: number, start: number): number {
  for (let j = i - 1; j >= start; j--) if (!isBlank(lines[j]!)) return j;
  return -1;
}

/** A name alone on its line with "(Đã ký)" just before or after it, after a sentence that ended. */
function isNameBesideSigned(lines: readonly SourceLine[], k: number, start: number, end: number): boolean {
  if (k < start || k >= end) return false;
  const cells = cellsOf(lines[k]!);
  if (cells.length !== 1 || !isPersonName(cells[0]!)) return false;
  const before = prevNonBlank(lines, k, start);
  // Within this part: the next document of the file is not this one's signature.
  let after = k + 1;
  while (after < end && isBlank(lines[after]!)) after++;
  const signedAfter = after < end && SIGNED.test(lines[after]!.plain);
  const signedBefore = before >= 0 && SIGNED.test(lines[before]!.plain);
  const sentence = signedBefore ? prevNonBlank(lines, before, start) : before;
  return (signedAfter || signedBefore) && sentence >= 0 && /[.!?…]["”)]*$/u.test(lines[sentence]!.plain);
}

/** 45 lines of text below line `from`, blank lines not counted. */
function reach(lines: readonly SourceLine[], from: number, end: number): number {
  let k = from;
  for (let n = 0; k < end && n < 45; k++) if (!isBlank(lines[k]!)) n++;
  return k;
}

/** A line of a mark or two and nothing else: OCR's speck of a stamp or a pen stroke ("A", "Ie", "2"). */
function isSpeck(line: SourceLine): boolean {
  return line.plain.replace(/\s+/g, '').length <= 2;
}

function lastNonBlank(lines: readonly SourceLine[], start: number, end: number): number {
  const i = prevNonBlank(lines, end, start);
  return i >= 0 ? i : start;
}

function cleanRecipient(s: string): string {
  let t = s.replace(/\s+/g, ' ').trim();
  // (…and OCR's dashes and strokes after an item, or before a capacity taken off the line: "Như trên; —", "Như trên; _——".)
  while (t.length > 0 && ' ;,.—–_'.includes(t[t.length - 1]!)) t = t.slice(0, -1);
  return t;
}
