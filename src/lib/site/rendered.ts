/**
 * Rendered document bodies, one HTML file per document in Astro's cache
 * folder, written by the content loader and read by the document page.
 *
 * Why not in Astro's data store: the store is one object in memory, written
 * out as one JSON string and bundled into the build as a module, so every
 * body's HTML would be held three or four times at once; at 10,000 documents
 * that ran the build out of memory. A file per document is read when its page
 * is rendered and let go after.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FOLDER = 'can-cu-rendered';
// The loader (run by Astro's content sync) and the pages live in different module graphs of
// one process: the folder is handed over through a process-wide slot.
const SLOT = Symbol.for('can-cu.rendered-dir');
type Slot = { [SLOT]?: string };

/** The folder under Astro's cache folder; remembered for `readRendered`. */
export function useRenderedDir(cacheDir: string): string {
  const dir = join(cacheDir, FOLDER);
  mkdirSync(dir, { recursive: true });
  (globalThis as Slot)[SLOT] = dir;
  return dir;
}

function fileOf(dir: string, id: string): string {
  return join(dir, `${id}.html`);
}

/** Written whole or not at all: a build stopped halfway never leaves half a body behind. */
export function writeRendered(dir: string, id: string, html: string): void {
  const file = fileOf(dir, id);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, html);
  renameSync(tmp, file);
}

export function hasRendered(dir: string, id: string): boolean {
  return existsSync(fileOf(dir, id));
}

export function readRendered(id: string): string {
  const dir = (globalThis as Slot)[SLOT];
  if (!dir) throw new Error(`the body of ${id} was never rendered: the documents loader has not run in this process`);
  try {
    return readFileSync(fileOf(dir, id), 'utf8');
  } catch (e) {
    throw new Error(`the rendered body of ${id} is missing from ${dir} (${(e as Error).message}); build again`);
  }
}
