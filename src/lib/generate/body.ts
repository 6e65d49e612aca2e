/**
 * Bodies of documents by kind: plans and guidance in Roman-numbered parts
 * (I., 1., 1.1., a), -), regulations in Chương / Điều / khoản / điểm,
 * directives and letters as numbered requests.
 */
import { citeFull, citeByName } from './cite.ts';
import { citeDate, dayIndex, fromDayIndex, headerDate, isoOf, type DocRef } from './identity.ts';
import { assessment, cap, citingSentence, clause, movement, paragraph, pickRef, pickRefs, sentence, type ProseContext } from './prose.ts';
import { PARTY_OFFICES, PLAN_PARTS, PROVINCE_OFFICES, REPORT_PARTS, RESOLUTION_PARTS, STATE_OFFICES } from './vocab-text.ts';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const LETTERS = 'abcdđeghiklmn';

const roman = (n: number) => ROMAN[n - 1] ?? String(n);

function offices(ctx: ProseContext): readonly string[] {
  if (ctx.doc.family === 'party') return PARTY_OFFICES;
  return ctx.doc.issuer.level === 'province' || ctx.doc.issuer.level === 'central' ? PROVINCE_OFFICES : STATE_OFFICES;
}

/** "Ủy ban nhân dân quận" / "Ban Thường vụ Đảng ủy": how the document names its own issuer. */
function self(ctx: ProseContext): string {
  return ctx.doc.issuer.selfRef;
}

function basisLines(ctx: ProseContext, n: number, lead: string, leadEach = true): string[] {
  const refs = pickRefs(ctx, n);
  return refs.map((r, i) => {
    const c = citeFull(r, ctx, { date: ctx.rng.chance(0.85), subject: r.kind !== 'L' && ctx.rng.chance(0.6), defineShort: i === 0 && ctx.rng.chance(0.3) });
    return leadEach || i === 0 ? `${lead} ${c}` : c;
  });
}

/** "Thực hiện …; Căn cứ …, X ban hành Kế hoạch … như sau:" */
function planPreamble(ctx: ProseContext): void {
  const { rng, w, doc } = ctx;
  const onePerLine = rng.chance(0.5);
  const lines = basisLines(ctx, rng.int(1, 3), rng.pick(['Thực hiện', 'Căn cứ', 'Triển khai']), onePerLine);
  const kindWord = doc.docType;
  const intro = `${self(ctx)} ban hành ${kindWord} ${doc.topic.subject}${rng.chance(0.4) ? ` (gọi tắt là Phong trào thi đua)` : ''}, cụ thể như sau:`;
  if (lines.length === 0) {
    w.push('para', `Để ${clause(ctx)}, ${intro}`);
    return;
  }
  if (onePerLine) {
    for (const l of lines) w.push('para', `${l};`);
    w.push('para', intro);
  } else {
    w.push('para', `${lines.join('; ')}, ${intro}`);
  }
}

function bullets(ctx: ProseContext, n: number): void {
  for (let i = 0; i < n; i++) ctx.w.push('bullet', `- ${paragraph(ctx, ctx.rng.int(1, 2))}`);
}

function sectionHeading(ctx: ProseContext): string {
  const { rng } = ctx;
  const r = rng.next();
  if (r < 0.3) return cap(`${rng.pick(['nâng cao chất lượng', 'đẩy mạnh', 'tăng cường', 'đổi mới'])} ${rng.pick(ctx.doc.topic.objects)}`);
  if (r < 0.5) return `Thi đua ${clause(ctx).replace(/ (nhằm|bảo đảm|góp phần|phù hợp|gắn|trên|theo|tạo|đáp ứng|kịp thời|hướng).*$/, '')}`;
  if (r < 0.65) return 'Công tác tuyên truyền';
  return cap(clause(ctx).replace(/ (nhằm|bảo đảm|góp phần|phù hợp|gắn|trên|theo|tạo|đáp ứng|kịp thời|hướng).*$/, ''));
}

