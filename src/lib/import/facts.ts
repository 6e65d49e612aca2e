/**
 * Facts drawn from the text when the header does not give them: the issuer
 * (from the header, the symbol and place, or the sentence that issues the
 * document), its locality and level, short names, and the identity of an
 * attached document as the covering letter cites it.
 */
import { findDate, parseNumberSymbol } from './dates.ts';
import { foldAll, isBodyName } from './header.ts';
import {
  CENTRAL_CITIES, DOC_TYPES, KNOWN_BODIES, ORG_ABBREVIATIONS, PROVINCES, UNIT_WORDS, caseOrgName, expandOrg,
  unitLevel,
} from './vietnamese.ts';
import { escapeRegExp } from '../regexp.ts';
import { modernTone } from '../vietnamese.ts';

export interface Locality {
  province: string | null;
  district: string | null;
  commune: string | null;
}

const NAME = String.raw`\p{Lu}[\p{L}]*(?:(?: | ?- ?)\p{Lu}[\p{L}]*){0,4}`;

const PARTY_UNIT: Record<string, string> = { Tỉnh: 'tỉnh', Thành: 'thành phố', Huyện: 'huyện', Quận: 'quận', Thị: 'thị xã' };
const UNIT_ALT = UNIT_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${escapeRegExp(w.slice(1))}`).join('|');
const UNIT_RE = new RegExp(`(?<![\\p{L}])(?:(${UNIT_ALT})|(Tỉnh|Thành|Huyện|Quận|Thị) (?:ủy|uỷ))\\s+(${NAME})`, 'gu');

/** The admin unit of an issuer name: "Ủy ban nhân dân quận Tân Bình" → quận, Tân Bình; "Huyện ủy Năm Căn" → huyện, Năm Căn. */
export function unitOf(name: string): { unit: string; place: string } | null {
  let last: { unit: string; place: string } | null = null;
  for (const m of name.matchAll(UNIT_RE)) {
    // A lone capital names no place: "… THƯƠNG BINH VÀ XÃ H", a ministry's name cut by the scan's edge.
    if (m[3]!.length < 2) continue;
    const unit = m[1] ? m[1].toLowerCase() : PARTY_UNIT[m[2]!]!;
    last = { unit, place: m[3]! };
  }
  return last;
}

/** Words that start the name of a body: a line starting otherwise continues the line above. */

/**
 * A joint text's issuers as its header joins them ("BỘ TƯ PHÁP - BỘ CÔNG AN - TÒA ÁN NHÂN DÂN TỐI CAO"), each
 * name cased on its own; a hyphen inside one name ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI") does not split it.
 */
function caseJointName(name: string, body: string): string {
  const parts = name.split(/\s+[-–]\s+/);
  const names: string[] = [];
  for (const p of parts) {
    if (names.length > 0 && !isBodyName(p)) names[names.length - 1] += ` - ${p}`;
    else names.push(p);
  }
  return names.map((n) => expandOrg(caseOrgName(n, body))).join(' - ');
}

/** (Through `modernTone`, as the line it tests: it moves every tone mark, "đoàn" → "đòan".) */
const ONE_BODY_OVER_LINES = new RegExp(modernTone('(?:^|\\s)(?:đoàn chủ tịch|ủy ban trung ương)$'), 'u');

/** A document's type at the head of a name, folded as OCR reads it without marks: "ĐỀ CƯƠNG …", "Luat Thue …". */
const TYPE_HEAD = new RegExp(`^(?:${DOC_TYPES.map((t) => foldAll(t)).join('|')})(?:\\s|$)`);

/**
 * Issuer from header lines: the first line(s) are the parent, the last names the issuer. A joint
 * text's header (`joint`: its type or symbol says liên tịch) lists its issuers, one or more a line.
 */
export function issuerFromHeader(lines0: readonly string[], body: string, joint = false): { issuer: string; parent: string | null } | null {
  // A cut-off name's last letters alone ("INH" of "BỘ TÀI CHÍNH", the scan's edge) name no body; an abbreviation does
  // ("UBND"), and so does a short line that goes on a name above it ("BỘ XÂY" / "DỰNG").
  const lone = lines0.length === 1 && /^\p{Lu}{1,4}$/u.test(lines0[0]!.trim()) && !ORG_ABBREVIATIONS.some(([abbr]) => abbr === lines0[0]!.trim());
  const lines = lone ? [] : lines0;
  if (lines.length === 0) return null;
  // Lines that start with a unit word continue the line above ("ỦY BAN NHÂN DÂN" / "QUẬN TÂN BÌNH").
  const names: string[] = [];
  for (const l0 of lines) {
    // OCR's marks left at the end of a name where the motto was cut off ("TONG CỤC THUÊ ˆ_"), and the rule under the name
    // read as dashes ("CỤC VIỆC TAM - - -").
    const l = l0.replace(/(?:\s+[-–—_]){2,}\s*$|\s+[-–—_]{3,}\s*$/u, '').replace(/[\s^ˆ_~`'"|]+$/u, '');
    if (l === '') continue;
    const u = modernTone(l).toLowerCase();
    const prev = names.length > 0 ? modernTone(names[names.length - 1]!).toLowerCase() : '';
    const continues = UNIT_WORDS.some((w) => u.startsWith(w + ' ') && !/^(ủy|ủy ban|đảng)(?![\p{L}])/u.test(u.slice(w.length + 1)))
      // A name wrapped over lines: "BỘ KHOA HỌC VÀ" / "CÔNG NGHỆ", "ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI", "BẢO HIỂM XÃ HỘI" / "TP. HỒ CHÍ MINH".
      || /(?:\s(?:và|của)|[&]|thường vụ|nhân|ủy|ủy ban)$/u.test(prev)
      // (A comma too, unless a body's name stands on each line: "TONG CỤC THUR," over "CỤC THUE TP. HO CHÍ MINH" is OCR's mark.)
      || (/,$/u.test(prev) && !(isBodyName(l) && isBodyName(names[names.length - 1]!.replace(/,$/u, ''))))
      // (A hyphen too, unless a body's name follows: "BỘ TÀI CHÍNH -" over "TONG CỤC THUÊ" is the columns' separator.)
      || (/[-–]$/u.test(prev) && !isBodyName(l))
      // "ĐOÀN CHỦ TỊCH" / "ỦY BAN TRUNG ƯƠNG" / "MẶT TRẬN TỔ QUỐC VIỆT NAM": one body over three lines.
      || ONE_BODY_OVER_LINES.test(prev)
      || !isBodyName(l);
    if (names.length > 0 && continues) names[names.length - 1] += ' ' + l;
    else names.push(l);
  }
  for (let k = 0; k < names.length; k++) names[k] = names[k]!.replace(/\s+[-–]$|,$/u, '');
  // A Công báo running head repeats the issuer's name above its header: one name, not a parent.
  for (let k = names.length - 1; k > 0; k--) if (names[k]!.replace(/\s+/g, ' ') === names[k - 1]!.replace(/\s+/g, ' ')) names.splice(k, 1);
  // A document's type heads no body's name: "ĐỀ CƯƠNG DỰ THẢO" / "THUẾ TIÊU THỤ ĐẶC BIỆT SỬA ĐỔI" read above a
  // type line the layout hid is a title, "BIÊN BẢN XÁC NHẬN …" a form's heading.
  for (let k = names.length - 1; k >= 0; k--) if (TYPE_HEAD.test(foldAll(names[k]!))) names.splice(k, 1);
  if (names.length === 0) return null;
  const cased = names.map((n) => caseJointName(n, body));
  // (Each issuer once: a Công báo page repeats the joint header above the text.)
  if (joint && cased.length > 1) return { issuer: [...new Set(cased)].join(' - '), parent: null };
  const issuer = cased[cased.length - 1]!;
  const parent = cased.length > 1 ? cased[cased.length - 2]! : null;
  return { issuer, parent };
}

