/**
 * npm run --silent cite -- FILE
 * Prints the citations of FILE as a JSON array, offsets into FILE's text as read.
 */
import { readFileSync } from 'node:fs';
import { decodeDocument } from '../src/lib/encoding/index.ts';
import { extractCitations } from '../src/lib/citations/index.ts';

function fail(message: string): never {
  process.stderr.write(`cite: ${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length !== 1) fail('usage: npm run --silent cite -- FILE');
const file = args[0]!;

let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  fail(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message})`);
}

let text: string;
try {
  const decoded = decodeDocument(bytes, file);
  // The decoder drops a BOM; offsets count it because it was read (UTF-8 or UTF-16 either way).
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (/^utf-?16/i.test(decoded.encoding) && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)));
  text = (hasBom ? '\uFEFF' : '') + decoded.text;
} catch (e) {
  fail(e instanceof Error ? e.message : `${file}: cannot decode`);
}

const out = extractCitations(text).map((c) => ({
  start: c.start,
  end: c.end,
  text: c.text,
  form: c.form,
  docType: c.docType,
  number: c.number,
  year: c.year,
  symbol: c.symbol,
  date: c.date,
  issuer: c.issuer,
  name: c.name ?? null,
  title: c.title ?? null,
  pinpoint: c.pinpoint ?? null,
  relation: c.relation ?? 'cites',
  refersTo: c.form === 'short' ? c.refersTo : null,
}));
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
