/**
 * Effect and stated relations, read from a document's own text: when it takes
 * effect ("có hiệu lực từ ngày …", "kể từ ngày ký", "sau 45 ngày kể từ ngày
 * ký"), when it ends, and what it does to the documents it cites (thay thế, bãi
 * bỏ, sửa đổi, bổ sung, hết hiệu lực, đình chỉ, hướng dẫn, quy định chi tiết).
 *
 * It sits on the citation engine: targets are the engine's citations (so the
 * resolver maps them to held or cited-only documents) and matching runs on the
 * engine's cleaned text. A relation is read only where the document itself is
 * the subject: an imperative clause ("Bãi bỏ Thông tư số …"), "<Loại> này …",
 * the enacting formula ("… ban hành Nghị định sửa đổi …"), the title, or a
 * cited document followed by "hết hiệu lực". Clauses that describe cited
 * documents ("Căn cứ …", "… được sửa đổi, bổ sung bởi …") say nothing of this
 * one, and are skipped: a wrong status is worse than none.
 */
import { referredIndex, type Citation, type CollectionDocument, type DocumentEffect, type EffectiveDate, type EndOfEffect, type Evidence, type StatedRelation, type StatedRelationKind } from './models.ts';
import { extract, type Extraction } from './extract.ts';
import { rawEnd, rawStart, type CleanText } from './clean.ts';
import { isoDate } from './parse.ts';
import { symbolKey } from './identity.ts';
import { SO } from './tokenizers.ts';
import { TYPE_WORD_SOURCE } from './vocabulary.ts';
import { foldDiacritics, modernTone } from '../vietnamese.ts';
import { escapeRegExp } from '../regexp.ts';

export interface EffectContext {
  self?: CollectionDocument | null;
  /** Date of issue (ISO); defaults to self.date. Needed for "kể từ ngày ký" and "sau N ngày". */
  issued?: string | null;
}

const S = '[ \\n]';
// A space in a pattern matches a space or a line break (PDF text wraps anywhere); spaces inside [...] stay.
const re = (src: string, flags = 'iu') => new RegExp(src.replace(/ (?![^[]*\])/g, S), flags);

// (A stray full stop before "năm": "ngày 15 tháng 02.năm 2024".)
// (…and "ngày" misprinted for "năm" before the year: "từ ngày 01 tháng 01 ngày 2012".)
// (…and a form's dots around the figures typed in: "có hiệu lực từ ngày …" / "27 tháng……01 năm 2025".)
const FILL = '(?: |…|\\.{2,})*';
// (…and "tháng" OCR read without its mark: "từ ngày 01 thang 02 năm 2018".)
// (…and a day's zero OCR read as the letter: "kẻ từ ngày O1 tháng 7 năm 2016".)
const DATE_SRC = `(?:(O\\d|\\d{1,2})${FILL}th(?:áng|ang)${FILL}(\\d{1,2}) *\\.?${FILL}(?:năm|ngày) *(\\d{4})|(\\d{1,2}) ?[/.-] ?(\\d{1,2}) ?[/.-] ?(\\d{4}))`;
/** "sửa đổi", and as OCR reads it: "sửa đối", "sửa đôi", "sửa déi", "Sửa đỗi". */
const SUA_DOI = 'sửa (?:đ(?:ổ|ố|ô|ồ|ỗ)|dé)i';
// (…and OCR's "bé sung".)
const BO_SUNG = 'b(?:ổ|ỗ|ồ|ô|o|d|ố|é) ?sung';

/** One alternation, one group per kind. "sửa đổi, bổ sung" is one keyword. ("Bỏ" alone repeals only before words or parts: "Bỏ quy định tại điểm d, e khoản 1 Điều 35.") */
const KEYWORD_RE = re(
  `(?<amends>${SUA_DOI}(?: *,? *(?:và )?${BO_SUNG})?(?: kỹ thuật)?|${BO_SUNG})|(?<replaces>thay th(?:ế|é|ê|e|ề)(?: cho(?![\\p{L}]))?|thay(?= cụm từ))|(?<repeals>b(?:ãi|ai) b(?:ỏ|ổ|é)(?![\\p{L}])|h(?:ủ|ủ|u)y bỏ|(?<![\\p{L}])bỏ(?= (?:cụm )?từ[ \\n]*“| (?:quy định tại|điểm|khoản|Điều|tiết|mục|phụ lục)[ \\n]))|(?<ends>hết (?:hiệu|liệu) lực|chấm dứt hiệu lực)|(?<suspends>đình chỉ|(?:tạm )?ngưng hiệu lực)|(?<details>quy định chi tiết)|(?<guides>hướng dẫn)`,
  'giu',
);
/** "thi hành", and as OCR reads it, its mark lost or misplaced: "có hiệu lực thi hanh từ ngày …", "thi hảnh". */
const THI_HANH = 'thi h(?:ành|anh|ảnh)';
const EFFECT_RE = re(`có hiệu l(?:ực|ục|uc)(?: ${THI_HANH})?`, 'giu');
/** "kể" as OCR reads it. */
// (…and "kề", as OCR reads it: "có hiệu lực thi hành kề từ ngày 01 tháng 8 năm 2021".)
// (…and "kẻ": "có hiệu lực thi hành kẻ từ ngày O1 tháng 7 năm 2016".)
const KE = 'k(?:ể|é|ế|e|ê|ề|ẻ)';

const TYPE_SELF = `(?:${TYPE_WORD_SOURCE}) này(?![\\p{L}])`;
/**
 * A Công báo page's number or running head, on a line of its own ("30", "CÔNG BÁO/Số 229 + 230/Ngày 11-02-2022"), and the
 * lines of the portal's digital-signature stamp on its first page ("Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "Email: …",
 * "Cơ quan: VĂN PHÒNG CHÍNH PHỦ", "Thời gian ký: 07.03.2025 09:10:52 +07:00").
 */
const GAZETTE_PAGE_LINE = '\\d{1,4}|CÔNG BÁO/[^\\n]{0,60}|(?:Người ký|Email|Cơ quan|Thời gian ký):[^\\n]{0,80}';
/** Leading numbering, an article heading on the same line, "Kể từ ngày … có hiệu lực," and "Đồng thời,". */
const LEAD_RE = re(
  // A Công báo page break may stand between an article's sentences: its page number and running head ("30", "CÔNG BÁO/Số 229 + 230/Ngày 11-02-2022").
  // (An article's number may have a stray colon after its full stop: "Điều 1. : Sửa đổi, bổ sung các điều sau đây của Luật …".)
  `^(?:[ \\n]*(?:${GAZETTE_PAGE_LINE})[ ]*\\n)*[ \\n]*(?:(?:\\d+(?:\\.\\d+)*[.)]|[a-zđ]\\)|[-+•])[ \\n]*)?(?:(?:Điều|Dieu) \\d+[a-zđ]?(?:[.:][ \\n]*(?::[ \\n]*)?| (?=\\p{Lu})))?(?:\\d+[.)] +)?(?:(?:${KE} )?từ (?:ngày|thời điểm) [^,;]{0,120}?, *)?(?:đồng thời,? *)?`,
);
/** The document itself as subject: nothing (imperative), "<Loại> này", or the enacting formula ending in its type word. */
const SELF_SUBJECT_RE = re(
  // (Not a task to have another text issued: "a) Trình Chính phủ ban hành Nghị định sửa đổi, bổ sung các Nghị định: số …".)
  // (Older texts open the operative verb with "Nay": "Điều 1. Nay sửa đổi, bổ sung khoản 3 Điều 41 Nghị định số 15/2003/NĐ-CP …".)
  // (A form of the text, named in the sentence before, as subject: "… theo Mẫu số 02 ban hành kèm theo Nghị định này. Mẫu này
  // thay thế cho Phụ lục I ban hành kèm theo Nghị định số 180/2007/NĐ-CP.")
  // (What the text issues, as subject: "Điều 1. Ban hành kèm theo Nghị định này Quy chế Đấu thầu, thay thế Quy chế Đấu thầu
  // đã ban hành kèm theo Nghị định số 43/CP …"; "Danh mục … kèm theo Nghị định này, thay thế Danh mục …".)
  `^(?:|nay|${TYPE_SELF}(?: (?:đồng thời|cũng|còn))?|${TYPE_SELF} (?:có hiệu lực|được thông qua)[^;]{0,160}?(?:và|,)(?: đồng thời)?|(?:(?!(?<![\\p{L}])trình )[^]){0,200}ban hành (?:${TYPE_WORD_SOURCE})|(?:các )?[^;]{0,80}(?:tại|trong|kèm theo|của) ${TYPE_SELF},?|ban hành kèm theo ${TYPE_SELF} [^;,]{1,120},?|(?:mẫu|biểu mẫu|phụ lục) này)$`,
);
const SELF_ONLY_RE = re(`^${TYPE_SELF}`);
const SELF_IN_RE = re(TYPE_SELF);
/** The type word alone opening the effect clause is the document's own: "Điều 3. Quyết định có hiệu lực kể từ ngày …". */
const BARE_SELF_RE = re(`^(?:${TYPE_WORD_SOURCE})(?= có hiệu l)`);
/**
 * A law or ordinance named without "này", opening the clause under the text's own heading on effect: "Điều 58. Hiệu lực thi hành" /
 * "Luật khoa học và công nghệ có hiệu lực kể từ ngày 01 tháng 1 năm 2001." (No number: a numbered one is another text.)
 */
const NAMED_LAW_SELF_RE = re(`^(?:Luật|Bộ luật|Pháp lệnh) (?!số )[^.;:“”\\d]{1,80}?(?= có hiệu l)`, 'u');
/** …and the type with its name: "Luật Viễn thông này có hiệu lực thi hành từ ngày …" (case-sensitive: the name is capitalised). */
const NAMED_SELF_RE = re(`^(?:${TYPE_WORD_SOURCE}) (?=\\p{Lu})[^.;:“”]{1,60}? này(?= có hiệu l)`, 'u');
/** The type word alone before a verb: "Thông tư thay thế …" (its own only in the text's article on effect). */
const BARE_TYPE_RE = re(`^(?:${TYPE_WORD_SOURCE})$`);
/** …and "này" OCR read without its mark, before the verb: "1. Nghị quyết nay có hiệu lực thi hành từ ngày 11 tháng 01 năm 2022 …". */
const OCR_SELF_RE = re(`^(?:${TYPE_WORD_SOURCE}) nay(?= có hiệu l)`);
/** A phrase in quotes, curly or straight. */
const PHRASE_QUOTE_RE = /“[^“”]{0,600}”|"[^"\n]{0,600}"/gu;
/** A numbered part of a document: "Điều 5", "khoản 2", "Phụ lục số 01", "Mục I". */
const NUMBERED_PART = '(?:(?:điều|khoản|điểm|tiết|mục|chương|phần|phụ lục)(?: số)? [0-9IVXLC]+[a-zđ]?|điểm [a-zđ])(?![\\p{L}\\d])';
/**
 * Words allowed between a verb and the document it governs: the parts it names and connectives.
 * Checked word by word (no nested regex quantifiers: a long gap of numbers or letters must not
 * backtrack exponentially, as one real letter made a single regex take a minute).
 */
const PART_PHRASES = re(
  // "quy định về phụ cấp … của chức danh Chủ tịch … tại Nghị định số …": the phrase runs to its "tại", past a "của" of its own.
  '(?:các |những )?quy định (?:về|liên quan đến) [^.;:“”]{1,160}(?= tại(?![\\p{L}]))|' +
  // Words named without quotes, up to where they stand: "13. Bãi bỏ cụm từ thẩm định giá tại điểm b khoản 2 Điều 47; …".
  '(?<=cụm từ )(?![“"])[^.;:“”"]{1,80}?(?= tại(?![\\p{L}]))|' +
  // (…or to "ban hành kèm theo", the forms a decree issued: "Bãi bỏ các quy định về mẫu hợp đồng chuyển đổi quyền sử dụng đất, …
  // và mẫu tờ khai kết thúc góp vốn … ban hành kèm theo Nghị định số 17/1999/NĐ-CP".)
  '(?:các |những )?quy định (?:về|liên quan đến) [^.;:“”]{1,320}?(?= (?:được )?ban hành kèm theo(?![\\p{L}]))|' +
  // "Điều 1. Sửa đổi, bổ sung một số điều về chế độ nâng bậc lương … tại Thông tư số 08/2013/TT-BNV": the articles on one subject in it.
  'một số điều (?:về|liên quan đến) [^.;:“”]{1,200}?(?= tại(?![\\p{L}]))|' +
  // "Những quy định về khiếu nại và giải quyết khiếu nại trong Luật khiếu nại, tố cáo số …": the rules on one subject in it.
  '(?:các |những )?quy định (?:về|liên quan đến) [^.;:“”]{1,80}?(?= (?:tại|của|trong)(?![\\p{L}]))|' +
  // "thay thế nội dung về đầu tư ra nước ngoài quy định tại Thông tư số …".
  '(?:các |những )?nội dung (?:về|liên quan đến) [^.;:“”]{1,120}?(?= (?:quy định )?(?:tại|của)(?![\\p{L}]))|' +
  // "Bãi bỏ hướng dẫn về thuế thu nhập cá nhân tại các Thông tư số …": the guidance on one subject in them.
  '(?:các |những )?(?:nội dung )?hướng dẫn (?:về|liên quan đến) [^.;:“”]{1,120}?(?= (?:quy định )?(?:tại|của)(?![\\p{L}]))|' +
  // "Bãi bỏ các hướng dẫn, mẫu biểu tại các Thông tư số …": the guidance and the forms in them.
  '(?:các |những )?hướng dẫn(?=,| tại(?![\\p{L}]))|' +
  // "quy định giảm 50% mức thu … tại số thứ tự 30": what a numbered part of it sets.
  `^[ \\n]*(?:các |những )?quy định [^.;:“”]{1,160}(?= tại (?:${NUMBERED_PART}|số thứ tự))|` +
  // A subject named by what a numbered part sets: "mức trợ cấp hằng tháng quy định tại Điều 5 Nghị định số …".
  // (Not "Điều 6 đã được sửa đổi, bổ sung theo quy định tại khoản 4 Điều 1 …": what a text underwent.)
  // (These three open the words after the verb: elsewhere they would let any words through.)
  // (…or by its row: "Sửa đổi, bổ sung tên quy hoạch ngành quốc gia có thứ tự 29 tại Phụ lục 1 ban hành kèm theo Luật …".)
  `^[ \\n]*(?:(?!được|theo)[^.;:“”]){1,80}? (?:quy định|(?:có |số )?thứ tự \\d+) tại(?= ${NUMBERED_PART})|` +
  // The conditions a resolution lifts: "Bãi bỏ điều kiện Nhượng bán, xuất khẩu, … theo quy định tại Khoản 2 Điều 33 Nghị định số …".
  `^[ \\n]*(?:các )?điều kiện [^.;:“”]{1,200}? (?:theo )?quy định tại(?= ${NUMBERED_PART})|` +
  // What is added, then where: "Bổ sung ngành, nghề số thứ tự 229 vào sau số thứ tự 228 thuộc Phụ lục IV …".
  `^[ \\n]*[^.;:“”]{1,80}? vào (?:sau |trước |cuối )?(?=${NUMBERED_PART}|số thứ tự)|` +
  // A chapter or section named with its title: "Chương IX - Đánh giá, cấp chứng chỉ kỹ năng nghề quốc gia của Luật dạy nghề …".
  `(?:chương|mục|phần) [IVXLC0-9]+ ?[-–.:] ?[^.;:“”]{1,120}?(?= (?:tại|của|trong)(?![\\p{L}])| thuộc (?:phụ lục|chương|mục|phần|điều|${TYPE_WORD_SOURCE}))|số thứ tự|` +
  // A form or part with its name in brackets: "Mẫu số 03 (Chứng thư xuất khẩu khai bổ sung)".
  '(?<=(?:mẫu|biểu|phụ lục|điều|mục|chương|phần)(?: số)? [0-9IVXLC]+[a-zđ]?) ?\\([^()“”;:.]{1,80}\\)|' +
  // An appendix named with its list: "Phụ lục I Danh mục các quy hoạch ngành quốc gia của Luật Quy hoạch …",
  // "Phụ lục số 01 về Danh mục phí, lệ phí của Luật Phí và lệ phí …".
  `phụ lục (?:số )?[IVXLC0-9]+[a-zđ]? ?[-–.:]? ?(?:về )?(?:danh mục|biểu|bảng)[^.;:“”]{1,160}?(?= (?:của|tại|trong)(?![\\p{L}])| ban hành)|` +
  // A dash item of a point, by its place: "thay thế gạch đầu dòng thứ tư điểm a mục 3 phần II Nghị quyết số …".
  // (…and a paragraph of a clause: "Sửa đổi, bổ sung khổ thứ nhất khoản 3 Điều 15 Thông tư số 219/2013/TT-BTC …".)
  '(?:(?:dấu )?gạch đầu dòng|ý|khổ)(?: thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\\d+))?(?= )|' +
  // Rates a tariff sets: "Sửa đổi mức thuế suất thuế nhập khẩu ưu đãi đối với một số mặt hàng thuộc Biểu thuế nhập khẩu ưu đãi ban
  // hành kèm theo Thông tư số 164/2013/TT-BTC …".
  '(?:các |những )?mức thuế suất [^.;:“”]{1,240}?(?:ban hành )?kèm theo|' +
  // A part of attached rules named with its title: "Bãi bỏ Phần III Khoan Định mức kinh tế - kỹ thuật các công trình địa
  // chất ban hành kèm theo Thông tư số 11/2010/TT-BTNMT …", "Chương II Phần II Khoan xoay … Quy trình và định mức … ban hành
  // kèm theo Thông tư số 47/2015/TT-BTNMT".
  '(?:(?:chương|phần|mục) [IVXLC0-9]+[a-zđ]?[ ,]+)+[^.;:“”]{1,240}?(?:ban hành )?kèm theo|' +
  // (…and an inspection procedure, a procedure whose articles are named ("một số Điều của Quy trình thu bảo hiểm xã hội … ban hành
  // kèm theo Quyết định số 595/QĐ-BHXH"), or an appendix named by its subject, a code with a colon in it: "Quy trình kiểm định số QTKĐ:06-2016/BLĐTBXH
  // Quy trình … ban hành kèm theo Thông tư số 54/2016/TT-BLĐTBXH …", "Thay thế Phụ lục phạm vi địa bàn … ban hành kèm theo Nghị định …".)
  // A table named by its subject: "Thay thế toàn bộ Bảng giá đất tại Quyết định số …" (not "… biểu liên quan đến … theo
  // quy định tại Điều 11 Nghị định số …": a reference, not where the table is).
  // (Older texts say "ban hành theo": "… và thay thế Điều lệ đăng ký hộ tịch ban hành theo Nghị định số 04/CP …".)
  // (Older texts say "Bản Quy định": "Sửa đổi, bổ sung một số điều của Bản Quy định về việc giao đất … ban hành kèm theo Nghị định số 64/CP …".)
  // ("bao gồm": a part, then what it holds: "Chương IV, bao gồm các điều 11, 12, 13, 14, 15 của Nghị định số …".)
  '(?:bảng|biểu) (?:(?!quy định|theo|được)[^.;:“”\\d]){1,60}?(?= tại(?![\\p{L}]))|' +
  '(?:(?:QCVN|TCVN) [0-9][0-9.:/\\p{L}-]* ?[-–]? )?(?:các )?(?:bản )?(?:Quy định|Quy chế|Quy chuẩn|Quy trình kiểm định|(?<=(?:của|tại) )Quy trình|Tiêu chuẩn|Điều lệ|Danh mục|Bảng|[Cc]hương trình|Phụ lục)(?:[^.;:]|;(?=[ ]\\p{Ll})|(?<=\\p{Lu}):(?=\\d)){0,200}?(?:(?:ban hành )?kèm theo|ban hành theo)|(?:được )?ban hành kèm theo|kèm theo|đính kèm(?: theo)?|một số (?:điều|nội dung|quy định)|một số (?:điều|khoản|điểm|mục|tiết) trong|một số từ|toàn bộ|một phần|bao gồm|quy định|nội dung|thi hành|thực hiện|biện pháp|văn bản|cụm từ|danh mục|thay th(?:ế|é)|thay(?= cụm từ)|b(?:ãi|ai) b(?:ỏ|ổ|é)|sửa đổi|bổ sung|phụ lục',
  'giu',
);
// "bằng", "thành": "thay thế cụm từ “…” bằng cụm từ “…” tại …", "sửa đổi cụm từ “…” thành …".
// "trừ": an exception among the parts, "Điều 13 (trừ điểm b.11 khoản 1 Điều 13)".
// ("tiểu mục 4.9 mục V phần A Phụ lục số 01": a subsection.)
// ("một số diéu của": OCR's readings of "điều".)
// ("các khổ 1, 2, 3, 4 Điều 1": an article's paragraphs, OCR's "khỗ" too.)
// ("va": OCR's "và", its mark lost: "Bổ sung, thay thé va bãi bé một số quy định của Nghị định số …".)
const PART_WORDS = new Set(['điều', 'diéu', 'điéu', 'điêu', 'diều', 'khoản', 'khổ', 'khỗ', 'điểm', 'tiết', 'tiểu', 'mục', 'chương', 'phần', 'biểu', 'mẫu', 'số', 'và', 'hoặc', 'của', 'tại', 'các', 'sau', 'đây', 'vào', 'bảng', 'một', 'bằng', 'thành', 'thuộc', 'về', 'trong', 'trừ', 'va']);
// "phần B", "Mục A": a letter names a part as a number does.
// "điểm b.11": a point's sub-point.
// "Điều |": a scan's "1" read as a bar.
// "Mục I.B": a section's lettered subsection.
// "mẫu số 21.MTCN": a form's number with its code.
// "Mẫu số 04-A": a form's number with its letter after a hyphen.
// ("khoản 2.c Bảng số 01": a point written after its clause with a dot.)
const PART_TOKEN = /^(?:[0-9IVXLC]+(?:\.[0-9]+)*\.?[a-zđ]?|[0-9]+[A-Z]|[0-9]+-[A-ZĐ]{1,3}|[0-9]+\.[A-ZĐ]{2,8}|[IVXLC]+\.[A-ZĐ]|[a-zđA-ZĐ]|[a-zđ]\.[0-9]+|[0-9.]+|[,;:()|-])$/u;
const MAX_GAP = 400;

