/**
 * Realistic generated documents (the project's generator, with its own record
 * of each document's facts): the importer finds every document and most facts.
 * Thresholds sit a little under what the importer measures today, so a
 * regression fails; what it misses is listed by field on failure.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/lib/generate/index.ts';
import { importInto, readAll, tempDir, type ReadDocument } from './helpers.ts';

interface Truth { file: string; part: number | null; [k: string]: unknown }

const FIELDS: [string, number][] = [
  ['docType', 0.97], ['number', 0.95], ['symbol', 0.95], ['year', 0.97], ['date', 0.95], ['place', 0.93],
  ['title', 0.9], ['level', 0.9], ['locality.commune', 0.93], ['locality.district', 0.8], ['issuer', 0.7],
  ['signer.name', 0.98], ['signer.capacity', 0.98], ['recipients', 0.95],
];

const get = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((a, k) => (a as Record<string, unknown> | null)?.[k], o);

let truths: Truth[];
let byKey: Map<string, ReadDocument>;
let failedFiles: number;

beforeAll(() => {
  const dir = tempDir('gen-in');
  const out = tempDir('gen-out');
  truths = [];
  for (const f of generateCorpus({ seed: 7, count: 150 })) {
    writeFileSync(join(dir, f.file), f.text);
    truths.push(...(f.documents as unknown as Truth[]));
  }
  const r = importInto([dir], out, { sourcesDir: dir, overridesDir: tempDir('gen-ov') });
  failedFiles = r.failedFiles;
  byKey = new Map([...readAll(out).values()].map((d) => [`${d.frontmatter.source.file}#${d.frontmatter.source.part ?? 0}`, d]));
}, 120_000);

describe('generated documents', () => {
  it('imports every file and finds every document', () => {
    expect(failedFiles).toBe(0);
    const missing = truths.filter((t) => !byKey.has(`${t.file}#${t.part ?? 0}`)).map((t) => `${t.file}#${t.part}`);
    expect(missing).toEqual([]);
  });

  for (const [field, min] of FIELDS) {
    it(`${field}: at least ${Math.round(min * 100)}% as the generator recorded it`, () => {
      const wrong: string[] = [];
      for (const t of truths) {
        const d = byKey.get(`${t.file}#${t.part ?? 0}`);
        if (!d) continue;
        const want = JSON.stringify(get(t, field) ?? null);
        const got = JSON.stringify(get(d.frontmatter, field) ?? null);
        if (want !== got) wrong.push(`${t.file}: want ${want}, got ${got}`);
      }
      const rate = 1 - wrong.length / truths.length;
      expect(rate, wrong.slice(0, 10).join('\n')).toBeGreaterThanOrEqual(min);
    });
  }
});
