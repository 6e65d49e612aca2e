/**
 * The citation graph of the real corpus (../shared/corpus-real/), as the
 * bundle selection sees it: each document keyed by the number its source
 * index gives (index.jsonl `number_norm`), each citation keyed the same way
 * from what the project's citation engine reads in the text. An edge A → B
 * means A's text cites B's number (and, when the citation gives a date, a
 * date of the same year). Pure apart from reading the corpus folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDocument } from '../../src/lib/encoding/index.ts';
import { extractCitations } from '../../src/lib/citations/index.ts';

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

export interface CorpusNode {
  entry: IndexEntry;
  key: string | null;
  /** Keys of the numbered documents this text cites (itself excluded). */
  cites: Set<string>;
}

/** Cyrillic capitals that some sources typed for Latin ones ("TT-BTС" with a Cyrillic Es). */
const CYRILLIC_LOOKALIKES: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
};

/** "126/2020/NĐ-CP", "60-NQ/TW", "1655/NQ-UBTVQH15" → "126|2020|NDCP"; null for a number without a symbol. */
export function numberKey(number: string, symbol: string | null, year: number | null): string | null {
  if (!symbol) return null;
  const sym = [...symbol]
    .map((ch) => CYRILLIC_LOOKALIKES[ch] ?? ch)
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  const num = number.replace(/^0+(?=\d)/, '');
  return `${num}|${year ?? ''}|${sym}`;
}

/** The key of an index number ("38/2019/QH14", "60-NQ/TW", "11352/BTC-TCHQ"). */
export function indexKey(numberNorm: string | null): string | null {
  if (!numberNorm) return null;
  const m = /^(\d+[a-z]?)(?:\/(\d{4}))?[/-](.+)$/i.exec(numberNorm.trim());
  if (!m) return null;
  return numberKey(m[1]!, m[3]!, m[2] ? Number(m[2]) : null);
}

export function readIndex(corpus: string): IndexEntry[] {
  return readFileSync(join(corpus, 'index.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as IndexEntry;
      } catch (e) {
        throw new Error(`${join(corpus, 'index.jsonl')}:${i + 1}: not JSON (${(e as Error).message})`);
      }
    });
}

/** Reads and cites every entry; entries the decoder refuses are returned apart. */
export function buildCorpusGraph(corpus: string, entries: IndexEntry[]): { nodes: CorpusNode[]; refused: string[] } {
  const nodes: CorpusNode[] = [];
  const refused: string[] = [];
  for (const entry of entries) {
    let text: string;
    try {
      text = decodeDocument(readFileSync(join(corpus, entry.file)), entry.file).text;
    } catch {
      refused.push(entry.file);
      continue;
    }
    const key = indexKey(entry.number_norm);
    const cites = new Set<string>();
    for (const c of extractCitations(text)) {
      if (c.short || c.byName || !c.number) continue;
      const k = numberKey(c.number, c.symbol, c.year);
      if (!k || k === key) continue;
      // A number without a year in its symbol (a công văn) repeats every year: the date decides.
      if (c.year === null && c.date) cites.add(`${k}@${c.date.slice(0, 4)}`);
      else cites.add(k);
    }
    nodes.push({ entry, key, cites });
  }
  return { nodes, refused };
}

/** Whether `citedKey` (as stored in `cites`) names `node`. */
export function names(citedKey: string, node: CorpusNode): boolean {
  if (!node.key) return false;
  const at = citedKey.indexOf('@');
  if (at < 0) return citedKey === node.key;
  return citedKey.slice(0, at) === node.key && (node.entry.year === null || String(node.entry.year) === citedKey.slice(at + 1));
}