/** One numbered section "2." with optional "2.1." subsections, a) points and bullets. */
function numberedSection(ctx: ProseContext, n: number): void {
  const { rng, w } = ctx;
  w.push('heading', `${n}. ${sectionHeading(ctx)}`, 2);
  const r = rng.next();
  if (r < 0.35) {
    const subs = rng.int(2, 4);
    for (let k = 1; k <= subs; k++) w.push('para', `${n}.${k}. ${paragraph(ctx)}`);
  } else if (r < 0.6) {
    w.push('para', paragraph(ctx));
    const pts = rng.int(2, 4);
    for (let k = 0; k < pts; k++) w.push('para', `${LETTERS[k]}) ${paragraph(ctx, rng.int(1, 2))}`);
  } else {
    if (rng.chance(0.6)) w.push('para', paragraph(ctx));
    bullets(ctx, rng.int(2, 5));
  }
}

function purposePart(ctx: ProseContext, n: number): void {
  const { rng, w } = ctx;
  w.push('heading', `${roman(n)}. ${rng.pick(PLAN_PARTS[0] ?? ['MỤC ĐÍCH, YÊU CẦU'])}`, 1);
  w.push('heading', '1. Mục đích', 2);
  bullets(ctx, rng.int(2, 3));
  w.push('heading', '2. Yêu cầu', 2);
  if (rng.chance(0.5)) w.push('para', paragraph(ctx));
  else bullets(ctx, rng.int(2, 3));
}

function organisationPart(ctx: ProseContext, n: number, budget: number): void {
  const { rng, w } = ctx;
  w.push('heading', `${roman(n)}. TỔ CHỨC THỰC HIỆN`, 1);
  const list = rng.sample(offices(ctx), rng.int(3, 6));
  let k = 1;
  for (const o of list) {
    w.push('heading', `${k++}. ${o}`, 2);
    w.push('para', paragraph(ctx, rng.int(1, 3)));
    if (w.approxBytes() > budget) break;
  }
}

function planClosing(ctx: ProseContext): void {
  const { rng, w, doc } = ctx;
  const word = doc.docType;
  w.push('para', rng.chance(0.5)
    ? `Trên đây là ${word} ${doc.topic.subject} của ${self(ctx)}. Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo ${self(ctx)} (qua ${rng.pick(offices(ctx))}) để xem xét, chỉ đạo giải quyết./.`
    : `Yêu cầu các cơ quan, đơn vị tổ chức triển khai các nội dung ${word} này bảo đảm ${rng.pick(['thiết thực, hiệu quả', 'đúng tiến độ, chất lượng'])}./.`);
}

/** Plans, guidance, programmes, reports, Party resolutions: Roman-numbered parts. */
function outlineBody(ctx: ProseContext, partTitles: readonly string[]): void {
  const { rng, w, doc } = ctx;
  const budget = doc.targetBytes;
  planPreamble(ctx);
  let part = 1;
  const hasPurpose = doc.kind === 'KH' || doc.kind === 'HD' || doc.kind === 'CTr';
  if (hasPurpose) purposePart(ctx, part++);
  const middle = partTitles.filter((t) => t !== 'TỔ CHỨC THỰC HIỆN' && t !== 'MỤC ĐÍCH, YÊU CẦU');
  const reserve = 2_500;
  for (let i = 0; i < middle.length; i++) {
    const share = (budget - reserve - w.approxBytes()) / (middle.length - i);
    const stop = w.approxBytes() + Math.max(share, 600);
    w.push('heading', `${roman(part++)}. ${middle[i]}`, 1);
    if (doc.kind === 'BC' || (doc.kind === 'NQ' && i === 0)) w.push('para', assessment(ctx));
    let n = 1;
    do numberedSection(ctx, n++);
    while (w.approxBytes() < stop && n < 40);
  }
  organisationPart(ctx, part, budget);
  planClosing(ctx);
}

