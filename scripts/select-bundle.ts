/**
 * npm run bundle:select -- [--corpus ../shared/corpus-real] [--out content/sources] [--dry-run] [--keep | --imported DIR]
 *
 * Chooses the bundled collection (about 200 real documents) from the real
 * corpus by its citation graph, copies the files unchanged into
 * content/sources/ as `<source-folder>__<file>` and writes
 * content/sources/README.md with each file's provenance and the chain it
 * belongs to. Rerunnable: the same corpus gives the same choice; bundled files
 * no longer chosen are removed, the corpus files of the project (names without
 * "__") are left alone.
 *
 * Each chain starts from seed documents and grows greedily: the next document
 * is the one of the chain's pool with the most citation edges (either way) to
 * documents already chosen, ties to a full header, then a moderate length.
 * A document with no edge to the chosen set is never added, so every grown
 * document cites or is cited by another bundled one.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSiteData, type HeldDocument } from '../src/lib/site/collection.ts';
import { scanDocuments } from '../src/lib/site/load.ts';
import { labelled, numberSymbol } from '../src/lib/site/format.ts';
import { readIndex, type IndexEntry } from './bundle/corpus-index.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus-real' },
    out: { type: 'string', default: 'content/sources' },
    'dry-run': { type: 'boolean', default: false },
    /** A folder a previous run imported into (its `documents/`), to choose again without importing. */
    imported: { type: 'string' },
    /** Keep the temporary import (its path is printed) for --imported. */
    keep: { type: 'boolean', default: false },
  },
});
const corpus = resolve(values.corpus);
const out = resolve(values.out);
if (!existsSync(join(corpus, 'index.jsonl'))) {
  process.stderr.write(`bundle:select: ${join(corpus, 'index.jsonl')}: not found (give the real corpus with --corpus DIR)\n`);
  process.exit(2);
}

/** Longest text a grown document may have (characters): the bundled site must build in about two minutes. */
const MAX_CHARS = 110_000;
/** Longest seed: the Law on Tax Administration is the hub of its chain. */
const MAX_SEED_CHARS = 210_000;
const MIN_CHARS = 1_500;
/** Laws of the "laws and their detailing texts" chain, and detailing texts per law. */
const LAWS = 13;
const PER_LAW = 9;

/** One source file of the corpus and the document(s) the importer read in it. */
interface CorpusNode {
  entry: IndexEntry;
  docs: HeldDocument[];
}

interface Chain {
  key: string;
  /** Vietnamese label for the README. */
  label: string;
  why: string;
  budget: number;
  seeds: (n: CorpusNode) => boolean;
  pool: (n: CorpusNode, chosen: Map<string, Choice>) => boolean;
}

interface Choice {
  node: CorpusNode;
  chain: string;
  seed: boolean;
  edges: number;
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'D').toUpperCase().replace(/[^A-Z0-9/]/g, '');
/** Whether the importer read `number` ("38/2019/QH14", "60-NQ/TW") as the number of one of the file's documents. */
const numbered = (n: CorpusNode, number: string) =>
  n.docs.some(({ frontmatter: f }) => {
    if (!f.number || !f.symbol) return false;
    // The source's index may write the number as the document does or with the year of issue in it.
    const issued = f.date?.slice(0, 4);
    return [numberSymbol(labelled(f)), `${f.number}/${f.symbol}`, `${f.number}-${f.symbol}`, `${f.number}/${issued}/${f.symbol}`].some((w) => w !== null && fold(w) === fold(number));
  });
const isTax = (e: IndexEntry) =>
  /^(teije05-art__PJJ-Parallel-DEV|hongquantq92__hddtvn)\//.test(e.file) || /thuế|hóa đơn|hoá đơn/i.test(e.title ?? '');
const docType = (n: CorpusNode) => n.docs[0]!.frontmatter.docType;
const year = (n: CorpusNode) => Number(n.docs[0]!.frontmatter.date?.slice(0, 4) ?? n.entry.year ?? 0);

