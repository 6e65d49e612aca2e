import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroRenderSeconds, astroSeconds, median, pagefindSeconds, parseElapsed, parseGnuTime, runTimed } from '../../scripts/bench/timed.ts';
import { countHtml, dirBytes, makeProjectCopy } from '../../scripts/bench/workspace.ts';
import { formatTable } from '../../scripts/bench/table.ts';

const tmp: string[] = [];
afterAll(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});

describe('timing whole processes with GNU time', () => {
  it('reads wall time and peak memory of a real process', () => {
    // A process that holds ~60 MB for a moment.
    const t = runTimed(process.execPath, ['-e', 'const b = Buffer.alloc(60 * 1024 * 1024, 1); setTimeout(() => console.log(b[5]), 300)'], { cwd: tmpdir(), label: 'test' });
    expect(t.exitCode).toBe(0);
    expect(t.stdout.trim()).toBe('1');
    expect(t.wallSeconds).toBeGreaterThanOrEqual(0.25);
    expect(t.wallSeconds).toBeLessThan(30);
    expect(t.maxRssMb).toBeGreaterThan(60);
  });

  it('sums the memory of every process of the run, where GNU time gives the largest one', () => {
    // Two children of 80 MB each, alive together for a second: the largest process holds 80 MB,
    // the run holds their sum.
    const child = "const b = Buffer.alloc(80 * 1024 * 1024, 1); setTimeout(() => process.exit(b[3] - 1), 1500)";
    const parent = `const { spawn } = require('node:child_process'); let left = 2; for (let i = 0; i < 2; i++) spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' }).on('exit', () => { if (--left === 0) console.log('done'); });`;
    const t = runTimed(process.execPath, ['-e', parent], { cwd: tmpdir(), label: 'test' });
    expect(t.exitCode).toBe(0);
    expect(t.stdout.trim()).toBe('done');
    expect(t.maxRssMb).toBeGreaterThan(80);
    expect(t.maxRssMb).toBeLessThan(155);
    expect(t.treeRssMb).toBeGreaterThan(160);
  });

  it('reports a failing command with its exit code', () => {
    const t = runTimed(process.execPath, ['-e', 'process.exit(3)'], { cwd: tmpdir(), label: 'test' });
    expect(t.exitCode).toBe(3);
  });

  it('parses GNU time durations and refuses a report it cannot read', () => {
    expect(parseElapsed('0:01.50')).toBeCloseTo(1.5);
    expect(parseElapsed('1:02:03')).toBe(3723);
    expect(() => parseGnuTime('nothing here')).toThrow(/could not read/);
  });

  it('reads Astro\'s own durations', () => {
    expect(astroSeconds('4m 57s')).toBe(297);
    expect(astroSeconds('54.49s')).toBeCloseTo(54.49);
    expect(astroSeconds('830ms')).toBeCloseTo(0.83);
    expect(astroSeconds('2m')).toBe(120);
    expect(astroSeconds('soon')).toBeNull();
    expect(astroRenderSeconds('07:49:39 [build] 34035 page(s) built in 10m 14s')).toBe(614);
    const log = '[can-cu-pagefind] indexed 2875 pages (1769 with a number) into /tmp/d/pagefind: 10949 KB in 12925 ms (pages added in 7674 ms, index written in 5251 ms)';
    expect(pagefindSeconds(log)).toBeCloseTo(12.925);
    expect(pagefindSeconds('no index here')).toBeNull();
  });

  it('takes medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('private project copy', () => {
  it('copies the project without outputs, content or dependencies, and links packages but not caches', () => {
    const repo = mkdtempSync(join(tmpdir(), 'bench-repo-'));
    const destParent = mkdtempSync(join(tmpdir(), 'bench-dest-'));
    const dest = join(destParent, 'proj');
    tmp.push(repo, destParent);
    for (const d of ['src', 'content/documents', 'content/sources', 'dist', 'node_modules/astro', 'node_modules/.astro', 'node_modules/.vite', '.git']) mkdirSync(join(repo, d), { recursive: true });
    writeFileSync(join(repo, 'package.json'), '{}');
    writeFileSync(join(repo, 'src/a.ts'), 'export {}');
    writeFileSync(join(repo, 'content/documents/x.mdx'), '---\n---\n');
    writeFileSync(join(repo, 'content/sources/x.txt'), 'raw');
    writeFileSync(join(repo, 'dist/index.html'), '<p>');
    makeProjectCopy(repo, dest);
    expect(existsSync(join(dest, 'src/a.ts'))).toBe(true);
    expect(existsSync(join(dest, 'content/sources/x.txt'))).toBe(true);
    expect(readdirSync(join(dest, 'content/documents'))).toEqual([]);
    expect(existsSync(join(dest, 'dist'))).toBe(false);
    expect(existsSync(join(dest, '.git'))).toBe(false);
    expect(lstatSync(join(dest, 'node_modules')).isSymbolicLink()).toBe(false);
    expect(lstatSync(join(dest, 'node_modules/astro')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dest, 'node_modules/.astro'))).toBe(false);
    expect(existsSync(join(dest, 'node_modules/.vite'))).toBe(false);
    // The repository's own content is untouched.
    expect(readdirSync(join(repo, 'content/documents'))).toEqual(['x.mdx']);
  });

  it('measures folders', () => {
    const d = mkdtempSync(join(tmpdir(), 'bench-size-'));
    tmp.push(d);
    mkdirSync(join(d, 'a/b'), { recursive: true });
    writeFileSync(join(d, 'a/b/index.html'), 'x'.repeat(100));
    writeFileSync(join(d, 'a/page.html'), 'x'.repeat(50));
    writeFileSync(join(d, 'a/data.json'), 'x'.repeat(10));
    expect(dirBytes(d)).toBe(160);
    expect(countHtml(d)).toBe(2);
    expect(dirBytes(join(d, 'missing'))).toBe(0);
  });
});

