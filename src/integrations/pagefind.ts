import type { AstroIntegration } from 'astro';

/** STUB (owned by the search work): indexes dist/ with Pagefind's Node API after the build. */
export default function pagefind(): AstroIntegration {
  return { name: 'can-cu-pagefind', hooks: {} };
}
