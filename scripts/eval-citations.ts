/**
 * npm run eval:citations — precision, recall and per-field accuracy of the
 * citation engine on the hand-labelled fixtures, per fixture and overall, by
 * overlapping span and by exact span; exits 1 below the targets.
 * `--verbose` lists every miss, extra, wrong field and wrong span.
 */
import { extractCitations } from '../src/lib/citations/index.ts';
import { FIELDS, TARGETS, combine, failedTargets, score, type Score } from '../src/lib/citations/evaluate.ts';
import { loadFixtures } from '../src/lib/citations/fixtures.ts';

const dir = new URL('../tests/fixtures/citations/', import.meta.url).pathname;
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

let fixtures;
try {
  fixtures = loadFixtures(dir);
} catch (e) {
  process.stderr.write(`eval-citations: ${(e as Error).message}\n`);
  process.exit(1);
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';
const row = (name: string, s: Score) =>
  `${name.slice(0, 58).padEnd(58)} ${String(s.labels).padStart(4)} ${String(s.predicted).padStart(4)} ${pct(s.precision)} ${pct(s.recall)} ` +
  `${pct(s.exactPrecision)} ${pct(s.exactRecall)} ` +
  FIELDS.map((f) => pct(s.fields[f].accuracy)).join(' ');

console.log('Span matching: a prediction matches a label when the spans overlap and the numbers are equal');
console.log('(both null for mentions by name); one prediction per label, in text order. Field accuracy is over matched pairs;');
console.log('strings compare case-, whitespace- and tone-placement-insensitively. Exact: a prediction matches a label');
console.log('when it starts and ends where the label does (the link text a reader sees); one prediction per label.\n');
console.log(`${'file'.padEnd(58)} ${'gold'.padStart(4)} ${'pred'.padStart(4)} ${'prec'.padStart(6)} ${'rec'.padStart(6)} ${'x.prec'.padStart(6)} ${'x.rec'.padStart(6)} ` + FIELDS.map((f) => f.slice(0, 6).padStart(6)).join(' '));
const scores: Score[] = [];
for (const f of fixtures) {
  const s = score(f.labels, extractCitations(f.raw));
  scores.push(s);
  console.log(row(f.name, s));
  if (verbose) {
    for (const m of s.misses) console.log(`    MISS  @${m.start} ${JSON.stringify(m.text)}`);
    for (const p of s.spurious) console.log(`    EXTRA @${p.start} ${JSON.stringify(p.text)}`);
    for (const x of s.spanErrors) console.log(`    SPAN  @${x.label.start} want ${JSON.stringify(x.label.text)} got @${x.got.start} ${JSON.stringify(x.got.text)}`);
    for (const w of s.wrong) console.log(`    FIELD ${w.field} @${w.label.start} ${JSON.stringify(w.label.text)}: want ${JSON.stringify(w.label[w.field])} got ${JSON.stringify(w.got)}`);
  }
}
const all = combine(scores);
console.log(row('ALL', all));
console.log(`\nexact spans: ${all.exact} of ${all.labels} labels, ${all.exact} of ${all.predicted} predictions; ${all.spanErrors.length} matched by overlap with another span (--verbose lists them)`);
console.log(`\ntargets: recall ≥ ${TARGETS.recall}, precision ≥ ${TARGETS.precision}, exact-span recall and precision ≥ ${TARGETS.exactRecall}, number/symbol/docType ≥ ${TARGETS.number}, date/issuer ≥ ${TARGETS.date}`);
const failed = failedTargets(all);
if (failed.length) {
  console.log(`FAIL: ${failed.join('; ')}`);
  process.exit(1);
}
console.log('OK: all targets met');
