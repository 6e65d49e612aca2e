import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function site(): string {
  const d = mkdtempSync(join(tmpdir(), 'can-cu-index-test-'));
  dirs.push(d);
  const page = (body: string) => `<!doctype html><html lang="vi"><body><article data-pagefind-body>${body}</article></body></html>`;
  mkdirSync(join(d, 'van-ban', 'kh-200'), { recursive: true });
  writeFileSync(
    join(d, 'van-ban', 'kh-200', 'index.html'),
    page('<p data-pagefind-meta="docType">Kế hoạch</p><h1 data-pagefind-meta="title">Triển khai Chỉ thị 19</h1><p>Đột phá chuyển đổi số.</p>'),
  );
  mkdirSync(join(d, 'tim-kiem'), { recursive: true });
  writeFileSync(join(d, 'tim-kiem', 'index.html'), '<!doctype html><html lang="vi"><body><h1>Tìm kiếm</h1></body></html>');
  mkdirSync(join(d, 'data'));
  writeFileSync(
    join(d, 'data', 'documents.json'),
    JSON.stringify([{ url: '/van-ban/kh-200/', docType: 'Kế hoạch', number: '200', symbol: 'KH-UBND', year: null }]),
  );
  return d;
}

describe('buildSearchIndex', () => {
  it('indexes only pages with data-pagefind-body, with their number keys, and drops the default UI bundles', async () => {
    const d = site();
    const report = await buildSearchIndex(d);
    expect(report.pages).toBe(1);
    expect(report.numbered).toBe(1);
    expect(report.warnings).toEqual([]);
    expect(existsSync(join(d, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(d, 'pagefind', 'pagefind-ui.js'))).toBe(false);
    const entry = JSON.parse(readFileSync(join(d, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    expect(readdirSync(join(d, 'pagefind', 'fragment'))).toHaveLength(1);
    // The page on disk is untouched: đ stays đ, no keys added.
    expect(readFileSync(join(d, 'van-ban', 'kh-200', 'index.html'), 'utf8')).toContain('Đột phá');
  }, 60_000);

  it('fails with the file named when documents.json is broken', async () => {
    const d = site();
    writeFileSync(join(d, 'data', 'documents.json'), '[{"url": "/van-ban/kh-200/"');
    await expect(buildSearchIndex(d)).rejects.toThrow(/data\/documents\.json: not valid JSON/);
    writeFileSync(join(d, 'data', 'documents.json'), '[{"number": "1"}]');
    await expect(buildSearchIndex(d)).rejects.toThrow(/documents\.json: document #0 has no string field "url"/);
  }, 60_000);

  it('warns, and reads numbers from the page, when documents.json is missing', async () => {
    const d = site();
    rmSync(join(d, 'data'), { recursive: true });
    const report = await buildSearchIndex(d);
    expect(report.warnings.join('\n')).toMatch(/documents\.json not found/);
    expect(report.pages).toBe(1);
  }, 60_000);
});
