/**
 * The importer measured on labelled real documents (tests/fixtures/import-real/,
 * `npm run eval:import`): the labels are well formed, the scorer measures what
 * it claims on real text, and the dev-set scores do not fall below the
 * REGRESSION FLOORS, which are the importer's scores when the set was labelled,
 * not targets (issue 12 sets ≥ 0.98 per field, ≥ 99.5 % wraps joined, 0 markup,
 * 0 body text in fields, 0 words lost). Raise them as the importer improves.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIELDS, LabelError, blocksOf, bodyInFields, evaluateFixture, markupOnPage, parseLabels, parseWrapJudgements, renderBody, scoreFields, summarise, wordsLost, wrapPairs,
  type DocEvaluation, type Got, type Labels, type Summary,
} from '../../src/lib/import/evaluate.ts';

const DIR = 'tests/fixtures/import-real';

/** Dev-set scores of the importer (1566 documents, labelled blind in seventy batches, and portal copies; the README of the fixtures lists them): floors against regression, not goals. */
const REGRESSION_FLOORS = {
  fieldsRight: { docType: 1395, number: 1375, date: 1395, issuer: 1387, title: 1376, signer: 1377 },
  // Of the pairs that look like wraps: a table read one cell to a line, or a heading over its paragraph, looks like one.
  // (98.2 %: the eighteenth batch brought a Công báo list of equipment read one cell to a line, 300 such pairs; 97.4 %:
  // the thirty-fourth a classification table of fields of science set one cell a line, 1,141 more, all judged two units.)
  // (96.9 %: the sixty-fourth and sixty-fifth brought a circular's survey forms set one cell a line and a draft law's
  // comparison table printed in columns side by side, 561 pairs not joined, which readers judged mostly two units.)
  wrapsJoinedShare: 0.965,
  // Of those, less the 1,804 that readers judged two units (wrap-judgements.tsv, ten rounds): 99.56 %. (99.83 % before the
  // twenty-eighth batch brought a ministry's assessment printed by pdftotext -layout as a three-column table: 304 pairs
  // where each column's text goes on in its column on the next line, which the importer leaves as rows, not reflowed.)
  // (99.49 %: the thirty-sixth brought a scanned draft decree's tariff table OCR'd row by row, 90 pairs where a cell's
  // words go on in the next line among other cells' codes, judged one unit.) (99.50 %: the thirty-ninth brought a decree's
  // tariff table set one cell a line, 426 pairs not joined, of which readers judged 24 one unit: a goods description that
  // goes on in brackets on the next line, "(HFC-32) và …".)
  judgedWrapsJoinedShare: 0.994,
  /** Ceilings: literal markup and body text in fields may only go down. */
  doubleStars: 0,
  pipeLines: 0,
  // 24 are OCR's reading of a scanned table's rules (QĐ 1582/QĐ-TCT), 2 of a scanned decree's
  // (Nghị định 09/2018/NĐ-CP), 11 of a scanned draft decree's (amending 123/2020/NĐ-CP); the others
  // are stars the sources mean, kept as written: a product ("6= 4*5", "thu nhập * 50%"), the tariff's mark "(*, 10)",
  // a defined total "Tổng*", an OCR'd table note's "Cột * “Mã hàng”", a unit "m2*giờ", footnote marks, OCR's specks of a scanned decree ("… quá.cảnh *"), an OCR'd "*#", two inside an OCR'd run of letters ("S*S+S*vEvv…", once read as emphasis
  // that glued the run to the letter before it: the one word the dev set lost),
  // and lines that open with "* " (a letter's, a Tờ trình's and an OCR'd report's bullets, notes "* Ghi chú:", a
  // table's group rows, a draft law outline's list of cars, a consolidated circular's forms' "* Kích thước" notes): a plain text's "* " stays a star, never a Markdown list (tests/hostile).
  // The twenty-seventh batch brought 53 more, all meant: a Bộ Y tế report's 35 points opened by "* ", a circular's forms
  // marking required fields ("Chức vụ*:", "Mức lương*:"), and an OCR'd assessment's footnote marks.
  // The twenty-eighth brought 4: a legal library's watermark OCR'd around a scanned decision's signature ("* www.");
  // the twenty-ninth 1, a draft decree's table mark ("Loại khác: *"); the thirty-first 1, an OCR speck in a scanned draft
  // decree ("khấu trừ * bi sais sot"); the thirty-second 4, all meant: a consolidated circular's table mark and its note
  // ("Ghi chú: * thể hiện …") and a draft law's note opened by "* "; the thirty-third 1, an OCR speck before a
  // scanned letter's point ("*..b) Thuê suất …"); the thirty-fifth 11, all but two meant: a circular's forms' formulas
  // ("(7)=(5)*(6)", "(10)=(7)*(8)"), a draft law's note opened by "* ", and OCR specks in two scans; the thirty-sixth 7,
  // OCR specks in a scanned draft decree's tariff table ("* 1 khô dé cọ rửa"); the thirty-seventh 1, an OCR speck before a
  // quoted phrase in a scanned Tờ trình ("Bỏ cụm từ * “quản lý”"); the thirty-eighth 7, all meant: a circular's and a scanned
  // decision's notes opened by "* " ("* Chuẩn nghèo đa chiều giai đoạn 2022 - 2025", "* Đối với người chưa được cấp mã số BHXH");
  // the thirty-ninth 2, both meant: a tariff's note on its mark ("1. Ký hiệu “*”: …") and an OCR'd letter's point opened by "* ";
  // the forty-first 3, all meant: an OCR'd circular's worked example ("* Đối với lần chuyển nhượng tháng 2/2014") and its "* 20%";
  // the forty-second 83, all but one meant: a circular's programme whose 82 items open "* Mục tiêu:", "* Nội dung:", and an OCR
  // speck ("… trở lên - /*"); the forty-fourth 3: a circular's form's note opened by "* " printed twice ("* Công dân khi đi
  // mang theo Quyết định này, …"), meant, and an OCR speck in a scanned letter; the forty-fifth 2, a legal library's
  // watermark OCR'd on a scanned letter's pages ("… 3930 3279 * www.ThuVienPhapLuat.vn"), joined into two paragraphs; the
  // forty-sixth 1, an OCR speck before a scanned letter's point ("* 2. Quyên xuất khẩu …"); the forty-seventh 1, the same
  // library's watermark on another scanned letter ("3279 * www.ThuVienPhapLuat.vn"); the forty-ninth 1, meant: a scanned
  // letter's worked sum ("Số thuế TNDN phải nộp (4)=(3)*2%"); the fifty-first 5: a letter's three bullets opened by "* "
  // ("* Hệ thống báo cáo tài chính năm …"), meant, and OCR's specks before two articles a scanned letter quotes; the
  // fifty-second 3, meant: a letter's case opened by "* " and a decree's "* Biện pháp cưỡng chế:" printed twice; the
  // fifty-fourth 2, meant: a decree's receipt form's code line "CT*CT*CT*"; the fifty-fifth 1, an OCR speck before a
  // scanned letter's signer ("*. Sue Nguyên Nam Bình"); the fifty-sixth 8, meant: a circular's programme whose items
  // open "* Mục tiêu:", "* Nội dung:", as the forty-second's did; the fifty-eighth 28: 26 meant, a scanned letter's
  // 24 points opened "* Điểm mới:", a circular's "* Ghi chú:", a letter's "* Về việc áp dụng …", and 2 in OCR's reading
  // of a table printed upside down; the fifty-ninth 1, OCR's speck after a scanned letter's closing "./" ("biét./*"); a
  // portal copy 1, its source's "*3." as the original has it; another 1, a decree's own symbol “*” in its markdown export; another 1, the lone "*" a Party cell's header
  // prints under its name; 2 a Tika copy's, its source letter's own "* Khấu trừ thuế GTGT …" points; and 1 a watermarked
  // copy's, its source's "*" before an appendix table's group row; the sixty-first 3, a scanned letter's points opened by
  // "* " ("* Vé địa bàn ưu đãi thuế", OCR's), two meant and one OCR's specks after its star; the sixty-second 10, all
  // meant: a bank circular's capital formulas ("RWA*E", "CE = RWA*E x CARTarget + …") and a scanned ministry answer's
  // points opened by "* " ("* Đối với NLD có HDLD từ 03 tháng trở lên."); the sixty-fourth 2, a scanned letter's point opened by
  // "* " ("* Căn cứ tính thuế là doanh thu …"), meant, and OCR's speck at a scanned letter's line end ("… Thu nhập *"); the
  // sixty-fifth 36: a scanned letter's 33 points opened by "* " ("* Hệ số quy mô lớp:"), a circular's two notes ("* Lưu ý: …",
  // "* Ghi chú: …"), all meant, and the legal library's watermark on a scanned letter ("3930) 3279 *"); the sixty-sixth 2, both
  // meant: a circular's cost estimate, its note opened by "* " ("* chú trọng nguyên, nhiên, vật liệu …") and its formula "5=3*4";
  // the sixty-seventh 2, OCR's: a speck inside a scanned letter's sentence and the legal library's watermark on another
  // ("+$4-8-3930 3279 *"); the sixty-eighth 12, meant: a circular's forms' formulas ("(7)=(5)*(6)", "(10)=(7)*(8)") and a
  // scanned letter's four quoted articles opened by "* " ("* Điều 2. Giải thích từ ngữ."); the sixty-ninth 14: a scanned
  // letter's 13 notes under the rows of its draft's comparison table ("* Nội dung sửa đổi, bổ sung được in nghiêng đậm. …"),
  // meant, and OCR's reading of a stamp on another ("OBE * XN ee").
  strayStars: 413,
  bodyInFields: 0,
  wordsLost: 0,
} as const;

