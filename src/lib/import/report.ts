/** Problem reports: one line per problem, `FILE:LINE: field: why`, and a summary. */
import type { Problem } from './types.ts';

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.severity === 'error' ? 'cannot import: ' : ''}${p.message}`;
}

export interface Summary {
  files: number;
  failedFiles: number;
  documents: number;
  written: number;
  unchanged: number;
  removed: number;
  warnings: number;
  errors: number;
  seconds: number;
}

export function formatSummary(s: Summary): string {
  const rate = s.seconds > 0 ? ` (${Math.round(s.documents / s.seconds)} docs/s)` : '';
  return [
    `imported ${s.documents} document(s) from ${s.files - s.failedFiles} of ${s.files} file(s) in ${s.seconds.toFixed(2)} s${rate}:`,
    `${s.written} written, ${s.unchanged} unchanged, ${s.removed} removed;`,
    `${s.warnings} warning(s), ${s.errors} error(s)${s.failedFiles ? `; ${s.failedFiles} file(s) not imported` : ''}`,
  ].join(' ');
}
