import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { getSiteData } from '../../lib/site/collection.ts';
import { originalOf, sitePath } from '../../lib/site/originals.ts';

/** Each document's original file, copied as is (one copy when a file holds several documents). */
export const getStaticPaths = (() => {
  const seen = new Map<string, string>();
  for (const d of getSiteData().documents) {
    const o = originalOf(d.frontmatter.source);
    if (o) seen.set(sitePath(d.frontmatter.source.file), o.path);
  }
  return [...seen].map(([file, path]) => ({ params: { file }, props: { path } }));
}) satisfies GetStaticPaths;

const TYPES: Record<string, string> = {
  pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg',
  tif: 'image/tiff', tiff: 'image/tiff', txt: 'text/plain', md: 'text/markdown',
};

export const GET: APIRoute = ({ props }) => {
  const path = (props as { path: string }).path;
  const ext = sitePath(path).slice(sitePath(path).lastIndexOf('.') + 1).toLowerCase();
  return new Response(readFileSync(path), { headers: { 'content-type': TYPES[ext] ?? 'application/octet-stream' } });
};
