/**
 * The converter's child process: `node convert-child.ts FILE FORMAT` prints
 * `{"ok":true,"converted":…}` or `{"ok":false,"message":…}` as JSON on stdout.
 * Run by `convertFile` with a heap limit and a timeout.
 */
import { readFileSync } from 'node:fs';
import { readDocx } from './docx.ts';
import { ocrImage, ocrPdf } from './ocr.ts';
import { pdfToText, readPdf } from './pdf.ts';
import { FormatError, type Converted } from './types.ts';

/** A text layer under this many characters a page is a scan (or a scan with a stamp's text). */
const SCAN_CHARS_PER_PAGE = 40;

async function convert(file: string, format: string): Promise<Converted> {
  const bytes = new Uint8Array(readFileSync(file));
  if (format === 'docx') return { text: await readDocx(bytes), format: 'docx', reader: 'docx', ocr: null, pages: null };
  if (format === 'image') {
    const r = ocrImage(file);
    return { text: pdfToText({ pages: r.pages, charsPerPage: 0 }), format: 'image', reader: 'image+ocr', ocr: r.info, pages: r.pages.length };
  }
  if (format === 'pdf') {
    const pdf = await readPdf(bytes);
    if (pdf.charsPerPage >= SCAN_CHARS_PER_PAGE) return { text: pdfToText(pdf), format: 'pdf', reader: 'pdf', ocr: null, pages: pdf.pages.length };
    const r = ocrPdf(file, pdf.pages.length);
    return { text: pdfToText({ pages: r.pages, charsPerPage: 0 }), format: 'pdf', reader: 'pdf+ocr', ocr: r.info, pages: r.pages.length };
  }
  throw new FormatError(`no reader for ${format}`);
}

const [file, format] = process.argv.slice(2);
try {
  const converted = await convert(file!, format!);
  process.stdout.write(JSON.stringify({ ok: true, converted }));
} catch (e) {
  const message = e instanceof FormatError ? e.message : `cannot read the ${format}: ${(e as Error).message}`;
  process.stdout.write(JSON.stringify({ ok: false, message }));
}
