/**
 * The bundled collection's groups (src/lib/site/bundle.ts): read from the
 * README `npm run bundle:select` writes, and counted over the real collection.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectionOverview, LOCAL_PLANS, parseSourcesReadme, readBundleManifest, typeSummary } from '../../src/lib/site/bundle.ts';
import { getSiteData } from '../../src/lib/site/collection.ts';

describe('the sources README', () => {
  it('gives each chain its name and each bundled file its chain, seed and repository', () => {
    const m = parseSourcesReadme(readFileSync('content/sources/README.md', 'utf8'))!;
    expect(m.chains.map((c) => c.key)).toEqual(['sap-xep-dvhc-2025', 'quan-ly-thue', 'hop-nhat', 'luat-va-van-ban-huong-dan']);
    expect(m.chains.find((c) => c.key === 'quan-ly-thue')!.label).toBe('Quản lý thuế');
    expect(m.files.get('dvhcvn__20250701__60-NQ_TW.txt')).toEqual({ chain: 'sap-xep-dvhc-2025', seed: true, repo: 'dvhcvn/20250701' });
    const letter = m.files.get('hongquantq92__hddtvn__cong-van-4868-tct-cs-nhung-noi-dung-moi-cua-nghi-dinh-123.txt')!;
    expect(letter).toEqual({ chain: 'quan-ly-thue', seed: false, repo: 'hongquantq92/hddtvn' });
  });

  it('is no manifest when it has no such tables', () => {
    expect(parseSourcesReadme('# Sources\n\nSome text.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n')).toBeNull();
  });
});

describe('typeSummary', () => {
  it('names the first types by count and sums the rest', () => {
    const t = [
      { type: 'Thông tư', count: 37 },
      { type: 'Nghị định', count: 26 },
      { type: 'Luật', count: 13 },
      { type: 'Công văn/Văn bản', count: 2 },
      { type: 'Quyết định', count: 1 },
    ];
    expect(typeSummary(t)).toBe('37 Thông tư, 26 Nghị định, 13 Luật và 3 văn bản loại khác');
    expect(typeSummary(t, 4)).toBe('37 Thông tư, 26 Nghị định, 13 Luật, 2 Văn bản và 1 văn bản loại khác');
    expect(typeSummary([{ type: 'Nghị quyết', count: 31 }])).toBe('31 Nghị quyết');
  });
});

describe('collectionOverview on the bundled collection', () => {
  const site = getSiteData();
  const o = collectionOverview(site, readBundleManifest())!;

  it('puts every held document in one group, the local plans first', () => {
    expect(o.clusters[0]!.key).toBe(LOCAL_PLANS);
    expect(o.clusters.reduce((n, c) => n + c.held, 0)).toBe(site.documents.length);
    for (const c of o.clusters) expect(c.byType.reduce((n, t) => n + t.count, 0), c.key).toBe(c.held);
  });

  it('counts a document as linked when a resolved citation joins it to another held document', () => {
    const linked = new Set(site.graph.citations.filter((r) => r.toKind === 'held' && r.to && r.to !== r.from).flatMap((r) => [r.from, r.to!]));
    expect(o.linked).toBe(linked.size);
    expect(o.clusters.reduce((n, c) => n + c.linked, 0)).toBe(linked.size);
  });

  it('starts each group at its own documents, the most cited by the group first', () => {
    const tax = o.clusters.find((c) => c.key === 'quan-ly-thue')!;
    // Nghị định 209/2013/NĐ-CP, cited by fourteen of the group, some as OCR wrote its issuer ("Chính pha").
    expect(tax.start.map((d) => d.id)).toContain('nghi-dinh-209-nd-cp-2013-chinh-phu');
    for (const c of o.clusters) {
      expect(c.start.length, c.key).toBeGreaterThan(0);
      expect(c.start.map((d) => d.citedBy)).toEqual([...c.start.map((d) => d.citedBy)].sort((a, b) => b - a));
      for (const d of c.start) expect(site.byId.has(d.id), d.id).toBe(true);
    }
  });
});
