/**
 * Moves the inline <script> and <style> blocks Astro writes into built pages
 * out into files under _astro/, so the Content-Security-Policy needs no
 * 'unsafe-inline' and no per-build hashes (which the static host configs could
 * not carry). Run by scripts/build.ts on the staging folder before the swap.
 * With ASTRO_NO_INLINE in the Astro config there is nothing left to move and
 * this is a no-op; it stays as the guard that keeps the policy true.
 *
 * Only executable scripts move (no type, a JavaScript type, or module); data
 * blocks such as application/ld+json are not subject to script-src.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExternalizeResult {
  pages: number;
  scripts: number;
  styles: number;
  /** Distinct files written (identical blocks share one file). */
  files: number;
}

const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;
const STYLE = /<style(\s[^>]*)?>([\s\S]*?)<\/style>/g;
const JS_TYPE = /^(|module|text\/javascript|application\/javascript)$/i;

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attrs);
  if (!m) return null;
  return m[1] ?? m[2] ?? m[3] ?? '';
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(p));
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/**
 * Whether a page may hold a block to move: a <style> tag, or a <script> tag without src, of a
 * JavaScript type, with something in it. Read on the bytes, tag by tag: with nothing inlined
 * (ASTRO_NO_INLINE) every page is a no, and decoding and rewriting 18,000 pages to find that out
 * took 11 s of a 10,000-document build. A yes goes through the full rewrite below, which decides.
 */
function mayHoldInline(page: Buffer): boolean {
  if (page.indexOf('<style') !== -1) return true;
  for (let at = page.indexOf('<script'); at !== -1; at = page.indexOf('<script', at + 1)) {
    const end = page.indexOf('>', at);
    if (end === -1) return true;
    const attrs = page.toString('utf8', at + '<script'.length, end);
    if (attr(attrs, 'src') !== null || !JS_TYPE.test(attr(attrs, 'type') ?? '')) continue;
    const close = page.indexOf('</script>', end);
    if (close === -1 || page.toString('utf8', end + 1, close).trim() !== '') return true;
  }
  return false;
}

export function externalizeInline(dir: string, assets = '_astro'): ExternalizeResult {
  const result: ExternalizeResult = { pages: 0, scripts: 0, styles: 0, files: 0 };
  const written = new Set<string>();
  const write = (content: string, ext: 'js' | 'css'): string => {
    const name = `inline.${createHash('sha256').update(content).digest('hex').slice(0, 12)}.${ext}`;
    if (!written.has(name)) {
      mkdirSync(join(dir, assets), { recursive: true });
      const path = join(dir, assets, name);
      if (!existsSync(path)) writeFileSync(path, content);
      written.add(name);
      result.files++;
    }
    return `/${assets}/${name}`;
  };
  for (const file of htmlFiles(dir)) {
    const bytes = readFileSync(file);
    if (!mayHoldInline(bytes)) continue;
    const html = bytes.toString('utf8');
    let changed = false;
    const out = html
      .replace(SCRIPT, (whole, attrs: string | undefined, body: string) => {
        const a = attrs ?? '';
        if (attr(a, 'src') !== null || !JS_TYPE.test(attr(a, 'type') ?? '') || body.trim() === '') return whole;
        changed = true;
        result.scripts++;
        const isModule = (attr(a, 'type') ?? '').toLowerCase() === 'module';
        return `<script${isModule ? ' type="module"' : ''} src="${write(body, 'js')}"></script>`;
      })
      .replace(STYLE, (whole, attrs: string | undefined, body: string) => {
        if (body.trim() === '') return whole;
        changed = true;
        result.styles++;
        const media = attr(attrs ?? '', 'media');
        return `<link rel="stylesheet" href="${write(body, 'css')}"${media ? ` media="${media}"` : ''}>`;
      });
    if (changed) {
      writeFileSync(file, out);
      result.pages++;
    }
  }
  return result;
}
