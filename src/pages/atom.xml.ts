import type { APIRoute } from 'astro';
import { getReadingData } from '../lib/site/reading.ts';
import { documentFeed } from '../lib/export/index.ts';
import { warnUndated } from '../lib/site/feed-notice.ts';

export const GET: APIRoute = ({ site }) => {
  const { atom, undated } = documentFeed(getReadingData().rows, site);
  warnUndated('atom.xml', undated);
  return new Response(atom(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
