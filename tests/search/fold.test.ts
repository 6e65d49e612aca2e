import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { foldAligned, fromIndexForm, hasDiacritics, STROKE, toIndexForm } from '../../src/lib/search/fold.ts';
import { foldDiacritics } from '../../src/lib/vietnamese.ts';

const phongDoanh = readFileSync('content/sources/2025-08-21-kh-22-ubnd-xa-phong-doanh.txt', 'utf8');

describe('foldDiacritics', () => {
  it('folds tone marks, vowel marks and đ/Đ', () => {
    expect(foldDiacritics('Nghị quyết 57')).toBe('nghi quyet 57');
    expect(foldDiacritics('chuyển đổi số')).toBe('chuyen doi so');
    expect(foldDiacritics('Đảng ủy')).toBe('dang uy');
    expect(foldDiacritics('ĐỘT PHÁ')).toBe('dot pha');
    expect(foldDiacritics('Thuỷ, thủy, Ưu, ơn')).toBe('thuy, thuy, uu, on');
  });

  it('folds decomposed (NFD) input the same as composed', () => {
    expect(foldDiacritics('Nghị quyết'.normalize('NFD'))).toBe('nghi quyet');
  });

  it('keeps one folded character per source character on a real document', () => {
    const { folded, source, nfc } = foldAligned(phongDoanh);
    expect(folded.length).toBe(source.length);
    expect(folded).toContain('chuyen doi so');
    const at = folded.indexOf('nghi quyet so 57-nq/tw');
    expect(at).toBeGreaterThan(0);
    expect(nfc.slice(source[at], source[at + 'nghi quyet so 57-nq/tw'.length - 1]! + 1)).toBe('Nghị quyết số 57-NQ/TW');
  });
});

describe('index form', () => {
  it('writes đ as d + combining short stroke and reads it back', () => {
    expect(toIndexForm('Đảng ủy đột phá')).toBe(`D${STROKE}ảng ủy d${STROKE}ột phá`);
    expect(fromIndexForm(toIndexForm('Đảng ủy đột phá'))).toBe('Đảng ủy đột phá');
  });

  it('round-trips a whole corpus document unchanged', () => {
    const nfc = phongDoanh.normalize('NFC');
    const indexed = toIndexForm(nfc);
    expect(indexed).not.toMatch(/[đĐ]/);
    expect(fromIndexForm(indexed)).toBe(nfc);
  });

  it('folds like Pagefind does: stripping marks turns the index form into plain d', () => {
    const pagefindFold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    expect(pagefindFold(toIndexForm('đột phá'))).toBe('dot pha');
    expect(pagefindFold(toIndexForm('Đảng ủy'))).toBe('dang uy');
  });
});

describe('hasDiacritics', () => {
  it('tells typed diacritics apart from plain letters', () => {
    expect(hasDiacritics('chuyen doi so')).toBe(false);
    expect(hasDiacritics('NGHI QUYET 57-NQ/TW')).toBe(false);
    expect(hasDiacritics('chuyển đổi số')).toBe(true);
    expect(hasDiacritics('dang ủy')).toBe(true);
    expect(hasDiacritics('đ')).toBe(true);
  });
});
