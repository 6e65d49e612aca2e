/**
 * Import state: what the importer last wrote for each document (hash of the
 * bytes, source file, part), so a re-import can tell a hand edit from its own
 * output and keep ids stable.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeAtomic } from './write.ts';

export interface StateEntry {
  sha256: string;
  source: string;
  part: number | null;
}

export interface ImportState {
  version: 1;
  documents: Record<string, StateEntry>;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function loadState(path: string): ImportState {
  if (!existsSync(path)) return { version: 1, documents: {} };
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as ImportState;
    if (data && data.version === 1 && typeof data.documents === 'object') return data;
  } catch {
    // A broken state file is rebuilt; hand edits are then refused as unknown files.
  }
  return { version: 1, documents: {} };
}

export function saveState(path: string, state: ImportState): void {
  const sorted: Record<string, StateEntry> = {};
  for (const k of Object.keys(state.documents).sort()) sorted[k] = state.documents[k]!;
  writeAtomic(path, JSON.stringify({ version: 1, documents: sorted }, null, 2) + '\n');
}
