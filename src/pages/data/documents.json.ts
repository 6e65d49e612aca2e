import type { APIRoute } from 'astro';
import { getSiteData } from '../../lib/site/collection.ts';
import { openDocuments } from '../../lib/site/open-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(openDocuments(getSiteData()), null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
