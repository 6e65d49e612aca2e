import type { APIRoute } from 'astro';
import { sitemapEntries } from '../lib/site/sitemap.ts';
import { sitemapXml } from '../lib/export/index.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(await sitemapXml(sitemapEntries(), site), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
