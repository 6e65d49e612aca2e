/** Repair of document symbols misread by OCR: only to a known code, only one confusion away, always reported. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repairSymbols } from '../../src/lib/import/formats/ocr-symbols.ts';
import { CORPUS, CORPUS_DIR } from './helpers.ts';

describe('repairSymbols', () => {
  it('undoes the confusions Tesseract makes in symbols, and lists each repair', () => {
    const r = repairSymbols('Quy định số 114-QĐ/IW, 80-QĐĐ/TW, Nghị quyết số 71/NÑQ-CP và Chỉ thị số 37-C T/TU.');
    expect(r.text).toBe('Quy định số 114-QĐ/TW, 80-QĐ/TW, Nghị quyết số 71/NQ-CP và Chỉ thị số 37-CT/TU.');
    expect(r.repaired).toEqual(['37-CT… (đọc được: 37-C T…)', '114-QĐ/TW (đọc được: 114-QĐ/IW)', '80-QĐ/TW (đọc được: 80-QĐĐ/TW)', '71/NQ-CP (đọc được: 71/NÑQ-CP)']);
  });

  it('leaves unknown codes that are not one confusion from a known one, and ambiguous ones', () => {
    const text = 'Số 12/BQLDA-KT, 5/XYZ-ABC, Kế hoạch 3/KH-UBND, số 10/2024/TT-BNV.';
    expect(repairSymbols(text)).toEqual({ text, repaired: [] });
  });

  it.each(CORPUS)('changes nothing in the typed text of %s', (name) => {
    const text = readFileSync(join(CORPUS_DIR, name), 'utf8');
    expect(repairSymbols(text)).toEqual({ text, repaired: [] });
  });
});
