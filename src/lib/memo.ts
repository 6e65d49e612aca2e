/**
 * A function of a string remembered by its argument, at most `max` results at once (then forgotten
 * all together): issuers, slugs and names repeat across thousands of citations and pages.
 */
export function memo<T>(fn: (key: string) => T, max = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = fn(key);
      if (cache.size >= max) cache.clear();
      cache.set(key, v);
    }
    return v;
  };
}
