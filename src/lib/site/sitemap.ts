/** Every HTML page of the site, for sitemap.xml: fixed pages, documents, cited-only pages, browse and graph pages. */
import { byIssuer, byType, byYear, type SitemapEntry } from '../export/index.ts';
import { getReadingData } from './reading.ts';

export function sitemapEntries(): SitemapEntry[] {
  const { rows, filters } = getReadingData();
  return [
    { path: '/' },
    { path: '/tim-kiem/' },
    { path: '/loai/' },
    { path: '/co-quan/' },
    { path: '/nam/' },
    { path: '/do-thi/' },
    { path: '/du-lieu/' },
    { path: '/gioi-thieu/' },
    { path: '/bi-thay-the/' },
    ...rows.map((r) => ({ path: r.url, lastmod: r.held ? r.date : null })),
    ...byType(rows).map((g) => ({ path: `/loai/${g.slug}/` })),
    ...byIssuer(rows).flatMap((l) => l.issuers.map((g) => ({ path: `/co-quan/${g.slug}/` }))),
    ...byYear(rows).map((g) => ({ path: `/nam/${g.slug}/` })),
    ...filters.map((f) => ({ path: `/do-thi/${f.kind}/${f.slug}/` })),
  ];
}
