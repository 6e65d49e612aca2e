import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clean, rawEnd, rawStart } from '../../src/lib/citations/clean.ts';
import { CORPUS, corpus } from './helpers.ts';

describe('clean', () => {
  it('folds line breaks and stray spaces inside type words and symbols', () => {
    expect(clean('Chỉ\nthị số 35-CT/TW').text).toBe('Chỉ\nthị số 35-CT/TW');
    expect(clean('Nghị quyết số 49-\n\nNQ/TU').text).toBe('Nghị quyết số 49-\nNQ/TU');
    expect(clean('a \u00a0  b').text).toBe('a b');
  });

  it('turns en and em dashes into hyphens', () => {
    expect(clean('05–CT/TW và 30/2020/NĐ—CP').text).toBe('05-CT/TW và 30/2020/NĐ-CP');
  });

  it('reads the eth of legacy fonts as Đ and a soft hyphen as a hyphen', () => {
    expect(clean('NÐ-CP, ðịnh, 57\u00adNQ/TW').text).toBe('NĐ-CP, định, 57-NQ/TW');
  });

  it('drops markdown emphasis, backslash escapes and footnote markers', () => {
    expect(clean('***“Về đẩy mạnh”*** và **Chỉ thị số 05/CT-UBND** ngày').text).toBe('“Về đẩy mạnh” và Chỉ thị số 05/CT-UBND ngày');
    expect(clean('\\*Lưu ý \\<mục 2\\> \\{x\\}').text).toBe('*Lưu ý <mục 2> {x}');
    expect(clean('Chính phủ[^1] về; 2345/QĐ-UBND¹ ngày').text).toBe('Chính phủ về; 2345/QĐ-UBND ngày');
    expect(clean('của Bộ Y tế[2], UBND thành phố(2), Điều 5(1)').text).toBe('của Bộ Y tế, UBND thành phố, Điều 5(1)');
  });

  it('maps every cleaned character back to the same character in the raw text', () => {
    const raw = corpus(CORPUS.baiChay);
    const ct = clean(raw);
    for (let i = 0; i < ct.text.length; i++) {
      const ch = ct.text[i]!;
      const r = raw[ct.map[i]!]!;
      if (ch === ' ' || ch === '\n' || ch === '-') continue;
      expect(r).toBe(ch);
    }
  });

  it('keeps offsets monotonic and inside the raw text for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ạ', ' ', '\n', '*', '_', '\\', '[', '^', ']', '–', '¹', '5', '/', '-', 'Đ', '😀') , maxLength: 200 }), (raw) => {
        const ct = clean(raw);
        expect(ct.map.length).toBe(ct.text.length + 1);
        for (let i = 1; i < ct.map.length; i++) expect(ct.map[i]!).toBeGreaterThan(ct.map[i - 1]!);
        expect(rawStart(ct, 0)).toBeGreaterThanOrEqual(0);
        expect(rawEnd(ct, ct.text.length)).toBeLessThanOrEqual(raw.length);
      }),
      { numRuns: 2000 },
    );
  });
});
