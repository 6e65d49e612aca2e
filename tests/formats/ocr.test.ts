/**
 * Scans: each corpus PDF rasterised at 300 dpi into a PDF with no text layer
 * (as a scanner gives it), then imported through Tesseract. The document must
 * be the same as the text version's: same identity, at least 98 % of the body
 * words in order, every cited document number and symbol right; and it says
 * it was recognised from images, with the words the engine was unsure of.
 *
 * Needs Debian's tesseract-ocr, tesseract-ocr-vie and poppler-utils: the setup
 * runs scripts/ensure-tesseract.sh, which installs them when missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkCollection } from '../../src/lib/check/collection.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import type { DocumentFrontmatter } from '../../src/lib/schema.ts';
import { extractCitations } from '../../src/lib/citations/index.ts';
import { runImport } from '../../src/lib/import/run.ts';
import { CORPUS, CORPUS_DIR, FIXTURES, identityOf, prepare, wordRecall, words } from './helpers.ts';
import { scanPdf } from './scan.ts';

let work = '';
beforeAll(() => {
  execFileSync('bash', [join(FIXTURES, '../../../scripts/ensure-tesseract.sh')], { stdio: 'inherit' });
  work = mkdtempSync(join(tmpdir(), 'can-cu-ocr-test-'));
});
afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

/** Number and symbol of every citation, each occurrence. */
function citedNumbers(body: string): string[] {
  const plain = body.replace(/\\(.)/g, '$1').replace(/\*+/g, '');
  return extractCitations(plain).filter((c) => c.number || c.symbol).map((c) => `${c.number ?? ''}/${c.symbol ?? ''}`).sort();
}

describe.each(CORPUS)('%s, scanned', (name) => {
  it('reads as the text version, marked as recognised from images', { timeout: 600_000 }, () => {
    const stem = basename(name, extname(name));
    const dir = join(work, stem);
    mkdirSync(dir);
    const scan = join(dir, `${stem}.pdf`);
    scanPdf(join(FIXTURES, `${stem}.pdf`), dir, scan);
    const text = prepare(join(CORPUS_DIR, name));
    const t0 = performance.now();
    const conv = prepare(scan);
    const seconds = (performance.now() - t0) / 1000;
    expect(conv.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(identityOf(conv)).toEqual(identityOf(text));
    for (const [i, d] of conv.docs.entries()) {
      const want = text.docs[i]!.body;
      expect(wordRecall(words(want), words(d.body))).toBeGreaterThanOrEqual(0.98);
      expect(citedNumbers(d.body)).toEqual(citedNumbers(want));
      const ocr = d.fm.source.original?.ocr;
      expect(ocr).toBeTruthy();
      expect(ocr!.confidence).toBeGreaterThan(80);
      expect(d.fm.source.original?.format).toBe('pdf');
      process.stdout.write(`${stem}: ${ocr!.pages} page(s) in ${seconds.toFixed(1)} s (${(ocr!.pages / seconds).toFixed(2)} pages/s), confidence ${ocr!.confidence} %, ${ocr!.uncertain.length} uncertain word(s)\n`);
    }
  });
});

describe('page images (.png, .tif)', () => {
  it.each(['png', 'tiff'])('a photographed first page as .%s reads its header, and npm run check flags it for review', { timeout: 300_000 }, (kind) => {
    const dir = join(work, `image-${kind}`);
    mkdirSync(dir);
    const flag = kind === 'png' ? '-png' : '-tiff';
    execFileSync('pdftoppm', ['-r', '300', '-gray', flag, '-singlefile', '-f', '1', '-l', '1', join(FIXTURES, '2023-06-08-kh-218-ubnd-quan-tan-binh.pdf'), join(dir, 'trang-1')]);
    const image = join(dir, kind === 'png' ? 'trang-1.png' : 'trang-1.tif');
    const out = join(work, `image-${kind}-out`);
    const problems: string[] = [];
    const r = runImport({ inputs: [image], outDir: out, overridesDir: join(work, 'none'), sourcesDir: dir, force: false, report: (p) => problems.push(`${p.severity} ${p.field}`) });
    expect(r.failedFiles).toBe(0);
    expect(problems.filter((p) => p.startsWith('error'))).toEqual([]);
    const text = prepare(join(CORPUS_DIR, '2023-06-08-kh-218-ubnd-quan-tan-binh.txt')).docs[0]!.fm;
    const report = checkCollection(out);
    const id = [...r.ids.values()][0]![0]!;
    const doc = parse(splitFrontmatter(readFileSync(join(out, `${id}.mdx`), 'utf8')).yaml!) as DocumentFrontmatter;
    expect({ number: doc.number, symbol: doc.symbol, date: doc.date, issuer: doc.issuer, docType: doc.docType }).toEqual({ number: text.number, symbol: text.symbol, date: text.date, issuer: text.issuer, docType: text.docType });
    expect(doc.source.original).toMatchObject({ format: 'image', pages: 1 });
    const flagged = report.problems.filter((p) => p.field === 'source.original.ocr');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.severity).toBe('warning');
    expect(flagged[0]!.message).toMatch(/^văn bản nhận dạng từ ảnh, cần soát lại \(text recognised from images, 1 page\(s\), mean confidence \d+(\.\d)? %\)/);
  });
});
