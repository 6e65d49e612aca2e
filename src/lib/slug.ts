/**
 * URL slugs, in one place. Three kinds, two from @sindresorhus/slugify (which
 * writes Vietnamese as ASCII: "Ủy ban nhân dân tỉnh Lạng Sơn" → "uy-ban-nhan-dan-tinh-lang-son"):
 *
 * - `idSlug`: a document's id (held or cited only), from its identity; camel case kept whole.
 * - `pathSlug`: a browse or graph page's path segment (a type, an issuer, a place), cut to
 *   stay a valid file name.
 *
 * and one hand-written, on the one Vietnamese fold (src/lib/vietnamese.ts):
 *
 * - `asciiSlug`: anchors and the generator's names (below).
 */
import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { memo } from './memo.ts';
import { foldDiacritics } from './vietnamese.ts';

/**
 * Words to ASCII words joined by hyphens ("Nơi nhận" → "noi-nhan"): anchors and the generator's
 * names. Hand-written rather than a library call because it runs for every heading of ten
 * thousand documents (the library measured 70 µs a call) and must never change between versions.
 */
export function asciiSlug(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Ids repeat across thousands of citations: remembered. Empty for text with no letters or digits. */
export const idSlug = memo((text: string): string => slugify(text, { separator: '-', decamelize: false }));

/** Longest slug kept whole: a path segment must stay under the file system's 255 bytes. */
const MAX_PATH_SLUG = 96;

/** A few hundred types, issuers and places, asked for on every page: remembered. */
export const pathSlug = memo((text: string): string => {
  const s = slugify(text) || 'khac';
  if (s.length <= MAX_PATH_SLUG) return s;
  // An issuer read from a treaty's whole title ran to 300 characters and the build failed on the
  // folder name: cut at a word, and keep names that differ only after the cut apart.
  const cut = s.slice(0, MAX_PATH_SLUG - 9).replace(/-[^-]*$/, '');
  return `${cut}-${createHash('sha256').update(s).digest('hex').slice(0, 8)}`;
});
