import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import {
  BOM, byIssuer, canonicalIssuer, issuerLevel, issuerProvince, issuerSlug, byType, byYear, citationsCsv, documentFeed, documentRows, endedFeed, type EndedEntry, documentsCsv, sitemapChunks, sitemapXml, timeline, UNKNOWN_YEAR, urlsetXml,
} from '../../src/lib/export/index.ts';
import { pathSlug } from '../../src/lib/slug.ts';
import { docReference } from '../../src/lib/site/format.ts';
import { siteFromEnv } from '../../src/lib/site/address.ts';
import { extractCitations } from '../../src/lib/citations/index.ts';
import { docs, entities, graph, E57, E923, LANG_SON_LETTER, LANG_SON_PLAN, PHONG_DOANH } from './fixture-graph.ts';
import type { CollectionDocument } from '../../src/lib/citations/index.ts';
import type { DocumentRow } from '../../src/lib/export/records.ts';

const SITE = 'https://vanban.test.vn';
const BAC_KAN: CollectionDocument = {
  id: 'ke-hoach-dang-uy-phuong-bac-kan', docType: 'Kế hoạch', number: null, symbol: null, year: null,
  issuer: 'Ban Thường vụ Đảng ủy phường Bắc Kạn', level: 'commune', locality: { province: 'Thái Nguyên', district: null, commune: 'Bắc Kạn' },
  date: null, title: 'Thực hiện phong trào thi đua "Năm nâng cao chất lượng cán bộ cơ sở"',
};
const rows = documentRows([...docs, BAC_KAN], entities, graph.citations);

describe('documentRows', () => {
  it('lists held documents then cited-only ones, with who cites each', () => {
    expect(rows.map((r) => r.held)).toEqual([true, true, true, true, ...entities.map(() => false)]);
    expect(rows.find((r) => r.id === LANG_SON_PLAN)?.citedBy).toEqual([LANG_SON_LETTER]);
    expect(rows.find((r) => r.id === E57)).toMatchObject({ url: `/dan-chieu/${E57}/`, citedBy: [PHONG_DOANH], level: 'central', symbolYear: null, issueYear: 2024 });
    // The year of issue never slips into the number: 923/QĐ-TTg, not 923/2025/QĐ-TTg.
    expect(docReference(rows.find((r) => r.id === E923)!)).toBe('Quyết định số 923/QĐ-TTg ngày 14/05/2025 của Thủ tướng Chính phủ');
  });
});

describe('browse slugs', () => {
  it('stay short enough for a folder name, distinct when long names differ only at the end', () => {
    const treaty = 'Chính phủ nước Cộng hòa Áo (the Government of the Republic of Austria) về (for) tránh đánh thuế hai lần (the avoidance of double taxation) và (and) ngăn ngừa việc trốn lậu thuế đối với các loại thuế đánh vào thu nhập và tài sản';
    const a = pathSlug(treaty);
    const b = pathSlug(`${treaty} (bản sửa đổi)`);
    expect(a.length).toBeLessThanOrEqual(96);
    expect(a).toMatch(/^chinh-phu-nuoc-cong-hoa-ao-the-government-of-the-republic-of-austria-[a-z0-9-]*-[0-9a-f]{8}$/);
    expect(b).not.toBe(a);
    expect(pathSlug('Ủy ban nhân dân tỉnh Lạng Sơn')).toBe('uy-ban-nhan-dan-tinh-lang-son');
  });
});

