/**
 * node scripts/bench/tree-rss.ts ROOT_PID OUT_FILE [INTERVAL_MS]
 *
 * Samples the resident memory of every descendant of ROOT_PID (not ROOT_PID itself, nor this
 * sampler) and writes the largest sum seen, in kilobytes, to OUT_FILE whenever it grows. GNU time
 * reports the largest single process; a build runs Astro, Pagefind's service and npm at once, and
 * what the machine must hold is their sum. Linux only (/proc); stops when killed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const [rootArg, out, intervalArg] = process.argv.slice(2);
const root = Number(rootArg);
if (!Number.isInteger(root) || !out) {
  process.stderr.write('usage: tree-rss.ts ROOT_PID OUT_FILE [INTERVAL_MS]\n');
  process.exit(2);
}
const interval = Number(intervalArg ?? 200);
const PAGE_KB = 4;

/** Resident kilobytes of every descendant of `root`, summed; processes that vanish mid-read count 0. */
function treeRssKb(rootPid: number, exclude: ReadonlySet<number>): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may hold spaces and parentheses: fields start after the last ")".
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid);
      if (list) list.push(Number(name));
      else children.set(ppid, [Number(name)]);
    } catch {
      // gone
    }
  }
  let kb = 0;
  const stack = [...(children.get(rootPid) ?? [])];
  while (stack.length) {
    const pid = stack.pop()!;
    stack.push(...(children.get(pid) ?? []));
    if (exclude.has(pid)) continue;
    try {
      kb += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_KB;
    } catch {
      // gone
    }
  }
  return kb;
}

let peak = 0;
writeFileSync(out, '0\n');
const exclude = new Set([process.pid]);
setInterval(() => {
  const kb = treeRssKb(root, exclude);
  if (kb > peak) {
    peak = kb;
    writeFileSync(out, `${peak}\n`);
  }
}, interval);
