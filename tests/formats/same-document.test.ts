/**
 * The five corpus documents made into Word and PDF files with LibreOffice
 * (tests/fixtures/formats/make.ts) import to the same documents as their text:
 * same identity fields, same body words in the same order.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { prepareFile } from '../../src/lib/import/run.ts';
import { describe, expect, it } from 'vitest';
import { CORPUS, CORPUS_DIR, FIXTURES, identityOf, prepare, wordRecall, words } from './helpers.ts';

describe.each(CORPUS)('%s', (name) => {
  const text = prepare(join(CORPUS_DIR, name));
  const stem = basename(name, extname(name));
  it.each(['docx', 'pdf'])('as .%s: same frontmatter and body words as the text', (ext) => {
    expect(text.ok).toBe(true);
    const conv = prepare(join(FIXTURES, `${stem}.${ext}`));
    expect(conv.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(identityOf(conv)).toEqual(identityOf(text));
    expect(conv.docs.map((d) => d.fm.signer)).toEqual(text.docs.map((d) => d.fm.signer));
    expect(conv.docs.map((d) => d.fm.recipients)).toEqual(text.docs.map((d) => d.fm.recipients));
    for (const [i, d] of conv.docs.entries()) {
      const want = words(text.docs[i]!.body);
      const got = words(d.body);
      expect(wordRecall(want, got)).toBe(1);
      expect(got.length).toBe(want.length);
      expect(d.fm.source.original).toMatchObject({ format: ext, ocr: null });
    }
  });
});

describe('overrides', () => {
  it.each(['docx', 'pdf'])('a correction beside a .%s source is applied and recorded like a text one', (ext) => {
    const dir = mkdtempSync(join(tmpdir(), 'can-cu-override-'));
    try {
      const stem = '2025-08-21-kh-22-ubnd-xa-phong-doanh';
      writeFileSync(join(dir, `${stem}.yaml`), 'signer:\n  capacity: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"\nreasons:\n  signer.capacity: "“ĐỖ CHỦ TỊCH” là lỗi nhận dạng chữ của “PHÓ CHỦ TỊCH”."\n');
      const p = prepareFile(join(FIXTURES, `${stem}.${ext}`), null, { overridesDir: dir, sourcesDir: FIXTURES });
      expect(p.ok).toBe(true);
      const fm = p.docs[0]!.fm;
      expect(fm.signer.capacity).toBe('TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH');
      expect(fm.corrections).toEqual([{ field: 'signer.capacity', asWritten: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / ĐỖ CHỦ TỊCH', reason: '“ĐỖ CHỦ TỊCH” là lỗi nhận dạng chữ của “PHÓ CHỦ TỊCH”.' }]);
      expect(fm.source.original?.format).toBe(ext);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
