import type { APIRoute } from 'astro';
import { getReadingData } from '../../lib/site/reading.ts';
import { endedFeed } from '../../lib/export/index.ts';
import { warnUndated } from '../../lib/site/feed-notice.ts';

export const GET: APIRoute = ({ site }) => {
  const { rss, undated } = endedFeed(getReadingData().ended, site);
  warnUndated('bi-thay-the/rss.xml', undated, 'whose end has no date (neither its own nor the ending document’s)', '/bi-thay-the/');
  return new Response(rss(), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
