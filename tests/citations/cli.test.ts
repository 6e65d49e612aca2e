import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS, corpus } from './helpers.ts';

const root = new URL('../../', import.meta.url).pathname;
const run = (file: string) => spawnSync('npm', ['run', '--silent', 'cite', '--', file], { cwd: root, encoding: 'utf8' });

describe('npm run cite', () => {
  it('prints the citations of a corpus file as a JSON array with offsets into the raw text', () => {
    const file = join(root, 'content/sources', CORPUS.langSon);
    const out = JSON.parse(execFileSync('npm', ['run', '--silent', 'cite', '--', file], { cwd: root, encoding: 'utf8' })) as Array<Record<string, unknown>>;
    const raw = corpus(CORPUS.langSon);
    expect(out.length).toBe(34);
    for (const c of out) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['start', 'end', 'text', 'docType', 'number', 'year', 'symbol', 'date', 'issuer', 'form', 'refersTo']));
      expect(raw.slice(c.start as number, c.end as number)).toBe(c.text);
    }
    expect(out[0]).toMatchObject({ text: 'Kế hoạch số 200/KH-UBND', docType: 'Kế hoạch', number: '200', symbol: 'KH-UBND', date: '2021-10-09', issuer: 'UBND tỉnh Lạng Sơn' });
  });

  it('counts a BOM as read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cite-'));
    const file = join(dir, 'bom.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Căn cứ Luật số 06/2022/QH15;', 'utf8')]));
    const r = run(file);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ start: 8, end: 28 });
  });

  it('fails with a clear message naming the file and no stack trace', () => {
    const r = run('/nonexistent/van-ban.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/nonexistent/van-ban.txt');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const dir = mkdtempSync(join(tmpdir(), 'cite-'));
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0xc3]));
    const r2 = run(bad);
    expect(r2.stdout).not.toMatch(/\n\s+at /);
    if (r2.status !== 0) {
      expect(r2.stderr).toContain('bad.txt');
      expect(r2.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