/**
 * Issuer from the symbol's issuer part and the place of issue: "VKS-VP" and
 * "Lạng Sơn" → the text's "Viện kiểm sát nhân dân tỉnh Lạng Sơn".
 */
export function issuerFromSymbol(symbol: string | null, place: string | null, body: string): string | null {
  if (!symbol || !place) return null;
  const parts = symbol.split(/[-/]/);
  for (const part of parts) {
    const forms: string[] = [];
    for (const [abbr, full] of ORG_ABBREVIATIONS) if (abbr === part || abbr.startsWith(part)) forms.push(full, abbr);
    for (const f of forms) {
      const re = new RegExp(`(${escapeRegExp(f)})\\s+(${UNIT_WORDS.join('|')})\\s+${escapeRegExp(place)}(?![\\p{L}])`, 'iu');
      const m = re.exec(body);
      if (m) return expandOrg(m[0].replace(/\s+/g, ' '));
    }
  }
  return null;
}

const FIRST_ARTICLE = /(?:^|\s)(?:Điều|ĐIỀU)\s+1\s*[.:]/u;
const FIRST_ARTICLE_OR_CHAPTER = new RegExp(`${FIRST_ARTICLE.source}|(?:^|\\s)(?:Chương|CHƯƠNG)\\s+(?:I|1)(?![\\p{L}\\d])`, 'u');

