/**
 * npm run eval:citations — precision, recall and per-field accuracy of the
 * citation engine on the hand-labelled fixtures; exits 1 below the targets.
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
  FIELDS.map((f) => pct(s.fields[f].accuracy)).join(' ');

console.log('Span matching: a prediction matches a label when the spans overlap and the numbers are equal');
console.log('(both null for mentions by name); one prediction per label, in text order. Field accuracy is over matched pairs;');
console.log('strings compare case-, whitespace- and tone-placement-insensitively.\n');
console.log(`${'file'.padEnd(58)} ${'gold'.padStart(4)} ${'pred'.padStart(4)} ${'prec'.padStart(6)} ${'rec'.padStart(6)} ` + FIELDS.map((f) => f.slice(0, 6).padStart(6)).join(' '));
const scores: Score[] = [];
for (const f of fixtures) {
  const s = score(f.labels, extractCitations(f.raw));
  scores.push(s);
  console.log(row(f.name, s));
  if (verbose) {
    for (const m of s.misses) console.log(`    MISS  @${m.start} ${JSON.stringify(m.text)}`);
    for (const p of s.spurious) console.log(`    EXTRA @${p.start} ${JSON.stringify(p.text)}`);
    for (const w of s.wrong) console.log(`    FIELD ${w.field} @${w.label.start} ${JSON.stringify(w.label.text)}: want ${JSON.stringify(w.label[w.field])} got ${JSON.stringify(w.got)}`);
  }
}
const all = combine(scores);
console.log(row('ALL', all));
console.log(`\ntargets: recall ≥ ${TARGETS.recall}, precision ≥ ${TARGETS.precision}, number/symbol/docType ≥ ${TARGETS.number}, date/issuer ≥ ${TARGETS.date}`);
const failed = failedTargets(all);
if (failed.length) {
  console.log(`FAIL: ${failed.join('; ')}`);
  process.exit(1);
}
console.log('OK: all targets met');
