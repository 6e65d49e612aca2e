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

/** "progress: 12 of 40 file(s), 15 document(s), 1 error(s), 1 min 20 s left" (the rate so far gives the time left). */
export function formatProgress(p: { filesDone: number; filesTotal: number; documents: number; errors: number; seconds: number }): string {
  const left = p.filesDone > 0 ? (p.seconds / p.filesDone) * (p.filesTotal - p.filesDone) : 0;
  const time = left >= 60 ? `${Math.floor(left / 60)} min ${Math.round(left % 60)} s` : `${Math.round(left)} s`;
  return `progress: ${p.filesDone} of ${p.filesTotal} file(s), ${p.documents} document(s), ${p.errors} error(s), about ${time} left`;
}
