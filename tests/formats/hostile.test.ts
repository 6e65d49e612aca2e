/**
 * Hostile and broken files: each ends in a clear message naming the file, in
 * bounded time, and nothing of it is written; the other files of the same run
 * still import. Also: old .doc, a file whose name lies about its format, and
 * a TCVN3 text whose capitals sit in the C0 positions (glibc's TCVN5712-1).
 */
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/lib/encoding/index.ts';
import { formatProgress } from '../../src/lib/import/report.ts';
import { runImport } from '../../src/lib/import/run.ts';
import type { Problem } from '../../src/lib/import/types.ts';
import { tcvnText } from '../fixtures/formats/make.ts';
import { CORPUS_DIR, FIXTURES, prepare } from './helpers.ts';
import { imagesToPdf } from './scan.ts';

/** A ZIP archive (stored or deflated entries), as any zip tool writes it; `declared` lies about sizes. */
function zip(entries: { name: string; data: Buffer; declared?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const size = e.declared ?? e.data.length;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(e.data), 14); head.writeUInt32LE(packed.length, 18); head.writeUInt32LE(size, 22);
    head.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0); dir.writeUInt16LE(20, 4); dir.writeUInt16LE(20, 6); dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc32(e.data), 16); dir.writeUInt32LE(packed.length, 20); dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28); dir.writeUInt32LE(offset, 42);
    locals.push(head, name, packed);
    central.push(dir, name);
    offset += head.length + name.length + packed.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

/** A PNG of `width`×`height` grey pixels from `pixel(x, y)`. */
function png(width: number, height: number, pixel: (x: number, y: number) => number): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = pixel(x, y);
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4); ihdr[8] = 8; ihdr[9] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const WORDS = ['xa', 'phuong', 'huyen', 'tinh', 'ke hoach', 'bao cao', 'thi dua', 'khen thuong', 'chuyen doi so', 'can bo', 'dang vien', 'nhan dan'];

const bodyLine = (p: number) => `Muc ${p}: ${WORDS[p % WORDS.length]} va ${WORDS[(p * 7) % WORDS.length]} ${WORDS[(p * 5 + 3) % WORDS.length]}.`;

/**
 * A text PDF of `pages` pages in a standard font: a running header ("PHU LUC"), a body line
 * that differs from page to page, and the page number at the foot.
 */