function isPartWords(gap: string): boolean {
  if (gap.length > MAX_GAP) return false;
  // "khoản 1 Điều 21của Luật …": a space lost after a number.
  const rest = gap.replace(/(\d)(?=(?:của|tại|và)(?![\p{L}]))/gu, '$1 ').replace(PART_PHRASES, ' ').replace(/([,;:()])/g, ' $1 ');
  for (const w of rest.split(/[ \n]+/)) {
    if (w === '' || PART_TOKEN.test(w) || PART_WORDS.has(w.toLocaleLowerCase('vi'))) continue;
    return false;
  }
  return true;
}

/** Part words, or words of the text quoted where they stand ("cụm từ “an toàn thông tin,” tại khoản 8 Điều 29"). */
function isPartOrWords(gap: string): boolean {
  // (Short quotes only: a long one is new wording, not words that stand somewhere.)
  // (A quote the layout wrapped holds a line break: "cụm từ “… bảo hiểm" / "thất nghiệp, bảo hiểm y tế;” tại khoản 1 Điều 16".)
  return isPartWords(gap.replace(/“[^”]{0,120}”|"[^"\n]{0,120}"/gu, ' '));
}

/** Between two documents of one list: their date and issuer, then a separator, then part words. */
const CO_GAP_LEAD = re(`^(?: *\\((?:sau đây gọi (?:tắt )?là|gọi tắt là)[^)]{0,80}\\))?(?: *ngày *${DATE_SRC})?(?: *của (?:(?!quy định|hướng dẫn|sửa đổi|bổ sung|về |ban hành|thực hiện|thi hành|ngày)[^,;:.]){0,80})?(?: *\\([^)]{0,80}\\))? *(?:, *và|,|;|và)`);

/** "số" as OCR reads it, right before the next document's number: "…, sé 26/2001/TT-BTM ngày 4/12/2001 và …". */
const OCR_SO_LAST = new RegExp(`(?<![\\p{L}])${SO}[ \\n]*$`, 'u');

function isCoGap(gap: string): boolean {
  if (gap.length > MAX_GAP) return false;
  const lead = CO_GAP_LEAD.exec(gap);
  return lead !== null && isPartWords(gap.slice(lead[0].length).replace(OCR_SO_LAST, ' '));
}
/** A national standard's or technical regulation's code: "QCVN 104:2019/BGTVT", "TCVN 5574:2018". */
const STANDARD_CODE_RE = /(?:QCVN|TCVN)[ \n]+[\dA-Z.-]+:\d{4}(?:\/[\p{Lu}Đ]+)?/gu;
/**
 * Between two documents of one list, the first with its title: "… của Thống đốc NHNN ban hành Chế độ
 * báo cáo tài chính của NHNN và Điều 11 " (before "Thông tư số 12/2023/TT-NHNN"). One sentence, no other
 * document between them, and only part words after the last "và": returns those part words.
 */
function titledCoGap(gap: string, next: Citation): string | null {
  // (A standard's code in the title is no stop: "… cảnh báo tự động - QCVN 104:2019/BGTVT và bãi bỏ ".)
  if (gap.length > MAX_GAP || /[;:.]/u.test(gap.replace(STANDARD_CODE_RE, ''))) return null;
  const m = /^([^]*)[ \n](?:, *)?và[ \n]([^]*)$/u.exec(gap);
  if (!m || !/^[ \n]*(?:ngày|của|ban hành|về|quy định|hướng dẫn)[ \n]/u.test(gap)) return null;
  // A document cited by its number: "… quy định chi tiết một số điều và biện pháp thi hành Luật Địa chất" is the title's own "và".
  if (next.form !== 'full' || !next.number) return null;
  // After the "và", nothing, the parts of the next document ("và Điều 11 ") or a verb of its own ("và bãi bỏ các "),
  // not more title ("và biện pháp thi hành ").
  if (m[2]!.trim() && !NUMBERED_PART_RE.test(m[2]!) && !CO_VERB_RE.test(m[2]!) && !SET_BY_PART_RE.test(m[2]!)) return null;
  // (Nor a title's own list of parts of the next: "… quy định chi tiết khoản 3 Điều 37 và Điều 39 của Luật Việc làm …".)
  if (NUMBERED_PART_RE.test(m[2]!) && /(?:\d+[a-zđ]?|[IVXLC]+)[ \n]*$/u.test(m[1]!)) return null;
  return isPartWords(m[2]!) ? m[2]! : null;
}
/**
 * The same, joined by a comma, when the next is a document of the same type: "thay thế cho Thông tư số
 * 05/2005/TT-BTC ngày … hướng dẫn …, Thông tư số 16/1999/TT-BTC …". A title's own commas are followed
 * by words, not by another "Thông tư số …". Returns the parts of the next named after the comma ("…, Điều 2 "), or "".
 */
function titledCommaGap(gap: string, prev: Citation, next: Citation): string | null {
  if (gap.length > MAX_GAP || /[;:.]/u.test(gap)) return null;
  if (next.form !== 'full' || prev.form !== 'full' || !next.number || next.docType !== prev.docType) return null;
  if (!/^[ \n]*(?:ngày|của|ban hành|về|quy định|hướng dẫn)[ \n]/u.test(gap)) return null;
  const m = /^([^]*),([^,]*)$/u.exec(gap);
  if (!m) return null;
  if (m[2]!.trim() === '') return '';
  // "… chế độ làm việc của nhà giáo giáo dục nghề nghiệp, Điều 2 " (before "Thông tư số 28/2022/TT-BLĐTBXH"); not a title's own
  // list of parts ("… sửa đổi, bổ sung khoản 3, khoản 4 Điều 12 " before "Thông tư số 219/2013/TT-BTC").
  return NUMBERED_PART_RE.test(m[2]!) && isPartWords(m[2]!) && !/(?:\d+[a-zđ]?|[IVXLC]+)[ \n]*$/u.test(m[1]!) ? m[2]! : null;
}
/** A numbered part opening a list item: "Điều 11 ", "khoản 2 Điều 5 ", "Phụ lục II " (not "một số điều của"). */
// ("điểm d khoản 4 Điều 1 ": a point is named by its letter.)
const NUMBERED_PART_RE = /^[ \n]*(?:(?:điều|khoản|điểm|tiết|mục|chương|phần|phụ[ \n]lục)[ \n]+[0-9IVXLC]+[a-zđ]?|điểm[ \n]+[a-zđ](?:\.\d+)?)(?![\p{L}])/iu;
/** A subject named by what a numbered part sets: "và mức trợ cấp hằng tháng quy định tại Điều 5 " (before "Nghị định số …"). */
const SET_BY_PART_RE = re(`^[ \\n]*(?:(?!được|theo)[^.;:“”]){1,80}? quy định tại ${NUMBERED_PART}`);
/** The end of an amending text's title, before the document it amends: "… về việc sửa đổi, bổ sung một số điều của ". */
const AMENDED_IN_TITLE_RE = /(?:sửa[ \n]đổi|bổ[ \n]sung)(?:,?[ \n]*bổ[ \n]sung)?(?:[ \n]+một[ \n]số[ \n]điều)?[ \n]+của[ \n]*$/iu;
/** A law's or ordinance's name right before a bare "số …" citation: "Luật thuế xuất khẩu, thuế nhập khẩu ". */
const NAME_BEFORE_NUMBER_RE = re('(?:Bộ luật|Luật|Pháp lệnh)(?: [^;.:]{1,100}?)? *$');
/**
 * A number cited after its document's name: "số 14/2008/QH12", or "luật số 17/2008/QH12" where the engine took the
 * last word of "Luật ban hành văn bản quy phạm pháp luật" for the type.
 */
const NUMBER_AFTER_NAME_RE = /^(?:[sS]ố|luật[ \n]+số)[ \n]/u;
/** ", Pháp lệnh tổ chức Viện kiểm sát quân sự " before "số 05/2002/PL-UBTVQH11": the next document, named. */
const NAMED_AFTER_COMMA_RE = re('^ *, *(?:Bộ luật|Luật|Pháp lệnh) [^;.:]{3,100}? *$');
/** "Pháp lệnh tổ chức Viện kiểm sát quân sự …": a law or ordinance cited by its name, not "Luật số …". */
const NAMED_LAW_RE = /^(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n]+(?!số[ \n])\p{L}/u;
/** "Luật số 63/2010/QH12", "Pháp lệnh số 15/2011/PL-UBTVQH12": an amender cited by its number alone. */
const BARE_AMENDER_RE = re('^(?:(?:Bộ luật|Luật|Pháp lệnh) )?số ');
/** "bằng các quy định của Luật này" after a passive "được thay thế": the text itself replaces. */
const SELF_AFTER_BY_RE = re(`^ bằng (?:các |những )?(?:quy định|nội dung)(?: tương ứng)? (?:của|tại|trong) (?:${TYPE_WORD_SOURCE}) này`);
/** "các quy định của " before a document: its rules, on the subject named after it. */
const PROVISIONS_OF_RE = /(?:^|[ \n])(?:các|những)[ \n]+quy[ \n]+định[ \n]+(?:của|tại|trong)[ \n]*$/iu;
/** "… trái với Nghị định này đều " before "bãi bỏ": the provisions of a named text that contradict this one. */
const CONTRADICTING_RE = re(`(trái (?:với|với các quy định của) (?:${TYPE_WORD_SOURCE}) này)(?: đều| thì)?(?: được| bị)?$`);
/**
 * An amending law's name up to the laws it amends: "Luật sửa đổi, bổ sung một số Điều của " (before "Luật thuế … số
 * 07/2003/QH11"), "Pháp lệnh sửa đổi, bổ sung Điều 6 " (before "Pháp lệnh thuế tài nguyên số 07/2008/PL-UBTVQH12").
 */
const AMENDING_LAW_LEAD_RE = /(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n]+sửa[ \n]+đổi,?[ \n]+bổ[ \n]+sung[ \n]+(?:một[ \n]+số[ \n]+điều[ \n]+của|Điều[ \n]+\d{1,3}[a-zđ]?(?:[ \n]+của)?)[ \n]*$/iu;
const LAW_NAME_AT_RE = /^(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n]/u;
/** The last law named in a name: "Luật phòng, chống …" in "Luật sửa đổi, bổ sung một số điều của Luật phòng, chống …". */
const LAST_LAW_RE = /((?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n](?:(?!(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n])[^])+?)$/u;
// A technical regulation issued with a circular is a part of it: the circular may issue others that stay in force.
// ("Bãi bỏ một số quy định của Nghị định số …": some of its rules, not the whole decree.)
const PARTS_NAMED_RE = re('(?:một số (?:quy định|nội dung)|điểm|khoản|Điều|tiết|mục|chương|phần|phụ lục|biểu|bảng|mẫu|cụm từ|số thứ tự|QCVN|TCVN|quy chuẩn|tiêu chuẩn|quy định về|quy định liên quan đến|quy định sau|hướng dẫn về)(?![\\p{L}])');
const ARTICLE_RE = re('Điều (\\d+[a-zđ]?)(?![\\p{L}\\d])', 'giu');
/** "các Nghị định:" before a list of bare numbers ("số 97/2007/NĐ-CP …, số 18/2009/NĐ-CP"). */
const TYPE_BEFORE_NUMBERS_RE = re(`^ *(?:các|những) (?:${TYPE_WORD_SOURCE})(?: sau(?: đây)?)? *:? *$`);
/**
 * "các Quyết định của Ủy ban nhân dân Thành phố Hà Nội:" before a list of documents of that type, each written whole
 * ("Quyết định số 15/2024/QĐ-UBND ngày … quy định …, Quyết định số 01/2023/QĐ-UBND ngày …"): type and issuer named once.
 */
const TYPE_AND_ISSUER_BEFORE_LIST_RE = re(`^ *(?:các|những) (${TYPE_WORD_SOURCE})(?: sau(?: đây)?)?(?: của [^;.:“”]{1,100})? *: *$`);
/** "… và các Thông tư sửa đổi, bổ sung:", before the list of the texts that amended the document before it. */
const AMENDERS_LEAD_RE = re(`^[^;.:]*[ ,]và (?:các|những) (?:${TYPE_WORD_SOURCE}|văn bản) (?:${SUA_DOI}(?: *,? *(?:và )?${BO_SUNG})?|${BO_SUNG})(?: (?:Thông tư|Nghị định|Quyết định|Luật) (?:này|đó|trên))? *: *$`);
/**
 * A cited law's own amendments, named after it: "… số 09/1998/QH10 đã được sửa đổi, bổ sung một số điều theo " (a law named
 * by its year: "Luật bầu cử đại biểu Quốc hội năm 1997 đã được sửa đổi …").
 */
const AMENDED_BY_RE = re(`^ *(?:năm (?:19|20)\\d{2})? *,? *đã được sửa đổi(?: *,? *(?:và )?${BO_SUNG})?(?: một số điều)? (?:theo|bởi|tại) *$`);
/** "… đã được sửa đổi, bổ sung một số Điều theo " inside a clause, before the first of the texts that amended the one named before it. */
const AMENDED_BY_AT_RE = re(`,? *(?:đã )?được ${SUA_DOI}(?: *,? *(?:và )?${BO_SUNG})?(?: một số điều)? (?:bởi|theo|tại)(?= )`);
/** "…, được sửa đổi, bổ sung bởi:" before the texts that amended the one named before it. */
const AMENDED_BY_LIST_RE = re(`(?:đã )?được ${SUA_DOI}(?: *,? *(?:và )?${BO_SUNG})?(?: một số điều)? (?:bởi|theo|tại) *:`);
/** A numbered part named in an item: "Phụ lục I, II, III", "Mục II", "Điều 5", "Phụ lục số 2". */
const NUMBERED_PART_NAMED_RE = re('(?:^|[ \\n,])(?:phụ lục|mục|điều|chương|phần|khoản|điểm|biểu|mẫu)[ \\n]+(?:số[ \\n]+)?(?:[IVXLC]+|\\d+[a-zđ]?)(?![\\p{L}\\d])');
/** A second verb that opens a list after the first verb's documents: "… thay thế Thông tư số A … và bãi bỏ các quy định sau:". */
const SECOND_VERB_LIST_RE = re('[ ,\\n]và[ \\n]+(bãi[ \\n]bỏ|thay[ \\n]thế)(?![\\p{L}])');
/** The verbs that act on a document, as lists of them are written. */
// (…and as OCR reads them: "thay thé va bãi bé", "Bãi bổ quy định tại …".)
const VERBS = `b(?:ãi|ai) b(?:ỏ|ổ|é)|thay th(?:ế|é)|${SUA_DOI}|${BO_SUNG}`;
const CO_VERB_RE = re(`^[ ,;]*(?:v(?:à|a) )?(${VERBS})(?![\\p{L}])`);
/** An item that opens with a verb of its own: "3. Bãi bỏ …", "b) Sửa đổi …". */
const OWN_VERB_RE = re(`^ *(?:${VERBS}|đình chỉ)(?![\\p{L}])`);
/** Words, not parts: "cụm từ", "tên gọi", "đoạn", a quoted phrase or number ("Thay thế số “18” thành “…”"). */
// (…and a body's name in quotes replaced: "Thay thế tên “Bộ Nông nghiệp và Phát triển nông thôn” bằng “…”".)
// (…and words not quoted yet: "2. Thay thế một số từ tại một số điểm, khoản, điều sau đây:", the words in the items below.)
/** Words quoted right after the verb as "nội dung": "4. Bãi bỏ nội dung “(có xác nhận …)” tại điểm b khoản 2 Điều 10 của Thông tư số …". */
const QUOTED_CONTENT_RE = /^[ \n]*(?:các[ \n]+)?nội[ \n]dung[ \n]*:?[ \n]*“/u;
// (…and words quoted as "nội dung": "4. Bãi bỏ nội dung “(có xác nhận của Ủy ban nhân dân cấp xã nơi cư trú)” tại điểm b khoản 2 Điều 10".)
const WORDS_RE = /cụm[ \n]từ|tên[ \n]gọi|(?:^|[ \n])(?:đoạn|từ|số|chữ|tên|nội[ \n]dung)[ \n]*:?[ \n]*“|một[ \n]số[ \n]từ(?![\p{L}])/iu;
/** Verbs listed together before what they act on: "Bãi bỏ, sửa đổi, bổ sung", "sửa đổi, bổ sung, bãi bỏ". */
const VERB_LIST_RE = re(`^(?:(?:${VERBS})(?: *,? *(?:v(?:à|a) )?)?)+`);
const PREAMBLE_RE = re('^(?:căn cứ|theo đề nghị|xét|thực hiện|theo)(?![\\p{L}])');
/** A count of the documents a list names: "toàn bộ 01 văn bản quy phạm pháp luật do Bộ trưởng Bộ Y tế ban hành". */
const COUNT_LEAD = '(?:toàn bộ[ \\n]+)?\\d+[ \\n]+văn bản[^;.:]{0,160}:? *$';
/** A lead that says its documents follow, with a colon: "… tại các văn bản sau đây:", "Các quy định dưới đây …:". */
const FOLLOWING_LEAD = '(?:sau|dưới đây)[^;.]{0,120}: *$';
/** A paragraph that opens on a document named by its type and number: "Thông tư số 20/2024/TT-BYT ngày …", "Thông tư 122/2014/TT-BTC …". */
const NUMBERED_DOC_AT_RE = re(`^(?:${TYPE_WORD_SOURCE})[ \\n]+(?:số[ \\n]+)?\\d`);
/** The year written after a document named by name: " năm 2015". */
const NAME_YEAR_RE = /^[ \n]+năm[ \n]+(?:19|20)\d{2}(?!\d)/u;
/** An exception after what is repealed: ", trừ các nội dung sau:", ", trừ Điều 5 và Điều 7". */
const EXCEPT_RE = /^[^.;:]{0,80}?,[ \n]*(?:ngoại[ \n])?(trừ[ \n][^.;:]{1,200})/u;
/** After "hết hiệu lực", what ends listed after a colon: "… hết hiệu lực thi hành, bao gồm: Thông tư số …". */
/** "các văn bản của Bảo hiểm xã hội Việt Nam:" after "Bãi bỏ", the documents listed on after the colon, in the same paragraph. */
const DOCUMENTS_LEAD_RE = /^[ \n]*(?:toàn[ \n]bộ[ \n]+)?(?:các|những)[ \n]+văn[ \n]bản(?:[ \n]+(?:sau(?:[ \n]đây)?|của[ \n][^:;.\n]{1,80}))?[ \n]*:[ \n]*(?=\S)/iu;
const ENDS_INCLUDING_RE = /^(?:[ \n]+thi[ \n]hành)?[ \n]*,?[ \n]*(?:bao[ \n]gồm|gồm(?:[ \n]có)?)(?:[ \n]+(?:các|những)[ \n]+(?:văn[ \n]bản|quy[ \n]định)[ \n]+sau(?:[ \n]đây)?)?[ \n]*:[ \n]*/iu;
// "… thay thế:" with the list below: the verb right before the colon.
// ("Các Nghị định sau đây sẽ hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành:", "Các quy định dưới đây …:", "Các Thông
// tư sau hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành:".)
// (…or a count of documents, without a colon, in an article's heading: "Điều 1. Bãi bỏ toàn bộ 43 văn bản quy phạm pháp luật do Bộ
// trưởng Bộ Y tế ban hành, liên tịch ban hành", its items below.)
// (…and a lead whose exceptions run long before its colon: "2. Các quy định sau hết hiệu lực thi hành kể từ ngày Thông tư này
// có hiệu lực, trừ các điều khoản chuyển tiếp quy định tại Điều 20 Thông tư này:".)
// (…and the documents' type alone after the verb: "Bãi bỏ các Thông tư số:" / "a) Thông tư số 94/2014/TT-BTC …".)
const LIST_LEAD_RE = re(`sau(?: đây)?[^;.]{0,60}:? *$|(?:các|những) quy định sau(?: đây)?(?![\\p{L}])[^;.]{0,200}: *$|${FOLLOWING_LEAD}|(?:gồm|như sau|tại|của)[^;.]{0,20}: *$|^[ \\n]*: *$|^[ \\n]*${COUNT_LEAD}|^[ \\n]*(?:các|những) (?:${TYPE_WORD_SOURCE})(?: số)?: *$`);
/**
 * A lead that counts its documents or says they follow, whose documents may then stand unnumbered, a paragraph each:
 * "Điều 1. Bãi bỏ toàn bộ 01 văn bản …", "… thay thế những quy định về kỷ luật … tại các văn bản sau đây:".
 * (…or the bare verb before its colon, where a copy lost the list's letters: "Thông tư này bãi bỏ:" / "Thông tư số 164/2013/TT-BTC …".)
 */
const UNNUMBERED_LEAD_RE = re(`${FOLLOWING_LEAD}|${COUNT_LEAD}|(?:bãi bỏ|thay thế)[ \\n]*: *$`);

interface Clause {
  start: number;
  end: number;
}

function isAllCapsLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const MARKER_RE = /^(?:\d+(?:\.\d+)*[.)][ \n]|[a-zđ]\)[ \n]|[-+•][ \n]|Điều[ \n]\d|(?:Chương|Mục)[ \n](?:\d+|[IVXL]+)(?:[.:]?[ ]*\n|[.:][ \n]\p{Lu})|Căn[ \n]cứ|Theo[ \n]đề[ \n]nghị|\p{Lu}{2,}[ \n]?\p{Lu}*$)/u;

