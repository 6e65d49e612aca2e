/**
 * Search over a sharded index, in Chromium. The bundled collection fits in a
 * few shards at the default sizes, so these tests index the site data again, into a
 * copy of the built site, with smaller shards (four pages in the newest), the way a
 * large collection is cut, and check that the answers are the same as on the site as built, that
 * a first answer comes from the newest shard, and that a year filter fetches
 * only the shards of that year. Run `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { DIST, launchBrowser, serveDist, type Served } from './harness.ts';
import { readSearch, q, type ShownSearch } from '../fixtures/search/browser.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { getSiteData } from '../../src/lib/site/collection.ts';
import { useRenderedDir } from '../../src/lib/site/rendered.ts';
import { searchPages } from '../../src/lib/site/search-pages.ts';
import type { ShardManifest } from '../../src/lib/search/shards.ts';

const KH200 = '/van-ban/ke-hoach-200-kh-ubnd-2021-ubnd-tinh-lang-son/';
const KH22 = '/van-ban/ke-hoach-22-kh-ubnd-2025-ubnd-xa-phong-doanh/';
const NQ57 = '/dan-chieu/nghi-quyet-57-nq-tw-2024-bo-chinh-tri/';

let dir: string;
let manifest: ShardManifest;
let sharded: Served;
let asBuilt: Served;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'can-cu-shards-'));
  cpSync(DIST, dir, { recursive: true });
  // A small newest shard, as a large collection is cut; the others sized so that the bundled
  // collection (some 1,600 pages) still makes several shards without hundreds of indexing runs.
  // The bodies as the build's loader rendered them, in Astro's cache folder.
  useRenderedDir(resolve('node_modules', '.astro'));
  await buildSearchIndex(searchPages(getSiteData()), join(dir, 'pagefind'), () => {}, { shardSizes: { first: 4, max: 250, undated: 250 } });
  manifest = JSON.parse(readFileSync(join(dir, 'pagefind', 'shards.json'), 'utf8')) as ShardManifest;
  sharded = await serveDist(dir);
  asBuilt = await serveDist();
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await sharded?.close();
  await asBuilt?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Notes, in the page, the first result shown while the search was still going
// (the newest shard's answer) and every state the page went through.
const WATCH = `
  window.__seen = { states: [], firstWhilePartial: null };
  new MutationObserver(() => {
    const root = document.querySelector('[data-search-page]');
    if (!root) return;
    const s = window.__seen;
    const state = root.dataset.state;
    if (s.states[s.states.length - 1] !== state) s.states.push(state);
    if (state === 'partial' && s.firstWhilePartial === null) {
      s.firstWhilePartial = root.querySelector('.sr-item a.sr-link')?.getAttribute('href') ?? null;
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
`;

interface Watched {
  page: Page;
  shown: ShownSearch;
  states: string[];
  firstWhilePartial: string | null;
  /** Shard folders whose index chunks or fragments were fetched. */
  shards: Set<string>;
}

async function search(base: string, params: string): Promise<Watched> {
  const context = await browser.newContext();
  await context.addInitScript(WATCH);
  const page = await context.newPage();
  const shards = new Set<string>();
  page.on('request', (r) => {
    // What a search reads. (The page fetches the newest shard's metadata as it opens, and the
    // counts per filter value load every merged shard's filter values.)
    const m = /^\/pagefind\/([^/]+)\/(?:index|fragment)\//.exec(new URL(r.url()).pathname);
    if (m) shards.add(m[1]!);
  });
  await page.goto(`${base}/tim-kiem/${params}`);
  const shown = await readSearch(page);
  const seen = await page.evaluate(() => (window as unknown as { __seen: { states: string[]; firstWhilePartial: string | null } }).__seen);
  return { page, shown, states: seen.states, firstWhilePartial: seen.firstWhilePartial, shards };
}

const pathOf = (href: string): string => new URL(href, 'http://x').pathname;

describe('a sharded index', () => {
  it('is cut into several shards, newest first', () => {
    expect(manifest.shards.length).toBeGreaterThan(4);
    expect(manifest.shards[0]!.pages).toBeLessThanOrEqual(8);
    const dated = manifest.shards.filter((s) => s.to !== null);
    for (let i = 1; i < dated.length; i++) expect(dated[i]!.to! <= dated[i - 1]!.from!).toBe(true);
  });

  it.each([
    ['covid', KH200],
    ['Phong Doanh', KH22],
    ['chuyen doi so', null],
    ['"chuyển đổi số"', null],
    ['thi đua', null],
    ['57-NQ/TW', NQ57],
    ['nq 57', NQ57],
    ['200/KH-UBND', KH200],
  ])('finds for %j what the site as built finds', async (query, first) => {
    const a = await search(sharded.url, q(query));
    const b = await search(asBuilt.url, q(query));
    expect(a.shown.state).toBe('done');
    expect(a.shown.results.length).toBeGreaterThan(0);
    // The same documents found. The order below the first result may differ: Pagefind
    // weighs a word by how rare it is in each shard, not in the whole collection.
    expect(a.shown.status).toBe(b.shown.status);
    if (b.shown.results.length < 10) expect(a.shown.results.map((r) => r.path).sort()).toEqual(b.shown.results.map((r) => r.path).sort());
    if (first) expect(a.shown.results[0]!.path).toBe(first);
    await a.page.context().close();
    await b.page.context().close();
  });

  it('shows the newest shard\'s answer first, then the whole one', async () => {
    // "cán bộ cấp xã" is in the newest documents (2026), and in older ones.
    const s = await search(sharded.url, q('cán bộ'));
    expect(s.states).toContain('partial');
    expect(s.states.indexOf('partial')).toBeLessThan(s.states.indexOf('done'));
    await s.page.context().close();
  });

  it('puts a document found by its number first already in the first answer, from whichever shard holds it', async () => {
    const older = manifest.shards.findIndex((sh) => sh.years.includes(2021));
    expect(older).toBeGreaterThan(0);
    const s = await search(sharded.url, q('200/KH-UBND'));
    expect(s.states).toContain('partial');
    expect(pathOf(s.firstWhilePartial ?? '')).toBe(KH200);
    await s.page.context().close();
  });

  it('fetches only the shards holding the year filtered on', async () => {
    const holding = manifest.shards.filter((sh) => sh.years.includes(2021)).map((sh) => sh.id);
    const s = await search(sharded.url, `${q('thi đua')}&nam=2021`);
    expect(s.shown.results.length).toBeGreaterThan(0);
    for (const r of s.shown.results) expect(r.facts).toMatch(/2021/);
    expect([...s.shards].sort()).toEqual([...holding].sort());
    await s.page.context().close();
  });

  it('sorts newest first across shards, undated documents last', async () => {
    const s = await search(sharded.url, `${q('kế hoạch')}&sap-xep=ngay`);
    const dates = s.shown.results.map((r) => /(\d{2})\/(\d{2})\/(\d{4})/.exec(r.facts)).map((m) => (m ? `${m[3]}-${m[2]}-${m[1]}` : null));
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated.length).toBeGreaterThan(3);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.indexOf(null) === -1 || dates.slice(dates.indexOf(null)).every((d) => d === null)).toBe(true);
    // Several shards answered.
    expect(s.shards.size).toBeGreaterThan(2);
    await s.page.context().close();
  });
});
