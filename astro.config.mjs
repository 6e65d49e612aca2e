// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'https://can-cu.example.org',
  trailingSlash: 'always',
  integrations: [mdx(), pagefind()],
});
