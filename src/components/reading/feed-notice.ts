import type { DocumentRow } from '../../lib/export/index.ts';

const told = new Set<string>();

/** Says once per build which documents a date-ordered feed cannot hold, and why. */
export function warnUndated(feedName: string, undated: DocumentRow[]): void {
  if (undated.length === 0 || told.has(feedName)) return;
  told.add(feedName);
  console.warn(
    `[reading] ${feedName}: ${undated.length} document(s) without a date of issue are not in the feed ` +
      `(they are listed at /nam/khong-ro/): ${undated.map((r) => r.id).join(', ')}`,
  );
}
