import { describe, expect, it } from 'vitest';
import { rewriteForIndex } from '../../src/lib/search/rewrite.ts';
import { STROKE } from '../../src/lib/search/fold.ts';

const page = `<!doctype html><html lang="vi"><head><title>Đề án 06</title>
<script>const x = "đ";</script><style>.đ{}</style></head>
<body class="b"><nav data-pagefind-ignore>Điều hướng</nav>
<article data-pagefind-body>
<h1 data-pagefind-meta="title">Kế hoạch đẩy mạnh</h1>
<span data-pagefind-meta="number">22</span><span data-pagefind-meta="symbol">KH-UBND</span>
<span data-pagefind-filter="co-quan">Đảng ủy phường &amp; UBND</span>
<h2 id="dieu-1"><a href="/van-ban/đ/">Điều 1</a><a class="anchor-link" href="#dieu-1" data-pagefind-ignore>#</a></h2><p>&#273;&#x110;&Dstrok; đột phá</p>
<img alt="Chữ ký Đảng ủy" src="x.png"><!-- đ comment -->
</article></body></html>`;

describe('rewriteForIndex', () => {
  const out = rewriteForIndex(page, ['zz22zkhzubndz'], '24/2018/QĐ-UBND');

  it('puts đ/Đ of text and Pagefind attributes into index form', () => {
    expect(out).toContain(`<h1 data-pagefind-meta="title">Kế hoạch d${STROKE}ẩy mạnh</h1>`);
    expect(out).toContain(`>D${STROKE}ảng ủy phường &amp; UBND</span>`);
    expect(out).toContain(`<p>d${STROKE}D${STROKE}D${STROKE} d${STROKE}ột phá</p>`);
    expect(out).toContain(`alt="Chữ ký D${STROKE}ảng ủy"`);
  });

  it('puts into index form an attribute a filter is read from, and only that one', () => {
    const tag = rewriteForIndex('<body><p data-pagefind-filter="co-quan[data-issuer-group]" data-issuer-group="Đảng ủy Chính phủ" data-other="Đà Nẵng">Đảng ủy</p></body>', []);
    expect(tag).toContain(`data-issuer-group="D${STROKE}ảng ủy Chính phủ"`);
    expect(tag).toContain('data-other="Đà Nẵng"');
    expect(rewriteForIndex("<body><p data-pagefind-filter='co-quan[data-g]' data-g='Đảng ủy'>x</p></body>", [])).toContain(`data-g='D${STROKE}ảng ủy'`);
  });

  it('drops the text of small elements marked data-pagefind-ignore (heading permalinks)', () => {
    expect(out).not.toContain('anchor-link');
    expect(out).not.toContain('hướng</nav>');
    expect(out).toContain('Điều 1</a></h2>'.replace('Đ', `D${STROKE}`));
  });

  it('leaves ids, links, scripts, styles and comments alone', () => {
    expect(out).toContain('<h2 id="dieu-1"><a href="/van-ban/đ/">');
    expect(out).toContain('<script>const x = "đ";</script><style>.đ{}</style>');
    expect(out).toContain('<!-- đ comment -->');
  });

  it('adds the number keys as a hidden meta field right after <body>', () => {
    expect(out).toContain(
      `<body class="b"><span hidden data-pagefind-meta="so-hieu:zz22zkhzubndz"></span><span hidden data-pagefind-meta="so-ky-hieu:24/2018/QD${STROKE}-UBND"></span>\n<article`,
    );
    expect(rewriteForIndex(page, [])).not.toContain('so-hieu');
  });

  it('fails clearly on a page without <body> when keys must be added', () => {
    expect(() => rewriteForIndex('<div data-pagefind-body>x</div>', ['zz1z'])).toThrow(/no <body>/);
  });
});
