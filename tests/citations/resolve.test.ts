import { describe, expect, it } from 'vitest';
import { createResolver, extractCitations } from '../../src/lib/citations/index.ts';
import { CORPUS, corpus, doc } from './helpers.ts';

const langSonPlan = doc({
  id: 'ke-hoach-200-kh-ubnd-lang-son',
  number: '200',
  symbol: 'KH-UBND',
  issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn',
  level: 'province',
  locality: { province: 'Lạng Sơn', district: null, commune: null },
  date: '2021-10-09',
});
const langSonLetter = doc({
  id: 'cong-van-1419-vks-vp',
  docType: 'Công văn/Văn bản',
  number: '1419',
  symbol: 'VKS-VP',
  issuer: 'Viện kiểm sát nhân dân tỉnh Lạng Sơn',
  level: 'province',
  locality: { province: 'Lạng Sơn', district: null, commune: null },
  date: '2021-10-26',
});
const otherPlan200 = doc({
  id: 'ke-hoach-200-kh-ubnd-cao-bang',
  number: '200',
  symbol: 'KH-UBND',
  issuer: 'Ủy ban nhân dân tỉnh Cao Bằng',
  level: 'province',
  locality: { province: 'Cao Bằng', district: null, commune: null },
  date: '2021-10-09',
});

