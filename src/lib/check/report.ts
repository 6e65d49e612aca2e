/** Text form of a CheckReport, as `npm run check` prints it. */
import type { CheckReport } from './collection.ts';
import { formatProblem } from './problem.ts';

export function formatReport(r: CheckReport): string {
  const lines: string[] = [];
  for (const p of r.problems) lines.push(formatProblem(p));
  const byDoc = new Map<string, typeof r.citations>();
  for (const c of r.citations) byDoc.set(c.file, [...(byDoc.get(c.file) ?? []), c]);
  if (byDoc.size) lines.push('', 'Citations to fix or to add to the collection:');
  for (const [file, list] of byDoc) {
    const amb = list.filter((c) => c.kind === 'ambiguous').length;
    lines.push(`${file}: ${list.length - amb} unresolved, ${amb} ambiguous`);
    for (const c of list) {
      const extra = c.kind === 'ambiguous' ? ` (candidates: ${c.candidates.join(', ')})` : '';
      lines.push(`  ${file}:${c.line}: ${c.kind}: ${JSON.stringify(c.text)}${extra}`);
    }
  }
  if (r.contradictions.length) lines.push('', 'Statements about effect that contradict each other:');
  for (const c of r.contradictions) lines.push(`  ${c.document}: ${c.message}${c.files.length ? ` (${c.files.join(', ')})` : ''}`);
  if (r.citationError) lines.push('', `citation pass failed: ${r.citationError}`);
  const count = (s: string) => r.problems.filter((p) => p.severity === s).length;
  lines.push(
    '',
    `${r.files} file${r.files === 1 ? '' : 's'} checked, ${r.valid} valid: ${count('error')} errors, ${count('warning')} warnings, ` +
      `${count('note')} notes, ${r.citations.length} unresolved or ambiguous citations, ${r.contradictions.length} contradictions about effect`,
  );
  return lines.join('\n');
}

/** Exit status: non-zero only when a document fails its schema (or cannot be read or compiled). */
export function exitCode(r: CheckReport): number {
  return r.problems.some((p) => p.severity === 'error') ? 1 : 0;
}
