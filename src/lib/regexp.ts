/**
 * Text that a regular expression must match literally (a body's name, a VNI byte
 * sequence, a word of a quoted part). Pure: the citation engine, the importer and
 * the encodings share it.
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
