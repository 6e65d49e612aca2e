import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync, readdirSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { buildSiteData, type SiteData } from '../../src/lib/site/collection.ts';
import { linkFor } from '../../src/lib/site/links.ts';
import { loadDocuments, scanDocuments } from '../../src/lib/site/load.ts';
import { readRendered, renderedDigest, useRenderedDir } from '../../src/lib/site/rendered.ts';
import { rendererFingerprint, syncDocuments, type SyncContext } from '../../src/loaders/documents.ts';

const LETTER = 'cong-van-1419-vks-vp-2021-vksnd-tinh-lang-son';
const PLAN = 'ke-hoach-200-kh-ubnd-2021-ubnd-tinh-lang-son';

function copyCollection(skip: (name: string) => boolean = () => false): { dir: string; names: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'can-cu-rejected-'));
  const names = readdirSync('content/documents').filter((n) => n.endsWith('.mdx') && !skip(n));
  for (const n of names) copyFileSync(join('content/documents', n), join(dir, n));
  return { dir, names };
}

// A copy of the real collection with one document broken by hand: an impossible date.
function brokenCollection(): { dir: string; broken: string; total: number } {
  const { dir, names } = copyCollection();
  const broken = names.find((n) => n.startsWith('ke-hoach-218'))!;
  const path = join(dir, broken);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^date: "2023-06-08"$/m, 'date: "2023-02-31"'));
  return { dir, broken, total: names.length };
}

/** Astro's loader context, reduced to what the sync uses, with a store in memory and a counting renderer. */
function fakeContext() {
  const entries = new Map<string, { id: string; digest?: string; data: Record<string, unknown>; rendered?: { html: string } }>();
  const rendered: string[] = [];
  const errors: string[] = [];
  const ctx = {
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (e: { id: string }) => (entries.set(e.id, e as never), true),
      delete: (id: string) => void entries.delete(id),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    renderMarkdown: async (_source: string, options?: { fileURL?: URL }) => {
      rendered.push(options!.fileURL!.pathname.split('/').pop()!.replace(/\.mdx$/, ''));
      return { html: `<p>${rendered.length}</p>` };
    },
    generateDigest: (s: string | Record<string, unknown>) => createHash('sha1').update(typeof s === 'string' ? s : JSON.stringify(s)).digest('hex'),
    logger: { info: () => {}, warn: () => {}, error: (m: string) => void errors.push(m) },
    config: { root: pathToFileURL(resolve('.') + '/'), cacheDir: pathToFileURL(mkdtempSync(join(tmpdir(), 'can-cu-cache-')) + '/') },
  } as unknown as SyncContext;
  return { ctx, entries, rendered, errors };
}

const siteOf = (dir: string) => buildSiteData(loadDocuments(dir), dir);

describe('a bad document does not take the collection down', () => {
  it('leaves out only the bad file and names its file, line and field', () => {
    const { dir, broken, total } = brokenCollection();
    const scan = scanDocuments(dir);
    expect(scan.rejected).toEqual([broken]);
    expect(scan.documents).toHaveLength(total - 1);
    expect(scan.problems).toHaveLength(1);
    expect(scan.problems[0]).toMatch(new RegExp(`${broken}:\\d+: error: date: not a real calendar date \\(got "2023-02-31"\\)$`));
    rmSync(dir, { recursive: true });
  });

  it('the content loader leaves it out, says why, and the site data reports it once on stderr', async () => {
    const { dir, broken, total } = brokenCollection();
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const data = siteOf(dir);
    expect(data.documents).toHaveLength(total - 1);
    loadDocuments(dir);
    expect(err).toHaveBeenCalledTimes(1);
    expect(String(err.mock.calls[0]![0])).toContain(`${broken}`);
    err.mockRestore();

    const { ctx, entries, errors } = fakeContext();
    const report = await syncDocuments(ctx, dir, data);
    expect(report).toEqual({ documents: total, rendered: total - 1, rejected: 1 });
    expect(entries.has(broken.replace(/\.mdx$/, ''))).toBe(false);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`${broken}:\\d+: error: date: not a real calendar date \\(got "2023-02-31"\\)$`));
    rmSync(dir, { recursive: true });
  });

  it('renders every document of the real collection, with no problem', async () => {
    const { ctx, entries, errors } = fakeContext();
    const dir = resolve('content/documents');
    const report = await syncDocuments(ctx, dir, siteOf(dir));
    expect(errors).toEqual([]);
    expect(report.rejected).toBe(0);
    expect(entries.size).toBe(readdirSync(dir).filter((n) => n.endsWith('.mdx')).length);
  });
});

