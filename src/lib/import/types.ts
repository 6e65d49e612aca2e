/** Shared types of the importer pipeline (pure data, no I/O). */
import type { DocumentFrontmatter } from '../schema.ts';

export type Severity = 'error' | 'warning';

/** One problem found while importing, printed as `FILE:LINE: field: why`. */
export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
  severity: Severity;
}

/** A source line that is deliberately not body text, and why. */
export interface Omission {
  line: number;
  /** The omitted text (a whole line or a fragment of it). */
  text: string;
  reason: string;
}

/** One physical line of the decoded source. */
export interface SourceLine {
  /** 1-based line number in the source file. */
  no: number;
  /** The line as written (no line terminator). */
  raw: string;
  /** Markdown-ish source: the line without a leading `#` heading marker, trimmed. */
  md: string;
  /** Plain text: inline markup removed, escapes resolved, spaces collapsed, trimmed. */
  plain: string;
  /** Depth of a markdown `#` heading marker on this line, if any. */
  mdHeading: number | null;
  /** The raw line ended with whitespace (a soft wrap in PDF extractions). */
  trailingSpace: boolean;
}

/** Options that depend on the kind of source. */
export interface SourceKind {
  /** Markdown-ish source: `#` headings, `\*` escapes, `  ` hard breaks. */
  markdown: boolean;
}

