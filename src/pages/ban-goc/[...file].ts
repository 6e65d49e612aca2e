import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { getSiteData } from '../../lib/site/collection.ts';
import { originalOf, sitePath } from '../../lib/site/originals.ts';
import { incrementalBuild } from '../../lib/site/page-keys.ts';
import { inBuildPart } from '../../lib/site/build-part.ts';
import { docUrl } from '../../lib/urls.ts';

/** Each document's original file, copied as is (one copy when a file holds several documents). */
export const getStaticPaths = (() => {
  const seen = new Map<string, { path: string; sha256: string }>();
  const data = getSiteData();
  // A build split into parts copies the files of its part's documents (src/lib/site/build-part.ts).
  for (const d of data.documents.filter((d) => inBuildPart(data, docUrl(d.id)))) {
    const o = originalOf(d.frontmatter.source);
    if (o) seen.set(sitePath(d.frontmatter.source.file), { path: o.path, sha256: o.sha256 });
  }
  // An incremental build copies a file whose bytes (checked against their digest) are unchanged.
  const keyed = incrementalBuild();
  return [...seen].map(([file, { path, sha256 }]) => ({ params: { file }, props: { path }, ...(keyed ? { cacheKey: sha256 } : {}) }));
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
