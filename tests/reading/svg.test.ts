import { describe, expect, it } from 'vitest';
import { documentRecords } from '../../src/lib/document.ts';
import {
  chainOf, collectChainEdges, indexChains, layoutChain, renderChainSvg, wrap,
} from '../../src/lib/graph/index.ts';
import { docReference, labelled, numberSymbol, shortIssuer, shortName } from '../../src/lib/site/format.ts';
import { CHARS_PER_LINE, NODE_WIDTH, PHONE_WIDTH } from '../../src/lib/graph/layout.ts';
import { docs, entities, graph, E02, E16, E19, E57, E71, E923, LANG_SON_LETTER, LANG_SON_PLAN, PHONG_DOANH } from './fixture-graph.ts';

const index = indexChains(documentRecords(docs, entities), collectChainEdges(graph));

describe('layoutChain', () => {
  it('puts implemented documents above the documents implementing them', () => {
    const c = chainOf(index, LANG_SON_LETTER);
    const l = layoutChain(c.nodes, c.edges);
    const y = new Map(l.nodes.map((n) => [n.node.id, n.y]));
    for (const e of c.edges) expect(y.get(e.to)!).toBeLessThan(y.get(e.from)!);
    expect(y.get(E19)!).toBeLessThan(y.get(E16)!);
    expect(y.get(E16)!).toBeLessThan(y.get(LANG_SON_PLAN)!);
    // A vertical chain stays one node wide: readable on a 375 px phone.
    expect(l.width).toBeLessThanOrEqual(2 * NODE_WIDTH + 40);
    for (const e of l.edges) {
      expect(e.points.length).toBeGreaterThanOrEqual(2);
      // drawn from the implementer (below) to the implemented (above)
      expect(e.points[0]!.y).toBeGreaterThan(e.points.at(-1)!.y);
    }
  });

  it('stacks separate parts one under another, so a phone never needs more than two boxes across', () => {
    const c = chainOf(index, PHONG_DOANH);
    const l = layoutChain(c.nodes, c.edges);
    const y = new Map(l.nodes.map((n) => [n.node.id, n]));
    const focus = y.get(PHONG_DOANH)!;
    // 71/NQ-CP → 57-NQ/TW is told by the plan but not on its chain: drawn below it.
    expect(y.get(E57)!.y).toBeGreaterThan(focus.y + focus.height);
    expect(y.get(E71)!.y).toBeGreaterThan(y.get(E57)!.y);
    expect(l.width).toBeLessThanOrEqual(2 * NODE_WIDTH + 20);
    for (const n of l.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(l.width + 0.5);
      expect(n.y + n.height).toBeLessThanOrEqual(l.height + 0.5);
    }
  });

  it('a document implementing twenty others turns sideways instead of growing twenty boxes wide', () => {
    const hub = documentRecords(docs, entities)[0]!;
    const parents = Array.from({ length: 20 }, (_, i) => ({ ...hub, id: `p${i}`, held: false, name: null, url: `/dan-chieu/p${i}/` }));
    const edges = parents.map((p) => ({ from: hub.id, to: p.id, relation: 'implements' as const, evidence: [{ sentence: 's', sourceDoc: hub.id }] }));
    const l = layoutChain([hub, ...parents], edges);
    expect(l.direction).toBe('LR');
    expect(l.width).toBeLessThanOrEqual(2 * NODE_WIDTH + 60);
    const x = new Map(l.nodes.map((n) => [n.node.id, n.x]));
    // The implementing document comes first, on the left, where a phone shows it.
    for (const p of parents) expect(x.get(p.id)!).toBeGreaterThan(x.get(hub.id)!);
    // A narrow chain keeps the top-to-bottom reading.
    const c = chainOf(index, LANG_SON_LETTER);
    expect(layoutChain(c.nodes, c.edges).direction).toBe('TB');
  });

  it('wraps labels so no line overflows its box', () => {
    const c = chainOf(index, LANG_SON_PLAN);
    const l = layoutChain(c.nodes, c.edges);
    const hd = l.nodes.find((n) => n.node.id === E16)!;
    expect(hd.lines[0]).toBe('Hướng dẫn');
    expect(hd.lines.length).toBeGreaterThan(3);
    for (const n of l.nodes) for (const line of n.lines) expect(line.length).toBeLessThanOrEqual(CHARS_PER_LINE + 1);
  });
});

