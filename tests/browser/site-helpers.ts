/** What the site's browser tests share: the open data of the built site and the corpus documents in it. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './harness.ts';
import type { OpenCitation, OpenDocument } from '../../src/lib/site/open-data.ts';

export type { OpenCitation, OpenDocument };

export function readJson<T>(path: string): T {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run build)`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The built page behind a URL path ("/van-ban/x/#a" → dist/van-ban/x/index.html), or null. */
export function pageFile(urlPath: string): string | null {
  const path = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  return existsSync(file) ? file : null;
}

export interface CorpusDoc {
  name: string;
  find: (d: OpenDocument) => boolean;
  number: string | null;
  date: string | null;
  issuer: RegExp;
  /** Anchor ids the page must carry (built from the document's own numbering). */
  ids: string[];
}

const is = (number: string, symbol: string) => (d: OpenDocument) => d.held && d.number === number && d.symbol === symbol;

/** The six documents of the five corpus files, as the papers show them. */
export const CORPUS: CorpusDoc[] = [
  { name: 'Công văn 1419/VKS-VP', find: is('1419', 'VKS-VP'), number: '1419', date: '2021-10-26', issuer: /Viện kiểm sát nhân dân tỉnh Lạng Sơn/i, ids: [] },
  { name: 'Kế hoạch 200/KH-UBND (Lạng Sơn)', find: is('200', 'KH-UBND'), number: '200', date: '2021-10-09', issuer: /tỉnh Lạng Sơn/i, ids: ['i', 'i-1', 'ii', 'ii-2', 'ii-2-1', 'ii-3-2', 'iii-1'] },
  { name: 'Kế hoạch 218/KH-UBND (Tân Bình)', find: is('218', 'KH-UBND'), number: '218', date: '2023-06-08', issuer: /Tân Bình/i, ids: ['i-1-1', 'ii-2-1', 'iii-3-1-a', 'iv-1-a', 'v'] },
  { name: 'Kế hoạch 22/KH-UBND (Phong Doanh)', find: is('22', 'KH-UBND'), number: '22', date: '2025-08-21', issuer: /Phong Doanh/i, ids: ['i-1', 'iii-1-a', 'vi-5'] },
  { name: 'Kế hoạch của Đảng ủy phường Bắc Kạn', find: (d) => d.held && /Bắc Kạn/i.test(`${d.issuer}`), number: null, date: null, issuer: /Bắc Kạn/i, ids: ['i-1', 'iii-6', 'v-1'] },
  { name: 'Đề cương hội nghị của Chi bộ Trường Tiểu học Bãi Cháy', find: (d) => d.held && /Bãi Cháy/i.test(`${d.issuer} ${d.title}`), number: null, date: '2023-11-04', issuer: /Bãi Cháy/i, ids: ['phan-1', 'phan-2', 'phan-3', 'phan-4'] },
];

export function corpusDoc(docs: OpenDocument[], c: CorpusDoc): OpenDocument {
  const found = docs.filter(c.find);
  if (found.length !== 1) throw new Error(`${c.name}: expected one document in data/documents.json, found ${found.length}`);
  return found[0]!;
}
