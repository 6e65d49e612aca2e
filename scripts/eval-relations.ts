/**
 * npm run eval:relations — precision and recall per relation kind (thay thế, bãi bỏ, bãi bỏ một phần,
 * sửa đổi/bổ sung, hết hiệu lực, đình chỉ) and accuracy of effective dates, on real documents labelled
 * by hand: the development set (tests/fixtures/relations/dev) and, reported apart, every holdout set
 * (tests/fixtures/relations/holdout, holdout-2, …; see the README there for what was seen when). Exits 1 when the development set
 * misses its targets. --verbose lists every miss and every spurious relation.
 */
import { readdirSync } from 'node:fs';
import { SCORED_KINDS, failedRelationTargets, loadRelationFixtures, precision, recall, RELATION_TARGETS, scoreRelations, type KindScore, type RelationScore } from '../src/lib/citations/evaluate-relations.ts';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const root = new URL('../tests/fixtures/relations/', import.meta.url).pathname;
const pct = (x: number) => (x * 100).toFixed(1).padStart(6) + '%';
const row = (name: string, s: KindScore) => `  ${name.padEnd(16)} ${String(s.labels).padStart(5)} ${String(s.predicted).padStart(5)} ${String(s.matched).padStart(5)} ${pct(precision(s))} ${pct(recall(s))}`;

function report(title: string, s: RelationScore): void {
  console.log(`\n${title}: ${s.documents} documents`);
  console.log(`  ${'kind'.padEnd(16)} ${'gold'.padStart(5)} ${'pred'.padStart(5)} ${'match'.padStart(5)} ${'prec'.padStart(7)} ${'rec'.padStart(7)}`);
  for (const k of SCORED_KINDS) row(k, s.kinds[k]) && console.log(row(k, s.kinds[k]));
  console.log(row('ALL', s.all));
  console.log(`  effective date: ${s.effective.correct}/${s.effective.total} correct (${pct(s.effective.correct / Math.max(1, s.effective.total)).trim()})`);
  console.log(`  read but not scored (hướng dẫn, quy định chi tiết): ${s.unscored}`);
  if (verbose) {
    for (const m of s.misses) console.log(`    MISS  ${m.doc}: ${m.kind} ${m.target}`);
    for (const p of s.spurious) console.log(`    EXTRA ${p.doc}: ${p.kind} ${p.target} — ${p.sentence.slice(0, 160)}`);
    for (const w of s.wrongEffective) console.log(`    DATE  ${w.doc}: want ${w.want} got ${w.got}`);
  }
}

// Every holdout folder, in the order they were drawn: holdout, holdout-2, holdout-3 …
const HOLDOUTS = readdirSync(root).filter((d) => /^holdout(?:-\d+)?$/.test(d)).sort((a, b) => Number(a.split('-')[1] ?? 1) - Number(b.split('-')[1] ?? 1));
let dev: RelationScore;
const holdouts: Array<[string, RelationScore]> = [];
try {
  dev = scoreRelations(loadRelationFixtures(root + 'dev'));
  for (const d of HOLDOUTS) holdouts.push([d, scoreRelations(loadRelationFixtures(root + d))]);
} catch (e) {
  process.stderr.write(`eval-relations: ${(e as Error).message}\n`);
  process.exit(1);
}
console.log('A relation matches a label when kind and target (number + symbol + year, or name) are equal; relations are sets per document.');
report('development set', dev);
for (const [d, s] of holdouts) report(`holdout set ${d} (see tests/fixtures/relations/README.md for when it was run blind)`, s);
console.log(`\ntargets (development set): relation precision ≥ ${RELATION_TARGETS.precision}, recall ≥ ${RELATION_TARGETS.recall}, effective dates ≥ ${RELATION_TARGETS.effective}`);
const failed = failedRelationTargets(dev);
if (failed.length) {
  console.log(`FAIL: ${failed.join('; ')}`);
  process.exit(1);
}
console.log('OK: all targets met on the development set');
