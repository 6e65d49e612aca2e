import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it, vi } from 'vitest';
import { analyseBody, buildSiteData, getSiteData, holdSiteData } from '../../src/lib/site/collection.ts';
import { MARKDOWN_FEATURES } from '../../src/lib/site/features.ts';
import { docReference, labelled, numberSymbol, shortIssuer } from '../../src/lib/site/format.ts';
import { linkFor, pinpointAnchor } from '../../src/lib/site/links.ts';
import { loadDocuments, parseDocumentFile } from '../../src/lib/site/load.ts';
import { openCitations, openDocuments } from '../../src/lib/site/open-data.ts';
import { incomingPanel, outgoingPanel } from '../../src/lib/site/panels.ts';
import { documentPlugin } from '../../src/markdown/index.ts';
import { fakeGraphBuilder, type FakeRule } from './fake-engine.ts';

const DIR = resolve('tests/fixtures/site/documents');
const LETTER = 'cong-van-1419-vks-vp-2021-vien-kiem-sat-nhan-dan-tinh-lang-son';
const PLAN = 'ke-hoach-200-kh-ubnd-2021-ubnd-tinh-lang-son';
const PHONG_DOANH = 'ke-hoach-22-kh-ubnd-2025-ubnd-xa-phong-doanh';
const NQ57 = 'nghi-quyet-57-nq-tw-2024-bo-chinh-tri';

const rules: FakeRule[] = [
  { in: LETTER, phrase: 'Kế hoạch số 200/KH-UBND', docType: 'Kế hoạch', number: '200', symbol: 'KH-UBND', resolve: { kind: 'held', id: PLAN }, relation: 'implements' },
  {
    in: PLAN,
    phrase: 'Chỉ thị số 19/CT-TTg',
    docType: 'Chỉ thị',
    number: '19',
    symbol: 'CT-TTg',
    relation: 'implements',
    resolve: {
      kind: 'external',
      entity: { id: 'chi-thi-19-ct-ttg-2021-thu-tuong-chinh-phu', docType: 'Chỉ thị', number: '19', symbol: 'CT-TTg', year: null, date: '2021-07-16', issuer: 'Thủ tướng Chính phủ', title: 'về việc phát động thi đua', name: null },
    },
  },
  { in: PLAN, phrase: 'Nghị quyết số 49-NQ/TU', docType: 'Nghị quyết', number: '49', symbol: 'NQ/TU', resolve: { kind: 'unresolved' } },
  {
    in: PHONG_DOANH,
    phrase: 'Nghị quyết số 57-NQ/TW',
    docType: 'Nghị quyết',
    number: '57',
    symbol: 'NQ/TW',
    resolve: {
      kind: 'external',
      entity: { id: NQ57, docType: 'Nghị quyết', number: '57', symbol: 'NQ/TW', year: null, date: '2024-12-22', issuer: 'Bộ Chính trị', title: 'về đột phá phát triển khoa học, công nghệ', name: null },
    },
  },
  { in: PHONG_DOANH, phrase: 'Kế hoạch số 02/KH-UBND', docType: 'Kế hoạch', number: '02', symbol: 'KH-UBND', resolve: { kind: 'ambiguous', candidates: [PLAN, LETTER] } },
];

const data = buildSiteData(loadDocuments(DIR), DIR, fakeGraphBuilder(rules));

describe('loading documents', () => {
  it('reads every fixture, validated, newest first', () => {
    expect(data.documents.map((d) => d.id)).toEqual([PHONG_DOANH, LETTER, PLAN]);
    expect(data.byId.get(PLAN)!.frontmatter.symbol).toBe('KH-UBND');
    expect(data.byId.get(PLAN)!.url).toBe(`/van-ban/${PLAN}/`);
  });

  it('names the file, the line and the field of a bad value', () => {
    const source = readFileSync(join(DIR, `${PLAN}.mdx`), 'utf8').replace('date: "2021-10-09"', 'date: "2021-02-31"');
    const result = parseDocumentFile('bad.mdx', source);
    expect('problems' in result && result.problems).toEqual(['bad.mdx:14: error: date: not a real calendar date (got "2021-02-31")']);
  });

  it('reports a missing field and broken YAML with their lines', () => {
    const missing = parseDocumentFile('m.mdx', readFileSync(join(DIR, `${PLAN}.mdx`), 'utf8').replace(/^docType: .*\n/m, ''));
    expect('problems' in missing && missing.problems[0]).toMatch(/^m\.mdx:\d+: error: docType: missing /);
    const broken = parseDocumentFile('y.mdx', '---\ntitle: [unclosed\n---\nbody');
    expect('problems' in broken && broken.problems[0]).toMatch(/^y\.mdx:\d+: error: frontmatter: YAML syntax error: /);
    expect(parseDocumentFile('n.mdx', 'no frontmatter')).toEqual({ problems: ['n.mdx:1: error: frontmatter: no frontmatter block (--- … ---) at the top of the file'] });
  });
});

