/**
 * One source text → documents: splitting, header and tail extraction, facts,
 * structure, body tree. Pure: no file system.
 */
import type { BlockContent, FootnoteDefinition, Root } from 'mdast';
import type { DocumentFrontmatter } from '../schema.ts';
import { restoreBodyName, citedIdentity, completeIssuer, issuerFromHeader, provinceFromText, refineIssuer, unitOf, issuerFromSymbol, issuingSentence, levelAndLocality, ministersAct, treatyParties } from './facts.ts';
import { fieldMisfits } from '../body-in-fields.ts';
import { boilerplateOf, docTypeOf, pageNoiseOf, extractHeader, isBodyName, isCaps, isGazetteHead, OCR_ADDRESS, readNumberSymbol, typePrefixOf } from './header.ts';
import { findDate, isoFrom, parseNumberSymbol, parsePlaceDate, treatyDate } from './dates.ts';
import { canonicalCodes } from '../citations/parse.ts';
import type { IdentityInput } from './identity.ts';
import { boilerplateReason, bracketedEnd, expandColumns, hoistDisplacedHeader, isBlank, isImageCaption, isPageNumber, isTypistLine, toLines } from './lines.ts';
import { buildTree } from './mdast.ts';
import { splitDocuments } from './split.ts';
import { logicalLines, parseLabel, toBlocks, type Block } from './structure.ts';
import { numberFromFileName } from './file-name.ts';
import { extractFootnotes } from './footnotes.ts';
import { extractTail } from './tail.ts';
import { markupPageOf } from './markup-source.ts';
import type { Omission, Problem, SourceKind, SourceLine } from './types.ts';
import { DOC_TYPES, KNOWN_BODIES, TYPE_ABBREVIATIONS, caseOrgName, expandOrg } from './vietnamese.ts';
import { modernTone } from '../vietnamese.ts';

export interface SourceInfo {
  /** Path shown in messages. */
  displayPath: string;
  /** Path relative to the sources directory (frontmatter `source.file`). */
  sourceFile: string;
  /** File name without extension, for ids and overrides. */
  stem: string;
  sha256: string;
  encoding: string;
  markdown: boolean;
}

/** A document before its id is assigned. */
export interface Draft {
  part: number | null;
  identity: IdentityInput;
  /** Frontmatter without `related` ids (filled when ids are known). */
  frontmatter: Omit<DocumentFrontmatter, 'related'> & { related: DocumentFrontmatter['related'] };
  tree: Root;
  blocks: Block[];
  /** Index of the related part (0-based) and the relation, resolved to ids later. */
  relatedParts: { part: number; rel: 'attachment' | 'letter' }[];
  omissions: Omission[];
  /** Source line numbers that went into the body (footnotes included). */
  bodyLines: number[];
  /** Source line numbers of each linked footnote. */
  noteLines: number[][];
  /** Where the title, the recipients and the signer were read, for messages. */
  fieldLines: { title?: number; recipients?: number; signer?: number };
}

export interface SourceResult {
  drafts: Draft[];
  problems: Problem[];
}

export class ImportError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(`${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`);
    this.name = 'ImportError';
    this.problem = problem;
  }
}

