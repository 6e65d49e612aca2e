import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapEntries } from '../lib/site/sitemap.ts';
import { sitemapChunks, urlsetXml } from '../lib/export/index.ts';

/** Only when the site has more than 50,000 pages: sitemap.xml then indexes these. */
export const getStaticPaths = (() => {
  const chunks = sitemapChunks(sitemapEntries());
  return chunks.length <= 1 ? [] : chunks.map((entries, i) => ({ params: { n: String(i + 1) }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) =>
  new Response(await urlsetXml((props as { entries: Parameters<typeof urlsetXml>[0] }).entries, site), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
