// dev only: compare importer header facts with corpus-real metadata
import { readFileSync } from 'node:fs';
import { decodeDocument } from '../src/lib/encoding/index.ts';
import { importText } from '../src/lib/import/document.ts';
const root = '../shared/corpus-real/';
const rows = readFileSync(root + 'index.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const only = process.argv[2];
const out: any[] = [];
const norm = (s: string | null) => (s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'D').replace(/\s+/g, '').toUpperCase().replace(/С/g, 'C').replace(/Р/g, 'P');
const stat: Record<string, Record<string, [number, number]>> = {};
const add = (src: string, f: string, ok: boolean) => { const s = (stat[src] ??= {}); const c = (s[f] ??= [0, 0]); c[1]++; if (ok) c[0]++; };
let n = 0;
for (const r of rows) {
  if (only && !r.file.includes(only)) continue;
  n++;
  const src = r.file.split('/')[0];
  let fm: any = null; let err = '';
  try {
    const bytes = readFileSync(root + r.file);
    const { text } = decodeDocument(bytes, r.file);
    const res = importText(text, { displayPath: r.file, sourceFile: r.file, stem: 'x', sha256: '', encoding: 'utf-8', markdown: false });
    fm = res.drafts[0]!.frontmatter;
  } catch (e) { err = String(e).slice(0, 100); }
  const gotNum = fm?.number ? `${fm.number}/${fm.year ? fm.year + '/' : ''}${fm.symbol}` : '';
  const gotNum2 = fm?.number ? (fm.symbol.includes('/') && !fm.year ? `${fm.number}-${fm.symbol}` : gotNum) : '';
  if (r.number_norm && !r.draft) add(src, 'number', norm(gotNum) === norm(r.number_norm) || norm(gotNum2) === norm(r.number_norm));
  if (r.doc_type) add(src, 'type', (fm?.docType ?? '').toLowerCase() === r.doc_type.toLowerCase());
  if (r.date) add(src, 'date', fm?.date === r.date);
  out.push({ file: r.file, want: [r.number_norm, r.doc_type, r.date], got: [gotNum2, fm?.docType, fm?.date], err, title: fm?.title?.slice(0, 80), issuer: fm?.issuer, signer: fm?.signer?.name });
}
const tot: Record<string, [number, number]> = {};
for (const [src, s] of Object.entries(stat)) {
  console.log(src.padEnd(48), Object.entries(s).map(([f, [a, b]]) => { (tot[f] ??= [0, 0]); tot[f][0] += a; tot[f][1] += b; return `${f} ${(a / b * 100).toFixed(0)}% (${b})`; }).join('  '));
}
console.log('TOTAL'.padEnd(48), Object.entries(tot).map(([f, [a, b]]) => `${f} ${(a / b * 100).toFixed(1)}% (${b})`).join('  '));
import { writeFileSync } from 'node:fs';
writeFileSync('/work/dev/real-out.jsonl', out.map((o) => JSON.stringify(o)).join('\n'));
