import { describe, expect, it } from 'vitest';
import { pageHasWords, queryWords } from '../../src/lib/search/fallback.ts';
import { toIndexForm } from '../../src/lib/search/fold.ts';

describe('queryWords', () => {
  it('folds the query words and keeps letters and digits', () => {
    expect(queryWords(toIndexForm('Đột phá, COVID-19'))).toEqual(['dot', 'pha', 'covid19']);
    expect(queryWords('  ')).toEqual([]);
  });
});

describe('pageHasWords', () => {
  const page = {
    content: 'Kế hoạch phòng, chống dịch COVID-19 năm 2021. Có hiệu lực từ ngày ký.',
    meta: { title: toIndexForm('Triển khai chuyển đổi số'), issuer: undefined },
  };

  it('finds each query word at the start of a word of the page, its text or its metadata', () => {
    expect(pageHasWords(page, queryWords('covid'))).toBe(true);
    expect(pageHasWords(page, queryWords('covid19'))).toBe(true);
    expect(pageHasWords(page, queryWords('phong chong dich'))).toBe(true);
    expect(pageHasWords(page, queryWords(toIndexForm('chuyển đổi')))).toBe(true);
    // The last word as typed so far.
    expect(pageHasWords(page, queryWords('chuy'))).toBe(true);
  });

  it('rejects a page that only holds a shorter word the query word starts with (Pagefind\'s fallback)', () => {
    // "covid" fell back to "co" ("Có hiệu lực") on a shard without "covid".
    const other = { content: 'Có hiệu lực từ ngày ký. Cơ quan ban hành.', meta: { title: 'Quy định' } };
    expect(pageHasWords(other, queryWords('covid'))).toBe(false);
    expect(pageHasWords(other, queryWords('co quan'))).toBe(true);
    expect(pageHasWords(other, queryWords('co quan covid'))).toBe(false);
  });
});