/**
 * The ministry whose minister's act ends a circular's preamble when the act names no type:
 * "Bộ trưởng Bộ Tài chính hướng dẫn việc …" (an act that names it, "… ban hành Thông tư …", is
 * `issuingSentence`'s). Only before the first article: an article's own "Bộ trưởng Bộ … quy định"
 * is some other act; when OCR misread that article ("Điền 1."), within a preamble's length.
 */
export function ministersAct(body: string): string | null {
  const first = body.search(FIRST_ARTICLE);
  const act = /(?:^|[.;:,]\s+)Bộ trưởng (Bộ \p{Lu}[\p{L}\s-]{2,60}?) (?:ban hành|hướng dẫn|quy định)\s/u.exec(body.slice(0, first > 0 ? first : 4000));
  return act ? act[1]! : null;
}

/**
 * Issuer and title from the sentence that issues the document:
 * "…, Ban Thường vụ Đảng ủy phường Bắc Kạn ban hành Kế hoạch thực hiện … như sau:".
 */
export function issuingSentence(body: string, docType: string | null): { issuer: string; docType: string; title: string } | null {
  const types = (docType ? [docType] : [...DOC_TYPES].sort((a, b) => b.length - a.length)).map(escapeRegExp).join('|');
  const re = new RegExp(
    String.raw`(?:^|[,.;:)]\s+)((?:\p{Lu}[\p{L}]*|UBND|HĐND)(?:\s+[\p{L}]+){1,12}?)\s+(?:ban hành|xây dựng)\s+(${types})\s+([^]*?)(?:,\s*|\s+)(?:(?:với )?(?:các )?nội dung\s+|cụ thể\s+)?như sau\s*:`,
    'u',
  );
  // A normative text's enacting sentence ends its preamble with a full stop before its first article:
  // "Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn … mã hóa." / "Điều 1. …".
  const enacting = new RegExp(
    // (A title may hold semicolons: "… khung giá phát điện; quy định hồ sơ …".)
    String.raw`(?:^|[,.;:)]\s+)((?:\p{Lu}[\p{L}]*|UBND|HĐND)(?:\s+[\p{L}]+){1,12}?)\s+ban hành\s+(${types})\s+([^.:]{5,600}?)\.\s+(?=(?:Chương|Điều|Phần|CHƯƠNG|ĐIỀU|PHẦN)\s+(?:[\dIVXLC]+|thứ))`,
    'u',
  );
  // The sentence that ends first: a "như sau:" far down the text belongs to some other passage.
  // The enacting sentence closes the preamble: one after the first article is some article's own ("đ) Bộ Tài chính ban hành Quy chế …").
  const firstArticle = body.search(FIRST_ARTICLE_OR_CHAPTER);
  const e = enacting.exec(body);
  const [a, b] = [re.exec(body), e && (firstArticle < 0 || e.index + e[0].length <= firstArticle + 1) ? e : null];
  const m = a && b ? (a.index + a[0].length <= b.index + b[0].length ? a : b) : a ?? b;
  if (!m) return null;
  const issuer = expandOrg(m[1]!.trim());
  // "…, Viện trưởng Viện kiểm sát nhân dân tối cao liên tịch ban hành …": a joint text's last signatory is not its issuer.
  if (/\sliên tịch$/u.test(issuer)) return null;
  const bareUnit = /\s(xã|phường|thị trấn|quận|huyện|thị xã|tỉnh|thành phố)$/iu.test(issuer) && /^(Ủy ban|Hội đồng|Ban|Đảng ủy|UBND|HĐND)/u.test(issuer);
  // A name in lower case after its first letter is no body, but for the two that are written so.
  if (!/\p{Lu}/u.test(issuer.slice(1)) && !unitOf(issuer) && !bareUnit && !/^(?:Chính phủ|Quốc hội)$/u.test(issuer)) return null;
  let title = m[3]!.trim();
  title = title.replace(/\s*\((?:sau đây |)(?:gọi tắt|gọi|viết tắt)[^)]*\)\s*/u, ' ').trim();
  return { issuer, docType: m[2]!, title: title.charAt(0).toUpperCase() + title.slice(1) };
}

