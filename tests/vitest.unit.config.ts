import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    // The browser tests need a built site; the fuzz suite has its own config (vitest.fuzz.config.ts).
    exclude: ['tests/browser/**', 'tests/fuzz/**', 'node_modules/**'],
    testTimeout: 60_000,
  },
});
