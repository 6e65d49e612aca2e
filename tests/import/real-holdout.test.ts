/**
 * The holdout set of the labelled real documents (tests/fixtures/import-real/), imported as `npm run import` would:
 * none may crash the importer. Its scores are not under test: they are read at the end, with
 * `npm run eval:import -- --set holdout`, so that no rule is made from them. (Apart from real-eval.test.ts, which
 * scores the dev set, so that the two run on two workers.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../src/lib/encoding/index.ts';
import { ImportError } from '../../src/lib/import/document.ts';
import { importFixture, parseLabels } from '../../src/lib/import/evaluate.ts';

const DIR = 'tests/fixtures/import-real';

describe('the holdout set', () => {
  it('imports every document without a crash, and refuses almost none', () => {
    const names = readdirSync(DIR).filter((f) => f.endsWith('.labels.json')).map((f) => f.slice(0, -'.labels.json'.length)).sort();
    const holdout = names.filter((n) => parseLabels(readFileSync(join(DIR, `${n}.labels.json`), 'utf8'), n).set === 'holdout');
    expect(holdout.length).toBeGreaterThanOrEqual(706);
    let refused = 0;
    for (const name of holdout) {
      try {
        importFixture(name, readFileSync(join(DIR, `${name}.txt`)));
      } catch (e) {
        // A refusal (DecodeError, ImportError) is the importer's answer; anything else thrown is a crash.
        expect(e instanceof DecodeError || e instanceof ImportError, `${name}: ${String(e)}`).toBe(true);
        refused++;
      }
    }
    // A real document refused is a document lost to its readers: a few (an empty or undecodable file) at most.
    expect(refused).toBeLessThan(10);
  }, 240_000);
});