describe('CSV', () => {
  it('documents.csv round-trips through a CSV parser with diacritics intact', () => {
    const csv = documentsCsv(rows, SITE);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain('\r\n');
    const parsed = parse(csv.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(parsed).toHaveLength(rows.length);
    const plan = parsed.find((r) => r.id === LANG_SON_PLAN)!;
    expect(plan).toMatchObject({
      url: `${SITE}/van-ban/${LANG_SON_PLAN}/`, held: 'true', docType: 'Kế hoạch', number: '200', symbol: 'KH-UBND',
      date: '2021-10-09', issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn', reference: 'Kế hoạch số 200/KH-UBND ngày 09/10/2021 của UBND tỉnh Lạng Sơn',
      province: 'Lạng Sơn', citedBy: LANG_SON_LETTER,
    });
    // A title with quotes and commas stays one cell.
    expect(parsed.find((r) => r.id === BAC_KAN.id)?.title).toBe(BAC_KAN.title);
    expect(parsed.find((r) => r.id === BAC_KAN.id)?.number).toBe('');
  });

  it('citations.csv has one row per citation record with its sentence', () => {
    const parsed = parse(citationsCsv(graph.citations).slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(parsed).toHaveLength(graph.citations.length);
    expect(parsed[0]).toMatchObject({ from: PHONG_DOANH, toKind: 'external', relation: 'implements' });
    expect(parsed[0]!.context).toContain('Thực hiện Quyết định số 923/QĐ-TTg');
    // The cited document as the citation writes it, the year in its number named as documents.csv names it.
    const first = graph.citations[0]!;
    const qd24 = extractCitations('Căn cứ Quyết định số 24/2018/QĐ-UBND ngày 10/5/2018 của UBND tỉnh Lạng Sơn;')[0]!;
    const dated = parse(citationsCsv([{ ...first, citation: qd24 }]).slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(dated[0]).toMatchObject({ number: '24', symbol: 'QĐ-UBND', symbolYear: '2018' });
    expect(dated[0]).not.toHaveProperty('year');
    expect(parsed.filter((r) => r.to === '')).toHaveLength(2);
  });

  it('citations.csv leaves out a document naming its own number, as citations.json does', () => {
    const own = { ...graph.citations[0]!, to: graph.citations[0]!.from, toKind: 'self' as const };
    const parsed = parse(citationsCsv([own, ...graph.citations]).slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(parsed).toHaveLength(graph.citations.length);
    expect(parsed.some((r) => r.toKind === 'self')).toBe(false);
  });

  it('never lets a cell run as a spreadsheet formula', () => {
    const evil = documentRows([{ ...docs[0]!, title: '=HYPERLINK("http://x","y")', issuer: '+cmd', number: '@SUM(1)' }], [], []);
    const parsed = parse(documentsCsv(evil, SITE).slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(parsed[0]).toMatchObject({ title: `'=HYPERLINK("http://x","y")`, issuer: "'+cmd", number: "'@SUM(1)" });
  });
});

describe('feeds', () => {
  const { feed, undated } = documentFeed(rows, SITE);
  it('Atom: held documents newest first, dated at midnight in Hà Nội', () => {
    const atom = feed.atom1();
    const titles = [...atom.matchAll(/<entry>[\s\S]*?<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual([
      'Kế hoạch số 22/KH-UBND ngày 21/08/2025 của UBND xã Phong Doanh',
      'Công văn số 1419/VKS-VP ngày 26/10/2021 của VKSND tỉnh Lạng Sơn',
      'Kế hoạch số 200/KH-UBND ngày 09/10/2021 của UBND tỉnh Lạng Sơn',
    ]);
    expect(atom).toContain(`<id>${SITE}/van-ban/${PHONG_DOANH}/</id>`);
    expect(atom).toContain('<updated>2025-08-20T17:00:00.000Z</updated>');
    expect(atom).not.toContain('/dan-chieu/');
  });
  it('RSS carries the same items; undated documents are reported, not dropped silently', () => {
    const rss = feed.rss2();
    expect((rss.match(/<item>/g) ?? []).length).toBe(3);
    expect(rss).toContain('<language>vi</language>');
    expect(undated.map((r) => r.id)).toEqual([BAC_KAN.id]);
  });
  it('is the same on every build (no build time inside)', () => {
    expect(documentFeed(rows, SITE).feed.atom1()).toBe(feed.atom1());
  });
});

describe('the "văn bản bị thay thế" feed', () => {
  const planRow = rows.find((r) => r.id === LANG_SON_PLAN)!;
  const e57Row = rows.find((r) => r.id === E57)!;
  const entries: EndedEntry[] = [
    { row: e57Row, state: 'repealed', by: { reference: 'Kế hoạch số 22/KH-UBND ngày 21/08/2025 của UBND xã Phong Doanh', url: `/van-ban/${PHONG_DOANH}/`, date: '2025-08-21' }, from: null, sentence: 'Bãi bỏ Nghị quyết số 57-NQ/TW.', article: 'Điều 3' },
    { row: planRow, state: 'replaced', by: { reference: 'Công văn số 1419/VKS-VP', url: `/van-ban/${LANG_SON_LETTER}/`, date: '2021-10-26' }, from: '2026-01-01', sentence: 'Kế hoạch này thay thế Kế hoạch số 200/KH-UBND.', article: null },
    { row: { ...planRow, id: 'khong-ngay' }, state: 'replaced', by: { reference: 'Một văn bản không ngày', url: '/dan-chieu/x/', date: null }, from: null, sentence: 'thay thế', article: null },
  ];
  const { feed, undatedEntries } = endedFeed(entries, SITE);

  it('lists each ended document, held or cited only, by the day its end takes effect, else the ending document’s date, newest first', () => {
    const rss = feed.rss2();
    const titles = [...rss.matchAll(/<item>[\s\S]*?<title><!\[CDATA\[(.*?)\]\]><\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual([
      `${docReference(planRow)} — bị thay thế bởi Công văn số 1419/VKS-VP`,
      `${docReference(e57Row)} — bị bãi bỏ bởi Kế hoạch số 22/KH-UBND ngày 21/08/2025 của UBND xã Phong Doanh`,
    ]);
    expect(rss).toContain(`<link>${SITE}/dan-chieu/${E57}/</link>`);
    // The sentence that says so, its article, and the day of effect.
    expect(rss).toContain('Bị thay thế bởi Công văn số 1419/VKS-VP từ 01/01/2026: “Kế hoạch này thay thế Kế hoạch số 200/KH-UBND.”');
    expect(rss).toContain('(Điều 3): “Bãi bỏ Nghị quyết số 57-NQ/TW.”');
  });

  it('reports an end no text dates instead of dropping it silently', () => {
    expect(undatedEntries.map((e) => e.row.id)).toEqual(['khong-ngay']);
  });
});

describe('sitemap', () => {
  it('lists each page once, absolute, with lastmod when known', async () => {
    const xml = await sitemapXml([{ path: '/' }, { path: `/van-ban/${PHONG_DOANH}/`, lastmod: '2025-08-21' }, { path: '/' }], SITE);
    expect(xml).toContain('<urlset');
    expect((xml.match(/<url>/g) ?? []).length).toBe(2);
    expect(xml).toContain(`<loc>${SITE}/van-ban/${PHONG_DOANH}/</loc>`);
    expect(xml).toContain('<lastmod>2025-08-21');
  });
  it('beyond the limit, sitemap.xml indexes chunk files and each chunk stays under it', async () => {
    const entries = Array.from({ length: 25 }, (_, i) => ({ path: `/van-ban/d${i}/` }));
    const xml = await sitemapXml(entries, SITE, 10);
    expect(xml).toContain('<sitemapindex');
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([1, 2, 3].map((n) => `${SITE}/sitemap-${n}.xml`));
    expect(sitemapChunks(entries, 10).map((c) => c.length)).toEqual([10, 10, 5]);
    expect(await urlsetXml(sitemapChunks(entries, 10)[2]!, SITE)).toContain(`<loc>${SITE}/van-ban/d24/</loc>`);
  });
});

describe('without a site address', () => {
  it('feeds link by path, with URN ids, and say that no address was set', () => {
    const { atom, rss } = documentFeed(rows, undefined);
    const a = atom();
    expect(a).toContain(`href="/van-ban/${PHONG_DOANH}/"`);
    expect(a).toContain(`<id>urn:can-cu:/van-ban/${PHONG_DOANH}/</id>`);
    expect(a).toContain('Chưa đặt địa chỉ trang web');
    expect(a).not.toContain('.invalid');
    expect(rss()).toContain(`<link>/van-ban/${PHONG_DOANH}/</link>`);
  });
  it('the sitemap lists paths and says why, in a well-formed comment; chunks are indexed by path', async () => {
    const xml = await sitemapXml([{ path: '/' }, { path: `/van-ban/${PHONG_DOANH}/`, lastmod: '2025-08-21' }], undefined);
    expect(xml).toMatch(/<!-- Chưa đặt địa chỉ trang web[^]*?-->/);
    expect(xml.replace(/<!--[^]*?-->/, '')).not.toContain('--');
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['/', `/van-ban/${PHONG_DOANH}/`]);
    const index = await sitemapXml(Array.from({ length: 3 }, (_, i) => ({ path: `/d${i}/` })), undefined, 2);
    expect(index).toContain('<sitemapindex');
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['/sitemap-1.xml', '/sitemap-2.xml']);
  });
  it('the CSV url column holds the path', () => {
    const parsed = parse(documentsCsv(rows, undefined).slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(parsed.find((r) => r.id === PHONG_DOANH)?.url).toBe(`/van-ban/${PHONG_DOANH}/`);
  });
  it('SITE must be an absolute http(s) address, and the error says how to write it', () => {
    expect(siteFromEnv(undefined)).toBeUndefined();
    expect(siteFromEnv('  ')).toBeUndefined();
    expect(siteFromEnv('https://vanban.test.vn')).toBe('https://vanban.test.vn/');
    expect(() => siteFromEnv('vanban.test.vn')).toThrow(/SITE="vanban.test.vn" is not an absolute address/);
    expect(() => siteFromEnv('ftp://vanban.test.vn')).toThrow(/https:\/\//);
  });
});

describe('one issuer per body', () => {
  it('reads abbreviations, the chairman and the old spelling as the body itself', () => {
    for (const name of ['Ủy ban nhân dân tỉnh Lạng Sơn', 'UBND tỉnh Lạng Sơn', 'Chủ tịch UBND tỉnh Lạng Sơn', 'Uỷ ban nhân dân Tỉnh Lạng Sơn', 'Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn']) {
      expect(canonicalIssuer(name), name).toBe('Ủy ban nhân dân tỉnh Lạng Sơn');
    }
    expect(canonicalIssuer('UBND TP Hồ Chí Minh')).toBe('Ủy ban nhân dân thành phố Hồ Chí Minh');
    expect(canonicalIssuer('Ban thường vụ Tỉnh uỷ Quảng Ninh')).toBe('Ban Thường vụ Tỉnh ủy Quảng Ninh');
    // Not a committee: left as written.
    expect(canonicalIssuer('Chủ tịch nước')).toBe('Chủ tịch nước');
    // A minister or governor issues for the ministry or bank; the real documents write those several ways.
    for (const name of ['Bộ trưởng Bộ Tài chính', 'Bộ trường Bộ Tài chính', 'Bộ Tài chính']) expect(canonicalIssuer(name), name).toBe('Bộ Tài chính');
    for (const name of ['THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC VIỆT NAM', 'Thống đốc NHNN', 'Ngân hàng Nhà nước', 'Ngân hàng Nhà nước Việt Nam']) {
      expect(canonicalIssuer(name), name).toBe('Ngân hàng Nhà nước Việt Nam');
    }
    for (const name of ['Quốc Hội', 'Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam']) expect(canonicalIssuer(name), name).toBe('Quốc hội');
    expect(canonicalIssuer('Tổng cục thuế')).toBe('Tổng cục Thuế');
    // "Bộ trưởng" alone (no ministry after it) is not a ministry's name.
    expect(canonicalIssuer('Bộ trưởng')).toBe('Bộ trưởng');
  });
  it('reads the Central Committee, the Quốc hội of a term and the General Secretary each as one body, and OCR’s one-letter slips in central names', () => {
    for (const name of ['Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương Đảng khóa XII', 'Ban Chấp hành Trung ương Đảng khoá XI', 'Hội nghị Trung ương 6 khóa XII', 'BCH Trung ương']) {
      expect(canonicalIssuer(name), name).toBe('Ban Chấp hành Trung ương');
    }
    expect(canonicalIssuer('Quốc hội khóa X')).toBe('Quốc hội');
    expect(canonicalIssuer('Tổng Bí thư Tô Lâm')).toBe('Tổng Bí thư');
    // Citations in the bundled collection's scans: "của Chính pha", "của Bộ trưởng Bộ Tài khính".
    for (const [ocr, body] of [['Chính pha', 'Chính phủ'], ['Chính phi', 'Chính phủ'], ['Bộ Tài khính', 'Bộ Tài chính'], ['Bộ trưởng Bộ Tài khính', 'Bộ Tài chính'], ['Tống cục Thuế', 'Tổng cục Thuế'], ['Bộ trường Bộ Tài chính', 'Bộ Tài chính']]) expect(canonicalIssuer(ocr!), ocr).toBe(body);
    // Two letters off is another name, not a slip.
    expect(canonicalIssuer('Chính quyền')).toBe('Chính quyền');
  });
  it('knows the level a name states, with centrally-run cities as provinces', () => {
    expect(issuerLevel('Ủy ban nhân dân thành phố Hồ Chí Minh')).toBe('province');
    expect(issuerLevel('Ủy ban nhân dân thành phố Hà Nội')).toBe('province');
    expect(issuerLevel('Ủy ban nhân dân thành phố Lạng Sơn')).toBe('district');
    expect(issuerLevel('Ủy ban nhân dân tỉnh Lạng Sơn')).toBe('province');
    expect(issuerLevel('Ủy ban nhân dân quận Tân Bình')).toBe('district');
    expect(issuerLevel('Ủy ban nhân dân xã Phong Doanh')).toBe('commune');
    expect(issuerLevel('Bộ Văn hóa, Thể thao và Du lịch')).toBe('central');
    expect(issuerLevel('Ban Tuyên giáo và Dân vận Trung ương')).toBe('central');
    expect(issuerLevel('Hội đồng Thi đua - Khen thưởng')).toBeNull();
    for (const name of ['Văn phòng Quốc hội', 'Thanh tra Chính phủ', 'Ủy ban Pháp luật và Tư pháp', 'Tổng Bí thư', 'Đảng ủy Chính phủ', 'Kiểm toán nhà nước']) expect(issuerLevel(name), name).toBe('central');
    expect(issuerLevel('Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn')).toBe('province');
    // A Party committee with no place named has no level it states.
    expect(issuerLevel('Ban Thường vụ Đảng ủy')).toBeNull();
    expect(issuerProvince('Ủy ban nhân dân thành phố Hồ Chí Minh')).toBe('Hồ Chí Minh');
    expect(issuerProvince('Ban Thường vụ Tỉnh ủy Quảng Ninh')).toBe('Quảng Ninh');
  });
  it('groups the three spellings of one committee on one page, and files unknown issuers under no level', () => {
    const row = (id: string, issuer: string | null, held: boolean, symbol = 'CT-UBND') =>
      ({ ...rows[0]!, id, issuer, held, symbol, level: held ? ('province' as const) : null, province: null }) as DocumentRow;
    const levels = byIssuer([
      row('a', 'Ủy ban nhân dân tỉnh Lạng Sơn', true),
      row('b', 'UBND tỉnh Lạng Sơn', false),
      row('c', 'Chủ tịch UBND tỉnh Lạng Sơn', false),
      row('d', 'UBND TP Hồ Chí Minh', false),
      row('e', null, false, 'CT-TTg'),
    ]);
    const all = levels.flatMap((l) => l.issuers.map((g) => ({ ...g, levelSlug: l.slug })));
    const ls = all.filter((g) => g.label === 'Ủy ban nhân dân tỉnh Lạng Sơn');
    expect(ls).toHaveLength(1);
    expect(ls[0]).toMatchObject({ levelSlug: 'tinh', slug: issuerSlug('Chủ tịch UBND tỉnh Lạng Sơn') });
    expect(ls[0]!.held.length + ls[0]!.cited.length).toBe(3);
    expect(all.find((g) => g.label === 'Ủy ban nhân dân thành phố Hồ Chí Minh')).toMatchObject({ levelSlug: 'tinh', province: 'Hồ Chí Minh' });
    expect(all.find((g) => g.label === 'Chưa rõ cơ quan ban hành')).toMatchObject({ levelSlug: 'chua-ro' });
  });
});

describe('browse groupings', () => {
  it('by type with counts of held and cited-only documents', () => {
    const t = byType(rows);
    expect(t[0]).toMatchObject({ slug: 'ke-hoach', label: 'Kế hoạch' });
    expect(t[0]!.held).toHaveLength(3);
    expect(t[0]!.cited).toHaveLength(1);
    expect(t.find((g) => g.slug === 'nghi-quyet')?.cited).toHaveLength(2);
  });
  it('by year, newest first, undated last', () => {
    const y = byYear(rows);
    expect(y.map((g) => g.label)).toEqual(['2025', '2024', '2021', 'Chưa rõ năm']);
    expect(y.at(-1)?.slug).toBe(UNKNOWN_YEAR);
    expect(y.at(-1)?.held.map((r) => r.id)).toEqual([BAC_KAN.id]);
  });
  it('by issuer grouped by level: trung ương, tỉnh, xã', () => {
    const levels = byIssuer(rows);
    expect(levels.map((l) => l.slug)).toEqual(['trung-uong', 'tinh', 'xa']);
    const tinh = levels.find((l) => l.slug === 'tinh')!;
    expect(tinh.issuers.map((i) => i.label)).toContain('Ủy ban nhân dân tỉnh Lạng Sơn');
    // Cited as "UBND tỉnh Ninh Bình": grouped under the body's full name.
    expect(tinh.issuers.map((i) => i.label)).toContain('Ủy ban nhân dân tỉnh Ninh Bình');
    const xa = levels.find((l) => l.slug === 'xa')!;
    expect(xa.issuers.map((i) => i.slug)).toEqual(['ban-thuong-vu-dang-uy-phuong-bac-kan', 'uy-ban-nhan-dan-xa-phong-doanh'].sort());
  });
  it('timeline counts documents per month', () => {
    const t = timeline(rows);
    expect(t.map((y) => [y.year, y.total])).toEqual([[2021, 2], [2025, 1]]);
    expect(t[0]!.months[9]).toBe(2);
  });
});
