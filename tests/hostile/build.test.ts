/**
 * scripts/build.ts: staging and swap, output passed through, exit code. Astro's CLI is
 * replaced by a small script (CAN_CU_ASTRO) so the test runs in a second; the
 * real build goes through the same script in `npm run build`.
 */
import { gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'can-cu-build-'));
const dist = join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(mode: string, env: Record<string, string> = {}, args: string[] = []) {
  const { CAN_CU_ALLOW_SHRINK: _allow, CAN_CU_CONTENT_DIR: _content, ...parent } = process.env;
  return spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    encoding: 'utf8',
    env: { ...parent, CAN_CU_DIST: dist, CAN_CU_ASTRO: resolve('tests/fixtures/hostile/fake-astro.mjs'), FAKE_ASTRO_MODE: mode, ...env },
  });
}

describe('atomic build (scripts/build.ts)', () => {
  beforeEach(() => {
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), '<h1>old</h1>');
  });

  it('a failed build keeps the old dist untouched and returns Astro\'s exit code', () => {
    const r = build('fail');
    expect(r.status).toBe(3);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<h1>old</h1>');
    expect(existsSync(join(dist, 'van-ban'))).toBe(false);
    expect(r.stderr).toContain('left as it was');
    expect(readdirSync(root)).toEqual(['dist']); // staging removed
  });

  it('a "successful" build without index.html is refused', () => {
    const r = build('no-index');
    expect(r.status).toBe(1);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<h1>old</h1>');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('a good build replaces dist whole, leaving nothing of the old one', async () => {
    writeFileSync(join(dist, 'stale.html'), 'stale');
    const r = build('ok');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<h1>new</h1>');
    expect(existsSync(join(dist, 'stale.html'))).toBe(false);
    expect(existsSync(join(dist, 'van-ban', 'half.html'))).toBe(true);
    expect(readdirSync(root)).toEqual(['dist']);
    // The old site is moved out of the way at once and removed by a process that outlives the build.
    const trashed = resolve('node_modules', '.astro', 'can-cu-trash', String(r.pid));
    for (let i = 0; i < 100 && existsSync(trashed); i++) await new Promise((ok) => setTimeout(ok, 100));
    expect(existsSync(trashed)).toBe(false);
  });

  it('builds the search index beside Astro from the pages the site data lists, and moves it in', () => {
    const r = build('ok');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/indexed 1 pages \(1 with a number\)/);
    // The page's body, read from the file its loader rendered it to, is in the index (đ in index form).
    const fragments = readdirSync(join(dist, 'pagefind', 'phan-1', 'fragment')).map((f) => gunzipSync(readFileSync(join(dist, 'pagefind', 'phan-1', 'fragment', f))).toString('utf8'));
    expect(fragments).toHaveLength(1);
    expect(fragments[0]).toContain('Triển khai chuyển d\u0335ổi số.');
    const manifest = JSON.parse(readFileSync(join(dist, 'pagefind', 'shards.json'), 'utf8')) as { shards: Array<{ id: string; pages: number }> };
    expect(manifest.shards).toEqual([expect.objectContaining({ id: 'phan-1', pages: 1 })]);
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(root)).toEqual(['dist']); // the index folder and the list of pages are gone
  });

  it('fails, keeping the old dist, when the body of a page to index was never rendered', () => {
    const r = build('missing-body');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\/van-ban\/d1\/: its body could not be read \(ENOENT[^)]*never-rendered\.html'\); build again/);
    expect(r.stderr).toContain('the search index could not be built');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<h1>old</h1>');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it("passes Astro's output through, each stream to its own", () => {
    const r = build('ok');
    expect(r.stdout).toContain('building…');
    expect(r.stderr).toContain('[WARN] a warning that must stay visible');
    expect(r.stdout).toContain('done');
  });

  it('removes the staging folders of killed builds, keeps those of running ones', () => {
    const dead = join(root, '.dist-staging-4194303');
    const alive = join(root, `.dist-staging-${process.pid}`);
    mkdirSync(dead);
    mkdirSync(alive);
    expect(build('ok').status).toBe(0);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(alive)).toBe(true);
    rmSync(alive, { recursive: true });
  });

  it('works when there was no dist before', () => {
    rmSync(dist, { recursive: true });
    expect(build('ok').status).toBe(0);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<h1>new</h1>');
  });
});

