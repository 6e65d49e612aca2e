/** The one table `npm run bench` prints (Markdown, so it can go straight into docs/SCALING.md). */

export interface Row {
  label: string;
  files: number;
  documents: number;
  sourceMb: number;
  generateS: number | null;
  importS: number;
  importRssMb: number;
  importCpuS: number;
  /** Documents written per second of the import's wall time. */
  importDocsPerS: number;
  buildS: number;
  buildCpuS: number;
  buildRssMb: number;
  /** Peak of every process of the build together (Astro, Pagefind's service, npm), MB; null where not sampled. */
  treeRssMb: number | null;
  /** Astro's own "N page(s) built in X" (its whole build, without the npm and staging wrapper). */
  renderS: number;
  /** The search index's process, start to end as it logs it: it runs beside Astro, so it overlaps "Astro reports". */
  pagefindS: number;
  pages: number;
  pagesPerS: number;
  citeMbPerS: number | null;
  distMb: number;
  pagefindMb: number;
  /** The first incremental build (`--incremental`), from empty caches: every page written to dist/ and to Astro's cache. */
  incrementalS: number | null;
  /** The incremental build after it, one document changed. */
  rebuildS: number | null;
  rebuildRatio: number | null;
  repeat: number;
}

const f = (n: number | null, digits = 1) => (n === null || Number.isNaN(n) ? '–' : n.toFixed(digits));

export function formatTable(rows: readonly Row[]): string {
  const head = [
    'corpus', 'files → docs', 'source MB', 'import s', 'import docs/s', 'import CPU s', 'import peak MB', 'build s (site+index)', 'build CPU s', 'build peak MB (largest process)', 'build peak MB (all processes)',
    'Astro reports s', 'search index s (beside Astro)', 'pages', 'pages/s', 'cite MB/s (1 core, CPU time)', 'dist MB', 'pagefind MB',
    'incremental build, empty caches s', '1 doc changed: rebuild s', 'rebuild / build',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const r of rows) {
    lines.push(`| ${[
      r.label, `${r.files} → ${r.documents}`, f(r.sourceMb), f(r.importS), f(r.importDocsPerS), f(r.importCpuS), f(r.importRssMb, 0), f(r.buildS), f(r.buildCpuS), f(r.buildRssMb, 0), f(r.treeRssMb, 0),
      f(r.renderS), f(r.pagefindS), String(r.pages), f(r.pagesPerS), f(r.citeMbPerS, 2), f(r.distMb), f(r.pagefindMb),
      f(r.incrementalS), f(r.rebuildS), r.rebuildRatio === null ? '–' : `${(r.rebuildRatio * 100).toFixed(0)} %`,
    ].join(' | ')} |`);
  }
  return lines.join('\n');
}
