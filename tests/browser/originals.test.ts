/**
 * The original files in the built site, in Chromium: each corpus document's
 * page offers the file it was read from ("Bản gốc (TXT, 25 KB)"), the link
 * downloads exactly the source's bytes, and the SHA-256 shown and given in the
 * open data is theirs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSize } from '../../src/lib/site/originals.ts';
import { launchBrowser, serveDist, type Served } from './harness.ts';
import { CORPUS, corpusDoc, readJson, type OpenDocument } from './site-helpers.ts';

let served: Served;
let browser: Browser;
let docs: OpenDocument[];

beforeAll(async () => {
  served = await serveDist();
  browser = await launchBrowser();
  docs = readJson<OpenDocument[]>('data/documents.json');
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('each corpus page offers its original', () => {
  for (const c of CORPUS) {
    it(`${c.name}: link, bytes and SHA-256`, async () => {
      const doc = corpusDoc(docs, c);
      const original = doc.original!;
      const page = await browser.newPage();
      await page.goto(served.url + doc.url);
      const link = page.locator('.doc-original a');
      expect(await link.count()).toBe(1);
      const href = (await link.getAttribute('href'))!;
      expect(href).toBe(original.url);
      const file = decodeURIComponent(href.replace(/^\/ban-goc\//, ''));
      const source = readFileSync(join('content/sources', file));
      const ext = file.slice(file.lastIndexOf('.') + 1).toUpperCase();
      expect(await link.innerText()).toBe(`Bản gốc (${ext}, ${formatSize(source.length)})`);
      const sha = createHash('sha256').update(source).digest('hex');
      expect(original).toMatchObject({ sha256: sha, bytes: source.length, format: 'text' });
      expect(await page.locator('.original-hash code').getAttribute('title')).toBe(sha);
      const body = await page.evaluate(async (u) => {
        const r = await fetch(u);
        return { status: r.status, bytes: Array.from(new Uint8Array(await r.arrayBuffer())) };
      }, href);
      expect(body.status).toBe(200);
      expect(createHash('sha256').update(Buffer.from(body.bytes)).digest('hex')).toBe(sha);
      // Typed text: no OCR notice.
      expect(await page.locator('.ocr-notice').count()).toBe(0);
      await page.close();
    });
  }
});
