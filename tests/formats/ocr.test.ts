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
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/lib/citations/index.ts';
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
