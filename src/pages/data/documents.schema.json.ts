import type { APIRoute } from 'astro';
import { openDocumentSchema, openDataJsonSchema } from '../../lib/site/open-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(openDataJsonSchema(openDocumentSchema, 'Các văn bản của Căn cứ: có toàn văn và chỉ được dẫn chiếu (/data/documents.json)'), null, 1), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
