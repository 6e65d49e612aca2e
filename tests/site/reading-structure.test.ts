/**
 * What a reader navigates by: the contents list (every numbered section, at
 * the right level), the section a citation stands in, relation groups with
 * each sentence once, and quotes that are never cut inside a word.
 * The two plans are copies of the corpus documents (tests/fixtures/site/toc/).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextSentence } from '../../src/lib/citations/index.ts';
import { analyseBody } from '../../src/lib/site/collection.ts';
import { parseDocumentFile } from '../../src/lib/site/load.ts';
import { byRelation, sectionAt, type PanelEntry } from '../../src/lib/site/panels.ts';
import { tocEntries } from '../../src/lib/site/toc.ts';
import { shorten } from '../../src/lib/site/format.ts';

function body(name: string) {
  const path = `tests/fixtures/site/toc/${name}.mdx`;
  const parsed = parseDocumentFile(path, readFileSync(path, 'utf8'));
  if ('problems' in parsed) throw new Error(`${path}: ${parsed.problems.join('; ')}`);
  return analyseBody(parsed.body);
}

describe('contents list', () => {
  it('Kế hoạch 200: section II.2 lists 2.1 to 2.6, headings and numbered paragraphs alike, one level below 2.', () => {
    const toc = tocEntries(body('ke-hoach-200-kh-ubnd-2021-ubnd-tinh-lang-son').anchors);
    const ids = toc.map((e) => e.id);
    const two = toc.find((e) => e.id === 'ii-2')!;
    const subs = ['ii-2-1', 'ii-2-2', 'ii-2-3', 'ii-2-4', 'ii-2-5', 'ii-2-6'].map((id) => toc.find((e) => e.id === id));
    expect(subs.every(Boolean), `missing: ${['ii-2-1', 'ii-2-2', 'ii-2-3', 'ii-2-4', 'ii-2-5', 'ii-2-6'].filter((id) => !ids.includes(id))}`).toBe(true);
    expect(subs.map((e) => e!.level)).toEqual(Array(6).fill(two.level + 1));
    expect(ids.indexOf('ii-2-1')).toBe(ids.indexOf('ii-2') + 1);
    expect(ids.indexOf('ii-3')).toBe(ids.indexOf('ii-2-6') + 1);
    expect(toc.find((e) => e.id === 'ii')!.level).toBe(0);
  });

  it('Kế hoạch 218: 1.1 is listed under II.1, beside the headings 1.2 and 1.3', () => {
    const toc = tocEntries(body('ke-hoach-218-kh-ubnd-2023-ubnd-quan-tan-binh').anchors);
    const ids = toc.map((e) => e.id);
    for (const id of ['ii-1-1', 'ii-1-2', 'ii-1-3', 'i-1-1', 'i-2-3']) expect(ids, id).toContain(id);
    expect(toc.find((e) => e.id === 'ii-1-1')!.level).toBe(toc.find((e) => e.id === 'ii-1-2')!.level);
    expect(ids.indexOf('ii-1-1')).toBe(ids.indexOf('ii-1') + 1);
  });

  it('a long numbered paragraph is cut at a word, with an ellipsis', () => {
    const toc = tocEntries(body('ke-hoach-200-kh-ubnd-2021-ubnd-tinh-lang-son').anchors);
    const e = toc.find((x) => x.id === 'ii-2-1')!;
    expect(e.text.startsWith('2.1. Hàng năm tổ chức')).toBe(true);
    expect(e.text.endsWith('…')).toBe(true);
    expect(e.text.length).toBeLessThanOrEqual(91);
    expect(shorten('Một câu ngắn.')).toBe('Một câu ngắn.');
  });
});

describe('citing sections', () => {
  it('a citation is placed in the last section that starts before it', () => {
    const b = body('ke-hoach-200-kh-ubnd-2021-ubnd-tinh-lang-son');
    const doc = { anchors: b.anchors } as Parameters<typeof sectionAt>[0];
    const at = b.text.indexOf('Kết luận số 01-KL/TW');
    expect(sectionAt(doc, at)).toMatchObject({ id: 'ii-2-1', label: 'Mục II.2.1' });
    expect(sectionAt(doc, 0)).toBeNull();
  });
});

describe('relation groups', () => {
  const entry = (key: string, relations: string[], contexts: string[]): PanelEntry => ({
    key, label: key, relations, contexts, sections: [], link: { kind: 'external', href: `/dan-chieu/${key}/`, facts: {} as never, candidates: [] },
  });
  it('groups by the strongest relation, in the national database order, and quotes each sentence once', () => {
    const groups = byRelation([
      entry('a', ['Dẫn chiếu'], ['Câu chung.', 'Câu riêng của a.']),
      entry('b', ['Thực hiện'], ['Câu chung.']),
      entry('c', ['Căn cứ', 'Thực hiện'], ['Câu của c.']),
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Căn cứ', 'Thực hiện', 'Dẫn chiếu']);
    expect(groups[1]!.entries[0]).toMatchObject({ key: 'b', contexts: ['Câu chung.'], repeated: 0 });
    expect(groups[2]!.entries[0]).toMatchObject({ key: 'a', contexts: ['Câu riêng của a.'], repeated: 1 });
  });
});

describe('quoted sentences', () => {
  it('a sentence longer than the window is cut between words and marked with an ellipsis', () => {
    const words = Array.from({ length: 200 }, (_, i) => `từ${i}`).join(' ');
    const text = `${words} Chỉ thị số 05-CT/TW ${words}`;
    const start = words.length + 1;
    const c = contextSentence(text, start, start + 'Chỉ thị số 05-CT/TW'.length);
    expect(c.startsWith('…từ')).toBe(true);
    expect(c.endsWith('…')).toBe(true);
    expect(c).toContain('Chỉ thị số 05-CT/TW');
    for (const w of c.replace(/…/g, '').split(' ')) expect(w === 'Chỉ' || w === 'thị' || w === 'số' || w === '05-CT/TW' || /^từ\d+$/.test(w), w).toBe(true);
    expect(text).toContain(c.replace(/…/g, ''));
  });
  it('a whole sentence is quoted as it is', () => {
    const text = 'Mở đầu. Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị. Kết.';
    expect(contextSentence(text, 18, 38)).toBe('Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.');
  });
});