function textPdf(pages: number): Buffer {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: number[] = [];
  for (let p = 1; p <= pages; p++) {
    const body = bodyLine(p);
    const content = `BT /F1 10 Tf 250 800 Td (PHU LUC KE HOACH) Tj ET BT /F1 12 Tf 72 720 Td (${body}) Tj ET BT /F1 10 Tf 290 40 Td (${p}) Tj ET`;
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

let work = '';
beforeAll(() => { work = mkdtempSync(join(tmpdir(), 'can-cu-hostile-')); });
afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

function errorsOf(file: string, bytes: Buffer): { problems: Problem[]; seconds: number } {
  const path = join(work, file);
  writeFileSync(path, bytes);
  const t0 = performance.now();
  const p = prepare(path);
  const seconds = (performance.now() - t0) / 1000;
  expect(p.ok).toBe(false);
  expect(p.docs).toEqual([]);
  return { problems: p.problems.filter((x) => x.severity === 'error'), seconds };
}

const docxOf = (xml: string) => zip([
  { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
  { name: 'word/document.xml', data: Buffer.from(xml) },
]);

describe('hostile and broken files', () => {
  it('a password-protected PDF', () => {
    const { problems } = errorsOf('mat-khau.pdf', readFileSync(join(FIXTURES, 'encrypted.pdf')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'format', line: 1 });
    expect(problems[0]!.file).toMatch(/mat-khau\.pdf$/);
    expect(problems[0]!.message).toMatch(/protected by a password/);
  });

  it('a damaged (truncated) PDF', () => {
    const whole = readFileSync(join(FIXTURES, '2025-08-21-kh-22-ubnd-xa-phong-doanh.pdf'));
    const { problems } = errorsOf('hong.pdf', whole.subarray(0, 2000));
    expect(problems.map((p) => p.message).join()).toMatch(/not a readable PDF|cannot read the PDF|no document text|no text/i);
  });

  it('a PDF that is not a PDF at all', () => {
    const { problems } = errorsOf('gia.pdf', Buffer.from('Kế hoạch số 1/KH-UBND\n'.repeat(20)));
    expect(problems[0]!.message).toMatch(/named \.pdf but is not a PDF/);
  });

  it('a .docx that is a renamed ZIP of something else', () => {
    const { problems } = errorsOf('bang-tinh.docx', zip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }, { name: '[Content_Types].xml', data: Buffer.from('<Types/>') }]));
    expect(problems[0]!.message).toMatch(/not a Word document: this is an Excel workbook/);
    const other = errorsOf('anh.docx', zip([{ name: 'photo.jpg', data: Buffer.alloc(100, 1) }]));
    expect(other.problems[0]!.message).toMatch(/a ZIP archive of 1 file\(s\) with a \.docx name/);
  });

  it('a zip bomb: 300 MB of XML packed into a .docx of a few hundred KB', () => {
    const bomb = docxOf(`<w:document>${' '.repeat(300 * 1024 * 1024)}</w:document>`);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { problems, seconds } = errorsOf('bom.docx', bomb);
    expect(problems[0]!.message).toMatch(/zip bomb/);
    expect(seconds).toBeLessThan(20);
  }, 60_000);

  it('a zip bomb whose sizes lie is stopped as soon as an entry outgrows its declared size', () => {
    // The directory says 1 KB; the entry inflates to 64 MB (it could be gigabytes: reading stops at 1 KB + 1).
    const huge = Buffer.alloc(64 * 1024 * 1024, 0x20);
    const bytes = zip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: huge, declared: 1024 }]);
    const { problems, seconds } = errorsOf('bom-noi-doi.docx', bytes);
    expect(problems[0]!.message).toMatch(/damaged ZIP package .*too many bytes/i);
    expect(seconds).toBeLessThan(20);
  }, 60_000);

  it('an image that is not a document', () => {
    // A smooth photograph-like gradient with a few blobs: no text.
    const photo = png(900, 700, (x, y) => Math.round(128 + 100 * Math.sin(x / 60) * Math.cos(y / 45)));
    const { problems } = errorsOf('anh-chup.png', photo);
    expect(problems[0]!.message).toMatch(/no document text recognised in the image/);
  }, 60_000);

  it('a 500-page scan is refused before any page is recognised', () => {
    const page = readFileSync(join(FIXTURES, 'tiny-page.jpg'));
    const { problems, seconds } = errorsOf('quet-500-trang.pdf', imagesToPdf(Array.from({ length: 500 }, () => page), 300));
    expect(problems[0]!.message).toMatch(/a scan of 500 pages; OCR reads at most 100 pages/);
    expect(seconds).toBeLessThan(30);
  }, 60_000);

  it('a 500-page text PDF imports in bounded time', () => {
    const path = join(work, 'phu-luc-500-trang.pdf');
    writeFileSync(path, textPdf(500));
    const t0 = performance.now();
    const p = prepare(path);
    const seconds = (performance.now() - t0) / 1000;
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    const body = p.docs[0]!.body;
    for (let n = 1; n <= 500; n++) expect(body).toContain(bodyLine(n));
    // The running header and the page numbers are not body text.
    expect(body).not.toContain('PHU LUC');
    expect(body.split('\n').filter((l) => /^\d+$/.test(l.trim()))).toEqual([]);
    expect(p.docs[0]!.fm.source.original).toMatchObject({ format: 'pdf', pages: 500 });
    expect(seconds).toBeLessThan(60);
  }, 120_000);

  it('a Word or PDF file named .txt is not converted behind the sender\'s back: it is to be renamed', () => {
    const pdf = errorsOf('ke-hoach.txt', readFileSync(join(FIXTURES, '2025-08-21-kh-22-ubnd-xa-phong-doanh.pdf')));
    expect(pdf.problems[0]!.message).toBe('this is a PDF file, not text, with a .txt name: rename it to .pdf to import it');
    const word = errorsOf('ke-hoach.md', readFileSync(join(FIXTURES, '2025-08-21-kh-22-ubnd-xa-phong-doanh.docx')));
    expect(word.problems[0]!.message).toMatch(/a ZIP package \(a Word \.docx\?\), not text, with a \.md name: rename it to \.docx/);
  });

  it('an old Word .doc gets a message saying how to convert it', () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const { problems } = errorsOf('cu.doc', ole);
    expect(problems[0]!.message).toMatch(/save it as \.docx .*libreoffice --headless --convert-to docx/);
  });

  it('one bad file does not stop the others, and nothing of it is written', () => {
    const dir = join(work, 'mixed');
    const out = join(work, 'mixed-out');
    mkdirSync(dir);
    copyFileSync(join(FIXTURES, '2025-08-21-kh-22-ubnd-xa-phong-doanh.docx'), join(dir, 'a-phong-doanh.docx'));
    copyFileSync(join(FIXTURES, 'encrypted.pdf'), join(dir, 'b-mat-khau.pdf'));
    writeFileSync(join(dir, 'c-bang-tinh.docx'), zip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]));
    copyFileSync(join(FIXTURES, '2026-dang-uy-phuong-bac-kan-nam-nang-cao-chat-luong-can-bo.pdf'), join(dir, 'd-bac-kan.pdf'));
    const problems: Problem[] = [];
    const progress: number[] = [];
    const r = runImport({ inputs: [dir], outDir: out, overridesDir: join(work, 'none'), sourcesDir: dir, force: false, report: (p) => problems.push(p), progress: (p) => progress.push(p.filesDone) });
    expect(r).toMatchObject({ files: 4, failedFiles: 2, documents: 2 });
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(formatProgress({ filesDone: 1, filesTotal: 4, documents: 1, errors: 0, seconds: 30 })).toBe('progress: 1 of 4 file(s), 1 document(s), 0 error(s), about 1 min 30 s left');
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.file.split('/').pop(), p.field])).toEqual([['b-mat-khau.pdf', 'format'], ['c-bang-tinh.docx', 'format']]);
    const written = readdirSync(out).sort();
    expect(written.filter((f) => f.endsWith('.mdx'))).toHaveLength(2);
    expect(written.filter((f) => !f.endsWith('.mdx') && f !== '.import-state.json')).toEqual([]);
    const state = JSON.parse(readFileSync(join(out, '.import-state.json'), 'utf8')) as { documents: Record<string, { source: string }> };
    expect(Object.values(state.documents).map((d) => d.source).sort()).toEqual(['a-phong-doanh.docx', 'd-bac-kan.pdf']);
    expect(existsSync(join(out, 'b-mat-khau.mdx'))).toBe(false);
  }, 120_000);
});

