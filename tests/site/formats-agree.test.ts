/**
 * Every output writes a document's number and issuer the same way (issue 14): the
 * page (its reference and the labels other pages give it), documents.csv,
 * documents.json, the feeds, the chain graph and the search index all take them
 * from src/lib/site/format.ts. Built from the bundled collection, where cited-only
 * documents such as 19/CT-TTg and 749/QĐ-TTg were once written with their year of
 * issue (19/2021/CT-TTg), and an issuer was "VKSND" on pages but "Viện kiểm sát
 * nhân dân" in feeds and in the graph.
 */
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { documentRecords } from '../../src/lib/document.ts';
import { documentFeed, documentRows, documentsCsv } from '../../src/lib/export/index.ts';
import { issuerGroupLabel } from '../../src/lib/export/browse.ts';
import { indexChains, collectChainEdges, nodeLines, wrap } from '../../src/lib/graph/index.ts';
import { CHARS_PER_LINE } from '../../src/lib/graph/layout.ts';
import { indexedNumber } from '../../src/lib/search/build-index.ts';
import { fromIndexForm } from '../../src/lib/search/fold.ts';
import { NUMBER_FIELD } from '../../src/lib/search/numbers.ts';
import { rewriteForIndex } from '../../src/lib/search/rewrite.ts';
import { buildSiteData } from '../../src/lib/site/collection.ts';
import { capacityLines, docReference, formatDate, fullIssuer, labelled, numberSymbol, pageName, shortIssuer, shortName } from '../../src/lib/site/format.ts';
import { loadDocuments } from '../../src/lib/site/load.ts';
import { openDocuments } from '../../src/lib/site/open-data.ts';
import { outgoingPanel } from '../../src/lib/site/panels.ts';
import { referenceOf } from '../../src/lib/site/status.ts';
import { searchPages } from '../../src/lib/site/search-pages.ts';

const DIR = resolve('content/documents');
const data = buildSiteData(loadDocuments(DIR), DIR);
const docs = data.documents.map((d) => d.projection);
const entities = [...data.entities.values()];
const rows = documentRows(docs, entities, data.graph.citations);
const reference = referenceOf(data);

// documents.json as a reader (and the search indexer) gets it: through JSON.
const json = new Map(
  (JSON.parse(JSON.stringify(openDocuments(data))) as Array<Record<string, unknown> & { id: string }>).map((d) => [d.id, d]),
);
const csv = new Map(
  (parse(documentsCsv(rows, undefined), { columns: true, bom: true }) as Array<Record<string, string>>).map((r) => [r.id!, r]),
);
const chains = indexChains(documentRecords(docs, entities), collectChainEdges(data.graph));
const atom = documentFeed(rows, undefined, Infinity).atom();
const rss = documentFeed(rows, undefined, Infinity).rss();
const itemsOf = (xml: string, tag: 'entry' | 'item') =>
  new Map([...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => {
    const body = m[1]!;
    const link = /<link(?: href="([^"]+)"[^>]*\/>|>([^<]+)<\/link>)/.exec(body)!;
    return [link[1] ?? link[2]!, body] as const;
  }));
const atomEntries = itemsOf(atom, 'entry');
const rssItems = itemsOf(rss, 'item');
const cdata = (body: string, tag: string) => new RegExp(`<${tag}[^>]*><!\\[CDATA\\[([\\s\\S]*?)\\]\\]></${tag}>`).exec(body)?.[1] ?? null;

// What the search index is built from (the bodies are not read here).
const indexed = new Map(searchPages(data, { bodyFile: (id) => `${id}.html` }).map((p) => [p.url, p]));

/** The number a search result shows, the way it gets there: site data → page to index → index copy → result. */
function searchNumber(id: string): string | null {
  const page = indexed.get(String(json.get(id)!.url));
  const copy = rewriteForIndex('<html><body><main data-pagefind-body></main></body></html>', [], indexedNumber(page!));
  const meta = new RegExp(`data-pagefind-meta="${NUMBER_FIELD}:([^"]*)"`).exec(copy)?.[1];
  return meta === undefined ? null : fromIndexForm(meta);
}

/** The one writing of a document every output must agree with. */
function expected(id: string) {
  const held = data.byId.get(id);
  const entity = data.entities.get(id);
  const d = held ? labelled(held.projection) : labelled(entity!);
  return { ns: numberSymbol(d), ref: docReference(d), short: shortIssuer(d.issuer), full: fullIssuer(d.issuer), body: d.issuer ? issuerGroupLabel(d.issuer) : null, name: shortName(d), held: !!held };
}

