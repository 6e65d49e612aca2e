/**
 * The front door: the home page says what the collection is (counts by type,
 * level and year that match the lists they link to, the most-cited and newest
 * documents, where each kind of reader starts), the header carries the site's
 * navigation at every width, the about page explains sources, method and what
 * an automatic link can get wrong, and every kind of page is two clicks from /.
 * Both describe the bundled collection by its groups, with figures counted
 * again here from content/sources/README.md, the documents' source files and
 * the open data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, serveDist, WIDTHS, type Served } from './harness.ts';
import { openCitations, openDocuments, pathOf } from '../reading/open-data.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

const NAV = [
  ['Tìm kiếm', '/tim-kiem/'],
  ['Loại văn bản', '/loai/'],
  ['Cơ quan ban hành', '/co-quan/'],
  ['Năm', '/nam/'],
  ['Sơ đồ', '/do-thi/'],
  ['Dữ liệu mở', '/du-lieu/'],
  ['Giới thiệu', '/gioi-thieu/'],
] as const;

/** Every kind of page the site has, by the shape of its path. */
const KINDS: Array<[string, RegExp]> = [
  ['search', /^\/tim-kiem\/$/],
  ['types', /^\/loai\/$/],
  ['type', /^\/loai\/[^/]+\/$/],
  ['issuers', /^\/co-quan\/$/],
  ['issuer', /^\/co-quan\/[^/]+\/$/],
  ['years', /^\/nam\/$/],
  ['year', /^\/nam\/[^/]+\/$/],
  ['graph', /^\/do-thi\/$/],
  ['graph filter', /^\/do-thi\/(loai|dia-phuong)\/[^/]+\/$/],
  ['document', /^\/van-ban\/[^/]+\/$/],
  ['cited only', /^\/dan-chieu\/[^/]+\/$/],
  ['about', /^\/gioi-thieu\/$/],
  ['open data page', /^\/du-lieu\/$/],
  ['open data file', /^\/data\/[^/]+\.(json|csv)$/],
  ['feed', /^\/(atom|rss)\.xml$/],
  ['documents replaced or repealed', /^\/bi-thay-the\/$/],
  ['their feed', /^\/bi-thay-the\/(atom|rss)\.xml$/],
  ['original file', /^\/ban-goc\/.+/],
  ['later page of the list', /^\/trang\/\d+\/$/],
];

async function sameSiteLinks(page: Page): Promise<string[]> {
  // SVG links (the graphs) carry their address in an attribute, not in .href.
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => new URL(a.getAttribute('href')!, location.href).href));
  return [...new Set(hrefs.filter((h) => h.startsWith(served.url)).map((h) => new URL(h).pathname))];
}

