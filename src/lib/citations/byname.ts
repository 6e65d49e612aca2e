/**
 * Mentions by name only: laws ("Luật Thi đua, khen thưởng"), the Party
 * Charter ("Điều lệ Đảng"), congress and plenum resolutions ("Nghị quyết Đại
 * hội đại biểu toàn quốc lần thứ XIII của Đảng"), the Constitution.
 */
import type { DocType } from './models.ts';
import type { Candidate } from './find.ts';
import { phraseSource } from './vocabulary.ts';

/** Names of laws and codes in force or commonly cited (the part after "Luật"/"Bộ luật"). */
const LAW_NAMES = [
  'Thi đua, khen thưởng', 'Ưu đãi người có công với cách mạng', 'Cán bộ, công chức', 'Viên chức', 'Tổ chức chính quyền địa phương', 'Tổ chức Chính phủ',
  'Tổ chức Quốc hội', 'Ban hành văn bản quy phạm pháp luật', 'Ngân sách nhà nước', 'Đất đai', 'Đầu tư công', 'Đầu tư',
  'Doanh nghiệp nhà nước', 'Doanh nghiệp', 'Xây dựng', 'Quy hoạch', 'Giáo dục đại học', 'Giáo dục nghề nghiệp', 'Giáo dục', 'Nhà giáo',
  'Khám bệnh, chữa bệnh', 'Bảo hiểm xã hội', 'Bảo hiểm y tế', 'Phòng, chống tham nhũng', 'Phòng, chống ma túy',
  'Phòng, chống tác hại của rượu, bia', 'Tiếp cận thông tin', 'Công nghệ thông tin', 'Giao dịch điện tử', 'An ninh mạng',
  'An toàn thông tin mạng', 'Căn cước công dân', 'Căn cước', 'Cư trú', 'Dân quân tự vệ', 'Nghĩa vụ quân sự', 'Quốc phòng',
  'Công an nhân dân', 'Thanh tra', 'Tiếp công dân', 'Khiếu nại', 'Tố cáo', 'Hòa giải ở cơ sở', 'Thực hiện dân chủ ở cơ sở',
  'Phổ biến, giáo dục pháp luật', 'Trẻ em', 'Người cao tuổi', 'Người khuyết tật', 'Bình đẳng giới',
  'Phòng, chống bạo lực gia đình', 'Hôn nhân và gia đình', 'Lao động', 'Dân sự', 'Hình sự', 'Tố tụng hình sự',
  'Tố tụng dân sự', 'Tố tụng hành chính', 'Xử lý vi phạm hành chính', 'Thống kê', 'Lưu trữ', 'Di sản văn hóa',
  'Du lịch', 'Thể dục, thể thao', 'Bảo vệ môi trường', 'Tài nguyên nước', 'Lâm nghiệp', 'Thủy sản', 'Trồng trọt',
  'Chăn nuôi', 'Thú y', 'Trật tự, an toàn giao thông đường bộ', 'Giao thông đường bộ', 'Đường bộ',
  'Phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'Phòng cháy và chữa cháy', 'Khoa học, công nghệ và đổi mới sáng tạo',
  'Khoa học và công nghệ', 'Chuyển đổi số', 'Công nghiệp công nghệ số', 'Dữ liệu', 'Báo chí', 'Xuất bản',
  'Tín ngưỡng, tôn giáo', 'Thuế thu nhập cá nhân', 'Quản lý thuế', 'Kế toán', 'Kiểm toán nhà nước', 'Đấu thầu', 'Nhà ở',
  'Kinh doanh bất động sản', 'Quản lý, sử dụng tài sản công', 'Thực hành tiết kiệm, chống lãng phí',
  'Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân', 'Mặt trận Tổ quốc Việt Nam', 'Công đoàn', 'Thanh niên',
  'Biên giới quốc gia', 'Hợp tác xã', 'Đo lường', 'Chất lượng sản phẩm, hàng hóa', 'Sở hữu trí tuệ',
  'Phòng, chống thiên tai', 'Điện lực', 'Phòng, chống rửa tiền', 'Hộ tịch', 'Quốc tịch Việt Nam', 'Trưng cầu ý dân',
  'Tổ chức Tòa án nhân dân', 'Tổ chức Viện kiểm sát nhân dân', 'Thủ đô', 'Đường sắt', 'Hàng không dân dụng Việt Nam',
  'Ngân hàng Nhà nước Việt Nam', 'Các tổ chức tín dụng', 'Phí và lệ phí', 'Thuế giá trị gia tăng', 'Hải quan',
  'Phòng, chống bệnh truyền nhiễm', 'Dược', 'An toàn thực phẩm', 'Dân số', 'Công chứng', 'Luật sư', 'Trợ giúp pháp lý',
  'Giám định tư pháp', 'Thi hành án dân sự', 'Thi hành án hình sự', 'Đặc xá', 'Ngân sách', 'Kiến trúc', 'Đô thị',
  'Thủy lợi', 'Khoáng sản', 'Tài nguyên, môi trường biển và hải đảo', 'Biển Việt Nam', 'Đa dạng sinh học',
  'Quy hoạch đô thị và nông thôn', 'Quy hoạch đô thị', 'Đầu tư theo phương thức đối tác công tư', 'Thuế tài nguyên',
  'Thuế thu nhập doanh nghiệp', 'Thuế tiêu thụ đặc biệt', 'Thuế xuất khẩu, thuế nhập khẩu', 'Chứng khoán',
  'Kinh doanh bảo hiểm', 'Cạnh tranh', 'Thương mại', 'Quảng cáo', 'Viễn thông', 'Tần số vô tuyến điện', 'Bưu chính', 'Giá',
  'Xuất cảnh, nhập cảnh của công dân Việt Nam', 'Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam',
  'Sử dụng năng lượng tiết kiệm và hiệu quả', 'Phòng, chống tác hại của thuốc lá', 'Bảo vệ quyền lợi người tiêu dùng', 'Hóa chất',
  'Bảo vệ và kiểm dịch thực vật', 'Tiêu chuẩn và quy chuẩn kỹ thuật', 'Giáo dục quốc phòng và an ninh', 'Hàng hải Việt Nam',
  'Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp', 'Dầu khí', 'Năng lượng nguyên tử',
  'Khí tượng thủy văn', 'Đê điều', 'Giao thông đường thủy nội địa', 'Điện ảnh', 'Biên phòng Việt Nam', 'Đo đạc và bản đồ',
  'Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người',
  'Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng', 'Việc làm', 'An toàn, vệ sinh lao động',
  // Laws since replaced, still named in the texts that replaced or amended them.
  'Hoạt động giám sát của Quốc hội và Hội đồng nhân dân',
  'Bầu cử đại biểu Quốc hội', 'Bầu cử đại biểu Hội đồng nhân dân', 'Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân',
  'Tổ chức Hội đồng nhân dân và Ủy ban nhân dân',
  'Đầu tư nước ngoài tại Việt Nam', 'Đầu tư nước ngoài', 'Khuyến khích đầu tư trong nước', 'Bảo vệ và phát triển rừng',
  'Khiếu nại, tố cáo', 'Khiếu nại, tố cáo của công dân', 'Thuế chuyển quyền sử dụng đất', 'về sĩ quan Quân đội nhân dân Việt Nam', 'Sĩ quan Quân đội nhân dân Việt Nam',
];

