/**
 * What the reading pages need, derived once per build from the site's shared
 * collection data (src/lib/site): rows for browse pages, feeds and CSV, and the
 * implementation-chain index. Memoised per SiteData object, so pages that share
 * a build share one computation.
 */
import { getSiteData, type SiteData } from './collection.ts';
import {
  chainComponents, collectChainEdges, graphFilters, indexChains,
  type ChainComponent, type ChainIndex, type GraphFilter, type Layout,
} from '../graph/index.ts';
import { documentRows, type DocumentRow, type EndedEntry } from '../export/index.ts';
import { buildDay, referenceOf, statusOf, statusView, urlOf } from './status.ts';
import { GROUP_LABELS } from '../status/labels.ts';

export interface ReadingData {
  site: SiteData;
  rows: DocumentRow[];
  heldRows: DocumentRow[];
  rowById: Map<string, DocumentRow>;
  /** Documents a held document replaces or repeals, with the sentence that says so (the "bị thay thế" page and feeds). */
  ended: EndedEntry[];
  chains: ChainIndex;
  /** The collection graph's chains and filters, computed once for all its pages. */
  components: ChainComponent[];
  filters: GraphFilter[];
  /** Layouts of the collection graph's chains by root id: the filter pages redraw the same chains. */
  layouts: Map<string, Layout>;
  /** Layouts of document pages' chain pictures by their documents and relations. */
  chainLayouts: Map<string, Layout>;
}

// One per process, like the site data: the search index integration (the config's module graph)
// keys the pages with it before the pages' own graph renders them.
const MEMO = Symbol.for('can-cu.reading-data');
type Slot = { [MEMO]?: WeakMap<SiteData, ReadingData> };
const memo = ((globalThis as Slot)[MEMO] ??= new WeakMap());

export function getReadingData(): ReadingData {
  const site = getSiteData();
  const found = memo.get(site);
  if (found) return found;
  const docs = site.documents.map((d) => d.projection);
  const today = buildDay();
  const rows = documentRows(docs, [...site.entities.values()], site.graph.citations).map((r) => {
    const view = statusView(r.id, site, today);
    return { ...r, status: view.group, statusLabel: GROUP_LABELS[view.group], statusText: view.summary };
  });
  // The chain graph's nodes are the same records as the rows.
  const chains = indexChains(rows, collectChainEdges(site.graph));
  if (chains.dangling.length > 0) {
    // An edge to a document that has neither a page nor an entity is an engine bug worth seeing.
    console.warn(
      `[reading] ${chains.dangling.length} implementation edge(s) name unknown documents, not drawn: ` +
        chains.dangling.slice(0, 5).map((e) => `${e.from} → ${e.to}`).join(', '),
    );
  }
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const reference = referenceOf(site);
  const ended: EndedEntry[] = [];
  for (const r of rows) {
    const st = statusOf(r.id, site);
    if (st.state !== 'replaced' && st.state !== 'repealed') continue;
    ended.push({
      row: r,
      state: st.state,
      by: { reference: reference(st.by), url: urlOf(st.by, site), date: rowById.get(st.by)?.date ?? null },
      from: st.from,
      sentence: st.evidence.sentence,
      article: st.evidence.article,
    });
  }
  const data = { site, rows, heldRows: rows.filter((r) => r.held), rowById, ended,
    chains,
    components: chainComponents(chains),
    filters: graphFilters(chains),
    layouts: new Map(),
    chainLayouts: new Map(),
  };
  memo.set(site, data);
  return data;
}
