/**
 * Loading the labelled fixtures (tests/fixtures/citations/NAME + NAME.labels.json)
 * for the evaluation script and its test. Node-only; not part of the site bundle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDocument } from '../encoding/index.ts';
import { LabelError, locateLabels, type Label, type LocatedLabel } from './evaluate.ts';

export interface Fixture {
  name: string;
  raw: string;
  labels: LocatedLabel[];
}

export function loadFixtures(dir: string): Fixture[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort();
  if (files.length === 0) throw new LabelError(`${dir}: no *.labels.json fixtures`);
  return files.map((lf) => {
    const name = lf.slice(0, -'.labels.json'.length);
    const raw = decodeDocument(readFileSync(join(dir, name)), name).text;
    let parsed: { citations?: Label[] };
    try {
      parsed = JSON.parse(readFileSync(join(dir, lf), 'utf8')) as { citations?: Label[] };
    } catch (e) {
      throw new LabelError(`${lf}: invalid JSON: ${(e as Error).message}`);
    }
    if (!Array.isArray(parsed.citations)) throw new LabelError(`${lf}: field "citations" must be an array`);
    return { name, raw, labels: locateLabels(raw, parsed.citations, lf) };
  });
}
