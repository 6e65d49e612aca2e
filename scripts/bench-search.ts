/**
 * Search benchmark: index size, and per query the bytes fetched and the time to
 * first results in headless Chromium, driving the real search page.
 *
 *   npx node scripts/bench-search.ts                       # dist/ (the bundled corpus) + 10,000 synthetic documents
 *   npx node scripts/bench-search.ts --site DIR            # an already built site only
 *   npx node scripts/bench-search.ts --synthetic 2000      # dist/ + 2,000 synthetic documents
 *   npx node scripts/bench-search.ts --json out.json       # also write the figures as JSON
 *   npx node scripts/bench-search.ts --dist DIR            # take the built site from DIR instead of dist/
 *
 * Run `npm run build` first: the synthetic site reuses the built search page.
 * Each query is measured three ways, on the page's own clock (Resource Timing):
 * opened as a shared link in an empty browser (from navigation start, so the
 * engine's script, wasm and manifest count); typed into the search page once its
 * engine is ready (loaded, newest shard merged, warmed up: the page marks it);
 * and as the next query on that page. For each, the time and the
 * bytes under /pagefind/ until the first results show (from the newest shard)
 * and until every shard the search needs has answered. Bytes are as served
 * with no HTTP compression (Pagefind gzips its index files itself).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveDist } from '../tests/browser/harness.ts';
import { buildSearchIndex } from '../src/lib/search/build-index.ts';
import { READY_MARK } from '../src/lib/search/client.ts';
import { writeSyntheticSite } from '../tests/fixtures/search/synthetic.ts';

const QUERIES = [
  'chuyển đổi số',
  'chuyen doi so',
  'thi đua',
  'cải cách hành chính',
  'dang uy',
  'đột phá',
  '57-NQ/TW',
  'nq 57',
  '200/KH-UBND',
  'sáng tạo',
];

interface Phase {
  /** Milliseconds until the first result is on screen (or "nothing found"). */
  firstMs: number;
  /** Bytes under /pagefind/ fetched by then. */
  firstBytes: number;
  /** Milliseconds until the first page of results (ten) is on screen. */
  pageMs: number;
  pageBytes: number;
  /** Milliseconds until the search is over (every shard it needs searched). */
  doneMs: number;
  doneBytes: number;
  requests: number;
}

interface QueryFigures {
  query: string;
  results: number;
  /** Milliseconds from opening the search page (its box focused once loaded) until its engine was ready (READY_MARK). */
  readyMs: number;
  /** Opened as a shared link (/tim-kiem/?q=…) in an empty browser: times from navigation start, engine included. */
  link: Phase;
  /** Typed into the search page once its engine is ready (the page fetches and warms it up as it opens). */
  typed: Phase;
  /** The next query typed on the same page. */
  warm: Phase;
}

interface SiteFigures {
  name: string;
  pages: number;
  shards: number;
  indexBytes: number;
  indexFiles: number;
  queries: QueryFigures[];
}

function manifestOf(site: string): { pages: number; shards: number } {
  const m = JSON.parse(readFileSync(join(site, 'pagefind', 'shards.json'), 'utf8')) as { shards: Array<{ pages: number }> };
  return { pages: m.shards.reduce((n, s) => n + s.pages, 0), shards: m.shards.length };
}

function dirStats(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const s = dirStats(p);
      bytes += s.bytes;
      files += s.files;
    } else {
      bytes += statSync(p).size;
      files++;
    }
  }
  return { bytes, files };
}

// Runs in the page before its own scripts: notes (on the page's clock) when the
// first result appears and when the search is over, and keeps every resource timing.
const WATCH = `
  performance.setResourceTimingBufferSize(100000);
  window.__search = { from: 0, drawn: 0, first: null, page: null, done: null };
  new MutationObserver(() => {
    const root = document.querySelector('[data-search-page]');
    if (!root) return;
    const s = window.__search;
    const state = root.dataset.state;
    const list = root.querySelector('[data-results]');
    const over = state === 'empty' || state === 'error';
    // The first result of this search's answer (not one left from the query before).
    if (s.first === null && (over || (Number(list.dataset.drawn ?? 0) > s.drawn && list.querySelector('.sr-item')))) s.first = performance.now();
    if (s.page === null && (over || state === 'partial' || state === 'done')) s.page = performance.now();
    if (s.done === null && (over || state === 'done')) s.done = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-drawn'] });
`;

