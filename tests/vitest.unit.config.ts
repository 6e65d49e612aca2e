import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    // The browser tests need a built site; the fuzz and OCR suites have their own configs
    // (vitest.fuzz.config.ts, vitest.ocr.config.ts): minutes each, run by `npm test`.
    exclude: ['tests/browser/**', 'tests/fuzz/**', 'tests/formats/ocr.test.ts', 'node_modules/**'],
    testTimeout: 60_000,
  },
});