const labelFiles = readdirSync(DIR).filter((f) => f.endsWith('.labels.json')).sort();
const textFiles = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

function labelsOf(name: string): Labels {
  return parseLabels(readFileSync(join(DIR, `${name}.labels.json`), 'utf8'), `${name}.labels.json`);
}

describe('the labelled set', () => {
  it('pairs every text with its labels, about 1566 dev and 710 holdout, every source folder present', () => {
    const names = labelFiles.map((f) => f.slice(0, -'.labels.json'.length));
    expect(textFiles.map((f) => f.slice(0, -'.txt'.length))).toEqual(names);
    const all = names.map(labelsOf);
    const holdout = all.filter((l) => l.set === 'holdout');
    expect(all.length).toBeGreaterThanOrEqual(2276);
    expect(holdout.length).toBeGreaterThanOrEqual(706);
    expect(holdout.length).toBeLessThanOrEqual(714);
    const folders = new Set(names.map((n) => n.split('__')[0]!));
    for (const f of ['phanbasongtoan112-art', 'hrmaster1982-dev', 'teije05-art', 'ttttthai', 'm1htan', 'undertheseanlp', 'hoangmd2410', 'hongquantq92', 'dvhcvn', 'portal']) {
      expect([...folders].some((x) => x.startsWith(f)), f).toBe(true);
    }
    // Hand-made portal copies say which real text they come from, and it is in the set (or in the repository by its path:
    // one of the bundled corpus's five under content/sources/, a hand-made fixture under tests/fixtures/import/).
    for (const [i, n] of names.entries()) {
      const p = all[i]!.provenance;
      if (n.startsWith('portal__') && p.derivedFrom!.includes('/')) expect(existsSync(p.derivedFrom!), p.derivedFrom).toBe(true);
      else if (n.startsWith('portal__')) expect(names).toContain(p.derivedFrom!.replace(/\.txt$/, ''));
      else expect(p.derivedFrom).toBeUndefined();
    }
    expect(holdout.filter((l) => l.provenance.derivedFrom).length).toBeGreaterThanOrEqual(4);
  });

  it('refuses bad labels with the file and the field', () => {
    const good = readFileSync(join(DIR, labelFiles[0]!), 'utf8');
    const bad = JSON.stringify({ ...JSON.parse(good), date: '12/04/2025' });
    expect(() => parseLabels(bad, 'x.labels.json')).toThrow(/x\.labels\.json: field date:/);
    expect(() => parseLabels('{', 'y.labels.json')).toThrow(/y\.labels\.json: invalid JSON/);
    expect(() => parseLabels(JSON.stringify({ ...JSON.parse(good), signr: 'A' }), 'z.labels.json')).toThrow(/z\.labels\.json/);
  });
});