describe('a build never replaces a site with a much smaller one (scripts/build.ts)', () => {
  /** The site in dist/ holds `held` documents, as its open data says. */
  function oldSite(held: number) {
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(join(dist, 'data'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<h1>old</h1>');
    writeFileSync(join(dist, 'data', 'documents.json'), JSON.stringify(Array.from({ length: held }, (_, i) => ({ id: `o${i}`, held: true }))));
  }
  const untouched = (held: number) => {
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<h1>old</h1>');
    expect(JSON.parse(readFileSync(join(dist, 'data', 'documents.json'), 'utf8'))).toHaveLength(held);
    expect(readdirSync(root)).toEqual(['dist']);
  };

  it('refuses fewer than half the documents, names the counts and the folder, keeps the old site', () => {
    oldSite(10);
    const r = build('ok', { FAKE_ASTRO_HELD: '4' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `build refused: the new site holds 4 documents (content folder ${resolve('content/documents')}: ` +
        `${readdirSync('content/documents').filter((n) => n.endsWith('.mdx')).length} .mdx files, `,
    );
    expect(r.stderr).toContain(`fewer than half the 10 documents of the site in ${dist}; ${dist} left as it was. If this is intended, run again with --allow-shrink`);
    untouched(10);
  });

  it('publishes half or more', () => {
    oldSite(10);
    const r = build('ok', { FAKE_ASTRO_HELD: '5' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`site written to ${dist} (5 documents)`);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<h1>new</h1>');
  });

  it('publishes a smaller site when asked: --allow-shrink (not passed on to Astro) or CAN_CU_ALLOW_SHRINK=1', () => {
    oldSite(10);
    const flag = build('ok', { FAKE_ASTRO_HELD: '1' }, ['--allow-shrink']);
    expect(flag.status, flag.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dist, 'data', 'documents.json'), 'utf8'))).toHaveLength(2);
    oldSite(10);
    const env = build('ok', { FAKE_ASTRO_HELD: '0', CAN_CU_ALLOW_SHRINK: '1' });
    expect(env.status, env.stderr).toBe(0);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<h1>new</h1>');
  });

  it('refuses a site without documents even where there was none before', () => {
    rmSync(dist, { recursive: true, force: true });
    const r = build('ok', { FAKE_ASTRO_HELD: '0' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('so the site would hold no documents; no ' + dist + ' written.');
    expect(readdirSync(root)).toEqual([]);
  });

  it('refuses an empty or missing content folder before Astro runs', () => {
    oldSite(10);
    const empty = mkdtempSync(join(tmpdir(), 'can-cu-empty-'));
    const r = build('ok', { CAN_CU_CONTENT_DIR: empty });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('building…');
    expect(r.stderr).toBe(
      `build refused: the content folder ${empty} holds 0 .mdx files, so the site would hold no documents (${dist} holds 10); ${dist} left as it was. ` +
        'If this is intended, run again with --allow-shrink (npm run build -- --allow-shrink) or CAN_CU_ALLOW_SHRINK=1.\n',
    );
    untouched(10);
    const missing = build('ok', { CAN_CU_CONTENT_DIR: join(empty, 'nowhere') });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`build refused: the content folder ${join(empty, 'nowhere')} cannot be read, so the site would hold no documents`);
    untouched(10);
    rmSync(empty, { recursive: true });
  });

  it('refuses a new site whose open data cannot be counted', () => {
    oldSite(10);
    const r = build('no-data');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`build refused: the new site has no readable data/documents.json, so how many documents it holds is unknown; ${dist} left as it was`);
    untouched(10);
  });
});
