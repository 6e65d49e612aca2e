/**
 * Importer behaviour: idempotence, overrides, refusal to overwrite hand edits,
 * MDX escaping, directory import, collisions and bad input.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { importInto, readAll, readDocument, SOURCES, splitMdx, tempDir, type HastNode, CORPUS_FILES } from './helpers.ts';

const FIXTURES = 'tests/fixtures/import';
const TAN_BINH = '2023-06-08-kh-218-ubnd-quan-tan-binh.txt';
const TAN_BINH_ID = 'ke-hoach-218-kh-ubnd-2023-ubnd-quan-tan-binh';

function snapshot(dir: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const f of readdirSync(dir).sort()) m.set(f, readFileSync(join(dir, f), 'utf8'));
  return m;
}

describe('idempotence', () => {
  it('importing twice gives byte-identical files and writes nothing the second time', () => {
    const out = tempDir('idem');
    const corpus = CORPUS_FILES.map((f) => join(SOURCES, f));
    const first = importInto(corpus, out);
    const a = snapshot(out);
    const second = importInto(corpus, out);
    expect(first.written).toBe(6);
    expect(second.written).toBe(0);
    expect(second.unchanged).toBe(6);
    expect(snapshot(out)).toEqual(a);
    // A fresh directory gives the same bytes too.
    const other = tempDir('idem2');
    importInto(corpus, other);
    const b = snapshot(other);
    for (const [f, v] of a) if (f.endsWith('.mdx')) expect(b.get(f)).toBe(v);
  });

  it('quotes strings in YAML so dates stay strings', () => {
    const out = tempDir('yaml');
    importInto([join(SOURCES, TAN_BINH)], out);
    const { yaml } = splitMdx(readFileSync(join(out, `${TAN_BINH_ID}.mdx`), 'utf8'));
    expect(yaml).toContain('date: "2023-06-08"');
    expect(yaml).toContain('number: "218"');
  });
});

describe('hand corrections', () => {
  it('an override is merged on every import and recorded with what the source says', () => {
    const out = tempDir('ov');
    const ov = tempDir('ov-files');
    writeFileSync(join(ov, '2023-06-08-kh-218-ubnd-quan-tan-binh.yaml'), [
      'place: "Quận Tân Bình"',
      'signer:',
      '  capacity: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"',
      'reasons:',
      '  place: "Ghi rõ cấp hành chính"',
      '',
    ].join('\n'));
    for (let run = 0; run < 2; run++) {
      const r = importInto([join(SOURCES, TAN_BINH)], out, { overridesDir: ov });
      expect(r.failedFiles).toBe(0);
      const f = readAll(out).get(TAN_BINH_ID)!.frontmatter;
      expect(f.place).toBe('Quận Tân Bình');
      expect(f.signer).toEqual({ name: 'Nguyễn Bá Thành', capacity: 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH' });
      expect(f.corrections).toEqual([
        { field: 'place', asWritten: 'Tân Bình', reason: 'Ghi rõ cấp hành chính' },
        { field: 'signer.capacity', asWritten: 'CHỦ TỊCH', reason: expect.stringContaining('2023-06-08-kh-218-ubnd-quan-tan-binh.yaml') },
      ]);
    }
  });

  it('a correction of an identity field renames the document and removes the old file', () => {
    const out = tempDir('ov-id');
    const ov = tempDir('ov-id-files');
    importInto([join(SOURCES, TAN_BINH)], out, { overridesDir: ov });
    expect(existsSync(join(out, `${TAN_BINH_ID}.mdx`))).toBe(true);
    writeFileSync(join(ov, '2023-06-08-kh-218-ubnd-quan-tan-binh.yaml'), 'number: "219"\n');
    const r = importInto([join(SOURCES, TAN_BINH)], out, { overridesDir: ov });
    expect(r.removed).toBe(1);
    expect(readdirSync(out).filter((f) => f.endsWith('.mdx'))).toEqual(['ke-hoach-219-kh-ubnd-2023-ubnd-quan-tan-binh.mdx']);
  });

  it('a bad override is refused with its file, line and field; nothing is written', () => {
    const out = tempDir('ov-bad');
    const ov = tempDir('ov-bad-files');
    writeFileSync(join(ov, '2023-06-08-kh-218-ubnd-quan-tan-binh.yaml'), 'title: "Đúng"\nnumbr: "218"\n');
    const r = importInto([join(SOURCES, TAN_BINH)], out, { overridesDir: ov });
    expect(r.failedFiles).toBe(1);
    expect(r.problems).toContainEqual(expect.objectContaining({ line: 2, field: 'numbr', severity: 'error', file: expect.stringContaining('2023-06-08-kh-218-ubnd-quan-tan-binh.yaml') }));
    expect(readdirSync(out).filter((f) => f.endsWith('.mdx'))).toEqual([]);
    writeFileSync(join(ov, '2023-06-08-kh-218-ubnd-quan-tan-binh.yaml'), 'date: "2023-02-31"\n');
    const r2 = importInto([join(SOURCES, TAN_BINH)], out, { overridesDir: ov });
    expect(r2.failedFiles).toBe(1);
    expect(r2.problems).toContainEqual(expect.objectContaining({ field: 'date', message: expect.stringContaining('not a real calendar date') }));
  });

  it('refuses to overwrite an MDX file edited by hand, unless --force', () => {
    const out = tempDir('hand');
    importInto([join(SOURCES, TAN_BINH)], out);
    const path = join(out, `${TAN_BINH_ID}.mdx`);
    const edited = readFileSync(path, 'utf8').replace('Nguyễn Bá Thành', 'Nguyễn Bá Thanh');
    writeFileSync(path, edited);
    const r = importInto([join(SOURCES, TAN_BINH)], out);
    expect(r.failedFiles).toBe(1);
    expect(r.problems).toContainEqual(expect.objectContaining({
      severity: 'error', field: 'file',
      message: expect.stringMatching(/edited by hand .*2023-06-08-kh-218-ubnd-quan-tan-binh\.yaml.*--force/),
    }));
    expect(readFileSync(path, 'utf8')).toBe(edited);
    const forced = importInto([join(SOURCES, TAN_BINH)], out, { force: true });
    expect(forced.failedFiles).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('Nguyễn Bá Thành');
    // After a forced import the file is the importer's again.
    expect(importInto([join(SOURCES, TAN_BINH)], out).failedFiles).toBe(0);
  });
});

function walk(n: HastNode, f: (n: HastNode) => void): void {
  f(n);
  n.children?.forEach((c) => walk(c, f));
}

describe('MDX escaping', () => {
  const out = tempDir('adv');
  const r = importInto([join(FIXTURES, 'adversarial.txt')], out, { sourcesDir: FIXTURES });
  const [d] = [...readAll(out).values()];

  it('imports the adversarial document', () => {
    expect(r.failedFiles).toBe(0);
    expect(d).toBeDefined();
    expect(d!.frontmatter.title).toBe('Kiểm tra văn bản có ký tự đặc biệt {x} <b>không</b> đậm');
  });

  it('renders code-like text literally and creates no element from it', () => {
    const text = d!.text;
    for (const literal of [
      'import x from "./secret.js"', 'export const pwned = 1', '{alert(1)}', '{process.exit(1)}',
      '<script>alert("xss")</script>', '<img src=x onerror=alert(1)>', '<!-- không phải chú thích -->',
      '`mã`', '$x^2$', 'a < b > c & d', '<Component prop={1} />', 'Dòng | có | ống [liên kết](http://example.com) ~~gạch~~ # không phải tiêu đề',
      'I. NỘI DUNG {GIỮ NGUYÊN}',
    ]) expect(text).toContain(literal);
    const tags = new Set<string>();
    walk(d!.hast, (n) => { if (n.tagName) tags.add(n.tagName); });
    for (const bad of ['script', 'img', 'b', 'code', 'del', 'Component', 'table']) expect(tags.has(bad)).toBe(false);
    // A bare web address may become a link (GFM autolink literal), never the markdown link around it.
    walk(d!.hast, (n) => {
      if (n.tagName === 'a') expect((n as { properties?: { href?: string } }).properties?.href).toMatch(/^https?:\/\/example\.com$/);
    });
    expect(d!.headings.map((h) => h.text)).toEqual(['I. NỘI DUNG {GIỮ NGUYÊN}']);
  });

  it('keeps emphasis as emphasis', () => {
    const kinds: string[] = [];
    walk(d!.hast, (n) => { if (n.tagName === 'em' || n.tagName === 'strong') kinds.push(n.tagName); });
    expect(kinds).toEqual(expect.arrayContaining(['em', 'strong']));
  });

  it('leaves no ESM, expression or JSX node for the MDX compiler', () => {
    const tree = unified().use(remarkParse).use(remarkMdx).parse(d!.body);
    const found: string[] = [];
    const visit = (n: { type: string; children?: unknown[] }) => {
      if (/^mdx/.test(n.type)) found.push(n.type);
      (n.children as { type: string }[] | undefined)?.forEach((c) => visit(c as { type: string; children?: unknown[] }));
    };
    visit(tree as unknown as { type: string; children?: unknown[] });
    expect(found).toEqual([]);
  });
});

describe('directory import', () => {
  it('imports every document file, skips README and non-text files, reports broken files by name and imports the rest', () => {
    const dir = tempDir('dir-in');
    const out = tempDir('dir-out');
    mkdirSync(join(dir, 'sub'));
    copyFileSync(join(SOURCES, TAN_BINH), join(dir, TAN_BINH));
    copyFileSync(join(SOURCES, '2025-08-21-kh-22-ubnd-xa-phong-doanh.txt'), join(dir, 'sub', 'phong-doanh.txt'));
    copyFileSync(join(FIXTURES, 'adversarial.txt'), join(dir, 'adversarial.txt'));
    writeFileSync(join(dir, 'README.md'), '# not a document\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'manifest.json'), '{"not": "a document"}');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0xdc, 0xc3, 0x28, 0xa0, 0xa1, 0x80]));
    const r = importInto([dir], out, { overridesDir: tempDir('dir-ov') });
    expect(r.files).toBe(5);
    expect(r.failedFiles).toBe(2);
    expect(r.documents).toBe(3);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((e) => e.file.split('/').pop()).sort()).toEqual(['binary.txt', 'empty.txt']);
    for (const e of errors) expect(e.message.length).toBeGreaterThan(10);
    const docs = readAll(out);
    expect(docs.get(TAN_BINH_ID)!.frontmatter.source.file).toBe(TAN_BINH);
    expect(docs.get('ke-hoach-22-kh-ubnd-2025-ubnd-xa-phong-doanh')!.frontmatter.source.file).toBe('sub/phong-doanh.txt');
  });

  it('gives two documents with the same identity distinct, stable ids', () => {
    const dir = tempDir('dup-in');
    const out = tempDir('dup-out');
    copyFileSync(join(SOURCES, TAN_BINH), join(dir, 'a.txt'));
    const text = readFileSync(join(SOURCES, TAN_BINH), 'utf8').replace('ngày 08 tháng 6 năm 2023', 'ngày 09 tháng 6 năm 2023');
    writeFileSync(join(dir, 'b.txt'), text);
    const r = importInto([dir], out);
    expect(r.failedFiles).toBe(0);
    const ids = [...readAll(out).keys()].sort();
    expect(ids).toEqual([TAN_BINH_ID, `${TAN_BINH_ID}-2023-06-09`]);
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'id', file: expect.stringContaining('b.txt') }));
    importInto([dir], out);
    expect([...readAll(out).keys()].sort()).toEqual(ids);
  });

  it('reports an impossible date with its line and leaves the date empty', () => {
    const dir = tempDir('date-in');
    const out = tempDir('date-out');
    writeFileSync(join(dir, 'x.txt'), readFileSync(join(SOURCES, TAN_BINH), 'utf8').replace('ngày 08 tháng 6 năm 2023', 'ngày 31 tháng 2 năm 2023'));
    const r = importInto([dir], out);
    expect(r.failedFiles).toBe(0);
    expect(r.problems).toContainEqual(expect.objectContaining({ line: 11, field: 'date', message: expect.stringContaining('not a real calendar date') }));
    const d = readDocument(join(out, 'ke-hoach-218-kh-ubnd-ubnd-quan-tan-binh.mdx'), 'x');
    expect(d.frontmatter.date).toBeNull();
  });
});

describe('headers and parallel runs', () => {
  it('reads a two-column header column by column; a department takes its parent’s locality', () => {
    const out = tempDir('cols');
    const r = importInto([join(FIXTURES, 'two-column-header.txt')], out, { sourcesDir: FIXTURES });
    expect(r.failedFiles).toBe(0);
    const [d] = [...readAll(out).values()];
    expect(d!.frontmatter).toMatchObject({
      docType: 'Hướng dẫn', number: '01', symbol: 'HD-SNV', date: '2019-03-04', place: 'Cà Mau',
      issuer: 'Sở Nội vụ tỉnh Cà Mau', parentIssuer: 'Ủy ban nhân dân tỉnh Cà Mau', level: 'province',
      locality: { province: 'Cà Mau', district: null, commune: null },
      title: 'Thực hiện phòng, chống tham nhũng, tiêu cực',
      signer: { name: 'Trần Văn Bình', capacity: 'GIÁM ĐỐC' },
    });
    expect(d!.text).not.toContain('CỘNG HÒA');
    expect(d!.id).toBe('huong-dan-01-hd-snv-2019-so-noi-vu-tinh-ca-mau');
  });

  it('a parallel run (worker threads) writes exactly what a sequential run writes', async () => {
    const { runImportParallel } = await import('../../src/lib/import/run.ts');
    const dir = tempDir('par-in');
    for (const f of CORPUS_FILES) copyFileSync(join(SOURCES, f), join(dir, f));
    for (let k = 0; k < 6; k++) {
      const t = readFileSync(join(SOURCES, TAN_BINH), 'utf8').replace('Số: 218 /KH-UBND', `Số: ${300 + k}/KH-UBND`);
      writeFileSync(join(dir, `tb-${k}.txt`), t);
    }
    const seq = tempDir('par-seq');
    const par = tempDir('par-par');
    importInto([dir], seq, { sourcesDir: dir });
    const problems: unknown[] = [];
    const r = await runImportParallel({ inputs: [dir], outDir: par, overridesDir: 'content/overrides', sourcesDir: dir, force: false, report: (p) => problems.push(p) }, 2, 0);
    expect(r.files).toBe(11);
    expect(r.documents).toBe(12);
    expect(snapshot(par)).toEqual(snapshot(seq));
  });
});
