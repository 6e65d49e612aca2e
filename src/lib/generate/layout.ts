/**
 * Puts a document on paper: header block, title, body, recipients and
 * signature, then one of three raw forms as files arrive — plain text with one
 * paragraph a line, PDF extraction (hard-wrapped, page numbers alone on a
 * line, paragraphs split by page breaks), or markdown-ish text.
 */
import type { HeldDoc } from './catalog.ts';
import { fullNumber, headerDate } from './identity.ts';
import type { Rng } from './rng.ts';
import { CIT_CLOSE, CIT_OPEN, visibleLength, type Block } from './writer.ts';

export interface Paper {
  header: string[];
  /** Header in two columns side by side (PDF extraction of a two-column table). */
  headerColumns: string[];
  /** "KẾ HOẠCH" (letters have none). */
  typeWord: string | null;
  titleLines: string[];
  /** Authority line, stamp, Kính gửi: what sits between the title and the body. */
  afterTitle: string[];
  body: Block[];
  footer: string[];
}

const MOTTO_STATE = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const MOTTO_PARTY = ['ĐẢNG CỘNG SẢN VIỆT NAM'];

export function numberLine(doc: HeldDoc, rng: Rng): string {
  if (doc.family === 'party') return `${rng.chance(0.6) ? 'Số ' : 'Số: '}${fullNumber(doc)}`;
  const full = fullNumber(doc);
  return `Số: ${rng.chance(0.1) ? full.replace('/', ' /') : full}`;
}

/** Authority line of decisions and resolutions ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"). */
function authority(doc: HeldDoc, rng: Rng): string[] {
  const up = (s: string) => s.toLocaleUpperCase('vi');
  if (doc.kind === 'NQ' && doc.issuer.code === 'HĐND') {
    return [up(doc.issuer.name), `KHÓA ${rng.pick(['XVI', 'XVII', 'X', 'XI'])}, KỲ HỌP THỨ ${rng.int(2, 30)}`];
  }
  if (doc.kind === 'QĐ' || doc.kind === 'QĐL') {
    return doc.issuer.code === 'UBND' && rng.chance(0.5) ? [up(`Chủ tịch ${doc.issuer.name}`)] : [up(doc.issuer.name)];
  }
  if (doc.kind === 'NĐ') return ['CHÍNH PHỦ'];
  if (doc.kind === 'TT') return [up(`Bộ trưởng ${doc.issuer.name}`)];
  return [];
}

/** A receiving office's stamp printed into the text (its number and date are not the document's). */
function stamp(doc: HeldDoc, rng: Rng): string[] {
  const d = doc.date;
  const day = Math.min(28, d.d + rng.int(1, 6));
  const p2 = (n: number) => (n < 10 ? `0${n}` : String(n));
  return [
    `${rng.pick(['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'PHÒNG NỘI VỤ', 'BAN TUYÊN GIÁO', 'VĂN PHÒNG ĐẢNG ỦY'])} ${doc.issuer.area ? doc.issuer.area.toLocaleUpperCase('vi') : ''}`.trim(),
    `Số: ${rng.int(100, 3000)}`,
    `Ngày: ${p2(day)}-${p2(d.m)}-${d.y}`,
    'Chuyển:',
    'Số và ký hiệu HS:',
    '',
    `${day}/${d.m}/${String(d.y).slice(2)}`,
  ];
}

