/**
 * The real build (npm run build: Astro, the content loader, Pagefind) never
 * replaces a good site with a worse one. A site of four documents is built
 * into a temporary folder; then a wrong content folder, and a folder where
 * three of the four files no longer validate, are each refused with the
 * folder and the counts, and the four-document site stays as it was, byte for
 * byte. Asked explicitly (--allow-shrink), the one-document site is published.
 * A build of the same content again gives the same bytes, and the search index built beside
 * Astro is the one a plain `astro build` makes after it. Five real builds, about 25 s each; no
 * browser is needed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from './site-snapshot.ts';

let tmp: string;
let docs: string;
let dist: string;
let names: string[];

function build(env: Record<string, string>, args: string[] = []) {
  const { CAN_CU_ALLOW_SHRINK: _allow, ...parent } = process.env;
  return spawnSync('npm', ['run', '--silent', 'build', '--', ...args], {
    env: { ...parent, CAN_CU_DIST: dist, ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
}

const held = () => (JSON.parse(readFileSync(join(dist, 'data', 'documents.json'), 'utf8')) as Array<{ id: string; held: boolean }>).filter((d) => d.held).map((d) => d.id);

let good: Record<string, string>;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'can-cu-guard-'));
  docs = join(tmp, 'docs');
  dist = join(tmp, 'dist');
  mkdirSync(docs);
  names = readdirSync('content/documents').filter((n) => n.endsWith('.mdx')).sort().slice(0, 4);
  for (const n of names) copyFileSync(join('content/documents', n), join(docs, n));
  const first = build({ CAN_CU_CONTENT_DIR: docs });
  expect(first.status, first.stdout + first.stderr).toBe(0);
  expect(first.stdout).toContain(`site written to ${dist} (4 documents)`);
  expect(held().sort()).toEqual(names.map((n) => n.slice(0, -'.mdx'.length)));
  good = snapshot(dist);
}, 300_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('a build of unchanged content', () => {
  it('gives the same site byte for byte: pages, data, feeds, the search index and its build tag', () => {
    const r = build({ CAN_CU_CONTENT_DIR: docs });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const again = snapshot(dist);
    expect(Object.keys(again).some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect(again).toEqual(good);
  }, 300_000);
});

describe('the search index built beside Astro', () => {
  it('is byte for byte the index a plain astro build makes from the finished pages', () => {
    // npm run build indexes each shard as Astro writes its pages (scripts/index-search.ts); a plain
    // `astro build` indexes the built site afterwards (src/integrations/pagefind.ts).
    const out = mkdtempSync(join(tmpdir(), 'can-cu-plain-'));
    const { CAN_CU_INDEX_PLAN: _plan, ...parent } = process.env;
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      env: { ...parent, CAN_CU_CONTENT_DIR: docs },
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const index = (snap: Record<string, string>) => Object.fromEntries(Object.entries(snap).filter(([f]) => f.startsWith('pagefind/')));
    const plain = index(snapshot(out));
    expect(Object.keys(plain).length).toBeGreaterThan(5);
    rmSync(out, { recursive: true, force: true });
    expect(plain).toEqual(index(good));
  }, 300_000);
});

describe('the build refuses to replace a good site with a worse one', () => {
  it('a wrong content folder (the raw sources) is refused before Astro runs', () => {
    const wrong = resolve('content/sources');
    const r = build({ CAN_CU_CONTENT_DIR: wrong });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `build refused: the content folder ${wrong} holds 0 .mdx files, so the site would hold no documents (${dist} holds 4); ${dist} left as it was. ` +
        'If this is intended, run again with --allow-shrink (npm run build -- --allow-shrink) or CAN_CU_ALLOW_SHRINK=1.',
    );
    expect(r.stdout).not.toContain('[build]');
    expect(snapshot(dist)).toEqual(good);
    expect(readdirSync(tmp).sort()).toEqual(['dist', 'docs']);
  });

  it('a folder where most files no longer validate: built, counted, refused, each bad file named with its line and field', () => {
    for (const n of names.slice(1)) {
      const path = join(docs, n);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^date: "(\d{4})-\d\d-\d\d"$/m, 'date: "$1-02-31"'));
    }
    const r = build({ CAN_CU_CONTENT_DIR: docs });
    expect(r.status).toBe(1);
    for (const n of names.slice(1)) expect(r.stderr).toMatch(new RegExp(`left out of the site: ${join(docs, n)}:\\d+: error: date: not a real calendar date`));
    expect(r.stderr).toContain(
      `build refused: the new site holds 1 document (content folder ${docs}: 4 .mdx files, 3 left out), ` +
        `fewer than half the 4 documents of the site in ${dist}; ${dist} left as it was.`,
    );
    expect(snapshot(dist)).toEqual(good);
    expect(readdirSync(tmp).sort()).toEqual(['dist', 'docs']);
  }, 300_000);

  it('--allow-shrink publishes the smaller site', () => {
    const r = build({ CAN_CU_CONTENT_DIR: docs }, ['--allow-shrink']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`site written to ${dist} (1 document)`);
    expect(held()).toEqual([names[0]!.slice(0, -'.mdx'.length)]);
  }, 300_000);
});
