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
 * Bytes are as served (no HTTP compression; Pagefind's index files are gzipped
 * by Pagefind itself, its JS is not), counted from pressing Enter until the
 * results are shown, with an empty browser cache ("cold") and then again for a
 * second query on the same page ("warm").
 */
import { gzipSync } from 'node:zlib';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveDist } from '../tests/browser/harness.ts';
import { buildSearchIndex } from '../src/lib/search/build-index.ts';
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

interface QueryFigures {
  query: string;
  results: number;
  coldBytes: number;
  /** The same transfers from a host that gzips text files (Pagefind's index files are gzipped already). */
  coldGzipBytes: number;
  coldRequests: number;
  coldMs: number;
  warmBytes: number;
  warmMs: number;
}

interface SiteFigures {
  name: string;
  pages: number;
  indexBytes: number;
  indexFiles: number;
  queries: QueryFigures[];
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string, fallback: number): number {
  let n = gzipCache.get(file);
  if (n === undefined) {
    try {
      n = gzipSync(readFileSync(file)).length;
    } catch {
      n = fallback;
    }
    gzipCache.set(file, n);
  }
  return n;
}

function pagesOf(site: string): number {
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
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

/** Submits `query` on the open search page; resolves with ms until the first result (or the "nothing found" state). */
async function timedSearch(page: import('playwright-core').Page, query: string): Promise<{ ms: number; results: number }> {
  return page.evaluate(async (q) => {
    const root = document.querySelector<HTMLElement>('[data-search-page]')!;
    const input = root.querySelector<HTMLInputElement>('#sp-q')!;
    const list = root.querySelector('[data-results]')!;
    input.value = q;
    const start = performance.now();
    const first = new Promise<number>((resolve) => {
      const check = (): boolean => {
        if (list.querySelector('.sr-item') || root.dataset.state === 'empty' || root.dataset.state === 'error') {
          resolve(performance.now() - start);
          return true;
        }
        return false;
      };
      const mo = new MutationObserver(() => {
        if (check()) mo.disconnect();
      });
      mo.observe(root, { subtree: true, childList: true, attributes: true });
    });
    input.form!.requestSubmit();
    const ms = await first;
    await new Promise<void>((ok) => {
      const wait = (): void => (root.dataset.state === 'loading' ? void setTimeout(wait, 5) : ok());
      wait();
    });
    const status = root.querySelector('[data-status]')!.textContent ?? '';
    const n = /Tìm thấy (\d+)/.exec(status);
    return { ms, results: n ? Number(n[1]) : 0 };
  }, query);
}

async function benchSite(browser: Browser, name: string, dir: string, pages: number): Promise<SiteFigures> {
  const served = await serveDist(dir);
  const index = dirStats(join(dir, 'pagefind'));
  const figures: SiteFigures = { name, pages, indexBytes: index.bytes, indexFiles: index.files, queries: [] };
  try {
    for (const [i, query] of QUERIES.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      let gzipBytes = 0;
      let requests = 0;
      let counting = false;
      page.on('requestfinished', (req) => {
        if (!counting) return;
        const path = new URL(req.url()).pathname;
        void req.sizes().then((s) => {
          bytes += s.responseBodySize + s.responseHeadersSize;
          const text = /\.(js|css|json|html)$/.test(path) || path.endsWith('/');
          gzipBytes += s.responseHeadersSize + (text ? gzipSize(join(dir, path.endsWith('/') ? `${path}index.html` : path), s.responseBodySize) : s.responseBodySize);
        });
        requests++;
      });
      await page.goto(`${served.url}/tim-kiem/`, { waitUntil: 'load' });
      counting = true;
      const cold = await timedSearch(page, query);
      await page.waitForTimeout(50);
      const coldBytes = bytes;
      const coldGzipBytes = gzipBytes;
      const coldRequests = requests;
      bytes = 0;
      const next = QUERIES[(i + 1) % QUERIES.length]!;
      const warm = await timedSearch(page, next);
      await page.waitForTimeout(50);
      figures.queries.push({
        query,
        results: cold.results,
        coldBytes,
        coldGzipBytes,
        coldRequests,
        coldMs: Math.round(cold.ms),
        warmBytes: bytes,
        warmMs: Math.round(warm.ms),
      });
      await context.close();
    }
  } finally {
    await served.close();
  }
  return figures;
}

function print(f: SiteFigures): void {
  const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB`;
  console.log(`\n## ${f.name}: ${f.pages} pages, index ${kb(f.indexBytes)} in ${f.indexFiles} files`);
  console.log('query                     results  cold: bytes  (gzip host)  reqs   ms   | warm (next query): bytes   ms');
  for (const q of f.queries) {
    console.log(
      `${q.query.padEnd(25)} ${String(q.results).padStart(7)}  ${kb(q.coldBytes).padStart(12)} ${kb(q.coldGzipBytes).padStart(11)} ${String(q.coldRequests).padStart(6)} ${String(q.coldMs).padStart(5)}   | ${kb(q.warmBytes).padStart(22)} ${String(q.warmMs).padStart(5)}`,
    );
  }
  const cold = f.queries.map((q) => q.coldMs).sort((a, b) => a - b);
  const bytes = f.queries.map((q) => q.coldBytes).sort((a, b) => a - b);
  const gz = f.queries.map((q) => q.coldGzipBytes).sort((a, b) => a - b);
  console.log(`median cold: ${kb(bytes[Math.floor(bytes.length / 2)]!)} fetched (${kb(gz[Math.floor(gz.length / 2)]!)} from a gzip host), ${cold[Math.floor(cold.length / 2)]} ms to first results; worst ${kb(bytes[bytes.length - 1]!)}, ${cold[cold.length - 1]} ms`);
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
      all.push(await benchSite(browser, values.site, values.site, pagesOf(values.site)));
    } else {
      // A snapshot, so that a rebuild of dist/ during the run cannot skew it.
      const dist = values.dist;
      if (!existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))) throw new Error(`${dist}/pagefind not found: run \`npm run build\` first`);
      const snapshot = mkdtempSync(join(tmpdir(), 'can-cu-bench-dist-'));
      cpSync(dist, snapshot, { recursive: true });
      all.push(await benchSite(browser, 'bundled corpus (dist/)', snapshot, pagesOf(snapshot)));
      const count = Number(values.synthetic);
      if (count > 0) {
        const dir = mkdtempSync(join(tmpdir(), 'can-cu-bench-'));
        const t0 = performance.now();
        writeSyntheticSite(dir, count, snapshot);
        const t1 = performance.now();
        const report = await buildSearchIndex(dir, (m) => console.log(m));
        console.log(`synthetic site: ${count} pages written in ${Math.round(t1 - t0)} ms, indexed in ${report.ms} ms`);
        all.push(await benchSite(browser, `synthetic (${count} documents)`, dir, report.pages));
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
