/**
 * sitemap.xml with the `sitemap` library (escaping, limits, schema). A sitemap
 * holds at most 50,000 addresses: up to that, sitemap.xml lists them; beyond,
 * sitemap.xml becomes an index of /sitemap-1.xml, /sitemap-2.xml … so a very
 * large collection never breaks the build or the protocol.
 */
import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import { NO_ADDRESS_NOTE } from '../site/address.ts';
import { escapeHtml } from '../html.ts';

export interface SitemapEntry {
  /** Site path, e.g. /van-ban/<id>/. */
  path: string;
  /** ISO date the page's content was last known to change (document date), when known. */
  lastmod?: string | null;
}

export const SITEMAP_LIMIT = 50_000;

/** One entry per path, in first-seen order. */
export function uniqueEntries(entries: SitemapEntry[]): SitemapEntry[] {
  return [...new Map(entries.map((e) => [e.path, e])).values()];
}

/** The entries of /sitemap-<n>.xml (1-based) when the site needs more than one. */
export function sitemapChunks(entries: SitemapEntry[], limit = SITEMAP_LIMIT): SitemapEntry[][] {
  const unique = uniqueEntries(entries);
  const chunks: SitemapEntry[][] = [];
  for (let i = 0; i < unique.length; i += limit) chunks.push(unique.slice(i, i + limit));
  return chunks;
}

/**
 * The sitemap protocol wants absolute addresses, and no address was set: the
 * file says so in a comment and lists root-relative paths, which is what the
 * build knows, rather than addresses on a host the site will never have.
 */
function relativeSitemap(entries: SitemapEntry[], root: 'urlset' | 'sitemapindex' = 'urlset'): string {
  const item = root === 'urlset' ? 'url' : 'sitemap';
  const items = entries.map((e) => `<${item}><loc>${escapeHtml(e.path)}</loc>${e.lastmod ? `<lastmod>${escapeHtml(e.lastmod)}</lastmod>` : ''}</${item}>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${NO_ADDRESS_NOTE} -->\n<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items.join('')}</${root}>`;
}

export async function urlsetXml(entries: SitemapEntry[], site: string | URL | undefined): Promise<string> {
  if (!site) return relativeSitemap(entries);
  const stream = new SitemapStream({ hostname: new URL('/', site).href });
  const items = entries.map((e) => ({ url: e.path, ...(e.lastmod ? { lastmod: e.lastmod } : {}) }));
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8');
}

/** sitemap.xml: the addresses themselves, or an index of the chunk files when there are too many. */
export async function sitemapXml(entries: SitemapEntry[], site: string | URL | undefined, limit = SITEMAP_LIMIT): Promise<string> {
  const chunks = sitemapChunks(entries, limit);
  if (chunks.length <= 1) return urlsetXml(chunks[0] ?? [], site);
  if (!site) return relativeSitemap(chunks.map((_, i) => ({ path: `/sitemap-${i + 1}.xml` })), 'sitemapindex');
  const index = new SitemapIndexStream();
  const items = chunks.map((_, i) => ({ url: new URL(`/sitemap-${i + 1}.xml`, site).href }));
  return (await streamToPromise(Readable.from(items).pipe(index))).toString('utf8');
}
