// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import pagefind from './src/integrations/pagefind.ts';
import { documentPlugin } from './src/markdown/index.ts';
import { MARKDOWN_FEATURES } from './src/lib/site/features.ts';
import { ASTRO_NO_INLINE } from './src/lib/security/csp.ts';
import { siteFromEnv } from './src/lib/site/address.ts';

/**
 * Astro 7 warns once per MDX file that a module-level "use …" directive is
 * ignored when bundling (a known upstream issue with the compiled MDX output).
 * Only that warning is dropped; every other one is passed on.
 * @param {{ code?: string }} warning
 */
const isMdxDirectiveWarning = (warning) => warning.code === 'MODULE_LEVEL_DIRECTIVE';

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
  integrations: [mdx(), pagefind()],
  // The Content-Security-Policy allows no inline script or style: every script and
  // stylesheet is a file of its own.
  build: { ...ASTRO_NO_INLINE.build },
  vite: {
    build: {
      ...ASTRO_NO_INLINE.vite.build,
      rollupOptions: {
        onwarn(warning, warn) {
          if (isMdxDirectiveWarning(warning)) return;
          warn(warning);
        },
      },
    },
  },
});
