import type { APIRoute, GetStaticPaths } from 'astro';
import { createHash } from 'node:crypto';
import { getSiteData } from '../../lib/site/collection.ts';
import { getReadingData } from '../../lib/site/reading.ts';
import { openCitations, openDocuments } from '../../lib/site/open-data.ts';
import { citationsCsv, documentsCsv } from '../../lib/export/index.ts';
import { incrementalBuild } from '../../lib/site/page-keys.ts';

/**
 * The open data, one path per file: every document (held or cited only) and every citation, as JSON and as CSV with
 * the same records.
 */
const FILES: Record<string, { type: string; body: (site: URL | string | undefined) => string }> = {
  'documents.json': { type: 'application/json; charset=utf-8', body: () => JSON.stringify(openDocuments(getSiteData()), null, 1) },
  'documents.csv': { type: 'text/csv; charset=utf-8', body: (site) => documentsCsv(getReadingData().rows, site) },
  'citations.json': { type: 'application/json; charset=utf-8', body: () => JSON.stringify(openCitations(getSiteData()), null, 1) },
  // The same records as citations.json; a document naming its own number is no citation.
  'citations.csv': { type: 'text/csv; charset=utf-8', body: () => citationsCsv(getReadingData().site.graph.citations) },
};

interface Props {
  /** The file, when an incremental build wrote it to key it. */
  body?: string;
}

// In an incremental build a file's key is its own digest: most edits (a sentence of a body) change no record, and then
// the file is copied from the last build, not handed through a Response and written twice (117 MB at 10,000 documents).
export const getStaticPaths = (() => {
  const keyed = incrementalBuild();
  // (The address the pages' `site` is: the config's, as Astro gives it to the code.)
  const site: string | undefined = import.meta.env.SITE;
  return Object.entries(FILES).map(([file, { body }]) => {
    if (!keyed) return { params: { file }, props: {} };
    const text = body(site);
    return { params: { file }, props: { body: text } satisfies Props, cacheKey: createHash('sha256').update(text).digest('base64url') };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ params, props, site }) => {
  const file = FILES[params.file ?? ''];
  if (!file) throw new Error(`no open-data file ${params.file}`);
  return new Response(props.body ?? file.body(site), { headers: { 'content-type': file.type } });
};
