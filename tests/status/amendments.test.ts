/**
 * Notes at amended articles, on the bundled collection's real amending texts:
 * Thông tư 12/2024/TT-BLĐTBXH (Điều 8, Điều 9) amends Thông tư 12/2022 and
 * 13/2022, Nghị định 372/2025/NĐ-CP amends and partly repeals Nghị định
 * 112/2021/NĐ-CP. The phrases below are copied from those texts and from
 * Luật 71/2014/QH13 (tests/fixtures/status-site).
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteData, type SiteData } from '../../src/lib/site/collection.ts';
import { loadDocuments } from '../../src/lib/site/load.ts';
import { amendmentNoteView, articleAmendments, splitAtAnchors } from '../../src/lib/site/amendments.ts';
import { namedParts } from '../../src/lib/status/amendments.ts';
import { readEffect } from '../../src/lib/citations/index.ts';
import { quotedSpans } from '../../src/lib/citations/effect.ts';
import { computeStatuses, SPEAKS_FOR_OTHERS, type DocumentStatus } from '../../src/lib/status/status.ts';

const TT_2022 = 'thong-tu-12-tt-bldtbxh-2022-bo-lao-dong-thuong-binh-va-xa-hoi';
const TT_2024 = 'thong-tu-12-tt-bldtbxh-2024-bo-lao-dong-thuong-binh-va-xa-hoi';
const ND_112 = 'nghi-dinh-112-nd-cp-2021-chinh-phu';
const ND_372 = 'nghi-dinh-372-nd-cp-2025-chinh-phu';

let data: SiteData;
beforeAll(() => {
  const dir = resolve('content/documents');
  data = buildSiteData(loadDocuments(dir), dir);
}, 60_000);

describe('the parts an amending item names', () => {
  it('reads points, clauses and articles as anchor labels, article by article', () => {
    expect(namedParts('điểm c và điểm k khoản 2 Điều 8')).toEqual([{ article: 'Điều 8', labels: ['Điều 8 Khoản 2 Điểm c', 'Điều 8 Khoản 2 Điểm k'], precise: true }]);
    expect(namedParts('các khoản 1, khoản 1a và khoản 6 Điều 31')).toEqual([{ article: 'Điều 31', labels: ['Điều 31 Khoản 1', 'Điều 31 Khoản 1a', 'Điều 31 Khoản 6'], precise: true }]);
    expect(namedParts('khoản 2 và khoản 4 Điều 5, khoản 4 Điều 7, Điều 13, Điều 14').map((p) => p.labels)).toEqual([
      ['Điều 5 Khoản 2', 'Điều 5 Khoản 4'], ['Điều 7 Khoản 4'], ['Điều 13'], ['Điều 14'],
    ]);
    // Points of one clause and a second clause: only the article is sure.
    expect(namedParts('điểm c khoản 1 và khoản 3 Điều 5')).toEqual([{ article: 'Điều 5', labels: ['Điều 5'], precise: false }]);
    expect(namedParts('một số điều của Thông tư số 21/2021/TT-BLĐTBXH')).toEqual([]);
  });
});

describe('notes at amended articles, from the bundled collection', () => {
  it('places each item of Thông tư 12/2024 Điều 8 at the article of Thông tư 12/2022 it rewrites, with new wording beside old', () => {
    const notes = articleAmendments(TT_2022, data);
    expect(notes.map((n) => n.anchor)).toEqual(['dieu-5', 'dieu-6']);
    const clause = notes[1]!.items[0]!;
    expect(clause).toMatchObject({ by: TT_2024, action: 'amends', instruction: '2. Sửa đổi khoản 1 Điều 6 như sau:', source: { article: 'Điều 8' }, from: '2024-12-29' });
    expect(clause.targets.map((t) => t.id)).toEqual(['dieu-6-1']);
    // The old wording is the 2022 clause as held; the new is what 2024 quotes, without its quotation marks.
    const held = data.byId.get(TT_2022)!;
    expect(clause.oldText![0]).toBe(held.anchors.find((a) => a.id === 'dieu-6-1')!.text);
    expect(clause.newText![0]).toMatch(/^1\. Việc xác định mức tiền lương bình quân/);
    expect(clause.newText!.join('\n')).not.toMatch(/[“”]/);
    expect(clause.newText!.join(' ')).toContain('các khoản 9, khoản 10, khoản 11, khoản 12 và khoản 14 Điều 2 Thông tư số 06/2024/TT-BLĐTBXH');
    expect(clause.newText).not.toEqual(clause.oldText);
    // The link goes to the item in the amending text.
    const source = data.byId.get(TT_2024)!.anchors.find((a) => a.id === clause.source.anchor)!;
    expect(source.label.startsWith('Điều 8')).toBe(true);
    const whole = notes[0]!.items[0]!;
    expect(whole.oldText![0]).toBe('Điều 5. Xếp lương, chuyển xếp lương đối với người quản lý Quỹ chuyên trách');
    expect(whole.newText![0]).toMatch(/^Điều 5\. Xây dựng bảng lương, xếp lương, nâng bậc lương/);
  });

  it('a list repealing parts of several articles puts the item at each of them, naming only that article’s parts', () => {
    const notes = articleAmendments(ND_112, data);
    const repeal = (anchor: string) => notes.find((n) => n.anchor === anchor)?.items.find((i) => i.action === 'repeals' && i.by === ND_372);
    expect(repeal('dieu-5')!.targets.map((t) => t.id)).toEqual(['dieu-5-2', 'dieu-5-4']);
    expect(repeal('dieu-13')!.targets.map((t) => t.id)).toEqual(['dieu-13']);
    expect(repeal('dieu-5')!.instruction).toMatch(/^b\) Bãi bỏ khoản 2 và khoản 4 Điều 5, khoản 4 Điều 7, Điều 13/);
    expect(repeal('dieu-5')!.newText).toBeNull();
    // "Sửa đổi, bổ sung điểm c khoản 1 và khoản 3 Điều 5": new wording, but no single old part to set beside it.
    const mixed = notes.find((n) => n.anchor === 'dieu-5')!.items.find((i) => i.action === 'amends')!;
    expect(mixed.newText![0]).toMatch(/^c\) Phòng nội trú/);
    expect(mixed.oldText).toBeNull();
  });

  it('every note sits at an article of the amended document, and every item comes from a document that amends it', () => {
    let items = 0;
    for (const d of data.documents) {
      for (const n of articleAmendments(d.id, data)) {
        expect(d.anchors.find((a) => a.id === n.anchor)?.label, `${d.id}#${n.anchor}`).toBe(n.article);
        for (const i of n.items) {
          items++;
          expect(i.by).not.toBe(d.id);
          const changes = data.statuses.get(d.id)!;
          const by = [...changes.changes.map((c) => c.by), ...(changes.state === 'replaced' || changes.state === 'repealed' ? [changes.by] : [])];
          expect(by, `${i.by} → ${d.id}`).toContain(i.by);
          for (const t of i.targets) expect(t.label === n.article || t.label.startsWith(`${n.article} `), t.label).toBe(true);
        }
      }
    }
    expect(items).toBeGreaterThan(30);
  });

  it('the page view links the parts on the page and the item in the amending document', () => {
    const note = articleAmendments(TT_2022, data)[1]!;
    const view = amendmentNoteView(note, data);
    expect(view.title).toBe('Thay đổi tại Điều 6');
    expect(view.items[0]).toMatchObject({ actionLabel: 'Sửa đổi, bổ sung', parts: [{ href: '#dieu-6-1', label: 'Điều 6 Khoản 1' }], from: '29/12/2024' });
    expect(view.items[0]!.by.href).toBe(`/van-ban/${TT_2024}/#${note.items[0]!.source.anchor}`);
    expect(view.items[0]!.by.label).toMatch(/^Thông tư số 12\/2024\/TT-BLĐTBXH .*, Điều 8$/);
  });
});

describe('cutting the rendered body after an article heading', () => {
  // As the site renders Luật 13/2008/QH12 (tests/browser/status-browse.test.ts builds it).
  const html =
    '<h3 id="dieu-7" data-anchor-label="Điều 7" class="anchored">Điều 7. Giá tính thuế<a class="anchor-link" href="#dieu-7">#</a></h3><p>…</p>' +
    '<h3 id="dieu-8" data-anchor-label="Điều 8" class="anchored">Điều 8. Thuế suất<a class="anchor-link" href="#dieu-8" aria-label="Liên kết tới Điều 8">#</a></h3>' +
    '<p id="dieu-8-1" data-anchor-label="Điều 8 Khoản 1" class="anchored">1. Mức thuế suất 0%</p>';
  it('cuts after the closing tag of the heading, keeps every byte, and leaves out anchors not in the page', () => {
    const note = (anchor: string) => ({ anchor, article: anchor, items: [] });
    const parts = splitAtAnchors(html, [note('dieu-8'), note('dieu-99')]);
    expect(parts.map((p) => p.html).join('')).toBe(html);
    expect(parts).toHaveLength(2);
    expect(parts[0]!.html.endsWith('Liên kết tới Điều 8">#</a></h3>')).toBe(true);
    expect(parts[0]!.note?.anchor).toBe('dieu-8');
    expect(parts[1]).toEqual({ html: '<p id="dieu-8-1" data-anchor-label="Điều 8 Khoản 1" class="anchored">1. Mức thuế suất 0%</p>', note: null });
    // A prefix of another id ("dieu-8" in "dieu-8-1") never matches.
    expect(splitAtAnchors(html, [note('dieu-8-1')])[0]!.html.endsWith('0%</p>')).toBe(true);
  });
});

describe('a letter reports what acts did; it changes none', () => {
  it('Công văn 4868/TCT-CS quoting “c) Bãi bỏ Khoản 2 và Khoản 4 Nghị định số 119/2018/NĐ-CP …” gives the decree no change, and no letter changes an act', () => {
    const nd119 = data.statuses.get('nghi-dinh-119-nd-cp-2018-chinh-phu')!;
    expect(nd119).toMatchObject({ state: 'in-force', from: '2018-11-01' });
    expect(nd119.changes).toEqual([]);
    // The letter does say it: the rule, not the reading, keeps it out.
    expect(data.graph.effects?.get('cong-van-4868-tct-cs-2020-tong-cuc-thue')?.relations.some((r) => r.kind === 'partly-repeals' && r.target.number === '119')).toBe(true);
    const letters = new Set(data.documents.filter((d) => d.frontmatter.docType === 'Công văn').map((d) => d.id));
    expect(letters.size).toBeGreaterThan(10);
    const acts = new Set(['Luật', 'Nghị định', 'Thông tư', 'Nghị quyết', 'Quyết định']);
    const typeOf = (id: string) => data.byId.get(id)?.frontmatter.docType ?? data.graph.entities.find((e) => e.id === id)?.docType;
    for (const [id, s] of data.statuses) {
      if (!acts.has(typeOf(id) ?? '')) continue;
      for (const by of [...(s.state === 'replaced' || s.state === 'repealed' ? [s.by] : []), ...s.changes.map((c) => c.by)]) expect(letters.has(by), `${id} ← ${by}`).toBe(false);
    }
  });
});

describe('texts that speak for other documents give no status', () => {
  const typeOf = (id: string) => data.byId.get(id)?.frontmatter.docType;
  const sourcesOf = (s: DocumentStatus) => [...(s.state === 'replaced' || s.state === 'repealed' ? [s.by] : []), ...s.changes.map((c) => c.by)];

  it('a consolidated text or a submission is nobody’s source, and its own reproduced "có hiệu lực" is not its status', () => {
    const sourced = [...data.statuses].flatMap(([id, s]) => sourcesOf(s).map((by) => [id, by] as const));
    // The bundled collection has statuses with sources to check (replacements and amendments among its documents).
    expect(sourced.length).toBeGreaterThan(10);
    for (const [id, by] of sourced) expect(SPEAKS_FOR_OTHERS.has(typeOf(by) ?? ''), `${id} ← ${by}`).toBe(false);
    // Văn bản hợp nhất 47/VBHN-VPQH (2023) reproduces "Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2014".
    expect(data.statuses.get('van-ban-hop-nhat-47-vbhn-vpqh-2023-van-phong-quoc-hoi')).toEqual({ state: 'unknown', changes: [] });
    // Luật Trồng trọt is only to be amended by the draft a Tờ trình carries.
    expect(data.statuses.get('luat-trong-trot')).toEqual({ state: 'unknown', changes: [] });
    expect(data.contradictions.map((c) => c.document)).not.toContain('phap-lenh-38-pl-ubtvqh10-2001');
    const amenders = new Set(data.documents.flatMap((t) => articleAmendments(t.id, data)).flatMap((n) => n.items.map((i) => i.by)));
    expect(amenders.size).toBeGreaterThan(0);
    for (const by of amenders) expect(SPEAKS_FOR_OTHERS.has(typeOf(by) ?? ''), by).toBe(false);
  });

  it('which they would without that rule: the same graph read with every document as its own speaker', () => {
    const ids = [...data.statuses.keys()];
    const all = computeStatuses(ids, data.graph);
    const from = new Set([...all.statuses.values()].flatMap(sourcesOf).map((by) => typeOf(by)));
    expect(from.has('Tờ trình')).toBe(true);
    expect(from.has('Văn bản hợp nhất')).toBe(true);
    expect(all.statuses.get('luat-trong-trot')!.changes.length).toBeGreaterThan(0);
  });
});

describe('a quoted closing article is the quoted document’s', () => {
  const LETTER = 'cong-van-40667-ct-ttht-2017-cuc-thue-thanh-pho-ha-noi';
  it('Công văn 40667/CT-TTHT (2017) quoting a circular’s "Điều 7. Hiệu lực thi hành" is not in force from that circular’s date', () => {
    const text = data.byId.get(LETTER)!.text;
    expect(text).toContain('“Điêu 7. Hiệu lực thi hành');
    expect(text).toContain('1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2014.”');
    expect(readEffect(text).effective).toBeNull();
    expect(data.statuses.get(LETTER)).toEqual({ state: 'unknown', changes: [] });
    // The same lines unquoted are a closing article, read as such.
    expect(readEffect(text.replace(/[“”]/gu, '')).effective).toMatchObject({ kind: 'date', date: '2014-09-01' });
  });

  it('finds quotations, and ignores an opening mark never closed', () => {
    expect(quotedSpans('a “b” c “d')).toEqual([[2, 5]]);
    expect(quotedSpans(`“${'x'.repeat(20_001)}” “y”`)).toEqual([[20_004, 20_007]]);
  });
});

describe('a partial repeal listed as "d) Điều 3 Thông tư số …" stays partial', () => {
  it('Thông tư 69/2025/TT-BTC repeals Điều 3 of Thông tư 119/2014/TT-BTC, not the whole of it', () => {
    const s = data.statuses.get('thong-tu-119-tt-btc-2014-bo-tai-chinh')!;
    expect(s.state === 'replaced' || s.state === 'repealed').toBe(false);
    expect(s.changes.find((c) => c.by === 'thong-tu-69-tt-btc-2025-bo-tai-chinh')).toMatchObject({ kind: 'partly-repeals', articles: ['Điều 3'] });
  });
});
