/**
 * npx node scripts/bench/cite-accuracy.ts DIR [--manifest FILE] [--min-seconds S]
 *
 * Runs the citation engine (extractCitations) over every raw file of DIR on one
 * core and prints JSON: throughput in MB/s (10^6 bytes of UTF-8 text per
 * second of wall time, and per second of this process's CPU time), and, with a generator manifest, recall, precision and per-field
 * accuracy against the citations the generator planted.
 *
 * Matching: a found citation matches a planted one when their spans overlap and
 * their numbers agree (short forms and mentions by name: overlap is enough).
 * Found citations inside a short-form definition "(sau đây gọi là …)" count
 * neither way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractCitations, type Citation, type CollectionDocument } from '../../src/lib/citations/index.ts';
import type { ExpectedCitation, ManifestDocument } from '../../src/lib/generate/index.ts';
import { looseSymbol, norm, pct, rawFiles, readManifest } from './manifest.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { manifest: { type: 'string' }, 'min-seconds': { type: 'string', default: '2' } },
});
const dir = positionals[0];
if (!dir || !existsSync(dir)) {
  process.stderr.write('usage: cite-accuracy.ts DIR [--manifest FILE]\n');
  process.exit(2);
}
const manifestPath = values.manifest ?? (existsSync(join(dir, 'manifest.json')) ? join(dir, 'manifest.json') : null);
const manifest = manifestPath ? readManifest(manifestPath) : null;
const byFile = new Map<string, ManifestDocument[]>();
for (const d of manifest?.documents ?? []) {
  const list = byFile.get(d.file) ?? [];
  list.push(d);
  byFile.set(d.file, list);
}

function selfOf(d: ManifestDocument | undefined): CollectionDocument | null {
  if (!d) return null;
  return {
    id: d.id, docType: d.docType, number: d.number, symbol: d.symbol, year: d.year, issuer: d.issuer,
    level: d.level, locality: d.locality, date: d.date, title: d.title,
  };
}

const files = rawFiles(dir);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const ctxs = files.map((f) => ({ self: selfOf(byFile.get(basename(f))?.[0]) }));

// Warm up the JIT on a few files, then time whole passes until enough time has passed.
for (let i = 0; i < Math.min(20, texts.length); i++) extractCitations(texts[i] as string, ctxs[i]);
const minSeconds = Number(values['min-seconds']);
let passes = 0;
let found: Citation[][] = [];
const t0 = performance.now();
const cpu0 = process.cpuUsage();
do {
  found = texts.map((t, i) => extractCitations(t, ctxs[i]));
  passes++;
} while ((performance.now() - t0) / 1000 < minSeconds && passes < 1000);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
// CPU time of this single-threaded process: the one-core figure, whatever else shares the machine.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mbPerSec = (bytes * passes) / 1e6 / seconds;
const mbPerCpuSec = (bytes * passes) / 1e6 / cpuSeconds;

interface Score {
  expected: number;
  found: number;
  matched: number;
  falsePositives: number;
  fields: Record<string, [number, number]>;
  missedExamples: string[];
  falseExamples: string[];
}
const score: Score = { expected: 0, found: 0, matched: 0, falsePositives: 0, fields: {}, missedExamples: [], falseExamples: [] };
const field = (name: string, ok: boolean) => {
  const f = score.fields[name] ?? [0, 0];
  f[0] += ok ? 1 : 0;
  f[1] += 1;
  score.fields[name] = f;
};
const numKey = (s: string | null) => (s ?? '').replace(/^0+(?=\d)/, '');

if (manifest) {
  files.forEach((file, i) => {
    const docs = byFile.get(basename(file)) ?? [];
    const expected: ExpectedCitation[] = docs.flatMap((d) => d.citations);
    const neutral = docs.flatMap((d) => d.neutral);
    const got = found[i] ?? [];
    const used = new Set<number>();
    score.expected += expected.length;
    score.found += got.length;
    for (const e of expected) {
      const j = got.findIndex((g, k) => !used.has(k) && g.start < e.end && e.start < g.end
        && (e.short || e.byName || numKey(g.number) === numKey(e.number)));
      if (j < 0) {
        if (score.missedExamples.length < 15) score.missedExamples.push(`${basename(file)}: ${JSON.stringify(e.text)}`);
        continue;
      }
      used.add(j);
      score.matched++;
      const g = got[j] as Citation;
      if (e.short || e.byName) {
        field(e.short ? 'short' : 'byName', g.form === (e.short ? 'short' : 'name'));
        continue;
      }
      field('docType', g.docType === e.docType);
      field('number', g.number === e.number);
      field('symbol', looseSymbol(g.symbol) === looseSymbol(e.symbol));
      field('year', g.year === e.year);
      field('date', g.date === e.date);
      field('issuer', norm(g.issuer) === norm(e.issuer));
    }
    got.forEach((g, k) => {
      if (used.has(k)) return;
      if (neutral.some(([s, t]) => g.start < t && s < g.end)) return;
      score.falsePositives++;
      if (score.falseExamples.length < 15) score.falseExamples.push(`${basename(file)}: ${JSON.stringify(g.text)}`);
    });
  });
}

const fields = Object.fromEntries(Object.entries(score.fields).map(([k, [ok, n]]) => [k, pct(ok, n)]));
process.stdout.write(
  `${JSON.stringify({
    files: files.length,
    bytes,
    passes,
    seconds: Math.round(seconds * 1000) / 1000,
    mbPerSec: Math.round(mbPerSec * 100) / 100,
    cpuSeconds: Math.round(cpuSeconds * 1000) / 1000,
    mbPerCpuSec: Math.round(mbPerCpuSec * 100) / 100,
    citationsFound: found.reduce((n, f) => n + f.length, 0),
    ...(manifest
      ? {
          expected: score.expected,
          recall: pct(score.matched, score.expected),
          precision: pct(score.matched, score.matched + score.falsePositives),
          fields,
          missedExamples: score.missedExamples,
          falseExamples: score.falseExamples,
        }
      : {}),
  })}\n`,
);