function checkEverywhere(id: string): void {
  const want = expected(id);
  const row = csv.get(id)!;
  const rec = json.get(id)!;
  const node = chains.nodes.get(id)!;
  // Page: how the site names it (status lines, panels of the documents citing it).
  expect(reference(id), `page reference of ${id}`).toBe(want.ref);
  // CSV and JSON: the reference and the full issuer.
  expect(row.reference, `CSV reference of ${id}`).toBe(want.ref);
  expect(row.issuer || null, `CSV issuer of ${id}`).toBe(want.full);
  expect(rec.reference, `JSON reference of ${id}`).toBe(want.ref);
  expect(rec.issuer, `JSON issuer of ${id}`).toBe(want.full);
  // …and the body, as /co-quan/ groups it.
  expect(rec.issuerBody ?? null, `JSON issuer body of ${id}`).toBe(want.body);
  expect(row.issuerBody || null, `CSV issuer body of ${id}`).toBe(want.body);
  expect(numberSymbol({ number: rec.number as string | null, symbol: rec.symbol as string | null, symbolYear: rec.symbolYear as number | null }), `JSON number of ${id}`).toBe(want.ns);
  expect(String(rec.symbolYear ?? ''), `CSV and JSON symbolYear of ${id}`).toBe(row.symbolYear);
  expect(String(rec.issueYear ?? ''), `CSV and JSON issueYear of ${id}`).toBe(row.issueYear);
  // Graph: the lists under the picture and the boxes in it.
  expect(docReference(node), `graph reference of ${id}`).toBe(want.ref);
  const box = [...wrap(want.name, CHARS_PER_LINE, 2), ...(want.short ? wrap(want.short, CHARS_PER_LINE, 3) : []), ...(node.date ? [formatDate(node.date)!] : [])];
  expect(nodeLines(node), `graph box of ${id}`).toEqual(box);
  // Search: the summary line "Số …".
  expect(searchNumber(id), `search number of ${id}`).toBe(want.ns);
  // Feeds carry held, dated documents.
  if (want.held && data.byId.get(id)!.frontmatter.date) {
    const url = `/van-ban/${id}/`;
    expect(cdata(rssItems.get(url)!, 'title'), `RSS title of ${id}`).toBe(want.ref);
    expect(cdata(atomEntries.get(url)!, 'title'), `Atom title of ${id}`).toBe(want.ref);
    if (want.full) expect(atomEntries.get(url), `Atom author of ${id}`).toContain(`<name>${want.full.replace(/&/g, '&amp;')}</name>`);
  }
}

const CT19 = 'chi-thi-19-ct-ttg-2021-thu-tuong-chinh-phu';
const QD749 = 'quyet-dinh-749-qd-ttg-2020-thu-tuong-chinh-phu';
const ND94 = 'nghi-dinh-94-nd-cp-2016-chinh-phu';
const NQ57 = 'nghi-quyet-57-nq-tw-2024-bo-chinh-tri';
const PLAN200 = 'ke-hoach-200-kh-ubnd-2021-ubnd-tinh-lang-son';
const LETTER1419 = 'cong-van-1419-vks-vp-2021-vksnd-tinh-lang-son';
const QD33 = 'quyet-dinh-33-qd-ttg-2025-thu-tuong-chinh-phu';

