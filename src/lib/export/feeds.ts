/**
 * Atom and RSS feeds of held documents by date of issue, newest first, with the
 * `feed` library. Undated documents (a missing first page) cannot be placed in
 * a feed ordered by date: they are returned in `undated` so the caller can say
 * so, never dropped silently.
 */
import { Feed } from 'feed';
import { formalReference, typeName } from '../graph/labels.ts';
import { byDateDesc, type DocumentRow } from './records.ts';

export interface FeedResult {
  feed: Feed;
  undated: DocumentRow[];
}

/** Dates of issue are Vietnamese calendar days: midnight in Hà Nội (UTC+7). */
export function issueInstant(iso: string): Date {
  return new Date(`${iso}T00:00:00+07:00`);
}

export function documentFeed(rows: DocumentRow[], site: string | URL, limit = 200): FeedResult {
  const held = rows.filter((r) => r.held);
  const dated = byDateDesc(held.filter((r) => r.date !== null)).slice(0, limit);
  const undated = held.filter((r) => r.date === null);
  const home = new URL('/', site).href;
  const newest = dated[0]?.date;
  const feed = new Feed({
    id: home,
    title: 'Căn cứ — văn bản mới theo ngày ban hành',
    description: 'Văn bản trong bộ sưu tập Căn cứ, mới nhất trước.',
    link: home,
    language: 'vi',
    // The newest document's date, not the build time: rebuilding the same collection gives the same feed.
    updated: newest ? issueInstant(newest) : new Date(0),
    generator: 'Căn cứ',
    copyright: 'Văn bản công khai của cơ quan nhà nước và tổ chức Đảng.',
    feedLinks: { atom: new URL('/atom.xml', site).href, rss: new URL('/rss.xml', site).href },
  });
  for (const d of dated) {
    const link = new URL(d.url, site).href;
    feed.addItem({
      id: link,
      guid: link,
      link,
      title: formalReference(d),
      description: [d.title ?? formalReference(d), d.statusText].filter(Boolean).join(' — '),
      date: issueInstant(d.date as string),
      published: issueInstant(d.date as string),
      // The status is a category too, so a reader can follow "Bị thay thế hoặc hết hiệu lực" alone.
      category: [{ name: typeName(d.docType), term: typeName(d.docType) }, ...(d.status && d.statusLabel ? [{ name: d.statusLabel, term: d.status }] : [])],
      ...(d.issuer ? { author: [{ name: d.issuer }] } : {}),
    });
  }
  return { feed, undated };
}
