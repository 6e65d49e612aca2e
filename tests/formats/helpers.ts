/** Shared by the format tests: import one file as the importer does, and compare documents. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareFile, type Prepared } from '../../src/lib/import/run.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/citations/', import.meta.url));
export const CORPUS = [
  '2021-10-26-cv-1419-vks-lang-son-kem-kh-200-ubnd.txt',
  '2023-06-08-kh-218-ubnd-quan-tan-binh.txt',
  '2023-11-04-chi-bo-tieu-hoc-bai-chay-hoi-nghi-hoc-tap.md',
  '2025-08-21-kh-22-ubnd-xa-phong-doanh.txt',
  '2026-dang-uy-phuong-bac-kan-nam-nang-cao-chat-luong-can-bo.txt',
];

export function prepare(file: string): Prepared {
  return prepareFile(file, null, { overridesDir: join(FIXTURES, 'no-overrides'), sourcesDir: FIXTURES });
}

export const IDENTITY = ['docType', 'number', 'symbol', 'date', 'issuer', 'title', 'place', 'year'] as const;

export function identityOf(p: Prepared) {
  return p.docs.map((d) => Object.fromEntries(IDENTITY.map((k) => [k, d.fm[k]])));
}

/** The body's words, markup aside (emphasis marks, escapes, table pipes, list bullets). */
export function words(body: string): string[] {
  return body
    .replace(/\\(.)/g, '$1')
    .replace(/[*#|>]+/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[-–—:;,.()“”"'_]+|[-–—:;,.()“”"'_]+$/g, ''))
    .filter((w) => w !== '' && !/^-+$/.test(w));
}

/** Share of `expected` words found in order in `actual` (longest common subsequence). */
export function wordRecall(expected: string[], actual: string[]): number {
  if (expected.length === 0) return 1;
  let prev = new Uint32Array(actual.length + 1);
  let cur = new Uint32Array(actual.length + 1);
  for (let i = 1; i <= expected.length; i++) {
    for (let j = 1; j <= actual.length; j++) {
      cur[j] = expected[i - 1] === actual[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[actual.length]! / expected.length;
}
