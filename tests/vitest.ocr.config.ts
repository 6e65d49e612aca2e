import { defineConfig } from 'vitest/config';

/**
 * The OCR suite: the corpus scanned to images and read back through Tesseract
 * (tests/formats/ocr.test.ts). Some fifty pages of recognition, minutes even on a quiet
 * machine and most of the unit suite's time when it was part of it; apart, like the fuzz
 * suite, so the unit suite stays quick (`npm run test:ocr` runs this; `npm test` runs all).
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/formats/ocr.test.ts'],
    testTimeout: 600_000,
  },
});
