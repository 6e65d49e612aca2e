/** A document's status as pages, open data and feeds show it (src/lib/status/). */
import { statusGroup, type DocumentStatus, type StatusGroup } from '../status/status.ts';
import { changeLine, statusHeadline, statusSummary, timeline, type StatusLine, type TimelineEvent } from '../status/labels.ts';
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
