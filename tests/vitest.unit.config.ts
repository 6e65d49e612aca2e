import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    // The browser tests need a built site; the fuzz, OCR and labelled real-document suites have their own
    // configs (vitest.fuzz.config.ts, vitest.ocr.config.ts, vitest.real.config.ts): minutes each, run by `npm test`.
    exclude: ['tests/browser/**', 'tests/fuzz/**', 'tests/formats/ocr.test.ts', 'tests/import/real-eval.test.ts', 'tests/import/real-holdout.test.ts', 'node_modules/**'],
    testTimeout: 60_000,
    // Every core: vitest 4.1 leaves one free outside watch mode, which on a 2-core machine is one worker
    // (136 s for the suite, against 92 s with two; measured 2026-12-03).
    maxWorkers: availableParallelism(),
    // Test files share a worker's modules rather than load them again each (121 s → 99 s for the suite, measured
    // 2026-12-07, two cores): a file that changes process-wide state (environment variables, the content folder)
    // restores it, and no module caches what such state decides without keying on it (src/lib/site/originals.ts).
    // Checked with the files in shuffled orders (`--sequence.shuffle`).
    isolate: false,
  },
});
