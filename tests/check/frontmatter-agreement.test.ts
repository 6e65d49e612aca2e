/**
 * `npm run check` and the build read a file's frontmatter with one reader
 * (src/lib/frontmatter.ts): the same files, written the ways editors write
 * them (byte order mark, spaces after a fence, CRLF), are published by the
 * build exactly when check passes them, and a file left out is reported by both
 * with the same file, line and field.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter as astroParseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkCollection } from '../../src/lib/check/collection.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { buildSiteData } from '../../src/lib/site/collection.ts';
import { scanDocuments } from '../../src/lib/site/load.ts';
import { syncDocuments, type SyncContext } from '../../src/loaders/documents.ts';

const PLAN = readFileSync('content/documents/ke-hoach-200-kh-ubnd-2021-ubnd-tinh-lang-son.mdx', 'utf8');
const crlf = (s: string) => s.replace(/\n/g, '\r\n');
const fences = (s: string, after: string) => s.replace(/^---\n/, `---${after}\n`).replace(/\n---\n/, `\n---${after}\n`);

/** Accepted by both: the plan as written by other editors. */
const ACCEPTED: Record<string, string> = {
  'plain.mdx': PLAN,
  'bom.mdx': `\ufeff${PLAN}`,
  'fence-spaces.mdx': fences(PLAN, '  '),
  'fence-tab.mdx': fences(PLAN, '\t'),
  'crlf.mdx': crlf(PLAN),
  'bom-crlf-fence-space.mdx': `\ufeff${crlf(fences(PLAN, ' '))}`,
};

/** Left out by both, each with the line and field at fault. */
const REJECTED: Record<string, { source: string; line: number; field: string }> = {
  'crlf-impossible-date.mdx': { source: crlf(PLAN.replace('date: "2021-10-09"', 'date: "2021-02-31"')), line: 14, field: 'date' },
  'bom-missing-doctype.mdx': { source: `\ufeff${PLAN.replace(/^docType: .*\n/m, '')}`, line: 2, field: 'docType' },
  'fence-with-text.mdx': { source: PLAN.replace(/^---\n/, '--- yaml\n'), line: 1, field: 'frontmatter' },
  'no-closing-fence.mdx': { source: PLAN.replace(/\n---\n/, '\n\n'), line: 1, field: 'frontmatter' },
  'closing-fence-in-a-value.mdx': { source: PLAN.replace(/\n---\n/, '\n').replace(/^title: "/m, 'title: ---\nx: "'), line: 1, field: 'frontmatter' },
};

const dir = mkdtempSync(join(tmpdir(), 'can-cu-agree-'));
for (const [name, source] of Object.entries(ACCEPTED)) writeFileSync(join(dir, name), source);
for (const [name, { source }] of Object.entries(REJECTED)) writeFileSync(join(dir, name), source);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check and the build read frontmatter the same way', () => {
  const check = checkCollection(dir, { citations: false });
  const scan = scanDocuments(dir);

  it('publish exactly the files check passes: BOM, spaces or a tab after a fence, CRLF', () => {
    const published = scan.documents.map((d) => d.file).sort();
    expect(published).toEqual(Object.keys(ACCEPTED).map((n) => join(dir, n)).sort());
    expect(check.validFiles.map((f) => resolve(f)).sort()).toEqual(published);
    expect(scan.rejected.sort()).toEqual(Object.keys(REJECTED).sort());
  });

  it('read the same fields and the same body from every way of writing the file', () => {
    const plain = scan.documents.find((d) => d.id === 'plain')!;
    for (const d of scan.documents) {
      expect(d.frontmatter, d.id).toEqual(plain.frontmatter);
      expect(d.body.replace(/\r\n/g, '\n'), d.id).toBe(plain.body);
    }
  });

  it('report a file left out with the same file, line and field', () => {
    const checkErrors = check.problems.filter((p) => p.severity === 'error');
    expect(scan.problems.sort()).toEqual(checkErrors.map(formatProblem).sort());
    for (const [name, { line, field }] of Object.entries(REJECTED)) {
      const found = checkErrors.filter((p) => p.file === join(dir, name));
      expect(found.map((p) => [p.line, p.field]), name).toEqual([[line, field]]);
    }
  });

  it('the cut a block on its own line makes: `---` inside a value is not a fence', () => {
    const split = splitFrontmatter('---\ntitle: "a --- b"\nnote: x---\n---\nbody --- text\n');
    expect(split).toEqual({ yaml: 'title: "a --- b"\nnote: x---\n', body: 'body --- text\n', bodyLine: 5 });
    expect(splitFrontmatter('---\n---\n').yaml).toBe('');
  });

  it("Astro's Markdown renderer is handed the body our reader cut, never a block of its own to read", async () => {
    const sources: string[] = [];
    const ctx = {
      store: { keys: () => [], get: () => undefined, set: () => true, delete: () => {} },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      renderMarkdown: async (source: string) => (sources.push(source), { html: '' }),
      generateDigest: (s: string) => createHash('sha1').update(s).digest('hex'),
      logger: { info: () => {}, warn: () => {}, error: () => {} },
      config: { root: pathToFileURL(resolve('.') + '/'), cacheDir: pathToFileURL(mkdtempSync(join(tmpdir(), 'can-cu-cache-')) + '/') },
    } as unknown as SyncContext;
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const report = await syncDocuments(ctx, dir, buildSiteData(scan.documents, dir));
    err.mockRestore();
    expect(report).toMatchObject({ rendered: Object.keys(ACCEPTED).length, rejected: Object.keys(REJECTED).length });
    const plainBody = splitFrontmatter(PLAN).body;
    for (const source of sources) {
      const { content, frontmatter } = astroParseFrontmatter(source);
      expect(frontmatter).toEqual({});
      expect(content.replace(/\r\n/g, '\n')).toBe(`\n${plainBody}`);
    }
  });
});
