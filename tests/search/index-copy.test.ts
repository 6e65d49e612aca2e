import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageForIndex } from '../../src/lib/search/index-copy.ts';

const page = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch 200/KH-UBND · Căn cứ</title>
<script type="module" src="/x.js"></script></head><body>
<header class="site"><nav><a href="/">Căn cứ</a><div><div>menu</div></div></nav></header>
<main>
<article class="document" data-pagefind-body>
  <p data-pagefind-meta="issuer" data-pagefind-filter="co-quan">UBND tỉnh Lạng Sơn</p>
  <div class="toc" data-pagefind-ignore><div>Mục lục</div></div>
  <div class="doc-body"><h2 id="i">I. MỤC ĐÍCH</h2><p>Thi đua <article>lồng nhau</article> yêu nước.</p></div>
</article>
<section class="panel"><h2>Được dẫn chiếu bởi</h2><p>Công văn 1419/VKS-VP</p></section>
<svg><text>Nghị quyết 57</text></svg>
</main>
<footer><span data-pagefind-filter="trang-thai">Trong bộ sưu tập</span><img src="a.png" data-pagefind-meta="image[src]"></footer>
</body></html>`;

describe('pageForIndex: the copy of a page Pagefind indexes', () => {
  const copy = pageForIndex(page);

  it('keeps the language, the title and every element Pagefind reads, whole', () => {
    expect(copy).toMatch(/^<!doctype html><html lang="vi"><head><title>Kế hoạch 200\/KH-UBND · Căn cứ<\/title><\/head><body>/);
    const article = page.slice(page.indexOf('<article class="document"'), page.indexOf('</article>\n<section') + '</article>'.length);
    expect(copy).toContain(article);
    expect(copy).toContain('<span data-pagefind-filter="trang-thai">Trong bộ sưu tập</span>');
    expect(copy).toContain('<img src="a.png" data-pagefind-meta="image[src]">');
  });

  it('drops what lies outside them: navigation, panels, drawings, scripts', () => {
    for (const gone of ['menu', 'Được dẫn chiếu bởi', 'Nghị quyết 57', '/x.js', 'charset']) expect(copy).not.toContain(gone);
  });

  it('cuts a real built page to its body, keeping every indexed attribute', () => {
    // The letter 1419/VKS-VP's page as `npm run build` wrote it.
    const built = readFileSync('tests/fixtures/search/built-page.html', 'utf8');
    const cut = pageForIndex(built);
    expect(cut.length).toBeLessThan(built.length);
    const attrs = (h: string) => (h.match(/data-pagefind-(?:body|filter|meta|sort)(?:="[^"]*")?/g) ?? []).sort();
    expect(attrs(cut)).toEqual(attrs(built));
  });

  it('says which element is never closed rather than index half a page', () => {
    expect(() => pageForIndex('<html><body><article data-pagefind-body><p>x</p></body></html>')).toThrow(/<article>.*never closed/);
  });
});
