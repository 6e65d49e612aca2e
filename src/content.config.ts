import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './lib/schema.ts';

const documents = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content/documents',
    // The file name is the document's stable id and URL slug.
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: documentSchema,
});

export const collections = { documents };
