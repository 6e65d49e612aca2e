/**
 * The real corpus's index (../shared/corpus-real/index.jsonl): what its
 * sources say about each file. The sources' word, not checked labels (one
 * vbpl.vn snapshot is even listed under another document's number): the bundle
 * selection uses it for provenance and a first filter, and reads numbers and
 * citations from the imported text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One line of the corpus's index.jsonl (the fields the selection uses). */
export interface IndexEntry {
  file: string;
  id: string;
  number: string | null;
  number_norm: string | null;
  doc_type: string | null;
  date: string | null;
  year: number | null;
  title?: string | null;
  has_full_header: boolean;
  source_repo: string;
  source_commit: string;
  source_path: string;
  source_url?: string | null;
  text_origin?: string | null;
  tier?: string | null;
  draft?: boolean | null;
  chars: number;
}

export function readIndex(corpus: string): IndexEntry[] {
  const file = join(corpus, 'index.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.trim())
    .map(({ l, i }) => {
      try {
        return JSON.parse(l) as IndexEntry;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: not JSON (${(e as Error).message})`);
      }
    });
}
