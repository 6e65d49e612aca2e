/**
 * npm run bench -- [--sizes corpus,1000,3000,10000,real] [--repeat 3] [--seed 1] [--real DIR] [--work DIR] [--keep] [--json FILE] [--parts N]
 *
 * Runs the whole pipeline — import, then build (`npm run build`: Astro's pages
 * and, beside them, the Pagefind index) — on the bundled corpus, on generated corpora
 * and on the real documents of ../shared/corpus-real/ as they are (`real`, or
 * `--real DIR`; skipped with a message when the folder is missing), each
 * stage timed as a whole process with GNU time (`/usr/bin/time -v`), repeated,
 * medians reported. Builds are full builds from empty caches, as a clean clone
 * runs them (`npm run build`). Then an incremental build from empty caches
 * (`npm run build -- --incremental`, which also keeps pages and index shards)
 * and a second one with one document changed, which copies from the first
 * what that change does not touch; then the
 * citation engine's throughput on one core (and its accuracy against the
 * generator's manifest), and the importer's accuracy. Prints one table.
 *
 * With --parts N, the same content is then built in N parts, one after another as N CI jobs
 * would run them (CAN_CU_BUILD_PART=K/N npm run build), the parts merged (npm run merge-parts)
 * and the merged site compared, file by file, with the whole build's.
 *
 * Every size runs in its own copy of the project under a temporary folder
 * (its own content/, dist/ and caches); the repository's content/documents
 * and dist/ are never touched.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, appendFileSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { rawFiles } from './bench/manifest.ts';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { astroRenderSeconds, median, pagefindSeconds, requireGnuTime, runTimed, type Timed } from './bench/timed.ts';
import { countHtml, dirBytes, makeProjectCopy, snapshot } from './bench/workspace.ts';
import { formatTable, type Row } from './bench/table.ts';

const repo = resolve(new URL('..', import.meta.url).pathname);

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        sizes: { type: 'string', default: 'corpus,1000,3000,10000,real' },
        real: { type: 'string', default: join(repo, '..', 'shared', 'corpus-real') },
        repeat: { type: 'string', default: '3' },
        seed: { type: 'string', default: '1' },
        work: { type: 'string' },
        keep: { type: 'boolean', default: false },
        json: { type: 'string' },
        'no-rebuild': { type: 'boolean', default: false },
        parts: { type: 'string', default: '0' },
      },
    });
  } catch (e) {
    return fail((e as Error).message);
  }
})();

const sizes = values.sizes.split(',').map((s) => s.trim()).filter(Boolean);
for (const s of sizes) if (s !== 'corpus' && s !== 'real' && !/^\d+$/.test(s)) fail(`--sizes: "${s}" is neither "corpus", "real" nor a number of documents`);
const partCount = Number(values.parts);
if (!Number.isInteger(partCount) || partCount < 0) fail('--parts must be a whole number (0: no build in parts)');
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1) fail('--repeat must be a positive integer');
try {
  requireGnuTime();
} catch (e) {
  fail((e as Error).message);
}

const work = values.work ? resolve(values.work) : mkdtempSync(join(tmpdir(), 'can-cu-bench-'));
mkdirSync(work, { recursive: true });
const log = join(work, 'bench.log');
const say = (s: string) => {
  process.stderr.write(`${s}\n`);
  appendFileSync(log, `${s}\n`);
};
say(`bench: working in ${work} (log: ${log})`);

const node = process.execPath;
const npm = 'npm';

function stage(label: string, t: Timed, allowFailure = false): Timed {
  say(`  ${label}: ${t.wallSeconds.toFixed(1)} s wall, ${t.cpuSeconds.toFixed(1)} s CPU, peak ${t.maxRssMb.toFixed(0)} MB${t.treeRssMb ? ` (all processes ${t.treeRssMb.toFixed(0)} MB)` : ''}${t.exitCode ? `, exit ${t.exitCode}` : ''}`);
  appendFileSync(log, `--- ${label} stdout\n${t.stdout.slice(-4000)}\n--- ${label} stderr\n${t.stderr.slice(-4000)}\n`);
  if (t.exitCode !== 0 && !allowFailure) {
    process.stderr.write(`${t.stderr.slice(-3000)}\n${t.stdout.slice(-2000)}\n`);
    fail(`${label} failed (exit ${t.exitCode}); see ${log}`);
  }
  return t;
}

/** Seconds spent waiting (at most 10 minutes) until no replaced site is left in the project's trash folder. */
function waitForTrash(proj: string): number {
  const trash = join(proj, 'node_modules', '.astro', 'can-cu-trash');
  const start = Date.now();
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (existsSync(trash) && readdirSync(trash).length > 0 && Date.now() - start < 600_000) Atomics.wait(pause, 0, 0, 500);
  return (Date.now() - start) / 1000;
}

