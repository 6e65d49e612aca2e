/**
 * Word (.docx) → text through mammoth, which reads the document's structure
 * (heading styles, lists, bold and italic runs, tables, footnotes) into HTML;
 * the HTML reader then writes it as markdown-ish text.
 *
 * Before mammoth unpacks anything, the ZIP is checked: a ZIP that is not a
 * Word document, or one whose parts would unpack to more than MAX_UNPACKED
 * bytes (a zip bomb), is refused; every entry is inflated once into nothing,
 * so an entry larger than its declared size (a lying zip bomb) is caught
 * before any of it is kept. The converter's process also has a heap limit and
 * a timeout.
 */
import yauzl from 'yauzl';
import { htmlToText } from './html.ts';
import { FormatError } from './types.ts';

export const MAX_UNPACKED = 200 * 1024 * 1024;
const MAX_RATIO = 200;

function entries(bytes: Uint8Array): Promise<{ name: string; size: number; compressed: number }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) { reject(new FormatError(`not a Word document: the file is not a readable ZIP package (${err?.message ?? 'unknown error'})`)); return; }
      const list: { name: string; size: number; compressed: number }[] = [];
      let declared = 0;
      zip.on('entry', (e: yauzl.Entry) => {
        list.push({ name: e.fileName, size: e.uncompressedSize, compressed: e.compressedSize });
        declared += e.uncompressedSize;
        if (declared > MAX_UNPACKED || e.fileName.endsWith('/')) { zip.readEntry(); return; }
        // Each entry is inflated once and thrown away: yauzl stops an entry the moment it
        // outgrows its declared size, so a ZIP that lies about its sizes costs no more than it declares.
        zip.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) { reject(new FormatError(`not a Word document: damaged ZIP package (${err2?.message ?? 'unreadable entry'})`)); zip.close(); return; }
          stream.on('data', () => {});
          stream.on('error', (e3: Error) => { reject(new FormatError(`not a Word document: damaged ZIP package (${e.fileName}: ${e3.message})`)); zip.close(); });
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.on('end', () => resolve(list));
      zip.on('error', (e: Error) => reject(new FormatError(`not a Word document: damaged ZIP package (${e.message})`)));
      zip.readEntry();
    });
  });
}

export async function readDocx(bytes: Uint8Array): Promise<string> {
  const list = await entries(bytes);
  const names = new Set(list.map((e) => e.name));
  if (!names.has('word/document.xml')) {
    const what = names.has('xl/workbook.xml') ? 'an Excel workbook' : names.has('ppt/presentation.xml') ? 'a PowerPoint presentation' : names.has('content.xml') ? 'an OpenDocument file (save it as .docx)' : `a ZIP archive of ${list.length} file(s)`;
    throw new FormatError(`not a Word document: this is ${what} with a .docx name (no word/document.xml inside)`);
  }
  const total = list.reduce((s, e) => s + e.size, 0);
  const bomb = list.find((e) => e.compressed > 0 && e.size / e.compressed > MAX_RATIO && e.size > 10 * 1024 * 1024);
  if (total > MAX_UNPACKED || bomb) {
    throw new FormatError(`refused: the package would unpack to ${Math.round(total / 1024 / 1024)} MB${bomb ? ` (${bomb.name} compressed ${Math.round(bomb.size / bomb.compressed)} times)` : ''}, more than a Word document holds (limit ${MAX_UNPACKED / 1024 / 1024} MB): a zip bomb or a damaged file`);
  }
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const r = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, {
      // Images are not text; leaving them out keeps the HTML small (no base64 data).
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      ignoreEmptyParagraphs: true,
    });
    html = r.value;
  } catch (e) {
    throw new FormatError(`not a readable Word document: ${(e as Error).message}`);
  }
  return htmlToText(`<body>${html}</body>`);
}