describe('home page', () => {
  it('shows the site navigation in the header, inside the screen, at 1280 and 375 px', async () => {
    for (const w of WIDTHS) {
      const page = await browser.newPage({ viewport: { width: w.width, height: w.height } });
      await page.goto(served.url + '/');
      const nav = page.getByRole('navigation', { name: 'Chính' });
      for (const [label, href] of NAV) {
        const link = nav.getByRole('link', { name: label, exact: true });
        expect(await link.getAttribute('href'), label).toBe(href);
        expect(await link.isVisible(), `${label} visible at ${w.width}`).toBe(true);
        const box = (await link.boundingBox())!;
        expect(box.x + box.width, `${label} inside the screen at ${w.width}`).toBeLessThanOrEqual(w.width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w.width);
      await saveScreenshot(page, 'front-door', `home-${w.name}`);
      await page.close();
    }
  });

  it('says what the collection is: counts by type, level and year that match the lists they link to', async () => {
    const page = await browser.newPage();
    await page.goto(served.url + '/');
    const docs = openDocuments();
    const lead = await page.locator('.front-intro .lead').innerText();
    expect(lead).toContain(`${docs.filter((d) => d.held).length} văn bản`);
    expect(lead).toContain(`${docs.filter((d) => !d.held).length} văn bản khác`);
    for (const id of ['theo-loai', 'theo-cap', 'theo-nam']) {
      const rows = await page.$$eval(`#${id} tbody tr`, (trs) =>
        trs.map((tr) => ({ href: tr.querySelector('a')!.getAttribute('href')!, held: Number(tr.children[1]!.textContent), cited: Number(tr.children[2]!.textContent) })),
      );
      expect(rows.length, id).toBeGreaterThan(0);
      // Every document is in exactly one row of each table.
      expect(rows.reduce((n, r) => n + r.held + r.cited, 0), `${id} total`).toBe(docs.length);
      if (id === 'theo-cap') continue;
      for (const r of rows) {
        const list = await browser.newPage();
        await list.goto(served.url + r.href);
        const count = await list.locator('.browse-count').innerText();
        expect(count, r.href).toContain(`${r.held} văn bản có toàn văn`);
        expect(count, r.href).toContain(`${r.cited} văn bản chỉ được dẫn chiếu`);
        await list.close();
      }
    }
    await page.close();
    // Every type and year page of the bundled collection is opened: more than the default bound on a loaded two-core machine.
  }, 600_000);

  it('lists the most-cited documents with how many documents cite them, and the newest documents first', async () => {
    const page = await browser.newPage();
    await page.goto(served.url + '/');
    const cited = await page.$$eval('.most-cited li', (lis) => lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, text: li.textContent ?? '' })));
    expect(cited.length).toBeGreaterThan(3);
    const counts = cited.map((c) => Number(/(\d+) văn bản dẫn chiếu/.exec(c.text)?.[1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The figure is the number of documents the cited page lists as citing it.
    const first = await browser.newPage();
    await first.goto(served.url + cited[0]!.href);
    expect(await first.locator('#duoc-dan-chieu .cite-entry, .cited-by .cite-entry').count()).toBe(counts[0]);
    await first.close();
    const newest = openDocuments().filter((d) => d.held && d.date).sort((a, b) => b.date!.localeCompare(a.date!))[0]!;
    expect(await page.locator('#moi-nhat ~ .doc-list li a, .doc-list li a').first().getAttribute('href')).toBe(pathOf(newest.url));
    await page.close();
  });

  it('tells officials, reporters and trainers where to start', async () => {
    const page = await browser.newPage();
    await page.goto(served.url + '/');
    const cards = page.locator('.start-cards > li');
    expect(await cards.locator('h3').allInnerTexts()).toEqual(['Cán bộ, công chức', 'Phóng viên', 'Giảng viên, người tập huấn']);
    for (let i = 0; i < 3; i++) expect(await cards.nth(i).locator('a').count()).toBeGreaterThan(0);
    await page.close();
  });
});

/** The bundled collection's groups as the data gives them, counted without the site's code. */
function expectedGroups() {
  const chainOf = new Map<string, string>();
  const repoOf = new Map<string, string>();
  for (const line of readFileSync('content/sources/README.md', 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // | file | type | number | date | chain, seed or N edges | source repository | commit | path |
    const m = /^([a-z0-9-]+), (?:seed|\d+ edges?)$/.exec(cells[5] ?? '');
    if (m) {
      chainOf.set(cells[1]!, m[1]!);
      repoOf.set(cells[1]!, cells[6]!);
    }
  }
  const sourceOf = new Map<string, string>();
  const dir = 'content/documents';
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
    const file = /^source:\n {2}file: "([^"]+)"/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1];
    if (file) sourceOf.set(name.replace(/\.mdx$/, ''), file);
  }
  const held = openDocuments().filter((d) => d.held);
  const heldIds = new Set(held.map((d) => pathOf(d.url).split('/').filter(Boolean).pop()!));
  const linked = new Set<string>();
  for (const c of openCitations()) {
    if (c.to && c.to !== c.from && heldIds.has(c.to) && heldIds.has(c.from)) linked.add(c.from).add(c.to);
  }
  const groups = new Map<string, { held: number; linked: number; types: Map<string, number>; ids: Set<string> }>();
  const repos = new Map<string, number>();
  for (const d of held) {
    const id = pathOf(d.url).split('/').filter(Boolean).pop()!;
    const file = sourceOf.get(id)!;
    expect(file, id).toBeTruthy();
    const key = chainOf.get(file) ?? (file.includes('__') ? 'khac' : 'ke-hoach-dang-dia-phuong');
    const g = groups.get(key) ?? { held: 0, linked: 0, types: new Map(), ids: new Set() };
    g.held++;
    if (linked.has(id)) g.linked++;
    g.types.set(d.docType, (g.types.get(d.docType) ?? 0) + 1);
    g.ids.add(id);
    groups.set(key, g);
    if (repoOf.has(file)) repos.set(repoOf.get(file)!, (repos.get(repoOf.get(file)!) ?? 0) + 1);
  }
  return { groups, linked: linked.size, held: held.length, repos };
}