/** Regulations: optional Chương, then Điều N with khoản 1., 2. and điểm a), b). */
/** Writes articles from `firstArticle`; returns the number the next article would take. */
function articlesBody(ctx: ProseContext, opening: string | null, firstArticle: number): number {
  const { rng, w, doc } = ctx;
  if (opening) w.push('title', opening);
  const chapters = doc.targetBytes > 14_000;
  const titles = ['NHỮNG QUY ĐỊNH CHUNG', 'NHIỆM VỤ, QUYỀN HẠN', 'TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ', 'CHẾ ĐỘ LÀM VIỆC, THÔNG TIN, BÁO CÁO', 'KHEN THƯỞNG, XỬ LÝ VI PHẠM', 'ĐIỀU KHOẢN THI HÀNH'];
  let article = firstArticle;
  const budget = doc.targetBytes - 1_500;
  const nChapters = chapters ? Math.min(titles.length, 3 + Math.floor(doc.targetBytes / 15_000)) : 1;
  for (let c = 1; c <= nChapters; c++) {
    if (chapters) {
      w.push('heading', `Chương ${roman(c)}`, 0);
      w.push('heading', c === nChapters ? 'ĐIỀU KHOẢN THI HÀNH' : (titles[c - 1] ?? 'QUY ĐỊNH CỤ THỂ'), 0);
    }
    const stop = chapters ? (budget * c) / nChapters : budget;
    do {
      w.push('heading', `Điều ${article++}. ${cap(sectionHeading(ctx))}`, 0);
      const clauses = rng.int(1, 4);
      if (clauses === 1) w.push('para', paragraph(ctx));
      else
        for (let k = 1; k <= clauses; k++) {
          w.push('para', `${k}. ${paragraph(ctx, rng.int(1, 3))}`);
          if (rng.chance(0.3)) {
            const pts = rng.int(2, 4);
            for (let p = 0; p < pts; p++) w.push('para', `${LETTERS[p]}) ${paragraph(ctx, 1)}`);
          }
        }
    } while (w.approxBytes() < stop && article < 200);
  }
  return article;
}

/** "Căn cứ …;" lines of decisions, resolutions, decrees. */
function legalBasis(ctx: ProseContext): void {
  const { rng, w, doc } = ctx;
  const law = rng.chance(0.5)
    ? `Căn cứ ${citeByName(ctx)}${rng.chance(0.6) ? ` ngày ${rng.pick(['19 tháng 6 năm 2015', '22 tháng 11 năm 2019', '15 tháng 6 năm 2022'])}` : ''};`
    : null;
  if (law) w.push('para', law);
  for (const l of basisLines(ctx, rng.int(1, 3), 'Căn cứ')) w.push('para', `${l};`);
  if (doc.family === 'state' && rng.chance(0.6)) {
    // "Theo đề nghị … tại Tờ trình số …": a citation of a document nobody holds.
    const n = rng.int(10, 400);
    const office = rng.pick(offices(ctx));
    const tr: DocRef = {
      key: `ngoai:to-trinh:${doc.key}`, held: false, kind: 'BC', docType: 'Tờ trình', family: 'state',
      number: String(n), symbol: `TTr-${office === 'Sở Nội vụ' ? 'SNV' : 'VP'}`, year: null,
      date: doc.date, iso: doc.iso, issuer: null, issuerNames: [office], subject: '', name: null, shortName: null,
    };
    const c = ctx.w.cite(`Tờ trình số ${n}/${tr.symbol}`, {
      docType: 'Tờ trình', number: tr.number, year: null, symbol: tr.symbol, date: null, issuer: null,
      short: false, byName: false, name: null, pinpoint: null, target: null, outside: tr.key,
    });
    w.push('para', `Theo đề nghị của ${office === 'Sở Nội vụ' ? 'Giám đốc Sở Nội vụ' : `Trưởng ${office}`} tại ${c}.`);
  }
}

/**
 * What a decision says of an older one of the same issuer and type, as closing articles do:
 * it replaces it, repeals it, or declares it ended ("… hết hiệu lực kể từ ngày … này có hiệu lực
 * thi hành"). Planted in about a quarter of decisions so that scale builds exercise status.
 */
const REGULATIONS = new Set(['QĐ', 'QĐL', 'NQ', 'NĐ', 'TT', 'QyĐ', 'QC']);

