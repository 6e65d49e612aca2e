import { describe, expect, it } from 'vitest';
import { buildCitationGraph, readEffect } from '../../src/lib/citations/index.ts';
import { computeAnchors } from '../../src/lib/anchors.ts';
import { amendmentsByDocument } from '../../src/lib/status/amendments.ts';
import { computeStatuses, statusGroup } from '../../src/lib/status/status.ts';
import { generateCorpus } from '../../src/lib/generate/index.ts';

describe('the generator plants what a decision says of an older one', () => {
  const files = [...generateCorpus({ seed: 7, count: 600 })];
  const planted = files.filter((f) => /này thay thế |\bBãi bỏ (?:Quyết|Nghị|Thông|Quy)|hết hiệu lực kể từ ngày (?:Quyết|Nghị|Thông|Quy)/u.test(f.text));

  it('in a share of the decisions, each in the closing article', () => {
    const decisions = files.filter((f) => /này có hiệu lực kể từ ngày/u.test(f.text));
    expect(decisions.length).toBeGreaterThan(50);
    expect(planted.length / decisions.length).toBeGreaterThan(0.15);
    expect(planted.length / decisions.length).toBeLessThan(0.35);
  });

  it('and the effect reader reads each back as thay thế, bãi bỏ or hết hiệu lực, with the effective date', () => {
    let read = 0;
    for (const f of planted) {
      const e = readEffect(f.text);
      if (e.effective && e.relations.some((r) => r.kind === 'replaces' || r.kind === 'repeals' || r.kind === 'ends-effect')) read++;
    }
    expect(read / planted.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the generator plants amending articles', () => {
  const files = [...generateCorpus({ seed: 7, count: 600 })];
  const docs = files.flatMap((f) => f.documents.map((d) => ({ d, text: f.text.slice(d.span[0], d.span[1]) })));
  const amending = docs.filter(({ text }) => /\nĐiều \d+\. Sửa đổi, bổ sung một số điều của /u.test(text));

  it('in about one regulation in ten, before the closing article, and the effect reader reads each as amending Điều 2', () => {
    const regulations = docs.filter(({ text }) => /Điều \d+\. Hiệu lực thi hành/u.test(text));
    expect(regulations.length).toBeGreaterThan(30);
    expect(amending.length / regulations.length).toBeGreaterThan(0.04);
    expect(amending.length / regulations.length).toBeLessThan(0.2);
    for (const { d, text } of amending) {
      const e = readEffect(text, { issued: d.date });
      const amends = e.relations.filter((r) => r.kind === 'amends');
      expect(amends, d.id).toHaveLength(1);
      expect('articles' in amends[0]! && amends[0].articles, d.id).toContain('Điều 2');
      expect(e.effective?.date, d.id).toBeTruthy();
    }
  });

  it('so that held documents it amends get the status "amended" and a note at Điều 2 with new wording beside old', () => {
    const held = docs.map(({ d, text }) => {
      const lines = text.split('\n');
      const starts: number[] = [];
      lines.reduce((o, l) => (starts.push(o), o + l.length + 1), 0);
      const anchors = computeAnchors(lines.map((l) => ({ text: l, heading: /^(?:Điều \d+\.|Chương [IVX]+)/u.test(l) })));
      return {
        id: d.id, text,
        doc: { id: d.id, docType: d.docType, number: d.number, symbol: d.symbol, year: d.year, issuer: d.issuer, level: d.level, locality: d.locality, date: d.date, title: d.title },
        anchors: anchors.flatMap((a, i) => (a ? [{ id: a.id, label: a.label, start: starts[i]! }] : [])),
      };
    });
    const graph = buildCitationGraph(held.map((h) => ({ doc: h.doc, text: h.text })));
    const notes = amendmentsByDocument(graph, new Map(held.map((h) => [h.id, h])));
    const { statuses } = computeStatuses(held.map((h) => h.id), graph);
    // The held documents the generator meant to amend: the citation in each amending article's heading.
    const meant = amending.flatMap(({ d, text }) => {
      const at = d.span[0] + text.search(/\nĐiều \d+\. Sửa đổi, bổ sung một số điều của /u);
      const c = d.citations.find((x) => x.start > at);
      return c?.target ? [{ by: d.id, target: c.target }] : [];
    });
    expect(meant.length).toBeGreaterThanOrEqual(3);
    for (const { by, target } of meant) {
      expect(statusGroup(statuses.get(target)!), target).toBe('amended');
      const at2 = notes.get(target)?.find((n) => n.article === 'Điều 2');
      const item = at2?.items.find((i) => i.by === by && i.action === 'amends');
      expect(item, `${by} → ${target}`).toBeDefined();
      expect(item!.newText![0]).toMatch(/^Điều 2\. /u);
      expect(item!.oldText![0]).toMatch(/^Điều 2\. /u);
      expect(item!.newText).not.toEqual(item!.oldText);
    }
  });
});
