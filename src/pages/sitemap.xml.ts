import type { APIRoute } from 'astro';
import { getReadingData } from '../components/reading/reading-data.ts';
import { byIssuer, byType, byYear, sitemapXml, type SitemapEntry } from '../lib/export/index.ts';
import { graphFilters } from '../lib/graph/index.ts';

/** Every HTML page of the site: fixed pages, documents, cited-only pages, browse and graph pages. */
export const GET: APIRoute = async ({ site }) => {
  const { rows, chains } = getReadingData();
  const entries: SitemapEntry[] = [
    { path: '/' },
    { path: '/tim-kiem/' },
    { path: '/loai/' },
    { path: '/co-quan/' },
    { path: '/nam/' },
    { path: '/do-thi/' },
    ...rows.map((r) => ({ path: r.url, lastmod: r.held ? r.date : null })),
    ...byType(rows).map((g) => ({ path: `/loai/${g.slug}/` })),
    ...byIssuer(rows).flatMap((l) => l.issuers.map((g) => ({ path: `/co-quan/${g.slug}/` }))),
    ...byYear(rows).map((g) => ({ path: `/nam/${g.slug}/` })),
    ...graphFilters(chains).map((f) => ({ path: `/do-thi/${f.kind}/${f.slug}/` })),
  ];
  const xml = await sitemapXml(entries, site ?? 'http://localhost:4321');
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
