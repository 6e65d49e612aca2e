/** Reading a generated corpus and its manifest (written by `npm run generate`). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestDocument } from '../../src/lib/generate/index.ts';

export interface Manifest {
  generator: { name: string; version: number; seed: number; count: number };
  documents: ManifestDocument[];
}

export function readManifest(path: string): Manifest {
  const m = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  if (!Array.isArray(m.documents)) throw new Error(`${path}: not a generator manifest (no "documents" array)`);
  return m;
}

/** Raw document files of a folder (what the importer would read), sorted. */
export function rawFiles(dir: string): string[] {
  // Folders too: the real corpus keeps each source repository's files in a folder of its own.
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && e.name !== 'manifest.json' && e.name !== 'index.jsonl' && !/^readme/i.test(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? rawFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Whitespace-insensitive, dash-insensitive comparison key. */
export function norm(s: string | null | undefined): string {
  return (s ?? '').normalize('NFC').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
}

/** Symbol key that forgives case, Đ/D and stray spaces ("ND-CP" = "NĐ-CP", "Ctr" = "CTr"). */
export function looseSymbol(s: string | null | undefined): string {
  return norm(s).replace(/\s/g, '').replace(/Đ/g, 'D').replace(/đ/g, 'd').toUpperCase();
}

export function pct(n: number, d: number): number {
  return d === 0 ? Number.NaN : Math.round((n / d) * 10_000) / 10_000;
}