/** An earlier regulation of the same issuer and type, 1 to 6 years older, not in the collection. */
function earlierRegulation(ctx: ProseContext): DocRef {
  const { rng, doc } = ctx;
  const date = fromDayIndex(dayIndex(doc.date) - rng.int(365, 6 * 365));
  return {
    key: `ngoai:truoc:${doc.key}`, held: false, kind: doc.kind, docType: doc.docType, family: doc.family,
    number: String(rng.int(1, 90)).padStart(rng.chance(0.3) ? 2 : 1, '0'), symbol: doc.symbol, year: doc.year === null ? null : date.y,
    date, iso: isoOf(date), issuer: doc.issuer, issuerNames: doc.issuer.citeNames, subject: doc.topic.subject, name: null, shortName: null,
  };
}

/** An earlier held regulation of the same issuer, among the most recent few hundred of its area; null when there is none. */
function earlierHeld(ctx: ProseContext): DocRef | null {
  const { rng, doc } = ctx;
  const list = ctx.catalog.heldByProvince.get(doc.issuer.level === 'central' ? '' : (doc.issuer.provinceName ?? '')) ?? [];
  const older: DocRef[] = [];
  for (let i = list.length - 1; i >= 0 && i >= list.length - 3000 && older.length < 50; i--) {
    const c = list[i]!;
    if (c.iso < doc.iso && c.key !== doc.key && REGULATIONS.has(c.kind) && c.issuer?.key === doc.issuer.key) older.push(c);
  }
  return older.length > 0 ? rng.pick(older) : null;
}

function supersedes(ctx: ProseContext, selfType: string): string | null {
  const { rng } = ctx;
  if (!rng.chance(0.25)) return null;
  // None held: an earlier one nobody holds, which its cited-only page then shows as replaced.
  const ref: DocRef = earlierHeld(ctx) ?? earlierRegulation(ctx);
  const cited = citeFull(ref, ctx, { date: true, issuer: true, subject: rng.chance(0.5), defineShort: false });
  const r = rng.next();
  if (r < 0.45) return `${selfType} này thay thế ${cited}.`;
  if (r < 0.75) return `Bãi bỏ ${cited}.`;
  return `${cap(cited)} hết hiệu lực kể từ ngày ${selfType} này có hiệu lực thi hành.`;
}

/**
 * An article amending an earlier regulation, as amending texts write it: "Điều 5. Sửa đổi, bổ
 * sung một số điều của Quyết định số …", then items with the new wording in quotes. Every
 * generated regulation has an Điều 1 and almost all an Điều 2, so the items name those: the
 * amended page gets its notes (src/lib/status/amendments.ts). Planted in about one regulation
 * in ten, so that scale builds exercise "amended" statuses and those notes.
 */
function amendingArticle(ctx: ProseContext, article: number): boolean {
  const { rng, w } = ctx;
  if (!rng.chance(0.1)) return false;
  const ref: DocRef = earlierHeld(ctx) ?? earlierRegulation(ctx);
  const cited = citeFull(ref, ctx, { date: true, issuer: true, subject: false, defineShort: false });
  w.push('heading', `Điều ${article}. Sửa đổi, bổ sung một số điều của ${cited}`, 0);
  w.push('para', '1. Sửa đổi, bổ sung Điều 2 như sau:');
  w.push('para', `“Điều 2. ${cap(sectionHeading(ctx))}`);
  w.push('para', `${paragraph(ctx, rng.int(1, 2))}”.`);
  if (rng.chance(0.5)) w.push('para', '2. Bãi bỏ khoản 2 Điều 1.');
  return true;
}