const LAW_ALT = [...LAW_NAMES]
  .sort((a, b) => b.length - a.length)
  // (Lower case first: the match ignores case, and only lower-case words get both tone placements, "Uỷ ban" and "Ủy ban".)
  .map((n) => phraseSource(n.toLowerCase()))
  .join('|');

/** "Luật Thi đua, khen thưởng" (name part case-insensitive: "Luật thi đua, khen thưởng"). */
const LAW_AT_RE = new RegExp(`(?<![\\p{L}])(?<tw>Bộ[ \\n]luật|Luật|Pháp[ \\n]lệnh)[ \\n](?<name>${LAW_ALT})(?![\\p{L}])`, 'iuy');
const LAW_WORD_RE = /luật|LUẬT|Luật|Pháp[ \n]lệnh|PHÁP[ \n]LỆNH/gu;
// ("Luật Thuế tài nguyên liên quan đến hoạt động dầu khí": the law's name ends before "liên quan".)
const NAME_STOP = 'năm|số|ngày|và|của|được|đã|có|quy|theo|tại|này|đó|về|thì|là|để|với|cho|hiện|mới|sửa|bổ|hướng|thi|các|những|trong|đến|từ|khi|nhằm|gồm|như|hành|trên|do|bị|sẽ|đang|liên[ \\n]quan';
const FALLBACK_LAW_RE = new RegExp(
  `(?<![\\p{L}])(?<tw>Bộ[ \\n]luật|Luật|Pháp[ \\n]lệnh)[ \\n](?!(?:Việt|Nhà|Quốc|Đảng|Trung)(?![\\p{L}]))\\p{Lu}\\p{Ll}{0,9}(?:[ \\n](?!(?:${NAME_STOP})(?![\\p{L}]))\\p{Ll}{1,9}){1,7}(?![\\p{L}])`,
  'gu',
);
/**
 * Ordinances are named in lower case and with commas ("Pháp lệnh phòng, chống lụt, bão", "Pháp lệnh thương phiếu",
 * "Pháp lệnh về thuế nông nghiệp"): after a capital "Pháp lệnh", two to eight words up to a function word.
 */
