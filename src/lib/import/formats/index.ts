/**
 * Which reader a file needs, from its first bytes (its extension only where
 * the bytes cannot tell), and the conversion itself. Text files are left to
 * the text decoder. HTML is read in this process; Word, PDF and images are
 * read in a child process with a heap limit and a timeout, so a hostile file
 * (zip bomb, a PDF that makes the parser loop) costs bounded time and memory
 * and cannot take the import down with it.
 */
import { spawnSync } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeDocument } from '../../encoding/index.ts';
import { declaredCharset, htmlToText } from './html.ts';
import type { DocumentFrontmatter } from '../../schema.ts';
import { FormatError, type Converted, type FormatName } from './types.ts';

export { FormatError } from './types.ts';
export type { Converted, FormatName, OcrInfo } from './types.ts';

/** Extensions taken from a directory besides text (.txt, .md …). */
export const CONVERTED_EXT = /\.(docx|pdf|html?|png|jpe?g|tiff?|doc)$/i;

export type Detected = FormatName | 'doc';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

const TEXT_EXT = new Set(['.txt', '.text', '.md', '.markdown', '.mdx']);
/** What a text-named binary file is, and the name to give it. */
function describeBinary(bytes: Uint8Array, format: Exclude<Detected, 'text' | 'html'>): [string, string] {
  if (format === 'pdf') return ['a PDF file', '.pdf'];
  if (format === 'docx') return ['a ZIP package (a Word .docx?)', '.docx'];
  if (format === 'doc') return ['an old Word (.doc) file', '.doc'];
  if (startsWith(bytes, [0x89, 0x50])) return ['a PNG image', '.png'];
  if (startsWith(bytes, [0xff, 0xd8])) return ['a JPEG image', '.jpg'];
  return ['a TIFF image', '.tif'];
}

function binaryFormat(bytes: Uint8Array): Exclude<Detected, 'text' | 'html'> | null {
  if (Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])
    || startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'image';
  return null;
}

export function detectFormat(bytes: Uint8Array, file: string): Detected {
  const ext = extname(file).toLowerCase();
  const head = bytes.subarray(0, 1024);
  const binary = binaryFormat(bytes);
  // A file named as text is never sent to a converter (least of all OCR) because of its first bytes:
  // the name says what the sender meant, so the message says to rename it.
  if (TEXT_EXT.has(ext)) {
    if (!binary) return 'text';
    const [what, rename] = describeBinary(bytes, binary);
    throw new FormatError(`this is ${what}, not text, with a ${ext} name: rename it to ${rename} to import it`);
  }
  if (binary) return binary;
  if (ext === '.html' || ext === '.htm') return 'html';
  const start = new TextDecoder('latin1').decode(head).replace(/^\ufeff|^ï»¿/, '').trimStart().slice(0, 100).toLowerCase();
  if (/^<!doctype html|^<html[\s>]/.test(start)) return 'html';
  if (ext === '.pdf') throw new FormatError('named .pdf but is not a PDF (no %PDF- signature in its first bytes)');
  if (ext === '.docx') throw new FormatError('named .docx but is not a Word document (not a ZIP package)');
  if (['.png', '.jpg', '.jpeg', '.tif', '.tiff'].includes(ext)) throw new FormatError(`named ${ext} but is not a PNG, JPEG or TIFF image`);
  if (ext === '.doc') throw new FormatError('named .doc but is not a Word 97–2003 document');
  return 'text';
}

/** Child process limits (documented in docs/IMPORTING.md). */
export const LIMITS = { heapMb: 512, timeoutMs: 15 * 60_000 };

const CHILD = fileURLToPath(new URL('./convert-child.ts', import.meta.url));

/**
 * Text for a non-text file, or null for a text file (the caller decodes it).
 * Throws FormatError with a message for the report.
 */
export function convertFile(file: string, bytes: Uint8Array): Converted | null {
  const format = detectFormat(bytes, file);
  if (format === 'text') return null;
  if (format === 'doc') {
    throw new FormatError('old Word 97–2003 (.doc) files are not read: save it as .docx in Word or LibreOffice, or convert it with `libreoffice --headless --convert-to docx FILE.doc`, and import the .docx');
  }
  if (format === 'html') {
    const charset = declaredCharset(bytes);
    let html: string;
    let reader: string;
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      try {
        html = new TextDecoder(charset, { fatal: true }).decode(bytes);
        reader = `html ${charset}`;
      } catch {
        ({ text: html, encoding: reader } = decodeDocument(bytes, file));
        reader = `html ${reader}`;
      }
    } else {
      const d = decodeDocument(bytes, file);
      html = d.text;
      reader = `html ${d.encoding}`;
    }
    return { text: htmlToText(html), format: 'html', reader, ocr: null, pages: null };
  }
  const r = spawnSync(process.execPath, [`--max-old-space-size=${LIMITS.heapMb}`, CHILD, file, format], {
    encoding: 'utf8', timeout: LIMITS.timeoutMs, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    throw new FormatError(`reading the ${format} took more than ${LIMITS.timeoutMs / 60_000} min: stopped`);
  }
  let answer: { ok: true; converted: Converted } | { ok: false; message: string } | null = null;
  try { answer = JSON.parse(r.stdout); } catch { answer = null; }
  if (answer?.ok) return answer.converted;
  if (answer && !answer.ok) throw new FormatError(answer.message);
  const stderr = (r.stderr ?? '').trim();
  if (/heap out of memory|Allocation failed/i.test(stderr)) {
    throw new FormatError(`reading the ${format} needed more than ${LIMITS.heapMb} MB of memory: stopped (a zip bomb or a damaged file?)`);
  }
  throw new FormatError(`the ${format} reader stopped (${r.signal ?? `exit ${r.status}`}): ${stderr.split('\n').slice(-3).join(' ') || 'no message'}`);
}

/** The frontmatter's `source.original` for a converted file. */
export function originalOf(c: Converted, bytes: number): NonNullable<DocumentFrontmatter['source']['original']> {
  return { format: c.format as 'docx' | 'pdf' | 'html' | 'image', bytes, pages: c.pages, ocr: c.ocr };
}
