/**
 * Link integrity of the built site (plain Node; lives with the browser tests
 * because it needs dist/): every internal href and src in every HTML page points
 * at a file that exists, and every #fragment at an element with that id,
 * citation links included. Pages are parsed with the same HTML parser the site
 * uses (Sätteri's htmlToHast), not with regular expressions.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { htmlToHast } from 'satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from './harness.ts';

interface HNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
}

interface Link {
  from: string;
  tag: string;
  attr: string;
  value: string;
  cite: boolean;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...htmlFiles(p));
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** URL path of a built file: dist/van-ban/x/index.html → /van-ban/x/ */
function urlOf(file: string): string {
  const rel = '/' + relative(DIST, file).split(sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** The file a URL path is served from, as a static host does; null when none. */
function fileFor(pathname: string): string | null {
  const p = join(DIST, decodeURIComponent(pathname));
  if (existsSync(p) && statSync(p).isDirectory()) return existsSync(join(p, 'index.html')) ? join(p, 'index.html') : null;
  return existsSync(p) ? p : null;
}

const LINK_ATTRS: Record<string, string[]> = {
  a: ['href'], link: ['href'], area: ['href'], script: ['src'], img: ['src'], source: ['src'], iframe: ['src'], form: ['action'], use: ['href'],
};

const pages = new Map<string, { ids: Set<string>; links: Link[] }>();

function parse(file: string): { ids: Set<string>; links: Link[] } {
  const tree = htmlToHast(readFileSync(file, 'utf8')) as unknown as HNode;
  const ids = new Set<string>();
  const links: Link[] = [];
  const walk = (n: HNode) => {
    if (n.type === 'element' && n.tagName) {
      const props = n.properties ?? {};
      if (typeof props.id === 'string') ids.add(props.id);
      if (n.tagName === 'a' && typeof props.name === 'string') ids.add(props.name);
      for (const attr of LINK_ATTRS[n.tagName] ?? []) {
        const key = attr === 'href' ? 'href' : attr;
        const value = props[key];
        if (typeof value !== 'string') continue;
        const cls = props.className;
        const cite = Array.isArray(cls) ? cls.includes('cite') : cls === 'cite';
        links.push({ from: file, tag: n.tagName, attr, value, cite });
      }
    }
    n.children?.forEach(walk);
  };
  walk(tree);
  return { ids, links };
}

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No built site in ${DIST}: run \`npm run build\` first.`);
  for (const f of htmlFiles(DIST)) pages.set(f, parse(f));
});

describe('internal links of the built site', () => {
  it('parses every page', () => {
    expect(pages.size).toBeGreaterThan(5);
    expect([...pages.values()].every((p) => p.links.length > 0)).toBe(true);
  });

  it('no javascript: or protocol-relative links anywhere', () => {
    const bad = [...pages.values()].flatMap((p) => p.links).filter((l) => /^\s*(javascript|vbscript|data:text\/html)/i.test(l.value) || l.value.startsWith('//'));
    expect(bad).toEqual([]);
  });

  it('zero broken internal links and anchors, citation links included', () => {
    const broken: string[] = [];
    let checked = 0;
    let citations = 0;
    let fragments = 0;
    for (const [file, { ids, links }] of pages) {
      const base = new URL(urlOf(file), 'http://site.invalid');
      for (const l of links) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(l.value) && !l.value.startsWith('http://site.invalid')) continue; // external scheme
        const url = new URL(l.value, base);
        checked++;
        if (l.cite) citations++;
        const where = `${urlOf(file)} <${l.tag} ${l.attr}="${l.value}">`;
        const target = url.pathname === base.pathname ? file : fileFor(url.pathname);
        if (!target) {
          broken.push(`${where}: no file for ${url.pathname}`);
          continue;
        }
        if (url.hash.length > 1) {
          fragments++;
          const id = decodeURIComponent(url.hash.slice(1));
          const targetIds = target === file ? ids : pages.get(target)?.ids;
          if (!targetIds) broken.push(`${where}: fragment into a non-HTML file`);
          else if (!targetIds.has(id)) broken.push(`${where}: ${urlOf(target)} has no element with id "${id}"`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
    expect(citations, 'citation links found and checked').toBeGreaterThan(20);
    expect(fragments).toBeGreaterThan(0);
  });

  it('every citation link leads to a document page or a cited-document page', () => {
    const targets = [...pages.values()].flatMap((p) => p.links).filter((l) => l.cite && l.tag === 'a').map((l) => l.value);
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(t).toMatch(/^\/(van-ban|dan-chieu)\/[a-z0-9-]+\/(#[\w-]+)?$/);
  });
});
