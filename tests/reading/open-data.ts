/**
 * Shared lookups for the reading and quality browser tests: the built site's
 * own open data says which pages exist, so the tests follow the collection
 * instead of hard-coding it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../browser/harness.ts';
import type { OpenCitation, OpenDocument } from '../../src/lib/site/open-data.ts';

export type { OpenCitation, OpenDocument };

function readJson<T>(rel: string): T {
  const path = join(DIST, rel);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new Error(`Cannot read ${path} (build the site first): ${(e as Error).message}`);
  }
}

/** dist/data/documents.json, whether it is a bare array or wrapped in { documents }. */
export function openDocuments(): OpenDocument[] {
  const raw = readJson<OpenDocument[] | { documents: OpenDocument[] }>('data/documents.json');
  return Array.isArray(raw) ? raw : raw.documents;
}

export function openCitations(): OpenCitation[] {
  const raw = readJson<OpenCitation[] | { citations: OpenCitation[] }>('data/citations.json');
  return Array.isArray(raw) ? raw : raw.citations;
}

export function findDocument(pred: (d: OpenDocument) => boolean, what: string): OpenDocument {
  const d = openDocuments().find(pred);
  if (!d) throw new Error(`No document in dist/data/documents.json for ${what}`);
  return d;
}

export const phongDoanh = () =>
  findDocument((d) => d.held && d.number === '22' && d.symbol === 'KH-UBND' && d.date === '2025-08-21', 'Kế hoạch 22/KH-UBND (Phong Doanh)');
export const langSonPlan = () =>
  findDocument((d) => d.held && d.number === '200' && d.symbol === 'KH-UBND', 'Kế hoạch 200/KH-UBND (Lạng Sơn)');
export const nq57 = () =>
  findDocument((d) => !d.held && d.number === '57' && d.symbol === 'NQ/TW', 'Nghị quyết 57-NQ/TW (cited only)');
export const nq71 = () =>
  findDocument((d) => !d.held && d.number === '71' && d.symbol === 'NQ-CP', 'Nghị quyết 71/NQ-CP (cited only)');
export const qd923 = () =>
  findDocument((d) => !d.held && d.number === '923' && d.symbol === 'QĐ-TTg', 'Quyết định 923/QĐ-TTg (cited only)');
export const kh02 = () =>
  findDocument((d) => !d.held && d.number === '02' && d.symbol === 'KH-UBND', 'Kế hoạch 02/KH-UBND của UBND tỉnh Ninh Bình (cited only)');

/** Site paths as the open data gives them (absolute or not). */
export function pathOf(url: string): string {
  return url.startsWith('http') ? new URL(url).pathname : url;
}
