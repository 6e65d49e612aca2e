/**
 * The site's Content-Security-Policy and the other security headers, in one
 * place: the layout writes `contentSecurityPolicy` as a <meta http-equiv>, and
 * the host configs (public/_headers, docs/hosting/nginx.conf,
 * docs/hosting/apache.htaccess) carry `headerPolicy` and `SECURITY_HEADERS`;
 * a test keeps those files equal to what is exported here.
 *
 * Everything comes from the site's own origin. The one allowance beyond that is
 * 'wasm-unsafe-eval', which Pagefind needs to compile its WebAssembly search
 * core; it does not allow eval() of JavaScript. No 'unsafe-inline': Astro must
 * emit its small scripts and styles as files (see ASTRO_NO_INLINE).
 */

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  // Pagefind fetches its index and WebAssembly from /pagefind/; the pages fetch /data/*.json.
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  // Only honoured as an HTTP header (browsers ignore it in a meta tag).
  'frame-ancestors': ["'none'"],
};

/** Directives a <meta http-equiv> policy cannot carry (the browser ignores them there, with a console error). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const serialise = (keep: (name: string) => boolean) =>
  Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => keep(name))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

/** For the layout's <meta http-equiv="Content-Security-Policy">. */
export const contentSecurityPolicy: string = serialise((n) => !HEADER_ONLY.has(n));

/** For the Content-Security-Policy HTTP header on static hosts. */
export const headerPolicy: string = serialise(() => true);

/** Every header the host configs set on every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The Astro config the policy needs (merge into astro.config.mjs): without it
 * Astro inlines scripts under 4 KB and small stylesheets, which this policy
 * blocks. Measured on this site: with it, no inline <script> or <style> is left.
 */
export const ASTRO_NO_INLINE = {
  build: { inlineStylesheets: 'never' as const },
  vite: { build: { assetsInlineLimit: 0 } },
};
