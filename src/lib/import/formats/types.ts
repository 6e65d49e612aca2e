/** What a format reader hands to the text importer. */

/** A file the reader cannot turn into text; the message says why and what to do. */
export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatError';
  }
}

export type FormatName = 'text' | 'docx' | 'pdf' | 'html' | 'image';

export interface OcrInfo {
  /** Mean word confidence of the recognition, 0–100. */
  confidence: number;
  /** Words the engine was unsure of (confidence under the threshold), in reading order, each once. */
  uncertain: string[];
  /** Pages recognised. */
  pages: number;
}

export interface Converted {
  /** Markdown-ish text, as a portal or Word export would give it. */
  text: string;
  format: FormatName;
  /** What read it, written to `source.encoding` ("docx", "pdf", "pdf+ocr", "html utf-8" …). */
  reader: string;
  /** Set when the text was recognised from images. */
  ocr: OcrInfo | null;
  pages: number | null;
}
