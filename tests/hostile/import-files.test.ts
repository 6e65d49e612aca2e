/**
 * Raw files as they arrive, through the importer's file-level API (runImport):
 * legacy encodings import to the same documents as UTF-8, undecodable files are
 * refused with the file and the reason and write nothing, and a 5 MB document
 * imports within a time bound.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/lib/import/run.ts';
import type { Problem } from '../../src/lib/import/types.ts';
import { encodeLegacy, encodeUtf16 } from '../encoding/encoders.ts';

const root = mkdtempSync(join(tmpdir(), 'can-cu-import-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const NAME = '2025-08-21-kh-22-ubnd-xa-phong-doanh.txt';
const TEXT = readFileSync(join('content/sources', NAME), 'utf8');

function importBytes(label: string, bytes: Uint8Array, name = NAME) {
  const dir = join(root, label);
  const sources = join(dir, 'sources');
  mkdirSync(sources, { recursive: true });
  writeFileSync(join(sources, name), bytes);
  const problems: Problem[] = [];
  const result = runImport({
    inputs: [join(sources, name)], outDir: join(dir, 'out'), overridesDir: join(dir, 'overrides'), sourcesDir: sources, force: true,
    report: (p) => problems.push(p),
  });
  const out = join(dir, 'out');
  const files = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.mdx')) : [];
  const mdx = files.map((f) => readFileSync(join(out, f), 'utf8'));
  return { result, problems, files, mdx };
}

/** The first `from` bytes and then some, ending one byte into a three-byte character (a file cut short). */
function cutInsideCharacter(bytes: Uint8Array, from: number): Uint8Array {
  let i = from;
  while ((bytes[i] ?? 0xe0) < 0xe0) i++;
  return bytes.subarray(0, i + 1);
}

/** The MDX without the lines that name the source's bytes (encoding, sha256). */
const comparable = (mdx: string) => mdx.replace(/^\s*(encoding|sha256): .*$/gm, '');

describe('legacy encodings import to the same document as UTF-8', () => {
  const utf8 = importBytes('utf-8', new TextEncoder().encode(TEXT));

  it('the UTF-8 file imports to one document', () => {
    expect(utf8.result.failedFiles).toBe(0);
    expect(utf8.files).toHaveLength(1);
    expect(utf8.mdx[0]).toMatch(/encoding: "?utf-8"?/);
  });

  for (const [label, bytes] of [
    ['windows-1258', encodeLegacy(TEXT, 'windows-1258').bytes],
    ['vni', encodeLegacy(TEXT, 'vni').bytes],
    ['utf-16le', encodeUtf16(TEXT, 'le', false)],
  ] as const) {
    it(`${label}: identical MDX, encoding recorded`, () => {
      const r = importBytes(label, bytes);
      expect(r.result.failedFiles).toBe(0);
      expect(r.files).toEqual(utf8.files);
      expect(comparable(r.mdx[0]!)).toBe(comparable(utf8.mdx[0]!));
      expect(r.mdx[0]).toMatch(new RegExp(`encoding: "?${label}"?`));
    });
  }

  it('tcvn3: same document; only title-case capitals VN3 cannot carry may differ in case', () => {
    const r = importBytes('tcvn3', encodeLegacy(TEXT, 'tcvn3').bytes);
    expect(r.result.failedFiles).toBe(0);
    expect(r.files).toEqual(utf8.files);
    expect(comparable(r.mdx[0]!).toLowerCase()).toBe(comparable(utf8.mdx[0]!).toLowerCase());
  });
});

describe('undecodable files are refused with the file and the reason, and write nothing', () => {
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ['empty', new Uint8Array(), /empty/],
    ['png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG image/],
    ['pdf', new TextEncoder().encode('%PDF-1.4\n1 0 obj\n'), /PDF file/],
    ['random', new Uint8Array(2048).map((_, i) => (i * 7919 + 13) % 256), /binary|Vietnamese|mixed|UTF-8/],
    ['truncated-utf8', cutInsideCharacter(new TextEncoder().encode(TEXT), 1000), /UTF-8 truncated at the end of the file/],
  ];
  for (const [label, bytes, reason] of cases) {
    it(label, () => {
      const r = importBytes(`bad-${label}`, bytes, `${label}.txt`);
      expect(r.result.failedFiles).toBe(1);
      expect(r.files).toEqual([]);
      const errors = r.problems.filter((p) => p.severity === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.file).toContain(`${label}.txt`);
      expect(errors[0]!.message).toMatch(reason);
    });
  }
});

describe('a 5 MB document', () => {
  it('imports whole within the time bound', () => {
    const head = TEXT.slice(0, TEXT.indexOf('I. MỤC'));
    const body = TEXT.slice(TEXT.indexOf('I. MỤC'), TEXT.indexOf('Nơi nhận'));
    const big = head + body.repeat(Math.ceil(5e6 / body.length)) + TEXT.slice(TEXT.indexOf('Nơi nhận'));
    const t = performance.now();
    const r = importBytes('big', new TextEncoder().encode(big), 'big.txt');
    const seconds = (performance.now() - t) / 1000;
    expect(r.result.failedFiles).toBe(0);
    expect(r.files).toHaveLength(1);
    expect(r.mdx[0]!.length).toBeGreaterThan(5e6);
    expect(seconds).toBeLessThan(120);
  }, 180_000);
});