function decisionBody(ctx: ProseContext): void {
  const { rng, w, doc } = ctx;
  legalBasis(ctx);
  if (doc.kind === 'QĐ' && doc.targetBytes < 12_000) {
    w.push('title', 'QUYẾT ĐỊNH:');
    w.push('para', `Điều 1. ${cap(clause(ctx))}. ${paragraph(ctx)}`);
    while (w.approxBytes() < doc.targetBytes - 900) w.push('bullet', `- ${paragraph(ctx, rng.int(1, 3))}`);
    w.push('para', `Điều 2. ${paragraph(ctx)}`);
    const ended = supersedes(ctx, 'Quyết định');
    w.push('para', `Điều 3. Quyết định này có hiệu lực kể từ ngày ký.${ended ? ` ${ended}` : ''}`);
    w.push('para', `Điều 4. Chánh Văn phòng, ${rng.sample(offices(ctx), 2).join(', ')} và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.`);
    return;
  }
  const opening = doc.kind === 'NQ' ? 'QUYẾT NGHỊ:' : doc.kind === 'NĐ' ? 'NGHỊ ĐỊNH:' : doc.kind === 'TT' ? null : 'QUYẾT ĐỊNH:';
  let next = articlesBody(ctx, opening, 1);
  const selfType = doc.kind === 'NQ' ? 'Nghị quyết' : doc.docType;
  // One relation per document: an amendment, or else perhaps an ending in the closing article.
  const amending = REGULATIONS.has(doc.kind) && amendingArticle(ctx, next);
  if (amending) next++;
  w.push('heading', `Điều ${next}. Hiệu lực thi hành`, 0);
  const ended = amending ? null : supersedes(ctx, selfType);
  const effect = `${selfType} này có hiệu lực kể từ ngày ${headerDate({ ...doc.date, d: Math.min(28, doc.date.d) }).slice(5)}.`;
  if (ended) {
    w.push('para', `1. ${effect}`);
    w.push('para', `2. ${ended.replace(/\.$/, './.')}`);
  } else w.push('para', `${effect.slice(0, -1)}./.`);
}

/** Directives, letters, notices, conclusions: context, then numbered requests. */
function requestsBody(ctx: ProseContext, lead: string): void {
  const { rng, w, doc } = ctx;
  const budget = doc.targetBytes - 900;
  if (doc.attachment) {
    const att = doc.attachment;
    const received = `Ngày ${citeDate(doc.date, rng)}`;
    const c = citeFull(att, ctx, { date: true, issuer: true, subject: true });
    w.push('para', `${received}, ${doc.issuer.name} nhận được ${c}. ${sentence(ctx)} ${doc.issuer.name} yêu cầu các đơn vị thực hiện một số nội dung sau:`);
  } else if (doc.kind === 'CV' || doc.kind === 'CĐ') {
    const ref = pickRef(ctx);
    const c = ref ? citeFull(ref, ctx) : `${citingSentence(ctx)}`;
    w.push('para', `${ref ? `Thực hiện ${c}, ` : `${c} `}${lead}`);
  } else {
    w.push('para', assessment(ctx));
    if (rng.chance(0.6)) w.push('para', paragraph(ctx));
    w.push('para', `Để ${clause(ctx)}, ${lead}`);
  }
  let n = 1;
  do {
    const r = rng.next();
    w.push('para', `${n++}. ${paragraph(ctx, rng.int(2, 5))}`);
    if (r < 0.25) bullets(ctx, rng.int(2, 3));
  } while (w.approxBytes() < budget && n < 60);
  w.push('para', doc.kind === 'CV'
    ? `Nhận được ${doc.kind === 'CV' && rng.chance(0.5) ? 'Công văn' : 'Văn bản'} này, đề nghị các cơ quan, đơn vị nghiêm túc tổ chức triển khai, thực hiện./.`
    : `${self(ctx)} yêu cầu các cấp, các ngành nghiêm túc triển khai thực hiện ${doc.docType} này./.`);
}

