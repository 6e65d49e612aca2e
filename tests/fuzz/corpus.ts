/** The five corpus files, for mutation-based fuzzing. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = 'content/sources';
// The five corpus files: the bundled real documents (`<source-folder>__<file>`, 7 MB) would make
// the whole-corpus tests ten times longer for no new shape of input.
export const CORPUS: readonly string[] = readdirSync(SOURCES)
  .filter((f) => /\.(txt|md)$/.test(f) && !f.includes('__'))
  .sort()
  .map((f) => readFileSync(join(SOURCES, f), 'utf8'));
