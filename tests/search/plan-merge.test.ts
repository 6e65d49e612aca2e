import { describe, expect, it } from 'vitest';
import { planSearch } from '../../src/lib/search/plan.ts';
import { mergeTiers, titleFirst, titleHolds } from '../../src/lib/search/merge.ts';
import { queryWords } from '../../src/lib/search/fallback.ts';
import { STROKE } from '../../src/lib/search/fold.ts';

describe('planSearch', () => {
  it('asks for the phrase before the scattered words of an unaccented query', () => {
    const p = planSearch('  chuyen   doi so ');
    expect(p.query).toBe('chuyen doi so');
    expect(p.accented).toBe(false);
    expect(p.tiers.map((t) => [t.kind, t.term, t.exactDiacritics])).toEqual([
      ['phrase', '"chuyen doi so"', false],
      ['words', 'chuyen doi so', false],
    ]);
  });

  it('puts exact-diacritics searches first when diacritics are typed, in index form', () => {
    const p = planSearch('Đảng ủy');
    expect(p.accented).toBe(true);
    expect(p.tiers.map((t) => t.kind)).toEqual(['phrase-exact', 'words-exact', 'phrase', 'words']);
    expect(p.tiers[0]!.term).toBe(`"D${STROKE}ảng ủy"`);
    expect(p.tiers[0]!.exactDiacritics).toBe(true);
    expect(p.tiers[3]!.exactDiacritics).toBe(false);
  });

  it('looks for a number one to nine as the texts write it, with its leading zero (“5-CT/TW” → “05-CT/TW”)', () => {
    const widest = (q: string) => planSearch(q).tiers.at(-1)!.term;
    for (const q of ['5-CT/TW', '05-CT/TW']) expect(widest(q), q).toBe('05-CT/TW');
    expect(widest('ct 5')).toBe('ct 05');
    expect(widest('CT5')).toBe('CT 05');
    // Two digits and more are left as typed; so are numbers that are not the query's document number.
    expect(widest('NQ57')).toBe('NQ 57');
    expect(widest('5 năm')).not.toContain('05');
  });

  it('runs a single word without phrase tiers', () => {
    expect(planSearch('đột').tiers.map((t) => t.kind)).toEqual(['words-exact', 'words']);
    expect(planSearch('thi').tiers.map((t) => t.kind)).toEqual(['words']);
  });

  it('reads a number glued to its type apart in the widest tier, so "NQ57" searches like "nq 57"', () => {
    // Pagefind ignores case.
    expect(planSearch('NQ57').tiers.at(-1)!.term.toLowerCase()).toBe(planSearch('nq 57').tiers.at(-1)!.term);
    expect(planSearch('NQ57').number?.keys).toEqual(planSearch('nq 57').number?.keys);
    // Words that are not a number query keep their letters and digits together.
    expect(planSearch('covid19').tiers.at(-1)!.term).toBe('covid19');
  });

  it('searches a number named by its type for the words its symbol writes, so every spelling finds the same documents', () => {
    const tiers = (q: string) => planSearch(q).tiers.map((t) => [t.kind, t.term.toLowerCase()]);
    for (const q of ['Nghị quyết 57', 'nghi quyet 57', 'nghị quyết số 57']) expect(tiers(q), q).toEqual(tiers('nq 57'));
    expect(planSearch('Nghị quyết 57').number?.keys).toEqual(planSearch('nq 57').number?.keys);
    // The type's name before a whole number adds nothing to it.
    expect(tiers('Nghị quyết số 57-NQ/TW')).toEqual(tiers('57-NQ/TW'));
    // Words besides the number stay as typed.
    expect(planSearch('nghị quyết 57 về khoa học').tiers.at(-1)!.term).toBe(planSearch('nq 57 về khoa học').tiers.at(-1)!.term);
    expect(planSearch('nghị quyết 57 về khoa học').restTerm).toBe('về khoa học');
  });

  it('keeps a quoted query a phrase only', () => {
    const p = planSearch('"đổi mới sáng tạo"');
    expect(p.tiers.map((t) => t.kind)).toEqual(['phrase-exact', 'phrase']);
    expect(p.number).toBeNull();
  });

  it('recognises a number and the words around it', () => {
    const p = planSearch('200/KH-UBND Lạng Sơn');
    expect(p.number?.keys).toEqual(['zz200zkhzubndz']);
    expect(p.restTerm).toBe('Lạng Sơn');
    expect(planSearch('NQ57').restTerm).toBeNull();
  });

  it('plans nothing for an empty query (filters only)', () => {
    expect(planSearch('   ').tiers).toEqual([]);
    expect(planSearch('""').tiers).toEqual([]);
  });
});

