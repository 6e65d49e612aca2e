/**
 * npm run build [-- --allow-shrink] [-- --incremental] [-- astro flags]
 *
 * --incremental (or CAN_CU_INCREMENTAL=1) copies from the last build's cache the document
 * pages whose cache key (src/lib/site/page-keys.ts) and code are unchanged, instead of
 * rendering them; the site written is the same as a full build's
 * (tests/site/incremental-build.test.ts).
 * Builds into a staging folder beside dist/ and swaps it in only when Astro and
 * the search index succeeded, so a failed or interrupted build never leaves a
 * half-written dist/: the old site stays until the new one is complete. The replaced site is
 * then moved into node_modules/.astro/can-cu-trash/ and removed by a process that outlives the
 * build (on another file system than dist/, it is removed before the build returns). Astro's
 * output is passed through as is. The search index is built from the site data by a
 * second process while Astro writes the pages, on the core Astro leaves idle
 * (scripts/index-search.ts), into a folder beside the staging one, and moved in
 * when both are done.
 * Inline scripts and styles are moved into files before the swap (see
 * src/lib/security/externalize.ts). Exits with Astro's exit code.
 *
 * It also refuses to replace a good site with a worse one: a build that would
 * publish no document, or fewer than half the documents of the site in dist/
 * (counted in its data/documents.json), exits 1 and leaves dist/ as it was. A
 * wrong content folder is caught before Astro runs (its .mdx files are counted);
 * files the build leaves out as invalid are caught after (the new site's own
 * data/documents.json is counted). `--allow-shrink` or CAN_CU_ALLOW_SHRINK=1
 * publishes it anyway, for a collection cut down on purpose.
 *
 * CAN_CU_BUILD_PART=K/N builds part K of N of the site (src/lib/search/parts.ts) into
 * dist-part-K-of-N/; scripts/merge-parts.ts puts the parts together.
 *
 * CAN_CU_DIST (default dist) and CAN_CU_ASTRO (a script run instead of Astro's
 * CLI, for the tests) make it testable without a real build; CAN_CU_CONTENT_DIR
 * is the content folder (default content/documents).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { externalizeInline } from '../src/lib/security/externalize.ts';
import { contentDir, DOCUMENT_EXTENSION } from '../src/lib/site/load.ts';
import { INCREMENTAL_ENV } from '../src/lib/site/page-keys.ts';
import { BUILD_PART_ENV, parseBuildPart, type BuildPart } from '../src/lib/search/parts.ts';

/** One part of a build split into parts (CAN_CU_BUILD_PART=K/N, src/lib/search/parts.ts), or null. */
const part = ((): BuildPart | null => {
  try {
    return parseBuildPart(process.env[BUILD_PART_ENV]);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
})();
// A part holds only its documents' pages: it is never written over the whole site in dist/.
const dist = resolve(process.env.CAN_CU_DIST ?? (part ? `dist-part-${part.index}-of-${part.count}` : 'dist'));
const staging = join(dirname(dist), `.${basename(dist)}-staging-${process.pid}`);
const retired = join(dirname(dist), `.${basename(dist)}-old-${process.pid}`);
/** The search index, built beside the site while Astro writes it, and the list of pages it is handed. */
const indexOut = join(dirname(dist), `.${basename(dist)}-index-${process.pid}`);
const indexPlan = join(dirname(dist), `.${basename(dist)}-index-${process.pid}.json`);
const INDEXER = fileURLToPath(new URL('./index-search.ts', import.meta.url));
const SHRINK_FLAG = '--allow-shrink';
const INCREMENTAL_FLAG = '--incremental';
const allowShrink = process.argv.includes(SHRINK_FLAG) || process.env.CAN_CU_ALLOW_SHRINK === '1';
const incremental = process.argv.includes(INCREMENTAL_FLAG) || process.env[INCREMENTAL_ENV] === '1';
const astroArgs = process.argv.slice(2).filter((a) => a !== SHRINK_FLAG && a !== INCREMENTAL_FLAG);
const astroCli =
  process.env.CAN_CU_ASTRO ?? join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
/**
 * A larger young generation for Astro's process: a page's render makes much short-lived garbage beside
 * the site data's long-lived heap. With V8's default semi-spaces the collector took 70 s of the Astro
 * process's CPU at 10,000 generated documents, and with 64 MB ones 42 s (`node --cpu-prof` of the same
 * build; docs/SCALING.md). It costs at most 144 MB more for each thread.
 */
const ASTRO_NODE_FLAGS = ['--max-semi-space-size=64'];

function cleanup(): void {
  for (const p of [staging, indexOut, indexPlan, `${indexPlan}.tmp`]) rmSync(p, { recursive: true, force: true });
}

/** Leftovers of builds that were killed (SIGKILL, power loss): their process is gone. */
function removeAbandoned(): void {
  const prefix = new RegExp(`^\\.${basename(dist).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(?:staging|old|index)-(\\d+)(?:\\.json(?:\\.tmp)?)?$`);
  for (const name of readdirSync(dirname(dist))) {
    const pid = Number(prefix.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(join(dirname(dist), name), { recursive: true, force: true });
    }
  }
}


/**
 * Where a replaced site is removed from after the build returns: Astro's cache folder, which is
 * most often on the file system of dist/ (a rename there is instant). Removing the 18,484 pages of
 * 10,000 documents took 8.7 s of a rebuild that does not need to wait for it.
 */
const trash = resolve('node_modules', '.astro', 'can-cu-trash');

/** Removes `dir` in a process of its own that outlives this one. */
function removeLater(dir: string): void {
  const remover = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], {
    detached: true,
    stdio: 'ignore',
  });
  remover.unref();
}

