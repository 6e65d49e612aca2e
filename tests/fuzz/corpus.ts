/** The five corpus files, for mutation-based fuzzing. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = 'content/sources';
// The five corpus files: the bundled real documents (`<source-folder>__<file>`, 7 MB) would make
// the whole-corpus timing below a different test, and the citation fuzzing starts from these.
export const CORPUS: readonly string[] = readdirSync(SOURCES)
  .filter((f) => /\.(txt|md)$/.test(f) && !f.includes('__'))
  .sort()
  .map((f) => readFileSync(join(SOURCES, f), 'utf8'));

/** Milliseconds one call may take before the input counts as a hang (generous: a 2-core machine shared with a build; a real hang takes far longer). */
export const TIME_BOUND_MS = Number(process.env.FUZZ_TIME_BOUND_MS ?? 5000);

export function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}
