import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCollection } from '../../src/lib/check/collection.ts';
import { exitCode, formatReport } from '../../src/lib/check/report.ts';
import type { Problem } from '../../src/lib/check/problem.ts';

const BROKEN = 'tests/fixtures/hostile/check-broken';
const GOOD = 'tests/fixtures/hostile/check-good';
const report = checkCollection(BROKEN);
const of = (name: string) => report.problems.filter((p) => p.file === join(BROKEN, name));
const one = (name: string, field: string): Problem => {
  const found = of(name).filter((p) => p.field === field);
  expect(found, `${name} ${field}: ${JSON.stringify(of(name))}`).toHaveLength(1);
  return found[0]!;
};

describe('npm run check on a folder of broken documents', () => {
  it('reads every file and reports problems in all of them at once', () => {
    expect(report.files).toBe(16);
    const filesWithErrors = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.file));
    expect(filesWithErrors.size).toBe(12);
    expect(exitCode(report)).toBe(1);
  });

  it('the valid documents still pass (the rest of the collection is usable)', () => {
    expect(checkCollection(BROKEN, { citations: false }).validFiles).toEqual(report.validFiles);
    expect(report.valid).toBe(4);
    expect(report.validFiles.map((f) => f.slice(BROKEN.length + 1)).sort()).toEqual(
      ['empty-body.mdx', 'good.mdx', 'importer-missing.mdx', 'same-identity-as-good.mdx'],
    );
    expect(of('good.mdx').filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('impossible date 31/02 → file, YAML line, field', () => {
    expect(one('impossible-date.mdx', 'date')).toMatchObject({ line: 13, severity: 'error', message: 'not a real calendar date (got "2024-02-31")' });
  });

  it('an unquoted date, which a YAML 1.1 reader (Astro\'s) would read as a Date object', () => {
    expect(one('unquoted-date.mdx', 'date')).toMatchObject({
      line: 13,
      severity: 'error',
      message: 'unquoted date 2025-08-21: a YAML 1.1 reader (Astro\'s) takes it for a timestamp, not text; write it in quotes ("2025-08-21")',
    });
    expect(report.validFiles).not.toContain(join(BROKEN, 'unquoted-date.mdx'));
  });

  it('a date written 21/08/2025 instead of ISO', () => {
    const date = of('date-not-iso.mdx').filter((p) => p.field === 'date');
    expect(date[0]).toMatchObject({ line: 13, severity: 'error' });
    expect(date[0]!.message).toMatch(/expected an ISO date YYYY-MM-DD \(got "21\/08\/2025"\)/);
  });

  it('missing and malformed fields: every one, each at its own line', () => {
    expect(one('missing-and-malformed.mdx', 'docType')).toMatchObject({ line: 2, severity: 'error' });
    expect(one('missing-and-malformed.mdx', 'docType').message).toMatch(/^missing/);
    expect(one('missing-and-malformed.mdx', 'year')).toMatchObject({ line: 4 });
    expect(one('missing-and-malformed.mdx', 'year').message).toMatch(/expected number.*got "hai nghìn"/);
    // sha256 is missing inside `source:`: the line of the `source` block's last key found.
    expect(one('missing-and-malformed.mdx', 'source.sha256').message).toMatch(/^missing/);
  });

  it('an unknown (misspelt) field points at its own line', () => {
    expect(one('unknown-field.mdx', 'tittle')).toMatchObject({ line: 28, severity: 'error' });
  });

  it('YAML syntax errors and duplicate keys carry the line in the file', () => {
    const yaml = of('yaml-syntax.mdx');
    // Not empty: every() of nothing is true, and a check that stopped reading YAML would pass.
    expect(yaml.length).toBeGreaterThan(0);
    expect(yaml.every((p) => p.line === 10 && p.severity === 'error' && p.message.startsWith('YAML syntax error'))).toBe(true);
    expect(one('duplicate-key.mdx', 'frontmatter')).toMatchObject({ line: 13, message: 'YAML syntax error: Map keys must be unique' });
  });

  it('no frontmatter, empty file, not UTF-8', () => {
    expect(one('no-frontmatter.mdx', 'frontmatter')).toMatchObject({ line: 1, severity: 'error' });
    expect(one('empty.mdx', 'file').message).toMatch(/empty file \(0 bytes\)/);
    expect(one('not-utf8.mdx', 'file')).toMatchObject({ line: 30, severity: 'error' });
  });

  it('two documents with the same identity warn on both, naming the other', () => {
    const a = one('good.mdx', 'number');
    const b = one('same-identity-as-good.mdx', 'number');
    expect(a).toMatchObject({ line: 3, severity: 'warning' });
    expect(a.message).toContain('same-identity-as-good.mdx');
    // The number as every page writes it (src/lib/site/format.ts).
    expect(a.message).toContain('same identity (22/KH-UBND, Ủy ban nhân dân xã Phong Doanh,');
    expect(b.message).toContain('good.mdx');
  });

  it('an empty body is a warning', () => {
    expect(one('empty-body.mdx', 'body')).toMatchObject({ severity: 'warning', message: 'empty body: the document has no text' });
  });

  it('MDX that would not compile is an error at its line', () => {
    const p = one('mdx-syntax.mdx', 'body');
    expect(p).toMatchObject({ line: 34, severity: 'error' });
    expect(p.message).toMatch(/MDX does not compile.*closing brace/);
  });

  it('code in a body (import, {expression}, <script>) is an error at each line', () => {
    const code = of('code-in-body.mdx').filter((p) => p.message.startsWith('code in content'));
    expect(code.map((p) => p.line)).toEqual([32, 34, 36]);
    expect(code.every((p) => p.severity === 'error')).toBe(true);
    expect(code.map((p) => p.message)).toEqual([
      expect.stringContaining('import/export'),
      expect.stringContaining('globalThis.pwned'),
      expect.stringContaining('"script"'),
    ]);
  });

  it('fields the importer could not find are listed as notes', () => {
    expect(one('importer-missing.mdx', 'number')).toMatchObject({ severity: 'note', message: 'not found in the source: the first page is missing' });
  });

  it('the text report has one FILE:LINE: severity: field: message line per problem and a summary', () => {
    const text = formatReport(report);
    for (const p of report.problems) expect(text).toContain(`${p.file}:${p.line}: ${p.severity}: ${p.field}: `);
    expect(text).toMatch(/16 files checked, 4 valid: \d+ errors, \d+ warnings, 1 notes, \d+ unresolved or ambiguous citations/);
  });
});

describe('npm run check as a command', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'can-cu-check-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('exits 1 on the broken folder and prints every file with an error', () => {
    const r = spawnSync(process.execPath, ['scripts/check.ts', BROKEN], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    for (const name of ['impossible-date', 'missing-and-malformed', 'yaml-syntax', 'empty', 'not-utf8', 'unknown-field']) {
      expect(r.stdout).toContain(`${BROKEN}/${name}.mdx:`);
    }
  });

  it('exits 0 on a valid folder', () => {
    const out = execFileSync(process.execPath, ['scripts/check.ts', GOOD], { encoding: 'utf8' });
    expect(out).toMatch(/2 files checked, 2 valid: 0 errors/);
  });

  it('exits 0 on warnings only: a 5 MB document with no structure', () => {
    const good = readFileSync(join(GOOD, 'ke-hoach-22.mdx'), 'utf8');
    const head = good.slice(0, good.indexOf('\n---\n') + 5);
    const para = 'Các cơ quan, đơn vị tổ chức thực hiện nghiêm túc kế hoạch này và báo cáo kết quả. ';
    writeFileSync(join(tmp, 'huge.mdx'), head + '\n' + (para.repeat(40) + '\n\n').repeat(Math.ceil(5e6 / (para.length * 40 * 1.2))));
    const r = spawnSync(process.execPath, ['scripts/check.ts', tmp], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/huge\.mdx:1: warning: file: huge file: 5\.\d MB/);
    expect(r.stdout).toMatch(/huge\.mdx:29: warning: body: no structure/);
  });
});

describe('npm run check lists citations the collection cannot settle', () => {
  const dir = 'tests/fixtures/hostile/check-citations';
  const r = checkCollection(dir);

  it('an ambiguous citation names both candidates, at its line, without failing the check', () => {
    expect(r.citations).toEqual([
      {
        document: 'ke-hoach-9-kh-bnv-2025',
        file: join(dir, 'ke-hoach-9-kh-bnv-2025.mdx'),
        line: 32,
        text: 'Quyết định số 12/QĐ-BNV',
        kind: 'ambiguous',
        candidates: expect.arrayContaining(['quyet-dinh-12-qd-bnv-2023', 'quyet-dinh-12-qd-bnv-2024']) as unknown as string[],
      },
    ]);
    expect(exitCode(r)).toBe(0);
    expect(formatReport(r)).toContain(`${dir}/ke-hoach-9-kh-bnv-2025.mdx:32: ambiguous: "Quyết định số 12/QĐ-BNV" (candidates: `);
  });

  it('same number and issuer on different dates is not a duplicate identity', () => {
    expect(r.problems.filter((p) => p.message.includes('same identity'))).toEqual([]);
  });
});