describe('table', () => {
  it('prints one Markdown row per size, with dashes for what was not measured', () => {
    const t = formatTable([
      { label: 'corpus', files: 5, documents: 6, sourceMb: 0.2, generateS: null, importS: 1, importDocsPerS: 6, importRssMb: 115, importCpuS: 0.9, buildS: 5.3, buildCpuS: 6.1, buildRssMb: 583, renderS: 3.8, pagefindS: Number.NaN, pages: 131, pagesPerS: 24.7, citeMbPerS: 12.7, distMb: 3.2, pagefindMb: 0.3, treeRssMb: 701, incrementalS: null, rebuildS: null, rebuildRatio: null, repeat: 1 },
      { label: '1000', files: 1000, documents: 1012, sourceMb: 20.1, generateS: 4.2, importS: 9, importDocsPerS: 112.4, importRssMb: 300, importCpuS: 12.5, buildS: 30.2, buildCpuS: 41.3, buildRssMb: 1020, renderS: 25.3, pagefindS: 20.3, pages: 2346, pagesPerS: 77.7, citeMbPerS: 26.1, distMb: 120.4, pagefindMb: 9.8, treeRssMb: 1652, incrementalS: 33.9, rebuildS: 12.3, rebuildRatio: 12.3 / 30.2, repeat: 1 },
    ]);
    const lines = t.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('| incremental build, empty caches s | 1 doc changed: rebuild s | rebuild / build |');
    expect(lines[2]).toContain('| corpus | 5 → 6 | 0.2 | 1.0 | 6.0 | 0.9 | 115 | 5.3 | 6.1 | 583 | 701 | 3.8 | – | 131 |');
    expect(lines[2]).toMatch(/\| – \| – \| – \|$/);
    // The full build, then the first incremental one from empty caches, the rebuild after it, and the rebuild's share of the full build.
    expect(lines[3]).toMatch(/\| 30\.2 \| 41\.3 \|.*\| 33\.9 \| 12\.3 \| 41 % \|$/);
  });
});