const h = (id: string, score = 1) => ({ id, score });

describe('mergeTiers', () => {
  it('lists number hits, then tiers strict to loose, each page once', () => {
    const ids = mergeTiers({
      number: [h('doc')],
      rest: null,
      text: [[h('phrase-a'), h('phrase-b')], [h('cites', 9), h('phrase-a', 2), h('phrase-b', 5), h('doc', 1)]],
    });
    expect(ids).toEqual(['doc', 'phrase-b', 'phrase-a', 'cites']);
  });

  it('orders a tier by the widest search score (phrase scores are flat)', () => {
    const ids = mergeTiers({
      number: [],
      rest: null,
      text: [[h('x'), h('y'), h('z')], [h('z', 3), h('y', 2), h('x', 1), h('w', 10)]],
    });
    expect(ids).toEqual(['z', 'y', 'x', 'w']);
  });

  it('with other words typed, puts numbered documents matching them first and the others last', () => {
    const ids = mergeTiers({
      number: [h('kh200-lang-son'), h('kh200-elsewhere')],
      rest: [h('kh200-lang-son', 3), h('other-lang-son', 4)],
      text: [[h('other-lang-son', 4)]],
    });
    expect(ids).toEqual(['kh200-lang-son', 'other-lang-son', 'kh200-elsewhere']);
  });
});

describe('a title holding the reader’s words comes first', () => {
  it('holds four words or more side by side and in order, folded, punctuation aside, the last word possibly begun', () => {
    const title = 'QUY ĐỊNH MỨC THU, CHẾ ĐỘ THU, NỘP, QUẢN LÝ LỆ PHÍ CẤP GIẤY CHỨNG NHẬN';
    expect(titleHolds(title, queryWords('định mức thu chế độ thu'))).toBe(true);
    expect(titleHolds(title, queryWords('dinh muc thu che do thu'))).toBe(true);
    expect(titleHolds('ban hành Quy chuẩn kỹ thuật quốc gia về an toàn', queryWords('hành Quy chuẩn kỹ thuật quốc'))).toBe(true);
    expect(titleHolds('ban hành Quy chuẩn kỹ thuật quốc gia', queryWords('hành quy chuẩn kỹ th'))).toBe(true);
    // Not the words scattered, out of order, or one word alone.
    expect(titleHolds('TIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT', queryWords('hành Quy chuẩn kỹ thuật quốc'))).toBe(false);
    expect(titleHolds(title, queryWords('thu mức định'))).toBe(false);
    expect(titleHolds(title, queryWords('mức'))).toBe(false);
    // Three words are a name or a topic many titles hold, not a piece of one title.
    expect(titleHolds('Thông tư liên tịch quy định việc phối hợp giữa Viện kiểm sát nhân dân tối cao và …', queryWords('Viện kiểm sát'))).toBe(false);
  });
  it('moves those titles up behind the numbered documents, each group keeping its order', () => {
    expect(titleFirst(['n1', 'a', 'b', 't1', 'c', 't2'], new Set(['t1', 't2']), new Set(['n1']))).toEqual(['n1', 't1', 't2', 'a', 'b', 'c']);
    expect(titleFirst(['a', 'b'], new Set(), new Set())).toEqual(['a', 'b']);
  });
});
