/**
 * node scripts/index-search.ts PLAN OUT — run by scripts/build.ts beside `astro build`, not
 * by hand.
 *
 * Builds the search index while Astro writes the site, on the core Astro leaves idle. The
 * pages to index come from the site data: the Astro integration writes them to PLAN
 * (src/integrations/pagefind.ts, src/lib/site/search-pages.ts) before the first page, and
 * each held document's body is read from the file the documents loader rendered it to. The
 * index goes to OUT; build.ts moves it into the site once both processes have succeeded.
 *
 * build.ts sends "written" (IPC) when Astro has exited successfully: from then on two shards
 * are indexed at once. Any error exits 1 with its message, and the build fails.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { buildSearchIndex, type IndexPage } from '../src/lib/search/build-index.ts';
import { incrementalBuild } from '../src/lib/site/page-keys.ts';
import { buildPart } from '../src/lib/site/build-part.ts';

/** Beside Astro's own cache of pages (its default cacheDir). */
const INDEX_KEEP = join(process.cwd(), 'node_modules', '.astro', 'can-cu-index');

const [plan, out] = process.argv.slice(2);
if (!plan || !out || !process.send) {
  process.stderr.write('usage: scripts/build.ts runs this with an IPC channel: index-search.ts PLAN OUT\n');
  process.exit(2);
}

let written = false;
let markWritten: () => void = () => {};
const allWritten = new Promise<void>((ok) => (markWritten = ok));
process.on('message', (m) => {
  if (m === 'written') {
    written = true;
    markWritten();
  }
});
// The parent gone (killed, failed build): nothing will be written any more.
process.on('disconnect', () => {
  if (!written) process.exit(1);
});

/** Polls gently for the plan: Astro writes it once the site data is read. */
const POLL_MS = 200;

async function readPlan(): Promise<IndexPage[]> {
  while (!existsSync(plan!)) {
    if (written) throw new Error(`${plan}: Astro finished without writing the pages to index (is the can-cu-pagefind integration in astro.config.mjs?)`);
    await sleep(POLL_MS);
  }
  const parsed = JSON.parse(await readFile(plan!, 'utf8')) as { pages?: IndexPage[] };
  if (!Array.isArray(parsed.pages)) throw new Error(`${plan}: no "pages" list`);
  return parsed.pages;
}

try {
  const part = buildPart();
  const pages = await readPlan();
  await buildSearchIndex(pages, out, (msg) => console.log(`[can-cu-pagefind] ${msg}`), {
    rendered: allWritten,
    // npm run build -- --incremental: shards whose pages are unchanged are copied from the last build.
    ...(incrementalBuild() ? { reuse: INDEX_KEEP } : {}),
    // One part of a build split into parts (CAN_CU_BUILD_PART=K/N): only its shards.
    ...(part ? { part } : {}),
  });
  process.exit(0);
} catch (e) {
  console.error(`Search index (Pagefind) failed: ${(e as Error).message}`);
  process.exit(1);
}
