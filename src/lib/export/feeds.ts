/**
 * Atom and RSS feeds of held documents by date of issue, newest first, with the
 * `feed` library. Undated documents (a missing first page) cannot be placed in
 * a feed ordered by date: they are returned in `undated` so the caller can say
 * so, never dropped silently.
 */
import { Feed } from 'feed';
import { docReference, fullIssuer, typeName } from '../site/format.ts';
import { byDateDesc, type DocumentRow } from './records.ts';
import { NO_ADDRESS_NOTE, siteUrl } from '../site/address.ts';

export interface FeedResult {
  feed: Feed;
  undated: DocumentRow[];
  /** The Atom and RSS texts, with root-relative links when no site address was set. */
  atom: () => string;
  rss: () => string;
}

/**
 * The feed library accepts only absolute links. Without a site address the feed
 * is written on this reserved host (RFC 2606: .invalid never resolves) and the
 * host is then cut, leaving the paths.
 */
const NO_HOST = 'http://no-address.invalid';

/** Dates of issue are Vietnamese calendar days: midnight in Hà Nội (UTC+7). */
export function issueInstant(iso: string): Date {
  return new Date(`${iso}T00:00:00+07:00`);
}

/**
 * Without a site address the links are root-relative (a feed reader resolves
 * them against the feed's own address) and the ids are URNs, since an Atom id
 * must be absolute and must not change when the site gets its address later.
 */
export function documentFeed(rows: DocumentRow[], site: string | URL | undefined, limit = 200): FeedResult {
  const base = site ?? NO_HOST;
  const held = rows.filter((r) => r.held);
  const dated = byDateDesc(held.filter((r) => r.date !== null)).slice(0, limit);
  const undated = held.filter((r) => r.date === null);
  const home = siteUrl('/', base);
  const idOf = (path: string) => (site ? siteUrl(path, site) : `urn:can-cu:${path}`);
  const newest = dated[0]?.date;
  const feed = new Feed({
    id: idOf('/'),
    title: 'Căn cứ — văn bản mới theo ngày ban hành',
    description: `Văn bản của Căn cứ, mới nhất trước.${site ? '' : ` ${NO_ADDRESS_NOTE}`}`,
    link: home,
    language: 'vi',
    // The newest document's date, not the build time: rebuilding the same collection gives the same feed.
    updated: newest ? issueInstant(newest) : new Date(0),
    generator: 'Căn cứ',
    copyright: 'Văn bản công khai của cơ quan nhà nước và tổ chức Đảng.',
    feedLinks: { atom: siteUrl('/atom.xml', base), rss: siteUrl('/rss.xml', base) },
  });
  for (const d of dated) {
    const link = siteUrl(d.url, base);
    feed.addItem({
      id: idOf(d.url),
      guid: idOf(d.url),
      link,
      title: docReference(d),
      description: [d.title ?? docReference(d), d.statusText].filter(Boolean).join(' — '),
      date: issueInstant(d.date as string),
      published: issueInstant(d.date as string),
      // The status is a category too, so a reader can follow "Bị thay thế hoặc hết hiệu lực" alone.
      category: [{ name: typeName(d.docType), term: typeName(d.docType) }, ...(d.status && d.statusLabel ? [{ name: d.statusLabel, term: d.status }] : [])],
      ...(d.issuer ? { author: [{ name: fullIssuer(d.issuer)! }] } : {}),
    });
  }
  const relative = (xml: string) => (site ? xml : xml.replaceAll(NO_HOST, ''));
  return { feed, undated, atom: () => relative(feed.atom1()), rss: () => relative(feed.rss2()) };
}
