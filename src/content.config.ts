import { defineCollection } from 'astro:content';
import { documentSchema } from './lib/schema.ts';
import { documentsLoader } from './loaders/documents.ts';

const documents = defineCollection({
  // Reads content/documents/*.mdx (or CAN_CU_CONTENT_DIR); a file whose frontmatter does
  // not validate is left out and reported, so one bad document never stops the build.
  loader: documentsLoader(),
  schema: documentSchema,
});

export const collections = { documents };
