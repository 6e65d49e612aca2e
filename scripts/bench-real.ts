/**
 * npm run bench:real -- [--corpus ../shared/corpus-real] [--work DIR] [--keep] [--no-build] [--json FILE]
 *
 * The whole real corpus as a check, the way a new user would meet it: every
 * file of the corpus imported (`npm run import`, no overrides) into a private
 * copy of the project under a temporary folder, then built (`npm run build`:
 * Astro pages and the Pagefind index). Prints files refused, documents without
 * a number of their own, the share of citations resolved to a held document,
 * cited-only pages, documents linked to another, build time, peak memory and
 * output size. Each stage is timed as a whole process with GNU time
 * (`/usr/bin/time -v`). The repository's content/documents and dist/ are
 * never touched. It takes several minutes and a few GB of memory.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { expandInputs } from '../src/lib/import/run.ts';
import { scanDocuments } from '../src/lib/site/load.ts';
import { parseArgs } from 'node:util';
import { collectionStats, formatStats, type CollectionStats } from './bench/collection-stats.ts';
import { requireGnuTime, runTimed, astroRenderSeconds, pagefindSeconds, type Timed } from './bench/timed.ts';
import { countHtml, dirBytes, makeProjectCopy } from './bench/workspace.ts';

const repo = resolve(new URL('..', import.meta.url).pathname);

function fail(message: string): never {
  process.stderr.write(`bench:real: ${message}\n`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        corpus: { type: 'string', default: join(repo, '..', 'shared', 'corpus-real') },
        work: { type: 'string' },
        keep: { type: 'boolean', default: false },
        'no-build': { type: 'boolean', default: false },
        json: { type: 'string' },
      },
    });
  } catch (e) {
    return fail((e as Error).message);
  }
})();

const corpus = resolve(values.corpus);
if (!existsSync(corpus)) fail(`${corpus}: no such folder (give the real corpus with --corpus DIR)`);
try {
  requireGnuTime();
} catch (e) {
  fail((e as Error).message);
}

const work = values.work ? resolve(values.work) : mkdtempSync(join(tmpdir(), 'can-cu-bench-real-'));
mkdirSync(work, { recursive: true });
const log = join(work, 'bench-real.log');
const say = (s: string) => {
  process.stderr.write(`${s}\n`);
  appendFileSync(log, `${s}\n`);
};
say(`bench:real: ${corpus} → ${work} (load average ${(loadavg()[0] ?? 0).toFixed(1)} on ${cpus().length} cores; log: ${log})`);

function stage(label: string, t: Timed): Timed {
  say(`  ${label}: ${t.wallSeconds.toFixed(1)} s wall, ${t.cpuSeconds.toFixed(1)} s CPU, peak ${t.maxRssMb.toFixed(0)} MB${t.exitCode ? `, exit ${t.exitCode}` : ''}`);
  appendFileSync(log, `--- ${label} stdout\n${t.stdout}\n--- ${label} stderr\n${t.stderr}\n`);
  return t;
}

const proj = join(work, 'proj');
makeProjectCopy(repo, proj);
// The bundled collection's hand corrections do not apply to the corpus's files.
mkdirSync(join(proj, 'content', 'overrides'), { recursive: true });
const docs = join(proj, 'content', 'documents');

// Errors (refused files) are "FILE:LINE: field: …" lines of a failed file; the summary gives the counts.
const imp = stage(
  'import',
  runTimed('npm', ['run', '--silent', 'import', '--', '--quiet', '--force', '--out', docs, '--sources', corpus, corpus], { cwd: proj, label: 'import' }),
);
const summary = imp.stderr.trim().split('\n').pop() ?? '';
say(`    ${summary}`);
const counts = /imported (\d+) document\(s\) from (\d+) of (\d+) file\(s\)/.exec(summary);
if (!counts) fail(`the import printed no summary (exit ${imp.exitCode}); see ${log}`);
const files = Number(counts[3]);
const importedFiles = Number(counts[2]);
// A refused file has no page: name it with the first error the import gave for it.
const held = new Set(scanDocuments(docs).documents.map((d) => d.frontmatter.source.file));
const refusedLines = expandInputs([corpus])
  .map(({ file }) => relative(corpus, file))
  .filter((f) => !held.has(f))
  .map((f) => imp.stderr.split('\n').find((l) => l.includes(f)) ?? `${f}: no document written`);

const t0 = Date.now();
const stats: CollectionStats = collectionStats(docs);
say(`  citation graph: ${((Date.now() - t0) / 1000).toFixed(1)} s`);

let build: Timed | null = null;
if (!values['no-build']) build = stage('build', runTimed('npm', ['run', '--silent', 'build'], { cwd: proj, label: 'build' }));
const dist = join(proj, 'dist');

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
const report = [
  '',
  `real corpus: ${corpus}`,
  `files: ${files}; refused: ${files - importedFiles}${refusedLines.length ? `\n  ${refusedLines.slice(0, 10).join('\n  ')}` : ''}`,
  `import: ${imp.wallSeconds.toFixed(0)} s wall, peak ${imp.maxRssMb.toFixed(0)} MB`,
  formatStats(stats),
  build
    ? `build: ${build.exitCode === 0 ? 'ok' : `FAILED (exit ${build.exitCode})`}, ${build.wallSeconds.toFixed(0)} s wall ` +
      `(Astro render ${astroRenderSeconds(build.stdout)?.toFixed(0) ?? '?'} s, Pagefind ${pagefindSeconds(build.stdout + build.stderr)?.toFixed(0) ?? '?'} s), ` +
      `${build.cpuSeconds.toFixed(0)} s CPU, peak ${(build.maxRssMb / 1024).toFixed(2)} GB; ` +
      `output ${(dirBytes(dist) / 1e6).toFixed(0)} MB, ${countHtml(dist)} HTML pages`
    : 'build: skipped (--no-build)',
  `share of documents without a number: ${pct(stats.withoutNumber, stats.documents)}`,
].join('\n');
process.stdout.write(report + '\n');
appendFileSync(log, report + '\n');
if (values.json) {
  writeFileSync(
    values.json,
    JSON.stringify({ files, refused: files - importedFiles, import: imp.wallSeconds, stats, build: build && { wallSeconds: build.wallSeconds, cpuSeconds: build.cpuSeconds, maxRssMb: build.maxRssMb, exitCode: build.exitCode, outputBytes: dirBytes(dist) } }, null, 2),
  );
}
if (!values.keep) {
  rmSync(work, { recursive: true, force: true });
  process.stderr.write('bench:real: work folder removed (--keep to keep it)\n');
}
process.exitCode = build && build.exitCode !== 0 ? 1 : 0;
