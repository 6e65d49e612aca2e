/**
 * The original files under /ban-goc/ (src/lib/site/originals.ts): copied from the sources folder
 * into the built site once Astro has written its pages, and served from the sources folder by the
 * dev server. Not a route: at 10,000 documents a route copied 10,186 files through a Response each,
 * and an incremental build restored each from Astro's cache with its own log lines, for bytes a
 * copy moves as they are.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSiteData } from '../lib/site/collection.ts';
import { originalFiles, originalOf, originalType, sitePath } from '../lib/site/originals.ts';

const PREFIX = '/ban-goc/';
/** Copies at once: the file system's threads (four by default) are kept busy, the files are small. */
const PARALLEL = 16;

export default function originals(): AstroIntegration {
  return {
    name: 'can-cu-originals',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = originalFiles(getSiteData());
        const out = join(fileURLToPath(dir), PREFIX);
        let next = 0;
        const worker = async () => {
          for (let i = next++; i < files.length; i = next++) {
            const { file, path } = files[i]!;
            const target = join(out, file);
            await mkdir(dirname(target), { recursive: true });
            await copyFile(path, target);
          }
        };
        // A file that cannot be copied fails the build: a page would link a file that is not there.
        await Promise.all(Array.from({ length: PARALLEL }, worker));
        logger.info(`${files.length} original file(s) copied to ${PREFIX}`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          if (!url.startsWith(PREFIX)) return next();
          const file = decodeURIComponent(url.slice(PREFIX.length));
          const doc = getSiteData().documents.find((d) => sitePath(d.frontmatter.source.file) === file);
          const original = doc ? originalOf(doc.frontmatter.source) : null;
          if (!original) return next();
          res.setHeader('content-type', originalType(file));
          createReadStream(original.path).pipe(res);
        });
      },
    },
  };
}