describe('the content loader renders only what changed', () => {
  it('a second sync with nothing changed renders nothing; an edited body renders only that document', async () => {
    const { dir, names } = copyCollection();
    const { ctx, rendered } = fakeContext();
    await syncDocuments(ctx, dir, siteOf(dir));
    expect(rendered).toHaveLength(names.length);
    rendered.length = 0;
    expect((await syncDocuments(ctx, dir, siteOf(dir))).rendered).toBe(0);

    const file = join(dir, `${PLAN}.mdx`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nMột đoạn thêm vào cuối.\n`);
    await syncDocuments(ctx, dir, siteOf(dir));
    expect(rendered).toEqual([PLAN]);
    rmSync(dir, { recursive: true });
  });

  it('a change to the code that renders a body renders every document again', async () => {
    const { dir, names } = copyCollection();
    const { ctx, rendered } = fakeContext();
    // A project root of its own, holding a copy of the Markdown hook, so the test can edit it.
    const root = mkdtempSync(join(tmpdir(), 'can-cu-root-'));
    mkdirSync(join(root, 'src', 'markdown'), { recursive: true });
    const hook = join(root, 'src', 'markdown', 'document-plugin.ts');
    copyFileSync('src/markdown/document-plugin.ts', hook);
    (ctx.config as { root: URL }).root = pathToFileURL(root + '/');
    await syncDocuments(ctx, dir, siteOf(dir));
    rendered.length = 0;
    expect((await syncDocuments(ctx, dir, siteOf(dir))).rendered).toBe(0);
    writeFileSync(hook, `${readFileSync(hook, 'utf8')}\n// a fix to how links are drawn\n`);
    expect((await syncDocuments(ctx, dir, siteOf(dir))).rendered).toBe(names.length);
    rmSync(dir, { recursive: true });
    rmSync(root, { recursive: true });
  });

  it('so does a change to a module the hook reaches only through others (slugs, via the anchors), or to the renderer’s version; not one it never imports', () => {
    // A copy of the project's source tree and manifests: the real import graph, in a folder the test may edit.
    const root = mkdtempSync(join(tmpdir(), 'can-cu-root-'));
    cpSync('src', join(root, 'src'), { recursive: true });
    copyFileSync('astro.config.mjs', join(root, 'astro.config.mjs'));
    mkdirSync(join(root, 'node_modules', 'satteri'), { recursive: true });
    copyFileSync('node_modules/satteri/package.json', join(root, 'node_modules', 'satteri', 'package.json'));
    const before = rendererFingerprint(root);
    expect(rendererFingerprint(root)).toBe(before);
    const untouched = join(root, 'src', 'lib', 'generate', 'prose.ts');
    writeFileSync(untouched, `${readFileSync(untouched, 'utf8')}\n// the generator draws no body\n`);
    expect(rendererFingerprint(root)).toBe(before);
    const slug = join(root, 'src', 'lib', 'slug.ts');
    writeFileSync(slug, `${readFileSync(slug, 'utf8')}\n// a fix to how anchors are spelled\n`);
    const afterSlug = rendererFingerprint(root);
    expect(afterSlug).not.toBe(before);
    const manifest = join(root, 'node_modules', 'satteri', 'package.json');
    writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), version: '99.0.0' }));
    expect(rendererFingerprint(root)).not.toBe(afterSlug);
    rmSync(root, { recursive: true });
  });

  it('adding a cited document renders again exactly the documents whose links change (the one citing it among them)', async () => {
    const { dir } = copyCollection((n) => n.startsWith(PLAN));
    const { ctx, entries, rendered } = fakeContext();
    const before = siteOf(dir);
    await syncDocuments(ctx, dir, before);
    rendered.length = 0;
    copyFileSync(join('content/documents', `${PLAN}.mdx`), join(dir, `${PLAN}.mdx`));
    const after = siteOf(dir);
    await syncDocuments(ctx, dir, after);
    const linksOf = (data: SiteData, id: string) => JSON.stringify((data.outgoing.get(id) ?? []).map((r) => linkFor(r, data)));
    const changed = before.documents.map((d) => d.id).filter((id) => linksOf(before, id) !== linksOf(after, id));
    // The letter's link to the plan turns from a cited-only page into the plan's own page.
    expect(changed).toContain(LETTER);
    expect(rendered.sort()).toEqual([...changed, PLAN].sort());
    expect(entries.has(PLAN)).toBe(true);

    rendered.length = 0;
    rmSync(join(dir, `${PLAN}.mdx`));
    await syncDocuments(ctx, dir, siteOf(dir));
    expect(entries.has(PLAN)).toBe(false);
    expect(rendered).toContain(LETTER);
    expect(rendered).not.toContain(PLAN);
    rmSync(dir, { recursive: true });
  });
});

