import { readFileSync } from 'node:fs';
import { decodeDocument } from '../src/lib/encoding/index.ts';
import { importText } from '../src/lib/import/document.ts';
import { toLines, expandColumns } from '../src/lib/import/lines.ts';
const f = process.argv[2]!;
const { text } = decodeDocument(readFileSync(f), f);
if (process.argv[3] === 'lines') { const c = toLines(text, { markdown: false }); for (const l of expandColumns(c.lines, { markdown: false }).slice(0, Number(process.argv[4] ?? 20))) console.log(l.no, JSON.stringify(l.raw)); }
const r = importText(text, { displayPath: f, sourceFile: f, stem: 'x', sha256: '', encoding: 'utf-8', markdown: f.endsWith('.md') });
for (const d of r.drafts) { const fm = d.frontmatter; console.log(JSON.stringify({ docType: fm.docType, number: fm.number, symbol: fm.symbol, year: fm.year, date: fm.date, issuer: fm.issuer, parent: fm.parentIssuer, place: fm.place, title: fm.title, signer: fm.signer, recipients: fm.recipients.slice(0, 5), nrec: fm.recipients.length }, null, 0)); }
if (process.argv.includes('probs')) for (const p of r.problems) console.log(p.line, p.field, p.message.slice(0, 100));
if (process.argv.includes('om')) for (const o of r.drafts[0]!.omissions.slice(0, 40)) console.log(o.line, o.reason, o.text.slice(0, 80));
