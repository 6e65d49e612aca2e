import { defineConfig } from 'vitest/config';

/**
 * The importer on the labelled real documents (tests/fixtures/import-real/): the dev set scored
 * against its regression floors, the holdout set imported. Every one of 2,276 real texts is
 * imported and scored, a minute and a half of one core: an evaluation, as `npm run eval:citations`
 * is, kept apart from the unit suite so that one stays quick to run while working
 * (`npm run test:real` runs this; `npm test` runs every suite).
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/import/real-eval.test.ts', 'tests/import/real-holdout.test.ts'],
    testTimeout: 240_000,
  },
});
