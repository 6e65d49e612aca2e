import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_FEATURES } from '../../src/lib/site/features.ts';
import { collectText, type HastLike } from '../../src/lib/site/hast-text.ts';
import { pageCount, pageHref, pageSlice, PAGE_SIZE } from '../../src/lib/site/paging.ts';
import { splitRuns } from '../../src/lib/site/segment.ts';

const tree = (mdx: string) => mdxToHast(mdx, { features: MARKDOWN_FEATURES, position: false }) as unknown as HastLike;

describe('collectText', () => {
  it('separates blocks by a blank line and keeps soft line breaks inside a paragraph', () => {
    const { text, blocks } = collectText(tree('## I. MỤC ĐÍCH\n\nNghị quyết số 49-\nNQ/TU của Tỉnh ủy.\n\n- một\n- hai\n\n| a | b |\n| - | - |\n| 1 | 2 |'));
    expect(text).toBe('I. MỤC ĐÍCH\n\nNghị quyết số 49-\nNQ/TU của Tỉnh ủy.\n\nmột\n\nhai\n\na\n\nb\n\n1\n\n2');
    expect(blocks.map((b) => [b.tag, b.heading, b.text])).toEqual([
      ['h2', true, 'I. MỤC ĐÍCH'],
      ['p', false, 'Nghị quyết số 49-\nNQ/TU của Tỉnh ủy.'],
    ]);
  });

  it('maps every run to its place in the text, and marks runs inside links', () => {
    const { text, runs } = collectText(tree('Theo ***Chỉ thị số 19/CT-TTg*** và [Kế hoạch 5 năm](https://vanban.test.vn).'));
    for (const r of runs) expect(text.slice(r.start, r.end)).toBe(r.node.value);
    expect(runs.filter((r) => r.inLink).map((r) => r.node.value)).toEqual(['Kế hoạch 5 năm']);
  });
});

describe('splitRuns', () => {
  it('cuts a citation that spans emphasis into one piece per run, marking its first and last piece', () => {
    const { text, runs } = collectText(tree('Căn cứ Nghị quyết số **49-NQ/TU** ngày 1/1/2021 và Chỉ thị số 19/CT-TTg.'));
    const a = text.indexOf('Nghị quyết');
    const b = text.indexOf('Chỉ thị');
    const pieces = splitRuns(runs, [
      { start: a, end: a + 'Nghị quyết số 49-NQ/TU'.length, payload: 'nq' },
      { start: b, end: b + 'Chỉ thị số 19/CT-TTg'.length, payload: 'ct' },
    ]);
    const flat = [...pieces.values()].flat().filter((p) => typeof p !== 'string');
    expect(flat).toEqual([
      { text: 'Nghị quyết số ', payload: 'nq', first: true, last: false },
      { text: '49-NQ/TU', payload: 'nq', first: false, last: true },
      { text: 'Chỉ thị số 19/CT-TTg', payload: 'ct', first: true, last: true },
    ]);
    const rebuilt = runs.map((r, i) => (pieces.get(i) ?? [r.node.value!]).map((p) => (typeof p === 'string' ? p : p.text)).join('')).join('');
    expect(rebuilt).toBe(runs.map((r) => r.node.value).join(''));
  });

  it('drops overlapping and empty spans instead of nesting links', () => {
    const { runs } = collectText(tree('Kế hoạch số 200/KH-UBND ngày 09/10/2021'));
    const pieces = splitRuns(runs, [
      { start: 0, end: 23, payload: 1 },
      { start: 12, end: 30, payload: 2 },
      { start: 5, end: 5, payload: 3 },
    ]);
    expect([...pieces.values()].flat().filter((p) => typeof p !== 'string').map((p) => (p as { payload: number }).payload)).toEqual([1]);
  });
});

describe('paging the home list', () => {
  it('splits the newest-first list into pages whose first is the home page', () => {
    const items = Array.from({ length: PAGE_SIZE * 2 + 1 }, (_, i) => i);
    expect(pageCount(items.length)).toBe(3);
    expect(pageCount(0)).toBe(1);
    expect(pageSlice(items, 3)).toEqual([PAGE_SIZE * 2]);
    expect(pageHref(1)).toBe('/');
    expect(pageHref(2)).toBe('/trang/2/');
  });
});
