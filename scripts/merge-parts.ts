/**
 * npm run merge-parts -- OUT PART_DIR…
 *
 * Puts together the parts of a build split into parts (CAN_CU_BUILD_PART=K/N npm run build, each
 * into dist-part-K-of-N/; src/lib/search/parts.ts): the document pages and search shards of each
 * part, the pages every part renders (which must be the same, byte for byte, in every part), and
 * the search index's manifest and number buckets, written from the shards of all parts. The result
 * is the site a whole build writes (tests/browser/build-parts.test.ts checks it byte for byte).
 *
 * Files are hard-linked from the parts where the file system allows (copied otherwise), into a
 * staging folder swapped in for OUT only when the merge succeeded: a failed merge leaves OUT as it
 * was. Fails, naming the file, when the parts disagree on a shared file, when a shard or a part
 * is missing or twice, or when the parts are of different splits.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { PART_FILE, writeIndexManifest, type PartRecord } from '../src/lib/search/build-index.ts';
import { MANIFEST_FILE, NUMBERS_DIR, type ShardInfo } from '../src/lib/search/shards.ts';

const [outArg, ...partArgs] = process.argv.slice(2);
if (!outArg || partArgs.length === 0) {
  console.error('usage: npm run merge-parts -- OUT PART_DIR… (the folders written by CAN_CU_BUILD_PART=K/N npm run build)');
  process.exit(2);
}
const out = resolve(outArg);
const parts = partArgs.map((p) => resolve(p));
const staging = join(dirname(out), `.${basename(out)}-merge-${process.pid}`);
const retired = join(dirname(out), `.${basename(out)}-old-${process.pid}`);

/** Written by the merge, not taken from any part. */
const OWN = [join('pagefind', PART_FILE), join('pagefind', MANIFEST_FILE)];
const ownPath = (rel: string): boolean => OWN.includes(rel) || rel.startsWith(join('pagefind', NUMBERS_DIR) + '/');

function files(dir: string, base = dir, acc: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) files(p, base, acc);
    else acc.push(relative(base, p));
  }
  return acc;
}

function place(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV' && (e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
    copyFileSync(from, to);
  }
}

function sameBytes(a: string, b: string): boolean {
  if (statSync(a).size !== statSync(b).size) return false;
  return readFileSync(a).equals(readFileSync(b));
}

function readRecord(dir: string): PartRecord {
  const path = join(dir, 'pagefind', PART_FILE);
  if (!existsSync(path)) throw new Error(`${path}: missing; ${dir} is not a part of a build split into parts (CAN_CU_BUILD_PART=K/N npm run build)`);
  const record = JSON.parse(readFileSync(path, 'utf8')) as PartRecord;
  if (!record.part || !Array.isArray(record.shards)) throw new Error(`${path}: no "part" or "shards"`);
  return record;
}

interface Merged {
  found: ShardInfo[];
  keysOf: Map<string, Map<string, number>>;
  linked: number;
  shared: number;
}

function merge(): Merged {
  const records = parts.map(readRecord);
  const count = records[0]!.part.count;
  const seen = new Map<number, string>();
  records.forEach((r, i) => {
    const dir = parts[i]!;
    if (r.part.count !== count) throw new Error(`${dir}: part ${r.part.index} of ${r.part.count}, but ${parts[0]} is of ${count} parts`);
    if (seen.has(r.part.index)) throw new Error(`${dir}: part ${r.part.index} of ${count} again (also ${seen.get(r.part.index)})`);
    seen.set(r.part.index, dir);
  });
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length) throw new Error(`part${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${count} not given`);

  rmSync(staging, { recursive: true, force: true });
  /** Each file → the part it was taken from. */
  const from = new Map<string, string>();
  let linked = 0;
  let shared = 0;
  for (const dir of parts) {
    for (const rel of files(dir)) {
      if (ownPath(rel)) continue;
      const target = join(staging, rel);
      const first = from.get(rel);
      if (first) {
        if (!sameBytes(join(first, rel), join(dir, rel))) throw new Error(`${rel}: differs between ${first} and ${dir}; the parts were built from different content or code`);
        shared++;
        continue;
      }
      from.set(rel, dir);
      place(join(dir, rel), target);
      linked++;
    }
  }

  // The index's manifest over the shards of all parts, in the whole site's plan order.
  const shards = records.flatMap((r) => r.shards).sort((a, b) => a.order - b.order);
  const ids = new Set<string>();
  for (const s of shards) {
    if (ids.has(s.info.id)) throw new Error(`search shard ${s.info.id} is in two parts`);
    ids.add(s.info.id);
    if (!existsSync(join(staging, 'pagefind', s.info.id, 'pagefind-entry.json'))) throw new Error(`search shard ${s.info.id}: listed by its part, but its index is not in it`);
  }
  const found: ShardInfo[] = shards.map((s) => s.info);
  const keysOf = new Map<string, Map<string, number>>();
  for (const s of shards) {
    for (const [key, n] of Object.entries(s.keys)) {
      let perShard = keysOf.get(key);
      if (!perShard) keysOf.set(key, (perShard = new Map()));
      perShard.set(s.info.id, n);
    }
  }
  return { found, keysOf, linked, shared };
}

try {
  const started = performance.now();
  const summary = merge();
  await writeIndexManifest(join(staging, 'pagefind'), summary.found, summary.keysOf);
  // Two renames on one file system: OUT is the old merge or the new one, never a mix.
  if (existsSync(out)) renameSync(out, retired);
  renameSync(staging, out);
  rmSync(retired, { recursive: true, force: true });
  console.log(
    `merged ${parts.length} parts into ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${summary.linked} files, ${summary.shared} shared files checked the same in every part, ${summary.found.length} search shards`,
  );
} catch (e) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`merge-parts: ${(e as Error).message}; ${existsSync(out) ? `${out} left as it was` : `no ${out} written`}`);
  process.exitCode = 1;
}