describe('TCVN 5712 with capitals in the C0 positions (glibc TCVN5712-1)', () => {
  it('is decoded, not refused as binary', () => {
    const bytes = readFileSync(join(FIXTURES, 'kh-218-tcvn5712-1-glibc.txt'));
    // Capitals VN3 lacks are in the C0 positions (Ụ = 0x02, Ứ = 0x11 …) and in 0x80–0x9F.
    expect([...bytes].some((b) => b === 0x02 || b === 0x11 || b === 0x13)).toBe(true);
    const { text, encoding } = decodeDocument(bytes, 'kh-218-tcvn5712-1-glibc.txt');
    expect(encoding).toBe('tcvn3');
    expect(text).toBe(tcvnText(readFileSync(join(CORPUS_DIR, '2023-06-08-kh-218-ubnd-quan-tan-binh.txt'), 'utf8')).normalize('NFC'));
  });

  it('imports to the same document as the UTF-8 text', () => {
    const a = prepare(join(FIXTURES, 'kh-218-tcvn5712-1-glibc.txt'));
    const b = prepare(join(CORPUS_DIR, '2023-06-08-kh-218-ubnd-quan-tan-binh.txt'));
    expect(a.ok).toBe(true);
    expect(a.docs[0]!.fm.number).toBe(b.docs[0]!.fm.number);
    expect(a.docs[0]!.fm.issuer).toBe(b.docs[0]!.fm.issuer);
    expect(a.docs[0]!.fm.date).toBe(b.docs[0]!.fm.date);
  });

  it('still refuses real binary content with stray control bytes', () => {
    const junk = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    expect(() => decodeDocument(junk, 'rac.txt')).toThrow();
  });
});
