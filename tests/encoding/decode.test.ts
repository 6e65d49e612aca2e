import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument, DecodeError } from '../../src/lib/encoding/index.ts';
import { encodeLegacy, encodeTcvn3, encodeUtf16 } from './encoders.ts';

const SOURCES = 'content/sources';
// The five corpus files: not the folder's README, nor the bundled real documents (`<source-folder>__<file>`).
const corpus = readdirSync(SOURCES)
  .filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md' && !f.includes('__'))
  .map((name) => ({ name, text: readFileSync(join(SOURCES, name), 'utf8') }));

const utf8 = (s: string) => new TextEncoder().encode(s);

function refusal(bytes: Uint8Array, file = 'hồ-sơ/bad.txt'): DecodeError {
  try {
    decodeDocument(bytes, file);
  } catch (e) {
    expect(e).toBeInstanceOf(DecodeError);
    const err = e as DecodeError;
    expect(err.file).toBe(file);
    expect(err.message.startsWith(`${file}: cannot decode: `)).toBe(true);
    return err;
  }
  throw new Error('expected a DecodeError, the bytes were accepted');
}

describe('the five corpus documents decode exactly from every supported encoding', () => {
  it('has the five documents', () => expect(corpus).toHaveLength(5));

  for (const { name, text } of corpus) {
    describe(name, () => {
      it('UTF-8 without and with BOM', () => {
        expect(decodeDocument(utf8(text), name)).toEqual({ text, encoding: 'utf-8' });
        const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
        expect(decodeDocument(bom, name)).toEqual({ text, encoding: 'utf-8' });
      });

      it('UTF-8 in NFD is normalised to NFC', () => {
        const nfd = text.normalize('NFD');
        expect(nfd).not.toBe(text);
        const out = decodeDocument(utf8(nfd), name);
        expect(out.text).toBe(text);
        expect(out.text.normalize('NFC')).toBe(out.text);
      });

      for (const endian of ['le', 'be'] as const) {
        it(`UTF-16 ${endian.toUpperCase()} with and without BOM`, () => {
          expect(decodeDocument(encodeUtf16(text, endian, true), name)).toEqual({ text, encoding: `utf-16${endian}` });
          expect(decodeDocument(encodeUtf16(text, endian, false), name)).toEqual({ text, encoding: `utf-16${endian}` });
        });
      }

      it('Windows-1258 (tone marks as combining bytes) composes to NFC', () => {
        const { bytes, carried } = encodeLegacy(text, 'windows-1258');
        expect(bytes.some((b) => b === 0xec || b === 0xcc || b === 0xf2)).toBe(true);
        expect(decodeDocument(bytes, name)).toEqual({ text: carried, encoding: 'windows-1258' });
      });

      it('VNI (VNI-Times)', () => {
        const { bytes, carried } = encodeLegacy(text, 'vni');
        expect(decodeDocument(bytes, name)).toEqual({ text: carried, encoding: 'vni' });
      });

      it('TCVN3 (ABC, .VnTime): letters exact, capitals restored in headings', () => {
        const { bytes, carried } = encodeLegacy(text, 'tcvn3');
        const out = decodeDocument(bytes, name);
        expect(out.encoding).toBe('tcvn3');
        expect(out.text.toLowerCase()).toBe(carried.toLowerCase());
        const want = carried.split('\n');
        const got = out.text.split('\n');
        let headings = 0;
        want.forEach((line, i) => {
          const isHeading = /[^\x00-\x7f]/.test(line) && line === line.toUpperCase() && /\p{Lu}{2}/u.test(line);
          if (isHeading) {
            headings++;
            expect(got[i], 'heading in capitals').toBe(line);
          }
          // Elsewhere only a title-case capital that VN3 has no code for may come back lower-case.
          [...line].forEach((ch, k) => {
            const g = [...(got[i] ?? '')][k];
            if (g !== ch) expect(encodeTcvn3(ch), `${ch} in ${line}`).toEqual(encodeTcvn3(ch.toLowerCase()));
          });
        });
        expect(headings).toBeGreaterThan(0);
      });
    });
  }

  it('restores the national motto written in .VnTimeH', () => {
    const motto = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nỦy ban nhân dân xã';
    const out = decodeDocument(encodeLegacy(motto, 'tcvn3').bytes, 'motto.txt');
    expect(out.text.split('\n')[0]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(out.text.split('\n')[1]).toBe('Độc lập - Tự do - Hạnh phúc');
    // A title-case word starting with a capital VN3 cannot carry comes back lower-case: reported as a known limit.
    expect(out.text.split('\n')[2]).toBe('ủy ban nhân dân xã');
  });

  it('repairs TCVN3 text that was read as Windows-1252 and saved as UTF-8', () => {
    const { name, text } = corpus[0]!;
    const { bytes, carried } = encodeLegacy(text, 'tcvn3');
    const mojibake = iconv.decode(Buffer.from(bytes), 'windows-1252');
    expect(mojibake).toMatch(/Sè: 1419\/VKS-VP/);
    const out = decodeDocument(utf8(mojibake), name);
    expect(out.encoding).toBe('tcvn3 (saved as utf-8 through windows-1252)');
    expect(out.text.toLowerCase()).toBe(carried.toLowerCase());
  });

  it('keeps ordinary non-Vietnamese UTF-8 as it is (no false repair)', () => {
    const s = 'Café, naïve, Zürich — “quoted” and ½ € 100';
    expect(decodeDocument(utf8(s), 'latin.txt')).toEqual({ text: s, encoding: 'utf-8' });
  });
});

describe('files that cannot be decoded confidently are refused with the file and the reason', () => {
  const { text } = corpus[1]!;

  it('empty file', () => expect(refusal(new Uint8Array()).reason).toBe('the file is empty (0 bytes)'));

  it('whitespace only', () => expect(refusal(utf8(' \n\t\r\n  ')).reason).toMatch(/only whitespace/));

  it('random bytes', () => {
    let seed = 7;
    const bytes = new Uint8Array(4096).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24) & 0xff);
    expect(refusal(bytes).reason).toMatch(/binary|Vietnamese|mixed/);
  });

  it('a PDF, a DOCX (ZIP), a Word 97 .doc and a PNG are named as such', () => {
    expect(refusal(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj')).reason).toMatch(/PDF file/);
    expect(refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])).reason).toMatch(/ZIP archive/);
    expect(refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])).reason).toMatch(/Word 97/);
    expect(refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])).reason).toMatch(/PNG/);
  });

  it('text that is mostly NUL and control bytes', () => {
    const bytes = utf8(`${text.slice(0, 200)}${'Điều khoản\x00\x01'.repeat(100)}`);
    expect(refusal(bytes).reason).toMatch(/binary content.*NUL/);
  });

  it('UTF-8 truncated in the middle of a character', () => {
    const full = utf8('Kế hoạch thực hiện phong trào thi đua Việt');
    const cut = full.subarray(0, full.length - 3 + 1); // "ệ" is 3 bytes: keep its first byte only, then "t" is gone too
    const reason = refusal(cut.subarray(0, full.length - 2)).reason;
    expect(reason).toMatch(/UTF-8 truncated at the end of the file: an incomplete multi-byte sequence at byte \d+ \(line 1/);
  });

  it('a file mixing UTF-8 and Windows-1258 names the first bad byte and its line', () => {
    const half = text.slice(0, 3000);
    const bytes = new Uint8Array([...utf8(half), 0x0a, ...encodeLegacy(half, 'windows-1258').bytes]);
    const reason = refusal(bytes).reason;
    const firstAccent = half.search(/[^\x00-\x7f]/);
    const line = half.split('\n').length + half.slice(0, firstAccent).split('\n').length;
    expect(reason).toMatch(new RegExp(`^mixed encodings: \\d+ UTF-8 characters, but invalid UTF-8 at byte \\d+ \\(line ${line}, `));
  });

  it('8-bit text that is not Vietnamese (Latin-1 French) is not imported as mojibake', () => {
    const fr = 'Le ministère a publié une décision très détaillée sur la procédure à suivre, où chacun doit être prêt.';
    expect(refusal(new Uint8Array(iconv.encode(fr, 'latin1'))).reason).toMatch(/no encoding reads as Vietnamese/);
  });

  it('too little 8-bit text to tell TCVN3, VNI and Windows-1258 apart', () => {
    expect(refusal(encodeLegacy('Số: 12', 'tcvn3').bytes).reason).toMatch(/too little Vietnamese text/);
  });

  it('UTF-16 with a BOM and an odd number of bytes is truncated', () => {
    const b = encodeUtf16('Kế hoạch', 'le', true);
    expect(refusal(b.subarray(0, b.length - 1)).reason).toMatch(/odd number of bytes.*truncated/);
  });

  it('UTF-16 with an unpaired surrogate', () => {
    expect(refusal(encodeUtf16('Kế hoạch \ud800 số 1', 'le', true)).reason).toMatch(/unpaired surrogate/);
  });

  it('UTF-32 is refused with advice', () => {
    expect(refusal(new Uint8Array([0xff, 0xfe, 0, 0, 0x4b, 0, 0, 0])).reason).toMatch(/UTF-32/);
  });

  it('UTF-8 BOM followed by invalid UTF-8', () => {
    expect(refusal(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0a, 0x42, 0xff])).reason).toMatch(
      /byte-order mark but is not valid UTF-8 at byte 6 \(line 2, column 2\)/,
    );
  });

  it('control characters throughout (a binary file that happens to be valid UTF-8)', () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i % 7 === 0 ? 0x01 : 0x41 + (i % 26)));
    expect(refusal(bytes).reason).toMatch(/binary content: \d+ control characters/);
  });
});

describe('a real text with a few stray control characters (as PDF extraction leaves them)', () => {
  it('is decoded with them removed, and says on which lines', () => {
    const source = `${'Kế hoạch thực hiện phong trào thi đua trên địa bàn tỉnh.\n'.repeat(40)}Điều 1. Phạm vi\x00 điều chỉnh\n\x0cCÔNG BÁO/Số 12/Ngày 1-1-2024\n`;
    const d = decodeDocument(utf8(source), 'x.txt');
    expect(d.text).not.toMatch(/[\x00\x0c]/);
    expect(d.text).toContain('Điều 1. Phạm vi điều chỉnh');
    const lineOfNul = source.split('\n').findIndex((l) => l.includes('\x00')) + 1;
    expect(d.removedControls?.map((r) => r.line)).toEqual([lineOfNul, lineOfNul + 1]);
  });
});
