/**
 * The pages this build renders when the build is one part of several (CAN_CU_BUILD_PART=K/N,
 * src/lib/search/parts.ts): a held or cited-only document's pages belong to the part that indexes
 * its search shard; every other page is rendered by every part. Null when the build is whole.
 */
import { documentRecords } from '../document.ts';
import { BUILD_PART_ENV, pagesOfPart, parseBuildPart, type BuildPart } from '../search/parts.ts';
import { isoDate } from '../search/shards.ts';
import type { SiteData } from './collection.ts';

export function buildPart(): BuildPart | null {
  return parseBuildPart(process.env[BUILD_PART_ENV]);
}

const partPages = new WeakMap<SiteData, Set<string>>();

/** Whether the page at `url` (a document's or cited-only document's) is this part's to render; always true for a whole build. */
export function inBuildPart(data: SiteData, url: string): boolean {
  const part = buildPart();
  if (!part) return true;
  let mine = partPages.get(data);
  if (!mine) {
    // The same pages and dates the search index cuts into shards (src/integrations/pagefind.ts).
    const records = documentRecords(data.documents.map((d) => d.projection), [...data.entities.values()]);
    mine = pagesOfPart(records.map((r) => ({ key: r.url, date: isoDate(r.date) })), part);
    partPages.set(data, mine);
  }
  return mine.has(url);
}
