/**
 * The site's public address, set at build time with `SITE=https://… npm run build`
 * or `npm run build -- --site https://…` (Astro's `site`). Every absolute URL
 * the build writes (canonical link, og:url, sitemap, feeds, CSV, printed page
 * address) comes from it. Without it the build invents none: pages and data
 * use root-relative paths and say plainly that no address was set, so a copy
 * served from an intranet never points readers to somebody else's host.
 */

/** The plain statement written where an absolute address would otherwise stand. */
export const NO_ADDRESS_NOTE =
  'Chưa đặt địa chỉ trang web khi dựng (SITE=https://… npm run build), nên các liên kết ở đây là đường dẫn tương đối.';

/** `path` made absolute on the site's address, or left as the root-relative path when none was set. */
export function siteUrl(path: string, site: URL | string | undefined | null): string {
  return site ? new URL(path, site).href : path;
}

/**
 * The value of the SITE environment variable as Astro's `site`, or undefined.
 * A malformed address fails the build here, naming the variable, rather than
 * surfacing later as a broken link in every page.
 */
export function siteFromEnv(value: string | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE="${raw}" is not an absolute address: write it as https://host/ (e.g. SITE=https://vanban.example.vn npm run build)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE="${raw}" must start with https:// or http://`);
  }
  return url.href;
}
