/**
 * Astro integration: after `astro build`, indexes the built pages with Pagefind into
 * dist/pagefind/ (see src/lib/search/build-index.ts), with each page's number and date from
 * the site data. Any indexing error fails
 * the build with the file at fault.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { documentRecords } from '../lib/document.ts';
import { buildSearchIndex } from '../lib/search/build-index.ts';
import { getSiteData } from '../lib/site/collection.ts';

export default function pagefind(): AstroIntegration {
  return {
    name: 'can-cu-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // The documents come from the site data the pages were built from, not from the built files.
        const data = getSiteData();
        const documents = documentRecords(data.documents.map((d) => d.projection), [...data.entities.values()]).map((r) => ({
          url: r.url, docType: r.docType, number: r.number, symbol: r.symbol, symbolYear: r.symbolYear, date: r.date,
        }));
        try {
          await buildSearchIndex(site, (msg) =>
            msg.startsWith('warning: ') ? logger.warn(msg.slice(9)) : logger.info(msg),
          { documents });
        } catch (e) {
          throw new Error(`Search index (Pagefind) failed: ${(e as Error).message}`, { cause: e });
        }
      },
    },
  };
}