/** Takes the replaced site out of the way at once and removes it after; on another file system, removes it now. */
function discard(dir: string): void {
  const target = join(trash, String(process.pid));
  try {
    mkdirSync(trash, { recursive: true });
    renameSync(dir, target);
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  removeLater(target);
}

/** Replaced sites a remover did not finish with (the machine stopped): removed again, after this build too. */
function emptyTrash(): void {
  if (!existsSync(trash)) return;
  for (const name of readdirSync(trash)) removeLater(join(trash, name));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** What a failed or refused build leaves in place. */
const siteLeft = (): string => (existsSync(dist) ? `${dist} left as it was` : `no ${dist} written`);
/** A child process's exit code, 128 when a signal ended it. */
const exitOf = (p: ChildProcess): Promise<number> => new Promise((ok) => p.on('close', (c, sig) => ok(c ?? (sig ? 128 : 1))));

/** Held documents of a built site, from its open data; null when it has none to read. */
function heldDocuments(site: string): number | null {
  try {
    const list: unknown = JSON.parse(readFileSync(join(site, 'data', 'documents.json'), 'utf8'));
    if (!Array.isArray(list)) return null;
    return list.filter((d) => (d as { held?: unknown } | null)?.held === true).length;
  } catch {
    return null;
  }
}

/** .mdx files in the content folder; null when the folder cannot be read. */
function documentFiles(dir: string): number | null {
  try {
    return readdirSync(dir).filter((n) => n.endsWith(DOCUMENT_EXTENSION)).length;
  } catch {
    return null;
  }
}

/**
 * Why `count` documents must not replace the site in dist/, or null when they may.
 * Fewer than half: a collection does not lose half its documents by accident of editing;
 * it does when the content folder is the wrong one or most files no longer validate.
 */
function shrinkRefusal(count: number, what: string): string | null {
  if (allowShrink) return null;
  const previous = heldDocuments(dist);
  const keep = siteLeft();
  const override = `If this is intended, run again with ${SHRINK_FLAG} (npm run build -- ${SHRINK_FLAG}) or CAN_CU_ALLOW_SHRINK=1.`;
  if (count === 0) return `build refused: ${what}, so the site would hold no documents${previous ? ` (${dist} holds ${previous})` : ''}; ${keep}. ${override}`;
  if (previous !== null && count * 2 < previous) {
    return `build refused: ${what}, fewer than half the ${previous} documents of the site in ${dist}; ${keep}. ${override}`;
  }
  return null;
}

async function main(): Promise<number> {
  removeAbandoned();
  emptyTrash();
  cleanup();
  // Before Astro runs (half a minute and more): a wrong or empty content folder shows already.
  const content = contentDir();
  const files = documentFiles(content);
  const early = shrinkRefusal(
    files ?? 0,
    files === null ? `the content folder ${content} cannot be read` : `the content folder ${content} holds ${plural(files, `${DOCUMENT_EXTENSION} file`)}`,
  );
  if (early) {
    console.error(early);
    return 1;
  }
  // The search index is built beside Astro, on the other core (scripts/index-search.ts); the
  // integration hands it the pages to index, from the site data.
  const child = spawn(process.execPath, [...ASTRO_NODE_FLAGS, astroCli, 'build', '--outDir', staging, ...astroArgs], {
    stdio: 'inherit',
    env: { ...process.env, CAN_CU_INDEX_PLAN: indexPlan, [INCREMENTAL_ENV]: incremental ? '1' : '0' },
  });
  const indexer = spawn(process.execPath, [INDEXER, indexPlan, indexOut], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [INCREMENTAL_ENV]: incremental ? '1' : '0' },
  });
  const indexed = exitOf(indexer);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      child.kill(signal);
      indexer.kill(signal);
      cleanup();
      process.exit(130);
    });
  }
  // Astro failed or its site is refused: the index process is stopped, and nothing of either is kept.
  const stop = async (message: string, exitCode = 1): Promise<number> => {
    indexer.kill('SIGTERM');
    await indexed;
    cleanup();
    console.error(message);
    return exitCode;
  };
  const code = await exitOf(child);
  if (code !== 0) return stop(`build failed (exit ${code}): ${siteLeft()}`, code);
  if (!existsSync(join(staging, 'index.html'))) return stop(`build reported success but wrote no index.html: ${dist} left as it was`);
  // What the new site holds, left-out files and all: the last chance to keep the old one.
  const published = heldDocuments(staging);
  if (published === null && !allowShrink) {
    return stop(`build refused: the new site has no readable data/documents.json, so how many documents it holds is unknown; ${siteLeft()}`);
  }
  const late = published === null ? null : shrinkRefusal(published, `the new site holds ${plural(published, 'document')} (content folder ${content}: ${plural(files ?? 0, `${DOCUMENT_EXTENSION} file`)}, ${(files ?? 0) - published} left out)`);
  if (late) return stop(late);
  // Every page is written: the index process finishes the shards it has not indexed yet.
  // Unless the index process has already stopped (its failure is reported below).
  if (indexer.connected) indexer.send('written', () => {});
  const indexCode = await indexed;
  if (indexCode !== 0) {
    cleanup();
    console.error(`build failed: the search index could not be built (exit ${indexCode}); ${siteLeft()}`);
    return 1;
  }
  renameSync(indexOut, join(staging, 'pagefind'));
  rmSync(indexPlan, { force: true });
  // The Content-Security-Policy allows no inline code: move what Astro inlined into files.
  const moved = externalizeInline(staging);
  if (moved.scripts + moved.styles > 0) {
    console.log(
      `moved ${moved.scripts} inline script${moved.scripts === 1 ? '' : 's'} and ${moved.styles} inline style${moved.styles === 1 ? '' : 's'} ` +
        `of ${moved.pages} pages into ${moved.files} files (Content-Security-Policy without 'unsafe-inline')`,
    );
  }
  // Two renames on one file system: dist is the old site or the new one, never a mix.
  if (existsSync(dist)) renameSync(dist, retired);
  renameSync(staging, dist);
  discard(retired);
  console.log(
    part
      ? `part ${part.index} of ${part.count} written to ${dist}: the pages of its search shards and every shared page; put the parts together with npm run merge-parts`
      : `site written to ${dist}${published === null ? '' : ` (${plural(published, 'document')})`}`,
  );
  return 0;
}

process.exitCode = await main();
