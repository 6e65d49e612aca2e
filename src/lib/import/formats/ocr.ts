/**
 * Scans → text with Tesseract's Vietnamese model (Debian's `tesseract-ocr` and
 * `tesseract-ocr-vie`; `scripts/ensure-tesseract.sh` installs them). PDF pages
 * are rasterised with poppler's `pdftoppm`. Words come back with their boxes,
 * so the page goes through the same line, column and wrap reading as a PDF's
 * text layer; words the engine was unsure of are listed for review.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toLines, type PdfPage } from './pdf.ts';
import { FormatError, type OcrInfo } from './types.ts';

/** Pages recognised at most per file (about 3–6 s a page): a longer scan is refused before any work. */
export const MAX_OCR_PAGES = 100;
/** A word under this confidence (0–100) is listed as uncertain. */
export const UNCERTAIN_BELOW = 70;
const PAGE_TIMEOUT_MS = 120_000;
const MAX_UNCERTAIN = 200;
const DPI = 300;

const INSTALL = 'install Tesseract with its Vietnamese model: bash scripts/ensure-tesseract.sh (Debian packages tesseract-ocr, tesseract-ocr-vie; poppler-utils for scanned PDFs)';

function run(cmd: string, args: string[], timeout = PAGE_TIMEOUT_MS): string {
  try {
    return execFileSync(cmd, args, {
      encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'],
      // Two cores are shared: one page, one thread; files already run in parallel workers.
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string; signal?: string };
    if (err.code === 'ENOENT') throw new FormatError(`this file needs OCR but ${cmd} is not installed: ${INSTALL}`);
    if (err.signal === 'SIGTERM') throw new FormatError(`${cmd} took more than ${timeout / 1000} s on one page: stopped`);
    const detail = String(err.stderr ?? err.message).trim().split('\n').filter((l) => !/^(Estimating|Detected|Tesseract Open Source)/.test(l)).slice(-2).join(' ');
    throw new FormatError(`${cmd} failed: ${detail}`);
  }
}

let checked = false;
function ensureTesseract(): void {
  if (checked) return;
  const langs = run('tesseract', ['--list-langs'], 20_000);
  if (!/^vie$/m.test(langs)) throw new FormatError(`Tesseract has no Vietnamese model: ${INSTALL}`);
  checked = true;
}

interface Word { page: number; block: number; par: number; line: number; left: number; top: number; width: number; height: number; conf: number; text: string }

function parseTsv(tsv: string): Word[] {
  const words: Word[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    // Tesseract writes the Icelandic eth (Ð, ð) for Vietnamese Đ, đ, which look alike: Vietnamese has no eth.
    const text = f.slice(11).join('\t').trim().replace(/Ð/g, 'Đ').replace(/ð/g, 'đ');
    if (text === '') continue;
    words.push({
      page: Number(f[1]), block: Number(f[2]), par: Number(f[3]), line: Number(f[4]),
      left: Number(f[6]), top: Number(f[7]), width: Number(f[8]), height: Number(f[9]), conf: Number(f[10]), text,
    });
  }
  return words;
}

/** Tesseract's words → a page of positioned lines (y upwards, as in a PDF). */
function toPage(words: Word[]): PdfPage {
  // One size per recognised line: word boxes vary with diacritics and descenders.
  const lineKey = (w: Word) => `${w.block}.${w.par}.${w.line}`;
  const bottoms = new Map<string, { bottom: number; height: number }>();
  for (const w of words) {
    const k = lineKey(w);
    const b = bottoms.get(k);
    if (!b) bottoms.set(k, { bottom: w.top + w.height, height: w.height });
    else { b.bottom = Math.max(b.bottom, w.top + w.height); b.height = Math.max(b.height, w.height); }
  }
  // Tesseract's word heights run about 1.4 times a PDF font size (diacritics above, descenders below).
  const runs = words.map((w) => {
    const l = bottoms.get(lineKey(w))!;
    return { x: w.left, y: -l.bottom, w: w.width, size: l.height / 1.4, str: w.text };
  });
  const right = Math.max(0, ...words.map((w) => w.left + w.width));
  const bottom = Math.max(0, ...words.map((w) => w.top + w.height));
  return { width: right * 1.1, height: bottom * 1.05, lines: toLines(runs) };
}

export interface OcrResult { pages: PdfPage[]; info: OcrInfo }

function recognise(image: string, workDir: string, tag: string): Word[] {
  const base = join(workDir, tag);
  run('tesseract', [image, base, '-l', 'vie', '--psm', '3', 'tsv']);
  return parseTsv(readFileSync(`${base}.tsv`, 'utf8'));
}

function summarise(words: Word[], pages: number): OcrInfo {
  const scored = words.filter((w) => w.conf >= 0);
  const confidence = scored.length ? scored.reduce((s, w) => s + w.conf, 0) / scored.length : 0;
  const uncertain: string[] = [];
  const seen = new Set<string>();
  for (const w of scored) {
    if (w.conf >= UNCERTAIN_BELOW || !/\p{L}/u.test(w.text) || seen.has(w.text)) continue;
    // A bad scan can have thousands: the first ones are enough to show where to look.
    if (uncertain.length >= MAX_UNCERTAIN) break;
    seen.add(w.text);
    uncertain.push(w.text);
  }
  return { confidence: Math.round(confidence * 10) / 10, uncertain, pages };
}

/** A document image must give some words the engine is fairly sure of. */
function checkReadable(words: Word[], what: string): void {
  const info = summarise(words, 1);
  const letters = words.filter((w) => /\p{L}{2,}/u.test(w.text)).length;
  if (letters < 10 || info.confidence < 45) {
    throw new FormatError(`no document text recognised in ${what} (${letters} word(s), mean confidence ${info.confidence.toFixed(0)} %): is it a scan of a document? Scan it at 300 dpi, upright`);
  }
}

/** OCR of an image file (.png, .jpg, .tif; a multi-page TIFF gives several pages). */
export function ocrImage(path: string): OcrResult {
  ensureTesseract();
  const work = mkdtempSync(join(tmpdir(), 'can-cu-ocr-'));
  try {
    const words = recognise(path, work, 'image');
    checkReadable(words, 'the image');
    const byPage = new Map<number, Word[]>();
    for (const w of words) {
      if (!byPage.has(w.page)) byPage.set(w.page, []);
      byPage.get(w.page)!.push(w);
    }
    if (byPage.size > MAX_OCR_PAGES) throw new FormatError(`the image has ${byPage.size} pages; OCR reads at most ${MAX_OCR_PAGES}: split it`);
    const pages = [...byPage.keys()].sort((a, b) => a - b).map((p) => toPage(byPage.get(p)!));
    return { pages, info: summarise(words, pages.length) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** OCR of a scanned PDF, page by page (one page image on disk at a time). */
export function ocrPdf(path: string, pageCount: number, onPage?: (done: number) => void): OcrResult {
  if (pageCount > MAX_OCR_PAGES) throw new FormatError(`the PDF is a scan of ${pageCount} pages; OCR reads at most ${MAX_OCR_PAGES} pages of one file (3–6 s each): split it (for example with pdfseparate or qpdf --split-pages)`);
  ensureTesseract();
  const work = mkdtempSync(join(tmpdir(), 'can-cu-ocr-'));
  try {
    const pages: PdfPage[] = [];
    const all: Word[] = [];
    for (let n = 1; n <= pageCount; n++) {
      run('pdftoppm', ['-r', String(DPI), '-gray', '-png', '-f', String(n), '-l', String(n), path, join(work, 'page')]);
      const image = readdirSync(work).find((f) => f.startsWith('page') && f.endsWith('.png'));
      if (!image) throw new FormatError(`pdftoppm gave no image for page ${n}`);
      const words = recognise(join(work, image), work, `page-${n}`);
      rmSync(join(work, image));
      all.push(...words);
      pages.push(toPage(words));
      onPage?.(n);
    }
    checkReadable(all, 'the scanned PDF');
    return { pages, info: summarise(all, pageCount) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
