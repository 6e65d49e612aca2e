/**
 * What a collection's citation graph gives a reader, measured on imported
 * MDX documents exactly as the site builds them (scanDocuments → buildSiteData):
 * documents without a number of their own, citations resolved to a held
 * document, documents linked to or from another held document, cited-only pages.
 */
import { scanDocuments } from '../../src/lib/site/load.ts';
import { buildSiteData } from '../../src/lib/site/collection.ts';

export interface CollectionStats {
  documents: number;
  /** Files the site leaves out (frontmatter that does not parse or validate). */
  rejected: number;
  withoutNumber: number;
  /** Citations found in the bodies, the document's own number excluded. */
  citations: number;
  /** Citations that give a number (not by name or a short form). */
  numberedCitations: number;
  resolvedHeld: number;
  numberedResolvedHeld: number;
  ambiguous: number;
  /** Documents with a resolved citation to, or from, another held document. */
  linked: number;
  /** Pages for documents cited but not held (/dan-chieu/…). */
  citedOnly: number;
  citedOnlyBySingleDocument: number;
  /** The same figures for the documents whose source file matches `subset` (if given). */
  subset?: { documents: number; linked: number; withoutNumber: number };
}

export function collectionStats(dir: string, subset?: (sourceFile: string) => boolean): CollectionStats {
  const scan = scanDocuments(dir);
  const site = buildSiteData(scan.documents, dir);
  const records = site.graph.citations.filter((r) => r.toKind !== 'self');
  const numbered = records.filter((r) => r.citation.number !== null);
  const linked = new Set<string>();
  for (const r of records) {
    if (r.toKind === 'held' && r.to && r.to !== r.from) {
      linked.add(r.from);
      linked.add(r.to);
    }
  }
  const stats: CollectionStats = {
    documents: site.documents.length,
    rejected: scan.rejected.length,
    withoutNumber: site.documents.filter((d) => !d.frontmatter.number).length,
    citations: records.length,
    numberedCitations: numbered.length,
    resolvedHeld: records.filter((r) => r.toKind === 'held').length,
    numberedResolvedHeld: numbered.filter((r) => r.toKind === 'held').length,
    ambiguous: records.filter((r) => r.toKind === 'ambiguous').length,
    linked: linked.size,
    citedOnly: site.graph.entities.length,
    citedOnlyBySingleDocument: site.graph.entities.filter((e) => new Set(e.citedBy).size === 1).length,
  };
  if (subset) {
    const docs = site.documents.filter((d) => subset(d.frontmatter.source.file));
    stats.subset = {
      documents: docs.length,
      linked: docs.filter((d) => linked.has(d.id)).length,
      withoutNumber: docs.filter((d) => !d.frontmatter.number).length,
    };
  }
  return stats;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');

export function formatStats(s: CollectionStats, subsetLabel = 'subset'): string {
  const lines = [
    `documents: ${s.documents}${s.rejected ? ` (${s.rejected} files left out: invalid frontmatter)` : ''}`,
    `documents without a number of their own: ${s.withoutNumber} (${pct(s.withoutNumber, s.documents)})`,
    `citations: ${s.citations}; resolved to a held document: ${s.resolvedHeld} (${pct(s.resolvedHeld, s.citations)}); ambiguous: ${s.ambiguous}`,
    `numbered citations: ${s.numberedCitations}; resolved to a held document: ${s.numberedResolvedHeld} (${pct(s.numberedResolvedHeld, s.numberedCitations)})`,
    `documents linked to or from another held document: ${s.linked} (${pct(s.linked, s.documents)})`,
    `cited-only pages: ${s.citedOnly} (${s.citedOnlyBySingleDocument} cited by a single document)`,
  ];
  if (s.subset) {
    lines.push(
      `${subsetLabel}: ${s.subset.documents} documents, ${s.subset.linked} (${pct(s.subset.linked, s.subset.documents)}) linked to or from another held document, ${s.subset.withoutNumber} without a number`,
    );
  }
  return lines.join('\n');
}
