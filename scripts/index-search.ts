/**
 * node scripts/index-search.ts SITE PLAN OUT — run by scripts/build.ts beside `astro build`,
 * not by hand.
 *
 * Builds the search index while Astro writes the site, on the core Astro leaves idle: Astro
 * renders on one core, and this process indexes each shard as soon as its pages are written
 * (Astro writes them in shard order: src/pages/van-ban/[id].astro). The pages to index come
 * from the site data: the Astro integration writes them to PLAN (src/integrations/pagefind.ts)
 * before the first page. The index goes to OUT; build.ts moves it into the site once both
 * processes have succeeded.
 *
 * build.ts sends "written" (IPC) when Astro has exited successfully; a page still missing then
 * is an error. Any error exits 1 with its message, and the build fails.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { buildSearchIndex, type OpenDataDocument } from '../src/lib/search/build-index.ts';
import { incrementalBuild } from '../src/lib/site/page-keys.ts';
import { buildPart } from '../src/lib/site/build-part.ts';

/** Beside Astro's own cache of pages (its default cacheDir). */
const INDEX_KEEP = join(process.cwd(), 'node_modules', '.astro', 'can-cu-index');

const [site, plan, out] = process.argv.slice(2);
if (!site || !plan || !out || !process.send) {
  process.stderr.write('usage: scripts/build.ts runs this with an IPC channel: index-search.ts SITE PLAN OUT\n');
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

/** Polls gently: a page is usually written well before its shard's turn comes. */
const POLL_MS = 50;

/** A page is whole once it ends with its closing tag: Astro writes each page in one call, but a read can see it half-written. */
async function readWritten(file: string): Promise<string> {
  for (;;) {
    const done = written;
    try {
      const html = await readFile(file, 'utf8');
      if (/<\/html>\s*$/i.test(html)) return html;
      if (done) throw new Error(`${file}: written by Astro without its closing </html>`);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      if (done) throw new Error(`${file}: the site data has this page, but Astro never wrote it`);
    }
    await sleep(POLL_MS);
  }
}

async function readPlan(): Promise<OpenDataDocument[]> {
  while (!existsSync(plan!)) {
    if (written) throw new Error(`${plan}: Astro finished without writing the pages to index (is the can-cu-pagefind integration in astro.config.mjs?)`);
    await sleep(200);
  }
  const parsed = JSON.parse(await readFile(plan!, 'utf8')) as { documents?: OpenDataDocument[] };
  if (!Array.isArray(parsed.documents)) throw new Error(`${plan}: no "documents" list`);
  return parsed.documents;
}

try {
  const part = buildPart();
  const documents = await readPlan();
  await buildSearchIndex(site, (msg) => console.log(`[can-cu-pagefind] ${msg}`), {
    documents,
    out,
    concurrent: { read: readWritten, written: allWritten },
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
