/**
 * Astro integration: after `astro build`, indexes dist/ with Pagefind into
 * dist/pagefind/ (see src/lib/search/build-index.ts). Any indexing error fails
 * the build with the file at fault.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/search/build-index.ts';

export default function pagefind(): AstroIntegration {
  return {
    name: 'can-cu-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          await buildSearchIndex(site, (msg) =>
            msg.startsWith('warning: ') ? logger.warn(msg.slice(9)) : logger.info(msg),
          );
        } catch (e) {
          throw new Error(`Search index (Pagefind) failed: ${(e as Error).message}`, { cause: e });
        }
      },
    },
  };
}
