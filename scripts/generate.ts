/**
 * npm run generate -- --count N --out DIR [--seed S] [--clean]
 *
 * Writes N synthetic raw documents (plain text, PDF-style hard-wrapped text and
 * markdown-ish files, as the corpus arrives) and DIR/manifest.json describing
 * each document's identity and the citations planted in it.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../src/lib/generate/index.ts';

function fail(message: string): never {
  process.stderr.write(`generate: ${message}\n`);
  process.exit(2);
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        count: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        clean: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (e) {
    fail(`${(e as Error).message}\nusage: npm run generate -- --count N --out DIR [--seed S] [--clean]`);
  }
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!values.count || !Number.isInteger(count) || count < 1) fail('--count must be a positive integer');
  if (!Number.isInteger(seed) || seed < 0) fail('--seed must be a non-negative integer');
  if (!values.out) fail('--out DIR is required');
  const out = resolve(values.out);

  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!values.clean) fail(`${out} is not empty; pass --clean to replace a previously generated corpus there`);
    if (!existsSync(join(out, 'manifest.json'))) fail(`--clean refused: ${out} has no manifest.json, so it was not made by this generator`);
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });

  const started = performance.now();
  let bytes = 0;
  let files = 0;
  let documents = 0;
  let citations = 0;
  // The manifest is written as it goes (one document per line) so 10,000 files never sit in memory.
  const fd = openSync(join(out, 'manifest.json'), 'w');
  writeSync(fd, `{"generator":{"name":"can-cu-generate","version":1,"seed":${seed},"count":${count}},"documents":[\n`);
  let firstLine = true;
  for (const f of generateCorpus({ seed, count })) {
    writeFileSync(join(out, f.file), f.text);
    bytes += Buffer.byteLength(f.text);
    files++;
    for (const d of f.documents) {
      writeSync(fd, `${firstLine ? '' : ',\n'}${JSON.stringify(d)}`);
      firstLine = false;
      documents++;
      citations += d.citations.length;
    }
  }
  writeSync(fd, '\n]}\n');
  closeSync(fd);
  const secs = (performance.now() - started) / 1000;
  if (!values.quiet) {
    process.stdout.write(
      `generate: ${files} files (${documents} documents, ${citations} planted citations, ${(bytes / 1e6).toFixed(1)} MB) in ${out}, ${secs.toFixed(1)} s\n`,
    );
  }
}

main();
