/**
 * The content loader of the `documents` collection. Documents stay `.mdx`
 * files, but their bodies are rendered once, as Markdown, by Astro's own
 * Markdown processor (Sätteri with the site's hook), and the HTML is kept in a
 * file per document (src/lib/site/rendered.ts; the store keeps the frontmatter).
 *
 * Why not the glob loader: it hands every `.mdx` file to the MDX integration,
 * which compiles it into a JavaScript module that Vite bundles on every build
 * (at 300 documents that step was 2 min 23 s of a 3–5 min build, and it is
 * never cached). Bodies carry no code — the importer escapes everything, and
 * `npm run check` refuses code in a body — so Markdown renders them to the
 * same HTML, and an unchanged document is not rendered again.
 *
 * The cache key is the file plus the links its citations become: a body's HTML
 * depends on which cited documents are held (a link to /van-ban/ or to
 * /dan-chieu/), so adding a document re-renders the documents that cite it.
 * It also holds a fingerprint of the code that renders a body (the Markdown
 * hook, this loader, the config and every module they import, the versions of
 * Sätteri and Astro): a fix to rendering must reach every page, not only the
 * documents edited since.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { getSiteData, holdSiteData, type SiteData } from '../lib/site/collection.ts';
import { codeFingerprint, packageVersions } from '../lib/code-fingerprint.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { linkFor } from '../lib/site/links.ts';
import { contentDir, DOCUMENT_EXTENSION, parseDocumentFile } from '../lib/site/load.ts';
import { useAnalysisCache } from '../lib/site/analysis-cache.ts';
import { hasRendered, pruneRendered, useRenderedDir, writeRendered, writeRenderedDigests } from '../lib/site/rendered.ts';

/** The parts of Astro's loader context the sync uses (tests pass their own). */
export type SyncContext = Pick<LoaderContext, 'store' | 'parseData' | 'renderMarkdown' | 'generateDigest' | 'logger' | 'config'>;

export interface SyncReport {
  documents: number;
  rendered: number;
  rejected: number;
}

/** Brings the store in line with `dir`: renders new and changed documents, drops deleted ones and their HTML. */
export async function syncDocuments(ctx: SyncContext, dir: string, data: SiteData = getSiteData()): Promise<SyncReport> {
  const { store, parseData, renderMarkdown, generateDigest, logger, config } = ctx;
  const untouched = new Set(store.keys());
  const htmlDir = useRenderedDir(fileURLToPath(config.cacheDir), dir);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(DOCUMENT_EXTENSION)).sort();
  } catch {
    logger.warn(`no documents folder at ${dir}`);
    names = [];
  }
  const renderer = generateDigest(rendererFingerprint(fileURLToPath(config.root)));
  let rendered = 0;
  let rejected = 0;
  for (const name of names) {
    const id = name.slice(0, -DOCUMENT_EXTENSION.length);
    const file = join(dir, name);
    const source = readFileSync(file, 'utf8');
    // (Where each link starts and ends too: the citation engine may move a link's words without changing its target.)
    const links = (data.outgoing.get(id) ?? []).map((r) => [r.citation.start, r.citation.end, linkFor(r, data)]);
    const digest = generateDigest(`${renderer}\u0000${source}\u0000${JSON.stringify(links)}`);
    const existing = store.get(id);
    if (existing && existing.digest === digest && hasRendered(htmlDir, id)) {
      untouched.delete(id);
      continue;
    }
    // The site data parsed and validated every file already; only a file it left out is parsed
    // again, to say why.
    let frontmatter = data.byId.get(id)?.frontmatter;
    if (!frontmatter) {
      const parsed = parseDocumentFile(file, source);
      if ('problems' in parsed) {
        // Left out, and said why (file, line, field); `npm run check` fails on it.
        for (const p of parsed.problems) logger.error(`left out of the site: ${p}`);
        rejected++;
        continue;
      }
      frontmatter = parsed.frontmatter;
    }
    untouched.delete(id);
    const filePath = relative(fileURLToPath(config.root), file);
    const entryData = await parseData({ id, data: frontmatter as unknown as Record<string, unknown>, filePath: file });
    // Astro's renderMarkdown cuts a frontmatter block off with a reader of its own (js-yaml, a
    // looser fence). It is handed the body our reader cut, behind an empty block it removes
    // whole, so one reader decides where every body starts (the same "\n" + body as before).
    const { html } = await renderMarkdown(`---\n---\n${splitFrontmatter(source).body}`, { fileURL: pathToFileURL(file) });
    writeRendered(htmlDir, id, html);
    store.set({ id, data: entryData, filePath, digest });
    rendered++;
  }
  for (const id of untouched) store.delete(id);
  const held = [...store.keys()];
  const pruned = pruneRendered(htmlDir, new Set(held));
  writeRenderedDigests(htmlDir, new Map(held.map((id) => [id, store.get(id)!.digest as string])));
  logger.info(
    `${names.length} documents: ${rendered} rendered, ${names.length - rendered - rejected} unchanged, ${rejected} left out` +
      (pruned.length ? `; ${pruned.length} rendered bod${pruned.length === 1 ? 'y' : 'ies'} of documents no longer held removed` : ''),
  );
  return { documents: names.length, rendered, rejected };
}

/**
 * Where the code that shapes a rendered body starts, relative to the project root: the Markdown hook,
 * this loader and the config that registers them. Every module the hook and the loader import, at any depth, counts too
 * (the hook reaches the anchors, the slugs, the Vietnamese folding, the site data and the citation engine).
 */
const RENDERING_ENTRIES = ['src/markdown', 'src/loaders', 'astro.config.mjs'];
/** Read, but not followed: the config also imports the build's other steps (search index, CSP), which draw no body. */
const NOT_FOLLOWED = new Set(['astro.config.mjs']);
/** The packages that turn Markdown into HTML: their versions count, not their code. */
const RENDERING_PACKAGES = ['satteri', 'astro', '@astrojs/markdown-satteri'];

/** The rendering code's own text and the renderers' versions, joined: changes whenever a body would render differently. */
export function rendererFingerprint(root: string): string {
  return [codeFingerprint(root, RENDERING_ENTRIES, NOT_FOLLOWED), ...packageVersions(root, RENDERING_PACKAGES)].join('\u0000');
}

export function documentsLoader(): Loader {
  return {
    name: 'can-cu-documents',
    async load(ctx) {
      const dir = contentDir();
      // Before the site data is first read: unchanged files are then read from the last build's analyses.
      useAnalysisCache(fileURLToPath(ctx.config.cacheDir), fileURLToPath(ctx.config.root));
      // Astro gives a watcher only to `astro dev`: in a build the files stay as they are.
      if (!ctx.watcher) holdSiteData(dir);
      await syncDocuments(ctx, dir);
      ctx.watcher?.add(dir);
      ctx.watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir) && path.endsWith(DOCUMENT_EXTENSION)) void syncDocuments(ctx, dir);
      });
    },
  };
}
