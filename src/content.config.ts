import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './lib/schema.ts';
import { collectionPatterns, contentDir } from './lib/site/load.ts';

const documents = defineCollection({
  loader: glob({
    // Files whose frontmatter does not validate are left out (and reported), so one bad
    // document never stops the rest of the collection from building.
    pattern: collectionPatterns(),
    // CAN_CU_CONTENT_DIR points a build at another set of documents (test fixtures, generated corpora).
    base: contentDir(),
    // The file name is the document's stable id and URL slug.
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: documentSchema,
});

export const collections = { documents };
