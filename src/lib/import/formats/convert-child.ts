/**
 * The converter's child process: `node convert-child.ts FILE FORMAT` prints
 * `{"ok":true,"converted":…}` or `{"ok":false,"message":…}` as JSON on stdout.
 * Run by `convertFile` with a heap limit and a timeout.
 */
import { readFileSync } from 'node:fs';
import { readDocx } from './docx.ts';
import { ocrImage, ocrPdf, type OcrResult } from './ocr.ts';
import { repairSymbols } from './ocr-symbols.ts';
import { pdfToText, readPdf } from './pdf.ts';
import { FormatError, type Converted } from './types.ts';

/** A text layer under this many characters a page is a scan (or a scan with a stamp's text). */
const SCAN_CHARS_PER_PAGE = 40;

async function convert(file: string, format: string): Promise<Converted> {
  const bytes = new Uint8Array(readFileSync(file));
  if (format === 'docx') return { text: await readDocx(bytes), format: 'docx', reader: 'docx', ocr: null, pages: null };
  if (format === 'image') return recognised(ocrImage(file), 'image', 'image+ocr');
  if (format === 'pdf') {
    const pdf = await readPdf(bytes);
    if (pdf.charsPerPage >= SCAN_CHARS_PER_PAGE) return { text: pdfToText(pdf), format: 'pdf', reader: 'pdf', ocr: null, pages: pdf.pages.length };
    return recognised(ocrPdf(file, pdf.pages.length), 'pdf', 'pdf+ocr');
  }
  throw new FormatError(`no reader for ${format}`);
}

/** Recognised pages → text; repaired document symbols join the words to check. */
function recognised(r: OcrResult, format: 'pdf' | 'image', reader: string): Converted {
  const { text, repaired } = repairSymbols(pdfToText({ pages: r.pages, charsPerPage: 0 }));
  return { text, format, reader, ocr: { ...r.info, uncertain: [...repaired, ...r.info.uncertain] }, pages: r.pages.length };
}

const [file, format] = process.argv.slice(2);
try {
  const converted = await convert(file!, format!);
  process.stdout.write(JSON.stringify({ ok: true, converted }));
} catch (e) {
  const message = e instanceof FormatError ? e.message : `cannot read the ${format}: ${(e as Error).message}`;
  process.stdout.write(JSON.stringify({ ok: false, message }));
}