export function recipients(doc: HeldDoc, rng: Rng): string[] {
  const i = doc.issuer;
  let pool: string[];
  if (i.level === 'central') pool = ['Ban Bí thư Trung ương Đảng', 'Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ', 'HĐND, UBND các tỉnh, thành phố trực thuộc trung ương', 'Văn phòng Trung ương Đảng', 'Văn phòng Quốc hội', 'Các tỉnh ủy, thành ủy'];
  else if (i.family === 'party') pool = ['Ban Tổ chức Tỉnh ủy (b/c)', 'Thường trực cấp ủy', 'Các cơ quan chuyên trách tham mưu, giúp việc', 'Ủy ban MTTQ và các đoàn thể', 'Các chi, đảng bộ cơ sở', 'Các chi bộ trực thuộc', 'Các đồng chí cấp ủy viên'];
  else if (i.level === 'province') pool = ['Bộ Nội vụ', 'Thường trực Tỉnh ủy', 'Thường trực HĐND tỉnh', 'Chủ tịch, các Phó Chủ tịch UBND tỉnh', 'Các sở, ban, ngành tỉnh', 'UBND các huyện, thành phố', 'C.PVP UBND tỉnh, các phòng chuyên môn', 'Cổng thông tin điện tử tỉnh'];
  else if (i.level === 'district') pool = ['Sở Nội vụ (Ban TĐKT)', 'TTUB: CT, các PCT', 'Các ban Đảng', 'UBMTTQ và các đoàn thể', 'Các cơ quan hành chính, đơn vị sự nghiệp', 'Ủy ban nhân dân các xã, phường', 'VP.UBND: CVP, P.CVP'];
  else pool = ['Thường trực Đảng ủy', 'Lãnh đạo UBND xã', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Các tổ chức chính trị - xã hội', 'Các phòng, ban, ngành, đơn vị sự nghiệp', 'Trang thông tin điện tử xã', 'Các thôn, tổ dân phố'];
  const out = rng.sample(pool, rng.int(3, Math.min(6, pool.length)));
  if (doc.kind === 'CV') out.unshift(rng.pick(['Như trên', 'Như Kính gửi', 'Như trên (để thực hiện)']));
  out.push(rng.pick(['Lưu: VT', 'Lưu VT', 'Lưu: VT, NC', 'Lưu: VT, VHXH', 'Lưu Văn phòng']));
  return out;
}

/** Splits a title over lines of about `width` characters, as headers print it. */
function splitTitle(title: string, width: number): string[] {
  const words = title.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && visibleLength(cur) + 1 + visibleLength(w) > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}

export function paper(doc: HeldDoc, rng: Rng, title: string, body: Block[], recipientsList: string[], kinhGui: string[] | null): Paper {
  const party = doc.family === 'party';
  const issuerLines = [...doc.issuer.header, ...(party ? ['*'] : [])];
  const motto = party ? MOTTO_PARTY : MOTTO_STATE;
  const noBlock = doc.quirks.includes('noIssuerBlock');
  const num = numberLine(doc, rng);
  const dateLine = `${doc.issuer.place}, ${headerDate(doc.date)}`;
  const titleLines = rng.chance(0.5) ? splitTitle(title, rng.int(55, 75)) : [title];

  const header: string[] = [];
  if (!noBlock) header.push(...issuerLines, '', ...motto, '');
  header.push(num);
  if (doc.kind === 'CV') header.push(...splitTitle(`V/v ${title}`, 45));
  header.push('', dateLine, '');

  const left = noBlock ? [] : issuerLines;
  const right = noBlock ? [] : motto;
  const headerColumns: string[] = [];
  const rows = Math.max(left.length, right.length);
  for (let r = 0; r < rows; r++) headerColumns.push(`${(left[r] ?? '').padEnd(38)}${right[r] ?? ''}`.trimEnd());
  headerColumns.push(`${num.padEnd(38)}${dateLine}`);
  if (doc.kind === 'CV') headerColumns.push(...splitTitle(`V/v ${title}`, 45));
  headerColumns.push('');

  const t: string[] = [];
  if (doc.kind !== 'CV') {
    const auth = authority(doc, rng);
    if (auth.length > 0) t.push(...auth, '');
  }
  if (doc.quirks.includes('stamp')) t.push(...stamp(doc, rng), '');
  if (kinhGui) {
    t.push(kinhGui.length === 1 ? `Kính gửi: ${kinhGui[0]}` : 'Kính gửi:', '');
    if (kinhGui.length > 1) for (const k of kinhGui) t.push(`- ${k};`);
    t.push('');
  }

  const footer: string[] = ['Nơi nhận:'];
  recipientsList.forEach((r, i) => footer.push(`- ${r}${i === recipientsList.length - 1 ? '.' : ';'}`));
  footer.push('', ...doc.signature, '', '', '', doc.signerName);
  return {
    header, headerColumns, typeWord: doc.kind === 'CV' ? null : doc.docType.toLocaleUpperCase('vi'),
    titleLines: doc.kind === 'CV' ? [] : titleLines, afterTitle: t, body, footer,
  };
}

/** Header block of an attached document: no number of its own, only the type and title. */
export function attachmentPaper(doc: HeldDoc, rng: Rng, title: string, body: Block[], recipientsList: string[]): Paper {
  const p = paper(doc, rng, title, body, recipientsList, null);
  return { ...p, header: [], headerColumns: [] };
}

function plainBlocks(blocks: Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

/** Hard-wraps a text at `width`, sometimes leaving the trailing space PDF extraction leaves. */
function wrapText(text: string, width: number, rng: Rng): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    const words = para.split(' ');
    let cur = '';
    let curLen = 0;
    for (const w of words) {
      const wl = visibleLength(w);
      if (cur && curLen + 1 + wl > width) {
        // Hyphenated tokens ("2026-2030", "49-NQ/TU") may break after the hyphen.
        const h = w.indexOf('-');
        if (h > 0 && h < w.length - 1 && curLen + 1 + visibleLength(w.slice(0, h + 1)) <= width && rng.chance(0.5)) {
          out.push(`${cur} ${w.slice(0, h + 1)}`);
          cur = w.slice(h + 1);
          curLen = visibleLength(cur);
          continue;
        }
        out.push(rng.chance(0.6) ? `${cur} ` : cur);
        cur = w;
        curLen = wl;
      } else {
        cur = cur ? `${cur} ${w}` : w;
        curLen += cur === w ? wl : wl + 1;
      }
    }
    out.push(cur);
  }
  return out;
}