/** Words that open prose after "Pháp lệnh", never an ordinance's name. */
const ORDINANCE_NOT = 'mà|hoặc|nhưng|thuộc|liên|việc|nếu|đối|trước|sau|khác|nào|không|chưa|đều|cũng|vẫn|còn|phải|hiện|mới|này|đó';
/** The nation's name, one word of a name that holds it. */
const NATION = 'Cộng[ \\n]hòa[ \\n]xã[ \\n]hội[ \\n]chủ[ \\n]nghĩa[ \\n]Việt[ \\n]Nam(?![\\p{L}])';
// ("các" too: "Pháp lệnh thủ tục giải quyết các tranh chấp lao động năm 1996"; and "hành": "Pháp lệnh thủ tục giải quyết các
// vụ án hành chính ngày 21 tháng 5 năm 1996".)
const ORDINANCE_STOP = NAME_STOP.split('|').filter((w) => w !== 'và' && w !== 'bị' && w !== 'các' && w !== 'hành').join('|');
const ORDINANCE_RE = new RegExp(
  // (Inside the name, "và" and "bị" are words of it: "Pháp lệnh khai thác và bảo vệ công trình khí tượng thủy văn năm 1994",
  // "Pháp lệnh về lực lượng dự bị động viên ngày 27 tháng 8 năm 1996"; what follows the name still has to identify it.)
  // (Up to fifteen words: "Pháp lệnh Ngân hàng, hợp tác xã tín dụng và công ty tài chính ngày 23 tháng 5 năm 1990".)
  // (…and the nation's name inside it: "Pháp lệnh về cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài".)
  // (…and a body's name in capitals: "Pháp lệnh về lực lượng An ninh nhân dân Việt Nam năm 1987", "Pháp lệnh lực lượng Cảnh sát
  // nhân dân Việt Nam năm 1989"; the name must still end at what identifies a document.)
  `(?<![\\p{L}])(?<tw>Pháp[ \\n]lệnh)[ \\n](?:về[ \\n])?(?!(?:${NAME_STOP}|${ORDINANCE_NOT})(?![\\p{L}]))\\p{L}\\p{Ll}{0,9}(?:,?[ \\n](?:(?!(?:${ORDINANCE_STOP})(?![\\p{L}]))\\p{Ll}{1,9}|${NATION}|\\p{Lu}\\p{Ll}{0,9})){1,14}` +
    // …and then what identifies a document: its year, number or date, "đã được …", "hết hiệu lực", or the sentence's end.
    `(?=[ \\n](?:năm[ \\n]\\d{4}|số[ \\n]|ngày[ \\n]\\d|đã[ \\n]được|hết[ \\n]hiệu)|[ \\n]?[;,.])`,
  'gu',
);
// (Older texts write it in lower case after the law it amended: "… thay thế Luật ngân sách nhà nước năm 1996 và luật sửa đổi,
// bổ sung một số điều của Luật ngân sách nhà nước năm 1998".)
// (…or one article of it: "Pháp lệnh sửa đổi, bổ sung Điều 6 của Pháp lệnh lực lượng Cảnh sát nhân dân Việt Nam năm 1995".)
// (Tried only where a law word starts, as LAW_AT_RE is: scanned from every position, it was a seventh of the engine's time.)
const AMENDING_AT_RE = /(?<![\p{L}])(?:Luật|(?<=(?:và|,)[ \n])luật|Pháp[ \n]lệnh)[ \n]sửa[ \n]đổi,?[ \n]bổ[ \n]sung[ \n](?:(?:một[ \n]số[ \n]điều|Điều[ \n]\d{1,3}[a-zđ]?)[ \n](?:của[ \n])?)?/uy;
const CHARTER_RE = /(?<![\p{L}])Điều[ \n]lệ[ \n]Đảng(?:[ \n]Cộng[ \n]sản[ \n]Việt[ \n]Nam)?(?![\p{L}])/gu;
/** Only a named Constitution: "tuân thủ Hiến pháp và pháp luật" is boilerplate, not a citation. */
const CONSTITUTION_RE = /(?<![\p{L}])Hiến[ \n]pháp(?:[ \n]năm[ \n](?:19|20)\d{2}|[ \n]nước[ \n]Cộng[ \n]h(?:òa|oà)[ \n]xã[ \n]hội[ \n]chủ[ \n]nghĩa[ \n]Việt[ \n]Nam(?:[ \n]năm[ \n](?:19|20)\d{2})?)(?![\p{L}\p{N}])/gu;
const CONGRESS_RE = new RegExp(
  `(?<![\\p{L}])Nghị[ \\n]quyết[ \\n]Đại[ \\n]hội(?:[ \\n][^.;,()“”:]{0,80}?)?[ \\n](?:lần[ \\n]thứ[ \\n][IVXLC]{1,6}|[IVXLC]{2,6})(?![\\p{L}])(?:[ \\n]của[ \\n]Đảng(?![ \\n]bộ)(?![\\p{L}]))?`,
  'gu',
);
const PLENUM_RE = new RegExp(
  `(?<![\\p{L}])Nghị[ \\n]quyết[ \\n](?:` +
    `Hội[ \\n]nghị[ \\n](?:lần[ \\n]thứ[ \\n]\\p{L}{1,8}|Trung[ \\n]ương[ \\n]\\d{1,2})[^.;,()“”:]{0,60}?[ \\n]kh(?:óa|oá)[ \\n][IVXLC]{1,6}` +
    `|(?:Hội[ \\n]nghị[ \\n])?(?:Ban[ \\n]Chấp[ \\n]hành[ \\n])?Trung[ \\n]ương[ \\n](?:\\d{1,2}|lần[ \\n]thứ[ \\n]\\p{L}{1,8})(?:[ \\n]kh(?:óa|oá)[ \\n][IVXLC]{1,6})?` +
    `)(?![\\p{L}\\p{N}])`,
  'gu',
);

