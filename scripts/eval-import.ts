/**
 * npm run eval:import [-- --set dev|holdout|all] [--verbose] [--json] [--dir DIR]
 *
 * Imports every labelled real document in tests/fixtures/import-real/ as
 * `npm run import` would (no overrides, nothing written) and prints, for the
 * dev and the holdout set separately: per-field accuracy, wrapped line pairs
 * joined, literal markup on the rendered page, body text in fields and words
 * lost. Low scores do not fail the run (tests/import/real-eval.test.ts holds
 * the floors); only a crash or bad labels do.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FIELDS, FIELD_HELP, LabelError, evaluateFixture, parseLabels, parseWrapJudgements, summarise, type DocEvaluation, type Summary } from '../src/lib/import/evaluate.ts';

const DEFAULT_DIR = new URL('../tests/fixtures/import-real/', import.meta.url).pathname;

let opts: { set: string; verbose: boolean; json: boolean; dir: string };
try {
  const { values } = parseArgs({
    // --dir: another folder of labelled texts in the same form (the tests run the command on a few).
    options: { set: { type: 'string', default: 'all' }, verbose: { type: 'boolean', short: 'v', default: false }, json: { type: 'boolean', default: false }, dir: { type: 'string', default: DEFAULT_DIR } },
  });
  opts = { set: values.set!, verbose: values.verbose!, json: values.json!, dir: values.dir! };
  if (!['dev', 'holdout', 'all'].includes(opts.set)) throw new Error(`--set must be dev, holdout or all, not “${opts.set}”`);
} catch (e) {
  process.stderr.write(`eval-import: ${(e as Error).message}\nusage: npm run eval:import -- [--set dev|holdout|all] [--verbose] [--json] [--dir DIR]\n`);
  process.exit(2);
}

const docs: DocEvaluation[] = [];
try {
  const files = readdirSync(opts.dir).filter((f) => f.endsWith('.labels.json')).sort();
  if (files.length === 0) throw new LabelError(`${opts.dir}: no *.labels.json files`);
  const judgementsFile = join(opts.dir, 'wrap-judgements.tsv');
  const judgements = existsSync(judgementsFile) ? parseWrapJudgements(readFileSync(judgementsFile, 'utf8'), judgementsFile) : new Map();
  for (const lf of files) {
    const name = lf.slice(0, -'.labels.json'.length);
    const labels = parseLabels(readFileSync(join(opts.dir, lf), 'utf8'), lf);
    if (opts.set !== 'all' && labels.set !== opts.set) continue;
    docs.push(evaluateFixture(name, readFileSync(join(opts.dir, `${name}.txt`)), labels, judgements.get(name)));
  }
} catch (e) {
  process.stderr.write(`eval-import: ${(e as Error).message}\n`);
  process.exit(1);
}

const sets = (['dev', 'holdout'] as const).filter((s) => opts.set === 'all' || opts.set === s);
const summaries = Object.fromEntries(sets.map((s) => [s, summarise(docs.filter((d) => d.set === s))])) as Record<string, Summary>;

if (opts.json) {
  process.stdout.write(`${JSON.stringify({ summaries, documents: opts.verbose ? docs : undefined }, null, 2)}\n`);
  process.exit(0);
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
for (const s of sets) {
  const sum = summaries[s]!;
  const mine = docs.filter((d) => d.set === s);
  console.log(`\n== ${s}: ${sum.documents} documents${sum.refused ? `, ${sum.refused} refused by the importer` : ''}`);
  for (const f of FIELDS) {
    const r = sum.fields[f];
    console.log(`  ${FIELD_HELP[f].padEnd(24)} ${pct(r.accuracy).padStart(8)}  (${r.right}/${r.total})`);
  }
  console.log(`  ${'wrapped pairs joined'.padEnd(24)} ${pct(sum.wraps.share).padStart(8)}  (${sum.wraps.joined}/${sum.wraps.pairs} that look like wraps)`);
  const j = sum.wraps.judged;
  console.log(`  ${'  less judged not wraps'.padEnd(24)} ${pct(j.share).padStart(8)}  (${j.joined}/${j.pairs}; ${j.notWraps} judged two units by readers)`);
  console.log(`  ${'literal ** on pages'.padEnd(24)} ${String(sum.markup.doubleStars).padStart(8)}`);
  console.log(`  ${'lines only | on pages'.padEnd(24)} ${String(sum.markup.pipeLines).padStart(8)}`);
  console.log(`  ${'stray * on pages'.padEnd(24)} ${String(sum.markup.strayStars).padStart(8)}`);
  console.log(`  ${'body text in fields'.padEnd(24)} ${String(sum.bodyInFields).padStart(8)}`);
  console.log(`  ${'words lost'.padEnd(24)} ${pct(sum.words.share).padStart(8)}  (${sum.words.lost}/${sum.words.source})`);
  if (!opts.verbose) continue;
  console.log('');
  for (const d of mine) {
    if (d.refused) console.log(`${d.name}: refused: ${d.refused}`);
    for (const r of d.fields) if (!r.ok) console.log(`${d.name}: ${r.field}: want ${JSON.stringify(r.want)} got ${JSON.stringify(r.got)}`);
    for (const p of d.bodyInFields) console.log(`${d.name}: body in field ${p.field}: ${p.why}: ${JSON.stringify(p.value)}`);
    const unjoined = d.wraps.filter((w) => !w.joined && w.judged !== 'N');
    for (const w of unjoined.slice(0, 3)) console.log(`${d.name}: wrap not joined at line ${w.line}: ${JSON.stringify(w.first.slice(-40))} ¶ ${JSON.stringify(w.second.slice(0, 40))}`);
    if (unjoined.length > 3) console.log(`${d.name}: … ${unjoined.length - 3} more wraps not joined`);
    const m = d.markup;
    if (m.doubleStars + m.pipeLines + m.strayStars) console.log(`${d.name}: markup on page: ${m.doubleStars} **, ${m.pipeLines} |-only lines, ${m.strayStars} stray *: ${m.examples.map((x) => JSON.stringify(x)).join(', ')}`);
    if (d.words.lost) console.log(`${d.name}: ${d.words.lost} word(s) lost: ${d.words.examples.join(' ')}`);
  }
}
console.log(`\nlabels: ${opts.dir.replace(process.cwd() + '/', '')} (what each text states, read by hand); fields compare after normalising whitespace, Unicode and case only.`);
