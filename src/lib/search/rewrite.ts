/**
 * The copy of a page that Pagefind indexes (src/lib/site/search-pages.ts): đ/Đ in
 * text and in Pagefind's own attributes are put in index form (see fold.ts), and
 * the document's number keys (numbers.ts) are added as a hidden meta field. Ids
 * and links are untouched, so sub-result anchors point at the real page.
 */
import { toIndexForm } from './fold.ts';
import { KEY_FIELD, NUMBER_FIELD } from './numbers.ts';
import { escapeHtml } from '../html.ts';

const TOKENS = /<!--[\s\S]*?-->|<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<[^>]*>|[^<]+/gi;
const INDEXED_ATTRIBUTES = /(\s)(data-pagefind-(?:meta|filter|sort)|alt|title)(\s*=\s*)("[^"]*"|'[^']*')/gi;
const D_ENTITIES = /&(?:#273|#x111|dstrok);|&(?:#272|#x110|Dstrok);/gi;
// Pagefind leaves the text of an ignored element in its excerpts ("Mục I#" from a
// heading's "#" permalink); a leaf element marked ignored is dropped from the copy.
const IGNORED_LEAF = /<([a-zA-Z][\w-]*)\b[^>]*\sdata-pagefind-ignore(?:=(?:"[^"]*"|'[^']*'))?[^>]*>[^<]*<\/\1\s*>/g;

function decodeD(text: string): string {
  return text.replace(D_ENTITIES, (e) => (/^&(#272|#x110|Dstrok);$/.test(e) ? 'Đ' : 'đ'));
}

function rewriteTag(tag: string): string {
  if (tag.startsWith('</') || tag.startsWith('<!')) return tag;
  const out = tag.replace(INDEXED_ATTRIBUTES, (_, space: string, name: string, eq: string, value: string) => {
    return `${space}${name}${eq}${toIndexForm(decodeD(value))}`;
  });
  // A filter or meta read from another attribute ("co-quan[data-issuer-group]"): that attribute's value is indexed too.
  // (Every tag of every page passes here: most name no attribute to read, and skip the search for one.)
  if (!tag.includes('[')) return out;
  const specs = [...tag.matchAll(FILTER_OR_META)].map((m) => m[1] ?? m[2]!).join(' ');
  const read = [...specs.matchAll(READ_FROM_ATTRIBUTE)].map((m) => m[1]!.toLowerCase());
  if (read.length === 0) return out;
  return out.replace(ANY_ATTRIBUTE, (whole, space: string, name: string, eq: string, value: string) =>
    read.includes(name.toLowerCase()) ? `${space}${name}${eq}${toIndexForm(decodeD(value))}` : whole,
  );
}
const FILTER_OR_META = /\sdata-pagefind-(?:filter|meta)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const READ_FROM_ATTRIBUTE = /\[([a-zA-Z][\w-]*)\]/g;
const ANY_ATTRIBUTE = /(\s)([a-zA-Z][\w-]*)(\s*=\s*)("[^"]*"|'[^']*')/g;

/**
 * Rewrites one page for the index; `keys` are the document's number keys (may be
 * empty) and `number` its number as shown ("24/2018/QĐ-UBND"), or null.
 */
export function rewriteForIndex(html: string, keys: readonly string[], number: string | null = null): string {
  let out = '';
  let extra = '';
  if (keys.length) extra += `<span hidden data-pagefind-meta="${KEY_FIELD}:${escapeHtml(keys.join(' '))}"></span>`;
  if (number) extra += `<span hidden data-pagefind-meta="${NUMBER_FIELD}:${escapeHtml(toIndexForm(number))}"></span>`;
  let injected = extra === '';
  for (const m of html.replace(IGNORED_LEAF, '').matchAll(TOKENS)) {
    const token = m[0];
    if (m[1] !== undefined || token.startsWith('<!--')) {
      out += token;
    } else if (token.startsWith('<')) {
      out += rewriteTag(token);
      if (!injected && /^<body[\s>]/i.test(token)) {
        out += extra;
        injected = true;
      }
    } else {
      out += toIndexForm(decodeD(token));
    }
  }
  if (!injected) throw new Error('page has no <body> element to carry its number keys');
  return out;
}