/**
 * Parts named before "các", or a subject named ("các nội dung hướng dẫn về chính sách thuế thu nhập doanh nghiệp tại"),
 * apply to every document of the list that follows: "Bãi bỏ hướng dẫn về thuế thu nhập cá nhân tại các Thông tư số
 * 84/2008/TT-BTC …, 10/2009/TT-BTC …" repeals that guidance in each.
 */
// (…and "Bãi bỏ một số điều, khoản Nghị định số A … và Nghị định số B …": some parts of each.)
const SHARED_PARTS_RE = /(?:(?:tại|của|trong)[ \n]+các(?:[ \n]+\p{L}+){0,2}(?:[ \n]+số)?|một[ \n]+số[ \n]+(?:điều|khoản|điểm)(?:[ \n]*,[ \n]*(?:điều|khoản|điểm))*(?:[ \n]+(?:của|tại|trong))?|(?:nội[ \n]+dung|hướng[ \n]+dẫn|quy[ \n]+định)[ \n]+(?:về|liên[ \n]+quan[ \n]+đến)[ \n][^.;:]{1,160}[ \n](?:tại|của|trong))[ \n]*$/u;
/** A page break at a clause's start: a Công báo page's number and running head ("70", "CÔNG BÁO/Số 179/Ngày 03-04-2026"), a scan's "--- PAGE BREAK ---". */
/** A list item's numbering: "3.", "1.2.", "b)", "-". */
const ITEM_MARKER_RE = /^(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+•])/u;
/** The kind of an item's marker (ITEM_MARKER_RE): a list's items share one. */
function markerClassOf(mk: string | undefined): 'number' | 'letter' | 'dash' | null {
  return mk === undefined ? null : /^\d/u.test(mk) ? 'number' : /^[a-zđ]\)/u.test(mk) ? 'letter' : 'dash';
}
const PAGE_BREAK_LEAD_RE = new RegExp(`^(?:[ \\n]*(?:${GAZETTE_PAGE_LINE}|-{2,} ?PAGE BREAK ?-{2,})[ ]*(?:\\n|$))+`, 'u');
/** A document named by its type and number, read or not: "Thông tư số 67/2022/TT-BТС". */
const NUMBERED_DOC_RE = re(`(?:${TYPE_WORD_SOURCE})[ \\n]+số[ \\n]+\\d`);
/** A line cut after a part word, its number on the next line: "(trừ điểm b.11 khoản 1 Điều" / "13) và Điều 16 …" is no item "13)" (but "8. Các biểu mẫu …" is), nor "khoản 10" / "Điều 7 Thông tư số …" an article. */
// (…or after a list of parts that goes on: "2. Bãi bỏ Điều 2, khoản 3 Điều 4, …, Điều 16 và" / "Điều 19 Thông tư số …".)
const PART_CUT_RE = /(?:^|[ (])(?:Điều|khoản|điểm|tiết|mục)(?:[ ]+[0-9a-zđ.]{1,6})?[ ]*$|(?:^|[ (])(?:Điều|khoản|điểm|tiết|mục)[ ]+[0-9a-zđ.]{1,6}[ ]*(?:,|[ ]và)[ ]*$/u;
/** A line cut after the verb, its object on the next line: "Điều 35. Sửa đổi, bổ sung" / "Điều 21 của Luật …". */
const VERB_CUT_RE = re(`(?:${SUA_DOI}(?: *,? *(?:và )?${BO_SUNG})?|${BO_SUNG}|b(?:ãi|ai) bỏ|thay thế)[ ]*$`);
/** …and what goes on after it: the number and lower case, or an article named with its document ("khoản 10" / "Điều 7 Thông tư số …"). */
// (…and a list of articles going on: "… tại Điều 4, Điều 5," / "Điều 6, Điều 7, Điều 8 và Điều 9 Nghị định số …".)
const PART_GOES_ON_RE = /^(?:\d+[.)]?[ ]+(?!\p{Lu})|Điều[ ]\d+[a-zđ]?(?:[ ]*,|[ ]+(?:Thông|Nghị|Luật|Quyết|Pháp|Bộ|của|tại|và)(?![\p{L}])))/u;
/** An article's title standing alone where a conversion lost its "Điều N.": "Hiệu lực thi hành" over "Luật này có hiệu lực …". */
const BARE_ARTICLE_TITLE_RE = /^(?:Hiệu lực(?: thi hành)?|Hiệu lực và trách nhiệm thi hành|Điều khoản thi hành|Trách nhiệm thi hành|Tổ chức thực hiện|(?:Điều khoản|Quy định) chuyển tiếp)$/u;
/** A sentence that ends on a year, then the next one: "… từ ngày 01 tháng 7 năm 2007. Pháp lệnh Đê điều …". */
// (…and on a budget year: "Luật này có hiệu lực thi hành từ năm ngân sách 2004. Luật này thay thế …".)
const YEAR_END_RE = /(?:năm|\/|năm[ \n]ngân[ \n]sách)[ \n]?\d{4}\.[ \n]\p{Lu}$/u;
/** Clauses of the cleaned text: cut at ";", ". ", and at line breaks that open a list item, an article, a preamble line or follow a heading or a closed sentence. */
export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let lineStart = 0;
  const cut = (at: number) => {
    if (text.slice(start, at).trim()) out.push({ start, end: at });
    start = at;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // An amending article's heading that names the table it amends keeps the table's own ";" ("Điều 1. Sửa đổi … của Bảng
    // phụ cấp … của Nhà nước; cơ quan, đơn vị thuộc … ban hành kèm theo Nghị định số … như sau:").
    // ("Luật sửa đổi; bổ sung một số điều …": a semicolon misprinted for the comma inside the verb cuts nothing.)
    if (ch === ';' && /sửa[ \n]đổi$/u.test(text.slice(Math.max(0, i - 8), i)) && /^[ \n]bổ[ \n]sung/u.test(text.slice(i + 1, i + 9))) continue;
    // A phrase quoted with its own ";" ("Bãi bỏ cụm từ “an toàn thông tin mạng;” tại điểm đ …") ends at its quote mark.
    if (ch === ';' && (text[i + 1] === '”' || text[i + 1] === '"')) continue;
    if (ch === ';') {
      const headingGoesOn = /^[ ]*Điều[ ]\d+[a-zđ]?\.[ ]/u.test(text.slice(lineStart, lineStart + 20)) && /như[ ]sau:[ ]*$/u.test(text.slice(i, (text.indexOf('\n', i) + 1 || text.length + 1) - 1));
      // (…also where the heading runs over several lines: "Điều 1. Sửa đổi, bổ sung một số Điều của Quy trình thu bảo hiểm xã hội" /
      // "… (BHTNLĐ, BNN); quản lý số BHXH, thẻ BHYT ban" / "hành kèm theo Quyết định số 595/QĐ-BHXH … như sau:".)
      const wrappedHeadingGoesOn = !headingGoesOn && /^[ \n]*Điều[ ]\d+[a-zđ]?\.[ ]/u.test(text.slice(start, start + 20)) && /^[ \n]+\p{Ll}[^.;:]{0,400}?như[ \n]sau:/u.test(text.slice(i + 1, i + 460));
      if (!headingGoesOn && !wrappedHeadingGoesOn) cut(i + 1);
    }
    else if (ch === '.' && (text[i + 1] === ' ' || text[i + 1] === '\n' || i + 1 === text.length) && (!/\d/.test(text[i - 1] ?? '') || YEAR_END_RE.test(text.slice(Math.max(0, i - 22), i + 3))) && !/\d/.test(text[i + 2] ?? '') && !/(?:^|[ \n])(?:TP|Tp|V\/v|tr|St|Số)$/u.test(text.slice(Math.max(0, i - 4), i))) cut(i + 1);
    else if (ch === '\n') {
      const prevLine = text.slice(lineStart, i);
      const next = text.slice(i + 1, i + 40);
      const prevEnd = prevLine.trimEnd().slice(-1);
      // ("Điều 35. Sửa đổi, bổ sung" / "Điều 21 của Luật Biên giới quốc gia số 06/2003/QH11 như sau:": the verb's object goes on.)
      // (…and a range or list of articles wrapped before "Điều N" that goes on in lower case: "… 5 và 6 Điều 14, từ" /
      // "Điều 16 đến Điều 26, …" is no article's heading.)
      const goesOn = ((PART_CUT_RE.test(prevLine) || VERB_CUT_RE.test(prevLine)) && PART_GOES_ON_RE.test(next)) || (/(?:từ|đến|và|hoặc|,)$/u.test(prevLine.trimEnd()) && /^Điều[ ]\d+[a-zđ]?(?:[ ]+(?:đến|và|hoặc|của|tại)(?![\p{L}])|,)/u.test(next));
      // (…and after a document's number, a line that opens with a verb of effect: "Điều 2. Sửa đổi, bổ sung Luật … trật tự" /
      // "ở cơ sở số 30/2023/QH15" / "Bãi bỏ khoản 2 Điều 32 của Luật …": the heading ends, the provision begins.)
      const verbAfterNumber = /\d\/[\p{Lu}\d-]*\p{Lu}[\p{Lu}\d]*$/u.test(prevLine.trimEnd()) && /^(?:Bãi bỏ|Sửa đổi|Bổ sung|Thay thế|Thay|Bỏ)[ \n]/u.test(next);
      // (Not after a form's blank left with its dots, the figures typed on the next line: "… từ ngày ……tháng…." / "27    01 năm 2025.".)
      const formBlank = /(?:ngày|tháng)[ …]*[….]+$/u.test(prevLine.trimEnd()) && /^\d/u.test(next);
      // (Nor inside the date of an article's first line that says when a text takes effect: "Điều 2. Quyết định này có hiệu lực
      // thi hành kể từ ngày 01 tháng 7 năm" / "2016, thay thế Quyết định số 488/QĐ-BHXH …" is no heading over its text.)
      const dateCut = /(?:ngày|tháng|năm)$/u.test(prevLine.trimEnd()) && /^\d/u.test(next) && /hiệu[ ]lực/u.test(prevLine);
      if (prevEnd === ':' || (prevEnd === '.' && !formBlank) || prevEnd === ';' || verbAfterNumber || (MARKER_RE.test(next) && !goesOn) || (/^(?:Điều|Chương|Mục)[ \n]/u.test(prevLine.trim()) && !/(?:và|của|thế|hoặc|về|số|tại|các|,)$/u.test(prevLine.trim()) && /^[\p{Lu}\d]/u.test(next) && !goesOn && !dateCut) || isAllCapsLine(prevLine) || BARE_ARTICLE_TITLE_RE.test(prevLine.trim()) || isAllCapsLine(text.slice(i + 1, text.indexOf('\n', i + 1) >>> 0))) cut(i);
      lineStart = i + 1;
    }
  }
  cut(text.length);
  return out;
}

/** Article headings of the document itself, numbered 1, 2, 3 … in order (quoted articles of an amended text break the sequence and are skipped). */
export function articleHeadings(text: string): Array<{ at: number; label: string }> {
  // ("Điều 1, Sửa đổi, bổ sung …": OCR's comma for the full stop, before a capital that opens no other article's name.)
  // ("Dieu 1:": OCR's "Điều" without its marks.)
  const all = [...text.matchAll(/(?:^|\n)[ ]*(?:Điều|Dieu)[ \n](\d+)([a-zđ]?)[ ]*(?:[.:]|,(?= (?!Điều|Khoản|Chương|Mục|Phần)\p{Lu})|\n|$| (?=\p{Lu}))/gu)].map((m) => ({ at: m.index + (m[0].startsWith('\n') ? 1 : 0), n: Number(m[1]), suffix: m[2] ?? '' }));
  const out: Array<{ at: number; label: string }> = [];
  let last = 0;
  for (let i = 0; i < all.length; i++) {
    const h = all[i]!;
    // The next number in sequence; a gap only when that number never comes (an excerpt, a renumbered text).
    const next = h.suffix === '' && (h.n === last + 1 || (h.n > last && !all.slice(i + 1).some((o) => o.suffix === '' && o.n === last + 1)));
    if (next) {
      out.push({ at: h.at, label: `Điều ${h.n}` });
      last = h.n;
    }
  }
  if (out.length === 0) return all.map((h) => ({ at: h.at, label: `Điều ${h.n}${h.suffix}` }));
  return out;
}