/** The full build, as a clean clone runs it (`npm run build`). */
const BUILD = ['run', '--silent', 'build'];
/**
 * A build that keeps pages and index shards for the next (`--incremental`): from empty caches it writes every
 * page twice (to dist/ and to Astro's cache of pages), then a change copies what it does not touch.
 */
const INCREMENTAL_BUILD = ['run', '--silent', 'build', '--', '--incremental'];

/** The site and every cache a build keeps (pages, index shards, analyses, rendered bodies). */
function cleanBuild(proj: string): void {
  for (const p of ['dist', '.astro', join('node_modules', '.astro'), join('node_modules', '.vite')]) rmSync(join(proj, p), { recursive: true, force: true });
}

function cleanOutputs(proj: string): void {
  cleanBuild(proj);
  rmSync(join(proj, 'content', 'documents'), { recursive: true, force: true });
  mkdirSync(join(proj, 'content', 'documents'), { recursive: true });
}

function importSummary(t: Timed): string {
  const lines = t.stderr.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}

function json<T>(t: Timed, label: string): T | null {
  try {
    return JSON.parse(t.stdout.trim().split('\n').pop() ?? '') as T;
  } catch {
    say(`  ${label}: no JSON on stdout (${t.stderr.slice(-300)})`);
    return null;
  }
}

interface CiteResult {
  bytes: number;
  mbPerSec: number;
  mbPerCpuSec?: number;
  recall?: number;
  precision?: number;
  fields?: Record<string, number>;
  missedExamples?: string[];
  falseExamples?: string[];
}
interface ImportResult {
  expected: number;
  found: number;
  fields: Record<string, number>;
  wrong: Record<string, string[]>;
}

/** The content of `proj` built in parts, one after another, merged, and compared with the whole build in `dist`. */
function buildInParts(proj: string, dist: string) {
  const jobs: Array<{ part: string; wallSeconds: number; cpuSeconds: number; maxRssMb: number; treeRssMb: number | null; documentPages: number }> = [];
  const dirs: string[] = [];
  for (let k = 1; k <= partCount; k++) {
    const dir = join(proj, `dist-part-${k}-of-${partCount}`);
    const t = stage(
      `build part ${k} of ${partCount}`,
      runTimed(npm, ['run', '--silent', 'build'], { cwd: proj, env: { ...process.env, CAN_CU_BUILD_PART: `${k}/${partCount}`, CAN_CU_DIST: dir }, label: `part ${k}` }),
    );
    const documentPages = ['van-ban', 'dan-chieu'].reduce((n, r) => n + (existsSync(join(dir, r)) ? readdirSync(join(dir, r)).length : 0), 0);
    jobs.push({ part: `${k}/${partCount}`, wallSeconds: t.wallSeconds, cpuSeconds: t.cpuSeconds, maxRssMb: t.maxRssMb, treeRssMb: t.treeRssMb, documentPages });
    say(`    ${documentPages} document pages`);
    dirs.push(dir);
  }
  const merged = join(proj, 'dist-merged');
  const merge = stage('merge parts', runTimed(npm, ['run', '--silent', 'merge-parts', '--', merged, ...dirs], { cwd: proj, label: 'merge' }));
  const [a, b] = [snapshot(merged), snapshot(dist)];
  const differing = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => a[f] !== b[f]);
  say(`    merged site ${differing.length === 0 ? `equal to the whole build, file by file (${Object.keys(a).length} files)` : `DIFFERS from the whole build in ${differing.length} files, e.g. ${differing.slice(0, 5).join(', ')}`}`);
  for (const dir of [...dirs, merged]) rmSync(dir, { recursive: true, force: true });
  return { jobs, merge: { wallSeconds: merge.wallSeconds, cpuSeconds: merge.cpuSeconds, maxRssMb: merge.maxRssMb }, equalToWhole: differing.length === 0, differing: differing.slice(0, 20) };
}

const rows: Row[] = [];
const details: Record<string, unknown>[] = [];