const mentionRes = new Map<string, RegExp>();

function countMentions(body: string, names: readonly string[], prefixes: RegExp): Map<string, number> {
  const key = prefixes.source + names.length;
  let re = mentionRes.get(key);
  if (!re) {
    const alt = [...names].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(modernTone(n))).join('|');
    re = new RegExp(`${prefixes.source}\\s+(${alt})(?![\\p{L}])`, 'gu');
    mentionRes.set(key, re);
  }
  const byFolded = new Map(names.map((n) => [modernTone(n), n] as const));
  const counts = new Map<string, number>();
  for (const m of modernTone(body).matchAll(re)) {
    const n = byFolded.get(m[1]!);
    if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return counts;
}

/** The province the text talks about most ("tỉnh Ninh Bình", "Thành phố Hồ Chí Minh"). */
export function provinceFromText(body: string): string | null {
  const counts = countMentions(body, PROVINCES, /(?:tỉnh|Tỉnh ủy|Tỉnh uỷ)/);
  for (const [city, c] of countMentions(body, CENTRAL_CITIES, /(?:Thành phố|thành phố|TP\.?|Thành ủy)/)) counts.set(city, (counts.get(city) ?? 0) + c);
  let best: string | null = null;
  let bestCount = 0;
  for (const [n, c] of counts) if (c > bestCount) { best = n; bestCount = c; }
  return best;
}

export function levelAndLocality(issuer: string | null, parent: string | null, place: string | null, body: string): {
  level: 'central' | 'province' | 'district' | 'commune' | null;
  locality: Locality;
} {
  const locality: Locality = { province: null, district: null, commune: null };
  if (!issuer) return { level: null, locality };
  if (/^(Bộ Chính trị|Ban Chấp hành Trung ương|Ban Bí thư|Chính phủ|Thủ tướng|Quốc hội|Bộ\s|Văn phòng Trung ương|Ban .* Trung ương)/u.test(issuer)) {
    return { level: 'central', locality };
  }
  const unit = unitOf(issuer) ?? (parent ? unitOf(parent) : null);
  // A state office or a department named without a locality is national: "Chủ tịch nước", "Cục Thuế", "Ngân hàng Nhà nước Việt Nam".
  if (!unit && /^(?:Chủ tịch nước|Tổng cục|Cục|Ngân hàng Nhà nước|Kiểm toán nhà nước|Tòa án nhân dân tối cao|Viện kiểm sát nhân dân tối cao|Bảo hiểm xã hội Việt Nam|Ủy ban Thường vụ Quốc hội|Văn phòng Chính phủ|Thanh tra Chính phủ)(?![\p{L}])/u.test(issuer)) {
    return { level: 'central', locality };
  }
  if (!unit) return { level: null, locality };
  const level = unitLevel(unit.unit, unit.place);
  if (level === 'province') locality.province = unit.place;
  else if (level === 'district') locality.district = unit.place;
  else locality.commune = unit.place;
  // The parent body named in the header gives the level above ("TỈNH ỦY CÀ MAU" over "HUYỆN ỦY NĂM CĂN").
  const up = parent && parent !== issuer ? unitOf(parent) : null;
  if (up) {
    const upLevel = unitLevel(up.unit, up.place);
    if (upLevel === 'province' && level !== 'province') locality.province = up.place;
    if (upLevel === 'district' && level === 'commune') locality.district = up.place;
  }
  if (level !== 'province' && !locality.province) {
    const province = provinceFromText(body);
    if (province && province !== unit.place) locality.province = province;
  }
  if (level === 'commune' && place && place !== unit.place) {
    // The place of issue is the district-level city or district when the text names it so.
    const re = new RegExp(`(?:thành phố|quận|huyện|thị xã)\\s+${escapeRegExp(place)}(?![\\p{L}])`, 'iu');
    if (re.test(body)) locality.district = place;
  }
  return { level, locality };
}