describe('the bundled collection', () => {
  it('the home page names its groups with counts, types and where to start, as the data gives them, at 1280 and 375 px', async () => {
    const want = expectedGroups();
    // The README's four chains and the local plans.
    expect([...want.groups.keys()].sort()).toEqual(['hop-nhat', 'ke-hoach-dang-dia-phuong', 'luat-va-van-ban-huong-dan', 'quan-ly-thue', 'sap-xep-dvhc-2025']);
    for (const w of WIDTHS) {
      const page = await browser.newPage({ viewport: { width: w.width, height: w.height } });
      await page.goto(served.url + '/');
      const section = page.locator('section.clusters');
      expect(await section.locator('h2').innerText()).toBe('Các nhóm văn bản');
      expect(Number(await section.locator(':scope > p [data-linked]').getAttribute('data-linked'))).toBe(want.linked);
      // The percent sign stays on the line of its figure (a no-break space).
      expect(await section.locator(':scope > p').first().innerText()).toContain(`${want.linked} trong ${want.held} văn bản (${Math.round((100 * want.linked) / want.held)}\u00a0%)`);
      const cards = await section.locator('li[data-cluster]').evaluateAll((lis) =>
        lis.map((li) => ({
          key: li.getAttribute('data-cluster')!,
          title: li.querySelector('h3')!.textContent!,
          held: Number(li.querySelector('[data-held]')!.getAttribute('data-held')),
          linked: Number(li.querySelector('[data-linked]')!.getAttribute('data-linked')),
          facts: li.querySelector('.cluster-facts')!.textContent!.replace(/\s+/g, ' '),
          start: [...li.querySelectorAll('.cluster-start a')].map((a) => a.getAttribute('href')!),
        })),
      );
      expect(cards.map((c) => c.key).sort()).toEqual([...want.groups.keys()].sort());
      for (const c of cards) {
        const g = want.groups.get(c.key)!;
        expect(c.held, c.key).toBe(g.held);
        expect(c.facts, c.key).toContain(`${g.held} văn bản`);
        expect(c.linked, c.key).toBe(g.linked);
        const [topType, topCount] = [...g.types.entries()].sort((a, b) => b[1] - a[1])[0]!;
        expect(c.facts, c.key).toContain(`${topCount} ${/^(Công văn\/Văn bản|other)$/.test(topType) ? 'Văn bản' : topType}`);
        // Where to start: documents of the group itself, with full text.
        expect(c.start.length, c.key).toBeGreaterThan(0);
        for (const href of c.start) expect(g.ids.has(href.split('/').filter(Boolean).pop()!), `${c.key}: ${href}`).toBe(true);
        expect(c.title.length).toBeGreaterThan(3);
      }
      expect(cards.find((c) => c.key === 'quan-ly-thue')!.title).toBe('Quản lý thuế');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w.width);
      await section.screenshot({ path: `test-results/front-door/clusters-${w.name}.png` });
      await page.close();
    }
  });

  it('the about page lists the same groups and the source repositories with their counts, at 1280 and 375 px', async () => {
    const want = expectedGroups();
    for (const w of WIDTHS) {
      const page = await browser.newPage({ viewport: { width: w.width, height: w.height } });
      await page.goto(served.url + '/gioi-thieu/');
      expect(await page.locator('h2#bo-van-ban').count()).toBe(1);
      const rows = await page.locator('.cluster-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          key: tr.getAttribute('data-cluster')!,
          held: Number(tr.querySelector('[data-held]')!.textContent),
          linked: Number(tr.querySelector('[data-linked]')!.textContent),
        })),
      );
      expect(rows.map((r) => r.key).sort()).toEqual([...want.groups.keys()].sort());
      for (const r of rows) expect(r, r.key).toEqual({ key: r.key, held: want.groups.get(r.key)!.held, linked: want.groups.get(r.key)!.linked });
      expect(rows.reduce((n, r) => n + r.held, 0)).toBe(want.held);
      const bundled = [...want.repos.values()].reduce((n, k) => n + k, 0);
      expect(Number(await page.locator('[data-bundled]').innerText())).toBe(bundled);
      const repos = await page.locator('.bundle-sources [data-repo]').evaluateAll((ss) => ss.map((s) => [s.getAttribute('data-repo')!, s.textContent!] as const));
      expect(repos.map(([r]) => r).sort()).toEqual([...want.repos.keys()].sort());
      for (const [repo, text] of repos) expect(text).toBe(`${repo} (${want.repos.get(repo)})`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w.width);
      await saveScreenshot(page, 'front-door', `about-collection-${w.name}`);
      await page.close();
    }
  });
});