const chains: Chain[] = [
  {
    key: 'sap-xep-dvhc-2025',
    label: 'Sắp xếp đơn vị hành chính 2025',
    why:
      'Nghị quyết 60-NQ/TW, các Nghị quyết của Ủy ban Thường vụ Quốc hội sắp xếp đơn vị hành chính cấp xã năm 2025 (dvhcvn__20250701) và văn bản 2025–2026 dẫn chiếu chúng. ' +
      'Các văn bản chúng căn cứ (Nghị quyết 202/2025/QH15, 203/2025/QH15, 76/2025/UBTVQH15, Luật 72/2025/QH15) không có trong kho: chúng nối với nhau qua các trang văn bản chỉ được dẫn chiếu',
    budget: 52,
    seeds: (n) => n.entry.file.startsWith('dvhcvn__20250701/'),
    pool: (n) => year(n) >= 2025,
  },
  {
    key: 'quan-ly-thue',
    label: 'Quản lý thuế',
    why: 'Luật Quản lý thuế 38/2019/QH14, luật thuế, nghị định và thông tư hướng dẫn, công văn của Bộ Tài chính, Tổng cục Thuế, Cục Thuế áp dụng chúng',
    budget: 85,
    seeds: (n) => numbered(n, '38/2019/QH14'),
    pool: (n) => isTax(n.entry) || [...citesOf.get(n)!].some((t) => numbered(t, '38/2019/QH14')),
  },
  {
    key: 'hop-nhat',
    label: 'Văn bản hợp nhất',
    why: 'văn bản hợp nhất (Luật thuế tiêu thụ đặc biệt, Luật thuế thu nhập cá nhân, thông tư về lao động) cùng các văn bản được hợp nhất',
    budget: 22,
    // The corpus index's numbers: the importer does not read a consolidated text's number yet (it stands in the closing block).
    seeds: (n) => ['111/VBHN-VPQH', '112/VBHN-VPQH', '466/VBHN-BLDTBXH', '468/VBHN-BLDTBXH'].includes(n.entry.number_norm ?? ''),
    pool: (n, chosen) =>
      [...citedBy.get(n)!].some((c) => chosen.get(c.entry.file)?.chain === 'hop-nhat') || /hợp nhất/i.test(n.entry.doc_type ?? ''),
  },
  {
    key: 'luat-va-van-ban-huong-dan',
    label: 'Luật và văn bản quy định chi tiết',
    why: 'luật cùng nghị định, thông tư quy định chi tiết và hướng dẫn thi hành',
    budget: 100,
    // The laws most cited by the remaining documents, chosen below.
    seeds: () => false,
    pool: () => true,
  },
];

const t0 = Date.now();
const index = readIndex(corpus);
const eligible = index.filter(
  (e) => !e.draft && e.tier !== 'B' && e.chars >= MIN_CHARS && e.chars <= MAX_SEED_CHARS && existsSync(join(corpus, e.file)),
);
const bundledName = (e: IndexEntry) => e.file.replace('/', '__');

