/**
 * Astro integration for the search index (src/lib/search/build-index.ts), with each page's
 * number and date from the site data.
 *
 * Under `npm run build` (scripts/build.ts sets CAN_CU_INDEX_PLAN) the index is built by a
 * process of its own while Astro writes the pages (scripts/index-search.ts): this integration
 * only writes, before the first page, which pages there will be. Under a plain `astro build`
 * it indexes the built pages after the build, into dist/pagefind/. Either way any indexing
 * error fails the build with the file at fault.
 */
import type { AstroIntegration } from 'astro';
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documentRecords } from '../lib/document.ts';
import { buildSearchIndex, type OpenDataDocument } from '../lib/search/build-index.ts';
import { getSiteData } from '../lib/site/collection.ts';
import { incrementalBuild, pageKeys } from '../lib/site/page-keys.ts';
import { buildPart } from '../lib/site/build-part.ts';

/** What search takes from each document of the site data: the documents come from the data the pages are built from, not from the built files. */
function searchDocuments(): OpenDataDocument[] {
  const data = getSiteData();
  // An incremental build keys each page by what it shows: the index keeps a shard whose pages' keys are unchanged.
  const keys = incrementalBuild() ? pageKeys(data) : null;
  return documentRecords(data.documents.map((d) => d.projection), [...data.entities.values()]).map((r) => ({
    url: r.url, docType: r.docType, number: r.number, symbol: r.symbol, symbolYear: r.symbolYear, date: r.date,
    ...(keys ? { key: (r.held ? keys.documents : keys.cited).get(r.id) } : {}),
  }));
}

export default function pagefind(): AstroIntegration {
  const plan = process.env.CAN_CU_INDEX_PLAN;
  return {
    name: 'can-cu-pagefind',
    hooks: {
      'astro:build:start': ({ logger }) => {
        // Indexing the built pages afterwards would cut shards from this part's pages alone, unlike the other parts'.
        if (!plan && buildPart()) throw new Error('a build in parts (CAN_CU_BUILD_PART) runs under npm run build, which indexes each part\'s shards of the whole site');
        if (!plan) return;
        // Written whole, then renamed: the indexing process never reads half of it.
        writeFileSync(`${plan}.tmp`, JSON.stringify({ documents: searchDocuments() }));
        renameSync(`${plan}.tmp`, plan);
        logger.info('pages to index handed to the search index process; it indexes them as they are written');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (plan) return;
        try {
          await buildSearchIndex(fileURLToPath(dir), (msg) =>
            msg.startsWith('warning: ') ? logger.warn(msg.slice(9)) : logger.info(msg),
          { documents: searchDocuments() });
        } catch (e) {
          throw new Error(`Search index (Pagefind) failed: ${(e as Error).message}`, { cause: e });
        }
      },
    },
  };
}
