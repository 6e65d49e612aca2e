/**
 * The search index is built from the site data (src/lib/site/search-pages.ts), not from the
 * written pages: this checks, on the built bundled site, that what it gives Pagefind of every
 * page marks the same fields, filters and sort keys, with the same values, as the page itself
 * (plain Node; lives with the browser tests because it needs dist/). A field added to a page
 * and not to its index input, or the other way round, fails here. Pages are parsed with the
 * site's HTML parser (Sätteri's htmlToHast).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness.ts';
import { BODY_SLOT } from '../../src/lib/search/build-index.ts';
import { getSiteData } from '../../src/lib/site/collection.ts';
import { useRenderedDir } from '../../src/lib/site/rendered.ts';
import { searchPages } from '../../src/lib/site/search-pages.ts';

interface HNode {
  type: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
}

const MARKS = ['dataPagefindMeta', 'dataPagefindFilter', 'dataPagefindSort'] as const;
const value = (v: unknown): string => (Array.isArray(v) ? v.join(' ') : String(v));
/** "co-quan[data-issuer-group]" → dataIssuerGroup: an attribute a filter or meta reads its value from. */
const readFrom = (spec: string): string[] =>
  [...spec.matchAll(/\[([a-zA-Z][\w-]*)\]/g)].map((m) => m[1]!.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()));

const text = (node: HNode): string => (node.type === 'text' ? String((node as { value?: string }).value ?? '') : (node.children ?? []).map(text).join(''));

/**
 * Every field, filter and sort key marked in `node`, with the attributes they read and, for a
 * field or filter named without a value ("title", "loai"), the element's text, which is then
 * its value: one string each, sorted.
 */
function marks(node: HNode, out: string[] = []): string[] {
  const p = node.properties ?? {};
  const own = MARKS.filter((m) => p[m] !== undefined);
  if (own.length) {
    const read = own.flatMap((m) => readFrom(value(p[m])));
    const fromText = own.some((m) => value(p[m]).split(',').some((spec) => !spec.includes(':') && !spec.includes('[')));
    out.push(JSON.stringify([...[...own, ...read].sort().map((k) => [k, value(p[k] ?? '')]), ...(fromText ? [['text', text(node).replace(/\s+/g, ' ').trim()]] : [])]));
  }
  for (const c of node.children ?? []) marks(c, out);
  return out.sort();
}

/** The element Pagefind reads of a page. */
function indexedPart(node: HNode): HNode | null {
  if (node.properties?.dataPagefindBody !== undefined) return node;
  for (const c of node.children ?? []) {
    const found = indexedPart(c);
    if (found) return found;
  }
  return null;
}

describe('the search index input, built from the site data', () => {
  // The bodies as the build's loader rendered them, in Astro's cache folder.
  useRenderedDir(resolve('node_modules', '.astro'));
  const pages = searchPages(getSiteData());

  it('lists every held and cited-only document’s page, with its rendered body to put in', () => {
    const data = getSiteData();
    expect(pages).toHaveLength(data.documents.length + data.entities.size);
    const held = pages.filter((p) => p.bodyFile);
    expect(held).toHaveLength(data.documents.length);
    for (const p of held) {
      expect(p.html).toContain(BODY_SLOT);
      expect(readFileSync(p.bodyFile!, 'utf8').length, p.url).toBeGreaterThan(0);
    }
  });

  it('marks the fields, filters and sort keys each written page marks, with the same values', () => {
    const differing: string[] = [];
    for (const p of pages) {
      const written = indexedPart(htmlToHast(readFileSync(join(DIST, p.url, 'index.html'), 'utf8')) as HNode);
      expect(written, `${p.url} has no data-pagefind-body element`).not.toBeNull();
      const fromData = marks(htmlToHast(p.html) as HNode);
      const onPage = marks(written!);
      if (JSON.stringify(fromData) !== JSON.stringify(onPage)) differing.push(`${p.url}\n  page: ${onPage.join(' ')}\n  data: ${fromData.join(' ')}`);
    }
    expect(differing).toEqual([]);
    // Not vacuous: the pages carry the fields results show.
    const all = pages.flatMap((p) => marks(htmlToHast(p.html) as HNode)).join('\n');
    for (const field of ['"title"', '"docType"', '"issuer"', '"number"', '"hieu-luc"', 'trang-thai:Có toàn văn', 'trang-thai:Chỉ được dẫn chiếu', 'date:', 'nam:', 'hieu-luc-dong']) {
      expect(all).toContain(field);
    }
  });
});
