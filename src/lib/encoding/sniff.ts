/**
 * Recognises the binary formats documents most often arrive in by mistake, so
 * the refusal can say what the file is and what to do with it.
 */
const SIGNATURES: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF file: extract its text first' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (DOCX/XLSX/ODT are ZIP): save the document as plain text first' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an OLE file (Word 97–2003 .doc): save the document as plain text first' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF file: save the document as plain text first' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable (ELF)' },
];

export function sniffBinary(bytes: Uint8Array): string | null {
  for (const { bytes: sig, what } of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b)) return what;
  }
  return null;
}

/** Byte offset → 1-based line and column (bytes), for messages about 8-bit and UTF-8 input. */
export function lineOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte where `bytes` stops being valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Number of well-formed multi-byte UTF-8 sequences (evidence that a file was meant as UTF-8). */
export function countUtf8Sequences(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    const c = bytes[i + 1] ?? 0;
    if (b >= 0xc2 && b <= 0xf4 && (c & 0xc0) === 0x80) {
      const need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
      let ok = true;
      for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) ok = false;
      if (ok) {
        n++;
        i += need;
      }
    }
  }
  return n;
}