type Page = import('playwright-core').Page;

/** Waits for the search under way to end, then reads its phase figures from the page. */
async function readPhase(page: Page): Promise<Phase & { results: number }> {
  await page.waitForFunction(() => (window as unknown as { __search: { done: number | null } }).__search.done !== null, null, { timeout: 120_000 });
  return page.evaluate(() => {
    const s = (window as unknown as { __search: { from: number; first: number; page: number; done: number } }).__search;
    const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (e) => new URL(e.name).pathname.startsWith('/pagefind/') && e.startTime >= s.from,
    );
    const bytes = (until: number): number => entries.filter((e) => e.responseEnd <= until).reduce((n, e) => n + e.transferSize, 0);
    const status = document.querySelector('[data-search-page] [data-status]')?.textContent ?? '';
    const n = /Tìm thấy (\d+)/.exec(status);
    return {
      firstMs: s.first - s.from,
      firstBytes: bytes(s.first),
      pageMs: s.page - s.from,
      pageBytes: bytes(s.page),
      doneMs: s.done - s.from,
      doneBytes: bytes(s.done),
      requests: entries.filter((e) => e.responseEnd <= s.done).length,
      results: n ? Number(n[1]) : 0,
    };
  });
}

/** Types `query` into the open search page and submits it; figures count from the submission. */
async function typed(page: Page, query: string): Promise<Phase & { results: number }> {
  await page.evaluate((q) => {
    const s = (window as unknown as { __search: { from: number; drawn: number; first: number | null; page: number | null; done: number | null } }).__search;
    const input = document.querySelector<HTMLInputElement>('[data-search-page] #sp-q')!;
    input.value = q;
    s.from = performance.now();
    s.drawn = Number(document.querySelector<HTMLElement>('[data-search-page] [data-results]')!.dataset.drawn ?? 0);
    s.first = null;
    s.page = null;
    s.done = null;
    input.form!.requestSubmit();
  }, query);
  return readPhase(page);
}

