/**
 * npm run build [-- astro flags]
 *
 * Builds into a staging folder beside dist/ and swaps it in only when Astro
 * (and the Pagefind hook, which indexes the folder Astro passes it) succeeded,
 * so a failed or interrupted build never leaves a half-written dist/: the old
 * site stays until the new one is complete. Drops the one MODULE_LEVEL_DIRECTIVE
 * warning Astro 7 prints per MDX file and passes every other line through.
 * Inline scripts and styles are moved into files before the swap (see
 * src/lib/security/externalize.ts). Exits with Astro's exit code.
 *
 * CAN_CU_DIST (default dist) and CAN_CU_ASTRO (a script run instead of Astro's
 * CLI, for the tests) make it testable without a real build.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { externalizeInline } from '../src/lib/security/externalize.ts';

const dist = resolve(process.env.CAN_CU_DIST ?? 'dist');
const staging = join(dirname(dist), `.${basename(dist)}-staging-${process.pid}`);
const retired = join(dirname(dist), `.${basename(dist)}-old-${process.pid}`);
const astroCli =
  process.env.CAN_CU_ASTRO ?? join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

/** The upstream warning about "use …" directives in compiled MDX, one per file. */
const DIRECTIVE_WARNING = /MODULE_LEVEL_DIRECTIVE|Module level directives cause errors when bundled/;

function pipeFiltered(stream: NodeJS.ReadableStream, out: NodeJS.WriteStream): Promise<number> {
  let dropped = 0;
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  rl.on('line', (line) => {
    if (DIRECTIVE_WARNING.test(line)) dropped++;
    else out.write(line + '\n');
  });
  return new Promise((ok) => rl.on('close', () => ok(dropped)));
}

function cleanup(): void {
  rmSync(staging, { recursive: true, force: true });
}

/** Leftovers of builds that were killed (SIGKILL, power loss): their process is gone. */
function removeAbandoned(): void {
  const prefix = new RegExp(`^\\.${basename(dist).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(?:staging|old)-(\\d+)$`);
  for (const name of readdirSync(dirname(dist))) {
    const pid = Number(prefix.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(join(dirname(dist), name), { recursive: true, force: true });
    }
  }
}

async function main(): Promise<number> {
  removeAbandoned();
  cleanup();
  const child = spawn(process.execPath, [astroCli, 'build', '--outDir', staging, ...process.argv.slice(2)], {
    stdio: ['inherit', 'pipe', 'pipe'],
    env: process.env,
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      child.kill(signal);
      cleanup();
      process.exit(130);
    });
  }
  const [droppedOut, droppedErr, code] = await Promise.all([
    pipeFiltered(child.stdout, process.stdout),
    pipeFiltered(child.stderr, process.stderr),
    new Promise<number>((ok) => child.on('close', (c, sig) => ok(c ?? (sig ? 128 : 1)))),
  ]);
  const dropped = droppedOut + droppedErr;
  if (dropped) console.log(`(${dropped} MODULE_LEVEL_DIRECTIVE warning line${dropped === 1 ? '' : 's'} from compiled MDX hidden: known upstream issue)`);
  if (code !== 0) {
    cleanup();
    console.error(`build failed (exit ${code}): ${existsSync(dist) ? `${dist} left as it was` : `no ${dist} written`}`);
    return code;
  }
  if (!existsSync(join(staging, 'index.html'))) {
    cleanup();
    console.error(`build reported success but wrote no index.html: ${dist} left as it was`);
    return 1;
  }
  // The Content-Security-Policy allows no inline code: move what Astro inlined into files.
  const moved = externalizeInline(staging);
  if (moved.scripts + moved.styles > 0) {
    console.log(
      `moved ${moved.scripts} inline script${moved.scripts === 1 ? '' : 's'} and ${moved.styles} inline style${moved.styles === 1 ? '' : 's'} ` +
        `of ${moved.pages} pages into ${moved.files} files (Content-Security-Policy without 'unsafe-inline')`,
    );
  }
  // Two renames on one file system: dist is the old site or the new one, never a mix.
  if (existsSync(dist)) renameSync(dist, retired);
  renameSync(staging, dist);
  rmSync(retired, { recursive: true, force: true });
  console.log(`site written to ${dist}`);
  return 0;
}

process.exitCode = await main();