// The graph the site will show: every eligible file imported by the project's
// importer (into a temporary folder) and resolved by the site's own resolver,
// so that an edge here is a link on a page, not a guess from the corpus index.
const work = values.imported ? resolve(values.imported) : mkdtempSync(join(tmpdir(), 'can-cu-bundle-'));
const staged = join(work, 'sources');
const imported = join(work, 'documents');
if (!values.imported) {
  mkdirSync(staged, { recursive: true });
  for (const e of eligible) symlinkSync(join(corpus, e.file), join(staged, bundledName(e)));
  process.stderr.write(`bundle:select: importing ${eligible.length} of ${index.length} documents of ${corpus} into ${work} (a few minutes) …\n`);
  const run = spawnSync(
    'npm',
    ['run', '--silent', 'import', '--', '--quiet', '--force', '--out', imported, '--sources', staged, '--overrides', join(work, 'no-overrides'), staged],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  process.stderr.write(`bundle:select: ${run.stderr.trim().split('\n').pop() ?? ''}\n`);
  if (!existsSync(imported)) {
    process.stderr.write(`bundle:select: the import wrote nothing (exit ${run.status})\n`);
    process.exit(1);
  }
}
const scan = scanDocuments(imported);
const site = buildSiteData(scan.documents, imported);
if (!values.imported) {
  if (values.keep) process.stderr.write(`bundle:select: import kept in ${work} (rerun with --imported ${work})\n`);
  else rmSync(work, { recursive: true, force: true });
}
process.stderr.write(`bundle:select: ${site.documents.length} documents imported and cited in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);

// One node per source file (a file holding several documents is one node: it is bundled whole).
const entryByName = new Map(eligible.map((e) => [bundledName(e), e]));
const nodeOfDoc = new Map<string, CorpusNode>();
const nodeByFile = new Map<string, CorpusNode>();
for (const d of site.documents) {
  const entry = entryByName.get(basename(d.frontmatter.source.file));
  if (!entry) continue;
  let node = nodeByFile.get(entry.file);
  if (!node) {
    node = { entry, docs: [] };
    nodeByFile.set(entry.file, node);
  }
  node.docs.push(d);
  nodeOfDoc.set(d.id, node);
}
const all = [...nodeByFile.values()];
const citesOf = new Map<CorpusNode, Set<CorpusNode>>(all.map((n) => [n, new Set()]));
const citedBy = new Map<CorpusNode, Set<CorpusNode>>(all.map((n) => [n, new Set()]));
for (const r of site.graph.citations) {
  if (r.toKind !== 'held' || !r.to) continue;
  const from = nodeOfDoc.get(r.from);
  const to = nodeOfDoc.get(r.to);
  if (!from || !to || from === to) continue;
  citesOf.get(from)!.add(to);
  citedBy.get(to)!.add(from);
}
// The same text from two sources: keep the one with a full header, then the longer.
const identity = (n: CorpusNode) => {
  const f = n.docs[0]!.frontmatter;
  return f.number && f.symbol ? `${f.docType}|${f.number}|${f.symbol}|${f.date?.slice(0, 4) ?? ''}` : n.entry.file;
};
const better = (a: CorpusNode, b: CorpusNode) =>
  Number(b.entry.has_full_header) - Number(a.entry.has_full_header) || b.entry.chars - a.entry.chars || (a.entry.file < b.entry.file ? -1 : 1);
const kept = new Map<string, CorpusNode>();
for (const n of [...all].sort(better)) if (!kept.has(identity(n))) kept.set(identity(n), n);
const nodes = [...kept.values()].sort((a, b) => (a.entry.file < b.entry.file ? -1 : 1));
const alive = new Set(nodes);
const neighbours = (n: CorpusNode) => new Set([...citesOf.get(n)!, ...citedBy.get(n)!].filter((m) => alive.has(m)));

const chosen = new Map<string, Choice>();
/**
 * The importer and the corpus index agree on the number and the year, where both give them. An
 * OCR'd letter whose header is unreadable can otherwise come out as the circular it cites (a
 * company's letter read as "Thông tư 80/2021/TT-BTC" dated 2027), and would then take that
 * circular's citations; the index is wrong sometimes too (a law listed under 203/2025/QH15).
 */
const confirmed = (n: CorpusNode) => {
  const f = n.docs[0]!.frontmatter;
  const e = n.entry;
  if (e.number_norm && f.number && !numbered(n, e.number_norm)) return false;
  if (e.date && f.date && e.date.slice(0, 4) !== f.date.slice(0, 4)) return false;
  // A date after today is an OCR error ("2027" for "2022").
  if (f.date && f.date > new Date().toISOString().slice(0, 10)) return false;
  return true;
};
/**
 * OCR of scanned letters (the tax library's PDFs) is left out: the importer keeps their issuer as
 * the OCR spelled it ("Chính Phu", "Tong Cục Thuê"), so citations of those documents do not
 * resolve to them and the pages show misspelt issuers. Word conversions and Công báo text stay.
 */
const ocr = (e: IndexEntry) => e.text_origin === 'repo markdown converted from pdf';
// A header-less text rarely gives its own number; a Tờ trình is kept for what it cites.
const growable = (n: CorpusNode) =>
  (n.entry.has_full_header || n.docs[0]!.frontmatter.docType === 'Tờ trình') &&
  n.entry.chars <= MAX_CHARS &&
  !ocr(n.entry) &&
  confirmed(n) &&
  // A file the importer refuses has no document at all; one read with an empty body shows nothing.
  n.docs.every((d) => d.text.trim().length > 0);
/** Closer to 20,000 characters is better: long enough to have a structure, short enough to build fast. */
const lengthCost = (n: CorpusNode) => Math.abs(Math.log(n.entry.chars / 20_000));

for (const chain of chains) {
  if (chain.key === 'luat-va-van-ban-huong-dan') {
    // Laws most cited by documents not chosen yet (decrees, circulars detailing them).
    const laws = nodes
      .filter((n) => !chosen.has(n.entry.file) && docType(n) === 'Luật' && growable(n) && !isTax(n.entry))
      .map((n) => ({ n, detail: [...citedBy.get(n)!].filter((d) => alive.has(d) && !chosen.has(d.entry.file) && growable(d) && /Nghị định|Thông tư/.test(docType(d))).length }))
      .sort((a, b) => b.detail - a.detail || (a.n.entry.file < b.n.entry.file ? -1 : 1))
      .slice(0, LAWS);
    for (const { n } of laws) chosen.set(n.entry.file, { node: n, chain: chain.key, seed: true, edges: 0 });
    const lawSet = new Set(laws.map((l) => l.n));
    // A few documents per law, so that one prolific ministry does not fill the chain.
    const detailing = (law: CorpusNode) => [...citedBy.get(law)!].filter((d) => chosen.get(d.entry.file)?.chain === chain.key).length;
    chain.pool = (n) =>
      /Nghị định|Thông tư|Quyết định/.test(docType(n)) && [...citesOf.get(n)!].some((t) => lawSet.has(t) && detailing(t) < PER_LAW);
  } else {
    for (const n of nodes.filter(chain.seeds)) chosen.set(n.entry.file, { node: n, chain: chain.key, seed: true, edges: 0 });
  }
  let count = [...chosen.values()].filter((c) => c.chain === chain.key).length;
  const chosenNodes = () => new Set([...chosen.values()].map((c) => c.node));
  while (count < chain.budget) {
    const inSet = chosenNodes();
    let best: { n: CorpusNode; edges: number } | null = null;
    for (const n of nodes) {
      if (chosen.has(n.entry.file) || !growable(n) || !chain.pool(n, chosen)) continue;
      let edges = 0;
      for (const m of neighbours(n)) if (inSet.has(m)) edges++;
      if (edges === 0) continue;
      if (
        !best ||
        edges > best.edges ||
        (edges === best.edges && (lengthCost(n) < lengthCost(best.n) || (lengthCost(n) === lengthCost(best.n) && n.entry.file < best.n.entry.file)))
      ) {
        best = { n, edges };
      }
    }
    if (!best) break;
    chosen.set(best.n.entry.file, { node: best.n, chain: chain.key, seed: false, edges: best.edges });
    count++;
  }
}

const choices = [...chosen.values()];
const set = new Set(choices.map((c) => c.node));
const linked = choices.filter((c) => [...neighbours(c.node)].some((m) => set.has(m))).length;
const chars = choices.reduce((s, c) => s + c.node.entry.chars, 0);
for (const chain of chains) {
  const of = choices.filter((c) => c.chain === chain.key);
  process.stderr.write(`  ${chain.key}: ${of.length} documents (${of.filter((c) => c.seed).length} seeds)\n`);
}
process.stderr.write(
  `bundle:select: ${choices.length} documents, ${(chars / 1e6).toFixed(2)} M characters; ` +
    `${linked} (${((100 * linked) / choices.length).toFixed(1)} %) cite or are cited by another chosen document (within the imported candidates)\n`,
);
if (values['dry-run']) process.exit(0);

const wanted = new Set(choices.map((c) => bundledName(c.node.entry)));
for (const name of readdirSync(out)) if (name.includes('__') && !wanted.has(name)) rmSync(join(out, name));
for (const c of choices) copyFileSync(join(corpus, c.node.entry.file), join(out, bundledName(c.node.entry)));

const cell = (s: string | null | undefined) => (s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const lines: string[] = [
  '# content/sources: the bundled collection',
  '',
  'Raw documents that `npm run import` turns into the pages of the site (`content/documents/`).',
  '',
  '- The five corpus files (names without `__`): Party and local plans typed or received by the',
  '  project, the fixtures the tests read line by line.',
  `- ${choices.length} real published documents (names \`<source-folder>__<file>\`), copied unchanged from the`,
  '  real corpus (`../shared/corpus-real/`, its `index.jsonl` gives the fields below) by',
  '  `npm run bundle:select`, which chooses them by their citation graph so that the site has real',
  '  chains to follow: which decrees detail a law, which letters apply a circular, which resolutions',
  '  carry out the reorganisation of 2025, what a consolidated text consolidates. Rerun it to',
  '  rebuild this folder and this file from the corpus.',
  '',
  'Left out on purpose: drafts, texts rebuilt from JSON without a header, OCR of scanned letters',
  '(the importer keeps their issuer as the OCR spelled it, so citations of them do not resolve), texts over',
  `${MAX_CHARS.toLocaleString('en-US')} characters (${MAX_SEED_CHARS.toLocaleString('en-US')} for a chain's seed), and texts whose number or year the importer and the corpus index`,
  'disagree on (one letter came out as the circular it cites; one law is indexed under another number).',
  '',
  'Legal note: Vietnam\'s Law on Intellectual Property (art. 15) excludes legal normative documents and',
  'administrative documents from copyright protection; the source repositories\' licences cover only',
  'their packaging.',
  '',
  '## Chains',
  '',
  '| chain | documents | what |',
  '| --- | --- | --- |',
  ...chains.map((ch) => `| ${ch.label} (\`${ch.key}\`) | ${choices.filter((c) => c.chain === ch.key).length} | ${cell(ch.why)} |`),
  '',
  `${linked} of the ${choices.length} (${((100 * linked) / choices.length).toFixed(0)} %) cite or are cited by another of them as the site resolves citations`,
  '(measured among all candidates imported together; `npm run stats` measures the bundled collection itself).',
  '',
  '## Files',
  '',
  'Chain: the chain and whether the document started it (seed) or was added for its citation edges',
  '(the number of edges to documents chosen before it).',
  '',
  '| file | type | number | date | chain | source repository | commit | path |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...choices
    .sort((a, b) => (bundledName(a.node.entry) < bundledName(b.node.entry) ? -1 : 1))
    .map((c) => {
      const e = c.node.entry;
      return `| ${cell(bundledName(e))} | ${cell(e.doc_type)} | ${cell(e.number_norm)} | ${cell(e.date)} | ${c.chain}, ${c.seed ? 'seed' : `${c.edges} edge${c.edges === 1 ? '' : 's'}`} | ${cell(e.source_repo)} | ${e.source_commit} | ${cell(e.source_path)} |`;
    }),
  '',
];
writeFileSync(join(out, 'README.md'), lines.join('\n'));
process.stderr.write(`bundle:select: ${choices.length} files copied to ${out}, README.md written\n`);
