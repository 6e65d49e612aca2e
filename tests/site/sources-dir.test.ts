/**
 * The bundle's manifest and the original files come from one sources folder: the one beside
 * the documents folder, so a site built from another content folder (CAN_CU_CONTENT_DIR) does
 * not offer this repository's originals or group its documents by this repository's manifest.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBundleManifest } from '../../src/lib/site/bundle.ts';
import { sourcesDir } from '../../src/lib/site/load.ts';
import { originalOf } from '../../src/lib/site/originals.ts';

const saved = { content: process.env.CAN_CU_CONTENT_DIR, sources: process.env.CAN_CU_SOURCES_DIR };
afterEach(() => {
  for (const [name, value] of [['CAN_CU_CONTENT_DIR', saved.content], ['CAN_CU_SOURCES_DIR', saved.sources]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('the sources folder', () => {
  it('is the one beside the content folder, for the manifest and the originals alike', () => {
    const root = mkdtempSync(join(tmpdir(), 'can-cu-sources-'));
    mkdirSync(join(root, 'documents'));
    mkdirSync(join(root, 'sources'));
    const text = 'KẾ HOẠCH\nmột văn bản khác\n';
    writeFileSync(join(root, 'sources', 'khac.txt'), text);
    writeFileSync(join(root, 'sources', 'README.md'), '| file | chain |\n| --- | --- |\n| khac.txt | nhom-khac, seed |\n');
    delete process.env.CAN_CU_SOURCES_DIR;
    process.env.CAN_CU_CONTENT_DIR = join(root, 'documents');

    expect(sourcesDir()).toBe(join(root, 'sources'));
    expect([...readBundleManifest()!.files.keys()]).toEqual(['khac.txt']);
    const sha256 = createHash('sha256').update(text).digest('hex');
    expect(originalOf({ file: 'khac.txt', sha256 } as never)?.path).toBe(join(root, 'sources', 'khac.txt'));

    // A bundled file's name is no original of a site built elsewhere.
    const bundled = 'dvhcvn__20250701__60-NQ_TW.txt';
    const bundledSha = createHash('sha256').update(readFileSync(join('content/sources', bundled))).digest('hex');
    expect(originalOf({ file: bundled, sha256: bundledSha } as never)).toBeNull();
  });

  it('is CAN_CU_SOURCES_DIR when it is set', () => {
    process.env.CAN_CU_CONTENT_DIR = join(tmpdir(), 'nowhere', 'documents');
    process.env.CAN_CU_SOURCES_DIR = 'content/sources';
    expect(sourcesDir()).toBe(join(process.cwd(), 'content/sources'));
    expect(readBundleManifest()!.files.has('dvhcvn__20250701__60-NQ_TW.txt')).toBe(true);
  });
});
