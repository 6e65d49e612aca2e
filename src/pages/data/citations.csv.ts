import type { APIRoute } from 'astro';
import { getReadingData } from '../../lib/site/reading.ts';
import { citationsCsv } from '../../lib/export/index.ts';

/** Every citation found in the held documents, with its sentence; same records as /data/citations.json. */
export const GET: APIRoute = () =>
  new Response(citationsCsv(getReadingData().site.graph.citations), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
