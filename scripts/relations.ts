/**
 * npm run --silent relations -- FILE [--issued YYYY-MM-DD]
 * Prints what FILE says of its own effect (effective date, end) and of the documents it
 * cites (thay thế, bãi bỏ, sửa đổi, bổ sung, hết hiệu lực, đình chỉ, hướng dẫn, quy định chi tiết) as JSON.
 * --issued gives the date of issue, needed for "kể từ ngày ký" and "sau 45 ngày kể từ ngày ký".
 */
import { readFileSync } from 'node:fs';
import { decodeDocument } from '../src/lib/encoding/index.ts';
import { readEffect, targetKey } from '../src/lib/citations/effect.ts';

function fail(message: string): never {
  process.stderr.write(`relations: ${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2).filter((a) => a !== '--');
let issued: string | null = null;
const at = args.indexOf('--issued');
if (at >= 0) {
  issued = args[at + 1] ?? null;
  if (!issued || !/^\d{4}-\d{2}-\d{2}$/.test(issued)) fail('--issued needs a date written YYYY-MM-DD');
  args.splice(at, 2);
}
if (args.length !== 1) fail('usage: npm run --silent relations -- FILE [--issued YYYY-MM-DD]');
const file = args[0]!;
let text: string;
try {
  text = decodeDocument(readFileSync(file), file).text;
} catch (e) {
  fail(e instanceof Error ? `${file}: ${e.message}` : `${file}: cannot read`);
}
const effect = readEffect(text, { issued });
const out = {
  effective: effect.effective && { ...effect.effective },
  ends: effect.ends,
  relations: effect.relations.map(({ target, ...r }) => ({ ...r, target: targetKey(target), targetText: target.text })),
};
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
