import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/lib/citations/index.ts';

const read = (name: string) => readFileSync(`content/sources/${name}`, 'utf8');

describe('the "về …" title clause', () => {
  it('keeps a document cited inside the clause as part of the title', () => {
    const cits = extractCitations(read('2025-08-21-kh-22-ubnd-xa-phong-doanh.txt'));
    const kl69 = cits.find((c) => c.number === '69' && c.symbol === 'KL/TW' && c.title);
    expect(kl69?.title).toMatch(/^tiếp tục thực hiện Nghị quyết số 20-NQ\/TW ngày 01\/11\/2012 của Ban Chấp hành Trung ương Đảng khóa XI về phát triển khoa học và công nghệ/);
  });

  it('cuts a long clause at a word boundary and marks the cut', () => {
    const cits = extractCitations(read('2021-10-26-cv-1419-vks-lang-son-kem-kh-200-ubnd.txt'));
    const nq49 = cits.find((c) => c.number === '49' && c.symbol === 'NQ/TU');
    expect(nq49?.title).toBeTruthy();
    const title = nq49!.title!;
    expect(title.endsWith(' …')).toBe(true);
    const lastWord = title.slice(0, -2).split(' ').pop()!;
    // The last kept word is a whole word of the source sentence.
    expect(read('2021-10-26-cv-1419-vks-lang-son-kem-kh-200-ubnd.txt')).toMatch(new RegExp(`${lastWord}[ ,;.]`));
  });
});

describe('local congress resolutions cited by name', () => {
  it('"Đảng bộ tỉnh lần thứ XVII" in a Lạng Sơn plan and "Đảng bộ tỉnh Lạng Sơn lần thứ XVII" are one entity', async () => {
    const { citationEntityId } = await import('../../src/lib/citations/identity.ts');
    const citing = {
      id: 'x', docType: 'Kế hoạch', number: '200', symbol: 'KH-UBND', year: null, issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn',
      level: 'province' as const, locality: { province: 'Lạng Sơn', district: null, commune: null }, date: '2021-10-09', title: null,
    };
    const text = 'theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII và Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVII.';
    const named = extractCitations(text, { self: citing }).filter((c) => c.byName);
    expect(named).toHaveLength(2);
    const ids = named.map((c) => citationEntityId(c, citing));
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).toContain('lang-son');
  });
});

describe('line starts that look like headers', () => {
  it('reads a law whose number wraps onto the next line after a trailing space', () => {
    const text = 'Căn cứ Luật Phòng, chống tham nhũng \nsố 36 /2018/QH14 ngày 20/11/2018;';
    const [c] = extractCitations(text);
    expect(c).toMatchObject({ docType: 'Luật', number: '36', year: 2018, symbol: 'QH14', date: '2018-11-20', byName: false });
    expect(c!.text).toBe('Luật Phòng, chống tham nhũng \nsố 36 /2018/QH14');
  });

  it('still skips a header "Số:" line and a "Số 15/2024/TT-BYT" line', () => {
    expect(extractCitations('BỘ Y TẾ\nSố: 15/2024/TT-BYT\nHà Nội')).toEqual([]);
    expect(extractCitations('BỘ Y TẾ\nSố 15/2024/TT-BYT\nHà Nội')).toEqual([]);
  });

  it('does not read a title line over a numbered section as a citation', () => {
    const text = 'HƯỚNG DẪN\n\n1. Nội dung theo Quyết định số 12/QĐ-UBND ngày 02/01/2024.';
    expect(extractCitations(text).map((c) => c.text)).toEqual(['Quyết định số 12/QĐ-UBND']);
  });
});