describe('the site data, in `astro dev` and in a build', () => {
  it('is read again when the files change in dev, and never once a build holds the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'can-cu-held-'));
    cpSync(DIR, dir, { recursive: true });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const first = getSiteData(dir);
      expect(first.byId.has(LETTER)).toBe(true);
      rmSync(join(dir, `${LETTER}.mdx`));
      vi.setSystemTime(Date.now() + 3000);
      const second = getSiteData(dir);
      expect(second).not.toBe(first);
      expect(second.documents.map((d) => d.id)).toEqual([PHONG_DOANH, PLAN]);
      holdSiteData(dir);
      rmSync(join(dir, `${PLAN}.mdx`));
      vi.setSystemTime(Date.now() + 3000);
      expect(getSiteData(dir)).toBe(second);
    } finally {
      vi.useRealTimers();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('body analysis', () => {
  it('finds anchors for headings and numbered paragraphs of the plan', () => {
    const plan = data.byId.get(PLAN)!;
    expect(plan.anchors.map((a) => a.id)).toEqual(['i', 'i-1', 'i-2', 'ii', 'ii-1', 'ii-2', 'ii-2-1', 'ii-2-2', 'iii', 'iii-1']);
    expect(plan.anchors.find((a) => a.id === 'ii-2-1')).toMatchObject({ label: 'Mục II.2.1', heading: false });
  });

  it('keeps text as written (no smart quotes) and separates blocks', () => {
    const { text } = analyseBody('Một "câu" -- có dấu.\n\nĐoạn *hai* tiếp theo.');
    expect(text).toBe('Một "câu" -- có dấu.\n\nĐoạn hai tiếp theo.');
  });
});

describe('formatting references', () => {
  it('writes numbers the way each family does', () => {
    expect(numberSymbol({ number: '57', symbol: 'NQ/TW' })).toBe('57-NQ/TW');
    expect(numberSymbol({ number: '200', symbol: 'KH-UBND' })).toBe('200/KH-UBND');
    expect(numberSymbol({ number: '24', symbol: 'QĐ-UBND', symbolYear: 2018 })).toBe('24/2018/QĐ-UBND');
    expect(numberSymbol({ number: null, symbol: 'KH-UBND' })).toBe('KH-UBND');
    expect(numberSymbol({ number: null, symbol: null })).toBeNull();
    expect(shortIssuer('Ủy ban nhân dân tỉnh Lạng Sơn')).toBe('UBND tỉnh Lạng Sơn');
    expect(docReference(labelled(data.byId.get(PLAN)!.projection))).toBe('Kế hoạch số 200/KH-UBND ngày 09/10/2021 của UBND tỉnh Lạng Sơn');
  });
});

describe('citation links', () => {
  const out = (id: string) => data.outgoing.get(id) ?? [];

  it('links a held citation to the document page with the preview data', () => {
    const link = linkFor(out(LETTER)[0]!, data);
    expect(link).toMatchObject({ kind: 'held', href: `/van-ban/${PLAN}/` });
    expect(link.facts).toMatchObject({ type: 'Kế hoạch', number: '200', symbol: 'KH-UBND', date: '2021-10-09', issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn' });
  });

  it('links an external citation to its cited-only page', () => {
    expect(linkFor(out(PHONG_DOANH).find((r) => r.citation.symbol === 'NQ/TW')!, data)).toMatchObject({
      kind: 'external',
      href: `/dan-chieu/${NQ57}/`,
      facts: { issuer: 'Bộ Chính trị', date: '2024-12-22' },
    });
  });

  it('lists both candidates of an ambiguous citation and links neither alone', () => {
    const link = linkFor(out(PHONG_DOANH).find((r) => r.toKind === 'ambiguous')!, data);
    expect(link.kind).toBe('ambiguous');
    expect(link.href).toBeNull();
    expect(link.candidates.map((c) => c.href)).toEqual([`/van-ban/${PLAN}/`, `/van-ban/${LETTER}/`]);
  });

  it('points a pinpoint at the most specific article anchor that exists', () => {
    const anchors = ['dieu-6', 'dieu-6-khoan-5', 'dieu-5', 'dieu-5-2', 'dieu-5-2-a'].map((id, i) => ({ id, label: id, text: id, heading: true, depth: 3, start: i * 10 }));
    expect(pinpointAnchor({ text: 'Khoản 5, Điều 6', article: '6', clause: '5', point: null }, anchors)).toBe('dieu-6-khoan-5');
    expect(pinpointAnchor({ text: 'điểm a khoản 2 Điều 5', article: '5', clause: '2', point: 'a' }, anchors)).toBe('dieu-5-2-a');
    expect(pinpointAnchor({ text: 'khoản 9 Điều 6', article: '6', clause: '9', point: null }, anchors)).toBe('dieu-6');
    expect(pinpointAnchor({ text: 'Điều 40', article: '40', clause: null, point: null }, anchors)).toBeNull();
  });
});

describe('panels', () => {
  it('groups what a document cites into held and not held, one entry per document', () => {
    const plan = outgoingPanel(PLAN, data);
    expect(plan.held).toEqual([]);
    expect(plan.notHeld.map((e) => e.link.kind)).toEqual(['external', 'unresolved']);
    expect(plan.notHeld[0]!.relations).toEqual(['Thực hiện']);
    expect(plan.notHeld[0]!.contexts.length).toBeGreaterThanOrEqual(2);
    const pd = outgoingPanel(PHONG_DOANH, data);
    expect(pd.held.map((e) => e.link.kind)).toEqual(['ambiguous']);
    expect(pd.notHeld).toHaveLength(1);
    expect(pd.notHeld[0]!.contexts).toHaveLength(2);
  });

  it('lists who cites a document, with the sentence and the relation', () => {
    const citedBy = incomingPanel(PLAN, data);
    expect(citedBy.map((e) => e.link.href).sort()).toEqual([`/van-ban/${LETTER}/`, `/van-ban/${PHONG_DOANH}/`]);
    const letter = citedBy.find((e) => e.key === LETTER)!;
    expect(letter.relations).toEqual(['Thực hiện']);
    expect(letter.contexts[0]).toContain('Kế hoạch số 200/KH-UBND ngày 09/10/2021');
    expect(incomingPanel(NQ57, data).map((e) => e.key)).toEqual([PHONG_DOANH]);
  });
});

describe('open data', () => {
  it('lists held and cited-only documents with the agreed fields', () => {
    const docs = openDocuments(data);
    expect(docs).toHaveLength(3 + 2);
    for (const d of docs) expect(Object.keys(d).sort()).toEqual(['date', 'docType', 'held', 'id', 'issueYear', 'issuer', 'issuerBody', 'number', 'original', 'reference', 'status', 'statusEvidence', 'statusText', 'symbol', 'symbolYear', 'title', 'url']);
    expect(docs.find((d) => d.id === NQ57)).toMatchObject({ held: false, url: `/dan-chieu/${NQ57}/` });
  });

  it('gives each citation from, to, text, context, relation and candidates when ambiguous', () => {
    const cites = openCitations(data);
    const amb = cites.find((c) => c.candidates)!;
    expect(amb).toMatchObject({ from: PHONG_DOANH, to: null, candidates: [PLAN, LETTER] });
    expect(cites.find((c) => c.text === 'Nghị quyết số 49-NQ/TU')).toMatchObject({ to: null });
    expect(cites.filter((c) => c.to === PLAN)).toHaveLength(2);
  });
});

/** A document's body as the file holds it (the site data keeps only its text). */
function bodyOf(file: string): string {
  const parsed = parseDocumentFile(file, readFileSync(file, 'utf8'));
  if ('problems' in parsed) throw new Error(parsed.problems.join('\n'));
  return parsed.body;
}

describe('the Markdown hook', () => {
  const render = async (id: string) => {
    const doc = data.byId.get(id)!;
    const result = await markdownToHtml(bodyOf(doc.file), {
      hastPlugins: [documentPlugin({ data: () => data })],
      features: MARKDOWN_FEATURES,
      fileURL: pathToFileURL(doc.file),
    });
    return result.html;
  };

  it('turns citations into links carrying the preview data', async () => {
    const html = await render(LETTER);
    expect(html).toContain(
      `<a class="cite" data-kind="held" data-type="Kế hoạch" data-number="200" data-symbol="KH-UBND" data-number-symbol="200/KH-UBND" data-date="2021-10-09" data-issuer="Ủy ban nhân dân tỉnh Lạng Sơn" data-title="Triển khai thực hiện Chỉ thị số 19/CT-TTg`,
    );
    expect(html.match(/href="\/van-ban\/ke-hoach-200-kh-ubnd-2021-ubnd-tinh-lang-son\/">Kế hoạch số 200\/KH-UBND<\/a>/g)).toHaveLength(2);
  });

  it('gives headings and numbered paragraphs their ids, labels and a copy-link control', async () => {
    const html = await render(PLAN);
    expect(html).toContain('<h3 id="ii-2" data-anchor-label="Mục II.2" class="anchored">');
    expect(html).toContain('<p id="ii-2-1" data-anchor-label="Mục II.2.1" class="anchored">');
    expect(html).toContain('<a class="anchor-link" href="#ii-2-1" aria-label="Liên kết tới Mục II.2.1" data-pagefind-ignore="">#</a>');
    expect(html).toMatch(/<span class="cite" data-kind="unresolved"[^>]*>Nghị quyết số 49-NQ\/TU<\/span>/);
    expect(html).toMatch(/<a class="cite" data-kind="external"[^>]*href="\/dan-chieu\/chi-thi-19-ct-ttg-2021-thu-tuong-chinh-phu\/">Chỉ thị số 19\/CT-TTg<\/a>/);
  });

  it('shows HTML typed into a body as text, in place, and still links a citation inside it', async () => {
    // A hand-edited body: documents are rendered as Markdown, where raw HTML would pass through.
    const doc = data.byId.get(PLAN)!;
    const typed = `<img src=x onerror="alert(1)"> <script>alert(2)</script> Kế hoạch số 200/KH-UBND`;
    const body = `${bodyOf(doc.file)}\n\n${typed}\n`;
    const withHtml = buildSiteData([{ id: doc.id, file: doc.file, frontmatter: doc.frontmatter, body }], DIR, fakeGraphBuilder([
      { in: PLAN, phrase: 'Kế hoạch số 200/KH-UBND', docType: 'Kế hoạch', number: '200', symbol: 'KH-UBND', resolve: { kind: 'self' } },
    ]));
    expect(withHtml.byId.get(PLAN)!.text).toContain('<script>alert(2)</script>');
    const { html } = await markdownToHtml(body, {
      hastPlugins: [documentPlugin({ data: () => withHtml })],
      features: MARKDOWN_FEATURES,
      fileURL: pathToFileURL(doc.file),
    });
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=x onerror="alert(1)"&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toMatch(/data-kind="self"[^>]*>Kế hoạch số 200\/KH-UBND</);
  });

  it('links an address a document writes inside quotes without the closing quote (Nghị định 372/2025/NĐ-CP, Điều 1.14)', async () => {
    const doc = data.byId.get(PLAN)!;
    // The sentence as the decree's imported text holds it (the importer escapes the first dot).
    const quoted = '“a) Thay thế cụm từ “Cổng thông tin điện tử www\\.dolab.gov.vn” bằng cụm từ “Trang thông tin điện tử www\\.dolab.moha.gov.vn.” tại khoản 1 Điều 38; xem (https://dichvucong.gov.vn/p/home/dvc-trang-chu.html).';
    const body = `${bodyOf(doc.file)}\n\n${quoted}\n`;
    const withLink = buildSiteData([{ id: doc.id, file: doc.file, frontmatter: doc.frontmatter, body }], DIR, fakeGraphBuilder([]));
    const { html } = await markdownToHtml(body, {
      hastPlugins: [documentPlugin({ data: () => withLink })],
      features: MARKDOWN_FEATURES,
      fileURL: pathToFileURL(doc.file),
    });
    expect(html).toContain('<a href="http://www.dolab.gov.vn">www.dolab.gov.vn</a>” bằng');
    expect(html).toContain('<a href="http://www.dolab.moha.gov.vn">www.dolab.moha.gov.vn</a>.” tại');
    expect(html).toContain('<a href="https://dichvucong.gov.vn/p/home/dvc-trang-chu.html">https://dichvucong.gov.vn/p/home/dvc-trang-chu.html</a>).');
    expect(html).not.toMatch(/%E2%80%9D/);
  });

  it('links a footnote mark to its note and the note back, with the document’s numbers, and links a citation inside the note', async () => {
    // As the importer writes a consolidated text whose note 1 stayed body text (its mark was in the header).
    const doc = data.byId.get(PLAN)!;
    const body = `${bodyOf(doc.file)}\n\n## Điều 4. Trình tự, thủ tục bảo vệ[^2]\n\nTrình tự thực hiện.[^2] Điều 5.[^3] (được bãi bỏ)\n\n[^2]: Điều này được sửa đổi theo quy định tại Kế hoạch số 200/KH-UBND.\n\n[^3]: Điều này được bãi bỏ.\n`;
    const withNotes = buildSiteData([{ id: doc.id, file: doc.file, frontmatter: doc.frontmatter, body }], DIR, fakeGraphBuilder([
      { in: PLAN, phrase: 'Kế hoạch số 200/KH-UBND', docType: 'Kế hoạch', number: '200', symbol: 'KH-UBND', resolve: { kind: 'self' } },
    ]));
    // The marks are not words of the text the citations are found in.
    expect(withNotes.byId.get(PLAN)!.text).toContain('Điều 4. Trình tự, thủ tục bảo vệ\n\nTrình tự thực hiện. Điều 5. (được bãi bỏ)');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { html } = await markdownToHtml(body, {
      hastPlugins: [documentPlugin({ data: () => withNotes })],
      features: MARKDOWN_FEATURES,
      fileURL: pathToFileURL(doc.file),
    });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    // Mark → note, with the number the document writes (the renderer would count it "1").
    expect(html).toContain('<sup><a href="#chu-thich-2" id="cho-dan-chu-thich-2" data-footnote-ref aria-describedby="chu-thich">2</a></sup>');
    expect(html).toContain('<a href="#chu-thich-2" id="cho-dan-chu-thich-2-2" data-footnote-ref aria-describedby="chu-thich">2</a>');
    // Note → mark: its number leads it as a link back, and each mark has its way back.
    expect(html).toContain('<h2 class="footnotes-title" id="chu-thich">Chú thích</h2>');
    expect(html).toMatch(/<li id="chu-thich-2">\s*<p><a href="#cho-dan-chu-thich-2" class="footnote-number"[^>]*>2<\/a> Điều này/);
    expect(html).toContain('href="#cho-dan-chu-thich-2-2" data-footnote-backref="" aria-label="Quay lại chỗ dẫn chú thích 2 (lần 2)"');
    // The citation inside the note is a link; the heading keeps its anchor.
    const note = html.slice(html.indexOf('<li id="chu-thich-2">'), html.indexOf('<li id="chu-thich-3">'));
    expect(note).toMatch(/data-kind="self"[^>]*>Kế hoạch số 200\/KH-UBND</);
    expect(html).toMatch(/<h2 id="dieu-4"[^>]*>Điều 4\. Trình tự, thủ tục bảo vệ<sup>/);
    expect(html).not.toContain('user-content-');
  });

  it('marks an ambiguous citation and lists both candidates after it', async () => {
    const html = await render(PHONG_DOANH);
    expect(html).toMatch(/<span class="cite" data-kind="ambiguous"[^>]*data-candidates="ke-hoach-200-kh-ubnd-2021-ubnd-tinh-lang-son cong-van-1419[^"]*">Kế hoạch số 02\/KH-UBND<\/span><span class="cite-candidates" data-pagefind-ignore="">/);
    expect(html).toContain('hoặc <a class="cite" data-kind="held"');
  });
});