/** The last article heading at or before `pos`. */
function headAt(heads: Array<{ at: number; label: string }>, pos: number): { at: number; label: string } | null {
  let head: { at: number; label: string } | null = null;
  for (const h of heads) {
    if (h.at > pos) break;
    head = h;
  }
  return head;
}

function articleAt(heads: Array<{ at: number; label: string }>, pos: number): string | null {
  return headAt(heads, pos)?.label ?? null;
}

function parseDate(m: RegExpExecArray | RegExpMatchArray, from = 1): string | null {
  const [d, mo, y] = m[from] ? [m[from], m[from + 1], m[from + 2]] : [m[from + 3], m[from + 4], m[from + 5]];
  return isoDate(Number(d!.replace('O', '0')), Number(mo), Number(y));
}

function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Smallest cleaned index whose raw offset is ≥ `raw`. */
function cleanIndex(ct: CleanText, raw: number): number {
  let lo = 0;
  let hi = ct.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ct.map[mid] ?? ct.raw.length) < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ON_ISSUE_RE = re(`^(?: ${THI_HANH})?,? *(?:${KE} )?từ (?:ngày|khi) ?(?:được )?(?:ký|kí|ban hành|thông qua|ký ban hành|ký và ban hành)(?![\\p{L}])`);
const AFTER_DAYS_RE = re(`^(?: ${THI_HANH})?,? *(?:sau|kể từ sau) (\\d+) ngày,? *(?:${KE} )?từ (?:ngày )?(?:(ký|kí|ban hành|thông qua)|(công bố|đăng công báo|đăng công báo,? niêm yết|đăng báo))`);
const BLANKS_THEN_FIGURES_RE = /ngày[ ….]*tháng[ ….]*\n[ ]*(\d{1,2})[ ]+(\d{1,2})[ ]+năm/u;
// (…and without "ngày" before the figures: "có hiệu lực thi hành kể từ 31 tháng 10 năm 2025", "từ 01/7/2025".)
const FROM_DATE_RE = re(`^(?: ${THI_HANH})?,? *(?:(?:(?:${KE} )?từ|bắt đầu từ|vào|kể) ngày|(?:${KE} )?từ(?= \\d))${FILL}${DATE_SRC}`);
/** "… từ ngày Nghị định 113/2011/NĐ-CP có hiệu lực thi hành (ngày 01/02/2012)": the day another text takes effect, given in brackets. */
const FROM_OTHER_DATE_RE = re(`^(?: ${THI_HANH})?,? *(?:(?:${KE} )?từ|bắt đầu từ) ngày [^.;()]{1,120}? có hiệu lực(?: ${THI_HANH})? *\\( *ngày *${DATE_SRC} *\\)`);
/** "Luật này có hiệu lực thi hành từ năm ngân sách 2004": a budget year opens on 1 January. */
const FROM_BUDGET_YEAR_RE = re(`^(?: ${THI_HANH})?,? *(?:${KE} )?từ năm ngân sách (\\d{4})(?!\\d)`);
const ON_PUBLICATION_RE = re(`^(?: ${THI_HANH})?,? *(?:${KE} )?từ ngày (?:công bố|đăng công báo|đăng báo|niêm yết)`);
const UNTIL_RE = re(`(?:đến (?:hết )?|hết hiệu lực(?: ${THI_HANH})?,? *(?:${KE} )?từ )ngày *${DATE_SRC}`);
const SELF_ENDS_RE = re(`^${TYPE_SELF} hết hiệu lực(?: ${THI_HANH})?,? *(?:(?:${KE} )?từ|đến hết|vào|sau) ngày *${DATE_SRC}`);

interface Ctx {
  ct: CleanText;
  text: string;
  heads: Array<{ at: number; label: string }>;
  /** quotedSpans(text), in text order. */
  quotes: Array<[number, number]>;
}

function evidence(c: Ctx, from: number, to: number): Evidence {
  while (from < to && /[ \n]/.test(c.text[from]!)) from++;
  const start = rawStart(c.ct, from);
  const end = rawEnd(c.ct, to);
  return { sentence: c.ct.raw.slice(start, end).replace(/[*\\]/g, '').replace(/\s+/g, ' ').trim(), article: articleAt(c.heads, from), start, end };
}

/** Clause text after its lead (numbering, article heading, "Kể từ ngày …,"), and where that is. */
function body(text: string, cl: Clause): { at: number; s: string } {
  let at = cl.start;
  while (at < cl.end && /[ \n]/.test(text[at]!)) at++;
  const lead = LEAD_RE.exec(text.slice(at, cl.end));
  if (lead) at += lead[0].length;
  return { at, s: text.slice(at, cl.end) };
}

/** Longest quotation taken as one: past it, an opening mark with no closing one is a typo, not a quote. */
const MAX_QUOTE = 20_000;

/**
 * Spans of text between curly quotation marks (“…”). A sentence inside one is another
 * document's: a letter quoting a circular's "Thông tư này có hiệu lực thi hành từ ngày 01
 * tháng 9 năm 2014.", an amending text quoting the new wording of an article.
 */
export function quotedSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“') {
      if (open < 0 || i - open > MAX_QUOTE) open = i;
    } else if (ch === '”' && open >= 0) {
      if (i - open <= MAX_QUOTE) out.push([open, i + 1]);
      open = -1;
    }
  }
  return out;
}

function inEffectArticle(c: Ctx, cl: Clause): boolean {
  return /^[ \n]*(?:Điều|Dieu)[ \n]\d/u.test(c.text.slice(cl.start, cl.end)) || underEffectHeading(c, cl);
}

/** The clause sits under the text's own article on effect: its heading names "hiệu lực" or "thi hành". */
function underEffectHeading(c: Ctx, cl: Clause): boolean {
  const head = headAt(c.heads, cl.start);
  if (!head) return false;
  const eol = c.text.indexOf('\n', head.at);
  if (/hiệu[ \n]lực|thi[ \n]hành/iu.test(c.text.slice(head.at, eol < 0 ? c.text.length : eol))) return true;
  // …or the article where the text says when it takes effect, whatever its heading: "Điều 5. Tổ chức thực hiện" / "1. Thông
  // tư này có hiệu lực thi hành kể từ ngày 20 tháng 11 năm 2022." / … / "7. … Thông tư số 11/2015/TT-BKHĐT … chấm dứt hiệu lực."
  let known = selfEffectArticles.get(c);
  if (!known) selfEffectArticles.set(c, (known = new Map()));
  let says = known.get(head.at);
  if (says === undefined) {
    const next = c.heads.find((h) => h.at > head.at);
    const article = c.text.slice(head.at, next?.at ?? c.text.length);
    const firstLine = article.indexOf('\n') + 1;
    // (A sentence of its own: opening the article, an item, or after a full stop; not "… trước ngày" / "Thông tư này có
    // hiệu lực thi hành" wrapped inside a transitional clause.)
    says = [...article.matchAll(SELF_EFFECT_RE)].some((m) => m[1] !== undefined || m.index === firstLine - 1 || /[.:;]$/u.test(article.slice(0, m.index).trimEnd()));
    known.set(head.at, says);
  }
  return says;
}

/** Per text, whether the article at a heading's offset says when the text takes effect. */
const selfEffectArticles = new WeakMap<Ctx, Map<number, boolean>>();

/** "… quy định tại " right before a document: what it provides. */
const PROVIDED_AT_RE = re(`quy định tại *$`);
/** Between a document and its verb, only its date and its issuer: "ngày 30/11/2017 của Bộ trưởng Bộ Kế hoạch và Đầu tư ". */
const DATE_ISSUER_ONLY_RE = re(`^(?: *ngày *${DATE_SRC})?(?: *của (?:(?!quy định|hướng dẫn|sửa đổi|bổ sung|về |ban hành|thực hiện|thi hành|ngày)[^,;:.]){0,80})? *$`);
const SELF_EFFECT_RE = re(`\\n[ \\t]*(\\d+[.)][ \\t]*)?${TYPE_SELF} có hiệu lực`, 'giu');

function readEffective(c: Ctx, cls: Clause[], issued: string | null, ownType: string | null): { effective: EffectiveDate | null; ends: EndOfEffect | null } {
  let effective: EffectiveDate | null = null;
  let ends: EndOfEffect | null = null;
  const quotes = c.quotes;
  let q = 0;
  for (const cl of cls) {
    // Clauses come in text order: move past quotations that end before this one starts.
    while (q < quotes.length && quotes[q]![1] <= cl.start) q++;
    const quote = quotes[q];
    if (quote && quote[0] < cl.end && cl.start < quote[1] && quote[0] <= cl.start + 2) continue;
    const { at, s } = body(c.text, cl);
    if (!ends) {
      const e = SELF_ENDS_RE.exec(s);
      if (e) ends = { ...evidence(c, cl.start, cl.end), date: parseDate(e) };
    }
    if (effective) continue;
    // The bare type word only in the document's own article: one that opens the clause, or one headed "Hiệu lực thi hành"
    // (a letter's "Thông tư có hiệu lực thi hành từ ngày 26/12/2020" is the circular it writes about).
    const subj = SELF_ONLY_RE.exec(s) ?? OCR_SELF_RE.exec(s) ?? (inEffectArticle(c, cl) ? BARE_SELF_RE.exec(s) ?? NAMED_SELF_RE.exec(s) ?? (underEffectHeading(c, cl) ? NAMED_LAW_SELF_RE.exec(s) : null) : null);
    if (!subj) continue;
    // A letter that quotes a decree's article on effect ("1. Nghị định này có hiệu lực thi hành kê từ ngày 01 thang 7 năm
    // 2013.") gives the decree's date, not its own.
    if (ownType === 'Công văn' && !/^công[ \n]văn/iu.test(subj[0])) continue;
    EFFECT_RE.lastIndex = 0;
    const m = EFFECT_RE.exec(s);
    if (!m) continue;
    const between = s.slice(subj[0].length, m.index);
    // "Nghị quyết này đã được … thông qua ngày … và có hiệu lực từ …" and "Thông tư này thay thế cho Thông tư số … và có
    // hiệu lực kể từ …" are the wordings allowed in between.
    if (between.trim() && !/thông[ \n]qua/iu.test(between) && !/^[ \n]*(?:thay[ \n]thế|bãi[ \n]bỏ)[^]*[ \n]và[ \n]*$/iu.test(between)) continue;
    // A form's blanks left empty and the day and month typed below them: "… từ ngày ……tháng…." / "27    01 năm 2025.".
    const after = s.slice(m.index + m[0].length).replace(BLANKS_THEN_FIGURES_RE, 'ngày $1 tháng $2 năm');
    const ev = evidence(c, cl.start, cl.end);
    let d: RegExpExecArray | null;
    if ((d = FROM_DATE_RE.exec(after) ?? FROM_OTHER_DATE_RE.exec(after))) {
      const date = parseDate(d);
      if (date) effective = { ...ev, kind: 'date', date };
    } else if ((d = FROM_BUDGET_YEAR_RE.exec(after))) {
      effective = { ...ev, kind: 'date', date: `${d[1]}-01-01` };
    } else if ((d = AFTER_DAYS_RE.exec(after))) {
      const days = Number(d[1]);
      effective = d[2]
        ? { ...ev, kind: 'after-days', days, from: 'issue', date: issued ? addDays(issued, days) : null }
        : { ...ev, kind: 'after-days', days, from: 'publication', date: null };
    } else if (ON_ISSUE_RE.test(after)) {
      effective = { ...ev, kind: 'on-issue', date: issued };
    } else if (ON_PUBLICATION_RE.test(after)) {
      effective = { ...ev, kind: 'on-publication', date: null };
    }
    if (effective && !ends) {
      const u = UNTIL_RE.exec(after);
      if (u) ends = { ...ev, date: parseDate(u) };
    }
    void at;
  }
  return { effective, ends };
}

interface Cit {
  index: number;
  start: number; // cleaned
  end: number; // cleaned
  citation: Citation;
  /** Named without its number here; the number is the one the text gives that name elsewhere. */
  byName?: boolean;
}

function kindOf(groups: Record<string, string | undefined>): StatedRelationKind | 'ends' {
  if (groups.amends) return 'amends';
  if (groups.replaces) return 'replaces';
  if (groups.repeals) return 'repeals';
  if (groups.ends) return 'ends';
  if (groups.suspends) return 'suspends';
  if (groups.details) return 'details';
  return 'guides';
}

function partsOf(s: string): { articles: string[]; parts: string | null } {
  const articles = [...new Set([...s.matchAll(ARTICLE_RE)].map((m) => `Điều ${m[1]}`))];
  // The words that tie the part to the document are not the part: "Bổ sung một điều vào Luật Kế toán …" adds "một điều";
  // "Bổ sung vào Phụ lục 4 … của Luật đầu tư …" amends "Phụ lục 4 …"; "Những quy định về khiếu nại … trong Luật khiếu nại, tố cáo …".
  const named = PARTS_NAMED_RE.test(s) ? s.replace(/[ \n]+/g, ' ').replace(/^[ ,;]+|[ ,;]+$/g, '').replace(/ (?:của|tại|vào|trong|(?:được )?ban hành (?:kèm )?theo|kèm theo|đính kèm(?: theo)?)(?: (?:các|những))?$/iu, '').replace(/^vào /iu, '').trim() : null;
  // A title in capitals names its parts in capitals ("… MỘT SỐ ĐIỀU CỦA LUẬT …"): shown as words, not shouted.
  const parts = named && /\p{Lu}{2}/u.test(named) && named === named.toLocaleUpperCase('vi') ? named.toLocaleLowerCase('vi') : named;
  return { articles, parts: parts || null };
}

/** Articles an amending article lists in its items: "1. Sửa đổi, bổ sung Điều 3 như sau:", "3. Bổ sung Điều 4a vào sau Điều 4". */
function amendedArticles(c: Ctx, from: number): string[] {
  const next = c.heads.find((h) => h.at > from)?.at ?? c.text.length;
  const span = c.text.slice(from, next);
  const out = new Set<string>();
  const item = re(`(?:^|\\n)(?:\\d+[.)]|[a-zđ]\\)) *(?:sửa đổi|${BO_SUNG}|bãi bỏ|thay thế)(?! (?:một số |các )?cụm từ)[^\\n]{0,120}?Điều (\\d+[a-zđ]?)(?![\\p{L}\\d])`, 'giu');
  for (const m of span.matchAll(item)) out.add(`Điều ${m[1]}`);
  return [...out];
}

/** Quoted phrases and spaces: what may stand between two words of a part whose quotes were taken out (`governed`). */
const QUOTES_BETWEEN = '(?:[ \\n]|“[^“”]{0,600}”|"[^"\\n]{0,600}")*';

/**
 * The part as the sentence writes it, its quoted phrases put back: "cụm từ “Định danh cá nhân” vào các trường thông tin chứa
 * cụm từ "CMND", "CCCD"tại các biểu mẫu", where the words read without them ("cụm từ vào … chứa cụm từ , tại …") say nothing.
 */
