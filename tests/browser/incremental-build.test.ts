/**
 * An incremental build (npm run build -- --incremental) writes the same site as a full build of
 * the same content, byte for byte, while copying from the last build the pages and index shards
 * nothing touched. The bundled collection is built incrementally once, then edited as an office
 * edits it (a sentence citing another held document added to one, the title of a cited one
 * changed, a cited one deleted), built incrementally again and built in full; the two sites must
 * be equal, the pages the edits touch rendered again, the others restored. A build with nothing
 * changed restores every document page and reuses every index shard. Four real builds; no
 * browser is needed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from './site-snapshot.ts';

interface Row {
  id: string;
  url: string;
  held: boolean;
  reference: string;
  date: string | null;
}
interface Link {
  from: string;
  to: string;
}

let tmp: string;
let docs: string;

function build(dist: string, args: string[]): string {
  const { CAN_CU_ALLOW_SHRINK: _a, CAN_CU_INCREMENTAL: _i, ...parent } = process.env;
  const run = spawnSync('npm', ['run', '--silent', 'build', '--', ...args], {
    env: { ...parent, CAN_CU_DIST: dist, CAN_CU_CONTENT_DIR: docs, CAN_CU_SOURCES_DIR: resolve('content/sources') },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`build ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/** Pages Astro copied from its cache, as its log names them ("/van-ban/x/index.html (restored)"). */
function restored(log: string): Set<string> {
  // (Without the colours Astro's log has where CI=true is set.)
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  return new Set([...plain.matchAll(/(\/\S+\/)index\.html \(restored\)/g)].map((m) => m[1]!));
}

/** The open-data files Astro copied from its cache ("/data/citations.csv (restored)"). */
function restoredData(log: string): string[] {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  return [...plain.matchAll(/\/data\/(\S+) \(restored\)/g)].map((m) => m[1]!).sort();
}
const OPEN_DATA = ['citations.csv', 'citations.json', 'documents.csv', 'documents.json'];

const documentPages = (dist: string) =>
  (JSON.parse(readFileSync(join(dist, 'data', 'documents.json'), 'utf8')) as Row[]).map((r) => r.url);

let firstDist: string;
let rows: Row[];
let links: Link[];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'can-cu-incremental-'));
  docs = join(tmp, 'docs');
  cpSync('content/documents', docs, { recursive: true });
  firstDist = join(tmp, 'first');
  build(firstDist, ['--incremental']);
  rows = JSON.parse(readFileSync(join(firstDist, 'data', 'documents.json'), 'utf8')) as Row[];
  links = JSON.parse(readFileSync(join(firstDist, 'data', 'citations.json'), 'utf8')) as Link[];
}, 300_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('an incremental build', () => {
  it('restores every document and issuer page and reuses every index shard when nothing changed', () => {
    const dist = join(tmp, 'same');
    const log = build(dist, ['--incremental']);
    expect(snapshot(dist)).toEqual(snapshot(firstDist));
    const pages = documentPages(dist);
    const copied = restored(log);
    expect(pages.filter((u) => !copied.has(u))).toEqual([]);
    // …and so is every issuer's page, whose list is as it was, and the open data.
    expect([...copied].filter((u) => u.startsWith('/co-quan/')).length).toBeGreaterThan(0);
    expect(restoredData(log)).toEqual(OPEN_DATA);
    const m = /(\d+) shards: [^;]*; (\d+) reused from the last build/.exec(log);
    expect(m, log.slice(-2000)).not.toBeNull();
    expect(Number(m![2])).toBe(Number(m![1]));
  }, 300_000);

  it('after edits, writes the site a full build writes, rendering again only what the edits touch', () => {
    const held = new Map(rows.filter((r) => r.held).map((r) => [r.id, r]));
    const heldLinks = links.filter((l) => held.has(l.from) && held.has(l.to) && l.from !== l.to);
    const file = (id: string) => join(docs, `${id}.mdx`);
    const plain = (id: string) => /\nrelated: \[\]\n/.test(readFileSync(file(id), 'utf8'));
    const citers = (id: string) => new Set(heldLinks.filter((l) => l.to === id).map((l) => l.from));
    const taken = new Set<string>();
    const pick = (ok: (id: string) => boolean): string => {
      const id = [...held.keys()].sort().find((k) => !taken.has(k) && plain(k) && ok(k));
      if (!id) throw new Error('the bundle has no document to edit this way');
      taken.add(id);
      return id;
    };
    // One cites another it did not cite before; one cited has its title changed; one cited is deleted.
    const citing = pick((k) => heldLinks.some((l) => l.from === k));
    // Issued before the citing one: a citation of a later document is not resolved to it.
    const earlier = (k: string) => (held.get(k)!.date ?? '9999') < (held.get(citing)!.date ?? '0000');
    const newlyCited = pick((k) => earlier(k) && !citers(k).has(citing));
    const retitled = pick((k) => citers(k).size > 0 && !citers(k).has(citing));
    const deleted = pick((k) => citers(k).size > 0 && [...citers(k)].every((c) => !taken.has(c)));

    writeFileSync(file(citing), `${readFileSync(file(citing), 'utf8').trimEnd()}\n\nVăn bản này được thực hiện cùng với ${held.get(newlyCited)!.reference}.\n`);
    const before = readFileSync(file(retitled), 'utf8');
    const after = before.replace(/\ntitle: "/, '\ntitle: "Sửa đổi: ');
    expect(after).not.toBe(before);
    writeFileSync(file(retitled), after);
    rmSync(file(deleted));

    const incremental = join(tmp, 'incremental');
    const log = build(incremental, ['--incremental']);
    const full = join(tmp, 'full');
    build(full, []);
    expect(snapshot(incremental)).toEqual(snapshot(full));

    const url = (id: string) => held.get(id)!.url;
    const copied = restored(log);
    // What the edits touch is rendered again: the edited pages, the page newly cited, and the
    // citers of the deleted document (their links now lead to its cited-only page). A citer of the
    // retitled one may be restored: a citation is named by number, date and issuer, not by title.
    const touched = [citing, newlyCited, retitled, ...citers(deleted)];
    expect(touched.map(url).filter((u) => copied.has(u))).toEqual([]);
    expect(copied.has(url(deleted))).toBe(false);
    // The open data shows every document: it is written again.
    expect(restoredData(log)).toEqual([]);
    expect(existsIn(incremental, url(deleted))).toBe(false);
    // And most pages are not: the bundle's documents are mostly unrelated to each other.
    const pages = documentPages(incremental);
    expect(copied.size).toBeGreaterThan(pages.length * 0.5);
  }, 600_000);
});

function existsIn(dist: string, url: string): boolean {
  try {
    return statSync(join(dist, url, 'index.html')).isFile();
  } catch {
    return false;
  }
}
