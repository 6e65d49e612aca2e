/**
 * npm run import -- [--force] [--out DIR] [--overrides DIR] FILE...|DIR
 * Turns raw documents into MDX under content/documents/ (no argument: every
 * file in content/sources/). Problems go to stderr as `FILE:LINE: field: why`.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { formatProblem, formatProgress, formatSummary } from '../src/lib/import/report.ts';
import { runImportParallel } from '../src/lib/import/run.ts';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        force: { type: 'boolean', default: false },
        out: { type: 'string', default: 'content/documents' },
        overrides: { type: 'string', default: 'content/overrides' },
        sources: { type: 'string', default: 'content/sources' },
        quiet: { type: 'boolean', default: false },
        jobs: { type: 'string', default: String(Math.min(4, availableParallelism())) },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`import: ${(e as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write('usage: npm run import -- [--force] [--out DIR] [--overrides DIR] [--jobs N] [--quiet] FILE...|DIR\n');
    return 0;
  }
  const inputs = positionals.length > 0 ? positionals : [values.sources];
  for (const i of inputs) {
    if (!existsSync(i)) {
      process.stderr.write(`${i}:1: file: cannot import: no such file or directory\n`);
      return 1;
    }
  }
  const jobs = Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    process.stderr.write(`import: --jobs must be a positive integer, got ${values.jobs}\n`);
    return 2;
  }
  // Long imports (OCR takes seconds a page) print a progress line every few seconds.
  let lastProgress = 0;
  const result = await runImportParallel({
    inputs, outDir: values.out, overridesDir: values.overrides, sourcesDir: values.sources, force: values.force,
    report: (p) => { if (!values.quiet || p.severity === 'error') process.stderr.write(formatProblem(p) + '\n'); },
    progress: (p) => {
      if (values.quiet || p.filesDone === p.filesTotal || p.seconds - lastProgress < 5) return;
      lastProgress = p.seconds;
      process.stderr.write(formatProgress(p) + '\n');
    },
  }, jobs);
  process.stderr.write(formatSummary(result) + '\n');
  return result.failedFiles > 0 ? 1 : 0;
}

process.exitCode = await main();
