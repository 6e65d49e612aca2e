/** What the build tests compare two built sites by. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file of the site with a hash of its bytes: equal snapshots, same site. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, f);
    if (statSync(path).isFile()) out[f] = createHash('sha1').update(readFileSync(path)).digest('hex');
  }
  return out;
}