describe('the scorer on real text', () => {
  const base: Got = { docType: 'Nghị quyết', number: '60', symbol: 'NQ/TW', year: null, date: '2025-04-12', issuer: 'Ban Chấp hành Trung ương', title: null, signer: 'Tô Lâm', recipients: [] };
  const labels = labelsOf('dvhcvn__20250701__60-NQ_TW');

  it('compares fields after whitespace, Unicode composition and case only, and takes the listed alternatives', () => {
    const got = { ...base, title: 'Hội nghị  lần thứ 11 Ban Chấp hành Trung ương Đảng\nkhóa XIII'.normalize('NFD'), issuer: 'BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG' };
    const r = Object.fromEntries(scoreFields(labels, got, null).map((x) => [x.field, x.ok]));
    expect(r).toEqual({ docType: true, number: true, date: true, issuer: true, title: true, signer: true });
    // Nothing else is forgiven: a trailing period, a different year, a missing symbol.
    const worse = Object.fromEntries(scoreFields(labels, { ...got, title: `${got.title}.`, year: 2025, signer: 'Tô Lâm.' }, null).map((x) => [x.field, x.ok]));
    expect(worse).toMatchObject({ title: false, number: false, signer: false });
    expect(scoreFields(labels, null, '(refused: empty)').every((x) => !x.ok && x.got === '(refused: empty)')).toBe(true);
  });

  it('counts a wrapped sentence joined only when both lines sit back to back in one block', () => {
    // Công báo text: a “Căn cứ” sentence wrapped over three lines, then the next “Căn cứ”.
    const text = readFileSync(join(DIR, 'hrmaster1982-dev__phapluat-8chude-data__thong-tu-so-56-2026-tt-bca-469655.txt'), 'utf8').split('\n');
    const start = text.findIndex((l) => l.startsWith('Căn cứ Bộ luật Tố tụng hình sự'));
    const lines = new Map(text.slice(start, start + 6).map((l, i) => [start + 1 + i, l] as const));
    const nos = [...lines.keys()];
    const sentence = text.slice(start, start + 4).join(' ');
    const joined = wrapPairs(lines, nos, [sentence, text[start + 4]!]);
    expect(joined.map((p) => p.line)).toEqual([start + 1, start + 2, start + 3, start + 5]);
    expect(joined.slice(0, 3).every((p) => p.joined)).toBe(true);
    const split = wrapPairs(lines, nos, text.slice(start, start + 6));
    expect(split.filter((p) => p.joined)).toHaveLength(0);
    // A line ending the sentence (“…128/2025/QH15;”) and a line starting a marker are not wraps.
    expect(joined.some((p) => p.first.endsWith(';'))).toBe(false);
  });

  it('leaves out of the judged share the pairs readers judged two units, and refuses a malformed judgement naming its line', () => {
    const judged = parseWrapJudgements('# comment\nfixture-a\t12\tN\tnot joined\tcell then next cell\nfixture-a\t30\tW\tnot joined\tsentence\nfixture-a\t40\t?\tjoined\tunsure\n', 'j.tsv');
    expect([...judged.get('fixture-a')!]).toEqual([[12, 'N'], [30, 'W'], [40, '?']]);
    const doc = (wraps: DocEvaluation['wraps']): DocEvaluation => ({
      name: 'fixture-a', set: 'dev', shape: 'x', refused: null, parts: 1, fields: scoreFields(labels, base, null), wraps,
      markup: { doubleStars: 0, pipeLines: 0, strayStars: 0, examples: [] }, bodyInFields: [], words: { source: 0, lost: 0, examples: [] },
    });
    const pair = (line: number, joined: boolean, j?: 'W' | 'N' | '?') => ({ line, first: 'a', second: 'b', joined, ...(j ? { judged: j } : {}) });
    const sum = summarise([doc([pair(12, false, 'N'), pair(30, false, 'W'), pair(40, true, '?'), pair(50, true)])]);
    expect(sum.wraps).toMatchObject({ pairs: 4, joined: 2, judged: { pairs: 3, joined: 2, notWraps: 1 } });
    expect(() => parseWrapJudgements('fixture-a\t12\tY\tnot joined\tx\n', 'j.tsv')).toThrow(/j\.tsv:1: field judgement/);
    expect(() => parseWrapJudgements('fixture-a\tl2\tN\n', 'j.tsv')).toThrow(/j\.tsv:1: field line/);
    expect(() => parseWrapJudgements('a\t1\tN\na\t1\tW\n', 'j.tsv')).toThrow(LabelError);
  });

  it('finds literal markup as the site renders the body, not in real emphasis', () => {
    // “(*)” is the tariff table's own symbol; “*3.” is an italic run the portal broke across paragraphs.
    const hast = renderBody('**Điều 1. **Ban hành kèm theo\n\n|\n\n**Trần Đức Thắng**\n\nKý hiệu (\\*) tại cột thuế suất\n\n\\*3. Thực hiện hành vi vi phạm hành chính do sự kiện bất ngờ;\n');
    const m = markupOnPage(hast);
    // “**Điều 1. **” cannot close (a space before the closing run): both runs stay literal.
    expect(m.doubleStars).toBe(2);
    expect(m.pipeLines).toBe(1);
    expect(m.strayStars).toBe(1);
    expect(blocksOf(hast)).toContain('Trần Đức Thắng');
  });

  it('flags body text in fields: long recipients, long titles, structural markers', () => {
    const recipients = ['Như trên;', `Lưu: VT. Lê Hồng Sơn DANH SÁCH CÁC ĐƠN VỊ ${'Trường Mầm non B; '.repeat(20)}`];
    const p = bodyInFields({ ...base, title: 'Quy định quản lý, theo dõi người bị cấm đi khỏi nơi cư trú. Chương I QUY ĐỊNH CHUNG Điều 1. Phạm vi', recipients });
    expect(p.map((x) => x.field).sort()).toEqual(['recipients[1]', 'title']);
    // A title that cites an article is not body text.
    expect(bodyInFields({ ...base, title: 'Về việc áp dụng hình thức lựa chọn nhà thầu theo quy định tại điểm đ khoản 1 Điều 29 Luật Đấu thầu' })).toEqual([]);
  });

  it('scores a file the importer refuses as absent, as the run writes nothing of it', () => {
    const empty = evaluateFixture('empty', new TextEncoder().encode('  \n'), labels);
    expect(empty.refused).toMatch(/empty/);
    expect(empty.fields.length).toBeGreaterThan(0);
    expect(empty.fields.every((f) => !f.ok)).toBe(true);
    const binary = evaluateFixture('binary', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01, 0x02]), labels);
    expect(binary.refused).toMatch(/cannot decode/);
  });

  it('counts words of the source missing from the output, as many times as they are missing', () => {
    const src = 'Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;\nCăn cứ Nghị định số 31/2019/NĐ-CP';
    expect(wordsLost(src, [src]).lost).toBe(0);
    const r = wordsLost(src, ['Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;']);
    // căn, cứ, nghị, định, số, 31, 2019, nđ, cp.
    expect(r.lost).toBe(9);
    expect(r.examples).toContain('2019');
  });

  it('reads HTML residue as markup, and a word OCR split and the import joined as kept', () => {
    // A portal's cell "Hà Nội<br>BỘ TRƯỞNG" renders as a line break: "br" was never a word.
    expect(wordsLost('| Hà Nội<br>BỘ TRƯỞNG |', ['Hà Nội\nBỘ TRƯỞNG']).lost).toBe(0);
    // "Phạm Min h Chính" comes out as "Phạm Minh Chính"; a word dropped outright still counts.
    expect(wordsLost('Phạm Min h Chính', ['Phạm Minh Chính']).lost).toBe(0);
    expect(wordsLost('Phạm Min h Chính', ['Phạm Chính']).examples).toEqual(['min']);
  });
});

