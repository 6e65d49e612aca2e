/**
 * Astro integration for the search index (src/lib/search/build-index.ts), built from the site
 * data's pages (src/lib/site/search-pages.ts), not from the written site.
 *
 * Under `npm run build` (scripts/build.ts sets CAN_CU_INDEX_PLAN) the index is built by a
 * process of its own while Astro writes the pages (scripts/index-search.ts): this integration
 * hands it, before the first page, the pages to index. Under a plain `astro build` it indexes
 * them after the build, into dist/pagefind/. Either way any indexing error fails the build
 * with the page at fault.
 */
import type { AstroIntegration } from 'astro';
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildSearchIndex, type IndexPage } from '../lib/search/build-index.ts';
import { getSiteData } from '../lib/site/collection.ts';
import { searchPages } from '../lib/site/search-pages.ts';
import { incrementalBuild, pageKeys } from '../lib/site/page-keys.ts';
import { buildPart } from '../lib/site/build-part.ts';

function pagesToIndex(): IndexPage[] {
  const data = getSiteData();
  // An incremental build keys each page by what it shows: the index keeps a shard whose pages' keys are unchanged.
  return searchPages(data, incrementalBuild() ? { keys: pageKeys(data) } : {});
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
        writeFileSync(`${plan}.tmp`, JSON.stringify({ pages: pagesToIndex() }));
        renameSync(`${plan}.tmp`, plan);
        logger.info('pages to index handed to the search index process');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (plan) return;
        try {
          await buildSearchIndex(pagesToIndex(), join(fileURLToPath(dir), 'pagefind'), (msg) =>
            msg.startsWith('warning: ') ? logger.warn(msg.slice(9)) : logger.info(msg),
          );
        } catch (e) {
          throw new Error(`Search index (Pagefind) failed: ${(e as Error).message}`, { cause: e });
        }
      },
    },
  };
}
