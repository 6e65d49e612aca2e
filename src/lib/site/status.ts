/** A document's status as pages, open data and feeds show it (src/lib/status/). */
import { statusGroup, type DocumentStatus, type StatusGroup } from '../status/status.ts';
import { changeLine, GROUP_LABELS, statusHeadline, statusSummary, timeline, type StatusLine, type TimelineEvent } from '../status/labels.ts';
import type { SiteData } from './collection.ts';
import { docReference, docUrl, entityUrl, labelled } from './format.ts';

const UNKNOWN: DocumentStatus = { state: 'unknown', changes: [] };

/** The day the site is built: "đang có hiệu lực" is true as of that day. */
export function buildDay(): string {
  return new Date().toISOString().slice(0, 10);
}

export function statusOf(id: string, data: SiteData): DocumentStatus {
  return data.statuses.get(id) ?? UNKNOWN;
}

/** Names any document of the site: "Thông tư số 25/2021/TT-BTC ngày 07/04/2021 của Bộ Tài chính". */
export function referenceOf(data: SiteData): (id: string) => string {
  return (id) => {
    const held = data.byId.get(id);
    if (held) return docReference(labelled(held.projection));
    const e = data.entities.get(id);
    return e ? docReference(labelled(e)) : id;
  };
}

export function urlOf(id: string, data: SiteData): string {
  return data.byId.has(id) ? docUrl(id) : entityUrl(id);
}

export interface StatusView {
  group: StatusGroup;
  headline: StatusLine;
  changes: StatusLine[];
  summary: string;
  timeline: TimelineEvent[];
}

export function statusView(id: string, data: SiteData, today = buildDay()): StatusView {
  const s = statusOf(id, data);
  const ref = referenceOf(data);
  const issued = data.byId.get(id)?.frontmatter.date ?? data.entities.get(id)?.date ?? null;
  return {
    group: statusGroup(s),
    headline: statusHeadline(s, ref, today),
    changes: s.changes.map((c) => changeLine(c, ref)),
    summary: statusSummary(s, ref, today),
    timeline: timeline(s, issued, ref),
  };
}

/** What search results say of a document's status: the first line another document states (what replaced or amended it), with its sentence. */
export function searchedStatusLine(view: StatusView, id: string): StatusLine | null {
  return [view.headline, ...view.changes].find((l) => l.by !== null && l.by !== id) ?? null;
}

/** The order status groups are offered in, on browse pages as in search. */
export const STATUS_GROUPS: readonly StatusGroup[] = ['in-force', 'amended', 'replaced-or-repealed', 'unknown'];

export interface StatusFacetOption {
  group: StatusGroup;
  label: string;
  count: number;
}

/**
 * How many rows of a browse page fall in each status group, groups without a
 * row left out. A page whose rows all share one group gets an empty list: a
 * filter with a single choice filters nothing, so the page shows none.
 */
export function statusFacet(rows: ReadonlyArray<{ status?: string | null }>): StatusFacetOption[] {
  const counts = new Map<StatusGroup, number>();
  for (const r of rows) {
    const g = (STATUS_GROUPS as readonly string[]).includes(r.status ?? '') ? (r.status as StatusGroup) : 'unknown';
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const options = STATUS_GROUPS.filter((g) => counts.has(g)).map((g) => ({ group: g, label: GROUP_LABELS[g], count: counts.get(g)! }));
  return options.length > 1 ? options : [];
}
