import { defineConfig } from 'vitest/config';

// Browser tests run against the built dist/ (npm run build first), one file at a time
// so that two Chromium instances never compete for the machine's two cores.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
