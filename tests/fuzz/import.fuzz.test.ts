/**
 * The importer on generated hostile input: it never crashes (a refusal is an
 * ImportError with file and line), never hangs (the test's timeout), and whatever it
 * writes is valid frontmatter and a body that compiles as the site compiles it.
 */
import fc from 'fast-check';
import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { ImportError, importText } from '../../src/lib/import/document.ts';
import { toMdxBody, toMdxFile } from '../../src/lib/import/serialize.ts';
import { documentSchema } from '../../src/lib/schema.ts';
import { MARKDOWN_FEATURES } from '../../src/lib/site/features.ts';
import { CORPUS } from './corpus.ts';

const HOSTILE = [
  '{', '}', '{globalThis.x=1}', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'import x from "y"\n',
  '\nexport const a = 1\n', '<!--', '-->', '`', '```', '$', '$$', '\\', '<Foo />', '&lt;', '*', '_', '#', '|', '[', '](', '>',
  '\n\n', '\n', '   ', 'Số: ', '/KH-UBND', 'ngày 31 tháng 02 năm 2024', 'KẾ HOẠCH\n', 'Điều 1.', 'I.', '1.1.', 'a)', 'Nơi nhận:\n',
  'KT. CHỦ TỊCH\n', '\u0301', '\u200b', '\ufeff', '𝔘', '\r\n', '\t',
];

/** A corpus document cut, with lines shuffled and hostile fragments spliced in. */
const mangled = fc
  .record({
    doc: fc.nat({ max: CORPUS.length - 1 }),
    start: fc.nat({ max: 25_000 }),
    length: fc.integer({ min: 0, max: 3000 }),
    splices: fc.array(fc.record({ at: fc.nat(), what: fc.constantFrom(...HOSTILE) }), { maxLength: 12 }),
    swaps: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
  })
  .map(({ doc, start, length, splices, swaps }) => {
    const text = CORPUS[doc]!;
    // Keep the header sometimes (start near 0) so header parsing is fuzzed too.
    const s = start % 3 === 0 ? 0 : Math.min(start, text.length);
    let out = text.slice(s, s + length);
    for (const { at, what } of splices) {
      const i = out.length ? at % (out.length + 1) : 0;
      out = out.slice(0, i) + what + out.slice(i);
    }
    const lines = out.split('\n');
    for (const [a, b] of swaps) {
      if (lines.length < 2) break;
      const i = a % lines.length;
      const j = b % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
    return lines.join('\n');
  });

function importOrRefuse(text: string, markdown: boolean): void {
  let result;
  try {
    result = importText(text, {
      displayPath: 'fuzz.txt', sourceFile: 'fuzz.txt', stem: 'fuzz', sha256: '0'.repeat(64), encoding: 'utf-8', markdown,
    });
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    expect(e.problem.file).toBe('fuzz.txt');
    expect(e.problem.line).toBeGreaterThanOrEqual(1);
    expect(e.problem.field.length).toBeGreaterThan(0);
    return;
  }
  for (const p of result.problems) {
    expect(p.file).toBe('fuzz.txt');
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.field.length).toBeGreaterThan(0);
  }
  for (const d of result.drafts) {
    const parsed = documentSchema.safeParse(d.frontmatter);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    const mdx = toMdxBody(d.tree);
    // What the importer writes always compiles, whatever the text held.
    mdxToHast(mdx, { features: MARKDOWN_FEATURES, position: false });
    expect(toMdxFile(d.frontmatter, mdx).startsWith('---\n')).toBe(true);
  }
}

/** Pieces of markup, code and document structure, for text made of nothing else. */
const PIECES = fc.constantFrom('{', '}', '<', '>', '</script>', '<!--', '`', '$', '*', '**', '\\', '|', '[', '](', 'import ', 'export ', '\n', '\n\n', '   ', 'Số: ', 'Nơi nhận:', 'KẾ HOẠCH', 'I. ', '1.1. ', 'a) ', '- ', '+ ', 'Phần 1; ', 'ngày 31 tháng 2 năm 2023', 'CHỦ TỊCH\n\nNguyễn Văn A');

describe('the importer never crashes or hangs, and always writes valid frontmatter and compilable MDX', () => {
  it('mangled corpus text as plain text (800 inputs)', () => {
    fc.assert(fc.property(mangled, (t) => importOrRefuse(t, false)), { numRuns: 800 });
  });

  it('mangled corpus text as markdown-ish text (400 inputs)', () => {
    fc.assert(fc.property(mangled, (t) => importOrRefuse(t, true)), { numRuns: 400 });
  });

  it('text of hostile pieces, plain or markdown-ish (300 inputs)', () => {
    fc.assert(fc.property(fc.array(fc.oneof(PIECES, fc.string({ maxLength: 12 })), { maxLength: 60 }), fc.boolean(), (parts, md) => importOrRefuse(parts.join(''), md)), { numRuns: 300 });
  });

  it('arbitrary Unicode strings (500 inputs)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (t) => importOrRefuse(t, false)), { numRuns: 500 });
  });

  it('found by this fuzzer: a "Nơi nhận" list with an empty "-" item (document cut short) gives no empty recipient', () => {
    importOrRefuse('KẾ HOẠCH\n\nVăn bản.\n\nNơi nhận:\n- Sở Nội vụ;\n-', false);
    importOrRefuse('KẾ HOẠCH\n\nVăn bản.\n\nNơi nhận:\n- Sở Nội vụ;\n- \n- Lưu: VT.', false);
  });

  it('a 10,000-character line and 5,000 tiny lines', { timeout: 120_000 }, () => {
    importOrRefuse('KẾ HOẠCH\n\n' + 'Căn cứ {x} <b> '.repeat(700), false);
    importOrRefuse(Array.from({ length: 5000 }, (_, i) => `${i}.`).join('\n'), false);
  });
});
