/**
 * scripts/build.ts: staging and swap, warning filter, exit code. Astro's CLI is
 * replaced by a small script (CAN_CU_ASTRO) so the test runs in a second; the
 * real build goes through the same script in `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'can-cu-build-'));
const dist = join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(mode: string) {
  return spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CAN_CU_DIST: dist, CAN_CU_ASTRO: resolve('tests/fixtures/hostile/fake-astro.mjs'), FAKE_ASTRO_MODE: mode },
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

  it('a good build replaces dist whole, leaving nothing of the old one', () => {
    writeFileSync(join(dist, 'stale.html'), 'stale');
    const r = build('ok');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<h1>new</h1>');
    expect(existsSync(join(dist, 'stale.html'))).toBe(false);
    expect(existsSync(join(dist, 'van-ban', 'half.html'))).toBe(true);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('drops only the MODULE_LEVEL_DIRECTIVE lines, keeps every other line', () => {
    const r = build('ok');
    const all = r.stdout + r.stderr;
    expect(all).not.toMatch(/Module level directives|MODULE_LEVEL_DIRECTIVE in/);
    expect(all).toContain('building…');
    expect(all).toContain('[WARN] a real warning that must stay visible');
    expect(all).toContain('done');
    expect(r.stdout).toContain('(2 MODULE_LEVEL_DIRECTIVE warning lines from compiled MDX hidden');
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
