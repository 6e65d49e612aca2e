/**
 * Document pages of the built site, in Chromium: every corpus document at its
 * URL with the facts of its paper, its anchors, working citation links, both
 * panels, a copy-citation that yields the exact reference, a phone-width
 * layout without sideways scrolling, a small script budget and no request
 * leaving the site.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveDist, type Served } from './harness.ts';
import { CORPUS, corpusDoc, pageFile, readJson, type OpenDocument } from './site-helpers.ts';
import { issuerGroupLabel } from '../../src/lib/export/browse.ts';

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

const ddmmyyyy = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
};

describe('each corpus document has its page', () => {
  for (const c of CORPUS) {
    it(`${c.name}: header facts, anchors, signer block`, async () => {
      const doc = corpusDoc(docs, c);
      expect(doc.url).toMatch(/^\/van-ban\/[a-z0-9-]+\/$/);
      const page = await browser.newPage();
      const response = await page.goto(served.url + doc.url);
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      const header = page.locator('article.document .doc-header');
      expect((await header.locator('.issuer').innerText()).normalize('NFC')).toMatch(c.issuer);
      expect(await header.locator('.doc-type').innerText()).toMatch(new RegExp(doc.docType, 'i'));
      if (doc.title) expect((await header.locator('h1').innerText()).trim()).toBe(doc.title);
      const number = await header.locator('.number').innerText();
      if (c.number) expect(number).toContain(c.number);
      else expect(number).toContain('chưa rõ');
      const placeDate = await header.locator('.doc-place-date').innerText();
      if (c.date) expect(placeDate).toContain(ddmmyyyy(c.date));
      else expect(placeDate).toContain('chưa rõ');
      for (const id of c.ids) {
        const el = page.locator(`[id="${id}"]`);
        expect(await el.count(), `#${id} on ${doc.url}`).toBe(1);
        expect(await el.getAttribute('class')).toContain('anchored');
        expect(await el.getAttribute('data-anchor-label')).toBeTruthy();
      }
      // The search index reads only the article, with its facts as metadata and filters.
      expect(await page.$$eval('[data-pagefind-body]', (els) => els.map((e) => `${e.tagName}.${e.className}`))).toEqual(['ARTICLE.document']);
      // Pagefind reads the text as written (textContent), not as styled (upper case).
      expect((await page.locator('[data-pagefind-filter="loai"]').textContent())?.trim()).toBe(doc.docType);
      // The held/cited status is a filter value, not text of the page (it would lead search excerpts).
      expect(await page.locator('[data-pagefind-filter="trang-thai:Có toàn văn"]').count()).toBe(1);
      expect(await page.locator('.doc-header .status').getAttribute('data-pagefind-ignore')).not.toBeNull();
      // The old label was jargon (issue 15), in the text or anywhere in the page.
      expect(await page.content()).not.toContain('Trong bộ sưu tập');
      expect(await page.locator('[data-pagefind-meta="title"]').count()).toBe(1);
      // The issuer filter names the body as /co-quan/ groups it, the page shows the name as its header gives it.
      const issuer = page.locator('[data-pagefind-filter="co-quan[data-issuer-group]"]');
      expect((await issuer.textContent())?.trim()).toBe(doc.issuer);
      expect(await issuer.getAttribute('data-issuer-group')).toBe(issuerGroupLabel(doc.issuer));
      if (c.date) {
        expect(await page.locator(`[data-pagefind-sort="date:${c.date}"]`).getAttribute('data-pagefind-filter')).toBe(`nam:${c.date.slice(0, 4)}`);
      }
      for (const sel of ['.toc', '#dan-chieu-di', '#duoc-dan-chieu', '.breadcrumbs', '.site-header']) {
        if (await page.locator(sel).count()) expect(await page.locator(sel).getAttribute('data-pagefind-ignore'), sel).not.toBeNull();
      }
      for (const href of await page.$$eval('.breadcrumbs a', (as) => as.map((a) => a.getAttribute('href') ?? ''))) {
        expect(pageFile(href), `breadcrumb ${href}`).not.toBeNull();
      }
      const ids = await page.$$eval('[id]', (els) => els.map((e) => e.id));
      expect(new Set(ids).size).toBe(ids.length);
      await page.close();
    });
  }

  it('a Party signer’s capacity keeps “T/M” (thay mặt) whole, in the signature block and in the facts (Nghị quyết 60-NQ/TW)', async () => {
    const nq60 = docs.find((d) => d.held && d.number === '60' && d.symbol === 'NQ/TW')!;
    expect(nq60).toBeTruthy();
    const page = await browser.newPage();
    await page.goto(served.url + nq60.url);
    expect(await page.locator('.signer-capacity').allInnerTexts()).toEqual(['T/M BAN CHẤP HÀNH TRUNG ƯƠNG', 'TỔNG BÍ THƯ']);
    const facts = page.locator('.doc-facts div', { has: page.locator('dt', { hasText: 'Người ký' }) }).locator('dd');
    expect((await facts.innerText()).trim()).toBe('T/M BAN CHẤP HÀNH TRUNG ƯƠNG – TỔNG BÍ THƯ Tô Lâm');
    await page.close();
  });

  it('the home page (and the pages after it) lists every held document, newest first', async () => {
    const page = await browser.newPage();
    const hrefs: string[] = [];
    const dates: string[] = [];
    for (let next: string | null = '/'; next; ) {
      await page.goto(served.url + next);
      hrefs.push(...(await page.$$eval('.doc-list .title a', (as) => as.map((a) => a.getAttribute('href') ?? ''))));
      dates.push(...(await page.$$eval('.doc-list time', (ts) => ts.map((t) => t.getAttribute('datetime') ?? ''))));
      next = await page.locator('.pager a[rel="next"]').getAttribute('href', { timeout: 1000 }).catch(() => null);
    }
    const held = docs.filter((d) => d.held);
    expect(hrefs.sort()).toEqual(held.map((d) => d.url).sort());
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });
});

describe('citation links and panels', () => {
  it('every citation link on every corpus page leads to a built page (and its anchor)', async () => {
    let checked = 0;
    for (const c of CORPUS) {
      const doc = corpusDoc(docs, c);
      const page = await browser.newPage();
      await page.goto(served.url + doc.url);
      const hrefs = await page.$$eval('a.cite', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) {
        const [path, hash] = href.startsWith('#') ? [doc.url, href.slice(1)] : href.split('#');
        const file = pageFile(path!);
        expect(file, `${href} from ${doc.url}`).not.toBeNull();
        if (hash) expect(readFileSync(file!, 'utf8')).toContain(`id="${hash}"`);
        checked++;
      }
      await page.close();
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('citation links carry the preview data', async () => {
    const pd = corpusDoc(docs, CORPUS[3]!);
    const page = await browser.newPage();
    await page.goto(served.url + pd.url);
    const link = page.locator('.doc-body a.cite[data-symbol="NQ/TW"][data-number="57"]').first();
    expect(await link.getAttribute('data-kind')).toBe('external');
    expect(await link.getAttribute('data-type')).toBe('Nghị quyết');
    expect(await link.getAttribute('href')).toMatch(/^\/dan-chieu\/[a-z0-9-]+\/$/);
    await page.close();
  });

  it('the letter and the plan it forwards link each other, in the body and both panels', async () => {
    const letter = corpusDoc(docs, CORPUS[0]!);
    const plan = corpusDoc(docs, CORPUS[1]!);
    const page = await browser.newPage();
    await page.goto(served.url + letter.url);
    expect(await page.locator(`.doc-body a.cite[href^="${plan.url}"]`).count()).toBeGreaterThan(0);
    const out = page.locator('#dan-chieu-di');
    // Grouped by kind of relation: the plan the letter forwards is under "Thực hiện".
    expect(await out.locator('h3[data-relation="implements"]').count()).toBe(1);
    expect(await out.locator(`.cite-entry a.cite[href="${plan.url}"]`).count()).toBe(1);
    expect(await page.locator(`.related a[href="${plan.url}"]`).count()).toBe(1);
    await page.goto(served.url + plan.url);
    const citedBy = page.locator('#duoc-dan-chieu .cite-entry', { has: page.locator(`a[href="${letter.url}"]`) });
    expect(await citedBy.count()).toBe(1);
    expect(await citedBy.locator('.relation').innerText()).toMatch(/Thực hiện|Dẫn chiếu|Căn cứ/);
    expect(await citedBy.locator('.contexts q').first().innerText()).toContain('200/KH-UBND');
    expect(await page.locator(`.related a[href="${letter.url}"]`).count()).toBe(1);
    // The relation names the letter once: "Được gửi kèm Công văn số 1419/VKS-VP", not "… công văn Công văn số …".
    const related = (await page.locator('.related li', { has: page.locator(`a[href="${letter.url}"]`) }).innerText()).replace(/\s+/g, ' ');
    expect(related).toMatch(/^Được gửi kèm Công văn số 1419\/VKS-VP/u);
    await page.close();
  });

  it('every corpus page shows both panels, with relations and context sentences', async () => {
    for (const c of CORPUS) {
      const doc = corpusDoc(docs, c);
      const page = await browser.newPage();
      await page.goto(served.url + doc.url);
      expect(await page.locator('#dan-chieu-di h2').innerText()).toBe('Văn bản này dẫn chiếu');
      expect(await page.locator('#duoc-dan-chieu h2').innerText()).toBe('Được dẫn chiếu bởi');
      if (c.name.startsWith('Công văn')) {
        await page.close();
        continue;
      }
      const entries = page.locator('#dan-chieu-di .cite-entry');
      expect(await entries.count(), `${c.name} cites something`).toBeGreaterThan(0);
      for (const e of await entries.all()) {
        expect(await e.locator('.relation').innerText()).toMatch(/^(Căn cứ|Thực hiện|Thay thế|Sửa đổi|Hướng dẫn|Dẫn chiếu)(, .+)?$/);
        // Each sentence is quoted once per panel: an entry shows its own or says it was quoted above.
        if ((await e.locator('.contexts q').count()) > 0) expect((await e.locator('.contexts q').first().innerText()).length).toBeGreaterThan(10);
        else expect(await e.locator('.repeated-note').innerText()).toMatch(/đã trích ở trên/);
      }
      expect(await page.locator('#dan-chieu-di .not-held').count(), `${c.name} cites documents Căn cứ does not hold`).toBeGreaterThan(0);
      await page.close();
    }
  });
});

describe('copy-link and copy-citation', () => {
  it('the copy-link control of a heading shows on keyboard focus and links to it', async () => {
    const plan = corpusDoc(docs, CORPUS[1]!);
    const page = await browser.newPage();
    await page.goto(served.url + plan.url);
    const link = page.locator('[id="ii-2"] > .anchor-link');
    expect(await link.getAttribute('href')).toBe('#ii-2');
    expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    expect(await page.locator('[id="ii-2"] .copy-cite').isVisible()).toBe(true);
    await page.close();
  });

  it('"Sao chép trích dẫn" copies the formal reference and the link', async () => {
    const plan = corpusDoc(docs, CORPUS[1]!);
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.url });
    const page = await context.newPage();
    await page.goto(served.url + plan.url);
    await page.locator('[id="ii-2"]').hover();
    await page.locator('[id="ii-2"] .copy-cite').click();
    const expected = `Mục II.2, Kế hoạch số 200/KH-UBND ngày 09/10/2021 của UBND tỉnh Lạng Sơn — ${served.url}${plan.url}#ii-2`;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(await page.locator('#section-tools-status').innerText()).toContain('Đã sao chép');
    await context.close();
  });
});

describe('reading conditions', () => {
  it('has no horizontal scroll at 375 px on any corpus page', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    for (const c of CORPUS) {
      await page.goto(served.url + corpusDoc(docs, c).url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, c.name).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('ships at most 20 KB of JavaScript per document page and makes no third-party request', async () => {
    for (const c of CORPUS) {
      const page = await browser.newPage();
      const foreign: string[] = [];
      let scriptBytes = 0;
      page.on('request', (r) => {
        if (!r.url().startsWith(served.url) && !r.url().startsWith('data:')) foreign.push(r.url());
      });
      // Every body read is awaited, and listening stops before the page closes (a late read would reject).
      const reads: Array<Promise<void>> = [];
      const onResponse = (r: Response) => {
        if (r.request().resourceType() === 'script') reads.push(r.body().then((b) => void (scriptBytes += b.length)));
      };
      page.on('response', onResponse);
      await page.goto(served.url + corpusDoc(docs, c).url, { waitUntil: 'networkidle' });
      page.off('response', onResponse);
      await Promise.all(reads);
      const inline = await page.$$eval('script:not([src])', (ss) => ss.reduce((n, s) => n + (s.textContent ?? '').length, 0));
      expect(foreign, c.name).toEqual([]);
      expect(scriptBytes + inline, c.name).toBeLessThanOrEqual(20 * 1024);
      await page.close();
    }
  });

  it('reads and links without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const plan = corpusDoc(docs, CORPUS[1]!);
    await page.goto(served.url + plan.url);
    expect((await page.locator('.doc-body').innerText()).length).toBeGreaterThan(2000);
    expect(await page.locator('.toc a[href="#ii-2"]').count()).toBe(1);
    await page.locator('.toc a[href="#ii-2"]').click();
    expect(page.url()).toBe(`${served.url}${plan.url}#ii-2`);
    await context.close();
  });
});

describe('accessibility', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const violations = async (path: string) => {
    const page = await browser.newPage();
    await page.goto(served.url + path);
    // Injected through the DevTools protocol, so the page's Content-Security-Policy does not block it.
    await page.evaluate(axeSource);
    const found = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
      return (await axe.run()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    await page.close();
    return found;
  };

  it('the home page, every corpus page (with its section tools shown) and a cited-only page have no axe-core violations', async () => {
    expect(await violations('/')).toEqual([]);
    for (const c of CORPUS) {
      const doc = corpusDoc(docs, c);
      const hash = c.ids[0] ? `#${c.ids[0]}` : '';
      expect(await violations(doc.url + hash), c.name).toEqual([]);
    }
    const cited = docs.find((d) => !d.held)!;
    expect(await violations(cited.url)).toEqual([]);
  });
});
