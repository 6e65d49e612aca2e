/**
 * Runs a whole process under GNU time (`/usr/bin/time -v`) and reads back its
 * wall time and peak resident memory: the largest single process in the tree (GNU
 * time's figure) and, sampled beside it (tree-rss.ts), the largest sum over the tree.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GNU_TIME = '/usr/bin/time';
const TREE_SAMPLER = fileURLToPath(new URL('./tree-rss.ts', import.meta.url));

export interface Timed {
  command: string;
  wallSeconds: number;
  /** Peak RSS in MB (1 MB = 1024 KB, as GNU time reports kbytes) of the largest single process. */
  maxRssMb: number;
  /** Peak of the summed RSS of every process of the run at once, in MB (sampled every 200 ms; null off Linux). */
  treeRssMb: number | null;
  /** User + system CPU seconds: less sensitive than wall time to other load on the machine. */
  cpuSeconds: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export function requireGnuTime(): void {
  if (!existsSync(GNU_TIME)) {
    throw new Error(
      `${GNU_TIME} is missing: the benchmark times each stage with GNU time. Install it with "apt-get install -y time" (Debian package "time") and run again.`,
    );
  }
}

/** Parses "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" → seconds. */
export function parseElapsed(s: string): number {
  const parts = s.trim().split(':').map(Number);
  let secs = 0;
  for (const p of parts) secs = secs * 60 + p;
  return secs;
}

export function parseGnuTime(report: string): { wallSeconds: number; maxRssKb: number; cpuSeconds: number; exitStatus: number | null } {
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(report);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  const status = /Exit status: (\d+)/.exec(report);
  const user = /User time \(seconds\): ([\d.]+)/.exec(report);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(report);
  if (!wall || !rss) throw new Error(`could not read GNU time's report:\n${report.slice(0, 500)}`);
  return {
    wallSeconds: parseElapsed(wall[1] as string),
    maxRssKb: Number(rss[1]),
    cpuSeconds: Number(user?.[1] ?? 0) + Number(sys?.[1] ?? 0),
    exitStatus: status ? Number(status[1]) : null,
  };
}

export function runTimed(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; label: string }): Timed {
  const dir = mkdtempSync(join(tmpdir(), 'can-cu-time-'));
  const out = join(dir, 'time.txt');
  const treeOut = join(dir, 'tree.txt');
  // Started before the run and sampling this process's descendants; spawnSync blocks this
  // process's event loop, not the sampler's.
  const sampler = existsSync('/proc/self/statm')
    ? spawn(process.execPath, [TREE_SAMPLER, String(process.pid), treeOut], { stdio: 'ignore' })
    : null;
  try {
    const r = spawnSync(GNU_TIME, ['-v', '-o', out, cmd, ...args], {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    if (r.error) throw new Error(`${opts.label}: could not start ${GNU_TIME}: ${r.error.message}`);
    const t = parseGnuTime(readFileSync(out, 'utf8'));
    sampler?.kill('SIGKILL');
    const treeKb = existsSync(treeOut) ? Number(readFileSync(treeOut, 'utf8').trim()) : Number.NaN;
    return {
      command: [cmd, ...args].join(' '),
      wallSeconds: t.wallSeconds,
      maxRssMb: t.maxRssKb / 1024,
      treeRssMb: Number.isFinite(treeKb) && treeKb > 0 ? treeKb / 1024 : null,
      cpuSeconds: t.cpuSeconds,
      exitCode: r.status ?? 1,
      stdout: r.stdout ?? '',
      stderr: r.stderr ?? '',
    };
  } finally {
    sampler?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Astro's durations: "4m 57s", "54.49s", "830ms" → seconds (null when not a duration). */
export function astroSeconds(text: string): number | null {
  const m = /^(?:(\d+)m\s*)?(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return Number(m[1] ?? 0) * 60 + (m[2] ? Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) : 0);
}

/** "[build] 3545 page(s) built in 4m 57s" → seconds for the whole Astro build, as Astro reports it. */
export function astroRenderSeconds(out: string): number | null {
  const m = /\d+ page\(s\) built in ([\dms. ]+)/.exec(out);
  return m ? astroSeconds(m[1] as string) : null;
}

/** "indexed N pages … KB in 12925 ms (pages added in …)" → the whole indexing step, in seconds. */
export function pagefindSeconds(out: string): number | null {
  const m = /indexed \d+ pages .*? in (\d+) ms/.exec(out);
  return m ? Number(m[1]) / 1000 : null;
}