describe('rendered bodies are kept on disk, one file per document', () => {
  it('the page reads back what the loader rendered; a lost file is rendered again, not served empty', async () => {
    const { dir } = copyCollection();
    const { ctx, rendered } = fakeContext();
    await syncDocuments(ctx, dir, siteOf(dir));
    const index = rendered.indexOf(PLAN);
    expect(readRendered(PLAN)).toBe(`<p>${index + 1}</p>`);
    const cache = useRenderedDir(fileURLToPath(ctx.config.cacheDir), dir);
    rmSync(join(cache, `${PLAN}.html`));
    expect(() => readRendered(PLAN)).toThrow(new RegExp(`rendered body of ${PLAN} is missing`));
    rendered.length = 0;
    await syncDocuments(ctx, dir, siteOf(dir));
    expect(rendered).toEqual([PLAN]);
    expect(readRendered(PLAN)).toBe('<p>1</p>');
    rmSync(dir, { recursive: true });
  });

  it('a document deleted, or left out as invalid, loses its rendered body; stale files of older builds go too', async () => {
    // Three documents are enough, and keep the syncs quick.
    const { dir } = copyCollection((n) => ![PLAN, LETTER, 'ke-hoach-218'].some((p) => n.startsWith(p)));
    const { ctx, entries } = fakeContext();
    const cache = useRenderedDir(fileURLToPath(ctx.config.cacheDir), dir);
    // Left by a build before this rule, and by a build killed halfway through writing a body.
    writeFileSync(join(cache, 'removed-before-the-rule.html'), '<p>old</p>');
    writeFileSync(join(cache, `${LETTER}.html.4194303.tmp`), '<p>half</p>');
    await syncDocuments(ctx, dir, siteOf(dir));
    // The bodies, and beside them one file of what each was rendered from (a page's cache key takes it).
    const held = () => readdirSync(cache).filter((f) => f !== 'digests.json' && f !== 'content-folder.txt').sort();
    const ids = [...entries.keys()].sort();
    expect(ids).toHaveLength(3);
    expect(held()).toEqual(ids.map((id) => `${id}.html`));
    expect(Object.keys(JSON.parse(readFileSync(join(cache, 'digests.json'), 'utf8')) as object)).toEqual(ids);
    for (const id of ids) expect(renderedDigest(id)).toBe(entries.get(id)!.digest);

    rmSync(join(dir, `${PLAN}.mdx`));
    await syncDocuments(ctx, dir, siteOf(dir));
    expect(entries.has(PLAN)).toBe(false);
    expect(held()).toEqual(ids.filter((id) => id !== PLAN).map((id) => `${id}.html`));
    expect(() => readRendered(PLAN)).toThrow(new RegExp(`rendered body of ${PLAN} is missing`));
    expect(() => renderedDigest(PLAN)).toThrow(new RegExp(`no digest for the rendered body of ${PLAN}`));

    const broken = ids.find((id) => id.startsWith('ke-hoach-218'))!;
    const file = join(dir, `${broken}.mdx`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: ".*"$/m, 'date: "2023-02-31"'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await syncDocuments(ctx, dir, siteOf(dir));
    vi.restoreAllMocks();
    expect(held()).toEqual([`${LETTER}.html`]);
    expect(readRendered(LETTER)).toMatch(/^<p>\d+<\/p>$/);
    rmSync(dir, { recursive: true });
  });

  it('a build of another content folder keeps this one’s bodies; those of folders gone, and of the old layout, are removed', async () => {
    const a = copyCollection((n) => !n.startsWith(PLAN)).dir;
    const b = copyCollection((n) => !n.startsWith(LETTER)).dir;
    const { ctx } = fakeContext();
    const root = join(fileURLToPath(ctx.config.cacheDir), 'can-cu-rendered');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, `${PLAN}.html`), '<p>a body of the layout before one folder per content folder</p>');
    await syncDocuments(ctx, a, siteOf(a));
    const bodiesOfA = useRenderedDir(fileURLToPath(ctx.config.cacheDir), a);
    expect(readdirSync(bodiesOfA)).toContain(`${PLAN}.html`);
    await syncDocuments(ctx, b, siteOf(b));
    // B's build has no PLAN, yet A's body of it stays, and B's folder is another.
    expect(readdirSync(bodiesOfA)).toContain(`${PLAN}.html`);
    expect(readRendered(LETTER)).toMatch(/^<p>\d+<\/p>$/);
    expect(() => readRendered(PLAN)).toThrow(/is missing/);
    expect(existsSync(join(root, `${PLAN}.html`))).toBe(false);
    // A's content folder gone: its bodies go at the next build.
    rmSync(a, { recursive: true });
    await syncDocuments(ctx, b, siteOf(b));
    expect(existsSync(bodiesOfA)).toBe(false);
    expect(readdirSync(root)).toHaveLength(1);
    rmSync(b, { recursive: true });
  });
});
