/**
 * Cache keys for Astro's incremental build (`npm run build -- --incremental`): a page whose key
 * and code are unchanged since the last build is copied from Astro's cache instead of rendered.
 *
 * A key is the digest of everything the page shows, computed with the same functions its
 * template and components call (src/pages/van-ban/[id].astro, src/pages/dan-chieu/[id].astro,
 * Status.astro, ChainGraph.astro, ShareMeta.astro). Why the views and not the inputs: a page
 * shows facts of other documents (who cites it, what amends it, its chain), and a digest of
 * what it shows changes exactly when one of them does, without a list of neighbours to keep
 * right by hand. A view added to a page must be added here too; the build test that compares an
 * incremental build with a full one (tests/browser/incremental-build.test.ts) fails otherwise.
 */
import { createHash } from 'node:crypto';
import type { SiteData } from './collection.ts';
import { getReadingData } from './reading.ts';
import { incomingPanel, outgoingPanel } from './panels.ts';
import { referenceOf, statusView, urlOf } from './status.ts';
import { amendmentNoteView, articleAmendments, noteLinksByDocument } from './amendments.ts';
import { renderedDigest } from './rendered.ts';
import { originalOf } from './originals.ts';
import { chainDigester, chainOf, filterComponents, type ChainEdge, type ChainIndex, type GraphFilter } from '../graph/index.ts';

/**
 * Set by `npm run build -- --incremental` (scripts/build.ts), which also turns on Astro's
 * `experimental.incrementalBuild` (astro.config.mjs). Keys are computed only then: they cost a
 * pass over every page's views, which a full build does not need.
 */
export const INCREMENTAL_ENV = 'CAN_CU_INCREMENTAL';

export function incrementalBuild(): boolean {
  return process.env[INCREMENTAL_ENV] === '1';
}

/** JSON with maps and sets written as their entries, so that what they hold counts. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { map: [...v.entries()] };
    if (v instanceof Set) return { set: [...v] };
    return v;
  });
}

function digest(parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(typeof p === 'string' ? p : stable(p)).update('\0');
  return hash.digest('base64url');
}

// A chain's documents and edges, and the collection graph's chains, are the same objects on every
// page that shows them: each is digested once. Serialising each page's chain whole was 1.2 GB of
// JSON for 3,000 generated documents.
const partDigests = new WeakMap<object, string>();
function once(part: object, parts: () => unknown[]): string {
  let d = partDigests.get(part);
  if (d === undefined) {
    d = digest(parts());
    partDigests.set(part, d);
  }
  return d;
}

const digestOnce = (part: object): string => once(part, () => [part]);

/**
 * The chain as found, not as drawn: the picture is a function of its documents and edges, and
 * laying it out is the costliest view of a page. An edge's quotes name the documents they come
 * from, which may be on no chain of this page: their records count with the edge.
 */
function edgeDigestOnce(edge: ChainEdge): string {
  return once(edge, () => {
    const { chains } = getReadingData();
    const source = (id: string) => {
      const n = chains.nodes.get(id);
      return n ? digestOnce(n) : id;
    };
    return [edge, edge.evidence.map((v) => source(v.sourceDoc))];
  });
}

const digesters = new WeakMap<ChainIndex, (focus: string) => string>();
function chainDigest(id: string): string {
  const { chains } = getReadingData();
  let digester = digesters.get(chains);
  if (!digester) {
    digester = chainDigester(chains, digestOnce, edgeDigestOnce, (focus) => digest([chainOf(chains, focus)]));
    digesters.set(chains, digester);
  }
  return digester(id);
}

/**
 * The key of a page of the collection graph (/do-thi/loai/<slug>/, /do-thi/dia-phuong/<slug>/):
 * every chain the filter selects, whole (documents, edges, quotes, the documents matched), and
 * the filters the page links to, with their counts.
 */
export function collectionGraphKey(filter: GraphFilter): string {
  const { components, filters } = getReadingData();
  // (A filter's copy of a chain shares its lists: the chain is digested once for every filter.)
  const chains = filterComponents(components, filter).map((c) => [
    once(c.edges, () => [digestOnce(c.root), c.nodes.map(digestOnce), c.edges.map(edgeDigestOnce)]),
    [...c.matches].sort(),
  ]);
  return digest(['collection-graph', filter, filters, components.length, chains]);
}

/** What every document page (held or cited-only) shows besides its own record. */
function sharedViews(id: string, data: SiteData, citedOnly: boolean): unknown[] {
  const reading = getReadingData();
  const status = statusView(id, data);
  const ref = referenceOf(data);
  const by = [status.headline, ...status.changes].flatMap((l) => (l.by ? [[l.by, ref(l.by), urlOf(l.by, data)]] : []));
  return [
    status,
    by,
    citedOnly ? null : noteLinksByDocument(id, data),
    incomingPanel(id, data),
    chainDigest(id),
    reading.rowById.get(id) ?? null,
  ];
}

/** The key of a page that shows its props and nothing else of the site data (a browse page: /co-quan/<slug>/). */
export function propsKey(props: unknown): string {
  return digest(['props', props]);
}

/** The key of a held document's page (/van-ban/<id>/). */
export function documentPageKey(id: string, data: SiteData): string {
  const doc = data.byId.get(id);
  if (!doc) throw new Error(`no held document ${id} to key`);
  const related = doc.frontmatter.related.map((r) => {
    const other = data.byId.get(r.id);
    return other ? [r, other.projection, other.frontmatter.title] : null;
  });
  const notes = articleAmendments(id, data);
  return digest([
    'document',
    { ...doc, text: undefined },
    // What the body was rendered from, not the body: the same, without reading every body.
    renderedDigest(id),
    // The link to the original file is shown only while the file is there, unchanged.
    originalOf(doc.frontmatter.source),
    notes,
    notes.map((n) => amendmentNoteView(n, data)),
    outgoingPanel(id, data),
    related,
    ...sharedViews(id, data, false),
  ]);
}

/** Every document page's key by id, computed once per site data for the whole process. */
export interface PageKeys {
  documents: Map<string, string>;
  cited: Map<string, string>;
}

// The search index integration (astro.config.mjs's module graph) hands the keys to the index
// process before the first page; the pages (another module graph) use the same ones.
const KEYS = Symbol.for('can-cu.page-keys');
type KeySlot = { [KEYS]?: { data: SiteData; keys: PageKeys } };

export function pageKeys(data: SiteData): PageKeys {
  const slot = globalThis as KeySlot;
  if (slot[KEYS]?.data === data) return slot[KEYS].keys;
  const keys: PageKeys = {
    documents: new Map(data.documents.map((d) => [d.id, documentPageKey(d.id, data)])),
    cited: new Map([...data.entities.keys()].map((id) => [id, citedPageKey(id, data)])),
  };
  slot[KEYS] = { data, keys };
  return keys;
}

/** The key of a cited-only document's page (/dan-chieu/<id>/). */
export function citedPageKey(id: string, data: SiteData): string {
  const entity = data.entities.get(id);
  if (!entity) throw new Error(`no cited document ${id} to key`);
  return digest(['cited', entity, ...sharedViews(id, data, true)]);
}