function withQuotes(parts: string, sentence: string): string {
  if (!/[“"]/u.test(sentence)) return parts;
  const words = parts.split(' ').map(escapeRegExp);
  const m = new RegExp(words.join(QUOTES_BETWEEN), 'u').exec(sentence);
  return m ? m[0] : parts;
}

/** A relation of `kind` to the cited text, with the parts the words between name (or `extra.parts`, named by the caller). */
function make(kind: StatedRelationKind, ev: Evidence, cit: Cit, gap: string, extra: { amends?: boolean; supplements?: boolean; parts?: string } = {}): StatedRelation {
  const base = { ...ev, citation: cit.index, target: cit.citation };
  const read = extra.parts ? { articles: [], parts: extra.parts } : partsOf(gap);
  const p = read.parts ? { ...read, parts: withQuotes(read.parts, ev.sentence) } : read;
  switch (kind) {
    case 'repeals':
    case 'partly-repeals':
      return p.parts ? { ...base, ...p, kind: 'partly-repeals' } : { ...base, kind: 'repeals' };
    case 'replaces':
      return { ...base, ...p, kind };
    case 'amends':
      return { ...base, ...p, kind, amends: extra.amends ?? true, supplements: extra.supplements ?? false };
    case 'ends-effect':
    case 'suspends':
      return { ...base, ...p, kind };
    case 'guides':
    case 'details':
      return { ...base, kind };
  }
}

/** A clause whose first line, up to `citEnd`, is an amending article's title alone: " Sửa đổi, bổ sung một số điều của Luật Thú y". */
function headingAlone(t: string, cl: Clause, citEnd: number): boolean {
  const lineEnd = t.indexOf('\n', t.slice(cl.start, cl.end).search(/\S/u) + cl.start);
  const end = lineEnd < 0 || lineEnd > cl.end ? cl.end : lineEnd;
  const line = t.slice(cl.start, end).trim();
  return citEnd <= end && /^(?:sửa|bổ)[^:]*một số điều của /iu.test(line) && !/như sau|[:.;]$/u.test(line);
}

/**
 * The title of a text that only describes what other documents, or a draft, say: a report ("BÁO CÁO tổng kết …",
 * "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG …"), a comparison table ("BẢN SO SÁNH, THUYẾT MINH DỰ THẢO LUẬT … VỚI LUẬT GIÁ SỐ
 * 16/2023/QH15"), an explanation ("BẢN THUYẾT MINH …"), an assessment. What it quotes ("Luật này thay thế Luật Quản lý
 * thuế số …", a draft's "Điều 52. Bổ sung Điều 70a … Luật Kế toán") is the other text's act, not its own.
 * Matched on a line's words folded, in capitals: OCR's "BAO CÁO", "BẢO CÁO", "QUYET ĐỊNH" are the same titles.
 */
const DESCRIBING_TITLE = /^(?:bao cao|ban(?:g)? (?:so sanh|doi chieu|thuyet minh|danh gia|tong hop)|thuyet minh)(?![a-z])/u;
/** The title of a text that acts itself: a law, a decree, a decision, a plan, a submission, a draft's outline, a letter. */
const ACTING_TITLE = /^(?:luat|bo luat|phap lenh|nghi dinh|nghi quyet|thong tu|quyet dinh|chi thi|ke hoach|quy dinh|quy che|huong dan|thong bao|ket luan|de an|chuong trinh|to trinh|de cuong|cong van|cong dien|hiep dinh)(?![a-z])/u;
/** How far into a text its title stands: past the header, a signer's stamp, a "DỰ THẢO" mark. */
const TITLE_WINDOW = 2500;

/** A text's own operative start: its bases ("Căn cứ …"), an article, a chapter. A title after it is an attachment's. */
const OPERATIVE_START = /^(?:#+ *)?(?:can cu |dieu \d|chuong [ivxlc\d])/u;

/**
 * Whether the text is a report, table or explanation of others: its first title line, before any operative text, is one
 * of DESCRIBING_TITLE. (A body whose own title the importer moved to its front matter may start "Căn cứ …" and carry a
 * comparison table after its articles: that table's title is not the text's.)
 */
export function describesOthers(text: string): boolean {
  for (const raw of text.slice(0, TITLE_WINDOW).split('\n')) {
    // (A flattened header table's cell: "|  BẢN THUYẾT MINH QUY PHẠM HOÁ CHÍNH SÁCH …".)
    const line = raw.replace(/^[ \t|]+/u, '');
    const folded = foldDiacritics(line);
    if (OPERATIVE_START.test(folded)) return false;
    const m = DESCRIBING_TITLE.exec(folded) ?? ACTING_TITLE.exec(folded);
    // A title is in capitals; "Báo cáo kết quả …" or "Luật này …" in running text is not one.
    if (!m || /\p{Ll}/u.test(line.slice(0, m[0].length))) continue;
    return DESCRIBING_TITLE.test(folded);
  }
  return false;
}

/** What `text` says of its own effect and of the documents it cites. Pass `extraction` when you already have it. */
export function readEffect(text: string, ctx: EffectContext = {}, extraction: Extraction = extract(text, { self: ctx.self ?? null })): DocumentEffect {
  const ct = extraction.cleaned;
  const t = ct.text;
  // (What a report or a comparison table quotes of a draft, its effect and its relations, is not the report's.)
  if (describesOthers(t)) return { effective: null, ends: null, relations: [] };
  const c: Ctx = { ct, text: t, heads: articleHeadings(t), quotes: quotedSpans(t) };
  const cls = clauses(t);
  const issued = ctx.issued ?? ctx.self?.date ?? null;
  const { effective, ends } = readEffective(c, cls, issued, ctx.self?.docType ?? null);

  const self = ctx.self;
  const ownKey = self?.number && self.symbol ? symbolKey(self.number, self.symbol) : null;
  // A law the text names with its number somewhere ("Luật Quảng cáo số 16/2012/QH13") is that number wherever it
  // is named alone ("Điều 72. Sửa đổi, bổ sung khoản 7 Điều 7 của Luật Quảng cáo"); a name given two numbers is left alone.
  const numbered = new Map<string, number | null>();
  const register = (name: string, index: number) => {
    const key = nameKey(name);
    const prev = numbered.get(key);
    if (prev === undefined) numbered.set(key, index);
    else if (prev !== null && targetKey(extraction.citations[prev]!) !== targetKey(extraction.citations[index]!)) numbered.set(key, null);
  };
  extraction.citations.forEach((ci, index) => {
    if (ci.form === 'name' && ci.name) {
      // "Luật Hòa giải, đối thoại tại Tòa án số 58/2020/QH14": the name the engine cut at a comma, then its bare number.
      const next = extraction.citations[index + 1];
      // (…or with its short name in brackets: "Luật phòng, chống nhiễm vi rút gây ra hội chứng … (HIV/AIDS) số 64/2006/QH11".)
      if (next?.form === 'full' && next.number && next.symbol && /^số[ \n]/iu.test(next.text) && next.start - ci.end <= 120 && /^[ \n\p{L},\-–]*(?:\([\p{L}/ ]{1,20}\)[ \n]*)?$/u.test(extraction.cleaned.raw.slice(ci.end, next.start))) {
        register(ci.name, index + 1);
        // (As below: "Luật sửa đổi, bổ sung một số điều của Luật X số …" numbers X.)
        const inner = LAST_LAW_RE.exec(ci.name)?.[1];
        if (inner && inner !== ci.name) register(inner, index + 1);
      }
      return;
    }
    if (ci.form !== 'full' || !ci.number || !ci.symbol) return;
    const name = ci.name ?? /^((?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n][^]+?)[ \n]+số[ \n]/u.exec(ci.text)?.[1];
    if (name) register(name, index);
    // (…and by its name up to the comma, where the engine cuts a name it reads without its number: "Luật Lực lượng tham
    // gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15" is "Luật Lực lượng tham gia bảo vệ an ninh" elsewhere.)
    if (name && name.includes(',')) register(name.slice(0, name.indexOf(',')), index);
    // "Luật sửa đổi, bổ sung một số điều của Bộ luật Tố tụng dân sự số 92/2015/QH13": the number is the last law's.
    const inner = /((?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n](?:(?!(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n])[^])+?)[ \n]+số[ \n]+[^ \n]+$/u.exec(ci.text)?.[1];
    if (inner && inner !== name) register(inner, index);
  });
  const cits: Cit[] = [];
  extraction.citations.forEach((ci, index) => {
    // A short form stands for its full citation: the relation points there.
    let referred = referredIndex(ci, index);
    // (Not a name cut at a comma before its own number: "Luật khiếu nại, tố cáo số 09/1998/QH10".)
    const next = extraction.citations[index + 1];
    const ownNumber = next !== undefined && /^số[ \n]/iu.test(next.text) && next.start - ci.end <= 120 && !/[.;:]/u.test(extraction.cleaned.raw.slice(ci.end, next.start));
    let byName = ci.form === 'name' && ci.name && !ownNumber ? numbered.get(nameKey(ci.name)) : undefined;
    // (Not a name dated with another year than the number's: "Pháp lệnh thủ tục giải quyết các vụ án hành chính ngày 21 tháng 5
    // năm 1996, Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh thủ tục … số 10/1998/PL-UBTVQH10": 1996 is not 1998.)
    if (byName != null) {
      const dated = /^[\s,]*(?:ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+)?năm\s+(\d{4})/u.exec(extraction.cleaned.raw.slice(ci.end, ci.end + 60));
      const year = extraction.citations[byName]?.year;
      if (dated && year != null && Number(dated[1]) !== year) byName = undefined;
    }
    if (byName != null) referred = byName;
    const target = extraction.citations[referred] ?? ci;
    // 12/2022/TT-BLĐTBXH is not 12/2024/TT-BLĐTBXH: the year, when both carry one, decides.
    const sameYear = self?.year == null || target.year == null || self.year === target.year;
    if (ownKey && target.number && target.symbol && sameYear && symbolKey(target.number, target.symbol) === ownKey) return;
    cits.push({ index: referred, start: cleanIndex(ct, ci.start), end: cleanIndex(ct, ci.end), citation: target, ...(byName != null ? { byName: true } : {}) });
  });
  cits.sort((a, b) => a.start - b.start);
  /** Citations starting in [from, to), by binary search: a long document has thousands. */
  const inRange = (from: number, to: number): Cit[] => {
    let lo = 0;
    let hi = cits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cits[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: Cit[] = [];
    for (let i = lo; i < cits.length && cits[i]!.start < to; i++) out.push(cits[i]!);
    return out;
  };
  /**
   * The clause where a run of parts cut at ";" after clause `ci` stops: the first one that does not end on ";", names a document,
   * is no part words, or fails `keep` (at most twelve). "3. Bãi bỏ các khoản 1, 2, 4 Điều 1; các khoản 1, 2, 3 Điều 3; …" runs on.
   */
  const partsRunEnd = (ci: number, keep: (x: Clause) => boolean = () => true): number => {
    let k = ci + 1;
    while (k < cls.length && t[cls[k]!.end - 1] === ';' && keep(cls[k]!) && inRange(cls[k]!.start, cls[k]!.end).length === 0 && isPartOrWords(t.slice(cls[k]!.start, cls[k]!.end)) && k - ci < 12) k++;
    return k;
  };
  const firstCaseClause = cls.find((cl) => PREAMBLE_RE.test(body(t, cl).s));
  const headerEnd = firstCaseClause ? firstCaseClause.start : 0;

  const relations: StatedRelation[] = [];
  const add = (r: StatedRelation) => relations.push(r);

  /**
   * The documents listed after a lead's colon, in its own paragraph ("… hết hiệu lực, bao gồm:", "Bãi bỏ các văn bản của …:"): an
   * item to each ";", the first numbered document of each and the words before it. It stops at an item without one and where a
   * new item, article or paragraph starts. (An item may open on the article it names, "Điều 3 Quyết định số 919/QĐ-BHXH …"; an
   * article's heading has its full stop.)
   */
  const listedAfterLead = (from: number, k0: number): Array<{ cit: Cit; gap: string; end: number }> => {
    const out: Array<{ cit: Cit; gap: string; end: number }> = [];
    for (let k = k0; k < cls.length; k++) {
      const first = inRange(from, cls[k]!.end).find((x) => x.citation.form === 'full' && x.citation.number && !x.byName);
      if (!first || first.start - from > 160) break;
      out.push({ cit: first, gap: t.slice(from, first.start), end: cls[k]!.end });
      const next = cls[k + 1];
      if (t[cls[k]!.end - 1] !== ';' || !next || /^[ \n]*(?:\n[ \n]*\n|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+•]|Điều[ \n]+\d+[a-zđ]?\.)/u.test(t.slice(cls[k]!.end, next.end))) break;
      from = next.start;
    }
    return out;
  };

  /** Targets governed from `from`: the first citation if only part words precede it, then the documents listed with it. */
  const governed = (from: number, to: number, describesAmenders = false): Array<{ cit: Cit; gap: string }> => {
    // A quoted phrase ("Sửa đổi cụm từ “… Nghị định số 59/2021/NĐ-CP …” tại khoản 3 Điều 12 Nghị định số 248/2025/NĐ-CP")
    // is words being replaced: a document it names is no target, and the quote stands for a part.
    // (Straight quotes too, as some sources print them: "Thay thế cụm từ "Ủy ban …" bằng cụm từ "Ban chỉ đạo …" tại …".)
    const quoted = [...t.slice(from, to).matchAll(PHRASE_QUOTE_RE)].map((q) => [from + q.index, from + q.index + q[0].length] as const);
    const inQuote = (x: Cit) => quoted.some(([a, b]) => x.start >= a && x.end <= b);
    let list = inRange(from, to).filter((x) => !inQuote(x));
    // "Pháp lệnh Thủ đô Hà Nội số 29/2000/PL-UBTVQH", "Luật Nhập cảnh, xuất cảnh, … tại Việt Nam số 47/2014/QH13":
    // the name the engine knows (cut at a comma) and the bare number it reads right after are one document, the numbered one.
    list = list.filter((x, i) => !(x.citation.form === 'name' && list[i + 1] && NUMBER_AFTER_NAME_RE.test(list[i + 1]!.citation.text) && /^[ \n\p{L},\-–]{0,120}$/u.test(t.slice(x.end, list[i + 1]!.start))));
    // "… quy định mức hưởng trợ cấp (Nghị định số 75/2021/NĐ-CP) và điểm d khoản 4 Điều 1 Nghị định số 55/2023/NĐ-CP …": a short
    // name in brackets repeats the document before it; the list goes on past it.
    // (…also after "sau đây viết tắt là": "(sau đây viết tắt là Thông tư số 07/2019/TT-BNNPTNT)".)
    const bracketed = (x: Cit) => t[x.end] === ')' && /\((?:[ \n]*(?:sau[ \n]đây[ \n])?(?:gọi|viết)[ \n]tắt[ \n]là[ \n:]*)?$/u.test(t.slice(Math.max(0, x.start - 40), x.start));
    list = list.filter((x, i) => !(i > 0 && bracketed(x) && list.slice(0, i).some((y) => targetKey(y.citation) === targetKey(x.citation))));
    const first = list[0];
    if (!first) return [];
    let gap = t.slice(from, first.start).replace(PHRASE_QUOTE_RE, ' ');
    // "Bãi bỏ các Nghị định: số 97/2007/NĐ-CP … và số 18/2009/NĐ-CP": the type named once for the bare numbers after it.
    if (/^số[ \n]/iu.test(first.citation.text) && TYPE_BEFORE_NUMBERS_RE.test(gap)) gap = '';
    const typeLead = TYPE_AND_ISSUER_BEFORE_LIST_RE.exec(gap);
    if (typeLead && first.citation.docType !== null && typeLead[1]!.toLowerCase() === first.citation.docType.toLowerCase()) gap = '';
    // "Luật thuế thu nhập doanh nghiệp số 14/2008/QH12": the engine cites "số 14/2008/QH12" alone when it does not know the name; the name is the document, not words between.
    if (NUMBER_AFTER_NAME_RE.test(first.citation.text)) gap = gap.replace(NAME_BEFORE_NUMBER_RE, '');
    // "b) Luật sửa đổi, bổ sung một số Điều của Luật thuế giá trị gia tăng số 07/2003/QH11", "Bãi bỏ Điều 2 của Luật sửa đổi,
    // bổ sung một số Điều của Luật thuế tiêu thụ đặc biệt và Luật thuế giá trị gia tăng số 57/2005/QH11": an amending law
    // named by the laws it amends is the numbered one (the laws in its name are no targets of their own).
    const amendingLead = AMENDING_LAW_LEAD_RE.exec(gap);
    if (amendingLead && LAW_NAME_AT_RE.test(first.citation.text)) {
      let k = 0;
      while (list[k]!.citation.form === 'name' && list[k + 1] && /^[ \n]*(?:,|và)[ \n]*$/u.test(t.slice(list[k]!.end, list[k + 1]!.start)) && LAW_NAME_AT_RE.test(list[k + 1]!.citation.text)) k++;
      if (list[k]!.citation.form === 'full' && list[k]!.citation.number) {
        gap = gap.slice(0, amendingLead.index);
        if (isPartWords(gap)) return [{ cit: list[k]!, gap }];
      }
    }
    if (!isPartWords(gap)) return [];
    // "Sửa đổi, bổ sung mục 17 tại Phụ lục số 02 … được sửa đổi bổ sung tại Luật số 95/2025/QH15 như sau:": the text named
    // after "được sửa đổi … tại" amended the part before, which belongs to another; it is not what this clause amends.
    if (/được[ \n]sửa[ \n]đổi,?(?:[ \n]*bổ[ \n]sung)?(?:[ \n]một[ \n]số[ \n]điều)?[ \n](?:theo|bởi|tại)[ \n]*$/u.test(gap)) return [];
    const out = [{ cit: first, gap }];
    let prev = first;
    for (let i = 1; i < list.length; i++) {
      let x = list[i]!;
      let g = t.slice(prev.end, x.start);
      // "Luật An toàn thông tin năm 2015, Luật An ninh mạng năm 2018": the year after a name is the document's, not words between.
      if (prev.citation.form === 'name') g = g.replace(NAME_YEAR_RE, '');
      if (NUMBER_AFTER_NAME_RE.test(x.citation.text)) g = g.replace(NAME_BEFORE_NUMBER_RE, '');
      // "Bộ luật Lao động ngày 23 tháng 6 năm 1994, Luật sửa đổi, bổ sung một số điều của Bộ luật Lao động số 35/2002/QH10, …": an
      // amending law named by the law it amends is the numbered one, in a list as at its head (AMENDING_LAW_LEAD_RE above).
      if (x.citation.form === 'full' && x.citation.number && LAW_NAME_AT_RE.test(x.citation.text)) g = g.replace(AMENDING_LAW_LEAD_RE, '');
      // "Luật khiếu nại, tố cáo số 09/1998/QH10 đã được sửa đổi, bổ sung một số điều theo Luật số 26/2004/QH11 và
      // Luật số 58/2005/QH11, Chương V của Luật khiếu nại số 02/2011/QH13 hết hiệu lực": the amending laws describe
      // the one before them; the list goes on after the last of them (the one joined by "và") with a comma.
      if (AMENDED_BY_RE.test(g)) {
        let j = i;
        // An amender is never older than what it amended: "Pháp lệnh … số 02/2008/PL-UBTVQH12 đã được sửa đổi, bổ sung một số
        // điều theo Pháp lệnh số 01/2018/UBTVQH14, Pháp lệnh Động viên công nghiệp số 09/2003/PL-UBTVQH11 hết hiệu lực"
        // lists the 2003 ordinance as one more subject.
        const amendedYear = prev.citation.year;
        const older = (k: number) => amendedYear != null && list[k]!.citation.year != null && list[k]!.citation.year! < amendedYear;
        // (…and so is one named by its own name after a comma, where the amenders were numbers alone: "… theo Pháp lệnh số
        // 15/2011/PL-UBTVQH12, Pháp lệnh tổ chức Viện kiểm sát quân sự số 05/2002/PL-UBTVQH11 hết hiệu lực".)
        // (The engine may have read the name and its number as one citation: "Pháp lệnh tổ chức Viện kiểm sát quân sự số 05/2002/…".)
        const namedNext = (k: number, gap: string) => BARE_AMENDER_RE.test(list[k - 1]!.citation.text) && (
          (NUMBER_AFTER_NAME_RE.test(list[k]!.citation.text) && NAMED_AFTER_COMMA_RE.test(gap))
          // (Not in an amending clause: "ban hành Luật sửa đổi, bổ sung một số điều của Luật … số 14/2008/QH12 đã được sửa đổi, bổ sung
          // một số điều theo Luật số 32/2013/QH13, Luật thuế tiêu thụ đặc biệt số 27/2008/QH12, …" names laws it amends and laws it
          // repeals in part, which its articles tell apart.)
          || (!describesAmenders && NAMED_LAW_RE.test(list[k]!.citation.text) && list[k]!.citation.number !== null && /^[ \n]*,[ \n]*$/u.test(gap)));
        const gapAfter = (k: number) => t.slice(list[k]!.end, list[k + 1]!.start);
        while (j + 1 < list.length && !older(j + 1)) {
          const gap = gapAfter(j);
          if (!/^[ \n]*,[ \n]*$/u.test(gap) || namedNext(j + 1, gap)) break;
          j++;
        }
        const nextGap = j + 1 < list.length ? gapAfter(j) : '';
        if (j + 1 < list.length && (older(j + 1) || namedNext(j + 1, nextGap)) && /^[ \n]*,/u.test(nextGap) && isCoGap(NUMBER_AFTER_NAME_RE.test(list[j + 1]!.citation.text) ? nextGap.replace(NAME_BEFORE_NUMBER_RE, '') : nextGap)) {
          x = list[j + 1]!;
          g = NUMBER_AFTER_NAME_RE.test(x.citation.text) ? nextGap.replace(NAME_BEFORE_NUMBER_RE, '') : nextGap;
          i = j + 1;
        } else {
        if (j + 2 >= list.length || !/^[ \n]*,?[ \n]*và[ \n]*$/u.test(nextGap)) break;
        const lastAmender = list[j + 1]!;
        x = list[j + 2]!;
        g = t.slice(lastAmender.end, x.start);
        // (The next subject named by its own name: "… và Luật số 63/2010/QH12, Luật bầu cử đại biểu Hội đồng nhân dân số 12/2003/QH11 …".)
        if (namedNext(j + 2, g)) g = g.replace(NAME_BEFORE_NUMBER_RE, '');
        if (!/^[ \n]*,/u.test(g) || !isCoGap(g)) break;
        // "… theo Luật Du lịch số 09/2017/QH14, … và Luật Giá số 16/2023/QH15, Luật Giao dịch điện tử số 20/2023/QH15 như sau:":
        // the last before the new wording is one more amender, not a document amended.
        if (/^[ \n]*như[ \n]+sau/u.test(t.slice(x.end, x.end + 20))) break;
        i = j + 2;
        }
      }
      // "… số 47/2014/QH13, Luật số 51/2019/QH14 sửa đổi, bổ sung một số điều của Luật … số 47/2014/QH13": a law that
      // amended a document already listed describes it; it is not one more document amended. (What ends or is
      // repealed takes its amending texts with it: "Thông tư số 04/2013/TT-NHNN … và Thông tư số 21/2016/TT-NHNN
      // sửa đổi, bổ sung một số điều của Thông tư số 04/2013/TT-NHNN hết hiệu lực".)
      const after = list[i + 1];
      if (describesAmenders && after && /^[ \n]*(?:sửa đổi|bổ sung)/iu.test(t.slice(x.end, after.start)) && out.some((o) => targetKey(o.cit.citation) === targetKey(after.citation))) break;
      let titled = isCoGap(g) ? null : titledCoGap(g, x.citation) ?? titledCommaGap(g, prev.citation, x.citation);
      // "… Thông tư số 15/2020/TT-BGDĐT … của Bộ trưởng … và các Thông tư sửa đổi, bổ sung: Thông tư số 05/2021/TT-BGDĐT …, Thông tư
      // số 06/2023/TT-BGDĐT …": the texts that amended the one before are listed with it.
      if (titled === null && !isCoGap(g) && g.length <= MAX_GAP && AMENDERS_LEAD_RE.test(g)) titled = '';
      // "… quy định chi tiết … của Luật thuế thu nhập doanh nghiệp và Điều 2, Điều 3 Nghị định số 92/2013/NĐ-CP": a law named
      // inside the title before is the title's, not one more document; the list goes on to the numbered one after it.
      // (…also when the text numbers that law elsewhere, and its name stands for that citation.)
      // (…and so is the document an amending decree in the list amends, when the list named it before: "thay thế cho các Nghị định
      // số 79/2002/NĐ-CP …, Nghị định số 81/2008/NĐ-CP … về việc sửa đổi, bổ sung một số điều của Nghị định số 79/2002/NĐ-CP …,
      // Nghị định số 16/2001/NĐ-CP …"; not "Điều 6 Thông tư số 119/2014/TT-BTC … sửa đổi, bổ sung một số điều của Thông tư số
      // 78/2014/TT-BTC …, Thông tư số 111/2013/TT-BTC …", where all after "của" are the title's.)
      if (!isCoGap(g) && titled === null && (x.citation.form === 'name' || x.byName === true || (AMENDED_IN_TITLE_RE.test(g) && out.some((o) => targetKey(o.cit.citation) === targetKey(x.citation)))) && list[i + 1]) {
        const next = list[i + 1]!;
        const g2 = t.slice(prev.end, next.start);
        const titled2 = titledCoGap(g2, next.citation) || null;
        // (Only when parts follow the "và": "… thi hành Luật Thuế giá trị gia tăng và Nghị định số 209/2013/NĐ-CP" is all title.)
        // (…or when what follows the "và" is a numbered document of the type before: "Thông tư số 22/2023/TT-BKHCN … quy định
        // chi tiết … của Luật Thi đua, khen thưởng trong lĩnh vực khoa học và công nghệ và Thông tư số 17/2024/TT-BTTTT …".)
        const sameType = next.citation.form === 'full' && next.citation.number !== null && next.citation.docType !== null && next.citation.docType === prev.citation.docType;
        // (…or a comma: "Thông tư số 15/2023/TT-BNV … của Luật Thi đua, khen thưởng đối với ngành Nội vụ, Thông tư số 16/2023/TT-BLĐTBXH …".)
        const listed = sameType && /(?:[ \n]và|,)[ \n]*$/u.test(t.slice(x.end, next.start)) && g2.length <= MAX_GAP && !/[;:.]/u.test(g2);
        if (titled2 !== null || listed) {
          i++;
          x = list[i]!;
          g = g2;
          titled = titled2 ?? '';
        }
      }
      if (!isCoGap(g) && titled === null) break;
      const partGap = titled ?? g.replace(re(`^[^,;]*?(?:,|;|và)`), '');
      out.push({ cit: x, gap: partGap });
      prev = x;
    }
    return out;
  };

  /**
   * Where the subjects' words start: "Điều 1 Nghị định số 07/2022/NĐ-CP …" opening a clause is a part of that decree,
   * not an article heading (which the clause's lead drops), when the document follows the number at once.
   */
  const wordsFrom = (k: number, lead: number): number => {
    const head = /^[ \n]*Điều[ \n]\d+[a-zđ]?[ \n]+/u.exec(t.slice(cls[k]!.start, cls[k]!.end));
    return head && inRange(cls[k]!.start, cls[k]!.end)[0]?.start === cls[k]!.start + head[0].length ? cls[k]!.start + head[0].search(/Điều/u) : lead;
  };
  /**
   * A short piece of a title that ran over ";" ("… trong lĩnh vực lâm nghiệp; bảo vệ và kiểm dịch thực vật; thú y; chăn nuôi hết hiệu lực"),
   * or a longer one that goes on in lower case ("Thông tư số 28/2018/TT-BLĐTBXH … dạy trình độ cao đẳng; mẫu và quy chế quản lý, cấp
   * chứng chỉ nghiệp vụ sư phạm dạy trình độ trung cấp, dạy trình độ cao đẳng hết hiệu lực"): an item of a list opens with a capital.
   */
  const titlePiece = (from: number, to: number) => (to - from < 80 || (to - from < 200 && /^[ \n]*\p{Ll}/u.test(t.slice(from, from + 8)))) && inRange(from, to).length === 0;
  /** A list the clause before opened; `subItems` while its item has dashes of its own below it. */
  let pending: { kind: StatedRelationKind; lead: Clause; marker?: string; subItems?: boolean } | null = null;
  /** The document an article of an amending text amends ("Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số …"): its items name parts of it without naming it again. */
  let amended: { article: string | null; cit: Cit } | null = null;
  /** The same for a numbered item of an article that amends several documents ("1. Sửa đổi, bổ sung một số điều của Bộ luật Tố tụng hình sự số 101/2015/QH13 …:"), until the next item. */
  let itemAmended: { article: string | null; cit: Cit } | null = null;
  /**
   * The same for a chapter of an amending decree titled with the one document it amends ("Chương I" / "SỬA ĐỔI, BỔ SUNG
   * MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ" / "96/2024/NĐ-CP …"): its articles ("Điều 1. Sửa đổi, bổ sung Điều 3" / "Bãi bỏ khoản 2.")
   * name parts of it, until the next chapter.
   */
  let chapterAmended: Cit | null = null;
  /**
   * The one document a text amends, when its title and preamble name one and no other ("Thông tư sửa đổi, bổ sung một số
   * điều của Thông tư số 29/2020/TT-BTC …"): its articles' bare "8. Bãi bỏ khoản 1, khoản 2 Điều 4, …" name parts of it
   * (not those that name the text itself: "Bãi bỏ khoản 3 Điều 2 Thông tư này").
   */
  const firstArticle = c.heads[0]?.at ?? t.length;
  const firstHeadEnd = c.heads[0] ? (t.indexOf('\n', firstArticle) + 1 || t.length + 1) - 1 : t.length;
  const docAmended = (at: number, gap: string): { article: string | null; cit: Cit } | null => {
    // Only parts, as an amending article's items name them: a table's "thay thế cho công trình …" names none.
    if (at < firstArticle || SELF_IN_RE.test(gap) || !isPartWords(gap.replace(/[.;:][ \n]*$/u, ''))) return null;
    // (…and the first article's heading, which a text printed without its title opens on: "Điều 1. Sửa đổi, bổ sung một số
    // điều của Luật các tổ chức tín dụng:" names the law that "Điều 2. 1. Bãi bỏ các điều 6, 7, 8, …" repeals parts of.)
    const titled = relations.filter((r) => r.kind === 'amends' && r.start < firstArticle);
    const before = titled.length > 0 ? titled : relations.filter((r) => r.kind === 'amends' && r.start <= firstHeadEnd);
    const keys = new Set(before.map((r) => targetKey(r.target)));
    if (keys.size !== 1) return null;
    const cit = cits.find((x) => x.index === before[0]!.citation);
    return cit ? { article: null, cit } : null;
  };
  const quotes = c.quotes;
  let qi = 0;
  /** The clause before was only a page break, inside a pending list. */
  let afterBreak = false;
  /** The pending list's last item ran past its clause without a closing "." or ";" (a blank line or a page cut it). */
  let openItem = false;
  /** Where a pending list's item of parts began, while its ";"-cut pieces run on to the document ("b) Khoản 6 Điều 1;" / …). */
  let partsItem: number | null = null;
  /** An item of a pending list as evidence: the list's lead, then the item's words from `from` to `to`. */
  const itemEvidence = (lead: Clause, from: number, to: number): Evidence => {
    const ev = evidence(c, lead.start, to);
    ev.sentence = `${evidence(c, lead.start, lead.end).sentence} ${evidence(c, from, to).sentence}`;
    return ev;
  };
  for (let ci = 0; ci < cls.length; ci++) {
    const cl = cls[ci]!;
    const { at, s } = body(t, cl);
    const article = articleAt(c.heads, at);
    while (qi < quotes.length && quotes[qi]![1] <= cl.start) qi++;
    // (A numbered line inside the quoted new wording is the amended text's, not the next item.)
    const quoted = qi < quotes.length && quotes[qi]![0] < cl.start;
    if (amended && amended.article !== article) amended = null;
    if (itemAmended && (itemAmended.article !== article || (!quoted && /^[ \n]*\d+[.)][ \n]/u.test(t.slice(cl.start, cl.end))))) itemAmended = null;
    if (!quoted && /^[ \n]*Chương[ \n]+[IVXLC\d]+[ \n]*$/u.test(t.slice(cl.start, cl.end))) {
      // Its title: the lines in capitals that follow.
      let k = ci + 1;
      while (k < cls.length && isAllCapsLine(t.slice(cls[k]!.start, cls[k]!.end).trim())) k++;
      const titleFrom = cls[ci + 1]?.start ?? cl.end;
      const titleTo = k > ci + 1 ? cls[k - 1]!.end : titleFrom;
      // The numbered documents it names: "… CỦA NGHỊ ĐỊNH SỐ 96/2024/NĐ-CP … QUY ĐỊNH CHI TIẾT … CỦA LUẬT KINH DOANH BẤT ĐỘNG SẢN" names one.
      const named = inRange(titleFrom, titleTo).filter((x) => x.citation.form === 'full' && x.citation.number && !x.byName);
      const keys = new Set(named.map((x) => targetKey(x.citation)));
      // (…or the one right after "CỦA", the others in its title: "… CỦA" / "THÔNG TƯ SỐ 13/2014/TT-NHNN HƯỚNG DẪN VIỆC CHO VAY
      // THEO QUYẾT ĐỊNH SỐ 68/2013/QĐ-TTG …".)
      const first = named[0] && /của(?:[ \n]+(?:[\p{L} ]{2,25}[ \n]+)?số)?[ \n]*$/iu.test(t.slice(titleFrom, named[0].start)) ? named[0] : null;
      chapterAmended = (keys.size === 1 || first) && /sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ/iu.test(t.slice(titleFrom, titleTo)) ? named[0]! : null;
    }
    if (pending) {
      // A page break before an item (a Công báo page's running head and number, a scan's marker) does not end the list.
      const from = cl.start + (PAGE_BREAK_LEAD_RE.exec(t.slice(cl.start, cl.end))?.[0].length ?? 0);
      const raw = t.slice(from, cl.end);
      if (raw.trim() === '') { afterBreak = true; continue; }
      // …nor do the last words of the item the page cut ("Tài chính)." after "--- PAGE BREAK ---").
      const cut = from > cl.start || afterBreak;
      afterBreak = false;
      const mk = ITEM_MARKER_RE.exec(raw.trim())?.[0];
      const closed = /[.;][ \n]*$/u.test(raw);
      if (cut && raw.trim().length <= 40 && mk === undefined && inRange(from, cl.end).length === 0) continue;
      // An item of parts cut by its own ";" runs on to the document they belong to: "b) Khoản 6 Điều 1;" / "cụm từ “…” tại
      // khoản 1 Điều 2;" / "cụm từ “…” tại khoản 2 Điều 2 Thông tư 03/2024/TT-NHNN …;".
      if (partsItem !== null && mk === undefined) {
        const more = governed(from, cl.end);
        if (more.length > 0) {
          add(make(pending.kind, itemEvidence(pending.lead, partsItem, cl.end), more[0]!.cit, t.slice(partsItem, more[0]!.cit.start)));
          partsItem = null;
          openItem = !closed;
          continue;
        }
        if (/;[ \n]*$/u.test(raw) && inRange(from, cl.end).length === 0 && cl.end - partsItem < 600) continue;
        partsItem = null;
      }
      // "e) Điều 1 Thông tư số 93/2017/TT-BTC … của" / "" / "Bộ trưởng Bộ Tài chính sửa đổi, bổ sung …": the rest of the item.
      if (mk === undefined && openItem) {
        openItem = !closed;
        continue;
      }
      // …nor a title's own ";" inside an item: "a) Thông tư số 288/2016/TT-BTC … phí thẩm định chương trình nghệ thuật biểu
      // diễn; phí thẩm định nội dung chương trình …" (the rest opens in lower case and names no document).
      if (mk === undefined && t[cls[ci - 1]!.end - 1] === ';' && /^[ \n]*\p{Ll}/u.test(raw) && inRange(from, cl.end).length === 0) {
        openItem = !closed;
        continue;
      }
      // …nor a title's own ";" before a piece that names what the item's document guides, when the next line is the list's next
      // item: "a) Thông tư số 156/2013/TT-BTC … hướng dẫn thi hành một số điều của Luật quản lý thuế; Luật sửa đổi, bổ sung một số
      // điều của Luật quản lý thuế và Nghị định số 83/2013/NĐ-CP …;" / "b) Thông tư số 99/2016/TT-BTC …".
      // (A piece after an item's own ";", in a marked list: the rest of its title, or one more document of the item.)
      const afterItemSemicolon = mk === undefined && pending.marker !== undefined && t[cls[ci - 1]!.end - 1] === ';';
      const opensOnDocument = NUMBERED_DOC_AT_RE.test(raw.trim());
      if (afterItemSemicolon && !opensOnDocument && ci + 1 < cls.length) {
        const next = t.slice(cls[ci + 1]!.start, cls[ci + 1]!.end).trim();
        const nextMk = ITEM_MARKER_RE.exec(next)?.[0];
        if (nextMk !== undefined && markerClassOf(nextMk) === pending.marker && !OWN_VERB_RE.test(next.slice(nextMk.length))) {
          openItem = !closed;
          continue;
        }
      }
      openItem = !closed;
      // The list's items share a kind of marker, and none has a verb of its own: "2. Thông tư này thay thế:" / "a) …" / "b) …" /
      // "3. Bãi bỏ quy định tại Điều 2 Thông tư số …" is the next point, not a third item.
      const markerClass = markerClassOf(mk);
      if (mk !== undefined && pending.marker === undefined) pending.marker = markerClass!;
      const unmarked = mk === undefined && pending.marker === undefined && UNNUMBERED_LEAD_RE.test(t.slice(pending.lead.start, pending.lead.end)) && opensOnDocument;
      // One more document of the item its own ";" cut: "d) Nghị định số 09/CP …; Nghị định số 69/2000/NĐ-CP … sửa đổi, bổ sung một
      // số điều của Nghị định số 09/CP …;" / "đ) …" (a decree listed with the decree that amended it).
      const sameItem = afterItemSemicolon && opensOnDocument;
      const item = unmarked || sameItem || (mk !== undefined && pending.marker === markerClass && !OWN_VERB_RE.test(raw.trim().slice(mk.length)));
      // Dashes under a lettered or numbered item, naming no document, are that item's own list ("a) … Phụ lục I, II, III …,
      // gồm:" / "- Phụ lục I - Danh mục báo cáo thống kê …" / "b) …"): the list goes on after them.
      // (…with the pieces their own ";" cut: "- Phụ lục I - …: các biểu về Lao động - Việc làm, ký hiệu LĐVL;" / "Người có công, ký hiệu NCC;".)
      if (!item && markerClass === 'dash' && pending.marker !== undefined && pending.marker !== 'dash' && inRange(from, cl.end).length === 0) {
        pending.subItems = true;
        continue;
      }
      if (pending.subItems && mk === undefined && inRange(from, cl.end).length === 0) continue;
      pending.subItems = false;
      // From right after the item's numbering: "d) Điều 6 của Luật … số 27/2008/QH12" names Điều 6, which the lead (read as an article heading) would drop.
      const itemAt = from + (/^[ \n]*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+•])[ \n]*/u.exec(raw)?.[0].length ?? 0);
      // (An item that opens on a list of articles, "a) Điều 1, Điều 2, … và Điều 16 Thông tư số …", names parts too; the
      // article's number is read whole, or "Điều 69, Luật …" would pass for an article heading "Điều 6".)
      const targets = item && !/^Điều[ \n]\d+[a-zđ]?(?![\d\p{L}])(?![ \n]*,|[ \n]+và[ \n])/u.test(s) ? governed(Math.min(itemAt, at), cl.end) : [];
      // An item of a list of rules repealed or replaced that names them by their subject and where they stand: "a) Hệ thống
      // biểu mẫu, nội dung biểu mẫu thống kê tại Phụ lục I, II, III ban hành kèm theo Thông tư số 02/2025/TT-BLĐTBXH …",
      // "b) Mục II - Báo cáo về lĩnh vực công chức, viên chức, Phụ lục số 2, Thông tư số 07/2021/TT-BNV …": parts of that document.
      if (targets.length === 0 && item && (pending.kind === 'repeals' || pending.kind === 'replaces')) {
        const first = inRange(itemAt, cl.end)[0];
        const named = first ? t.slice(itemAt, first.start) : '';
        if (first && first.citation.form === 'full' && first.citation.number && named.length <= MAX_GAP && !/[.;:“”]/u.test(named) && NUMBERED_PART_NAMED_RE.test(named)) {
          targets.push({ cit: first, gap: named });
        }
      }
      // An item naming a document the reader cannot place ("… số 14/2008/QH12" cut from its name) keeps the list going.
      // (…and so does one whose number the engine cannot read, as a symbol typed with look-alike letters: "Thông tư số
      // 67/2022/TT-BТС" with a Cyrillic "ТС".)
      if (targets.length === 0 && item && (inRange(at, cl.end).length > 0 || NUMBERED_DOC_RE.test(s))) continue;
      if (targets.length === 0 && item && /;[ \n]*$/u.test(raw) && isPartWords(t.slice(itemAt, cl.end).replace(/;[ \n]*$/u, ''))) {
        partsItem = itemAt;
        continue;
      }
      if (targets.length === 0) {
        pending = null;
        partsItem = null;
        openItem = false;
      } else {
        const ev = itemEvidence(pending.lead, cl.start, cl.end);
        // "Bãi bỏ một số cụm từ tại các Thông tư sau:": words removed amend a document.
        // (…and so do "Bỏ từ “quy hoạch,” tại các điều, khoản, điểm của các luật sau đây:".)
        const words = WORDS_RE.test(body(t, pending.lead).s) && (pending.kind === 'repeals' || pending.kind === 'replaces');
        for (const { cit, gap } of targets) add(make(words ? 'amends' : pending.kind, ev, cit, gap));
        continue;
      }
    }
    if (PREAMBLE_RE.test(s)) continue;
    KEYWORD_RE.lastIndex = 0;
    for (let m = KEYWORD_RE.exec(s); m; m = KEYWORD_RE.exec(s)) {
      const kw = kindOf(m.groups ?? {});
      const kwAt = at + m.index;
      const kwEnd = kwAt + m[0].length;
      const before = t.slice(at, kwAt).trim();
      // Built only when a relation is kept: most keyword matches are not.
      const ev = (): Evidence => evidence(c, cl.start, cl.end);
      if (kw === 'ends') {
        // "<văn bản> hết hiệu lực": the documents named before the verb, with the parts named before them.
        if (SELF_ONLY_RE.test(before)) continue;
        // "chấm dứt hiệu lực" also ends permits and decisions in prose; it ends a document only in the text's own article on
        // effect ("Điều 58. Hiệu lực thi hành" / "3. Điều 25 Nghị định số 55/2024/NĐ-CP … chấm dứt hiệu lực kể từ …").
        // (Nor "… trước khi chấm dứt hiệu lực mã số thuế": an object after the verb is what ends.)
        // "Chấm dứt hiệu lực của Quyết định số 243/QĐ-UBND … kể từ ngày Quyết định này có hiệu lực.": a clause that opens
        // with the verb names what ends after it.
        const objectAfter = before === '' && /^(?:[ \n]+thi[ \n]hành)?[ \n]+(?:của|đối[ \n]với)[ \n]/iu.test(t.slice(kwEnd, kwEnd + 40));
        if (/^chấm/iu.test(m[0]) && (!underEffectHeading(c, cl) || (!objectAfter && !/^(?:[ \n]+thi[ \n]hành)?(?:[ \n]*[,.;:]|[ \n]+(?:kể|từ|các|đối|vào|sau|khi|đến)(?![\p{L}]))/iu.test(t.slice(kwEnd, kwEnd + 40))))) continue;
        // "… Luật thanh tra số 56/2010/QH12 …, đã hết hiệu lực": what a cited text underwent, not what this one does.
        if (/đã[ \n]*$/iu.test(before)) continue;
        if (objectAfter) {
          const after = governed(kwEnd, cl.end);
          for (const { cit, gap } of after) add(make('ends-effect', ev(), cit, gap));
          if (after.length > 0) break;
        }
        const targets = governed(wordsFrom(ci, at), kwAt);
        let from = cl.start;
        // "2. Nghị định số A …; Điểm a Mục 4 Nghị quyết số B … hết hiệu lực": the list runs back over ";", and over the
        // pieces of a title that has its own ";" when the verb's clause names no document.
        for (let k = ci - 1; (targets.length > 0 || titlePiece(at, kwAt)) && k >= 0 && t[cls[k]!.end - 1] === ';'; k--) {
          const prev = body(t, cls[k]!);
          if (/hiệu[ \n]lực|bãi[ \n]bỏ|thay[ \n]thế/iu.test(prev.s)) break;
          // "2. Luật Xây dựng số 50/2014/QH13 đã được sửa đổi, bổ sung một số Điều theo Luật số 03/2016/QH14; Luật số 35/2018/QH14;
          // …; Luật số 95/2025/QH15 hết hiệu lực": the pieces after "được sửa đổi … theo" name its amenders, which end with it.
          // Those are numbers alone; a law named after them is one more that ends ("… theo Luật số 35/2018/QH14; Luật An ninh mạng số
          // 24/2018/QH14 hết hiệu lực"), unless the amenders stand in brackets ("Luật Thi hành án dân sự … (đã được sửa đổi, bổ sung
          // một số điều theo các Luật sau đây …; Luật Cạnh tranh ngày 12 tháng 6 năm 2018; Luật Đất đai …) hết hiệu lực").
          const by = AMENDED_BY_AT_RE.exec(prev.s);
          if (by) {
            const bracketed = prev.s.lastIndexOf('(', by.index) > prev.s.lastIndexOf(')', by.index);
            const named = bracketed ? [] : targets.filter(({ cit }) => !BARE_AMENDER_RE.test(cit.citation.text));
            const subject = governed(wordsFrom(k, prev.at), prev.at + by.index);
            targets.splice(0, targets.length, ...subject, ...named);
            if (subject.length > 0) from = cls[k]!.start;
            break;
          }
          const more = governed(wordsFrom(k, prev.at), cls[k]!.end);
          if (more.length === 0) {
            if (titlePiece(prev.at, cls[k]!.end) && !/^[ \n]*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\))/u.test(t.slice(cls[k]!.start, cls[k]!.end))) continue;
            break;
          }
          targets.unshift(...more);
          from = cls[k]!.start;
        }
        // "4. Thông tư số 19/2016/TT-NHNN …, được sửa đổi, bổ sung bởi: Thông tư số 30/2016/TT-NHNN … sửa đổi, bổ sung …; Thông tư
        // số 26/2017/TT-NHNN … sửa đổi, bổ sung một số điều của Thông tư số 19/2016/TT-NHNN … hết hiệu lực": the texts listed after
        // "được sửa đổi, bổ sung bởi:" that amended it are its history, not more texts that end.
        const amendedBy = AMENDED_BY_LIST_RE.exec(t.slice(from, kwAt));
        if (amendedBy) {
          const leadAt = from + amendedBy.index;
          const kept = targets.filter(({ cit }, i) => cit.start < leadAt || !/sửa[ \n]đổi|bổ[ \n]sung/iu.test(t.slice(cit.end, targets[i + 1]?.cit.start ?? kwAt)));
          targets.splice(0, targets.length, ...kept);
        }
        // "Những chỉ tiêu phân công cho Tổng cục Thống kê … quy định tại Thông tư số 05/2017/TT-BKHĐT ngày 30/11/2017 của Bộ
        // trưởng Bộ Kế hoạch và Đầu tư hết hiệu lực kể từ …": what one document provides ends, in the text's article on effect.
        const provided = targets.length === 0 ? inRange(at, kwAt) : [];
        if (provided.length === 1 && PROVIDED_AT_RE.test(t.slice(at, provided[0]!.start)) && DATE_ISSUER_ONLY_RE.test(t.slice(provided[0]!.end, kwAt)) && underEffectHeading(c, cl)) {
          add(make('ends-effect', ev(), provided[0]!, t.slice(at, provided[0]!.start).trim()));
        } else if (targets.length > 0) {
          const evs = from === cl.start ? ev() : evidence(c, from, cl.end);
          for (const { cit, gap } of targets) add(make('ends-effect', evs, cit, gap));
        } else if (ENDS_INCLUDING_RE.test(t.slice(kwEnd, cl.end))) {
          // "Các quy định của Ngân hàng Nhà nước … về lãi suất cho vay … hết hiệu lực thi hành, bao gồm: Thông tư số 07/2010/TT-NHNN
          // …; quy định về lãi suất cho vay theo Quyết định số 16/2008/QĐ-NHNN …; Quyết định số 33/2008/QĐ-NHNN …": what ends is
          // listed after the verb, an item to each ";" of the paragraph, the first numbered document of each item.
          const from = kwEnd + ENDS_INCLUDING_RE.exec(t.slice(kwEnd, cl.end))![0].length;
          for (const it of listedAfterLead(from, ci)) add(make('ends-effect', evidence(c, cl.start, it.end), it.cit, isPartWords(it.gap) ? it.gap : ''));
        } else if (LIST_LEAD_RE.test(t.slice(at, cl.end)) && inRange(at, cl.end).length === 0) {
          pending = { kind: 'ends-effect', lead: cl };
          openItem = false;
        }
        break;
      }
      // The passive with the new wording below: "Khoản 1 Điều 25 của Thông tư 02/2013/TT-NHNN được sửa đổi như sau:".
      // (Not "đã được sửa đổi", nor "được sửa đổi bởi …": what a cited text underwent.)
      if (kw === 'amends' && /(?<!đã[ \n]*)được[ \n]*$/iu.test(before) && /^[ \n]*(?:như[ \n]sau)?[ \n]*:/u.test(t.slice(kwEnd, cl.end))) {
        const targets = governed(at, kwAt);
        const word = m[0].toLowerCase();
        for (const { cit, gap } of targets) add(make('amends', ev(), cit, gap, { amends: /sửa/u.test(word), supplements: /sung/u.test(word) }));
        break;
      }
      // The passive, what is named before the verb its subject:
      // - "2. Thông tư số 22/2023/TT-BKHCN … và Thông tư số 17/2024/TT-BTTTT … sẽ bị bãi bỏ kể từ ngày Thông tư này có hiệu lực.": in
      //   the text's article on effect, with its time, it repeals (not "đã bị bãi bỏ": what a cited text underwent);
      // - "… các quy định của Luật xây dựng về quy hoạch xây dựng các đô thị … được thay thế bằng các quy định của Luật này.":
      //   replaced by the text itself, it replaces;
      // - "… các quy định trong Nghị định số 50/CP ngày 26 tháng 7 năm 1995 … trái với Nghị định này đều bãi bỏ.": what in a named
      //   text contradicts this one is repealed, a part of it (the same clause naming no text repeals nothing named).
      const contradicting = kw === 'repeals' ? CONTRADICTING_RE.exec(before) : null;
      let passive: { kind: StatedRelationKind; parts?: string } | null = null;
      if (kw === 'repeals' && /(?:^|[ \n])(?:sẽ[ \n]+)?bị[ \n]*$/iu.test(before) && !/đã[ \n]+bị[ \n]*$/iu.test(before) && underEffectHeading(c, cl) && /^[ \n]*(?:[.;]|(?:kể[ \n]+)?từ[ \n])/iu.test(t.slice(kwEnd, cl.end))) passive = { kind: 'repeals' };
      else if (kw === 'replaces' && /(?<!đã[ \n]*)được[ \n]*$/iu.test(before) && SELF_AFTER_BY_RE.test(t.slice(kwEnd, cl.end))) passive = { kind: 'replaces' };
      else if (contradicting) passive = { kind: 'partly-repeals', parts: `các quy định ${contradicting[1]!.replace(/[ \n]+/g, ' ')}` };
      if (passive) {
        const targets = governed(wordsFrom(ci, at), kwAt);
        for (const { cit, gap } of targets) {
          // "các quy định của Luật xây dựng về quy hoạch xây dựng các đô thị … được thay thế": the rules on one subject, a part.
          const subject = passive.kind === 'replaces' && PROVISIONS_OF_RE.test(gap) ? /^[ \n]*(về[ \n][^]*?)[ \n]*được[ \n]*$/u.exec(t.slice(cit.end, kwAt)) : null;
          const parts = subject ? `các quy định ${subject[1]!.replace(/[ \n]+/g, ' ')}` : passive.parts;
          add(make(passive.kind, ev(), cit, gap, { parts }));
        }
        if (targets.length > 0) break;
      }
      if (/(?:được|bị|đã|chưa)[ \n]*$/iu.test(before)) continue;
      // …also when a title in capitals is cut between its lines: "… ĐƯỢC SỬA ĐỔI," / "BỔ SUNG MỘT SỐ ĐIỀU TẠI NGHỊ ĐỊNH SỐ 159/2024/NĐ-CP".
      if (before === '' && /(?:được|bị|đã)[ \n]+sửa[ \n]+đổi,?[ \n]*$/iu.test(t.slice(Math.max(0, at - 40), at))) continue;
      // (…or the type word alone in the text's article on effect: "2. Thông tư thay thế Thông tư số 21/2018/TT-BNNPTNT …".)
      // (Not "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh … hết hiệu lực": an amending text's name.)
      if (!SELF_SUBJECT_RE.test(before.replace(/\n/g, ' ')) && !(BARE_TYPE_RE.test(before) && (kw === 'replaces' || kw === 'repeals') && underEffectHeading(c, cl))) continue;
      // "hướng dẫn", "quy định chi tiết" are the document's own only in its title or after "<Loại> này".
      if ((kw === 'guides' || kw === 'details') && before === '' && kwAt > headerEnd) continue;
      const targets = governed(kwEnd, cl.end, kw === 'amends');
      const gapWords = t.slice(kwEnd, targets[0]?.cit.start ?? cl.end);
      // The verbs between: not those of a law's name ("Bãi bỏ Điều 8 của Luật sửa đổi, bổ sung một số điều của 37 luật … số 35/2018/QH14").
      // (…nor the names of parts in brackets: "Thay thế Mẫu số 03 (Chứng thư xuất khẩu khai bổ sung) … của Thông tư số …".)
      const verbWords = (targets[0]?.gap ?? gapWords).replace(/\([^()]*\)/gu, ' ');
      // A part replaced by the text's own ("1. Thay thế Mẫu số 01 tại điểm a khoản 2 Điều 6 bằng Mẫu số 01 Phụ lục ban hành kèm
      // theo Thông tư này."): the part is what comes before "bằng"; the text named after it is the new one, not the target.
      const replaced = kw === 'replaces' && !WORDS_RE.test(gapWords) ? gapWords.replace(/[ \n]bằng[ \n][^]*$/u, '') : gapWords;
      const replacedEnd = kwEnd + replaced.length;
      const within = itemAmended ?? amended ?? (chapterAmended ? { article, cit: chapterAmended } : null) ?? (LIST_LEAD_RE.test(t.slice(kwEnd, cl.end)) ? null : docAmended(kwAt, replaced));
      // (Not where the parts run on over ";" to a document of their own: "b) Bãi bỏ khoản 4 Điều 12; điểm c.4 khoản 1, khoản 2
      // Điều 14; Thông tư số 06/2021/TT-BTC …" repeals parts of that circular, read below.)
      // (…pieces without a marker or a verb of their own: "c) Bãi bỏ điểm c khoản 1 Điều 161;" / "2. Sửa đổi, bổ sung … của Bộ luật
      // … số 92/2015/QH13 như sau:" is the next item, not the document of the one before.)
      const runsToDocument = (): boolean => {
        if (t[cl.end - 1] !== ';') return false;
        const piece = (x: Clause) => !/^[ \n]*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+•])/u.test(t.slice(x.start, x.end)) && !OWN_VERB_RE.test(body(t, x).s);
        const last = cls[partsRunEnd(ci, piece)];
        return last !== undefined && piece(last) && governed(last.start, last.end).length > 0;
      };
      if (targets.length === 0 && within && (kw === 'repeals' || kw === 'replaces') && inRange(kwEnd, replacedEnd).length === 0 && (PARTS_NAMED_RE.test(replaced) || WORDS_RE.test(replaced)) && !runsToDocument()) {
        // "3. Bãi bỏ các điều 5 và 6." inside the article amending that document; words or a passage removed or
        // replaced ("Thay thế đoạn “…” bằng …", "Bãi bỏ cụm từ “…”") amend it.
        const named = replaced.replace(/[.;:]\s*$/u, '');
        const kind = WORDS_RE.test(gapWords) ? 'amends' : kw === 'repeals' ? 'partly-repeals' : 'replaces';
        add(make(kind, ev(), within.cit, / như sau$/u.test(named.trim()) ? named.trim().slice(0, -8) : named));
        break;
      }
      // "k) Đình chỉ các hoạt động quy định tại khoản 1 … Điều 9 của Luật …": a penalty a decree sets, not a law suspended.
      if (kw === 'suspends' && /quy[ \n]định[ \n]tại/iu.test(gapWords)) break;
      const documentsLead = targets.length === 0 && (kw === 'repeals' || kw === 'replaces') ? DOCUMENTS_LEAD_RE.exec(t.slice(kwEnd, cl.end)) : null;
      if (documentsLead) {
        // "Bãi bỏ các văn bản của Bảo hiểm xã hội Việt Nam: Điều 3 Quyết định số 1018/QĐ-BHXH …; Công văn số 4237/BHXH-TCKT …;
        // …": the documents listed after the colon, an item to each ";" of the paragraph, the first numbered document of each; an
        // item naming a part of it ("Điều 3 Quyết định số …") repeals that part.
        const from = kwEnd + documentsLead[0].length;
        for (const it of listedAfterLead(from, ci)) {
          const part = isPartWords(it.gap) && it.gap.trim() !== '';
          add(make(part && kw === 'repeals' ? 'partly-repeals' : kw, evidence(c, cl.start, it.end), it.cit, part ? it.gap.trim() : ''));
        }
        break;
      }
      if (targets.length === 0) {
        if ((kw === 'repeals' || kw === 'replaces' || kw === 'suspends') && inRange(kwEnd, cl.end).length === 0 && LIST_LEAD_RE.test(t.slice(kwEnd, cl.end))) {
          pending = { kind: kw, lead: cl };
          openItem = false;
          break;
        }
        // "3. Bãi bỏ các khoản 1, 2, 4 Điều 1; các khoản 1, 2, 3 Điều 3; Chương II, Chương V; … Phụ lục I, III và IV của Thông tư số
        // 42/2022/TT-BCT …": parts separated by ";" run on to the document they belong to.
        // (…and so do words removed or replaced in several places: "14. Bãi bỏ cụm từ “an toàn thông tin,” tại khoản 8 Điều 29;
        // cụm từ “an toàn thông tin và” tại khoản 2 và khoản 7 Điều 29 của Luật Hóa chất số 69/2025/QH15.", which amend it.)
        if ((kw === 'repeals' || kw === 'replaces') && t[cl.end - 1] === ';' && inRange(kwEnd, cl.end).length === 0 && isPartOrWords(t.slice(kwEnd, cl.end))) {
          const k = partsRunEnd(ci);
          const last = cls[k];
          const more = last ? governed(last.start, last.end) : [];
          // (A law the engine names only up to a function word, then its bare number — "… của Luật Đo đạc và bản đồ số
          // 27/2018/QH14" — is the document, not words between, as in governed().)
          const partsGap = more.length > 0 ? t.slice(kwEnd, more[0]!.cit.start) : '';
          const parts = more.length > 0 && NUMBER_AFTER_NAME_RE.test(more[0]!.cit.citation.text) ? partsGap.replace(NAME_BEFORE_NUMBER_RE, '') : partsGap;
          if (last && more.length > 0 && isPartOrWords(parts)) {
            // Words removed, then a verb of its own for the rest: "đ) Bãi bỏ cụm từ “Thanh tra,” tại điểm e khoản 2 Điều 5; bãi
            // bỏ Điều 7 của Luật Tần số vô tuyến điện …" amends that law and repeals a part of it, which its own clause says.
            const words = WORDS_RE.test(t.slice(kwEnd, cl.end));
            const ownVerb = words && OWN_VERB_RE.test(body(t, last).s);
            // Parts repealed, then words removed in the pieces after them: "h) Bãi bỏ Điều 50; cụm từ “…” tại khoản 5 Điều 52;
            // cụm từ “Thanh tra,” tại khoản 8 Điều 54 của Luật Đo lường số 04/2011/QH13" repeals a part and amends the law.
            // (Split at the ";" outside quotes: a phrase removed may hold its own, "cụm từ “thanh tra chuyên ngành …;”".)
            const pieces = parts.split(/;(?![^“”]*”)/u).map((p) => p.trim()).filter(Boolean);
            const isWords = (p: string) => WORDS_RE.test(p) || /^[“"]/u.test(p);
            if (!words && kw === 'repeals' && pieces.some(isWords) && !pieces.every(isWords)) {
              const ev = evidence(c, cl.start, last.end);
              add(make('partly-repeals', ev, more[0]!.cit, '', { parts: pieces.filter((p) => !isWords(p)).join('; ').replace(/[ \n]*(?:của|tại)$/u, '') }));
              add(make('amends', ev, more[0]!.cit, '', { parts: pieces.filter(isWords).join('; ').replace(/[ \n]*(?:của|tại)$/u, '') }));
              ci = k;
              break;
            }
            add(make(words ? 'amends' : kw, evidence(c, cl.start, last.end), more[0]!.cit, ownVerb ? t.slice(kwEnd, cls[k - 1]!.end).replace(/;[ \n]*$/u, '') : parts));
            if (!ownVerb) ci = k;
          }
        }
        break;
      }
      const word = m[0].toLowerCase();
      // "Thay thế, sửa đổi, bổ sung, bãi bỏ một số điều, cụm từ của …": several verbs, or words replaced, amend the document.
      const kind: StatedRelationKind = kw === 'replaces' || kw === 'repeals' ? (/sửa[ \n]đổi|b(?:ổ|ỗ|ồ|ô|o|d|ố)[ \n]?sung/iu.test(verbWords) || WORDS_RE.test(verbWords) || QUOTED_CONTENT_RE.test(gapWords) ? 'amends' : kw) : kw;
      let itemKind = kind;
      // Parts named for the whole list (SHARED_PARTS_RE), until a verb of its own starts another.
      let shared: string | null = null;
      for (const [i, { cit, gap }] of targets.entries()) {
        // "thay thế Thông tư số A … và bãi bỏ các Quyết định số B …, Quyết định số C": a verb after "và" governs the rest.
        const verb = i > 0 ? CO_VERB_RE.exec(gap) : null;
        if (verb) itemKind = /bãi/iu.test(verb[1]!) ? 'repeals' : /thay/iu.test(verb[1]!) ? 'replaces' : 'amends';
        if (verb) shared = null;
        const own = shared && !PARTS_NAMED_RE.test(gap) ? shared : gap;
        if (SHARED_PARTS_RE.test(gap)) shared = gap;
        const r = make(itemKind, ev(), cit, own, { amends: kind !== 'amends' || /sửa/u.test(word + gapWords), supplements: /sung/u.test(word + gapWords) });
        // Only the article's own heading says which document its items amend ("Điều 1. Sửa đổi, bổ sung một số điều của …"), or
        // repeal parts of ("Điều 4. Bãi bỏ một số điều của Thông tư số 36/2014/TT-NHNN …" / "Bãi bỏ điểm c khoản 1, khoản 5 Điều 29.").
        if ((r.kind === 'amends' || r.kind === 'partly-repeals') && targets.length === 1 && /^[ \n]*(?:Điều|Dieu)[ \n]\d/u.test(t.slice(cl.start, cl.end))) amended = { article, cit };
        // (…or, in a text whose conversion lost every "Điều N.", the heading's words alone on their line: " Sửa đổi, bổ sung một số
        // điều của Luật Bảo vệ môi trường", until the next such line.)
        else if (r.kind === 'amends' && targets.length === 1 && c.heads.length === 0 && headingAlone(t, cl, cit.end)) amended = { article, cit };
        // (…and an item that repeals part of one, its parts listed below: "3. Bãi bỏ một phần của Thông tư số … như sau:" /
        // "a) Bãi bỏ nội dung “…” quy định tại khoản 3 Điều 4;", words removed, which amend it.)
        else if ((r.kind === 'amends' || r.kind === 'partly-repeals') && targets.length === 1 && /^[ \n]*\d+[.)][ \n]/u.test(t.slice(cl.start, cl.end)) && /:[ \n]*$/u.test(t.slice(cl.start, cl.end))) itemAmended = { article, cit };
        if (r.kind === 'amends' && r.articles.length === 0 && kwAt > headerEnd) r.articles = amendedArticles(c, cl.end);
        // "1. Bãi bỏ Thông tư số 09/2015/TT-BYT, trừ các nội dung sau:": repealed but for what the exception keeps.
        const except = r.kind === 'repeals' && i === targets.length - 1 ? EXCEPT_RE.exec(t.slice(cit.end, cl.end)) : null;
        if (except) {
          add(make('partly-repeals', ev(), cit, gap, { parts: except[1]!.replace(/\s+/gu, ' ').replace(/[ ,]+$/u, '') }));
          continue;
        }
        add(r);
        // "Bãi bỏ, sửa đổi, bổ sung một số điều của Luật …": the verbs together say some of its parts are repealed too.
        if (r.kind === 'amends' && VERB_LIST_RE.exec(t.slice(kwAt, cit.start))?.[0].match(/bãi[ \n]bỏ/iu) && PARTS_NAMED_RE.test(gap) && !/cụm[ \n]từ/iu.test(gap) && !QUOTED_CONTENT_RE.test(gapWords)) add(make('partly-repeals', ev(), cit, gap));
      }
      // "… và thay thế Thông tư số A …; Thông tư số B …; Thông tư số C …": the list runs on past ";"
      // while each part opens with a document and says nothing of its own.
      if (kind === 'replaces' || kind === 'repeals') {
        for (let k = ci + 1; k < cls.length && t[cls[k - 1]!.end - 1] === ';'; k++) {
          const next = body(t, cls[k]!);
          if (/hiệu[ \n]lực|thay[ \n]th|bãi[ \n]bỏ|^(?:căn|theo)[ \n]/iu.test(next.s)) break;
          const more = governed(next.at, cls[k]!.end);
          if (more.length === 0) break;
          // (The part may open the clause as an article's heading would: "Bãi bỏ Điều 8 Nghị định số A; Điều 13 Nghị định số B; …".)
          for (const [i, { cit, gap }] of more.entries()) add(make(kind, evidence(c, cl.start, cls[k]!.end), cit, i === 0 ? t.slice(cls[k]!.start, cit.start) : gap));
        }
      }
      // "9. Thay thế cụm từ “…” bằng cụm từ “…” tại điểm b khoản 2 Điều 12 của Luật A số …; tại khoản 1 Điều 169 của Luật B số
      // …": the same words replaced or removed in the next document named after ";", which that amends too.
      if ((kw === 'replaces' || kw === 'repeals') && kind === 'amends' && /cụm[ \n]từ/iu.test(verbWords)) {
        for (let k = ci + 1; k < cls.length && t[cls[k - 1]!.end - 1] === ';'; k++) {
          const next = body(t, cls[k]!);
          // (…or at parts named first: "…; điểm h khoản 1 Điều 9, điểm b khoản 3 Điều 11 của Luật Thừa phát lại số 46/2024/QH15".)
          if (!/^(?:tại|cụm[ \n]từ|(?:điểm|khoản|Điều)[ \n][\dđa-z])/u.test(next.s)) break;
          const more = governed(next.at, cls[k]!.end);
          if (more.length === 0) break;
          for (const [i, { cit, gap }] of more.entries()) add(make('amends', evidence(c, cl.start, cls[k]!.end), cit, i === 0 ? t.slice(next.at, cit.start) : gap, { amends: true, supplements: false }));
        }
      }
      // "3. Thông tư này thay thế Thông tư số A … và bãi bỏ các quy định sau:" with the list below: a second verb after the
      // first one's documents, naming none of its own, opens the list.
      const tail = t.slice(targets[targets.length - 1]!.cit.end, cl.end);
      const second = SECOND_VERB_LIST_RE.exec(tail);
      if (second && inRange(cl.end - tail.length + second.index, cl.end).length === 0 && LIST_LEAD_RE.test(tail.slice(second.index))) {
        pending = { kind: /bãi/iu.test(second[1]!) ? 'repeals' : 'replaces', lead: cl };
        openItem = false;
      }
      break;
    }
  }
  relations.push(...appendixLists(c, cits));
  // A decision that publishes lists ("Về việc công bố Danh mục văn bản quy phạm pháp luật hết hiệu lực …", "… công bố kết quả
  // hệ thống hóa văn bản …"): its tables record what other texts did to each other; it repeals, replaces and amends nothing.
  if (PUBLISHES_LISTS_RE.test(t.slice(0, headerEnd))) return { effective, ends, relations: [] };
  return { effective, ends, relations: dedupe(relations) };
}