describe('dev set: regression floors (the importer as labelled; targets are in issue 12)', () => {
  let docs: DocEvaluation[];
  let dev: Summary;
  beforeAll(() => {
    const judged = parseWrapJudgements(readFileSync(join(DIR, 'wrap-judgements.tsv'), 'utf8'), 'wrap-judgements.tsv');
    // The dev set scored; the holdout set only imported, below (its scores are read at the end, with `npm run eval:import`).
    docs = labelFiles.flatMap((f) => {
      const name = f.slice(0, -'.labels.json'.length);
      const labels = labelsOf(name);
      return labels.set === 'dev' ? [evaluateFixture(name, readFileSync(join(DIR, `${name}.txt`)), labels, judged.get(name))] : [];
    });
    dev = summarise(docs);
    // About 1,500 real texts, under a minute alone; a bound with room for a two-core machine busy with other suites.
  }, 420_000);

  // (The holdout set is imported without a crash in real-holdout.test.ts, beside this file on another worker.)
  it('imports every dev document without a crash', () => {
    expect(docs.length).toBe(labelFiles.filter((f) => labelsOf(f.slice(0, -'.labels.json'.length)).set === 'dev').length);
    for (const d of docs) expect(d.fields.map((f) => f.field)).toEqual([...FIELDS]);
  });

  for (const f of FIELDS) {
    it(`${f}: at least ${REGRESSION_FLOORS.fieldsRight[f]} of the dev documents right`, () => {
      const misses = docs.filter((d) => d.set === 'dev').flatMap((d) => d.fields.filter((x) => x.field === f && !x.ok).map((x) => `${d.name}: want ${x.want} got ${x.got}`));
      expect(dev.fields[f].right, misses.slice(0, 15).join('\n')).toBeGreaterThanOrEqual(REGRESSION_FLOORS.fieldsRight[f]);
    });
  }

  it('wrapped pairs joined, markup, body text in fields and words lost no worse than when labelled', () => {
    expect(dev.wraps.pairs).toBeGreaterThan(1000);
    expect(dev.wraps.share).toBeGreaterThanOrEqual(REGRESSION_FLOORS.wrapsJoinedShare);
    // The judgements find their pairs (a misnamed fixture or a shifted line would leave the count far short). A pair leaves
    // the candidates only when the importer takes its lines out of the body: a treaty's title took one (1,483 of 1,484).
    expect(dev.wraps.judged.notWraps).toBeGreaterThanOrEqual(1300);
    const missed = docs.filter((d) => d.set === 'dev').flatMap((d) => d.wraps.filter((w) => !w.joined && w.judged !== 'N').map((w) => `${d.name}:${w.line}: ${w.first.slice(-40)} ¶ ${w.second.slice(0, 40)}`));
    expect(dev.wraps.judged.share, missed.slice(0, 15).join('\n')).toBeGreaterThanOrEqual(REGRESSION_FLOORS.judgedWrapsJoinedShare);
    expect(dev.markup.doubleStars).toBeLessThanOrEqual(REGRESSION_FLOORS.doubleStars);
    expect(dev.markup.pipeLines).toBeLessThanOrEqual(REGRESSION_FLOORS.pipeLines);
    expect(dev.markup.strayStars).toBeLessThanOrEqual(REGRESSION_FLOORS.strayStars);
    expect(dev.bodyInFields).toBeLessThanOrEqual(REGRESSION_FLOORS.bodyInFields);
    expect(dev.words.lost).toBeLessThanOrEqual(REGRESSION_FLOORS.wordsLost);
  });
});

