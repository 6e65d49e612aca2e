/**
 * Facts the browse and chain pages state: one issuer per body (UBND = Ủy ban
 * nhân dân; "Chủ tịch UBND tỉnh X" issues for UBND tỉnh X), levels right for
 * centrally-run cities and unknown issuers, and every count equal to the list
 * it sums up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, serveDist, WIDTHS, type Served } from './harness.ts';
import { langSonPlan, openDocuments, pathOf } from '../reading/open-data.ts';

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

async function issuerTable(page: Page) {
  return page.$$eval('section[data-level]', (ss) =>
    ss.flatMap((s) =>
      [...s.querySelectorAll('tbody tr')].map((tr) => ({
        level: s.getAttribute('data-level'),
        name: tr.querySelector('th')!.textContent!.trim(),
        href: tr.querySelector('a')!.getAttribute('href')!,
        held: Number(tr.children[2]!.textContent),
        cited: Number(tr.children[3]!.textContent),
      })),
    ),
  );
}

describe('issuers', () => {
  it('one body, one row: Ủy ban nhân dân tỉnh Lạng Sơn gathers "UBND tỉnh" and "Chủ tịch UBND tỉnh" citations', async () => {
    for (const w of WIDTHS) {
      const page = await browser.newPage({ viewport: { width: w.width, height: w.height } });
      await page.goto(served.url + '/co-quan/');
      const rows = await issuerTable(page);
      expect(rows.filter((r) => /Lạng Sơn$/.test(r.name) && /(UBND|Ủy ban nhân dân)/.test(r.name)).map((r) => r.name)).toEqual(['Ủy ban nhân dân tỉnh Lạng Sơn']);
      expect(rows.filter((r) => /^(UBND|Chủ tịch)/.test(r.name))).toEqual([]);
      const ls = rows.find((r) => r.name === 'Ủy ban nhân dân tỉnh Lạng Sơn')!;
      expect(ls.level).toBe('tinh');
      expect(ls.held).toBe(1);
      expect(ls.cited).toBeGreaterThanOrEqual(2);
      expect(rows.find((r) => r.name === 'Ủy ban nhân dân thành phố Hồ Chí Minh')?.level).toBe('tinh');
      expect(rows.find((r) => r.name === 'Chưa rõ cơ quan ban hành')?.level).toBe('chua-ro');
      // The Party's Central Committee and the Quốc hội are one row each, however citations named them; OCR's slips in a
      // central body's name ("Chính pha") join it; central offices are filed under Trung ương.
      expect(rows.filter((r) => /^(?:Ban Chấp hành Trung ương|Hội nghị Trung ương)/.test(r.name)).map((r) => r.name)).toEqual(['Ban Chấp hành Trung ương']);
      expect(rows.filter((r) => /^Quốc hội/.test(r.name)).map((r) => r.name)).toEqual(['Quốc hội']);
      expect(rows.filter((r) => /^Chính ph/.test(r.name)).map((r) => r.name)).toEqual(['Chính phủ']);
      for (const name of ['Văn phòng Quốc hội', 'Đảng ủy Chính phủ', 'Thanh tra Chính phủ']) expect(rows.find((r) => r.name === name)?.level, name).toBe('trung-uong');
      await saveScreenshot(page, 'true-facts', `issuers-${w.name}`);
      await page.close();
    }
  });

  it('each issuer page counts what it lists, and the document page links to it', async () => {
    const page = await browser.newPage();
    await page.goto(served.url + '/co-quan/');
    const rows = await issuerTable(page);
    for (const r of rows) {
      await page.goto(served.url + r.href);
      const count = await page.locator('.browse-count').innerText();
      expect(count, r.name).toContain(`${r.held} văn bản có toàn văn, ${r.cited} văn bản chỉ được dẫn chiếu`);
      const lists = await page.$$eval('main h2', (hs) => hs.map((h) => ({ title: h.textContent!, items: h.nextElementSibling?.querySelectorAll(':scope > li').length ?? 0 })));
      for (const l of lists) expect(l.title, r.name).toContain(`(${l.items})`);
      expect(lists.reduce((n, l) => n + l.items, 0), r.name).toBe(r.held + r.cited);
    }
    // The total over every issuer is the whole collection: nobody is counted twice or lost.
    expect(rows.reduce((n, r) => n + r.held + r.cited, 0)).toBe(openDocuments().length);
    await page.goto(served.url + pathOf(langSonPlan().url));
    const href = await page.locator('.doc-facts a[href^="/co-quan/"]').getAttribute('href');
    expect(href).toBe(rows.find((r) => r.name === 'Ủy ban nhân dân tỉnh Lạng Sơn')!.href);
    await page.close();
    // One page per issuer of the bundled collection (over a hundred): longer than the default bound on a loaded two-core machine.
  }, 600_000);
});

describe('cited-only titles', () => {
  it('end where the cited title ends, not in the next list item or citation', async () => {
    const page = await browser.newPage();
    const cases: Array<[string, string, RegExp]> = [
      ['117', 'QĐ/TW', /Chỉ thị số 34|Quy định số 117 cùng|3\//],
      ['5079', 'QĐ-UBND', /3895/],
    ];
    for (const [number, symbol, wrong] of cases) {
      const d = openDocuments().find((x) => !x.held && x.number === number && x.symbol === symbol)!;
      expect(d, `${number}/${symbol}`).toBeTruthy();
      await page.goto(served.url + pathOf(d.url));
      const h1 = await page.locator('h1').innerText();
      expect(h1, h1).not.toMatch(wrong);
    }
    const d117 = openDocuments().find((x) => !x.held && x.number === '117' && x.symbol === 'QĐ/TW')!;
    await page.goto(served.url + pathOf(d117.url));
    expect(await page.locator('h1').innerText()).toMatch(/bị kỷ luật oan$/);
    // Tân Bình's sentence runs on ("… phong cách Hồ Chí Minh tại cơ quan, đơn vị thuộc quận"); Lạng Sơn quotes the title whole.
    const ct05 = openDocuments().filter((x) => !x.held && x.number === '05' && x.symbol === 'CT/TW');
    expect(ct05.length).toBeGreaterThan(0);
    for (const d of ct05) {
      await page.goto(served.url + pathOf(d.url));
      expect(await page.locator('h1').innerText()).toMatch(/^Chỉ thị 05-CT\/TW đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh$/);
    }
    await page.close();
  });

  it('a law cited after its name (“Luật Giáo dục quốc phòng và an ninh số 30/2013/QH13”) is a law, not “Văn bản”', async () => {
    const page = await browser.newPage();
    // Every cited-only document with a Quốc hội symbol that a citation names as a law or ordinance says so.
    const qh = openDocuments().filter((x) => !x.held && /^QH\d+$/.test(x.symbol ?? ''));
    expect(qh.length).toBeGreaterThan(20);
    const d = qh.find((x) => x.number === '30' && x.symbol === 'QH13')!;
    expect(d.docType).toBe('Luật');
    await page.goto(served.url + pathOf(d.url));
    expect(await page.locator('h1').innerText()).toMatch(/^Luật 30\/2013\/QH13/);
    await page.close();
  });
});

describe('relations', () => {
  it('attach to the document the sentence says: Kế hoạch 103/KH-UBND, not Kế hoạch 200, implements Chỉ thị 02/CT-UBND', async () => {
    const page = await browser.newPage();
    const ct02 = openDocuments().find((x) => !x.held && x.number === '02' && x.symbol === 'CT-UBND')!;
    await page.goto(served.url + pathOf(ct02.url));
    const plan = page.locator('.cited-by .cite-entry', { has: page.locator(`a.cite[href="${pathOf(langSonPlan().url)}"]`) });
    expect(await plan.locator('.relation').innerText()).toBe('Dẫn chiếu');
    const edge = page.locator('section.chain li[data-from^="ke-hoach-103-kh-ubnd"][data-to="' + pathOf(ct02.url).split('/').filter(Boolean).pop() + '"]');
    expect(await edge.count()).toBeGreaterThan(0);
    expect(await edge.first().innerText()).toMatch(/Kế hoạch số 103\/KH-UBND.*thực hiện.*Chỉ thị số 02\/CT-UBND/s);
    await page.close();
  });
});

describe('implementation chains', () => {
  it('on every document and cited-only page, the summary and the list headings count what the lists hold', async () => {
    const page = await browser.newPage();
    let checked = 0;
    let shortened = 0;
    // Every held document, and every tenth cited-only page in a fixed order (the bundled
    // collection has over a thousand of them; a page each is several minutes).
    const all = openDocuments();
    const pages = [...all.filter((d) => d.held), ...all.filter((d) => !d.held).filter((_, i) => i % 10 === 0)];
    for (const d of pages) {
      await page.goto(served.url + pathOf(d.url));
      if ((await page.locator('.chain-summary').count()) === 0) continue;
      const summary = await page.locator('.chain-summary').innerText();
      expect(summary, d.url).not.toMatch(/\b0 văn bản/);
      const groups = await page.$$eval('section.chain h3', (hs) =>
        hs.map((h) => {
          const list = h.nextElementSibling!;
          const items = [...list.querySelectorAll(':scope > li')];
          const docs = new Set(items.flatMap((li) => [li.getAttribute('data-from')!, li.getAttribute('data-to')!]));
          // A long list shows its first relations and says how many more there are.
          const after = list.nextElementSibling;
          const more = after?.classList.contains('chain-more') ? Number(/Và (\d+) quan hệ khác/.exec(after.textContent ?? '')?.[1] ?? NaN) : 0;
          return { text: h.textContent!, items: items.length, docs: [...docs], more };
        }),
      );
      const id = pathOf(d.url).split('/').filter(Boolean).pop()!;
      for (const g of groups) {
        const m = /\((\d+) văn bản, (\d+) quan hệ\)/.exec(g.text);
        expect(m, `${d.url}: ${g.text}`).not.toBeNull();
        expect(g.items + g.more, `${d.url}: ${g.text}: relations listed and said to be more`).toBe(Number(m![2]));
        if (g.more === 0) expect(Number(m![1]), `${d.url}: ${g.text}`).toBe(g.docs.filter((x) => x !== id).length);
        else shortened++;
      }
      const up = groups.find((g) => g.text.startsWith('Văn bản này thực hiện'));
      const down = groups.find((g) => g.text.startsWith('Văn bản thực hiện văn bản này'));
      if (up) expect(summary, d.url).toContain(`thực hiện ${/\((\d+) văn bản/.exec(up.text)![1]} văn bản`);
      if (down) expect(summary, d.url).toContain(`được ${/\((\d+) văn bản/.exec(down.text)![1]} văn bản thực hiện`);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    console.log(`[true-facts] chain lists checked on ${checked} pages, ${shortened} of them shortened with a count of the rest`);
    await page.close();
  }, 600_000);

});
