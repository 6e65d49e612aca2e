import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { collectionPatterns, loadDocuments, scanDocuments } from '../../src/lib/site/load.ts';

// A copy of the real collection with one document broken by hand: an impossible date.
function brokenCollection(): { dir: string; broken: string; total: number } {
  const dir = mkdtempSync(join(tmpdir(), 'can-cu-rejected-'));
  const names = readdirSync('content/documents').filter((n) => n.endsWith('.mdx'));
  for (const n of names) copyFileSync(join('content/documents', n), join(dir, n));
  const broken = names.find((n) => n.startsWith('ke-hoach-218'))!;
  const path = join(dir, broken);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^date: "2023-06-08"$/m, 'date: "2023-02-31"'));
  return { dir, broken, total: names.length };
}

describe('a bad document does not take the collection down', () => {
  it('leaves out only the bad file and names its file, line and field', () => {
    const { dir, broken, total } = brokenCollection();
    const scan = scanDocuments(dir);
    expect(scan.rejected).toEqual([broken]);
    expect(scan.documents).toHaveLength(total - 1);
    expect(scan.problems).toHaveLength(1);
    expect(scan.problems[0]).toMatch(new RegExp(`${broken}:\\d+: field date: not a real calendar date$`));
  });

  it('tells the content collection to skip it and reports it once on stderr', () => {
    const { dir, broken, total } = brokenCollection();
    expect(collectionPatterns(dir)).toEqual(['*.mdx', `!${broken}`]);
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(loadDocuments(dir)).toHaveLength(total - 1);
    loadDocuments(dir);
    expect(err).toHaveBeenCalledTimes(1);
    expect(String(err.mock.calls[0]![0])).toContain(`${broken}`);
    err.mockRestore();
  });

  it('skips nothing in the real collection', () => {
    expect(collectionPatterns()).toEqual(['*.mdx']);
  });
});
