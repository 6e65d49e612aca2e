/**
 * What of a built page Pagefind needs to see: the `<html lang>`, the title, and
 * the elements that carry `data-pagefind-body`, `-filter`, `-meta` or `-sort`.
 * A document page is mostly panels, the chain drawing and navigation, which
 * Pagefind would parse only to skip (a 220 KB page has a 60 KB body): cutting
 * them before the page is sent makes indexing cheaper without changing what is
 * indexed.
 */

const TAG = /<!--[\s\S]*?-->|<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w-]*)\b[^>]*>/g;
const PAGEFIND_ATTRIBUTE = /\sdata-pagefind-(?:body|filter|meta|sort)\b/;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The regions (start and end offsets) of the outermost elements Pagefind reads. */
function regions(html: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open: { name: string; start: number; depth: number } | null = null;
  for (const m of html.matchAll(TAG)) {
    const name = m[3]?.toLowerCase();
    if (!name) continue;
    const closing = m[2] === '/';
    const end = m.index + m[0].length;
    if (open) {
      if (name !== open.name) continue;
      if (!closing) {
        if (!m[0].endsWith('/>')) open.depth++;
      } else if (--open.depth === 0) {
        out.push([open.start, end]);
        open = null;
      }
      continue;
    }
    if (closing || !PAGEFIND_ATTRIBUTE.test(m[0])) continue;
    if (VOID.has(name) || m[0].endsWith('/>')) out.push([m.index, end]);
    else open = { name, start: m.index, depth: 1 };
  }
  if (open) throw new Error(`<${open.name}> carrying a data-pagefind attribute is never closed`);
  return out;
}

export function pageForIndex(html: string): string {
  const lang = /<html\b[^>]*\slang=(["'])([^"']*)\1/i.exec(html)?.[2];
  const title = /<title\b[^>]*>[\s\S]*?<\/title\s*>/i.exec(html)?.[0] ?? '';
  const kept = regions(html).map(([s, e]) => html.slice(s, e));
  return `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${title}</head><body>${kept.join('\n')}</body></html>`;
}
