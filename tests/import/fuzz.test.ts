/**
 * Generated hostile input: random text, truncated and mutated corpus documents.
 * The importer never crashes (a refusal is an ImportError with file, line and
 * field), never hangs, and whatever it writes compiles as the site compiles it.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { ImportError, importText } from '../../src/lib/import/document.ts';
import { toMdxBody, toMdxFile } from '../../src/lib/import/serialize.ts';
import { documentSchema } from '../../src/lib/schema.ts';
import { CORPUS_FILES, SOURCES } from './helpers.ts';

const corpus = CORPUS_FILES.map((f) => readFileSync(join(SOURCES, f), 'utf8'));
const info = (markdown: boolean) => ({ displayPath: 'fuzz.txt', sourceFile: 'fuzz.txt', stem: 'fuzz', sha256: '0'.repeat(64), encoding: 'utf-8', markdown });

function check(text: string, markdown: boolean): void {
  const t0 = performance.now();
  let result;
  try {
    result = importText(text, info(markdown));
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    const p = (e as ImportError).problem;
    expect(p.file).toBe('fuzz.txt');
    expect(p.line).toBeGreaterThan(0);
    expect(p.field.length).toBeGreaterThan(0);
    return;
  }
  for (const p of result.problems) expect(p.line).toBeGreaterThan(0);
  for (const d of result.drafts) {
    expect(documentSchema.safeParse(d.frontmatter).success).toBe(true);
    const body = toMdxBody(d.tree);
    expect(() => mdxToHast(body, { features: { gfm: true, smartPunctuation: false }, position: false })).not.toThrow();
    expect(toMdxFile(d.frontmatter, body).startsWith('---\n')).toBe(true);
  }
  expect(performance.now() - t0).toBeLessThan(5000);
}

const hostile = fc.constantFrom('{', '}', '<', '>', '</script>', '<!--', '`', '$', '*', '**', '\\', '|', '[', '](', 'import ', 'export ', '\n', '\n\n', '   ', 'Số: ', 'Nơi nhận:', 'KẾ HOẠCH', 'I. ', '1.1. ', 'a) ', '- ', '+ ', 'Phần 1; ', 'ngày 31 tháng 2 năm 2023', 'CHỦ TỊCH\n\nNguyễn Văn A');

describe('fuzz', () => {
  it('random text of hostile pieces', () => {
    fc.assert(fc.property(fc.array(fc.oneof(hostile, fc.string({ maxLength: 12 })), { maxLength: 60 }), fc.boolean(), (parts, md) => {
      check(parts.join(''), md);
    }), { numRuns: 300 });
  });

  it('truncated and mutated corpus documents', () => {
    fc.assert(fc.property(
      fc.nat({ max: corpus.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), hostile), { maxLength: 8 }), fc.boolean(),
      (k, a, b, inserts, md) => {
        const src = corpus[k]!;
        const [from, to] = [Math.floor(Math.min(a, b) * src.length), Math.floor(Math.max(a, b) * src.length)];
        let t = src.slice(from, to);
        for (const [at, piece] of inserts) { const i = Math.floor(at * t.length); t = t.slice(0, i) + piece + t.slice(i); }
        check(t, md);
      },
    ), { numRuns: 200 });
  });
});
