/**
 * A site built from hostile content: the importer turns
 * tests/fixtures/hostile/hostile-plan.txt into MDX, `npm run build`'s script
 * builds a site from it alone (CAN_CU_CONTENT_DIR, CAN_CU_DIST), and Chromium
 * reads the page. Nothing may run (no dialog, no sentinel set, no CSP
 * violation), every hostile string must be on the page as written, and the
 * search (Pagefind's WebAssembly) must work under the Content-Security-Policy.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/lib/import/run.ts';
import { contentSecurityPolicy } from '../../src/lib/security/csp.ts';
import { LITERALS } from '../fixtures/hostile/literals.ts';
import { launchBrowser, serveDist, type Served } from './harness.ts';

const tmp = mkdtempSync(join(tmpdir(), 'can-cu-hostile-site-'));
const docs = join(tmp, 'documents');
const dist = join(tmp, 'dist');
let served: Served;
let browser: Browser;
let docPath = '';

interface Observed {
  dialogs: string[];
  errors: string[];
  violations: string[];
}

async function open(path: string): Promise<{ page: Page; seen: Observed }> {
  const page = await browser.newPage();
  const seen: Observed = { dialogs: [], errors: [], violations: [] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  await page.exposeFunction('__reportViolation', (v: string) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportViolation(v: string): void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(served.url + path, { waitUntil: 'networkidle' });
  return { page, seen };
}

beforeAll(async () => {
  const problems: string[] = [];
  const result = runImport({
    inputs: ['tests/fixtures/hostile/hostile-plan.txt'],
    outDir: docs,
    overridesDir: join(tmp, 'overrides'),
    sourcesDir: 'tests/fixtures/hostile',
    force: true,
    report: (p) => problems.push(`${p.file}:${p.line}: ${p.field}: ${p.message}`),
  });
  expect(result.failedFiles, problems.join('\n')).toBe(0);
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CAN_CU_CONTENT_DIR: docs, CAN_CU_DIST: dist },
  });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  const ids = readdirSync(join(dist, 'van-ban'));
  expect(ids).toHaveLength(1);
  docPath = `/van-ban/${ids[0]}/`;
  served = await serveDist(dist);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('a page built from hostile content', () => {
  it('runs nothing: no dialog, no sentinel, no page error, no CSP violation', async () => {
    const { page, seen } = await open(docPath);
    const sentinels = await page.evaluate(() => [(window as unknown as Record<string, unknown>).__hostile, (window as unknown as Record<string, unknown>).x]);
    expect(sentinels).toEqual([undefined, undefined]);
    expect(seen).toEqual({ dialogs: [], errors: [], violations: [] });
    const injected = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        inlineScripts: [...document.querySelectorAll('script:not([src])')].filter((s) => !/json/.test(s.getAttribute('type') ?? '')).length,
        styles: document.querySelectorAll('style').length,
        embedded: document.querySelectorAll('main img, main iframe, main object, main embed, canh').length,
        handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}.${a.name}`)),
        jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
      };
    });
    expect(injected).toEqual({ inlineScripts: 0, styles: 0, embedded: 0, handlers: [], jsLinks: 0 });
    await page.close();
  });

  it('shows every hostile string exactly as written', async () => {
    const { page } = await open(docPath);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const literal of LITERALS) expect(text, literal).toContain(literal.replace(/\s+/g, ' '));
    await page.close();
  });

  it('carries the Content-Security-Policy meta tag, and the browser enforces it', async () => {
    const { page, seen } = await open(docPath);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(contentSecurityPolicy);
    // The policy is enforced, and this test would see a violation: an injected inline script is blocked.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__hostile = "inline"';
      document.body.append(s);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__hostile)).toBeUndefined();
    expect(seen.violations.some((v) => v.startsWith('script-src'))).toBe(true);
    await page.close();
  });

  it('search works under the policy (Pagefind WebAssembly) and finds the hostile text as text', async () => {
    const { page, seen } = await open('/tim-kiem/?q=ngo%E1%BA%B7c%20nh%E1%BB%8Dn');
    await page.waitForFunction(
      () => ['done', 'empty', 'error'].includes(document.querySelector<HTMLElement>('[data-search-page]')?.dataset.state ?? ''),
      null,
      { timeout: 30_000 },
    );
    const state = await page.locator('[data-search-page]').getAttribute('data-state');
    expect(state).toBe('done');
    const hrefs = await page.locator('.sr-item a.sr-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(docPath);
    expect(seen).toEqual({ dialogs: [], errors: [], violations: [] });
    await page.close();
  });
});
