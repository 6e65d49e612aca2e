// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import pagefind from './src/integrations/pagefind.ts';
import originals from './src/integrations/originals.ts';
import { documentPlugin } from './src/markdown/index.ts';
import { MARKDOWN_FEATURES } from './src/lib/site/features.ts';
import { ASTRO_NO_INLINE } from './src/lib/security/csp.ts';
import { siteFromEnv } from './src/lib/site/address.ts';
import { incrementalBuild } from './src/lib/site/page-keys.ts';

export default defineConfig({
  // The public address: SITE=https://… npm run build, or npm run build -- --site https://…
  // (the flag wins). Unset, the build writes relative links and says no address was set.
  site: siteFromEnv(process.env.SITE),
  // Links are written with the slash; 'ignore' only lets the preview server (npm start) also
  // answer /tim-kiem as /tim-kiem/, as static hosts do. The built files are the same as with 'always'.
  trailingSlash: 'ignore',
  markdown: {
    processor: satteri({ hastPlugins: [documentPlugin()], features: MARKDOWN_FEATURES }),
  },
  // No MDX integration: the documents loader renders .mdx bodies as Markdown
  // (src/loaders/documents.ts), so nothing reaches Vite as an MDX module.
  // The original files are copied beside the pages (src/integrations/originals.ts), not rendered as routes.
  integrations: [originals(), pagefind()],
  // The Content-Security-Policy allows no inline script or style: every script and
  // stylesheet is a file of its own.
  build: { ...ASTRO_NO_INLINE.build },
  vite: {
    build: { ...ASTRO_NO_INLINE.vite.build },
  },
  // npm run build -- --incremental: pages whose cache key (src/lib/site/page-keys.ts) and code
  // are unchanged are copied from the last build's cache instead of rendered.
  experimental: { incrementalBuild: incrementalBuild() },
});
