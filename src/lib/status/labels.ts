/**
 * What a status says, in Vietnamese, for pages, open data and feeds. A status
 * line is shown with the sentence it comes from; the wording never claims more
 * than that sentence (a document the collection says nothing about is "Chưa rõ
 * hiệu lực"). `today` (ISO) only decides between "Đang có hiệu lực" and "Có
 * hiệu lực từ" a day still to come, or "Hết hiệu lực" after a stated end.
 */
import { formatDate } from '../site/format.ts';
import type { DocumentStatus, Statement, StatusChange, StatusGroup } from './status.ts';

export const GROUP_LABELS: Record<StatusGroup, string> = {
  'in-force': 'Có hiệu lực',
  amended: 'Được sửa đổi, bổ sung hoặc hết hiệu lực một phần',
  'replaced-or-repealed': 'Bị thay thế hoặc hết hiệu lực',
  unknown: 'Chưa rõ hiệu lực',
};

export interface StatusLine {
  text: string;
  /** The stating document (null when it is the document itself). */
  by: string | null;
  evidence: Statement | null;
}

const day = (iso: string | null) => (iso ? formatDate(iso) : null);
/**
 * What a change names: its articles, or its parts' own words where they name clauses or points of them ("khoản 2 và khoản 4
 * Điều 5, khoản 4 Điều 7" repealed is not "Điều 5, Điều 7"). An amending text's articles are those its items amend.
 */
const articles = (c: StatusChange) =>
  c.kind !== 'amends' && c.parts && /(?:^|[\s,])(?:khoản|điểm)\s/iu.test(c.parts) ? c.parts : c.articles.length ? c.articles.join(', ') : c.parts;

/** `ref(id)` names a document ("Thông tư số 25/2021/TT-BTC ngày …"). */
export function statusHeadline(s: DocumentStatus, ref: (id: string) => string, today: string): StatusLine {
  switch (s.state) {
    case 'in-force': {
      const where = s.evidence.article ? ` (${s.evidence.article})` : '';
      const until = s.until ? ` đến hết ngày ${day(s.until)}` : '';
      if (s.until && s.until < today) return { text: `Hết hiệu lực sau ngày ${day(s.until)}${where}`, by: null, evidence: s.evidence };
      const lead = s.from > today ? 'Có hiệu lực từ' : 'Đang có hiệu lực từ';
      return { text: `${lead} ${day(s.from)}${until}${where}`, by: null, evidence: s.evidence };
    }
    case 'replaced':
      return { text: `Bị thay thế bởi ${ref(s.by)}${s.from ? ` từ ${day(s.from)}` : ''}`, by: s.by, evidence: s.evidence };
    case 'repealed':
      return { text: `Hết hiệu lực${s.from ? ` từ ${day(s.from)}` : ''} theo ${ref(s.by)}`, by: s.by, evidence: s.evidence };
    case 'unknown':
      return { text: 'Chưa rõ hiệu lực', by: null, evidence: null };
  }
}

export function changeLine(c: StatusChange, ref: (id: string) => string): StatusLine {
  const named = articles(c);
  const tail = named ? `: ${named}` : '';
  const from = c.from ? ` (từ ${day(c.from)})` : '';
  const text =
    c.kind === 'amends'
      ? `Được sửa đổi, bổ sung bởi ${ref(c.by)}${tail}${from}`
      : c.kind === 'partly-replaces'
        ? `Được thay thế một phần bởi ${ref(c.by)}${tail}${from}`
        : c.kind === 'suspends'
          ? `Bị đình chỉ thi hành bởi ${ref(c.by)}${tail}${from}`
          : `Hết hiệu lực một phần theo ${ref(c.by)}${tail}${from}`;
  return { text, by: c.by, evidence: c.evidence };
}

export interface TimelineEvent {
  date: string;
  text: string;
  by: string | null;
}

/** Issued, in force, changed, ended: the dated events the collection gives, oldest first. */
export function timeline(s: DocumentStatus, issued: string | null, ref: (id: string) => string): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  if (issued) out.push({ date: issued, text: 'Ban hành', by: null });
  const start = s.state === 'in-force' ? s.from : s.state === 'unknown' ? null : (s.inForceFrom ?? null);
  if (start) out.push({ date: start, text: 'Có hiệu lực', by: null });
  for (const c of s.changes) {
    if (!c.from) continue;
    const named = articles(c);
    const what = c.kind === 'amends' ? 'Được sửa đổi, bổ sung' : c.kind === 'partly-replaces' ? 'Được thay thế một phần' : c.kind === 'suspends' ? 'Bị đình chỉ thi hành' : 'Hết hiệu lực một phần';
    out.push({ date: c.from, text: `${what}${named ? ` (${named})` : ''} theo ${ref(c.by)}`, by: c.by });
  }
  if ((s.state === 'replaced' || s.state === 'repealed') && s.from) {
    out.push({ date: s.from, text: s.state === 'replaced' ? `Bị thay thế bởi ${ref(s.by)}` : `Hết hiệu lực theo ${ref(s.by)}`, by: s.by });
  }
  if (s.state === 'in-force' && s.until) out.push({ date: s.until, text: 'Ngày cuối có hiệu lực', by: null });
  // Stable: same-day events keep the order above (issued before in force before changes).
  return out.map((e, i) => ({ e, i })).sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i).map((x) => x.e);
}

/** One line for CSV and feeds: the headline, then the changes. */
export function statusSummary(s: DocumentStatus, ref: (id: string) => string, today: string): string {
  return [statusHeadline(s, ref, today).text, ...s.changes.map((c) => changeLine(c, ref).text)].join('; ');
}
