import type { DocumentRow } from '../export/index.ts';

const told = new Set<string>();
/** A build log is read by people: a few names, the count of the rest (the page lists them all). */
const SHOWN = 10;

/** Says once per build which documents a date-ordered feed cannot hold, and why, and where they are listed instead. */
export function warnUndated(feedName: string, undated: DocumentRow[], why = 'without a date of issue', listedAt = '/nam/khong-ro/'): void {
  if (undated.length === 0 || told.has(feedName)) return;
  told.add(feedName);
  console.warn(
    `[reading] ${feedName}: ${undated.length} document(s) ${why} are not in the feed ` +
      `(they are listed at ${listedAt}): ${undated.slice(0, SHOWN).map((r) => r.id).join(', ')}` +
      (undated.length > SHOWN ? ` and ${undated.length - SHOWN} more` : ''),
  );
}