describe('a document is written the same way by every output', () => {
  it('cited only, numbered without a year: 19/CT-TTg and 749/QĐ-TTg, never with their year of issue', () => {
    expect(expected(CT19).ns).toBe('19/CT-TTg');
    expect(expected(CT19).ref).toBe('Chỉ thị số 19/CT-TTg ngày 16/07/2021 của Thủ tướng Chính phủ');
    expect(expected(QD749).ns).toBe('749/QĐ-TTg');
    for (const id of [CT19, QD749]) checkEverywhere(id);
    expect(json.get(CT19)).toMatchObject({ symbolYear: null, issueYear: 2021 });
    expect(csv.get(QD749)).toMatchObject({ symbolYear: '', issueYear: '2020' });
    // The page citing it names it the same way.
    const cited = outgoingPanel(PLAN200, data).notHeld.find((e) => e.key === CT19 || e.link.href === `/dan-chieu/${CT19}/`);
    expect(cited?.label).toBe(expected(CT19).ref);
    expect(cited?.link.facts.numberSymbol).toBe('19/CT-TTg');
  });

  it('cited only, numbered with a year (94/2016/NĐ-CP) and a Party document (57-NQ/TW)', () => {
    expect(expected(ND94).ns).toBe('94/2016/NĐ-CP');
    expect(json.get(ND94)).toMatchObject({ symbolYear: 2016, issueYear: 2016 });
    expect(expected(NQ57).ns).toBe('57-NQ/TW');
    for (const id of [ND94, NQ57]) checkEverywhere(id);
  });

  it('held, with and without a year in the number, with an issuer the site shortens (VKSND)', () => {
    expect(expected(QD33).ns).toBe('33/2025/QĐ-TTg');
    expect(expected(PLAN200).ns).toBe('200/KH-UBND');
    expect(expected(LETTER1419).ref).toBe('Công văn số 1419/VKS-VP ngày 26/10/2021 của VKSND tỉnh Lạng Sơn');
    expect(expected(LETTER1419).full).toBe('Viện kiểm sát nhân dân tỉnh Lạng Sơn');
    for (const id of [QD33, PLAN200, LETTER1419]) checkEverywhere(id);
    expect(json.get(PLAN200)).toMatchObject({ symbolYear: null, issueYear: 2021 });
  });

  it('names one body one way in the open data, however its documents write it (issuerBody)', () => {
    // The plan's "UBND tỉnh Lạng Sơn" and the chairman's directive it implements are one body's.
    const CT02 = 'chi-thi-02-ct-ubnd-2018-chu-tich-ubnd-tinh-lang-son';
    expect(json.get(CT02)).toMatchObject({ issuer: 'Chủ tịch UBND tỉnh Lạng Sơn', issuerBody: 'Ủy ban nhân dân tỉnh Lạng Sơn' });
    expect(json.get(PLAN200)!.issuerBody).toBe('Ủy ban nhân dân tỉnh Lạng Sơn');
    expect(csv.get(CT02)!.issuerBody).toBe('Ủy ban nhân dân tỉnh Lạng Sơn');
  });

  it('holds for every document of the collection', () => {
    expect(json.size).toBe(data.documents.length + data.entities.size);
    for (const id of json.keys()) checkEverywhere(id);
  });

  it('names types as the pages do: no engine-internal type (“Công văn/Văn bản”, “other”) in JSON or CSV', () => {
    const types = [...json.values()].map((r) => r.docType).concat([...csv.values()].map((r) => r.docType!));
    expect(types.filter((t) => t === 'Công văn/Văn bản' || t === 'other')).toEqual([]);
    // The engine does read such citations in the collection: they are named "Văn bản".
    expect(entities.some((e) => e.docType === 'Công văn/Văn bản' || e.docType === 'other')).toBe(true);
    expect(types).toContain('Văn bản');
  });

  it('never writes a year of issue into a number that carries none', () => {
    // Whether a number carries a year is what the document's frontmatter, or the citations of a
    // document only cited, write, not what the outputs say of it.
    const carriesYear = (id: string) =>
      data.byId.has(id) ? data.byId.get(id)!.frontmatter.year !== null : (data.incoming.get(id) ?? []).some((r) => r.citation.year !== null);
    const wrong: string[] = [];
    let checked = 0;
    for (const [id, rec] of json) {
      if (carriesYear(id) || !rec.number || !rec.symbol || rec.issueYear === null) continue;
      checked++;
      if (rec.symbolYear !== null) wrong.push(`JSON ${id}: symbolYear ${rec.symbolYear}`);
      const written = `${rec.number}/${rec.issueYear}/${rec.symbol}`;
      for (const [what, text] of [['JSON', rec.reference], ['CSV', csv.get(id)!.reference], ['search', searchNumber(id)], ['graph', docReference(chains.nodes.get(id)!)]] as const) {
        if (String(text).includes(written)) wrong.push(`${what} ${id}: ${text}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });
});

describe('a signer’s capacity', () => {
  it('splits where the importer joined the signature block’s lines, and keeps “T/M” (thay mặt) whole', () => {
    expect(capacityLines('KT. BỘ TRƯỞNG / THỨ TRƯỞNG')).toEqual(['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG']);
    expect(capacityLines('T/M BAN CHẤP HÀNH TRUNG ƯƠNG / TỔNG BÍ THƯ')).toEqual(['T/M BAN CHẤP HÀNH TRUNG ƯƠNG', 'TỔNG BÍ THƯ']);
    expect(capacityLines('TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG')).toEqual(['TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG']);
    expect(capacityLines(null)).toEqual([]);
  });
});

describe('a page’s name', () => {
  const law = (date: string | null, name = 'Luật Tổ chức Chính phủ') => ({ docType: 'Luật', number: null, symbol: null, symbolYear: null, date, issuer: 'Quốc hội', name });
  it('tells apart two laws of one name by the year each was issued, and writes a number as every output does', () => {
    expect(pageName(law('2015-06-19'))).toBe('Luật Tổ chức Chính phủ năm 2015');
    expect(pageName(law('2025-02-18'))).toBe('Luật Tổ chức Chính phủ năm 2025');
    expect(pageName(law(null))).toBe('Luật Tổ chức Chính phủ');
    // A name that holds its year already does not say it twice.
    expect(pageName(law('1987-12-29', 'Luật Đầu tư nước ngoài tại Việt Nam năm 1987'))).toBe('Luật Đầu tư nước ngoài tại Việt Nam năm 1987');
    expect(pageName({ docType: 'Chỉ thị', number: '19', symbol: 'CT-TTg', symbolYear: null, date: '2021-07-16', issuer: 'Thủ tướng Chính phủ', name: null })).toBe('Chỉ thị 19/CT-TTg');
  });
});
