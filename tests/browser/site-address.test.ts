/**
 * The site's address. The default build (npm run build, no SITE) invents no
 * address: no canonical link, relative paths in the sitemap, feeds and CSV, a
 * plain statement that none was set, and no placeholder host anywhere in dist/.
 * Two more builds, one with SITE=… and one with --site …, must put that
 * address in every absolute URL, printed handouts included (with the #section).
 * The preview server (npm run preview, as npm start runs it) answers on HOST and
 * PORT, serves /tim-kiem without the slash, and pages load without a console error.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DIST, launchBrowser, saveScreenshot, serveDist, WIDTHS, type Served } from './harness.ts';
import { langSonPlan, pathOf } from '../reading/open-data.ts';

const TEXT_FILES = new Set(['.html', '.xml', '.json', '.csv', '.txt', '.js', '.css', '.svg']);

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile() && TEXT_FILES.has(extname(f)));
}

/** Builds the site into a temporary folder with extra arguments and environment; returns the folder. */
function buildInto(label: string, args: string[], env: Record<string, string>): string {
  const out = mkdtempSync(join(tmpdir(), `can-cu-${label}-`));
  const dist = join(out, 'dist');
  const run = spawnSync('npm', ['run', '--silent', 'build', '--', ...args], {
    env: { ...process.env, ...env, CAN_CU_DIST: dist },
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (run.status !== 0) throw new Error(`build (${label}) failed:\n${run.stdout}\n${run.stderr}`);
  return dist;
}

const plan = () => pathOf(langSonPlan().url);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function printedAddress(served: Served, path: string, width: number, shot: string): Promise<string> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(served.url + path);
  await page.emulateMedia({ media: 'print' });
  const text = await page.locator('.print-url').innerText();
  await saveScreenshot(page, 'site-address', shot);
  await page.close();
  return text;
}

describe('a build without an address', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serveDist();
  });
  afterAll(async () => {
    await served?.close();
  });

  it('writes no placeholder host anywhere in dist/', () => {
    // Pagefind's own script parses paths against https://example.com; no address of ours is a placeholder.
    const offenders = filesOf(DIST).filter((f) => /example\.org/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('pages carry no canonical link and say plainly that no address was set', async () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('og:url');
    const page = await browser.newPage();
    await page.goto(served.url + '/');
    expect(await page.locator('.no-address-note').innerText()).toMatch(/Chưa đặt địa chỉ trang web/);
    await page.close();
  });

  it('sitemap, feeds and CSV use root-relative paths and the sitemap says why', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    expect(sitemap).toMatch(/<!-- Chưa đặt địa chỉ trang web/);
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(50);
    expect(locs.every((l) => l.startsWith('/'))).toBe(true);
    const atom = readFileSync(join(DIST, 'atom.xml'), 'utf8');
    expect([...atom.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).every((h) => h.startsWith('/'))).toBe(true);
    const rss = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    const rssHosts = [...rss.matchAll(/https?:\/\/([a-z0-9.-]+)/g)].map((m) => m[1]);
    expect(rssHosts.filter((h) => !/(^|\.)w3\.org$/.test(h!))).toEqual([]);
    const csv = readFileSync(join(DIST, 'data', 'documents.csv'), 'utf8');
    expect(csv).toContain(`,${plan()},`);
  });

  it('a printed section gives the address it was opened at, with the section anchor', async () => {
    for (const w of WIDTHS) {
      const text = await printedAddress(served, `${plan()}#ii-2`, w.width, `no-address-print-${w.name}`);
      expect(text).toContain(`${served.url}${plan()}#ii-2`);
    }
  });
});