/** Writes the body of `ctx.doc` into `ctx.w`. */
export function writeBody(ctx: ProseContext): void {
  const { doc, rng } = ctx;
  const selfName = self(ctx);
  switch (doc.kind) {
    case 'KH':
      return outlineBody(ctx, [rng.pick(PLAN_PARTS[1] ?? []), ...(rng.chance(0.6) ? [rng.pick(PLAN_PARTS[2] ?? [])] : []), ...(rng.chance(0.4) ? ['KINH PHÍ THỰC HIỆN'] : [])]);
    case 'HD':
      return outlineBody(ctx, ['NỘI DUNG HƯỚNG DẪN', rng.pick(PLAN_PARTS[2] ?? [])]);
    case 'CTr':
      return outlineBody(ctx, ['NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU']);
    case 'BC':
      return outlineBody(ctx, REPORT_PARTS.slice(0, rng.int(3, 5)));
    case 'NQ':
      if (doc.family === 'party' || doc.issuer.code === 'CP') return outlineBody(ctx, RESOLUTION_PARTS);
      return decisionBody(ctx);
    case 'QĐ': case 'QĐL': case 'NĐ': case 'TT':
      return decisionBody(ctx);
    case 'QyĐ': case 'QC':
      ctx.w.push('para', `${basisLines(ctx, 1, 'Căn cứ')[0] ?? `Căn cứ ${citeByName(ctx)}`};`);
      ctx.w.push('para', `${selfName} ban hành ${doc.docType} ${doc.topic.subject} như sau:`);
      articlesBody(ctx, null, 1);
      return;
    case 'CT':
      return requestsBody(ctx, `${doc.issuer.code === 'UBND' ? `Chủ tịch ${selfName}` : selfName} yêu cầu:`);
    case 'KL':
      return requestsBody(ctx, `${selfName} kết luận như sau:`);
    case 'TB':
      return requestsBody(ctx, `${selfName} thông báo kết luận như sau:`);
    case 'CV': case 'CĐ':
      return requestsBody(ctx, `${doc.issuer.name} đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:`);
  }
}

/** The trích yếu under the type word; may itself cite ("Triển khai thực hiện Chỉ thị số 19/CT-TTg …"). */
export function writeTitle(ctx: ProseContext): string {
  const { rng, doc } = ctx;
  const y = doc.date.y;
  const place = doc.issuer.area ? ` trên địa bàn ${doc.issuer.area}` : '';
  if (doc.attachment) return `triển khai ${citeFull(doc.attachment, ctx, { date: true, issuer: true, subject: false, defineShort: false })}`;
  switch (doc.kind) {
    case 'KH': {
      const r = rng.next();
      if (r < 0.3) {
        const ref = pickRef(ctx, 0.4);
        if (ref) return `Triển khai thực hiện ${citeFull(ref, ctx, { date: rng.chance(0.3), subject: true })}`;
      }
      if (r < 0.6) return `Tổ chức Phong trào thi đua ${movement(ctx)}${place}`;
      return `${cap(doc.topic.subject)} ${rng.chance(0.5) ? `năm ${y}` : `giai đoạn ${y} - ${y + 4}`}`;
    }
    case 'CTr': {
      const ref = pickRef(ctx, 0.3);
      return ref ? `hành động thực hiện ${citeFull(ref, ctx, { date: true, subject: true })}` : `hành động về ${doc.topic.subject}`;
    }
    case 'BC': return `Kết quả thực hiện ${doc.topic.subject} năm ${y}`;
    case 'HD': return `Thực hiện ${doc.topic.subject}`;
    case 'QĐ': return rng.chance(0.5) ? `Về việc thành lập Ban Chỉ đạo ${doc.topic.subject}` : `Về việc ban hành Kế hoạch ${doc.topic.subject}`;
    case 'QĐL': return `Ban hành Quy định ${doc.topic.subject}${place}`;
    case 'NQ': return doc.issuer.code === 'HĐND' ? `Quy định một số chính sách ${doc.topic.subject}${place}` : `về ${doc.topic.subject}`;
    case 'QC': return `Làm việc của Ban Chỉ đạo ${doc.topic.subject}`;
    case 'TB': return `Kết luận của đồng chí ${rng.pick(['Chủ tịch', 'Phó Chủ tịch', 'Bí thư'])} tại cuộc họp về ${doc.topic.subject}`;
    case 'CĐ': return `Về việc ${doc.topic.subject}`;
    case 'NĐ': return `Quy định ${doc.topic.subject}`;
    case 'TT': return `Hướng dẫn ${doc.topic.subject}`;
    default: return `về ${doc.topic.subject}`;
  }
}