async function benchSite(browser: Browser, name: string, dir: string): Promise<SiteFigures> {
  const served = await serveDist(dir);
  const index = dirStats(join(dir, 'pagefind'));
  const { pages, shards } = manifestOf(dir);
  const figures: SiteFigures = { name, pages, shards, indexBytes: index.bytes, indexFiles: index.files, queries: [] };
  const fresh = async (): Promise<{ context: import('playwright-core').BrowserContext; page: Page }> => {
    const context = await browser.newContext();
    await context.addInitScript(WATCH);
    return { context, page: await context.newPage() };
  };
  try {
    for (const [i, query] of QUERIES.entries()) {
      const a = await fresh();
      await a.page.goto(`${served.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
      const link = await readPhase(a.page);
      await a.context.close();

      const b = await fresh();
      await b.page.goto(`${served.url}/tim-kiem/`, { waitUntil: 'load' });
      // The page fetches the engine and the newest shard when the reader steps into the box,
      // and warms the engine up: "typed" is a reader who submits once that is done (the page marks it).
      await b.page.locator('#sp-q').focus();
      await b.page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK, { timeout: 30_000 });
      const readyMs = await b.page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, READY_MARK);
      // A reader is still typing a second later (and the browser has finished its own work after the page loaded).
      await b.page.waitForTimeout(1000);
      const first = await typed(b.page, query);
      const warm = await typed(b.page, QUERIES[(i + 1) % QUERIES.length]!);
      await b.context.close();

      const phase = ({ results: _, ...p }: Phase & { results: number }): Phase => p;
      figures.queries.push({ query, results: link.results, readyMs, link: phase(link), typed: phase(first), warm: phase(warm) });
    }
  } finally {
    await served.close();
  }
  return figures;
}

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)]!;
}

function print(f: SiteFigures): void {
  const kb = (b: number): string => `${(b / 1024).toFixed(0)} KB`;
  console.log(`\n## ${f.name}: ${f.pages} pages in ${f.shards} shards, index ${kb(f.indexBytes)} in ${f.indexFiles} files`);
  console.log('Each cell: ms, KB fetched under /pagefind/ (engine, manifest, index, fragments) by then. "1st": first result on screen;');
  console.log('"10": first page of results; "all": every shard searched.');
  console.log(`Engine ready (loaded, newest shard merged, warmed up) ${Math.round(median(f.queries.map((q) => q.readyMs)))} ms after opening the search page and stepping into its box (median); "typed" queries are submitted a second later.`);
  const kinds = ['link', 'typed', 'warm'] as const;
  const heads = { link: 'link', typed: 'typed', warm: 'next query' };
  console.log(`| query | results | ${kinds.map((k) => `${heads[k]}: 1st | ${heads[k]}: 10 | ${heads[k]}: all`).join(' | ')} |`);
  console.log(`| --- | ---: | ${kinds.map(() => '---: | ---: | ---:').join(' | ')} |`);
  const cells = (p: Phase): string =>
    [`${Math.round(p.firstMs)}, ${kb(p.firstBytes)}`, `${Math.round(p.pageMs)}, ${kb(p.pageBytes)}`, `${Math.round(p.doneMs)}, ${kb(p.doneBytes)}`].join(' | ');
  for (const q of f.queries) console.log(`| ${q.query} | ${q.results} | ${kinds.map((k) => cells(q[k])).join(' | ')} |`);
  const med = (k: (typeof kinds)[number]): Phase => {
    const m = (pick: (p: Phase) => number): number => median(f.queries.map((q) => pick(q[k])));
    return {
      firstMs: m((p) => p.firstMs),
      firstBytes: m((p) => p.firstBytes),
      pageMs: m((p) => p.pageMs),
      pageBytes: m((p) => p.pageBytes),
      doneMs: m((p) => p.doneMs),
      doneBytes: m((p) => p.doneBytes),
      requests: m((p) => p.requests),
    };
  };
  console.log(`| **median** | | ${kinds.map((k) => cells(med(k))).join(' | ')} |`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string' },
      synthetic: { type: 'string', default: '10000' },
      dist: { type: 'string', default: 'dist' },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const browser = await launchBrowser();
  const all: SiteFigures[] = [];
  try {
    if (values.site) {
      all.push(await benchSite(browser, values.site, values.site));
    } else {
      // A snapshot, so that a rebuild of dist/ during the run cannot skew it.
      const dist = values.dist;
      if (!existsSync(join(dist, 'pagefind', 'shards.json'))) throw new Error(`${dist}/pagefind not found: run \`npm run build\` first`);
      const snapshot = mkdtempSync(join(tmpdir(), 'can-cu-bench-dist-'));
      cpSync(dist, snapshot, { recursive: true });
      all.push(await benchSite(browser, 'bundled corpus (dist/)', snapshot));
      const count = Number(values.synthetic);
      if (count > 0) {
        const dir = mkdtempSync(join(tmpdir(), 'can-cu-bench-'));
        const t0 = performance.now();
        const pages = writeSyntheticSite(dir, count, snapshot);
        const t1 = performance.now();
        const report = await buildSearchIndex(pages, join(dir, 'pagefind'), (m) => console.log(m));
        console.log(`synthetic site: ${count} pages written in ${Math.round(t1 - t0)} ms, indexed in ${report.ms} ms`);
        all.push(await benchSite(browser, `synthetic (${count} documents)`, dir));
        if (values.keep) console.log(`kept ${dir}`);
        else rmSync(dir, { recursive: true, force: true });
      }
      rmSync(snapshot, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  for (const f of all) print(f);
  if (values.json) writeFileSync(values.json, JSON.stringify(all, null, 2));
}

await main();