function titleBlock(p: Paper): string[] {
  const out: string[] = [];
  if (p.typeWord) out.push(p.typeWord, '', ...p.titleLines, '');
  out.push(...p.afterTitle);
  return out;
}

export function renderPlain(p: Paper): string {
  const parts = [p.header.join('\n'), titleBlock(p).join('\n').trim(), plainBlocks(p.body), p.footer.join('\n')];
  return `\n\n${parts.filter((x) => x.length > 0).join('\n\n')}\n`;
}

export function renderWrapped(p: Paper, rng: Rng, headerMissing: boolean): string {
  const width = rng.int(76, 90);
  const pageLen = rng.int(40, 48);
  const blankBetween = rng.chance(0.4);
  const lines: string[] = [];
  if (!headerMissing) {
    lines.push(...(rng.chance(0.3) ? p.headerColumns : p.header));
    for (const l of titleBlock(p)) lines.push(...(l === '' ? [''] : wrapText(l, width, rng)));
  }
  let page = headerMissing ? rng.int(2, 4) : 1;
  let onPage = lines.length;
  // A page break inside a citation or its date would put a page number into it; real
  // extractions do that rarely, and no reader could recover it, so breaks wait.
  let insideCitation = false;
  let sinceClose = 1_000;
  const emit = (l: string) => {
    lines.push(rng.chance(0.02) ? ` ${l}` : l);
    onPage++;
    const open = l.lastIndexOf(CIT_OPEN);
    const close = l.lastIndexOf(CIT_CLOSE);
    if (open > close) insideCitation = true;
    else if (close >= 0) {
      insideCitation = false;
      sinceClose = visibleLength(l.slice(close));
    } else if (!insideCitation) sinceClose += visibleLength(l);
    if (onPage >= pageLen && !insideCitation && sinceClose > 90) {
      page++;
      // A page break: the page number alone on a line, blank lines around it, mid-paragraph.
      lines.push('', String(page), '');
      onPage = 0;
    }
  };
  for (const b of p.body) {
    for (const l of wrapText(b.text, width, rng)) emit(l);
    if (blankBetween) lines.push('');
  }
  lines.push('', ...p.footer);
  return `${lines.join('\n')}\n`;
}

export function renderMarkdown(p: Paper): string {
  const md = (lines: string[]) => lines.filter((l) => l !== '').map((l) => (l === '*' ? '\\*' : l));
  const out: string[] = [];
  // Header groups are separated by blank lines in p.header: issuer, motto, number (+ V/v), date.
  const groups: string[][] = [[]];
  for (const l of p.header) {
    if (l === '') groups.push([]);
    else groups[groups.length - 1]?.push(l);
  }
  const nonEmpty = groups.filter((g) => g.length > 0);
  nonEmpty.forEach((g, i) => {
    const isDate = i === nonEmpty.length - 1;
    const isNumber = g[0]?.startsWith('Số');
    if (isDate) out.push('---', '', `*${g.join(' ')}*`, '');
    else if (isNumber) out.push(...g.map((l) => `${l}  `), '');
    else out.push(`**${md(g).join('  \n')}**`, '');
  });
  if (p.typeWord) out.push(`### **${p.typeWord}**`, '', `**${p.titleLines.join(' ')}**`, '');
  for (const l of md(p.afterTitle)) out.push(l, '');
  for (const b of p.body) {
    if (b.kind === 'heading' && (b.depth ?? 0) <= 1) out.push(`**${b.text}**`, '');
    else if (b.kind === 'title') out.push(`**${b.text}**`, '');
    else out.push(b.text, '');
  }
  const [nn, ...items] = p.footer;
  out.push(`*${nn}*`, '');
  for (const l of items) {
    if (l === '') continue;
    if (l.startsWith('- ')) out.push(l);
    else out.push('', `**${l}**`);
  }
  return `${out.join('\n')}\n`;
}
