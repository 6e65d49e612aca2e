import type { APIRoute } from 'astro';
import { getReadingData } from '../../lib/site/reading.ts';
import { documentsCsv } from '../../lib/export/index.ts';

/** Every document, held or cited only; same ids as /data/documents.json. */
export const GET: APIRoute = ({ site }) =>
  new Response(documentsCsv(getReadingData().rows, site), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
