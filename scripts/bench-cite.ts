/**
 * Benchmark of the extraction pipeline: npx node scripts/bench-cite.ts [MB]
 * Runs extractCitations over the five corpus documents repeated until MB
 * megabytes (UTF-8) have been processed, on one core, and prints MB/s; then
 * the CPU time of each pathological input (scripts/bench/pathological.ts), the
 * timing the fuzz suite no longer asserts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractCitations } from '../src/lib/citations/index.ts';
import { PATHOLOGICAL } from './bench/pathological.ts';

const dir = new URL('../content/sources/', import.meta.url).pathname;
const targetMb = Number(process.argv[2] ?? 20);
const docs = readdirSync(dir)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
if (docs.length === 0) {
  process.stderr.write(`bench-cite: no corpus documents in ${dir}\n`);
  process.exit(1);
}
const bytesOf = (s: string) => Buffer.byteLength(s, 'utf8');
const corpusBytes = docs.reduce((a, d) => a + bytesOf(d), 0);

// Warm-up: let the JIT compile the regexes and hot paths.
for (const d of docs) extractCitations(d);

let bytes = 0;
let citations = 0;
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
while (bytes < targetMb * 1e6) {
  for (const d of docs) {
    citations += extractCitations(d).length;
    bytes += bytesOf(d);
  }
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mbps = bytes / 1e6 / seconds;
// On a shared machine wall time includes waiting for a core; CPU time is the single-core cost.
const mbpsCpu = bytes / 1e6 / cpuSeconds;
console.log(`corpus: ${docs.length} documents, ${(corpusBytes / 1e3).toFixed(1)} kB`);
console.log(`processed ${(bytes / 1e6).toFixed(1)} MB (${citations} citations) in ${seconds.toFixed(2)} s`);
console.log(`extraction throughput: ${mbpsCpu.toFixed(1)} MB/s per CPU-second (${cpuSeconds.toFixed(2)} s CPU), ${mbps.toFixed(1)} MB/s wall-clock; target ≥ 20 MB/s on one core`);

// Each pathological input once, CPU time: linear passes take milliseconds; a pattern that
// backtracks shows here as seconds long before it shows anywhere else.
console.log('\npathological inputs (CPU ms, one run each):');
for (const p of PATHOLOGICAL) {
  const c0 = process.cpuUsage();
  const found = extractCitations(p.text).length;
  const c = process.cpuUsage(c0);
  console.log(`  ${((c.user + c.system) / 1e3).toFixed(0).padStart(6)} ms  ${p.name} (${(p.text.length / 1e3).toFixed(0)} k chars, ${found} citations)`);
}