export interface CitedIdentity {
  number: string;
  symbol: string;
  year: number | null;
  date: string | null;
  issuer: string | null;
  line: number;
}

/**
 * How a covering letter cites a document of `docType`: "Kế hoạch số 200/KH-UBND
 * ngày 09/10/2021 của UBND tỉnh Lạng Sơn". Prefers the fullest issuer name.
 */
export function citedIdentity(texts: readonly { text: string; line: number }[], docType: string): CitedIdentity | null {
  const units = UNIT_WORDS.join('|');
  const org = String.raw`(?:UBND|HĐND|\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,4})`;
  const re = new RegExp(
    String.raw`${escapeRegExp(docType)}\s+(?:số\s+)?(\d+\s*[/-]\s*[\p{L}\d/-]+)(?:,?\s*ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?(?:\s+của\s+(${org}\s+(?:${units})\s+${NAME}))?`,
    'gu',
  );
  let best: CitedIdentity | null = null;
  for (const { text, line } of texts) {
    for (const m of text.matchAll(re)) {
      const ns = parseNumberSymbol(m[1]!);
      if (!ns) continue;
      const d = m[2] ? findDate(m[2].includes('tháng') ? `ngày ${m[2]}` : m[2]) : null;
      const issuer = m[3] ? expandOrg(m[3].trim()) : null;
      const cand: CitedIdentity = { ...ns, date: d?.iso ?? null, issuer, line };
      if (!best) { best = cand; continue; }
      if (best.number === cand.number && best.symbol === cand.symbol) {
        if (!best.date && cand.date) best.date = cand.date;
        if (cand.issuer && (!best.issuer || cand.issuer.length > best.issuer.length)) best.issuer = cand.issuer;
      }
    }
  }
  return best;
}

/**
 * The signing body when the signature names it: a Party committee's document
 * signed "T/M BAN THƯỜNG VỤ" is the Standing Committee's; "T/M BAN BÍ THƯ" under
 * "BAN CHẤP HÀNH TRUNG ƯƠNG" is the Secretariat's. A department named without
 * its locality ("Sở Nội vụ") takes its parent's ("Ủy ban nhân dân tỉnh Cà Mau").
 */
/** Folded for comparison: no diacritics, lower case, single spaces, "tp" as "thanh pho". */
function foldName(s: string): string {
  return foldAll(s).replace(/[.,]/g, ' ').replace(/\btp\b/g, 'thanh pho').replace(/\s+/g, ' ').trim();
}

const FOLDED_BODIES = [...KNOWN_BODIES].sort((a, b) => b.length - a.length).map((b) => [foldName(b), b] as const);
const FOLDED_PROVINCES = PROVINCES.map((p) => [foldName(p), p] as const);

/**
 * A body's name read by OCR without its diacritics ("Tong Cục Thuê", "Cuc Thue Tp Ha Noi")
 * written as the body is named ("Tổng cục Thuế", "Cục Thuế thành phố Hà Nội"), when it is a
 * known body, optionally followed by its province. A name read whole is left as it is.
 */
export function restoreBodyName(name: string): string {
  const f = foldName(name);
  const spaceless = f.replace(/ /g, '');
  for (const [fb, body] of FOLDED_BODIES) {
    // The known name, as written or with its marks or its case lost ("Bộ Lao động - thương binh và xã Hội").
    if (f === fb) return name === body ? name : (hasLostMarks(name, body) || name.toLowerCase() === body.toLowerCase() ? body : name);
    // OCR that lost the marks also loses spaces between words ("Bo Ke Hoạch Vadautu"): the
    // name's letters in order, all of them, are still the known body's.
    if (spaceless === fb.replace(/ /g, '') && spaceless.length >= 12 && name !== body) return body;
    if (!f.startsWith(fb + ' ')) continue;
    const rest = f.slice(fb.length + 1);
    const m = /^(tinh|thanh pho)\s+(.+)$/.exec(rest);
    const prov = m ? FOLDED_PROVINCES.find(([fp]) => fp === m[2]) : undefined;
    if (m && prov) {
      // One name per body: "Cục Thuế TP Hà Nội" and "Cuc Thue Tp Ha Noi" are "Cục Thuế thành phố Hà Nội".
      return `${body} ${m[1] === 'tinh' ? 'tỉnh' : 'thành phố'} ${prov[1]}`;
    }
  }
  return name;
}