describe('npm run eval:import', () => {
  // The command on a few labelled texts of each set, copied aside: its output, not its figures, is under test here.
  const few = mkdtempSync(join(tmpdir(), 'can-cu-eval-'));
  const pick = (set: string, n: number) => labelFiles.filter((f) => labelsOf(f.slice(0, -'.labels.json'.length)).set === set).slice(0, n);
  for (const lf of [...pick('dev', 4), ...pick('holdout', 2)]) {
    const name = lf.slice(0, -'.labels.json'.length);
    copyFileSync(join(DIR, lf), join(few, lf));
    copyFileSync(join(DIR, `${name}.txt`), join(few, `${name}.txt`));
  }
  afterAll(() => rmSync(few, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/eval-import.ts', '--dir', few, ...args], { encoding: 'utf8' });

  it('prints dev and holdout separately, and JSON with --json', () => {
    const text = run('--set', 'all');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/== dev: 4 documents/);
    expect(text.stdout).toMatch(/== holdout: 2 documents/);
    expect(text.stdout).toMatch(/number \+ symbol \+ year\s+[\d.]+ %/);
    const json = run('--set', 'holdout', '--json');
    expect(json.status).toBe(0);
    const parsed = JSON.parse(json.stdout) as { summaries: Record<string, Summary> };
    expect(Object.keys(parsed.summaries)).toEqual(['holdout']);
  }, 240_000);

  it('lists every miss with --verbose as “file: field: want … got …”', () => {
    // One label made wrong on purpose, so that there is a miss to list.
    const lf = readdirSync(few).find((f) => f.endsWith('.labels.json'))!;
    const labels = JSON.parse(readFileSync(join(few, lf), 'utf8')) as { docType: string };
    writeFileSync(join(few, lf), JSON.stringify({ ...labels, docType: 'Pháp lệnh' }));
    const r = run('--set', 'all', '--verbose');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${lf.slice(0, -'.labels.json'.length)}: docType: want "Pháp lệnh" got ${JSON.stringify(labels.docType)}`);
    writeFileSync(join(few, lf), JSON.stringify(labels));
  });

  it('refuses an unknown set with a usage line', () => {
    const r = run('--set', 'test');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--set must be dev, holdout or all/);
  });
});