// (Its own title, under its type line: not a title it cites, "Về việc bổ sung nội dung tại Quyết định số 225/QĐ-BLĐTBXH … về việc
// công bố kết quả hệ thống hóa …".)
const PUBLISHES_LISTS_RE = re(`(?:quyết định|thông tư|nghị quyết)[ \\t]*\\n[ \\t]*(?:về việc|v/v)?[ \\t]*công bố (?:các )?(?:danh mục|kết quả (?:rà soát, )?hệ thống hóa) văn bản`);

function nameKey(name: string): string {
  // ("hàng hoá" and "hàng hóa": one name in either tone placement.)
  return modernTone(name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi'));
}

export function targetKey(c: Citation): string {
  // The year tells apart documents that share number and symbol (34/2016/TT-BLĐTBXH, 34/2019/TT-BLĐTBXH).
  if (c.number && c.symbol) return `${symbolKey(c.number, c.symbol)}|${c.year ?? c.date?.slice(0, 4) ?? ''}`;
  return `${c.docType}:${(c.name ?? c.number ?? c.text).toLowerCase()}`;
}

/**
 * The documents a text repeals by a list in its own appendix: "1. Bãi bỏ toàn bộ các văn bản quy phạm pháp luật … tại Phụ lục I
 * ban hành kèm theo Thông tư này." / … / "Phụ lục I" / "DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT BÃI BỎ TOÀN BỘ" / "1. Thông tư số
 * 28/2005/TT-LĐTBXH ngày …". Each unit of the appendix (a numbered item, or a paragraph under a field's heading) that opens
 * on a document, or on parts of one ("Điều 8, Điều 9 Thông tư số 18/2018/TT-BLĐTBXH …"), names one; the documents its title
 * cites are not.
 */
function appendixLists(c: Ctx, cits: readonly Cit[]): StatedRelation[] {
  const t = c.text;
  const out: StatedRelation[] = [];
  const lead = re(`(?:^|\\n)[^\\n]{0,12}?bãi bỏ(?: (toàn bộ|một phần))?[^.;]{0,250}? (?:tại|theo|trong) phụ lục (?:số )?([IVXLC]+|\\d+)[^.;]{0,80}? kèm theo (?:${TYPE_WORD_SOURCE}) này`, 'giu');
  for (const m of t.matchAll(lead)) {
    const kind: StatedRelationKind = /một/iu.test(m[1] ?? '') ? 'partly-repeals' : 'repeals';
    const label = m[2]!.toUpperCase();
    const after = m.index + m[0].length;
    const head = new RegExp(`\\n[ ]*(?:PHỤ LỤC|Phụ lục)(?: số)? ${label}(?![\\p{L}\\d])[^\\n]*\\n`, 'gu');
    head.lastIndex = after;
    const h = head.exec(t);
    if (!h) continue;
    const from = h.index + h[0].length;
    const nextHead = /\n[ ]*(?:PHỤ LỤC|Phụ lục)(?: số)? (?:[IVXLC]+|\d+)(?![\p{L}\d])/gu;
    nextHead.lastIndex = from;
    const to = nextHead.exec(t)?.index ?? t.length;
    // Its heading says what the list is: "DANH MỤC VĂN BẢN … BÃI BỎ …".
    if (!/bãi[ \n]bỏ/iu.test(t.slice(from, Math.min(to, from + 300)))) continue;
    const lead0 = evidence(c, m.index, after);
    const withItem = (from: number, to: number): Evidence => ({ ...lead0, sentence: `${lead0.sentence} ${evidence(c, from, to).sentence}` });
    // Units: a numbered item, or a paragraph after a line that ends a sentence or heads a field ("I. Lĩnh vực …"). The line
    // breaks that open one are found in one pass, as the citations come in text order.
    const breaks = /\n(?=[ ]*(?:\d+[.)][ ]|[IVXLC]+\.[ ]|\p{Lu}))/gu;
    breaks.lastIndex = from;
    let nextBreak = breaks.exec(t);
    let unitStart = from;
    let taken = false;
    for (const cit of cits) {
      if (cit.start < from || cit.start >= to) continue;
      while (nextBreak && nextBreak.index < cit.start) {
        const at = nextBreak.index;
        // (The line before it: the cleaned text keeps no blank lines.)
        const prev = t.slice(Math.max(from, t.lastIndexOf('\n', at - 1) + 1), at).trimEnd();
        if (/[.:]$/u.test(prev) || /^[ ]*(?:\d+[.)][ ]|[IVXLC]+\.[ ])/u.test(t.slice(at + 1, at + 12)) || /^[ ]*[IVXLC]+\.[ ]/u.test(prev) || prev === '') {
          unitStart = at + 1;
          taken = false;
        }
        nextBreak = breaks.exec(t);
      }
      if (taken || cit.citation.form !== 'full' || !cit.citation.number) continue;
      // (Not the appendix's caption: "(Kèm theo Thông tư số 18/2022/TT-BLĐTBXH …)".)
      if (/\((?:ban hành )?kèm theo[^)]*$/iu.test(t.slice(unitStart, cit.start))) continue;
      taken = true;
      const gap = t.slice(unitStart, cit.start).replace(/^[ ]*(?:\d+[.)]|[a-zđ]\))[ ]*/u, '');
      if (gap.trim() === '') {
        if (kind === 'repeals') out.push(make('repeals', withItem(unitStart, cit.end), cit, ''));
      } else if (kind === 'partly-repeals' && isPartWords(gap)) out.push(make('partly-repeals', withItem(unitStart, cit.end), cit, gap));
    }
  }
  return out;
}

