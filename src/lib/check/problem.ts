/** One finding of `npm run check`, always tied to a file, a line and a field. */
export interface Problem {
  /** Path of the MDX file as given to the checker. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** Frontmatter field path ("date", "signer.name"), "body", "file" or "citation". */
  field: string;
  message: string;
  /** Errors make `npm run check` exit non-zero; warnings and notes do not. */
  severity: 'error' | 'warning' | 'note';
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.severity}: ${p.field}: ${p.message}`;
}
