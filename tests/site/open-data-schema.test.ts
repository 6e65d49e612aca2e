/**
 * The open data documents itself: every record of documents.json and citations.json, built from the
 * bundled collection, fits the schema published beside it, and the schema names every field.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/site/collection.ts';
import { loadDocuments } from '../../src/lib/site/load.ts';
import { openCitations, openCitationSchema, openDataJsonSchema, openDocuments, openDocumentSchema } from '../../src/lib/site/open-data.ts';

const DIR = resolve('content/documents');
const data = buildSiteData(loadDocuments(DIR), DIR);

describe('the open data and its schema', () => {
  it('every document of documents.json fits documents.schema.json, held and cited only', () => {
    const docs = JSON.parse(JSON.stringify(openDocuments(data))) as unknown[];
    expect(docs.length).toBeGreaterThan(1000);
    for (const d of docs) expect(() => openDocumentSchema.parse(d), JSON.stringify(d).slice(0, 200)).not.toThrow();
    const kinds = new Set(docs.map((d) => (d as { held: boolean }).held));
    expect(kinds).toEqual(new Set([true, false]));
  });
  it('every citation of citations.json fits citations.schema.json', () => {
    const cits = JSON.parse(JSON.stringify(openCitations(data))) as unknown[];
    expect(cits.length).toBeGreaterThan(1000);
    for (const c of cits) expect(() => openCitationSchema.parse(c)).not.toThrow();
  });
  it('the schema is strict and describes every field, both years apart', () => {
    const schema = openDataJsonSchema(openDocumentSchema, 'documents') as {
      type: string; items: { properties: Record<string, { description?: string }>; required: string[]; additionalProperties: boolean };
    };
    expect(schema.type).toBe('array');
    expect(schema.items.additionalProperties).toBe(false);
    const props = schema.items.properties;
    expect(Object.keys(props)).toEqual(Object.keys(openDocuments(data)[0]!));
    for (const [k, v] of Object.entries(props)) expect(v.description, k).toBeTruthy();
    expect(props.symbolYear!.description).toContain('19/CT-TTg');
    // A record with a field the schema does not name is refused, not passed through.
    expect(() => openDocumentSchema.parse({ ...openDocuments(data)[0]!, year: 2021 })).toThrow();
  });
});
