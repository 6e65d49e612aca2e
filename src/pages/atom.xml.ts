import type { APIRoute } from 'astro';
import { getReadingData } from '../components/reading/reading-data.ts';
import { documentFeed } from '../lib/export/index.ts';
import { warnUndated } from '../components/reading/feed-notice.ts';

export const GET: APIRoute = ({ site }) => {
  const { feed, undated } = documentFeed(getReadingData().rows, site ?? 'http://localhost:4321');
  warnUndated('atom.xml', undated);
  return new Response(feed.atom1(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