describe('renderChainSvg', () => {
  const c = chainOf(index, PHONG_DOANH);
  const svg = renderChainSvg(layoutChain(c.nodes, c.edges), {
    idPrefix: 'g1', title: 'Chuỗi thực hiện của Kế hoạch 22/KH-UBND', description: 'Kế hoạch 22/KH-UBND thực hiện …', focus: PHONG_DOANH,
  });

  it('marks a picture wider than a phone, for the switch that shows it at full size there', () => {
    // The same picture, one unit wider than two boxes.
    const narrow = layoutChain(c.nodes, c.edges);
    const wide = { ...narrow, width: PHONE_WIDTH + 1 };
    expect(renderChainSvg(wide, { idPrefix: 'g2', title: 't', description: 'd' })).toMatch(/^<div class="chain-stack" data-wide>/);
    // As it is, two boxes wide at most: nothing to switch.
    expect(narrow.width).toBeLessThanOrEqual(PHONE_WIDTH);
    expect(svg).toMatch(/^<div class="chain-stack">/);
  });

  it('is an accessible image with a title and description', () => {
    expect(svg).toMatch(/^<div class="chain-stack"><svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img" aria-labelledby="g1-t g1-d"/);
    // The image holds no link (its children are presentational): links are a separate, hidden pointer layer.
    const [picture, links] = svg.split('</svg>');
    expect(picture).not.toContain('<a ');
    expect(links).toMatch(/^<svg [^>]*class="chain-links" aria-hidden="true"/);
    expect(svg).toContain('<title id="g1-t">Chuỗi thực hiện của Kế hoạch 22/KH-UBND</title>');
    expect(svg).toContain('<desc id="g1-d">');
  });

  it('links every node to its page and marks the focus', () => {
    for (const id of [PHONG_DOANH, E923, E02, E71, E57]) expect(svg).toContain(`<g data-node="${id}"`);
    expect(svg).toContain(`<a href="/van-ban/${PHONG_DOANH}/" tabindex="-1" data-node="${PHONG_DOANH}">`);
    expect(svg).toContain(`<g data-node="${PHONG_DOANH}" data-focus="true">`);
    expect(svg).toContain(`<a href="/dan-chieu/${E57}/"`);
    expect(svg).toContain('>Nghị quyết 57-NQ/TW</tspan>');
    expect(svg).toMatch(/>Quyết định<\/tspan><tspan [^>]*>923\/QĐ-TTg<\/tspan>/);
    expect((svg.match(/<g data-from=/g) ?? []).length).toBe(3);
    expect(svg).toContain(`data-from="${E71}" data-to="${E57}"><path`);
  });

  it('escapes hostile text: content is data, never markup', () => {
    const evil = documentRecords([{ ...docs[0]!, id: 'x', docType: '<script>alert(1)</script>', issuer: '"><img src=x onerror=alert(1)>' }], []);
    const out = renderChainSvg(layoutChain(evil, []), { idPrefix: 'e', title: '</title><script>', description: '&', focus: 'x' });
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toContain('&#60;/title&#62;&#60;script&#62;');
    expect(out).toContain('<desc id="e-d">&#38;</desc>');
  });
});

describe('labels', () => {
  it('writes numbers and symbols the way each family does', () => {
    expect(numberSymbol({ number: '57', symbol: 'NQ/TW' })).toBe('57-NQ/TW');
    expect(numberSymbol({ number: '148', symbol: 'KH/ĐU' })).toBe('148-KH/ĐU');
    expect(numberSymbol({ number: '923', symbol: 'QĐ-TTg' })).toBe('923/QĐ-TTg');
    expect(numberSymbol({ number: '24', symbol: 'QĐ-UBND', symbolYear: 2018 })).toBe('24/2018/QĐ-UBND');
    expect(numberSymbol({ number: '06', symbol: 'QH15', symbolYear: 2022 })).toBe('06/2022/QH15');
    // A joint circular's symbol holds a slash, but its number carries the year: slashes, not the Party's hyphen.
    expect(numberSymbol({ number: '10', symbol: 'TTLT/BTP-BCA-BQP-BTC-TANDTC-VKSNDTC', symbolYear: 2018 })).toBe('10/2018/TTLT/BTP-BCA-BQP-BTC-TANDTC-VKSNDTC');
    expect(numberSymbol({ number: '1419', symbol: 'VKS-VP' })).toBe('1419/VKS-VP');
    expect(numberSymbol({ number: null, symbol: null })).toBeNull();
  });

  it('gives the formal reference trainers and reporters quote', () => {
    expect(docReference(labelled(docs[1]!))).toBe('Kế hoạch số 200/KH-UBND ngày 09/10/2021 của UBND tỉnh Lạng Sơn');
    expect(docReference({ docType: 'Kế hoạch', number: null, symbol: null, date: null, issuer: 'Ban Thường vụ Đảng ủy phường Bắc Kạn' }))
      .toBe('Kế hoạch của Ban Thường vụ Đảng ủy phường Bắc Kạn');
    expect(shortIssuer('Uỷ ban nhân dân quận Tân Bình')).toBe('UBND quận Tân Bình');
    // A document cited by name only is called by its name.
    expect(docReference({ docType: 'Luật', number: null, symbol: null, date: null, issuer: null, name: 'Luật Thi đua, khen thưởng' })).toBe('Luật Thi đua, khen thưởng');
    expect(shortName({ docType: 'Điều lệ', number: null, symbol: null, date: null, issuer: null, name: 'Điều lệ Đảng' })).toBe('Điều lệ Đảng');
    expect(shortName({ docType: 'Kế hoạch', number: null, symbol: null, date: null, issuer: null })).toBe('Kế hoạch (chưa rõ số)');
  });

  it('wraps on words and marks a cut', () => {
    expect(wrap('Ủy ban nhân dân xã Phong Doanh tỉnh Ninh Bình', 16)).toEqual(['Ủy ban nhân dân', 'xã Phong Doanh', 'tỉnh Ninh Bình']);
    expect(wrap('một hai ba bốn năm sáu', 7, 2)).toEqual(['một hai', 'ba bốn…']);
  });
});