describe('resolver', () => {
  it('resolves the Lạng Sơn letter 1419/VKS-VP to the held plan 200/KH-UBND of UBND tỉnh Lạng Sơn', () => {
    const resolve = createResolver([langSonPlan, langSonLetter, otherPlan200]);
    const cits = extractCitations(corpus(CORPUS.langSon).slice(0, 3000), { self: langSonLetter });
    const c200 = cits.filter((c) => c.number === '200');
    expect(c200.length).toBe(4);
    for (const c of c200) expect(resolve(c, langSonLetter)).toEqual({ kind: 'held', id: langSonPlan.id });
  });

  it('resolves a citation whose central issuer OCR misread by one letter (“của Chính pha”) to the held document', () => {
    const nd209 = doc({ id: 'nghi-dinh-209-nd-cp-2013-chinh-phu', docType: 'Nghị định', number: '209', symbol: 'NĐ-CP', year: 2013, issuer: 'Chính phủ', level: 'central', date: '2013-12-18' });
    const letter = doc({ id: 'cv-1', docType: 'Công văn/Văn bản', number: '1', symbol: 'TCT-CS', issuer: 'Tổng cục Thuế', level: 'central', date: '2017-01-02' });
    const resolve = createResolver([nd209, letter]);
    for (const text of ['Căn cứ Nghị định số 209/2013/NĐ-CP ngày 18/12/2013 của Chính pha quy định chi tiết.', 'theo Nghị định số 209/2013/NĐ-CP của Bộ Tài khính']) {
      const c = extractCitations(text)[0]!;
      expect(resolve(c, letter), text).toEqual(text.includes('Chính pha') ? { kind: 'held', id: nd209.id } : { kind: 'external', key: expect.any(String) });
    }
  });

  it('finds a held law cited by its name with its date of issue, and only with it', () => {
    // The held law's title is as its header prints it, in capitals; its name was re-enacted (2006, 2019).
    const qlt2019 = doc({ id: 'luat-38-qh14-2019-quoc-hoi', docType: 'Luật', number: '38', symbol: 'QH14', year: 2019, issuer: 'Quốc hội', level: 'central', date: '2019-06-13', title: 'QUẢN LÝ THUẾ' });
    const letter = doc({ id: 'cv-2', docType: 'Công văn/Văn bản', number: '2', symbol: 'TCT-CS', issuer: 'Tổng cục Thuế', level: 'central', date: '2021-03-01' });
    const resolve = createResolver([qlt2019, letter]);
    const one = (text: string) => resolve(extractCitations(text).find((c) => c.form === 'name')!, letter);
    expect(one('Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;')).toEqual({ kind: 'held', id: qlt2019.id });
    expect(one('Căn cứ Luật Quản lý thuế ngày 13/06/2019;')).toEqual({ kind: 'held', id: qlt2019.id });
    // Without a date the name may be the 2006 law's; with another date it is another law.
    expect(one('theo quy định của Luật Quản lý thuế;')).toEqual({ kind: 'external', key: expect.any(String) });
    expect(one('Căn cứ Luật Quản lý thuế ngày 29 tháng 11 năm 2006;')).toEqual({ kind: 'external', key: expect.any(String) });
    // Another law issued the same day is not it.
    expect(one('Căn cứ Luật Kế toán ngày 13 tháng 6 năm 2019;')).toEqual({ kind: 'external', key: expect.any(String) });
  });

  it('finds the held document of a number whose citation misdates it in another year, and not one of another day that year', () => {
    const tt26 = doc({ id: 'thong-tu-26-tt-btc-2015-bo-tai-chinh', docType: 'Thông tư', number: '26', symbol: 'TT-BTC', year: 2015, issuer: 'Bộ Tài chính', level: 'central', date: '2015-02-27' });
    const letter = doc({ id: 'cv-3', docType: 'Công văn/Văn bản', number: '3', symbol: 'TCT-CS', issuer: 'Tổng cục Thuế', level: 'central', date: '2018-03-01' });
    const resolve = createResolver([tt26, letter]);
    const one = (text: string) => resolve(extractCitations(text)[0]!, letter);
    // A number's year is the year of issue: 2017 cannot be this circular's, the number is trusted.
    expect(one('theo Thông tư số 26/2015/TT-BTC ngày 27/02/2017 của Bộ Tài chính')).toEqual({ kind: 'held', id: tt26.id });
    expect(one('theo Thông tư số 26/2015/TT-BTC ngày 27/3/2015 của Bộ Tài chính')).toEqual({ kind: 'external', key: expect.any(String) });
  });

  it('marks two UBNDs’ 200/KH-UBND ambiguous unless issuer or locality decides', () => {
    const resolve = createResolver([langSonPlan, otherPlan200]);
    const central = doc({ id: 'bo-noi-vu-x', level: 'central', date: '2022-01-01' });
    const [bare] = extractCitations('Thực hiện Kế hoạch số 200/KH-UBND ngày 09/10/2021;');
    expect(resolve(bare!, central)).toEqual({ kind: 'external', key: expect.any(String) });
    const [byIssuer] = extractCitations('Thực hiện Kế hoạch số 200/KH-UBND ngày 09/10/2021 của UBND tỉnh Cao Bằng;');
    expect(resolve(byIssuer!, central)).toEqual({ kind: 'held', id: otherPlan200.id });
    // Both issuers fit "UBND tỉnh" only through the citing document's own province.
    const langSonCiting = doc({ id: 'x', date: '2022-01-01', locality: { province: 'Lạng Sơn', district: null, commune: null } });
    const [vague] = extractCitations('Thực hiện Kế hoạch số 200/KH-UBND của UBND tỉnh;');
    expect(resolve(vague!, langSonCiting)).toEqual({ kind: 'held', id: langSonPlan.id });
    // Two held documents that both fit: never guess.
    const twin = { ...otherPlan200, id: 'ke-hoach-200-kh-ubnd-lang-son-ban-sao', issuer: 'UBND tỉnh Lạng Sơn', locality: { province: 'Lạng Sơn', district: null, commune: null } };
    const both = createResolver([langSonPlan, twin]);
    expect(both(vague!, langSonCiting)).toEqual({ kind: 'ambiguous', candidates: [langSonPlan.id, twin.id] });
  });

  it('reads "Ủy ban nhân dân Thành phố" in a Tân Bình plan as TP. Hồ Chí Minh', () => {
    const tanBinh = doc({ id: 'kh-218', number: '218', symbol: 'KH-UBND', issuer: 'Ủy ban nhân dân quận Tân Bình', level: 'district', locality: { province: 'Thành phố Hồ Chí Minh', district: 'Tân Bình', commune: null }, date: '2023-06-08' });
    const hcm = doc({ id: 'kh-1821-hcm', number: '1821', symbol: 'KH-UBND', issuer: 'Ủy ban nhân dân Thành phố Hồ Chí Minh', level: 'province', locality: { province: 'Thành phố Hồ Chí Minh', district: null, commune: null }, date: '2023-05-05' });
    const haNoi = doc({ id: 'kh-1821-hn', number: '1821', symbol: 'KH-UBND', issuer: 'Ủy ban nhân dân Thành phố Hà Nội', level: 'province', locality: { province: 'Hà Nội', district: null, commune: null }, date: '2023-05-05' });
    const resolve = createResolver([tanBinh, hcm, haNoi]);
    const c = extractCitations(corpus(CORPUS.tanBinh), { self: tanBinh }).find((x) => x.number === '1821')!;
    expect(c.issuer).toBe('Ủy ban nhân dân Thành phố');
    expect(resolve(c, tanBinh)).toEqual({ kind: 'held', id: 'kh-1821-hcm' });
  });

  it('never resolves to a document newer than the citing one', () => {
    const newer = doc({ id: 'nq-57-new', docType: 'Nghị quyết', number: '57', symbol: 'NQ/TW', issuer: 'Bộ Chính trị', level: 'central', date: '2030-01-01' });
    const citing = doc({ id: 'c', date: '2025-08-21' });
    const [c] = extractCitations('Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị');
    expect(createResolver([newer])(c!, citing).kind).toBe('external');
  });

  it('never resolves 34-CT/TU to 34-CT/TW', () => {
    const tw = doc({ id: 'ct-34-tw', docType: 'Chỉ thị', number: '34', symbol: 'CT/TW', issuer: 'Bộ Chính trị', level: 'central', date: '2014-04-07' });
    const citing = doc({ id: 'c', date: '2023-11-04', locality: { province: 'Quảng Ninh', district: null, commune: null } });
    const [tu] = extractCitations('Chỉ thị số 34-CT/TU, ngày 23/6/2023 của Ban thường vụ Tỉnh uỷ');
    expect(createResolver([tw])(tu!, citing).kind).toBe('external');
  });

  it('recognises the citing document itself', () => {
    const self = doc({ id: 'kh-22', number: '22', symbol: 'KH-UBND', date: '2025-08-21' });
    const [c] = extractCitations('triển khai Kế hoạch số 22/KH-UBND ngày 21/8/2025 của UBND xã');
    expect(createResolver([self])(c!, self)).toEqual({ kind: 'self' });
  });
});
