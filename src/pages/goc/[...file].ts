import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { getSiteData } from '../../lib/site/collection.ts';
import { originalFile } from '../../lib/site/original.ts';

/** Each document's raw source file, byte for byte as received (src/lib/site/original.ts). */
export const getStaticPaths = (() => {
  const files = new Set(getSiteData().documents.map((d) => d.frontmatter.source.file));
  return [...files].flatMap((file) => {
    const original = originalFile(file);
    return original ? [{ params: { file }, props: { path: original.path } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync((props as { path: string }).path), { headers: { 'content-type': 'text/plain' } });
