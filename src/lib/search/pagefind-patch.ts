/**
 * Two changes to the pagefind.js that Pagefind writes, so that one page can hold
 * every shard (shards.ts) merged into one Pagefind instance and search only some
 * of them:
 *
 * - `search(term, { indexes })` searches only the merged indexes whose base path
 *   is listed (all of them without `indexes`). Upstream searches every merged
 *   index, so a search would fetch every shard's chunks.
 * - `options()` reaches every merged index, not only the primary one. Upstream
 *   sets `exactDiacritics` on the primary index alone.
 *
 * Each change replaces one exact piece of Pagefind's code. If a Pagefind upgrade
 * changes that code, the build fails here, naming the piece, rather than
 * shipping a search that silently fetches everything.
 */

interface Patch {
  what: string;
  from: string;
  to: string;
}

const PATCHES: readonly Patch[] = [
  {
    what: 'Pagefind.search over the merged indexes',
    from: 'async search(term,options2={}){let search2=await Promise.all(this.instances.map((i2)=>i2.search(term,options2)));',
    to:
      'async search(term,options2={}){let search2=await Promise.all(this.instances' +
      '.filter((i2)=>!Array.isArray(options2.indexes)||options2.indexes.includes(i2.basePath))' +
      '.map((i2)=>i2.search(term,options2)));',
  },
  {
    what: 'Pagefind.options on the primary index',
    from: 'async options(options2){await this.primary.options(options2);}',
    to: 'async options(options2){await Promise.all(this.instances.map((i2)=>i2.options(options2)));}',
  },
];

/** Marks a patched file, so that patching twice is an error rather than a no-op. */
export const PATCH_MARK = '/* can-cu: search only the listed shards (src/lib/search/pagefind-patch.ts) */';

export function patchPagefindScript(source: string, version = 'unknown'): string {
  if (source.includes(PATCH_MARK)) throw new Error('pagefind.js is already patched');
  let out = source;
  for (const p of PATCHES) {
    const at = out.indexOf(p.from);
    if (at < 0 || out.indexOf(p.from, at + 1) >= 0) {
      throw new Error(
        `pagefind.js (Pagefind ${version}): ${at < 0 ? 'cannot find' : 'found more than one'} ${p.what}; ` +
          'src/lib/search/pagefind-patch.ts must be updated for this Pagefind version',
      );
    }
    out = out.slice(0, at) + p.to + out.slice(at + p.from.length);
  }
  return `${PATCH_MARK}\n${out}`;
}