/** The name as read has a word whose diacritics differ from the known name's ("Thue" for "Thuế"). */
function hasLostMarks(read: string, known: string): boolean {
  const words = (t: string) => t.toLowerCase().replace(/(^|\s)tp\.?(?=\s)/gu, '$1thành phố').replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  const r = words(read);
  const k = words(known);
  return r.length === k.length && r.some((w, i) => w !== k[i]);
}

export function refineIssuer(issuer: string, parent: string | null, capacity: string | null): string {
  let out = restoreBodyName(issuer);
  const body = capacity ? /^(?:T\/M|TM\.?)\s+(BAN THƯỜNG VỤ|BAN BÍ THƯ|BỘ CHÍNH TRỊ)(?!\p{L})/u.exec(capacity)?.[1] : undefined;
  if (body === 'BAN THƯỜNG VỤ' && /(?:ủy|uỷ)(?:\s|$)/u.test(out) && !/^Ban Thường vụ/iu.test(out)) out = `Ban Thường vụ ${out}`;
  if ((body === 'BAN BÍ THƯ' || body === 'BỘ CHÍNH TRỊ') && /^Ban Chấp hành Trung ương/iu.test(out)) out = body === 'BAN BÍ THƯ' ? 'Ban Bí thư' : 'Bộ Chính trị';
  if (/^(?:Sở|Phòng|Văn phòng|Cục|Chi cục|Thanh tra|Trung tâm|Ban)\s/u.test(out) && !/^Ban Thường vụ/u.test(out) && !unitOf(out) && parent) {
    const u = unitOf(parent);
    if (u) out = `${out} ${u.unit} ${u.place}`;
  }
  return out;
}

/**
 * An issuer named by its unit only ("UBND phường", "Ủy ban nhân dân Thành phố")
 * completed with the place the document names: the place of issue, or for a
 * province-level unit the province the context gives.
 */
export function completeIssuer(issuer: string, place: string | null, province: string | null): string | null {
  const m = /(?:^|\s)(xã|phường|thị trấn|quận|huyện|thị xã|tỉnh|[Tt]hành phố|(?:Huyện|Tỉnh|Thành|Quận|Thị) ủy)$/u.exec(issuer);
  if (!m) return null;
  const unit = m[1]!;
  const provinceLevel = /^(tỉnh|[Tt]hành phố|Tỉnh ủy|Thành ủy)$/u.test(unit);
  const name = provinceLevel && province ? province : place;
  if (!name) return null;
  return `${issuer} ${name}`;
}

/** A state as the parties' names write it: "CỘNG HÒA LIÊN BANG ĐỨC" → "Cộng hòa Liên bang Đức", "MA-LAI-XI-A" → "Ma-lai-xi-a". */
function caseState(name: string): string {
  const n = name.replace(/\s+/gu, ' ').trim();
  if (/^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u.test(n)) return 'Cộng hòa xã hội chủ nghĩa Việt Nam';
  const cap = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
  return n.split(' ').map((w, i) => {
    if (w === 'HÒA' && i > 0) return 'hòa';
    if (w === 'BANG' && n.split(' ')[i - 1] === 'LIÊN') return 'bang';
    return cap(w);
  }).join(' ');
}

/**
 * The parties of a treaty, from its title: "GIỮA CHÍNH PHỦ NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ CHÍNH PHỦ
 * NƯỚC MA-LAI-XI-A VỀ …" → "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Ma-lai-xi-a".
 * Null when the title does not name two parties.
 */
export function treatyParties(title: string | null): string | null {
  if (!title) return null;
  const t = modernTone(title.replace(/\s+/gu, ' ').trim());
  const party = String.raw`((?:CHÍNH PHỦ\s+)?NƯỚC\s+[\p{Lu}\s-]+?)`;
  const m = new RegExp(String.raw`^GIỮA\s+${party}\s+VÀ\s+${party}(?=\s+(?:VỀ|TRÁNH|ĐỐI VỚI|NHẰM|HỢP TÁC|$)|$)`, 'u').exec(t);
  if (!m) return null;
  const cased = [m[1]!, m[2]!].map((p) => {
    const g = /^(CHÍNH PHỦ\s+)?NƯỚC\s+(.+)$/u.exec(p.trim())!;
    return `${g[1] ? 'Chính phủ nước' : 'nước'} ${caseState(g[2]!)}`;
  });
  const joined = cased.join(' và ');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

