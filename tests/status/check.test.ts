import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCollection } from '../../src/lib/check/collection.ts';
import { exitCode, formatReport } from '../../src/lib/check/report.ts';

const SRC = new URL('../fixtures/status-check/', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'can-cu-status-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run check and statements about effect', () => {
  it('lists a document replaced before it takes effect, naming both files, without failing the check', () => {
    const files = readdirSync(SRC).filter((f) => f.endsWith('.txt')).map((f) => join(SRC, f));
    execFileSync('npm', ['run', '--silent', 'import', '--', '--quiet', '--out', join(tmp, 'docs'), '--sources', SRC, '--overrides', join(tmp, 'none'), ...files], { stdio: 'pipe' });
    const report = checkCollection(join(tmp, 'docs'));
    expect(report.contradictions).toHaveLength(1);
    const c = report.contradictions[0]!;
    expect(c.document).toBe('thong-tu-25-tt-btc-2021-bo-tai-chinh');
    expect(c.message).toBe('said to be replaced from 2021-02-01 by thong-tu-03-tt-btc-2021-bo-tai-chinh, before it takes effect (2021-06-01) by its own text');
    expect(c.files.map((f) => f.split('/').pop())).toEqual(['thong-tu-03-tt-btc-2021-bo-tai-chinh.mdx', 'thong-tu-25-tt-btc-2021-bo-tai-chinh.mdx']);
    const text = formatReport(report);
    expect(text).toContain('Statements about effect that contradict each other:');
    expect(text).toMatch(/1 contradictions about effect$/);
    // A contradiction is for a person to resolve: the documents themselves are valid.
    expect(exitCode(report)).toBe(0);
  });
});
