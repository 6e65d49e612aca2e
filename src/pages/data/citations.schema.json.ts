import type { APIRoute } from 'astro';
import { openCitationSchema, openDataJsonSchema } from '../../lib/site/open-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(openDataJsonSchema(openCitationSchema, 'Các dẫn chiếu giữa văn bản của Căn cứ (/data/citations.json)'), null, 1), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
