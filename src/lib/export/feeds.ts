/**
 * Atom and RSS feeds of held documents by date of issue, newest first, with the
 * `feed` library. Undated documents (a missing first page) cannot be placed in
 * a feed ordered by date: they are returned in `undated` so the caller can say
 * so, never dropped silently.
 */
import { Feed } from 'feed';
import { docReference, formatDate, fullIssuer, typeName } from '../site/format.ts';
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

export function documentFeed(rows: DocumentRow[], site: string | URL | undefined, limit = 200): FeedResult {
  const held = rows.filter((r) => r.held);
  const dated = byDateDesc(held.filter((r) => r.date !== null)).slice(0, limit);
  const undated = held.filter((r) => r.date === null);
  const out = newFeed(site, {
    path: '/',
    title: 'Căn cứ — văn bản mới theo ngày ban hành',
    description: 'Văn bản của Căn cứ, mới nhất trước.',
    feeds: { atom: '/atom.xml', rss: '/rss.xml' },
    newest: dated[0]?.date ?? null,
  });
  for (const d of dated) {
    out.add(d.url, {
      title: docReference(d),
      description: [d.title ?? docReference(d), d.statusText].filter(Boolean).join(' — '),
      date: d.date as string,
      // The status is a category too, so a reader can follow "Bị thay thế hoặc hết hiệu lực" alone.
      category: [{ name: typeName(d.docType), term: typeName(d.docType) }, ...(d.status && d.statusLabel ? [{ name: d.statusLabel, term: d.status }] : [])],
      author: d.issuer,
    });
  }
  return { feed: out.feed, undated, atom: out.atom, rss: out.rss };
}

/** A document the collection says was replaced or repealed, with what says so. */
export interface EndedEntry {
  row: DocumentRow;
  state: 'replaced' | 'repealed';
  /** The replacing or repealing document, named and linked. */
  by: { reference: string; url: string; date: string | null };
  /** The day the end takes effect, when the stating text gives it. */
  from: string | null;
  sentence: string;
  article: string | null;
}

/** The day an end is dated by: the day it takes effect, else the date of the document that states it. */
export function endDay(e: EndedEntry): string | null {
  return e.from ?? e.by.date;
}

/** Newest end first, an end no text dates last; ties by id, so the order is the same on every build. */
export function endedNewestFirst(entries: readonly EndedEntry[]): EndedEntry[] {
  return [...entries].sort((a, b) => (endDay(b) ?? '').localeCompare(endDay(a) ?? '') || a.row.id.localeCompare(b.row.id));
}

/**
 * "Văn bản bị thay thế": documents, held or cited only, that a held document replaces or
 * repeals, newest end first. An entry is dated by the day the end takes effect, else by the
 * date of the document that states it; one with neither is returned in `undated`.
 */
export function endedFeed(entries: EndedEntry[], site: string | URL | undefined, limit = 200): FeedResult & { undatedEntries: EndedEntry[] } {
  const dated = endedNewestFirst(entries.filter((e) => endDay(e) !== null)).slice(0, limit);
  const undatedEntries = entries.filter((e) => endDay(e) === null);
  const out = newFeed(site, {
    path: '/bi-thay-the/',
    title: 'Căn cứ — văn bản bị thay thế hoặc bãi bỏ',
    description: 'Văn bản (có toàn văn hoặc chỉ được dẫn chiếu) mà một văn bản có toàn văn trên Căn cứ thay thế hoặc bãi bỏ, theo ngày hết hiệu lực, mới nhất trước.',
    feeds: { atom: '/bi-thay-the/atom.xml', rss: '/bi-thay-the/rss.xml' },
    newest: dated[0] ? endDay(dated[0]) : null,
  });
  for (const e of dated) {
    const verb = e.state === 'replaced' ? 'Bị thay thế bởi' : 'Bị bãi bỏ bởi';
    const day = endDay(e)!;
    out.add(e.row.url, {
      title: `${docReference(e.row)} — ${verb.toLowerCase()} ${e.by.reference}`,
      description: `${verb} ${e.by.reference}${e.from ? ` từ ${formatDate(e.from)}` : ''}${e.article ? ` (${e.article})` : ''}: “${e.sentence}”`,
      date: day,
      category: [{ name: typeName(e.row.docType), term: typeName(e.row.docType) }, { name: verb, term: e.state }],
      author: e.row.issuer,
      // The entry's own id carries the ending document: the same document ended twice is two news items.
      idSuffix: `#${e.state}-${e.by.url}`,
    });
  }
  return { feed: out.feed, undated: undatedEntries.map((e) => e.row), undatedEntries, atom: out.atom, rss: out.rss };
}

interface FeedItemInput {
  title: string;
  description: string;
  date: string;
  category: { name: string; term: string }[];
  author: string | null;
  idSuffix?: string;
}

/**
 * Without a site address the links are root-relative (a feed reader resolves
 * them against the feed's own address) and the ids are URNs, since an Atom id
 * must be absolute and must not change when the site gets its address later.
 */
function newFeed(site: string | URL | undefined, o: { path: string; title: string; description: string; feeds: { atom: string; rss: string }; newest: string | null }) {
  const base = site ?? NO_HOST;
  const idOf = (path: string) => (site ? siteUrl(path, site) : `urn:can-cu:${path}`);
  const feed = new Feed({
    id: idOf(o.path),
    title: o.title,
    description: `${o.description}${site ? '' : ` ${NO_ADDRESS_NOTE}`}`,
    link: siteUrl(o.path, base),
    language: 'vi',
    // The newest entry's date, not the build time: rebuilding the same collection gives the same feed.
    updated: o.newest ? issueInstant(o.newest) : new Date(0),
    generator: 'Căn cứ',
    copyright: 'Văn bản công khai của cơ quan nhà nước và tổ chức Đảng.',
    feedLinks: { atom: siteUrl(o.feeds.atom, base), rss: siteUrl(o.feeds.rss, base) },
  });
  const relative = (xml: string) => (site ? xml : xml.replaceAll(NO_HOST, ''));
  return {
    feed,
    add(url: string, item: FeedItemInput) {
      const id = idOf(url) + (item.idSuffix ?? '');
      feed.addItem({
        id,
        guid: id,
        link: siteUrl(url, base),
        title: item.title,
        description: item.description,
        date: issueInstant(item.date),
        published: issueInstant(item.date),
        category: item.category,
        ...(item.author ? { author: [{ name: fullIssuer(item.author)! }] } : {}),
      });
    },
    atom: () => relative(feed.atom1()),
    rss: () => relative(feed.rss2()),
  };
}