/** One relation per (kind, target): the first sentence is kept, the parts named anywhere are merged. */
function dedupe(rs: StatedRelation[]): StatedRelation[] {
  const out = new Map<string, StatedRelation>();
  for (const r of rs) {
    const key = `${r.kind}|${targetKey(r.target)}`;
    const prev = out.get(key);
    if (!prev) {
      out.set(key, r);
      continue;
    }
    // A document ended or replaced as a whole stays so when another sentence ends one of its articles on another day.
    const whole = (prev.kind === 'ends-effect' || prev.kind === 'replaces') && prev.articles.length === 0 && !prev.parts;
    if ('articles' in prev && 'articles' in r && !whole) {
      // The sentence that names the articles is the better evidence: "2. Bãi bỏ Điều 12, Điều 13, Điều 14." over "Điều 10. Sửa đổi, bổ sung, bãi bỏ một số điều của …".
      // (Its parts with it, so the parts shown are the sentence's.)
      const moved = prev.articles.length === 0 && r.articles.length > 0;
      if (moved) Object.assign(prev, { sentence: r.sentence, article: r.article, start: r.start, end: r.end, citation: r.citation });
      prev.articles = [...new Set([...prev.articles, ...r.articles])];
      // Parts named by number ("khoản 3 Điều 4") over a heading's "một số quy định".
      if (!prev.parts || (moved && r.parts) || (!/\d/u.test(prev.parts) && r.parts && /\d/u.test(r.parts))) prev.parts = r.parts;
    }
  }
  // A document repealed as a whole is not also partly repealed by the same text.
  const whole = new Set([...out.values()].filter((r) => r.kind === 'repeals').map((r) => targetKey(r.target)));
  return [...out.values()].filter((r) => r.kind !== 'partly-repeals' || !whole.has(targetKey(r.target)));
}
