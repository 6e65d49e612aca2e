/**
 * Quality of the built pages, measured in Chromium: axe-core violations on the
 * home, search, document, cited-only and graph pages; JavaScript shipped by
 * every page before the reader acts (≤ 20 KB) and no request leaving the site; reading and
 * following links with JavaScript off.
 *
 * The figures are printed so the team's notes can quote them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Response } from 'playwright-core';
import { launchBrowser, serveDist, type Served } from './harness.ts';
import { nq57, openDocuments, pathOf, phongDoanh } from '../reading/open-data.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const JS_BUDGET = 20 * 1024;

let served: Served;
let browser: Browser;

beforeAll(async () => {
  served = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

async function axe(context: BrowserContext, path: string, status = 200): Promise<AxeViolation[]> {
  const page = await context.newPage();
  const res = await page.goto(served.url + path, { waitUntil: 'load' });
  expect(res?.status(), `status of ${path}`).toBe(status);
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations;
  })) as AxeViolation[];
  await page.close();
  return violations;
}

function describeViolations(path: string, vs: AxeViolation[]): string {
  return vs
    .map((v) => `${path}: ${v.id} (${v.impact}) ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

describe('axe-core', () => {
  const pages = () => [
    { name: 'home', path: '/' },
    { name: 'search', path: '/tim-kiem/' },
    { name: 'document', path: pathOf(phongDoanh().url) },
    { name: 'cited-only', path: pathOf(nq57().url) },
    { name: 'graph', path: '/do-thi/' },
    { name: 'browse', path: '/loai/' },
    { name: 'timeline', path: '/nam/' },
    { name: 'issuers', path: '/co-quan/' },
    { name: 'about', path: '/gioi-thieu/' },
    { name: 'open-data', path: '/du-lieu/' },
    { name: 'not-found', path: '/khong-co-trang-nay/', status: 404 },
  ];

  it('reports zero violations on the home, search, document, cited-only, graph and browse pages', async () => {
    // axe is injected as a script; the site's Content-Security-Policy is bypassed for the test script only.
    const context = await browser.newContext({ bypassCSP: true });
    const report: string[] = [];
    const counts: Record<string, number> = {};
    for (const p of pages()) {
      const vs = await axe(context, p.path, p.status ?? 200);
      counts[p.name] = vs.length;
      if (vs.length) report.push(describeViolations(p.path, vs));
    }
    await context.close();
    console.log(`[quality] axe violations per page: ${JSON.stringify(counts)}`);
    expect(report.join('\n'), 'axe-core violations').toBe('');
  });

  it('reports zero violations on a phone-sized document page', async () => {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const vs = await axe(context, pathOf(phongDoanh().url));
    await context.close();
    expect(describeViolations('document at 375 px', vs)).toBe('');
  });
});

describe('weight and privacy', () => {
  // Every page is opened until the network is idle (half a second each at least), and the bundled collection has about two hundred: a longer time limit.
  it('every document page ships at most 20 KB of JavaScript and requests nothing outside the site', async () => {
    const held = openDocuments().filter((d) => d.held);
    expect(held.length).toBeGreaterThan(0);
    const context = await browser.newContext();
    const weights: Record<string, number> = {};
    const totals: Record<string, Record<string, number>> = {};
    const foreign: string[] = [];
    for (const d of held) {
      const page = await context.newPage();
      let scriptBytes = 0;
      const byType: Record<string, number> = {};
      // Bodies are read asynchronously: every read is awaited before the page closes, or bytes go uncounted.
      const reads: Array<Promise<void>> = [];
      page.on('request', (req) => {
        if (!req.url().startsWith(served.url) && !req.url().startsWith('data:')) foreign.push(`${d.id}: ${req.url()}`);
      });
      const unread: string[] = [];
      const onResponse = (res: Response) => {
        reads.push(
          res.body().then(
            (body) => {
              const type = res.request().resourceType();
              byType[type] = (byType[type] ?? 0) + body.length;
              if (type === 'script') scriptBytes += body.length;
            },
            (err: Error) => void unread.push(`${d.id}: ${res.url()}: ${err.message}`),
          ),
        );
      };
      page.on('response', onResponse);
      await page.goto(served.url + pathOf(d.url), { waitUntil: 'networkidle' });
      // Stop listening before the page closes: a response arriving later would read a body from a closed page.
      page.off('response', onResponse);
      await Promise.all(reads);
      expect(unread, 'response bodies that could not be read').toEqual([]);
      // Inline scripts ship with the HTML: they count too.
      const inline = await page.$$eval('script:not([src])', (ss) => ss.reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0));
      weights[d.id] = scriptBytes + inline;
      totals[d.id] = byType;
      await page.close();
    }
    await context.close();
    console.log(`[quality] JavaScript bytes per document page: ${JSON.stringify(weights)}`);
    console.log(`[quality] bytes by resource type per document page (uncompressed): ${JSON.stringify(totals)}`);
    for (const [id, bytes] of Object.entries(weights)) expect(bytes, `${id} JavaScript bytes`).toBeLessThanOrEqual(JS_BUDGET);
    expect(foreign).toEqual([]);
  }, 600_000);

  // The search page is measured as the others are, before the reader does anything: its search code and
  // Pagefind's engine come with the reader's first move (the next test), as the header box's do on every page.
  it('the home, search, graph, browse and cited-only pages ship at most 20 KB of JavaScript and request nothing outside the site either', async () => {
    const foreign: string[] = [];
    const weights: Record<string, number> = {};
    for (const p of ['/', '/tim-kiem/', '/do-thi/', '/loai/', '/nam/', '/co-quan/', '/bi-thay-the/', '/du-lieu/', '/gioi-thieu/', pathOf(nq57().url)]) {
      const page = await browser.newPage();
      page.on('request', (req) => {
        if (!req.url().startsWith(served.url) && !req.url().startsWith('data:')) foreign.push(req.url());
      });
      const reads: Array<Promise<void>> = [];
      let scriptBytes = 0;
      const onResponse = (res: Response) => {
        if (res.request().resourceType() !== 'script') return;
        reads.push(res.body().then((body) => { scriptBytes += body.length; }));
      };
      page.on('response', onResponse);
      await page.goto(served.url + p, { waitUntil: 'networkidle' });
      page.off('response', onResponse);
      await Promise.all(reads);
      const inline = await page.$$eval('script:not([src])', (ss) => ss.reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0));
      weights[p] = scriptBytes + inline;
      await page.close();
    }
    console.log(`[quality] JavaScript bytes per page: ${JSON.stringify(weights)}`);
    for (const [p, bytes] of Object.entries(weights)) expect(bytes, `${p} JavaScript bytes`).toBeLessThanOrEqual(JS_BUDGET);
    expect(foreign).toEqual([]);
  });
});

describe('the search page', () => {
  it('fetches its search code and Pagefind’s engine on the reader’s first move, and keeps what was typed before they came', async () => {
    const page = await browser.newPage();
    const scripts = new Map<string, number>();
    const reads: Array<Promise<void>> = [];
    page.on('response', (res) => {
      if (res.request().resourceType() !== 'script') return;
      reads.push(res.body().then((body) => void scripts.set(new URL(res.url()).pathname, body.length)));
    });
    await page.goto(served.url + '/tim-kiem/', { waitUntil: 'networkidle' });
    await Promise.all(reads);
    const atRest = [...scripts.keys()];
    expect(atRest.length).toBeGreaterThan(0);
    expect(atRest.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    expect(await page.locator('[data-search-page]').getAttribute('data-state')).toBe('idle');

    // Typed at once: the keys land before the search code has arrived.
    await page.locator('#sp-q').pressSequentially('thi đua');
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, 'can-cu:search-ready', { timeout: 30_000 });
    expect(await page.locator('#sp-q').inputValue()).toBe('thi đua');
    await page.locator('#sp-q').press('Enter');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.state === 'done', null, { timeout: 30_000 });
    expect(await page.locator('.sr-item').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('thi đua');
    await Promise.all(reads);
    const engine = [...scripts].filter(([p]) => p.startsWith('/pagefind/')).reduce((n, [, b]) => n + b, 0);
    const own = [...scripts].filter(([p]) => !p.startsWith('/pagefind/')).reduce((n, [, b]) => n + b, 0);
    expect(engine).toBeGreaterThan(0);
    console.log(`[quality] search page JavaScript bytes: at rest ${atRest.reduce((n, p) => n + scripts.get(p)!, 0)}, once searching ${own} of the site's and ${engine} of Pagefind's`);
    await page.close();
  });
});

describe('the search page without its code', () => {
  it('says the search could not load, where a shared link would otherwise wait for ever', async () => {
    const page = await browser.newPage();
    // The page's own script loads; the search code it fetches next does not.
    await page.route(/\/_astro\/search-page[^/]*\.js$/, (route) => route.abort());
    await page.goto(served.url + '/tim-kiem/?q=thi+%C4%91ua');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.state === 'error', null, { timeout: 15_000 });
    expect(await page.locator('[data-status]').innerText()).toContain('không tải được bộ tìm kiếm');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('reads a document and follows links: home → document → cited-only page → back through browse', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(served.url + '/');
    const pd = phongDoanh();
    await Promise.all([page.waitForURL(`**${pathOf(pd.url)}`), page.locator(`main a[href="${pathOf(pd.url)}"]`).first().click()]);
    const body = await page.locator('main').innerText();
    expect(body).toContain('Phong Doanh');
    expect(body).toContain('MỤC ĐÍCH, YÊU CẦU');
    // The chain picture is static SVG: present without JavaScript.
    expect(await page.locator('section.chain svg[role="img"]').count()).toBe(1);
    const cited = nq57();
    await Promise.all([page.waitForURL(`**${pathOf(cited.url)}`), page.locator(`main a.cite[href="${pathOf(cited.url)}"]`).first().click()]);
    expect(await page.locator('h1').innerText()).toContain('57-NQ/TW');
    for (const p of ['/loai/', '/nam/', '/co-quan/', '/do-thi/']) {
      const res = await page.goto(served.url + p);
      expect(res?.status()).toBe(200);
      expect(await page.locator('main a').count()).toBeGreaterThan(3);
    }
    // Graph filters are links to static pages.
    await page.goto(served.url + '/do-thi/');
    const filter = page.getByRole('navigation', { name: 'Lọc sơ đồ' }).getByRole('link').nth(1);
    const href = await filter.getAttribute('href');
    await Promise.all([page.waitForURL(`**${href}`), filter.click()]);
    expect(await page.locator('section.graph-chain').count()).toBeGreaterThan(0);
    await context.close();
  });
});
