/**
 * A build split into parts (CAN_CU_BUILD_PART=K/N npm run build, then npm run merge-parts) writes
 * the same site as a whole build, byte for byte: the bundled collection is built whole and in two
 * parts, and the parts merged. Each part renders its own documents' pages and search shards and
 * every shared page; the merge refuses parts that are missing or disagree, and leaves the last
 * merge as it was. Three real builds; no browser is needed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from './site-snapshot.ts';

let tmp: string;
let docs: string;
let whole: string;
const partDir = (k: number) => join(tmp, `part-${k}`);

function build(dist: string, part: string | null): string {
  const { CAN_CU_ALLOW_SHRINK: _a, CAN_CU_INCREMENTAL: _i, CAN_CU_BUILD_PART: _p, ...parent } = process.env;
  const run = spawnSync('npm', ['run', '--silent', 'build'], {
    env: {
      ...parent,
      CAN_CU_DIST: dist,
      CAN_CU_CONTENT_DIR: docs,
      CAN_CU_SOURCES_DIR: resolve('content/sources'),
      ...(part ? { CAN_CU_BUILD_PART: part } : {}),
    },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`build ${part ?? 'whole'} failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

function merge(out: string, parts: string[]): { status: number | null; output: string } {
  const run = spawnSync('npm', ['run', '--silent', 'merge-parts', '--', out, ...parts], { encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const documentPages = (dir: string): string[] =>
  ['van-ban', 'dan-chieu'].flatMap((route) => (existsSync(join(dir, route)) ? readdirSync(join(dir, route)).map((id) => `${route}/${id}`) : []));

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'can-cu-parts-'));
  docs = join(tmp, 'docs');
  cpSync('content/documents', docs, { recursive: true });
  whole = join(tmp, 'whole');
  build(whole, null);
  build(partDir(1), '1/2');
  build(partDir(2), '2/2');
}, 900_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('a build in two parts', () => {
  it('splits the documents’ pages and search shards between the parts, each page in one', () => {
    const [one, two] = [documentPages(partDir(1)), documentPages(partDir(2))];
    expect(one.length).toBeGreaterThan(0);
    expect(two.length).toBeGreaterThan(0);
    expect(one.filter((p) => two.includes(p))).toEqual([]);
    expect([...one, ...two].sort()).toEqual(documentPages(whole).sort());
    const shards = (k: number) => (JSON.parse(readFileSync(join(partDir(k), 'pagefind', 'part.json'), 'utf8')) as { shards: Array<{ info: { id: string } }> }).shards.map((s) => s.info.id);
    expect(shards(1).length).toBeGreaterThan(0);
    expect(shards(2).length).toBeGreaterThan(0);
    expect(shards(1).filter((s) => shards(2).includes(s))).toEqual([]);
  });

  it('merges into the site a whole build writes, byte for byte', () => {
    const out = join(tmp, 'merged');
    const { status, output } = merge(out, [partDir(2), partDir(1)]);
    expect(output).toMatch(/merged 2 parts into .*: \d+ files, \d+ shared files checked the same in every part, \d+ search shards/);
    expect(status).toBe(0);
    expect(snapshot(out)).toEqual(snapshot(whole));
  });

  it('refuses a missing part, a part given twice and parts that disagree, leaving the last merge as it was', () => {
    const out = join(tmp, 'merged-guarded');
    expect(merge(out, [partDir(1), partDir(2)]).status).toBe(0);
    const before = snapshot(out);

    const missing = merge(out, [partDir(1)]);
    expect(missing.status).toBe(1);
    expect(missing.output).toMatch(/part 2 of 2 not given; .* left as it was/);

    const twice = merge(out, [partDir(1), partDir(1)]);
    expect(twice.status).toBe(1);
    expect(twice.output).toMatch(/part 1 of 2 again/);

    // A shared page that one part rendered otherwise (other content or code in that job).
    const altered = join(tmp, 'part-2-altered');
    cpSync(partDir(2), altered, { recursive: true });
    const home = join(altered, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('</body>', '<p>khác</p></body>'));
    const differ = merge(out, [partDir(1), altered]);
    expect(differ.status).toBe(1);
    expect(differ.output).toMatch(/index\.html: differs between .*part-1 and .*part-2-altered/);

    const notAPart = merge(out, [partDir(1), whole]);
    expect(notAPart.status).toBe(1);
    expect(notAPart.output).toMatch(/part\.json: missing; .* is not a part of a build split into parts/);

    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(tmp).filter((f) => f.includes('-merge-'))).toEqual([]);
  });
});