describe('a build with an address', () => {
  const SITE_FLAG = 'https://vanban.test.vn';
  const SITE_ENV = 'https://can-cu.test.vn';
  let flagDist: string;
  let envDist: string;
  beforeAll(() => {
    flagDist = buildInto('flag', ['--site', SITE_FLAG], {});
    envDist = buildInto('env', [], { SITE: SITE_ENV });
  }, 600_000);
  afterAll(() => {
    for (const d of [flagDist, envDist]) if (d) rmSync(join(d, '..'), { recursive: true, force: true });
  });

  /** Every absolute http(s) URL of the site's own pages, from every text file of the build. */
  function ownUrls(dist: string): string[] {
    // Specifications' own identifiers (XML namespaces, the sitemap protocol, the JSON Schema meta-schema of /data/*.schema.json) are not the site's addresses.
    const foreign = /^https?:\/\/(www\.w3\.org|www\.sitemaps\.org|json-schema\.org|purl\.org|www\.google\.com|schemas\.|validator\.|cyber\.harvard\.edu|blogs\.law\.harvard\.edu|github\.com|ogp\.me)/;
    // Addresses a document itself writes ("https://dichvucong.gov.vn") are its text, not the site's.
    const written = new Set(['content/documents', 'content/sources'].flatMap((dir) => readdirSync(dir).filter((f) => /\.(mdx|txt|md)$/.test(f))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').replace(/\\/g, '').matchAll(/(?:https?:\/\/|(?<![\w.@/])(?=www\.))([^\s/"'<>)\],*;“”‘’]+)/g)].map((m) => m[1]!.replace(/\.+$/, '').toLowerCase()))));
    const inText = (u: string) => { try { return written.has(new URL(u).host.replace(/\.+$/, '').toLowerCase()); } catch { return true; } };
    return filesOf(dist)
      .filter((f) => !f.includes(`${join(dist, 'pagefind')}`) && !f.includes(join(dist, '_astro')))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/https?:\/\/[^\s"'<>),]+/g)].map((m) => m[0]))
      .filter((u) => !foreign.test(u) && !inText(u));
  }

  it('--site puts the address in canonical links, og:url, sitemap, feeds and CSV, and nowhere another host', () => {
    const urls = ownUrls(flagDist);
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((u) => !u.startsWith(SITE_FLAG))).toEqual([]);
    const html = readFileSync(join(flagDist, plan(), 'index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${SITE_FLAG}${plan()}">`);
    expect(html).toContain(`<meta property="og:url" content="${SITE_FLAG}${plan()}">`);
    expect(html).not.toContain('no-address-note');
    expect(readFileSync(join(flagDist, 'sitemap.xml'), 'utf8')).toContain(`<loc>${SITE_FLAG}${plan()}</loc>`);
    expect(readFileSync(join(flagDist, 'atom.xml'), 'utf8')).toContain(`href="${SITE_FLAG}${plan()}"`);
    expect(readFileSync(join(flagDist, 'rss.xml'), 'utf8')).toContain(`<link>${SITE_FLAG}${plan()}</link>`);
    expect(readFileSync(join(flagDist, 'data', 'documents.csv'), 'utf8')).toContain(`,${SITE_FLAG}${plan()},`);
  });

  it('SITE=… does the same', () => {
    const urls = ownUrls(envDist);
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((u) => !u.startsWith(SITE_ENV))).toEqual([]);
    expect(readFileSync(join(envDist, plan(), 'index.html'), 'utf8')).toContain(`<link rel="canonical" href="${SITE_ENV}${plan()}">`);
  });

  it('a printed section and a copied citation give the site address with the section anchor', async () => {
    const served = await serveDist(flagDist);
    try {
      for (const w of WIDTHS) {
        const text = await printedAddress(served, `${plan()}#ii-2`, w.width, `site-print-${w.name}`);
        expect(text).toContain(`${SITE_FLAG}${plan()}#ii-2`);
      }
      const page = await browser.newPage();
      await page.goto(served.url + plan());
      await page.evaluate(() => {
        window.print = () => {};
      });
      await page.locator('[id="ii-3"]').hover();
      await page.locator('[id="ii-3"] .print-section').click();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.print-url').innerText()).toContain(`${SITE_FLAG}${plan()}#ii-3`);
      expect(await page.locator('[id="ii-3"] .copy-cite').getAttribute('data-citation')).toContain(`${SITE_FLAG}${plan()}#ii-3`);
      await page.close();
    } finally {
      await served.close();
    }
  });
});

describe('the preview server (npm start)', () => {
  it('answers on HOST and PORT, serves /tim-kiem without the slash, and pages load with no console error', async () => {
    const port = 4400 + (process.pid % 500);
    const child = spawn('npm', ['run', '--silent', 'preview'], {
      // Not the default 127.0.0.1: a server that ignored HOST would not answer here (the whole 127/8 is loopback on Linux).
      env: { ...process.env, HOST: '127.0.0.2', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    try {
      const base = `http://127.0.0.2:${port}`;
      await expect.poll(async () => (await fetch(base + '/').catch(() => null))?.status ?? 0, { timeout: 60_000, interval: 500 }).toBe(200);
      expect(log).toContain(`127.0.0.2:${port}`);
      // …and only there.
      expect(await fetch(`http://127.0.0.1:${port}/`).then((r) => r.status).catch(() => 'refused')).toBe('refused');
      // README tells how to set both.
      const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
      expect(readme).toMatch(/HOST=/);
      expect(readme).toMatch(/SITE=https?:\/\//);
      for (const w of WIDTHS) {
        const page: Page = await browser.newPage({ viewport: { width: w.width, height: w.height } });
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        const res = await page.goto(base + '/tim-kiem');
        expect(res?.status()).toBe(200);
        expect(await page.locator('h1').first().innerText()).toMatch(/Tìm/);
        await page.goto(base + plan());
        await page.waitForLoadState('networkidle');
        expect(errors).toEqual([]);
        await saveScreenshot(page, 'site-address', `preview-document-${w.name}`);
        await page.close();
      }
      expect(existsSync(join(DIST, 'favicon.svg'))).toBe(true);
      expect((await fetch(base + '/favicon.svg')).status).toBe(200);
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  });
});