export function importText(text: string, info: SourceInfo): SourceResult {
  const kind: SourceKind = { markdown: info.markdown };
  const problems: Problem[] = [];
  const warn = (line: number, field: string, message: string) =>
    problems.push({ file: info.displayPath, line, field, message, severity: 'warning' });

  if (text.trim() === '') {
    throw new ImportError({ file: info.displayPath, line: 1, field: 'body', message: 'the file is empty: nothing to import', severity: 'error' });
  }
  // A web page's source saved as text (every paragraph in "<p …>", the header a "<table>") is read as the page it is.
  // (…and so is a forum post's BBCode or a wiki page's wikitext: the page they make.)
  const markup = info.markdown ? null : markupPageOf(text);
  const page = markup?.text ?? null;
  if (markup !== null) {
    kind.markdown = markup.markdown;
    const what = { html: 'a web page’s HTML source', bbcode: 'a forum post’s BBCode', wikitext: 'a wiki page’s wikitext', confluence: 'Confluence’s wiki markup', csv: 'a spreadsheet saved as CSV', json: 'a dataset’s JSON record' }[markup.source];
    warn(1, 'format', `the text is ${what}: read as the page (line numbers below are the page text’s)`);
  } else if (!info.markdown && (text.match(/^#{1,6}[ \t]+\p{L}/gmu)?.length ?? 0) >= 2) {
    // A portal's markdown export saved as text ("# NGHỊ ĐỊNH", "## Điều 1. …") is read as markdown: its "#" are headings.
    kind.markdown = true;
  } else if (!info.markdown && (text.match(/^__[^\s_][^\n]*[^\s_\\]__[ \t]*$/gmu)?.length ?? 0) >= 3) {
    // So is mammoth's markdown of a Word file saved as text: its bold lines are "__QUYẾT ĐỊNH__", "__Điều 1\. …__".
    kind.markdown = true;
  } else if (!info.markdown && (text.match(/^ {2}\* \S/gmu)?.length ?? 0) >= 3 && /\*\*\S/u.test(text)) {
    // …and html2text's of a web page: its list items are "  * …", its bold "**…**", its italics "_…_".
    kind.markdown = true;
  }
  const cleaned = toLines(page ?? text, kind);
  const markOmissions = cleaned.omissions;
  const comments = markOmissions.filter((o) => o.reason === 'review comment');
  if (comments.length > 0) warn(comments[0]!.line, 'body', `a reviewer's comments (lines ${comments[0]!.line}–${comments.at(-1)!.line}) and their marks in the text are left out of the page`);
  const lines = hoistDisplacedHeader(expandColumns(cleaned.lines, kind));
  const wholeText = lines.map((l) => l.plain).join(' ');
  // A social page's reactions and comments under a post that pastes the document are the page's, not the document's:
  // it ends where they start. Their lines are recorded as left out, and the report says so.
  const social = socialFooter(lines);
  const parts = splitDocuments(social === null ? lines : lines.slice(0, social));
  const socialOmissions: Omission[] = social === null ? [] : lines.slice(social).filter((l) => !isBlank(l)).map((l) => ({ line: l.no, text: l.plain, reason: 'social page or chat: reactions, comments and replies' }));
  if (social !== null) warn(lines[social]!.no, 'body', `the page's or chat's reactions, comments and replies under the document (from line ${lines[social]!.no}, “${lines[social]!.plain.slice(0, 50)}”) are left out of the page`);
  const drafts: Draft[] = [];
  const multi = parts.length > 1;

  // Every part's header first: a decision printed without its header is named by its attachment's "(Ban hành kèm theo Quyết định số …)".
  const headers = parts.map((range) => extractHeader(lines, range.start, range.end));
  for (const [p, range] of parts.entries()) {
    const partNo = multi ? p + 1 : null;
    const header = headers[p]!;
    const tail = extractTail(lines, header.bodyStart, range.end);
    const omissions: Omission[] = [...header.omissions, ...tail.omissions];
    if (p === parts.length - 1) omissions.push(...socialOmissions);
    // A note above the document (a mail forwarding it, a reader's question answered with it) is left out of the page:
    // the report says so, with the lines, since it is text a reader of the file sees.
    const firstRead = Math.min(...header.omissions.filter((o) => o.reason !== 'header: unread cell').map((o) => o.line));
    const above = header.omissions.filter((o) => o.reason === 'header: unread cell' && o.line < firstRead && /\p{L}{2,}/u.test(o.text));
    if (above.length > 0) {
      const first = above[0]!.text;
      warn(above[0]!.line, 'header', `${above.length} line(s) above the document's header (lines ${above[0]!.line}–${above[above.length - 1]!.line}, “${first.length > 60 ? `${first.slice(0, 57)}…` : first}”) are no part of it: left out of the page`);
    }
    const partNos = lines.slice(range.start, range.end).map((l) => l.no);
    const firstNo = partNos.length ? Math.min(...partNos) : 1;
    const lastNo = partNos.length ? Math.max(...partNos) : firstNo;
    for (const o of markOmissions) if (o.line >= firstNo && o.line <= lastNo) omissions.push(o);
    // Lines left out, by identity: a row split into columns gives several lines one number.
    const skip = new Set<SourceLine>();
    // The body, then what follows the signature and recipients (appendices, footnotes).
    const bodyIdx: number[] = [];
    for (let i = header.bodyStart; i < tail.bodyEnd; i++) bodyIdx.push(i);
    // Lines inside the tail that neither the recipients nor the signature took stay body text.
    // (A line the signature took only a name from, "- Tổng Liên đoàn Lao động Việt Nam; Nguyễn Xuân Phúc" with no list
    // around it to take the rest, stays whole in the body rather than lose its item.)
    // A row split into columns gives several lines one number: what was taken counts on the line that holds it,
    // or "- Như Điều 4;" would go with its neighbour "KT. CHỦ TỊCH".
    const tailTaken = new Map<number, string[]>();
    for (const o of tail.omissions) tailTaken.set(o.line, [...(tailTaken.get(o.line) ?? []), o.text]);
    const key = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
    const taken = (l: SourceLine) => {
      const whole = key(l.plain);
      const mine = (tailTaken.get(l.no) ?? []).filter((t) => whole.includes(key(t)));
      return mine.length > 0 && key(mine.join('')).length >= 0.6 * whole.length;
    };
    for (let i = Math.max(tail.bodyEnd, header.bodyStart); i < tail.afterTail; i++) if (!taken(lines[i]!)) bodyIdx.push(i);
    for (let i = Math.max(tail.afterTail, header.bodyStart); i < range.end; i++) bodyIdx.push(i);
    const bodyRange = bodyIdx.map((i) => lines[i]!);
    const furniture = pageFurniture(lines, bodyIdx);
    for (const i of bodyIdx) {
      const l = lines[i]!;
      if (isBlank(l)) continue;
      const reason = furniture.get(i) ?? (isPageNumber(lines, i) || isGazettePageNumber(lines, i) || isCountedPageNumber(lines, i) ? 'page number' : boilerplateReason(l) ?? bodyNoise(l.plain) ?? (isTypistLine(l) ? 'typist reference' : isImageCaption(l) ? 'image caption' : null));
      if (reason) { skip.add(l); omissions.push({ line: l.no, text: l.plain, reason }); }
    }
    // Footnotes come out of the line flow first: a pdftotext page's notes sit between the halves of a wrapped sentence.
    const footnotes = extractFootnotes(bodyRange, skip);
    const logical = logicalLines(footnotes.lines, skip, kind);
    const blocks = toBlocks(logical, kind);
    const tree = buildTree(blocks);
    const noteLines: number[][] = [];
    for (const note of footnotes.notes) {
      const noteLogical = logicalLines(note.lines, skip, kind);
      noteLines.push(noteLogical.flatMap((lg) => lg.lines));
      tree.children.push(footnoteDefinition(note.n, buildTree(toBlocks(noteLogical, kind))));
    }
    // The facts read the text in source order, notes where they stand, as before footnotes were linked.
    const bodyText = (footnotes.notes.length ? logicalLines(bodyRange, skip, kind) : logical).map((lg) => lg.plain).join('\n');
    // The body as one run of text, for the sentences read across lines (adoption, issuing, signing).
    const flatBody = bodyText.replace(/\n/g, ' ');
    const partText = lines.slice(range.start, range.end).map((l) => l.plain).join(' ');
    const firstLine = firstNonBlank(lines, range.start, range.end);
    const lastLine = lastNonBlank(lines, range.start, range.end);
    const headLine = lines[header.bodyStart]?.no ?? firstLine;

    // Type, number, symbol.
    let docType = header.docType?.value ?? null;
    // The symbol's codes in official spelling: OCR and ASCII copies drop the Đ ("1421/QD-BTC" is QĐ-BTC).
    let numberSymbol = header.numberSymbol ? { number: header.numberSymbol.number, symbol: officialSymbol(header.numberSymbol.symbol), year: header.numberSymbol.year } : null;
    let date = header.date?.iso ?? null;
    let issuer: string | null = null;
    let parentIssuer: string | null = null;
    let stampIssuer: string | null = null;
    let hostIssuer: string | null = null;
    let title = header.title?.value ?? null;
    const place = header.place?.value ?? null;

    // A consolidated text (văn bản hợp nhất) carries its own number and date in the authentication block at its end.
    // Also one without its banner: "Văn bản này được hợp nhất từ …" in a note, "XÁC THỰC VĂN BẢN HỢP NHẤT" at the end.
    if (!numberSymbol && /văn bản này được hợp nhất từ|XÁC THỰC VĂN BẢN HỢP NHẤT/u.test(partText) && consolidationStamp(lines, range.start, range.end)) {
      if (docType !== 'Văn bản hợp nhất') warn(headLine, 'docType', `a consolidated text (văn bản hợp nhất) of a ${docType ?? 'document'}: typed as such from its note and authentication block`);
      docType = 'Văn bản hợp nhất';
    }
    if (docType === 'Văn bản hợp nhất' && !numberSymbol) {
      const auth = consolidationStamp(lines, range.start, range.end);
      if (auth) {
        numberSymbol = auth.numberSymbol;
        date ??= auth.date;
        if (auth.issuer && header.issuerLines.length === 0) stampIssuer = auth.issuer;
        omissions.push(...auth.omissions);
      }
    }
    // A consolidated text under the Công báo's banner may reprint at its top the header of the text it consolidates
    // ("CHÍNH PHỦ" / "Số: 49/2018/NĐ-CP" / "30 tháng 3 năm 2018"), then its note ("… được sửa đổi, bổ sung bởi:"): its own
    // number, date and issuer are those of the authentication block at its end ("Số: 1798/VBHN-BLĐTBXH").
    let ownStamp = false;
    if (numberSymbol && !/(?:^|-)VBHN(?:-|$)/u.test(numberSymbol.symbol) && /XÁC THỰC VĂN BẢN HỢP NHẤT/u.test(partText) && /được\s+sửa\s+đổi,?\s+bổ\s+sung\s+bởi\s*:/u.test(partText)) {
      const auth = consolidationStamp(lines, range.start, range.end);
      if (auth) {
        warn(headLine, 'number', `a consolidated text: the header of the text it consolidates (${numberSymbol.number}/${numberSymbol.symbol}) is reprinted at its top; its own number, date and issuer read from its authentication block`);
        numberSymbol = auth.numberSymbol;
        date = auth.date;
        docType = 'Văn bản hợp nhất';
        stampIssuer = auth.issuer;
        ownStamp = true;
        omissions.push(...auth.omissions);
      }
    }
    // A legal library prints an old text's number and date in its title: "LUẬT SỐ 102-SL/L-004 NGÀY 20-5-1957 QUY ĐỊNH QUYỀN LẬP HỘI".
    // Only a title in capitals whose rest is a subject: "Quy định số 114-QĐ/TW, ngày … và Quy định số 117 …" is what a text studies, not its number.
    if (!numberSymbol && title && isCaps(title) && !/^[^;]*?ngày\s+[\d/.\- ]+(?:tháng\s+\d+\s+năm\s+\d+)?\s*(?:và|của|,|;)/iu.test(title)) {
      // The type may be the line above: "LUẬT" / "SỐ 101-SL/L.003 NGÀY 20-5-1957 QUY ĐỊNH QUYỀN TỰ DO HỘI HỌP".
      const m = NUMBERED_TITLE.exec(title) ?? (docType ? NUMBERED_TITLE.exec(`${docType} ${title}`) : null);
      const ns = m ? parseNumberSymbol(m[1]!) : null;
      const d = m ? findDate(/tháng/iu.test(m[2]!) ? `ngày ${m[2]}` : m[2]!) : null;
      if (ns && d?.iso) {
        numberSymbol = ns;
        date ??= d.iso;
        title = m![3]!;
        warn(header.title?.lines[0] ?? headLine, 'number', `no “Số:” line; ${m![1]} and the date ${m![2]} read from the title line, as a legal library prints them`);
      }
    }
    // …and prints the law's body, number and date around its subject where the law itself has none: "CỦA QUỐC HỘI NƯỚC …
    // SỐ 23/2004/QH11 NGÀY 15 THÁNG 6 NĂM 2004 VỀ GIAO THÔNG ĐƯỜNG THUỶ NỘI ĐỊA", "QUY HOẠCH ĐÔ THỊ CỦA QUỐC HỘI KHOÁ XII, KỲ HỌP THỨ 5".
    if (title && (docType === 'Luật' || docType === 'Bộ luật' || docType === 'Pháp lệnh') && isCaps(title)) title = libraryLawTitle(title);
    // The host of an attached regulation, printed without its own header, is named by the attachment.
    // (A host without its header names its own type in its body: "Quyết định này có hiệu lực …".)
    const hostType = p === 0 && !numberSymbol && headers.slice(1).some((h) => h.attachedTo) ? docType ?? selfType(bodyText) : null;
    if (hostType) {
      for (const h of headers.slice(1)) {
        if (!h.attachedTo) continue;
        const cited = citedIdentity([{ text: h.attachedTo.text, line: h.attachedTo.line }], hostType);
        if (!cited?.number) continue;
        numberSymbol = { number: cited.number, symbol: cited.symbol, year: cited.year };
        docType ??= hostType;
        date ??= cited.date;
        const by = /\scủa\s+(.+?)\)?\s*$/u.exec(h.attachedTo.text)?.[1];
        hostIssuer = cited.issuer ?? (by ? issuerFromEnacting(by, wholeText) : null);
        warn(headLine, 'number', `no header; number, symbol${cited.date ? ', date' : ''}${hostIssuer ? ' and issuer' : ''} read from the attached text's line “${h.attachedTo.text}” (line ${h.attachedTo.line})`);
        break;
      }
    }
    // A law site's copy whose header was an image lists the document's properties, often at the end:
    // "| Số hiệu | 09/2025/QĐ-UBND |", "| Ngày ban hành | 26/02/2025 |" (or "Số hiệu: …").
    if (!numberSymbol || !date) {
      const props = propertiesTable(lines, range.start, range.end);
      const ns = props?.number ? parseNumberSymbol(props.number.value) : null;
      if (!numberSymbol && ns) {
        numberSymbol = { number: ns.number, symbol: officialSymbol(ns.symbol), year: ns.year };
        warn(props!.number!.line, 'number', `no number in the header; ${props!.number!.value} read from the document's properties (“${props!.number!.label}”)`);
      }
      const d = props?.date ? findDate(props.date.value) : null;
      if (!date && d?.iso) {
        date = d.iso;
        warn(props!.date!.line, 'date', `no date in the header; ${props!.date!.value} read from the document's properties (“${props!.date!.label}”)`);
      }
    }
    // A Word file whose header sat in text boxes that the converter put last: the national name or motto, "Số: …" and
    // the place and date, together in the text's last lines, after the signature and the list.
    if (!numberSymbol || !date) {
      const tail = headerAtEnd(lines, range.start, range.end);
      const ns = tail?.number ? parseNumberSymbol(tail.number.value) : null;
      if (!numberSymbol && ns) {
        numberSymbol = { number: ns.number, symbol: officialSymbol(ns.symbol), year: ns.year };
        warn(tail!.number!.line, 'number', `no number in the header; ${tail!.number!.value} read from the header's lines at the end of the text`);
      }
      if (!date && tail?.date) {
        date = tail.date.iso;
        warn(tail.date.line, 'date', `no date in the header; read from the header's lines at the end of the text`);
      }
    }
    // Laws and resolutions of the National Assembly carry no date in the header: it is the day of adoption.
    if (!date) {
      // An appendix may follow: then the sentence "… này được … thông qua …" anywhere, the last one.
      const adopted = ADOPTED.exec(flatBody.slice(-3000)) ?? [...flatBody.matchAll(ADOPTED_SENTENCE)].at(-1)?.slice(0) ?? null;
      const iso = adopted ? isoFrom(Number(adopted[1]), Number(adopted[2]), Number(adopted[3])) : null;
      if (iso) { date = iso; warn(lastLine, 'date', `no date in the header; the date of adoption “${adopted![0]}” taken from the closing sentence`); }
    }
    if (header.date && header.date.iso === null && /\d/.test(header.date.raw)) {
      warn(header.date.line, 'date', `“${header.date.raw}” is not a real calendar date; left empty`);
    }

    // An attached part takes its identity from the covering letter's citation of it.
    let citedBy: number | null = null;
    if (p > 0 && !numberSymbol && docType) {
      const letter = drafts[0];
      // Non-blank lines joined by newlines: a citation may wrap, a name may not.
      const letterLines = lines.slice(parts[0]!.start, parts[0]!.end).filter((l) => !isBlank(l));
      const joined = [{ text: letterLines.map((l) => l.plain).join('\n'), line: letterLines[0]?.no ?? 1 }];
      const cited = citedIdentity(joined, docType);
      if (cited && letter) {
        numberSymbol = { number: cited.number, symbol: cited.symbol, year: cited.year };
        date ??= cited.date;
        issuer = cited.issuer;
        citedBy = 0;
        warn(firstLine, 'number', `the attached ${docType.toLowerCase()} has no “Số:” line; number, symbol, date and issuer taken from the covering letter's citation of it (${cited.number}/${cited.symbol})`);
      }
    }

    // An attached document ("QUY ĐỊNH … (Ban hành kèm theo Quyết định số …)") is issued by the document
    // it is attached to: same issuer and date, linked both ways.
    if (p > 0 && citedBy === null && header.attachedTo) {
      const host = drafts[0]!.frontmatter;
      const hostNs = host.number ? `${host.number}` : null;
      const said = header.attachedTo.text.replace(/\s+/g, '');
      // The host's number, or its symbol where the copy left the number blank ("Quyết định số    /2025/QĐ-UBND").
      if ((hostNs && new RegExp(`(?<!\\d)${hostNs}(?!\\d)`).test(said)) || (host.symbol && said.includes(host.symbol))) {
        date ??= host.date;
        issuer ??= host.issuer;
        parentIssuer ??= host.parentIssuer;
        citedBy = 0;
        warn(header.attachedTo.line, 'date', `the attached ${(docType ?? 'document').toLowerCase()} has no date or issuer of its own; taken from the document it is attached to (${host.docType} ${host.number}/${host.symbol})`);
      }
    }

    // A letter addressed "Kính gửi: …" with no type line is a công văn, whatever its symbol
    // ("10384/CT-TTHT" is Cục Thuế's letter, not a Chỉ thị).
    // (OCR may put a mark before it: "‹ Kính gửi: …", or garble its marks and space: "Kỉnhgửì:".)
    // Not a text whose header gives a title in capitals instead of a subject: "THAM LUẬN GÓP Ý DỰ THẢO LUẬT …".
    // (A long "BẢN SO SÁNH, THUYẾT MINH …" is read by its start: isCaps gives up past 200 characters.)
    // (Its line naming the draft it is about stays out: "BẢN ĐÁNH GIÁ …" / "Dự thảo Luật Quản lý thuế".)
    const capsTitle = header.title !== null && !header.title.isSubject
      && (isCaps(header.title.value.replace(/\s+Dự (?:thảo|án) .*$/u, '')) || (/^BẢNG?\s/u.test(header.title.value) && isCaps(header.title.value.slice(0, 200))));
    if (!docType && !capsTitle && logical.slice(0, 3).some((lg) => LETTER_ADDRESS.test(lg.plain))) {
      docType = 'Công văn';
      warn(headLine, 'docType', 'no type line; “Công văn” read from the letter’s address line (“Kính gửi”)');
    }
    if (!docType && numberSymbol) {
      const abbr = numberSymbol.symbol.split(/[-/]/)[0]!;
      // "CT-TTHT" is a Cục Thuế's answering office (Tuyên truyền - Hỗ trợ), not a Chỉ thị: its letters.
      const t = /^CT-TT&?HT$/u.test(numberSymbol.symbol) ? 'Công văn' : TYPE_ABBREVIATIONS[abbr];
      if (t) { docType = t; warn(headLine, 'docType', `no type line; “${t}” read from the symbol ${numberSymbol.symbol}`); }
    }

    // A body printed without any header names itself in its appendix's caption:
    // "(Ban hành kèm theo Thông tư số 36/2025/TT-BCT ngày 3 tháng 6 năm 2025 của Bộ trưởng Bộ Công Thương …)".
    // (An appendix printed alone has its heading in capitals where an issuer would stand: "Phụ lục I" / "QUY TẮC XUẤT XỨ".)
    const noBodyAbove = header.issuerLines.every((l) => !isBodyName(l.text));
    const captionType = !numberSymbol && noBodyAbove && !header.numberSymbol && !header.date ? docType ?? selfType(bodyText) : null;
    if (!numberSymbol && captionType) {
      // (A draft's blank number may follow "số" with no space left: "(Kèm theo Nghị định số/2025/NĐ-CP ngày".)
      const caption = new RegExp(`^\\(\\s*(?:ban hành\\s+)?kèm theo\\s+${captionType.replace(/\s+/g, '\\s+')}\\s+số\\s*:?(?:\\s|(?=\\/))`, 'iu');
      const part = lines.slice(range.start, range.end);
      const k = part.findIndex((l) => caption.test(l.plain));
      // The caption as one line, however it was wrapped.
      const line = k < 0 ? undefined : { ...part[k]!, plain: part.slice(k, bracketedEnd(part, k, part.length) + 1).map((l) => l.plain).join(' ') };
      // ("Kèm theo Quyết định số: 500/QĐ-TTg …": a caption may put a colon after "số"; a copy that lost its spaces
      // where the source joined lines glues the date to its word: "… 88/1999/NĐ-CP ngày01/09/1999 của Chính phủ".)
      const cited = line ? citedIdentity([{ text: line.plain.replace(/(số)\s*:\s*/iu, '$1 ').replace(/(?<![\p{L}])(ngày)(?=\d)/giu, '$1 '), line: line.no }], captionType) : null;
      // "… năm 2025 của Bộ trưởng Bộ Công Thương sửa đổi, …": the issuer ends where the subject begins.
      const byOf = (l: string) => /\d{4}\s+của\s+(.+?)(?=\s+(?:sửa đổi|quy định|về|ban hành|hướng dẫn|bổ sung|bãi bỏ)(?![\p{L}])|\)|$)/iu.exec(l)?.[1];
      if (line && cited?.number) {
        numberSymbol = { number: cited.number, symbol: cited.symbol, year: cited.year };
        docType ??= captionType;
        date ??= cited.date;
        const by = cited.issuer ?? byOf(line.plain);
        hostIssuer ??= by ? issuerFromEnacting(by, wholeText) : null;
        // The heading read where an issuer would stand names no body: the caption's issuer wins over it.
        if (header.issuerLines.length > 0) issuer ??= hostIssuer;
        warn(headLine, 'number', `no header; number, symbol${cited.date ? ', date' : ''}${hostIssuer ? ' and issuer' : ''} read from the appendix caption “${line.plain}” (line ${line.no})`);
      }
      // "Thông tư số 18 ngày 28 tháng 6 năm 2024 của Thống đốc …": the number without its symbol or year is all the
      // text states of them; with the date and the issuer it is still this document's ("Thông tư 18").
      const bare = line && !cited?.number ? /số\s*:?\s*(\d{1,5})\s*,?\s+(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/iu.exec(line.plain) : null;
      const bareDate = bare ? findDate(bare[2]!)?.iso ?? null : null;
      if (line && bare && bareDate) {
        numberSymbol = { number: bare[1]!, symbol: '', year: null };
        docType ??= captionType;
        date ??= bareDate;
        const by = byOf(line.plain);
        hostIssuer ??= by ? issuerFromEnacting(by, wholeText) : null;
        warn(headLine, 'number', `no header; the appendix caption “${line.plain}” (line ${line.no}) gives the number ${bare[1]} without its symbol: number, date${hostIssuer ? ' and issuer' : ''} read from it`);
      }
      // A draft's caption leaves the number blank, as its header would: "(Kèm theo Nghị định số /2025/NĐ-CP ngày tháng năm 2025 …)".
      const blank = line && !cited?.number && !bareDate ? /số\s*:?\s*[.…_]*\s*\/\s*(?:(\d{4})\s*\/\s*)?(\p{Lu}[\p{L}\d&]*(?:-\p{Lu}[\p{L}\d&]*)+)(?![\p{L}\d])/u.exec(line.plain) : null;
      if (line && blank) {
        numberSymbol = { number: '', symbol: blank[2]!, year: blank[1] ? Number(blank[1]) : null };
        docType ??= captionType;
        warn(headLine, 'number', `no header; the appendix caption “${line.plain}” (line ${line.no}) leaves the number blank: symbol${blank[1] ? ' and year' : ''} read from it`);
      }
    }
    // A legal library's caption over a letter printed without its header:
    // "Công văn số 481/CT-TTHT ngày 27/01/2014 của Cục Thuế TP Đà Nẵng về thời hạn nộp hồ sơ …".
    if (!numberSymbol && header.issuerLines.length === 0 && !header.numberSymbol && !header.date) {
      const first = lines.slice(range.start, range.end).find((l) => !isBlank(l));
      const m = first ? LIBRARY_CAPTION.exec(first.plain.trim()) : null;
      const ns = m ? parseNumberSymbol(m[2]!) : null;
      const d = m ? findDate(/tháng/iu.test(m[3]!) ? `ngày ${m[3]}` : m[3]!) : null;
      if (m && ns && d?.iso) {
        numberSymbol = ns;
        docType ??= docTypeOf(m[1]!);
        date ??= d.iso;
        issuer ??= expandOrg(m[4]!.trim());
        title ??= m[5]!.replace(/\.$/u, '');
        warn(first!.no, 'number', `no header; type, number, date, issuer and subject read from the caption “${first!.plain.trim().slice(0, 120)}” (line ${first!.no})`);
      }
      // …or a help desk's shorter one, type, number and subject only: "Công văn 3088/TCT-DNL Thuế GTGT đối với hàng hóa, …".
      const bare = !m && first ? BARE_CAPTION.exec(first.plain.trim()) : null;
      const bareNs = bare ? parseNumberSymbol(bare[2]!) : null;
      if (bare && bareNs?.number && bareNs.symbol) {
        numberSymbol = bareNs;
        docType ??= docTypeOf(bare[1]!);
        title ??= bare[3]!.replace(/\.$/u, '');
        warn(first!.no, 'number', `no header; type, number and subject read from the caption “${first!.plain.trim().slice(0, 120)}” (line ${first!.no})`);
      }
    }
    // A treaty is made by its parties, whom its title names, and dated in its closing clause ("… làm thành hai bản tại
    // Kuala Lumpur ngày Bảy tháng Chín năm một nghìn chín trăm chín mươi lăm"); its header has no issuer block.
    if (docType === 'Hiệp định') {
      const parties = treatyParties(title);
      if (parties) { issuer = parties; warn(headLine, 'issuer', `a treaty: the parties “${parties}” read from its title`); }
      if (!date) {
        const signed = treatyDate(flatBody);
        if (signed?.iso) { date = signed.iso; warn(lastLine, 'date', `a treaty: the date of signing read from its closing clause “${signed.raw}”`); }
      }
    }
    // Issuer: header lines, then symbol + place, then the issuing sentence.
    const joint = /liên tịch/iu.test(docType ?? '') || /(?:^|[-/])(?:TTLT|NQLT|QĐLT|CTLT|HDLT)(?:$|[-/])/u.test(numberSymbol?.symbol ?? '');
    // A signature's capacity OCR'd without its marks at a page's top ("KT. BO TRUONG") is no issuer.
    const fromHeader = issuerFromHeader(header.issuerLines.map((l) => l.text).filter((t) => !/^(?:kt|tm|tl|tuq|t\/m)\.?\s/iu.test(t)), wholeText, joint);
    if (!issuer && (!fromHeader || ownStamp) && stampIssuer) issuer = stampIssuer;
    if (!issuer && fromHeader) {
      issuer = refineIssuer(fromHeader.issuer, fromHeader.parent, tail.signer.capacity);
      parentIssuer = fromHeader.parent ? restoreBodyName(fromHeader.parent) : null;
    }
    if (!issuer) {
      const s = issuerFromSymbol(numberSymbol?.symbol ?? null, place, partText);
      if (s) { issuer = s; warn(headLine, 'issuer', `no issuer block in the header; “${s}” found in the text from the symbol ${numberSymbol?.symbol} and the place ${place}`); }
    }
    if (!issuer && hostIssuer) issuer = hostIssuer;
    // No issuer block, but the enacting authority printed under the title: "CỤC TRƯỞNG CỤC THUẾ".
    if (!issuer && header.enacting) {
      const s = issuerFromEnacting(header.enacting.text, wholeText);
      if (s) { issuer = s; warn(header.enacting.line, 'issuer', `no issuer block in the header; “${s}” read from the enacting authority “${header.enacting.text}”`); }
    }
    // A body without its header is still signed on behalf of its issuer: "TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG".
    if (!issuer && tail.signer.capacity) {
      const s = issuerFromCapacity(tail.signer.capacity);
      if (s) { issuer = s; warn(tail.signer.line ?? headLine, 'issuer', `no issuer in the header; “${s}” read from the signature's capacity (${tail.signer.capacity})`); }
    }
    // A law published without its header still says who adopted it: "Luật này đã được Quốc hội … thông qua ngày …".
    if (!issuer) {
      const adopter = /(?:Luật|Bộ luật|Nghị quyết|Pháp lệnh) này (?:đã )?được (Quốc hội|Ủy ban [Tt]hường vụ Quốc hội|Uỷ ban [Tt]hường vụ Quốc hội)(?![\p{L}])[^.;]{0,200}?thông qua/u.exec(bodyText.slice(-3000).replace(/\n/g, ' '));
      if (adopter) {
        issuer = /^Quốc hội$/u.test(adopter[1]!) ? 'Quốc hội' : 'Ủy ban Thường vụ Quốc hội';
        warn(lastLine, 'issuer', `no issuer in the header; “${issuer}” read from the closing sentence (“${adopter[0].slice(0, 80)}…”)`);
      }
    }
    const found = issuingSentence(flatBody, docType);
    // A sentence that runs past its title into the articles is no issuing sentence.
    const sentence = found && found.title.length <= 600 && fieldMisfits({ title: found.title, recipients: [], signer: { name: null, capacity: null } }).length === 0 ? found : null;
    if (!issuer && sentence) {
      // "Bộ trưởng Bộ Tài chính ban hành Thông tư …": a minister's act is the ministry's, as the header would name it.
      issuer = bodyOfOffice(sentence.issuer, wholeText);
      warn(headLine, 'issuer', `no issuer block in the header; “${sentence.issuer}” taken from the sentence that issues the document`);
    }
    // A circular's preamble ends with its minister's act even when it names no type: "Bộ trưởng Bộ Tài chính hướng dẫn việc …".
    if (!issuer && docType === 'Thông tư') {
      const ministry = ministersAct(flatBody);
      if (ministry) { issuer = ministry; warn(headLine, 'issuer', `no issuer block in the header; “${issuer}” taken from the minister's act that ends the preamble`); }
    }
    // A text whose header names its issuer and gives a title but no type is of no type the body names:
    // a comment on a draft law quotes the draft's "Luật này" and enacting sentence, and is no law.
    // (Not a title that is a type and a name: "(DỰ THẢO) LUẬT THANH TRA".)
    const untypedHeader = capsTitle && header.issuerLines.length > 0 && typePrefixOf(header.title!.value.replace(/^\(?\s*dự thảo\s*\)?\s*/iu, '')) === null;
    if (!docType && sentence && !untypedHeader) {
      docType = sentence.docType;
      warn(headLine, 'docType', `no type line; “${docType}” taken from the sentence that issues the document`);
    }
    if (!title && sentence) {
      title = sentence.title;
      warn(headLine, 'title', `no title in the header; “${title}” taken from the sentence that issues the document`);
    }
    // A body published without its header, in a file named after the document ("02-2013-tt-nhnn").
    // A name whose symbol contradicts the type the text gives itself is not this text's number.
    // How the body names itself, read once for both uses below.
    const self = docType || untypedHeader ? null : selfType(bodyText);
    // (A caption's bare number, "Thông tư số 18 ngày …", takes the symbol of a file name with the same number.)
    if ((!numberSymbol || !numberSymbol.symbol) && p === 0) {
      const named = numberFromFileName(info.stem, docType ?? self);
      if (named && (!numberSymbol || Number(named.number) === Number(numberSymbol.number))) {
        numberSymbol = { number: named.number, symbol: named.symbol, year: named.year };
        docType ??= self ?? named.types[0]!;
        warn(headLine, 'number', `the text shows no “Số:” line; ${named.number}/${named.year ? `${named.year}/` : ''}${named.symbol} read from the file name (${info.stem})`);
      }
    }
    // A body without its header still names itself: "Thông tư này quy định …", "Luật này có hiệu lực …".
    if (!docType) {
      if (self) { docType = self; warn(headLine, 'docType', `no type line; “${self}” read from how the text names itself (“${self} này”)`); }
    }
    if (!docType) {
      docType = 'Văn bản';
      warn(headLine, 'docType', 'no type line and no symbol to read the type from; recorded as “Văn bản”');
    }

    if (issuer && !unitOf(issuer)) {
      const letterProvince = citedBy !== null ? drafts[citedBy]!.frontmatter.locality.province : null;
      const completed = completeIssuer(issuer, place, letterProvince ?? provinceFromText(partText));
      if (completed) {
        warn(headLine, 'issuer', `the text names the issuer as “${issuer}”; completed as “${completed}” from ${letterProvince ? 'the covering letter’s province' : 'the place of issue'}`);
        issuer = completed;
      }
    }
    // OCR reads a symbol's "T" as "I" ("2862 /ICT-HTQT" of Tổng cục Thuế, "ICHQ-TXNK" of Tổng cục Hải quan, "CI-TTHT" of
    // Cục Thuế tỉnh Bắc Ninh): the issuer's initials show which, without its place for a provincial office.
    const code = numberSymbol?.symbol.split(/[-/]/)[0] ?? '';
    if (numberSymbol && issuer && /^\p{Lu}+$/u.test(code) && code.includes('I')) {
      const initials = [initialsOf(issuer), initialsOf(issuer.replace(/\s+(?:tỉnh|thành phố|TP\.?)\s.*$/u, ''))];
      if (initials.includes(code.replace(/I/g, 'T'))) {
        const symbol = code.replace(/I/g, 'T') + numberSymbol.symbol.slice(code.length);
        warn(header.numberSymbol?.line ?? headLine, 'symbol', `the symbol reads “${numberSymbol.symbol}”; “${symbol}” after the issuer ${issuer}, whose initials it carries`);
        numberSymbol = { ...numberSymbol, symbol };
      }
    }
    const { level, locality } = levelAndLocality(issuer, parentIssuer, place, wholeText);

    // Reports for what the text does not say.
    const missing: { field: string; reason: string }[] = [];
    const miss = (line: number, field: string, reason: string) => { missing.push({ field, reason }); warn(line, field, reason); };
    // No header element at all: the text starts in the middle of the document.
    const headless = header.bodyStart === firstIndex(lines, range.start, range.end) && !header.docType && header.issuerLines.length === 0 && citedBy === null;
    const why = headless ? 'the text starts without its header (first page missing?), ' : '';
    if (!numberSymbol?.number) {
      miss(headLine, 'number', numberSymbol?.symbol ? `the number is blank or unreadable; only the symbol ${numberSymbol.symbol} was read` : `${why}the text shows no “Số:” line (number and symbol unknown)`);
    }
    else if (!numberSymbol.symbol) miss(headLine, 'symbol', `only the number ${numberSymbol.number} is stated; the symbol (ký hiệu) is unknown`);
    if (!date) miss(header.date?.line ?? headLine, 'date', header.date ? 'the date of issue is not a real date' : `${why}the text shows no place-and-date line (“…, ngày … tháng … năm …”)`);
    if (!place) miss(headLine, 'place', 'the text shows no place of issue');
    if (!issuer) miss(headLine, 'issuer', 'no issuer in the header, and none could be read from the symbol or the text');
    // A title ends without a full stop, as the labels and the reference sites write it ("V/v … hộ kinh doanh."),
    // but for an abbreviation that ends in one ("v.v.", "TP.").
    if (title && /[^.]\.$/u.test(title) && !/(?:^|\s)(?:\S*\.\S*\.|TP\.|Tp\.)$/u.test(title)) title = title.slice(0, -1);
    if (!title) miss(headLine, 'title', 'no title (trích yếu) in the header or the text');
    if (!tail.signer.name) miss(lastLine, 'signer', 'no signature block (capacity lines and a name) at the end');
    if (tail.recipients.length === 0) miss(lastLine, 'recipients', 'no “Nơi nhận:” list');
    if (issuer && !level) miss(headLine, 'level', `cannot tell the administrative level of “${issuer}”`);
    if (level === 'commune' || level === 'district') {
      if (!locality.province) miss(headLine, 'locality.province', 'the text does not name the province');
      if (level === 'commune' && !locality.district) miss(headLine, 'locality.district', 'the text does not name a district (none, or not shown)');
    }
    const cap = tail.signer.capacity;
    if (cap) {
      const caps = cap.split(' / ');
      for (let k = 0; k + 1 < caps.length; k++) {
        const m = /^KT\.?\s+(.+)$/u.exec(caps[k]!);
        if (m && caps[k + 1] !== `PHÓ ${m[1]}`) {
          warn(tail.signer.line ?? lastLine, 'signer.capacity', `after “${caps[k]}” the next line reads “${caps[k + 1]}”, not “PHÓ ${m[1]}”: kept as written; if it is a misreading, correct it in content/overrides/${info.stem}${partNo ? `.part-${partNo}` : ''}.yaml`);
        }
      }
    }

    const frontmatter: Draft['frontmatter'] = {
      docType,
      // A draft's blank number ("Số: /TTr-BYT") keeps its symbol and no number.
      number: numberSymbol?.number || null,
      symbol: numberSymbol?.symbol || null,
      year: numberSymbol?.year ?? null,
      issuer,
      parentIssuer,
      level,
      locality,
      place,
      date,
      title,
      signer: { name: tail.signer.name, capacity: tail.signer.capacity },
      recipients: tail.recipients,
      source: { file: info.sourceFile, part: partNo, lines: [firstLine, lastLine], encoding: info.encoding, sha256: info.sha256 },
      related: [],
      missing,
      corrections: [],
    };
    const relatedParts: Draft['relatedParts'] = [];
    if (citedBy !== null) {
      relatedParts.push({ part: citedBy, rel: 'letter' });
      drafts[citedBy]!.relatedParts.push({ part: p, rel: 'attachment' });
    }
    drafts.push({
      part: partNo,
      identity: { docType, number: frontmatter.number, symbol: frontmatter.symbol, date, issuer, title, sourceStem: info.stem },
      frontmatter, tree, blocks, relatedParts, omissions,
      bodyLines: [...logical.flatMap((lg) => lg.lines), ...noteLines.flat()],
      noteLines,
      fieldLines: {
        ...(header.title ? { title: header.title.lines[0] ?? headLine } : {}),
        ...(tail.recipientsLine !== null ? { recipients: tail.recipientsLine } : {}),
        ...(tail.signer.line !== null ? { signer: tail.signer.line } : {}),
      },
    });
    if (blocks.length === 0) warn(headLine, 'body', 'the document has no body text');
  }
  return { drafts, problems };
}

/** A note as a GFM footnote definition: its numbered lines and quoted headings are the note's paragraphs, not the document's sections. */
function footnoteDefinition(n: number, tree: Root): FootnoteDefinition {
  const children = tree.children.map((c): BlockContent => (c.type === 'heading' ? { type: 'paragraph', children: c.children } : c as BlockContent));
  return { type: 'footnoteDefinition', identifier: String(n), label: String(n), children };
}

/** "Số: 04/VBHN-BYT" and "Hà Nội, ngày …" in the last lines of a consolidated text. */
/** A social page's bar under a post ("👍 Thích · 💬 Bình luận · ↪ Chia sẻ", "87 bình luận · 215 lượt chia sẻ") and a comment's ("Thích · Phản hồi · 2 năm"). */
const SOCIAL_BAR = /^(?:thích\s*·\s*(?:bình luận|phản hồi)\b|\d[\d.,]*\s*(?:k\s*)?bình luận\s*·\s*\d[\d.,]*\s*(?:k\s*)?lượt chia sẻ)/iu;

/**
 * Where a social page's furniture starts under the document: its first bar of reactions in the last part of the text, with
 * the count of reactions just above it ("1,2K" once its pictographs are read off). Null on a text without one.
 */
function socialFooter(lines: readonly SourceLine[]): number | null {
  const from = Math.floor(lines.length / 2);
  let at = -1;
  for (let i = from; i < lines.length; i++) if (SOCIAL_BAR.test(lines[i]!.plain.replace(/^[^\p{L}\d]+/u, ''))) { at = i; break; }
  if (at < 0) return chatReplies(lines, from);
  let k = at;
  for (let j = at - 1; j >= from; j--) {
    const t = lines[j]!.plain;
    if (t === '') continue;
    if (/^[\d.,]+\s*[KkMm]?$/u.test(t) || SOCIAL_BAR.test(t.replace(/^[^\p{L}\d]+/u, ''))) { k = j; continue; }
    break;
  }
  return k;
}

/** A chat message's sender and time, as a chat app copies it: "Lê Thị Thu Hằng - 08:21", "Văn phòng Sở – 14:05". */
const CHAT_STAMP = /^\p{Lu}[\p{L} .]{1,40}\s[-–]\s\d{1,2}:\d{2}(?:\s?(?:SA|CH|AM|PM))?$/u;

/**
 * Where a chat's replies or a mail's sign-off start under a document pasted into it: the first sender-and-time line, or
 * "Trân trọng,", within a few lines after the list's filing line ("- Lưu: VT, …"), so that a programme's "Buổi sáng -
 * 07:30" in a body is never taken for one.
 */
function chatReplies(lines: readonly SourceLine[], from: number): number | null {
  let filing = -1;
  for (let i = lines.length - 1; i >= from && filing < 0; i--) if (/^[-~+•–]?\s*(?:Lưu|LƯU)\b/u.test(lines[i]!.plain.trim())) filing = i;
  if (filing < 0) return null;
  for (let i = filing + 1; i < Math.min(lines.length, filing + 12); i++) {
    const t = lines[i]!.plain.trim();
    // (…and a mail's sign-off after the forwarded letter: "Trân trọng," then the sender's name and telephone.)
    if (CHAT_STAMP.test(t) || /^(?:trân trọng|kính thư|thân ái|best regards|regards|thanks)\s*[,.!]?$/iu.test(t)) return i;
  }
  return null;
}

/** The header's number and place-and-date lines among the text's last eight lines, beside the national name or motto. */
function headerAtEnd(lines: readonly SourceLine[], start: number, end: number): { number?: { value: string; line: number }; date?: { iso: string; line: number } } | null {
  const last: SourceLine[] = [];
  for (let i = end - 1; i >= start && last.length < 8; i--) if (!isBlank(lines[i]!)) last.unshift(lines[i]!);
  if (!last.some((l) => { const r = boilerplateReason(l); return r === 'national motto' || r === 'national name'; })) return null;
  const out: { number?: { value: string; line: number }; date?: { iso: string; line: number } } = {};
  for (const l of last) {
    const n = /^Số\s*:?\s*(\S+\/\S+)\s*$/u.exec(l.plain.trim());
    if (n) out.number = { value: n[1]!, line: l.no };
    const pd = parsePlaceDate(l.plain.trim());
    if (pd?.date.iso) out.date = { iso: pd.date.iso, line: l.no };
  }
  return out.number || out.date ? out : null;
}

/** A label of a law site's properties table and what it names. */
const PROPERTY = /^\|?\s*(số hiệu|số ký hiệu|số\/ký hiệu|ngày ban hành|loại văn bản|cơ quan ban hành|nơi ban hành|người ký|ngày hiệu lực|tình trạng(?: hiệu lực)?|lĩnh vực|trích yếu)\s*(?:\||:)\s*(.+?)\s*\|?\s*$/iu;

interface Property { label: string; value: string; line: number }

/**
 * A law site's properties of the document ("Thuộc tính văn bản"): three labels or more among Số hiệu, Ngày ban hành,
 * Loại văn bản, Cơ quan ban hành, Người ký …, one a line, in one block. Null when the text has none: one "Số hiệu:" in
 * running text is no table.
 */
function propertiesTable(lines: readonly SourceLine[], start: number, end: number): { number?: Property; date?: Property } | null {
  let block: Property[] = [];
  let gap = 0;
  const done = (): { number?: Property; date?: Property } | null => {
    const labels = new Set(block.map((b) => b.label.toLowerCase()));
    if (labels.size < 3) return null;
    const number = block.find((b) => /^số/iu.test(b.label));
    const date = block.find((b) => /^ngày ban hành$/iu.test(b.label));
    return number || date ? { number, date } : null;
  };
  for (let i = start; i < end; i++) {
    const l = lines[i]!;
    if (isBlank(l) || /^\|?[\s|:-]+\|?$/u.test(l.plain)) { if (block.length > 0 && ++gap > 2) { const r = done(); if (r) return r; block = []; gap = 0; } continue; }
    const m = PROPERTY.exec(l.plain.trim());
    if (m) { block.push({ label: m[1]!, value: m[2]!.replace(/\*\*/g, '').trim(), line: l.no }); gap = 0; continue; }
    if (block.length > 0) { const r = done(); if (r) return r; block = []; gap = 0; }
  }
  return done();
}

function consolidationStamp(lines: readonly SourceLine[], start: number, end: number): { numberSymbol: { number: string; symbol: string; year: number | null }; date: string | null; issuer: string | null; omissions: Omission[] } | null {
  for (let i = end - 1; i >= start; i--) {
    const m = /(?:^|\|\s*)số\s*:?\s*(\S+\/VBHN-[^\s|*]+)/iu.exec(lines[i]!.plain);
    if (!m) continue;
    const ns = readNumberSymbol(m[1]!);
    if (!ns) continue;
    const omissions: Omission[] = [{ line: lines[i]!.no, text: lines[i]!.plain, reason: 'consolidation: number and symbol' }];
    let date: string | null = null;
    for (let j = Math.max(start, i - 6); j < Math.min(end, i + 8); j++) {
      const pd = lines[j]!.plain.split(/\||<br\s*\/?>/i).map((c) => parsePlaceDate(c.replace(/\*/g, '').trim())).find((x) => x?.date.iso) ?? null;
      if (pd?.date.iso) { date = pd.date.iso; omissions.push({ line: lines[j]!.no, text: lines[j]!.plain, reason: 'consolidation: place and date' }); break; }
    }
    // The authenticating body's name just above: "BỘ Y TẾ" / "Số: 04/VBHN-BYT".
    // The name may be wrapped: "BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI".
    const nameLines: string[] = [];
    // (Or above the block's heading: "BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI" / "XÁC THỰC VĂN BẢN HỢP NHẤT" / "Số: …".)
    for (let j = i - 1; j >= Math.max(start, i - 6); j--) {
      const cell = lines[j]!.plain.split(/\||<br\s*\/?>/i).map((c) => c.replace(/\*/g, '').trim()).find((c) => c !== '') ?? '';
      if ((cell === '' || /XÁC THỰC/u.test(cell)) && nameLines.length === 0) continue;
      if (!isCaps(cell) || /XÁC THỰC/u.test(cell) || cell.length > 80) break;
      nameLines.unshift(cell);
    }
    const issuer = nameLines.length > 0 ? restoreBodyName(expandOrg(caseOrgName(nameLines.join(' '), ''))) : null;
    return { numberSymbol: ns, date, issuer, omissions };
  }
  return null;
}

const SELF_TYPES = ['Bộ luật', 'Luật', 'Pháp lệnh', 'Nghị định', 'Nghị quyết', 'Thông tư liên tịch', 'Thông tư', 'Quyết định', 'Chỉ thị', 'Kế hoạch', 'Quy định', 'Quy chế', 'Hướng dẫn', 'Thông báo', 'Kết luận', 'Đề án', 'Chương trình', 'Báo cáo', 'Tờ trình', 'Hiệp định', 'Công văn'];
const SELF_RE = new RegExp(`(?<![\\p{L}])(${SELF_TYPES.join('|')}) này(?![\\p{L}])`, 'gu');

/** The issuer a capacity names: "TM. CHÍNH PHỦ / THỦ TƯỚNG" → Chính phủ; "KT. THỦ TƯỚNG / …" → Thủ tướng Chính phủ. */
function issuerFromCapacity(capacity: string): string | null {
  const first = capacity.split(' / ')[0]!.trim();
  const tm = /^T\.?M\.?\s+(.+)$/u.exec(first);
  if (tm) {
    // The known body the capacity names, by the same reading as an OCR'd header's ("TM. CHÍNH PHỦ", "TM. CHINH PHU").
    const body = restoreBodyName(tm[1]!.replace(/\s+/g, ' ').trim());
    return KNOWN_BODIES.includes(body) ? body : null;
  }
  if (/^(?:KT\.?\s+)?THỦ TƯỚNG(?: CHÍNH PHỦ)?$/u.test(first)) return 'Thủ tướng Chính phủ';
  return null;
}

const CAPTION_DATE = String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`;
/** "Công văn số 481/CT-TTHT ngày 27/01/2014 của Cục Thuế TP Đà Nẵng về …" ("…, trả lời Công ty … về …"). */
/** "Công văn 3088/TCT-DNL Thuế GTGT đối với …": a number with its symbol right after the type, then the subject. */
const BARE_CAPTION = new RegExp(String.raw`^(${DOC_TYPES.join('|')})\s+(\d+\/[\p{Lu}Đ][\p{L}\d]*(?:-[\p{L}\d]+)*)\s+(\p{Lu}.{10,})$`, 'u');
const LIBRARY_CAPTION = new RegExp(String.raw`^(${DOC_TYPES.join('|')})\s+số\s*:?\s*(\d+\S*)\s+ngày\s+(${CAPTION_DATE})\s+của\s+([^,]+?)(?:,?\s+trả lời\s+.+?)?\s+(?:về(?:\s+việc)?|V\/v)\s+(\S.*)$`, 'u');
/** A title that carries its text's number and date: "LUẬT SỐ 102-SL/L-004 NGÀY 20-5-1957 QUY ĐỊNH QUYỀN LẬP HỘI". */
const NUMBERED_TITLE = new RegExp(String.raw`^(?:${DOC_TYPES.join('|')})\s+số\s+(\S+)\s+ngày\s+(${CAPTION_DATE})\s+(\S.*)$`, 'iu');

const LAW_BODY = String.raw`(?:QUỐC HỘI|HỘI ĐỒNG NHÀ NƯỚC)(?: NƯỚC CỘNG HO[ÀA] XÃ HỘI CHỦ NGHĨA VIỆT NAM)?`;
const LAW_DATE = String.raw`NGÀY (?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2} THÁNG \d{1,2} NĂM \d{4})`;
const LIBRARY_LEAD = new RegExp(String.raw`^(?:CỦA ${LAW_BODY} )?SỐ \S+(?: ${LAW_DATE})?(?: CỦA ${LAW_BODY})? VỀ (\S.*)$`, 'u');
const LIBRARY_TAIL = new RegExp(String.raw` (?:SỐ \S+(?: ${LAW_DATE})? CỦA ${LAW_BODY}|CỦA QUỐC HỘI KH(?:OÁ|ÓA|OA) [IVXLC]+(?:, KỲ HỌP THỨ \S+)?)$`, 'u');

/** A law's subject without what a legal library prints around it: its body, number, date, term and session. */
export function libraryLawTitle(title: string): string {
  const t = title.replace(/\s+/gu, ' ');
  return (LIBRARY_LEAD.exec(t)?.[1] ?? t).replace(LIBRARY_TAIL, '').trim() || title;
}

/** The office before a body's name in an enacting line: "BỘ TRƯỞNG BỘ TÀI CHÍNH", "Cục trưởng Cục Thuế". */
const OFFICE = /^(?:bộ trưởng|tổng cục trưởng|cục trưởng|chi cục trưởng|tổng giám đốc|giám đốc|thống đốc|chánh án|viện trưởng|tổng thanh tra|chủ nhiệm|trưởng ban|chủ tịch)\s+(?=\S)/u;

/** A name with the office before it taken off ("Bộ trưởng Bộ Tài chính" → "Bộ Tài chính"), or null when no office leads it. */
function afterOffice(name: string): string | null {
  const office = OFFICE.exec(modernTone(name.toLowerCase()));
  return office ? name.slice(office[0].length) : null;
}

/** The body a sentence's issuer stands for: a minister's act is the ministry's; "Chủ tịch nước" issues in its own name. */
function bodyOfOffice(name: string, wholeText: string): string {
  const rest = /^chủ tịch nước/u.test(modernTone(name.toLowerCase())) ? null : afterOffice(name);
  return rest ? issuerFromHeader([rest], wholeText)?.issuer ?? name : name;
}

/** The issuer an enacting authority names: the body whose head enacts ("CỤC TRƯỞNG CỤC THUẾ" → Cục Thuế), or the office that issues in its own name. */
function issuerFromEnacting(text: string, wholeText: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const folded = modernTone(t.toLowerCase());
  if (/^thủ tướng(?: chính phủ)?$/u.test(folded)) return 'Thủ tướng Chính phủ';
  if (/^chủ tịch nước(?![\p{L}])/u.test(folded)) return 'Chủ tịch nước';
  const rest = afterOffice(t);
  // Only a body: "ỦY BAN NHÂN DÂN …", "CHÍNH PHỦ", "Ngân hàng Nhà nước Việt Nam", never a lone title ("TRƯỞNG BAN").
  if (rest === null && !/^(?:chính phủ|quốc hội|ủy ban|uỷ ban|hội đồng|ban |bộ |ngân hàng nhà nước|kiểm toán nhà nước|thanh tra chính phủ|tổng cục )/u.test(folded)) return null;
  const name = rest ?? t;
  // A name in running text is already cased as it should be (a caption's "… của Ngân hàng Nhà nước Việt Nam").
  // (…its first letter in capitals even where a caption wrote "Thống đốc ngân hàng Nhà nước".)
  if (/\p{Ll}/u.test(name)) return expandOrg(name.charAt(0).toUpperCase() + name.slice(1));
  return issuerFromHeader([name], wholeText)?.issuer ?? null;
}

/** The type a text calls itself most often ("Thông tư này"), when it is clearly the most frequent. */
function selfType(whole: string): string | null {
  // The forms of an appendix are other texts ("MẪU QUYẾT ĐỊNH SỐ 01" … "Quyết định này có hiệu lực …"):
  // only the text before its first appendix speaks of itself.
  const appendix = /\n(?:PHỤ LỤC|MẪU)(?![\p{L}])/u.exec(whole);
  const body = appendix && appendix.index > 0.2 * whole.length ? whole.slice(0, appendix.index) : whole;
  // The sentence that puts the text in force names the text itself; an amending law quotes
  // "Bộ luật này" from the code it amends many times, but its last effect sentence is its own.
  // "Công văn này thay thế Điểm 2 công văn số …": a text that replaces another speaks of itself too.
  // (Only a letter: a decree's attached "Quy chế này thay thế …" speaks of the regulation, not the decree.)
  const effect = [...body.matchAll(new RegExp(`(?<![\\p{L}])(${SELF_TYPES.join('|')}) này có hiệu lực|(?<![\\p{L}])(Công văn) này thay thế`, 'gu'))].at(-1);
  if (effect) return (effect[1] ?? effect[2])!;
  const counts = new Map<string, number>();
  for (const m of body.matchAll(SELF_RE)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2 || (second && second[1] * 2 > best[1])) return null;
  return best[0];
}

/** Lines a page or a conversion leaves in the body: Công báo running heads, signature stamps, table borders. */
function bodyNoise(plain: string): string | null {
  if (/^[|+:=\-\s]{3,}$/.test(plain) && /[|+]/.test(plain)) return 'table border';
  if (/^\|[\s|]*$/.test(plain)) return 'table border';
  return pageNoiseOf(plain);
}

/**
 * What a Công báo page repeats at its break, read from the breaks themselves: the footer line above
 * the page number (an attachment's short title, "Tập hệ thống hóa VBQPPL còn hiệu lực"), when the same
 * line stands there at two breaks or more, and a table's header rows printed again at the top of the
 * next page (kept once, where the table starts).
 */
function pageFurniture(lines: readonly SourceLine[], idx: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  const nonBlank = idx.filter((i) => !isBlank(lines[i]!));
  const key = (i: number) => lines[i]!.plain.replace(/\s+/g, ' ').trim();
  const heads: number[] = [];
  for (let k = 0; k < nonBlank.length; k++) if (isGazetteHead(lines[nonBlank[k]!]!.plain)) heads.push(k);
  if (heads.length < 2) return out;
  // The page number stands before the running head on even pages, after it on odd ones.
  const isNumber = (k: number) => k >= 0 && k < nonBlank.length && /^\d{1,4}$/.test(lines[nonBlank[k]!]!.plain.trim());
  // Footers: the line before the running head (and its page number).
  const footers = new Map<string, number[]>();
  for (const k of heads) {
    const before = isNumber(k - 1) ? k - 2 : k - 1;
    if (before < 0) continue;
    const f = nonBlank[before]!;
    if (isGazetteHead(lines[f]!.plain)) continue;
    const t = key(f);
    if (t.length > 120 || /[.;:)]$/.test(t) || /^[(\-+]/.test(t) || parseLabel(t) !== null) continue;
    footers.set(t, [...(footers.get(t) ?? []), f]);
  }
  // A footer stands at most breaks; a form's closing line ("III. Kiến nghị", "(Ký tên, đóng dấu)") at a few.
  const often = (t: string) => (footers.get(t)?.length ?? 0) >= Math.max(3, 0.4 * heads.length);
  for (const [t, at] of footers) if (often(t)) for (const i of at) out.set(i, 'running footer');
  // The last page's footer has no running head after it: the same line closing the part.
  const last = nonBlank.at(-1);
  if (last !== undefined && often(key(last))) out.set(last, 'running footer');
  // Header rows again at the top of a page: the lines after the running head, as they first stood in the part.
  const text = nonBlank.map(key);
  for (const k of heads) {
    const start = isNumber(k + 1) ? k + 2 : k + 1;
    for (let n = Math.min(12, text.length - start); n >= 2; n--) {
      const run = text.slice(start, start + n);
      // A table's header row: cells of a few words, no numbered line, no sentence, opening on its number column ("TT", "STT", "Số" / "TT").
      if (run.some((t) => t.length > 60 || parseLabel(t) !== null || /[.;:]$/.test(t))) continue;
      if (!/^S?TT$/iu.test(run[0]!) && !(/^Số$/iu.test(run[0]!) && /^TT$/iu.test(run[1]!))) continue;
      // The whole header row, both times: a numbered row or part follows it (a run cut short, or a form's
      // own table that merely starts alike, is left alone).
      const rowAfter = (j: number) => j < text.length && (parseLabel(text[j]!) !== null || /^(?:\d{1,3}|[IVXLC]+)\s*[.)]$/u.test(text[j]!));
      // At the page top a row may go on from the page before ("- Hết hiệu lực …", "bỏ một phần", "30/12/2020 của …"),
      // but never with another header cell ("Dự toán được giao": a wider table that starts alike).
      const t = text[start + n];
      if (!rowAfter(start + n) && !(t !== undefined && (/^(?:[-+•]|\p{Ll})/u.test(t) || /\d/.test(t)))) continue;
      let first = -1;
      for (let j = 0; j + n <= start - 1 && first < 0; j++) if (text.slice(j, j + n).every((t, q) => t === run[q]) && rowAfter(j + n)) first = j;
      if (first < 0) continue;
      for (let q = 0; q < n; q++) out.set(nonBlank[start + q]!, 'table header repeated on a new page');
      break;
    }
  }
  return out;
}

/**
 * A page's number alone on its line with no blank around it and no page mark (OCR'd and pdftotext
 * pages): "13" … "14" … "15", each a page's length after the one before (25 to 90 lines, evenly),
 * and each number once in the text.
 */
function isCountedPageNumber(lines: readonly SourceLine[], i: number): boolean {
  // Between lines of text, never among a table's cells ("7" / "2025" / "10" / "1973").
  const inText = (j: number): boolean => {
    const around = [-1, 1].map((dir) => { let k = j + dir; while (lines[k] && isBlank(lines[k]!)) k += dir; return lines[k]?.plain.trim() ?? ''; });
    return around.every((t) => t === '' || t.length >= 20);
  };
  const own = /^\d{1,3}$/.exec(lines[i]!.plain.trim());
  if (!own || !inText(i)) return false;
  // A page has one number; a table's rows start again at "1" in every table.
  if ((bareNumbers(lines).get(own[0]) ?? 0) > 1) return false;
  const gap = (from: number, n: number, dir: 1 | -1): number => {
    if (n < 1) return -1;
    for (let k = 25; k <= 90; k++) {
      const l = lines[from + dir * k];
      if (!l) return -1;
      if (l.plain.trim() === String(n)) return inText(from + dir * k) ? k : -1;
    }
    return -1;
  };
  const n = Number(own[0]);
  const even = (a: number, b: number) => a > 0 && b > 0 && Math.max(a, b) <= 1.6 * Math.min(a, b);
  const before = gap(i, n - 1, -1);
  const after = gap(i, n + 1, 1);
  if (even(before, after)) return true;
  // The first or the last page's number: two more in step on one side.
  return (after > 0 && even(after, gap(i + after, n + 2, 1))) || (before > 0 && even(before, gap(i - before, n - 2, -1)));
}

const BARE = new WeakMap<readonly SourceLine[], Map<string, number>>();
/** How many lines of the text are each number alone. */
function bareNumbers(lines: readonly SourceLine[]): Map<string, number> {
  let m = BARE.get(lines);
  if (!m) {
    m = new Map();
    for (const l of lines) { const t = l.plain.trim(); if (/^\d{1,3}$/.test(t)) m.set(t, (m.get(t) ?? 0) + 1); }
    BARE.set(lines, m);
  }
  return m;
}

/** A page number beside a Công báo running head ("8" / "CÔNG BÁO/Số 849 + 850/Ngày 26-7-2023"). */
function isGazettePageNumber(lines: readonly SourceLine[], i: number): boolean {
  if (!/^\d{1,4}$/.test(lines[i]!.plain)) return false;
  const near = [lines[i - 1], lines[i + 1]].filter((l): l is SourceLine => !!l).map((l) => l.plain);
  return near.some((p) => boilerplateOf(p) === 'Công báo running head');
}

function firstIndex(lines: readonly SourceLine[], start: number, end: number): number {
  for (let i = start; i < end; i++) if (!isBlank(lines[i]!)) return i;
  return start;
}

// (By number, not by place: a header box put back first keeps its own line numbers.)
function firstNonBlank(lines: readonly SourceLine[], start: number, end: number): number {
  const nos = lines.slice(start, end).filter((l) => !isBlank(l)).map((l) => l.no);
  return nos.length ? Math.min(...nos) : lines[start]?.no ?? 1;
}

function lastNonBlank(lines: readonly SourceLine[], start: number, end: number): number {
  const nos = lines.slice(start, end).filter((l) => !isBlank(l)).map((l) => l.no);
  return nos.length ? Math.max(...nos) : lines[end - 1]?.no ?? 1;
}

/** The day of adoption in a closing sentence; also "… thông qua tại Phiên họp thứ 49 ngày 26 tháng 9 năm 2025". */
const ADOPTED = /(?:thông qua|biểu quyết thông qua)(?:\s+tại\s+(?:phiên họp|kỳ họp)\s+(?:thứ\s+)?[\p{L}\d]+)?\s*,?\s+ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu;
/** The whole closing sentence, where an appendix after it keeps it out of the text's last 3,000 characters. */
const ADOPTED_SENTENCE = new RegExp(`(?:Luật|Bộ luật|Nghị quyết|Pháp lệnh) này (?:đã )?được [^.;]{0,200}?${ADOPTED.source}`, 'giu');

/** A letter's address line among its first lines, after up to three marks OCR put before it: "‹ Kính gửi: …", "Kỉnhgửì:". */
const LETTER_ADDRESS = new RegExp(`^[^\\p{L}\\d]{0,3}(?:k[íi]nh\\s*g[ửu]i(?!\\p{L})|${OCR_ADDRESS})`, 'iu');

/** "Tổng cục Hải quan" → "TCHQ": the first letter of each word, in capitals, without tone marks (Đ kept). */
function initialsOf(name: string): string {
  return name.split(/\s+/).map((w) => w.charAt(0).toUpperCase()).join('').normalize('NFD').replace(/\p{M}/gu, '');
}

/** "QD-BTC" → "QĐ-BTC", "CT-TTG" → "CT-TTg", a Cyrillic С → C; codes the vocabulary does not know stay as written. */
function officialSymbol(symbol: string): string {
  return symbol.replace(CYRILLIC_LOOKALIKE, (c) => LATIN_OF[c]!).split('/').map(canonicalCodes).join('/');
}

/** Cyrillic capitals a copy may carry for their Latin twins: "TT-BTС" with a Cyrillic С. */
const LATIN_OF: Record<string, string> = { А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X' };
const CYRILLIC_LOOKALIKE = new RegExp(`[${Object.keys(LATIN_OF).join('')}]`, 'gu');
