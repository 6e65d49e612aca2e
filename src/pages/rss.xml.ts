import type { APIRoute } from 'astro';
import { getReadingData } from '../lib/site/reading.ts';
import { documentFeed } from '../lib/export/index.ts';
import { warnUndated } from '../lib/site/feed-notice.ts';

export const GET: APIRoute = ({ site }) => {
  const { rss, undated } = documentFeed(getReadingData().rows, site);
  warnUndated('rss.xml', undated);
  return new Response(rss(), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
