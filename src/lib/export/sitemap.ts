/**
 * sitemap.xml with the `sitemap` library (escaping, limits, schema). One file
 * holds up to 50,000 addresses, well above a collection of 10,000 documents and
 * their cited-only pages.
 */
import { Readable } from 'node:stream';
import { SitemapStream, streamToPromise } from 'sitemap';

export interface SitemapEntry {
  /** Site path, e.g. /van-ban/<id>/. */
  path: string;
  /** ISO date the page's content was last known to change (document date), when known. */
  lastmod?: string | null;
}

export const SITEMAP_LIMIT = 50_000;

export async function sitemapXml(entries: SitemapEntry[], site: string | URL): Promise<string> {
  const unique = [...new Map(entries.map((e) => [e.path, e])).values()];
  if (unique.length > SITEMAP_LIMIT) {
    throw new Error(`sitemap.xml: ${unique.length} addresses exceed the ${SITEMAP_LIMIT} a single sitemap may hold`);
  }
  const stream = new SitemapStream({ hostname: new URL('/', site).href });
  const items = unique.map((e) => ({ url: e.path, ...(e.lastmod ? { lastmod: e.lastmod } : {}) }));
  const xml = await streamToPromise(Readable.from(items).pipe(stream));
  return xml.toString('utf8');
}
