/**
 * The five corpus documents made into Word and PDF files with LibreOffice
 * (tests/fixtures/formats/make.ts) import to the same documents as their text:
 * same identity fields, same body words in the same order.
 */
import { basename, extname, join } from 'node:path';
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
