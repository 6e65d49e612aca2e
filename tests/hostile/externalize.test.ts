import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { externalizeInline } from '../../src/lib/security/externalize.ts';

const dir = mkdtempSync(join(tmpdir(), 'can-cu-inline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inline scripts and styles are moved into files before the swap', () => {
  it('moves executable scripts and styles, keeps data blocks and external scripts', () => {
    mkdirSync(join(dir, 'a'));
    const page = (n: number) =>
      `<html><head><style>.x{color:red}</style><style media="print">nav{display:none}</style>` +
      `<script type="application/ld+json">{"@type":"Legislation"}</script></head><body>` +
      `<script type="module">console.log(${n === 1 ? 1 : 1})</script><script>var y = "</scr" + "ipt>";</script>` +
      `<script type="module" src="/_astro/x.js"></script></body></html>`;
    writeFileSync(join(dir, 'index.html'), page(1));
    writeFileSync(join(dir, 'a', 'index.html'), page(2));
    const r = externalizeInline(dir);
    expect(r).toEqual({ pages: 2, scripts: 4, styles: 4, files: 4 });
    const html = readFileSync(join(dir, 'a', 'index.html'), 'utf8');
    expect(html).not.toMatch(/<style/);
    expect(html).toContain('<script type="application/ld+json">{"@type":"Legislation"}</script>');
    expect(html).toContain('<script type="module" src="/_astro/x.js"></script>');
    expect(html).toMatch(/<script type="module" src="\/_astro\/inline\.[0-9a-f]{12}\.js"><\/script>/);
    expect(html).toMatch(/<script src="\/_astro\/inline\.[0-9a-f]{12}\.js"><\/script>/);
    expect(html).toMatch(/<link rel="stylesheet" href="\/_astro\/inline\.[0-9a-f]{12}\.css" media="print">/);
    const files = readdirSync(join(dir, '_astro')).sort();
    expect(files).toHaveLength(4);
    const contents = files.map((f) => readFileSync(join(dir, '_astro', f), 'utf8'));
    expect(contents).toContain('console.log(1)');
    expect(contents).toContain('.x{color:red}');
  });

  it('is a no-op on pages with nothing inline', () => {
    expect(externalizeInline(dir)).toEqual({ pages: 0, scripts: 0, styles: 0, files: 0 });
  });

  it('finds an inline script among data blocks and external scripts, and leaves pages without one byte for byte', () => {
    const site = mkdtempSync(join(tmpdir(), 'can-cu-inline-scripts-'));
    const data = '<script type="application/ld+json">{"name":"<script>"}</script><script type="module" src="/_astro/a.js"></script>';
    const withInline = `<html><head>${data}</head><body><script\ntype="text/javascript"\n>go()</script></body></html>`;
    const without = `<html><head>${data}</head><body><p>&lt;script&gt;x()&lt;/script&gt;</p><script>  </script></body></html>`;
    writeFileSync(join(site, 'a.html'), withInline);
    writeFileSync(join(site, 'b.html'), without);
    expect(externalizeInline(site)).toEqual({ pages: 1, scripts: 1, styles: 0, files: 1 });
    expect(readFileSync(join(site, 'a.html'), 'utf8')).toMatch(/<script src="\/_astro\/inline\.[0-9a-f]{12}\.js"><\/script><\/body>/);
    expect(readFileSync(join(site, 'b.html'), 'utf8')).toBe(without);
    rmSync(site, { recursive: true, force: true });
  });
});
