/**
 * npx node scripts/bench/import-accuracy.ts CONTENT_DIR MANIFEST
 *
 * Compares what the importer wrote (frontmatter of CONTENT_DIR/*.mdx) with the
 * identity the generator meant for each document, and prints JSON: documents
 * found, and per-field accuracy. A document whose first page is missing
 * (quirk headerMissing) is expected to have no number, date or title.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import type { ManifestDocument } from '../../src/lib/generate/index.ts';
import { looseSymbol, norm, pct, readManifest } from './manifest.ts';

interface Front {
  docType?: string;
  number?: string | null;
  symbol?: string | null;
  year?: number | null;
  issuer?: string | null;
  date?: string | null;
  title?: string | null;
  signer?: { name?: string | null };
  source?: { file?: string; part?: number | null };
}

const [contentDir, manifestPath] = process.argv.slice(2);
if (!contentDir || !manifestPath) {
  process.stderr.write('usage: import-accuracy.ts CONTENT_DIR MANIFEST\n');
  process.exit(2);
}
const manifest = readManifest(manifestPath);
const imported = new Map<string, Front>();
for (const f of readdirSync(contentDir)) {
  if (!f.endsWith('.mdx')) continue;
  // The one reader of the fences (a byte order mark, CRLF), as the site and `npm run check` read them.
  const { yaml } = splitFrontmatter(readFileSync(join(contentDir, f), 'utf8'));
  if (yaml === null) continue;
  const fm = parse(yaml) as Front;
  const file = fm.source?.file ?? '';
  imported.set(`${file.split('/').pop()}#${fm.source?.part ?? ''}`, fm);
}

const fields: Record<string, [number, number]> = {};
const wrong: Record<string, string[]> = {};
const check = (name: string, ok: boolean, example: string) => {
  const f = fields[name] ?? [0, 0];
  f[0] += ok ? 1 : 0;
  f[1]++;
  fields[name] = f;
  if (!ok) (wrong[name] ??= []).length < 5 && wrong[name]!.push(example);
};
const title = (s: string | null | undefined) => norm(s).replace(/^V\/v\s*/i, '').replace(/[*_]/g, '');

let found = 0;
for (const d of manifest.documents as ManifestDocument[]) {
  const fm = imported.get(`${d.file}#${d.part ?? ''}`) ?? (d.part === 1 || d.part === null ? imported.get(`${d.file}#1`) ?? imported.get(`${d.file}#`) : undefined);
  if (!fm) {
    check('found', false, d.file);
    continue;
  }
  found++;
  check('found', true, d.file);
  const lost = d.quirks.includes('headerMissing');
  const ex = (got: unknown, want: unknown) => `${d.file}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`;
  check('docType', fm.docType === d.docType, ex(fm.docType, d.docType));
  check('number', (fm.number ?? null) === (lost ? null : d.number), ex(fm.number, lost ? null : d.number));
  check('symbol', looseSymbol(fm.symbol) === looseSymbol(lost ? null : d.symbol), ex(fm.symbol, d.symbol));
  check('year', (fm.year ?? null) === (lost ? null : d.year), ex(fm.year, d.year));
  check('date', (fm.date ?? null) === (lost ? null : d.date), ex(fm.date, lost ? null : d.date));
  // A Party header names the committee ("TỈNH ỦY BẮC KẠN") and the signature its standing
  // committee ("T/M BAN THƯỜNG VỤ"): either reading of the issuer is accepted.
  const issuerKey = (s: string | null | undefined) => norm(s).replace(/^Ban Thường vụ /, '');
  check('issuer', issuerKey(fm.issuer) === issuerKey(d.issuer), ex(fm.issuer, d.issuer));
  if (!lost) check('title', title(fm.title) === title(d.title), ex(fm.title, d.title));
  check('signer', norm(fm.signer?.name) === norm(d.signer.name), ex(fm.signer?.name, d.signer.name));
}

process.stdout.write(
  `${JSON.stringify({
    expected: manifest.documents.length,
    imported: imported.size,
    found,
    fields: Object.fromEntries(Object.entries(fields).map(([k, [ok, n]]) => [k, pct(ok, n)])),
    wrong,
  })}\n`,
);
