/**
 * A scanned PDF made the way an office makes one: the printed PDF rasterised
 * (poppler's pdftoppm, 300 dpi grey JPEG pages) and the page images wrapped in a
 * PDF with no text layer. Written here in a few lines so the test needs nothing
 * beyond pdftoppm.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Width and height of a JPEG, from its start-of-frame marker. */
function jpegSize(b: Buffer): { width: number; height: number; components: number } {
  let i = 2;
  while (i < b.length) {
    const marker = b[i + 1]!;
    const len = b.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc3) return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7), components: b[i + 9]! };
    i += 2 + len;
  }
  throw new Error('no JPEG frame header');
}

/** PDF whose pages are the given JPEG images (grey or RGB) at `dpi`. */
export function imagesToPdf(images: Buffer[], dpi: number): Buffer {
  const objects: Buffer[] = [];
  const add = (o: Buffer | string) => { objects.push(typeof o === 'string' ? Buffer.from(o, 'latin1') : o); return objects.length; };
  const pageIds: number[] = [];
  const pagesId = 2;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages tree, filled below
  for (const img of images) {
    const { width, height, components } = jpegSize(img);
    const w = (width * 72) / dpi;
    const h = (height * 72) / dpi;
    const imgId = add(Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /${components === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${img.length} >>\nstream\n`, 'latin1'), img, Buffer.from('\nendstream', 'latin1')]));
    const content = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`;
    const contentId = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    pageIds.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${imgId} 0 R >> >> /Contents ${contentId} 0 R >>`));
  }
  objects[pagesId - 1] = Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((p) => `${p} 0 R`).join(' ')}] /Count ${pageIds.length} >>`, 'latin1');
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let pos = parts[0]!.length;
  objects.forEach((o, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), o, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(pos);
    parts.push(chunk);
    pos += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${pos}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** Rasterises `pdf` into `dir` and writes `out`, a scan of it. */
export function scanPdf(pdf: string, dir: string, out: string, dpi = 300): void {
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-jpeg', '-jpegopt', 'quality=80', pdf, join(dir, 'page')]);
  const pages = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.jpg')).sort();
  writeFileSync(out, imagesToPdf(pages.map((p) => readFileSync(join(dir, p))), dpi));
}