for (const size of sizes) {
  const realCorpus = size === 'real' ? resolve(values.real) : null;
  if (realCorpus && !existsSync(realCorpus)) {
    say(`\n== real documents: ${realCorpus} not found, skipped (--real DIR names another folder)`);
    continue;
  }
  const label =
    size === 'corpus' ? 'corpus (5 files)' : realCorpus ? `real (${basename(realCorpus)})` : `${Number(size).toLocaleString('en-US')} generated`;
  const loadBefore = loadavg()[0] ?? 0;
  say(`\n== ${label} (load average ${loadBefore.toFixed(1)} on ${cpus().length} cores)`);
  const proj = join(work, `proj-${size}`);
  makeProjectCopy(repo, proj);
  // The real documents are imported where they are, as bench:real does; the generated ones are written into the copy.
  const sources = realCorpus ?? join(proj, 'content', 'sources');
  let manifest: string | null = null;
  let generate: Timed | null = null;
  if (realCorpus) {
    // No hand corrections: they belong to the bundled collection.
    rmSync(join(proj, 'content', 'overrides'), { recursive: true, force: true });
    mkdirSync(join(proj, 'content', 'overrides'), { recursive: true });
  } else if (size !== 'corpus') {
    rmSync(sources, { recursive: true, force: true });
    generate = stage('generate', runTimed(npm, ['run', '--silent', 'generate', '--', '--count', size, '--out', sources, '--seed', values.seed, '--quiet'], { cwd: repo, label: 'generate' }));
    // The manifest describes the corpus; it is not a document to import.
    manifest = join(work, `manifest-${size}.json`);
    renameSync(join(sources, 'manifest.json'), manifest);
    // Hand corrections of the bundled corpus do not apply to a generated one.
    rmSync(join(proj, 'content', 'overrides'), { recursive: true, force: true });
    mkdirSync(join(proj, 'content', 'overrides'), { recursive: true });
  }
  const sourceBytes = dirBytes(sources);
  const files = realCorpus ? rawFiles(sources).length : readdirSync(sources).length;

  const imports: Timed[] = [];
  const builds: Timed[] = [];
  for (let r = 1; r <= repeat; r++) {
    cleanOutputs(proj);
    const importArgs = ['run', '--silent', 'import', '--', '--quiet', '--force', ...(realCorpus ? ['--out', join(proj, 'content', 'documents'), '--sources', realCorpus, realCorpus] : [])];
    const imp = stage(`import #${r}`, runTimed(npm, importArgs, { cwd: proj, label: 'import' }), true);
    say(`    ${importSummary(imp)}`);
    imports.push(imp);
    builds.push(stage(`build #${r}`, runTimed(npm, BUILD, { cwd: proj, label: 'build' })));
  }
  const documents = readdirSync(join(proj, 'content', 'documents')).filter((f) => f.endsWith('.mdx')).length;
  const dist = join(proj, 'dist');
  const pages = countHtml(dist);
  const buildWall = median(builds.map((b) => b.wallSeconds));

  let incremental: Timed | null = null;
  let rebuild: Timed | null = null;
  if (!values['no-rebuild']) {
    // The first incremental build, from empty caches (it keeps what the rebuild reuses), then one document changed:
    // a sentence added to its body.
    cleanBuild(proj);
    incremental = stage('incremental build (empty caches)', runTimed(npm, INCREMENTAL_BUILD, { cwd: proj, label: 'incremental' }));
    const docsDir = join(proj, 'content', 'documents');
    const first = readdirSync(docsDir).filter((f) => f.endsWith('.mdx')).sort()[0];
    if (first) {
      appendFileSync(join(docsDir, first), '\n\nGhi chú: văn bản được cập nhật để đo thời gian dựng lại.\n');
      // A build removes the site it replaced in a process of its own, after it returns (scripts/build.ts): an office's
      // next edit comes long after. Here it would come seconds after, beside that removal (30,000 files at 10,000
      // documents), so the rebuild waits for it, and says how long it waited.
      const waited = waitForTrash(proj);
      if (waited > 0) say(`  (the rebuild waited ${waited.toFixed(1)} s for the last build's removal of the site it replaced)`);
      rebuild = stage('rebuild (one document changed)', runTimed(npm, INCREMENTAL_BUILD, { cwd: proj, label: 'rebuild' }));
    }
  }

  const parts = partCount > 0 ? buildInParts(proj, dist) : null;

  const citeArgs = [join(repo, 'scripts/bench/cite-accuracy.ts'), sources, ...(manifest ? ['--manifest', manifest] : [])];
  const citeRun = stage('citation engine', runTimed(node, citeArgs, { cwd: repo, label: 'cite' }), true);
  const cite = json<CiteResult>(citeRun, 'citation engine');
  if (cite?.recall !== undefined) say(`    recall ${cite.recall}, precision ${cite.precision}, fields ${JSON.stringify(cite.fields)}`);
  let importAcc: ImportResult | null = null;
  if (manifest) {
    const accRun = stage('import accuracy', runTimed(node, [join(repo, 'scripts/bench/import-accuracy.ts'), join(proj, 'content', 'documents'), manifest], { cwd: repo, label: 'import-accuracy' }), true);
    importAcc = json<ImportResult>(accRun, 'import accuracy');
    if (importAcc) say(`    importer: ${importAcc.found}/${importAcc.expected} documents found, fields ${JSON.stringify(importAcc.fields)}`);
  }

  const row: Row = {
    label,
    files,
    documents,
    sourceMb: sourceBytes / 1e6,
    generateS: generate?.wallSeconds ?? null,
    importS: median(imports.map((t) => t.wallSeconds)),
    importRssMb: median(imports.map((t) => t.maxRssMb)),
    importCpuS: median(imports.map((t) => t.cpuSeconds)),
    importDocsPerS: documents / median(imports.map((t) => t.wallSeconds)),
    buildCpuS: median(builds.map((t) => t.cpuSeconds)),
    buildS: buildWall,
    buildRssMb: median(builds.map((t) => t.maxRssMb)),
    treeRssMb: builds.every((t) => t.treeRssMb !== null) ? median(builds.map((t) => t.treeRssMb!)) : null,
    renderS: median(builds.map((t) => astroRenderSeconds(t.stdout) ?? Number.NaN)),
    pagefindS: median(builds.map((t) => pagefindSeconds(t.stdout + t.stderr) ?? Number.NaN)),
    pages,
    pagesPerS: pages / buildWall,
    citeMbPerS: cite?.mbPerCpuSec ?? cite?.mbPerSec ?? null,
    distMb: dirBytes(dist) / 1e6,
    pagefindMb: dirBytes(join(dist, 'pagefind')) / 1e6,
    incrementalS: incremental?.wallSeconds ?? null,
    rebuildS: rebuild?.wallSeconds ?? null,
    rebuildRatio: rebuild ? rebuild.wallSeconds / buildWall : null,
    repeat,
  };
  rows.push(row);
  details.push({
    ...row,
    loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
    generate: generate ? { wallSeconds: generate.wallSeconds, cpuSeconds: generate.cpuSeconds, maxRssMb: generate.maxRssMb } : null,
    imports: imports.map((t) => ({ wallSeconds: t.wallSeconds, cpuSeconds: t.cpuSeconds, maxRssMb: t.maxRssMb, exitCode: t.exitCode, summary: importSummary(t) })),
    builds: builds.map((t) => ({ wallSeconds: t.wallSeconds, cpuSeconds: t.cpuSeconds, maxRssMb: t.maxRssMb, treeRssMb: t.treeRssMb, renderS: astroRenderSeconds(t.stdout), pagefindS: pagefindSeconds(t.stdout + t.stderr) })),
    incremental: incremental ? { wallSeconds: incremental.wallSeconds, cpuSeconds: incremental.cpuSeconds, maxRssMb: incremental.maxRssMb, treeRssMb: incremental.treeRssMb } : null,
    rebuild: rebuild ? { wallSeconds: rebuild.wallSeconds, cpuSeconds: rebuild.cpuSeconds, maxRssMb: rebuild.maxRssMb } : null,
    parts,
    cite,
    importAccuracy: importAcc,
  });
  if (!values.keep) {
    rmSync(proj, { recursive: true, force: true });
  }
}

const results = { date: new Date().toISOString(), seed: Number(values.seed), repeat, machine: { cpus: cpus().length, memGb: Math.round(totalmem() / 2 ** 30) }, rows: details };
const jsonPath = values.json ? resolve(values.json) : join(work, 'results.json');
writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\n${formatTable(rows)}\n`);
process.stdout.write(`\nMedians of ${repeat} run(s) per size; each stage timed with /usr/bin/time -v. Details: ${jsonPath}\n`);
if (!values.keep && !values.work) rmSync(work, { recursive: true, force: true, maxRetries: 2 });
