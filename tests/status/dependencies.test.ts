/**
 * Every package the code imports is declared, so a fresh install cannot lose one that
 * today arrives only as another package's dependency (Sätteri came in with Astro).
 * Pagefind is pinned exactly: its minified script is patched by matching identifiers
 * (src/lib/search/pagefind-patch.ts), which a minor release may rename.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'fixtures' || name === 'node_modules') continue;
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (/\.(ts|mjs|js|astro)$/.test(name)) out.push(path);
  }
  return out;
}

/** The package a specifier names ("@a/b/c" → "@a/b", "x/y" → "x"); null for a relative, builtin or virtual one. */
function packageOf(spec: string): string | null {
  if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:') || spec.startsWith('astro:')) return null;
  const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
  return builtinModules.includes(name) ? null : name;
}

/** Static imports and re-exports at the start of a statement, and dynamic imports of a literal name. */
const IMPORT = /^\s*(?:import|export)\s(?:[^'"`;]*?\sfrom\s)?\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importedPackages(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  const sources = [...files(join(root, 'src')), ...files(join(root, 'scripts')), ...files(join(root, 'tests')), join(root, 'astro.config.mjs')];
  for (const file of sources) {
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const name = packageOf(m[1] ?? m[2]!);
      if (name) used.set(name, [...(used.get(name) ?? []), file.slice(root.length)]);
    }
  }
  return used;
}

describe('package.json', () => {
  it('declares every package that src/, scripts/ and tests/ import', () => {
    const used = importedPackages();
    // The scan finds the imports it must: a broken pattern would pass with nothing found.
    expect([...used.keys()]).toEqual(expect.arrayContaining(['astro', 'satteri', 'vitest', 'pagefind', 'zod']));
    // Types-only packages are declared as @types/…, which is where TypeScript finds them.
    const missing = [...used].filter(([name]) => !declared.has(name) && !declared.has(`@types/${name}`));
    expect(missing.map(([name, where]) => `${name} (${where[0]})`)).toEqual([]);
  });

  it('pins Pagefind to one version, the one installed', () => {
    const wanted = manifest.devDependencies?.pagefind ?? manifest.dependencies?.pagefind;
    expect(wanted).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = JSON.parse(readFileSync(join(root, 'node_modules', 'pagefind', 'package.json'), 'utf8')).version;
    expect(installed).toBe(wanted);
  });
});
