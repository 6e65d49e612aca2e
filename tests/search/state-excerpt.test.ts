import { describe, expect, it } from 'vitest';
import { readState, writeState, hasFilters } from '../../src/lib/search/state.ts';
import { bestSubResult, parseExcerpt } from '../../src/lib/search/excerpt.ts';
import { STROKE } from '../../src/lib/search/fold.ts';

describe('search state in the URL', () => {
  it('round-trips query, repeated filters and sort', () => {
    const url = '?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91&loai=K%E1%BA%BF+ho%E1%BA%A1ch&loai=Ngh%E1%BB%8B+quy%E1%BA%BFt&nam=2025&sap-xep=ngay';
    const state = readState(new URLSearchParams(url));
    expect(state.q).toBe('chuyển đổi số');
    expect(state.filters.loai).toEqual(['Kế hoạch', 'Nghị quyết']);
    expect(state.filters.nam).toEqual(['2025']);
    expect(state.sort).toBe('date');
    expect(hasFilters(state)).toBe(true);
    expect(readState(new URLSearchParams(writeState(state)))).toEqual(state);
  });

  it('ignores blanks, duplicates and unknown sort values', () => {
    const state = readState(new URLSearchParams('q=++&co-quan=&co-quan=UBND&co-quan=UBND&sap-xep=xyz'));
    expect(state).toEqual({ q: '', filters: { loai: [], 'co-quan': ['UBND'], nam: [], 'trang-thai': [], 'hieu-luc': [] }, sort: 'relevance' });
    expect(writeState({ ...state, filters: { ...state.filters, 'co-quan': [] } })).toBe('');
  });
});

describe('parseExcerpt', () => {
  it('splits marks, decodes entities and restores đ', () => {
    expect(parseExcerpt(`thực hiện <mark>d${STROKE}ột</mark> <mark>phá</mark> &lt;b&gt; &amp; x`)).toEqual([
      { text: 'thực hiện ', mark: false },
      { text: 'đột', mark: true },
      { text: ' ', mark: false },
      { text: 'phá', mark: true },
      { text: ' <b> & x', mark: false },
    ]);
  });

  it('drops any other markup instead of rendering it', () => {
    const segs = parseExcerpt('<img src=x onerror=alert(1)>chữ <mark>số</mark>');
    expect(segs).toEqual([{ text: 'chữ ', mark: false }, { text: 'số', mark: true }]);
  });
});

describe('bestSubResult', () => {
  it('picks the section where matches weigh most', () => {
    const subs = [
      { url: '/a/', excerpt: '', weighted_locations: [{ weight: 1, balanced_score: 10, location: 1 }] },
      { url: '/a/#ii', excerpt: '', anchor: { id: 'ii' }, weighted_locations: [
        { weight: 1, balanced_score: 8, location: 40 }, { weight: 1, balanced_score: 8, location: 42 }] },
    ];
    expect(bestSubResult(subs)?.url).toBe('/a/#ii');
    expect(bestSubResult([{ url: '/a/', excerpt: '', weighted_locations: [] }])).toBeNull();
  });
});