describe('two clicks', () => {
  it('from / a reader reaches every kind of page in at most two clicks', async () => {
    const page = await browser.newPage();
    // Links are in the HTML: the crawl of some 200 pages need not wait for stylesheets, fonts and images.
    await page.route('**/*', (route) => (['stylesheet', 'font', 'image', 'media'].includes(route.request().resourceType()) ? route.abort() : route.continue()));
    await page.goto(served.url + '/');
    const first = await sameSiteLinks(page);
    const reached = new Map<string, string>(first.map((p) => [p, '/ → ' + p]));
    for (const p of first) {
      if (!p.endsWith('/')) continue;
      await page.goto(served.url + p, { waitUntil: 'domcontentloaded' });
      for (const q of await sameSiteLinks(page)) if (!reached.has(q)) reached.set(q, `/ → ${p} → ${q}`);
    }
    await page.close();
    const missing: string[] = [];
    const example: Record<string, string> = {};
    for (const [kind, re] of KINDS) {
      const hit = [...reached.entries()].find(([p]) => re.test(p));
      if (!hit) missing.push(kind);
      else example[kind] = hit[1];
    }
    console.log(`[front-door] two-click paths: ${JSON.stringify(example, null, 1)}`);
    expect(missing).toEqual([]);
    // And every held document is one click away (the newest list), every cited-only one within two.
    for (const d of openDocuments()) expect(reached.has(pathOf(d.url)), d.url).toBe(true);
    // About 200 pages are opened: more than the default bound on a loaded two-core machine.
  }, 400_000);
});

describe('about page', () => {
  it('explains sources, method and what an automatic link can get wrong, at 1280 and 375 px', async () => {
    for (const w of WIDTHS) {
      const page = await browser.newPage({ viewport: { width: w.width, height: w.height } });
      await page.goto(served.url + '/gioi-thieu/');
      expect(await page.locator('h1').innerText()).toBe('Giới thiệu');
      for (const id of ['nguon', 'cach-lam', 'lien-ket-tu-dong']) expect(await page.locator(`h2#${id}`).count(), id).toBe(1);
      const wrong = await page.locator('#lien-ket-tu-dong ~ ul').first().innerText();
      expect(wrong).toMatch(/Trùng số hiệu/);
      expect(wrong).toMatch(/Quan hệ đoán từ câu/);
      expect(await page.getByRole('navigation', { name: 'Chính' }).getByRole('link', { name: 'Giới thiệu' }).getAttribute('aria-current')).toBe('page');
      await saveScreenshot(page, 'front-door', `about-${w.name}`);
      await page.close();
    }
  });

  it('counts the citations citations.json holds, as the open data page does (a document naming its own number is none)', async () => {
    const count = openCitations().length.toLocaleString('vi-VN');
    const page = await browser.newPage();
    await page.goto(served.url + '/gioi-thieu/');
    expect(await page.locator('main').innerText()).toContain(`dẫn chiếu ${count} lần`);
    await page.goto(served.url + '/du-lieu/');
    expect(await page.locator('main').innerText()).toContain(`${openCitations().length} dẫn chiếu:`);
    await page.close();
  });
});
