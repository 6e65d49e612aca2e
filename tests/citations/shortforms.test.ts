import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/lib/citations/index.ts';
import type { Citation } from '../../src/lib/citations/models.ts';
import { CORPUS, corpus } from './helpers.ts';

/** The full citation a short form stands for (its index), or null. */
const ref = (c: Citation) => (c.form === 'short' ? c.refersTo : null);

describe('short forms and aliases', () => {
  const cits = extractCitations(corpus(CORPUS.baiChay));

  it('resolves "Quy định 114" (defined by "sau đây gọi là") to its full citation', () => {
    const shorts = cits.filter((c) => (c.form === 'short') && c.number === '114');
    expect(shorts.length).toBeGreaterThanOrEqual(2);
    for (const s of shorts) {
      const full = cits[ref(s)!]!;
      expect(full.symbol).toBe('QĐ/TW');
      expect(full.number).toBe('114');
      expect((full.form === 'short')).toBe(false);
    }
  });

  it('resolves "Chỉ thị 37" and "Quy định số 117" to their full citations', () => {
    const c37 = cits.find((c) => c.text === 'Chỉ thị 37')!;
    expect((c37.form === 'short')).toBe(true);
    expect(cits[ref(c37)!]!.symbol).toBe('CT/TU');
    const q117 = cits.filter((c) => (c.form === 'short') && c.number === '117');
    expect(q117.length).toBe(5);
    expect(q117.every((c) => cits[ref(c)!]!.symbol === 'QĐ/TW')).toBe(true);
  });

  it('recognises "Đề án 06" after "(gọi tắt là Đề án 06)"', () => {
    expect(cits.filter((c) => c.docType === 'Đề án' && (c.form === 'short')).length).toBe(13);
  });

  it('marks an alias defined with a full symbol as a short form of the first citation', () => {
    const bk = extractCitations(corpus(CORPUS.bacKan));
    const alias = bk.find((c) => c.text === 'Kế hoạch 148-KH/ĐU')!;
    expect((alias.form === 'short')).toBe(true);
    expect(bk[ref(alias)!]!.date).toBe('2026-05-14');
  });

  it('never makes "… này" or "Kế hoạch 5 năm" a citation', () => {
    const text = 'Thực hiện Kế hoạch 5 năm (2021 - 2025). Khoản 5, Điều 6 Quy định này; Kế hoạch này; Kế hoạch số 12/KH-UBND; Kế hoạch 12 tháng.';
    const out = extractCitations(text);
    expect(out.map((c) => c.text)).toEqual(['Kế hoạch số 12/KH-UBND']);
    const ls = extractCitations(corpus(CORPUS.langSon));
    expect(ls.some((c) => /Kế hoạch 0?5 năm/.test(c.text))).toBe(false);
  });

  it('reads a capitalised type word + number as a short name only where a name ends ("về", "của", punctuation)', () => {
    const named = extractCitations('Thực hiện Quy định 144 về chuẩn mực đạo đức; Nghị quyết 57 của Bộ Chính trị.');
    expect(named.map((c) => [c.text, (c.form === 'short'), ref(c)])).toEqual([
      ['Quy định 144', true, null],
      ['Nghị quyết 57', true, null],
    ]);
    // After its full citation, "năm 2024" does not stop a short form.
    const after = extractCitations('Báo cáo kết quả thực hiện Chỉ thị 05 năm 2024. Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.');
    expect(after.map((c) => [c.text, (c.form === 'short')])).toEqual([
      ['Chỉ thị 05', true],
      ['Chỉ thị số 05-CT/TW', false],
    ]);
    expect(extractCitations('Kế hoạch 3 bước thực hiện; Quyết định 2 lần trong năm; Báo cáo 6 tháng, Kế hoạch 2025, quy định 12 về')).toEqual([]);
  });
});

describe('short forms after a dropped candidate (found by the fuzz suite)', () => {
  it('a short form still points at its full citation when a candidate before it is dropped as a title over a numbered line', () => {
    // "Quy định⏎1)" is a heading over a numbered section, dropped after short forms were resolved; the indices moved.
    const text = 'Chỉ\nthị 02 Quy định\n1)Chi thị 02/C';
    const v = extractCitations(text);
    for (const c of v) if (c.form === 'short' && c.refersTo !== null) expect(v[c.refersTo], c.text).toBeDefined();
    const short = v.find((c) => c.form === 'short');
    if (short?.form === 'short' && short.refersTo !== null) expect(v[short.refersTo]!.form).toBe('full');
  });
});
