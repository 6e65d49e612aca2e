import { defineConfig } from 'vitest/config';

/**
 * The fuzz suite (tests/fuzz/): generated and damaged input for the decoder, the importer
 * and the citation engine, thousands of cases each. Apart from the unit suite so that one
 * stays quick to run while working (`npm run test:fuzz` runs this; `npm test` runs both).
 * No test here times a call: a hang is caught by the timeout.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/fuzz/**/*.fuzz.test.ts'],
    testTimeout: 120_000,
  },
});
