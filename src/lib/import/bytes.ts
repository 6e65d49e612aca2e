/**
 * One file's bytes → drafts, the way the import run reads a file: decode
 * (`decodeDocument`), then `importText` with markdown decided by the
 * extension. Pure (no file system), so the evaluation can import labelled
 * fixtures without writing anything.
 */
import { decodeDocument } from '../encoding/index.ts';
import { importText, type SourceResult } from './document.ts';
import { sha256 } from './state.ts';

export interface BytesSource {
  /** Path shown in messages. */
  displayPath: string;
  /** Path relative to the sources directory (frontmatter `source.file`). */
  sourceFile: string;
  /** File name without extension. */
  stem: string;
  /** Extension with its dot, any case (".txt", ".md"). */
  ext: string;
}

export interface BytesResult extends SourceResult {
  /** The decoded text the importer read. */
  text: string;
  encoding: string;
}

/** `.md`, `.markdown` and `.mdx` sources are read as markdown-ish text, as `npm run import` reads them. */
export function isMarkdownExt(ext: string): boolean {
  return /^\.(md|markdown|mdx)$/i.test(ext);
}

/** Throws `DecodeError` (undecodable bytes) or `ImportError` (e.g. an empty file), as the run reports them. */
export function importBytes(bytes: Uint8Array, src: BytesSource): BytesResult {
  const { text, encoding } = decodeDocument(bytes, src.displayPath);
  const r = importText(text, {
    displayPath: src.displayPath, sourceFile: src.sourceFile, stem: src.stem, sha256: sha256(bytes), encoding, markdown: isMarkdownExt(src.ext),
  });
  return { ...r, text, encoding };
}