function candidate(start: number, end: number, docType: DocType, name: string): Candidate {
  return {
    start,
    end,
    docType,
    number: null,
    year: null,
    symbol: null,
    date: null,
    issuer: null,
    title: null,
    name: name.replace(/\n/g, ' '),
    form: 'name',
    pinpoint: null,
    typed: true,
    identityEnd: end,
    tailEnd: end,
    refersTo: null,
  };
}

/** By-name mentions in cleaned text (a name followed by its number is merged later, in extract). */
export function findByName(text: string): Candidate[] {
  const out: Candidate[] = [];
  const run = (re: RegExp, docType: (m: RegExpExecArray) => DocType) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(candidate(m.index, m.index + m[0].length, docType(m), m[0]));
    }
  };
  const lawType = (m: RegExpExecArray): DocType => (/^Bộ/.test(m.groups?.tw ?? '') ? 'Bộ luật' : /^Pháp/.test(m.groups?.tw ?? '') ? 'Pháp lệnh' : 'Luật');
  // The long list of names is tried only where a law word occurs.
  const lawWords: number[] = [];
  LAW_WORD_RE.lastIndex = 0;
  for (let w = LAW_WORD_RE.exec(text); w; w = LAW_WORD_RE.exec(text)) lawWords.push(w.index);
  for (const index of lawWords) {
    const at = /^Bộ/u.test(text.slice(index - 3, index)) ? index - 3 : index;
    LAW_AT_RE.lastIndex = at;
    const m = LAW_AT_RE.exec(text);
    // "pháp luật thi đua, khen thưởng" is prose: a law's name starts with a capital L.
    if (m && m[0][0] !== 'l' && !out.some((o) => o.start === m.index)) out.push(candidate(m.index, m.index + m[0].length, lawType(m), m[0]));
  }
  // Laws not in the list: "Luật" + a capitalised word + lower-case words up to a function word.
  const known = out.slice();
  FALLBACK_LAW_RE.lastIndex = 0;
  for (let m = FALLBACK_LAW_RE.exec(text); m; m = FALLBACK_LAW_RE.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (known.some((k) => k.start < e && s < k.end)) continue;
    if (m[0].split(/[ \n]/).length < 3) continue; // "Luật Ab" alone is too weak a name
    out.push(candidate(s, e, lawType(m), m[0]));
  }
  ORDINANCE_RE.lastIndex = 0;
  for (let m = ORDINANCE_RE.exec(text); m; m = ORDINANCE_RE.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    // (An ordinance's whole name, with its commas, over the shorter one the fallback cut at the first comma: "Pháp lệnh Ngân
    // hàng, hợp tác xã tín dụng và công ty tài chính ngày 23 tháng 5 năm 1990", not "Pháp lệnh Ngân hàng".)
    const cut = out.findIndex((k) => k.start === s && k.end < e && !known.includes(k));
    if (cut >= 0 && !out.some((k, i) => i !== cut && k.start < e && s < k.end)) out.splice(cut, 1);
    if (out.some((k) => k.start < e && s < k.end)) continue;
    out.push(candidate(s, e, 'Pháp lệnh', m[0]));
  }
  // "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền
  // địa phương" names one (amending) law: one citation over the whole name.
  const amending: RegExpExecArray[] = [];
  let after = 0;
  for (const index of lawWords) {
    if (index < after) continue;
    AMENDING_AT_RE.lastIndex = index;
    const m = AMENDING_AT_RE.exec(text);
    if (m) {
      amending.push(m);
      after = m.index + m[0].length;
    }
  }
  for (const m of amending) {
    let end = m.index + m[0].length;
    const inner = out.filter((o) => o.start >= end && o.start <= end + 1);
    if (inner.length === 0) continue;
    let last = inner[0]!;
    for (;;) {
      const next = out.find((o) => o.start > last.end && /^[ \n]?(?:,|và|,[ \n]và)[ \n]?$/u.test(text.slice(last.end, o.start)));
      if (!next) break;
      last = next;
    }
    // "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật thuế thu nhập doanh nghiệp số 14/2008/QH12": the law being
    // enacted has no number yet, so the number is the amended law's, which is then the one named. (Elsewhere it may be the
    // amending law's: "Luật sửa đổi, bổ sung một số điều của Luật Ngân hàng Nhà nước Việt Nam số 10/2003/QH11 hết hiệu lực".)
    if (/ban[ \n]hành[ \n]*$/u.test(text.slice(Math.max(0, m.index - 12), m.index)) && /^[ \n]*số[ \n]*\d/u.test(text.slice(last.end, last.end + 12))) continue;
    end = last.end;
    const start = m.index;
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start >= start && out[i]!.end <= end) out.splice(i, 1);
    out.push(candidate(start, end, /^Pháp/u.test(m[0]) ? 'Pháp lệnh' : 'Luật', text.slice(start, end)));
  }
  run(CHARTER_RE, () => 'Điều lệ');
  run(CONSTITUTION_RE, () => 'Hiến pháp');
  run(CONGRESS_RE, () => 'Nghị quyết');
  run(PLENUM_RE, () => 'Nghị quyết');
  return out.sort((a, b) => a.start - b.start);
}
