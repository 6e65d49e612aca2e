/**
 * The import run: expands inputs, imports each file in turn (streaming: one
 * file in memory at a time), applies overrides, refuses to overwrite hand
 * edits, writes each MDX file atomically, and keeps the import state.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { basename, extname, join, relative, resolve } from 'node:path';
import { DecodeError, decodeDocument } from '../encoding/index.ts';
import { fieldMisfits } from '../body-in-fields.ts';
import { documentSchema, type DocumentFrontmatter } from '../schema.ts';
import { ImportError, importText, type Draft } from './document.ts';
import { CONVERTED_EXT, FormatError, convertFile, originalOf, type Converted } from './formats/index.ts';
import { baseId, disambiguate } from './identity.ts';
import { applyOverride, overrideFileName, parseOverride } from './overrides.ts';
import type { Summary } from './report.ts';
import { toMdxBody, toMdxFile } from './serialize.ts';
import { loadState, saveState, sha256, type ImportState } from './state.ts';
import type { Problem } from './types.ts';
import { writeAtomic } from './write.ts';

export interface RunOptions {
  inputs: string[];
  /** Where MDX files go (default content/documents). */
  outDir: string;
  /** Override files (default content/overrides). */
  overridesDir: string;
  /** Base for `source.file` (default content/sources). */
  sourcesDir: string;
  force: boolean;
  /** Receives each problem as it is found. */
  report: (p: Problem) => void;
  /** Called after each file is committed (for a progress line). */
  progress?: (p: Progress) => void;
}

export interface Progress { filesDone: number; filesTotal: number; documents: number; errors: number; seconds: number }

export interface RunResult extends Summary {
  /** Ids written or confirmed, per source file (relative to sourcesDir). */
  ids: Map<string, string[]>;
}

const SKIP_NAMES = /^(readme|license|changelog)(\.|$)/i;
/** In a directory, only raw documents: plain text or markdown-ish text (a FILE argument is always tried). */
const DOCUMENT_EXT = /\.(txt|text|md|markdown)$/i;

/** Files to import: FILE arguments as given, DIR arguments expanded (sorted, recursive). */
export function expandInputs(inputs: readonly string[]): { file: string; root: string | null }[] {
  const out: { file: string; root: string | null }[] = [];
  for (const input of inputs) {
    const st = statSync(input);
    if (!st.isDirectory()) { out.push({ file: input, root: null }); continue; }
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        if (name.startsWith('.') || SKIP_NAMES.test(name)) continue;
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (DOCUMENT_EXT.test(name) || CONVERTED_EXT.test(name)) out.push({ file: p, root: input });
      }
    };
    walk(input);
  }
  return out;
}

export function runImport(opts: RunOptions): RunResult {
  const t0 = performance.now();
  const statePath = join(opts.outDir, '.import-state.json');
  const state: ImportState = loadState(statePath);
  const result: RunResult = { files: 0, failedFiles: 0, documents: 0, written: 0, unchanged: 0, removed: 0, warnings: 0, errors: 0, seconds: 0, ids: new Map() };
  const assigned = new Map<string, string>(); // id → source#part in this run
  const report = (p: Problem) => {
    if (p.severity === 'error') result.errors++;
    else result.warnings++;
    opts.report(p);
  };

  const files = expandInputs(opts.inputs);
  for (const { file, root } of files) {
    result.files++;
    const ok = commitFile(prepareFile(file, root, opts), opts, state, assigned, report, result);
    if (!ok) result.failedFiles++;
    opts.progress?.({ filesDone: result.files, filesTotal: files.length, documents: result.documents, errors: result.errors, seconds: (performance.now() - t0) / 1000 });
  }
  saveState(statePath, state);
  result.seconds = (performance.now() - t0) / 1000;
  return result;
}

/**
 * The same run with the per-file work spread over worker threads; results are
 * committed in input order, so ids and output are the same as `runImport`'s.
 */
export async function runImportParallel(opts: RunOptions, jobs: number, minFiles = 50): Promise<RunResult> {
  const files = expandInputs(opts.inputs);
  // Starting workers costs about a second: not worth it for a handful of files.
  if (jobs <= 1 || files.length < Math.max(minFiles, 2 * jobs)) return runImport(opts);
  const t0 = performance.now();
  const statePath = join(opts.outDir, '.import-state.json');
  const state: ImportState = loadState(statePath);
  const result: RunResult = { files: 0, failedFiles: 0, documents: 0, written: 0, unchanged: 0, removed: 0, warnings: 0, errors: 0, seconds: 0, ids: new Map() };
  const assigned = new Map<string, string>();
  const report = (p: Problem) => {
    if (p.severity === 'error') result.errors++;
    else result.warnings++;
    opts.report(p);
  };
  const pending = new Map<number, Prepared>();
  let nextToCommit = 0;
  const flush = () => {
    while (pending.has(nextToCommit)) {
      const prep = pending.get(nextToCommit)!;
      pending.delete(nextToCommit);
      result.files++;
      if (!commitFile(prep, opts, state, assigned, report, result)) result.failedFiles++;
      opts.progress?.({ filesDone: result.files, filesTotal: files.length, documents: result.documents, errors: result.errors, seconds: (performance.now() - t0) / 1000 });
      nextToCommit++;
    }
  };
  const prepOpts: PrepareOptions = { overridesDir: opts.overridesDir, sourcesDir: opts.sourcesDir };
  let nextToSend = 0;
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./worker.ts', import.meta.url)));
  try {
    await Promise.all(workers.map((w) => new Promise<void>((resolveDone, reject) => {
      const send = () => {
        // Keep the reorder buffer small: a slow file must not make the others pile up in memory.
        if (nextToSend >= files.length) { resolveDone(); return; }
        const index = nextToSend++;
        const f = files[index]!;
        w.postMessage({ index, file: f.file, root: f.root, opts: prepOpts });
      };
      w.on('message', (msg: { index: number; prepared: Prepared }) => {
        pending.set(msg.index, msg.prepared);
        flush();
        send();
      });
      w.on('error', reject);
      send();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  flush();
  saveState(statePath, state);
  result.seconds = (performance.now() - t0) / 1000;
  return result;
}

const sourceIndex = new WeakMap<ImportState, Map<string, Set<string>>>();

/** Ids per source file, built once per run from the state. */
function bySource(state: ImportState): Map<string, Set<string>> {
  let m = sourceIndex.get(state);
  if (!m) {
    m = new Map();
    for (const [id, s] of Object.entries(state.documents)) {
      if (!m.has(s.source)) m.set(s.source, new Set());
      m.get(s.source)!.add(id);
    }
    sourceIndex.set(state, m);
  }
  return m;
}

function addBySource(state: ImportState, source: string, id: string): void {
  const m = bySource(state);
  if (!m.has(source)) m.set(source, new Set());
  m.get(source)!.add(id);
}

function sourceRelative(file: string, root: string | null, sourcesDir: string): string {
  const abs = resolve(file);
  const rel = relative(resolve(sourcesDir), abs);
  if (!rel.startsWith('..') && rel !== '') return rel.split('\\').join('/');
  if (root) return relative(resolve(root), abs).split('\\').join('/');
  return basename(file);
}

/** One file read, decoded, imported and serialised: everything that does not need the rest of the collection. */
export interface Prepared {
  display: string;
  sourceFile: string;
  stem: string;
  /** Problems in the order found; the file failed if one is an error. */
  problems: Problem[];
  ok: boolean;
  docs: {
    part: number | null;
    fm: DocumentFrontmatter;
    body: string;
    identity: Draft['identity'];
    relatedParts: Draft['relatedParts'];
  }[];
}

export interface PrepareOptions {
  overridesDir: string;
  sourcesDir: string;
}

/** Pure per-file work (reads the file and its override only); runs in worker threads for large imports. */
export function prepareFile(file: string, root: string | null, opts: PrepareOptions): Prepared {
  const display = relative(process.cwd(), resolve(file)) || file;
  const sourceFile = sourceRelative(file, root, opts.sourcesDir);
  const stem = basename(file, extname(file));
  const prepared: Prepared = { display, sourceFile, stem, problems: [], ok: false, docs: [] };
  const fail = (line: number, field: string, message: string) => {
    prepared.problems.push({ file: display, line, field, message, severity: 'error' });
    return prepared;
  };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return fail(1, 'file', `cannot read: ${(e as Error).message}`);
  }
  let text: string;
  let encoding: string;
  let removedControls: { line: number; count: number }[] = [];
  // Word, PDF, web pages and scans become markdown-ish text first (formats/); text is decoded.
  let converted: Converted | null;
  try {
    converted = convertFile(file, bytes);
  } catch (e) {
    if (e instanceof FormatError) return fail(1, 'format', e.message);
    return fail(1, 'format', `unexpected failure: ${(e as Error).message}`);
  }
  try {
    if (converted) ({ text, reader: encoding } = converted);
    else ({ text, encoding, removedControls = [] } = decodeDocument(bytes, display));
  } catch (e) {
    if (e instanceof DecodeError) return fail(1, 'encoding', e.message.replace(`${display}: `, ''));
    return fail(1, 'encoding', (e as Error).message);
  }
  const ext = extname(file).toLowerCase();
  let drafts: Draft[];
  const problems: Problem[] = [];
  try {
    const r = importText(text, {
      displayPath: display, sourceFile, stem, sha256: sha256(bytes), encoding, markdown: converted !== null || ext === '.md' || ext === '.markdown' || ext === '.mdx',
    });
    drafts = r.drafts;
    if (removedControls.length > 0) {
      const n = removedControls.reduce((a, r2) => a + r2.count, 0);
      problems.push({ file: display, line: removedControls[0]!.line, field: 'encoding', severity: 'warning',
        message: `${n} stray control character${n === 1 ? '' : 's'} (NUL, form feed …, as PDF extraction leaves them) removed on line${removedControls.length === 1 ? '' : 's'} ${removedControls.slice(0, 12).map((r2) => r2.line).join(', ')}${removedControls.length > 12 ? ' …' : ''}` });
    }
    if (converted) for (const d of drafts) d.frontmatter.source.original = originalOf(converted, bytes.length);
    problems.push(...r.problems);
  } catch (e) {
    if (e instanceof ImportError) { prepared.problems.push(e.problem); return prepared; }
    return fail(1, 'body', `unexpected failure: ${(e as Error).message}`);
  }

  // Overrides, then validation.
  const finals: { draft: Draft; fm: DocumentFrontmatter }[] = [];
  for (const d of drafts) {
    const ovPath = join(opts.overridesDir, overrideFileName(stem, d.part));
    let fm: DocumentFrontmatter | null = null;
    const parsed = documentSchema.safeParse(d.frontmatter);
    if (!parsed.success) {
      for (const i of parsed.error.issues) problems.push({ file: display, line: d.frontmatter.source.lines?.[0] ?? 1, field: i.path.join('.'), message: i.message, severity: 'error' });
      continue;
    }
    fm = parsed.data;
    if (existsSync(ovPath)) {
      const ovDisplay = relative(process.cwd(), resolve(ovPath));
      const { override, problems: op } = parseOverride(readFileSync(ovPath, 'utf8'), ovDisplay);
      problems.push(...op);
      if (!override) { fm = null; continue; }
      const applied = applyOverride(fm, override);
      problems.push(...applied.problems);
      fm = applied.frontmatter;
      if (!fm) continue;
    }
    // Body text in a field is an error, after overrides (which may correct it).
    for (const m of fieldMisfits(fm)) {
      const key = String(m.path[0]) as keyof Draft['fieldLines'];
      problems.push({ file: display, line: d.fieldLines[key] ?? d.frontmatter.source.lines?.[0] ?? 1, field: m.path.join('.'), message: `body text in a field: ${m.message}; nothing of this file is written (correct it in ${overrideFileName(stem, d.part)} under ${opts.overridesDir} if the reading is wrong)`, severity: 'error' });
    }
    finals.push({ draft: d, fm });
  }
  const hasError = problems.some((p) => p.severity === 'error');
  // Warnings answered by an override are not repeated.
  for (const p of problems) {
    if (p.severity === 'warning' && finals.some((f) => f.fm.corrections.some((c) => c.field === p.field))) continue;
    prepared.problems.push(p);
  }
  if (hasError || finals.length !== drafts.length) return prepared;
  prepared.ok = true;
  prepared.docs = finals.map(({ draft, fm }) => ({
    part: draft.part, fm, body: toMdxBody(draft.tree), identity: draft.identity, relatedParts: draft.relatedParts,
  }));
  return prepared;
}

/** Ids, refusals and writes for one prepared file, in input order. */
function commitFile(
  prep: Prepared, opts: RunOptions, state: ImportState, assigned: Map<string, string>,
  report: (p: Problem) => void, result: RunResult,
): boolean {
  for (const p of prep.problems) report(p);
  if (!prep.ok) return false;
  const { display, sourceFile, stem } = prep;
  const finals = prep.docs.map((d) => ({ draft: d, fm: d.fm }));

  // Ids: stable for the same source and part, unique across the collection.
  const key = (part: number | null) => `${sourceFile}#${part ?? 0}`;
  const ids: string[] = [];
  for (const { draft, fm } of finals) {
    const identity = { ...draft.identity, docType: fm.docType, number: fm.number, symbol: fm.symbol, date: fm.date, issuer: fm.issuer, title: fm.title };
    const k = key(draft.part);
    const taken = (id: string) => {
      const a = assigned.get(id);
      if (a !== undefined) return a !== k;
      const s = state.documents[id];
      return s !== undefined && `${s.source}#${s.part ?? 0}` !== k;
    };
    const id = disambiguate(baseId(identity), identity, taken);
    if (id !== baseId(identity)) {
      report({ file: display, line: fm.source.lines?.[0] ?? 1, field: 'id', message: `another document already has the id ${baseId(identity)} (same type, number, symbol, year and issuer); this one is ${id}`, severity: 'warning' });
    }
    assigned.set(id, k);
    ids.push(id);
  }
  for (const [n, { draft, fm }] of finals.entries()) {
    fm.related = draft.relatedParts.map((r) => ({ rel: r.rel, id: ids[r.part]! }));
    void n;
  }

  // Refuse to overwrite hand edits; nothing of this file is written if one is refused.
  const outputs = finals.map(({ draft, fm }, n) => {
    const id = ids[n]!;
    const mdx = toMdxFile(fm, draft.body);
    return { id, path: join(opts.outDir, `${id}.mdx`), mdx, part: draft.part };
  });
  let refused = false;
  for (const o of outputs) {
    if (!existsSync(o.path) || opts.force) continue;
    const current = readFileSync(o.path);
    const known = state.documents[o.id];
    const currentHash = sha256(current);
    if (known && known.sha256 === currentHash) continue;
    if (currentHash === sha256(o.mdx)) continue;
    refused = true;
    report({
      file: relative(process.cwd(), resolve(o.path)), line: 1, field: 'file', severity: 'error',
      message: known
        ? `edited by hand since the importer wrote it; move the change to ${join(opts.overridesDir, overrideFileName(stem, o.part))} (see docs/IMPORTING.md) or rerun with --force to overwrite it`
        : `exists but was not written by the importer; move it away, put corrections in ${join(opts.overridesDir, overrideFileName(stem, o.part))}, or rerun with --force`,
    });
  }
  if (refused) return false;

  for (const o of outputs) {
    const existing = existsSync(o.path) ? readFileSync(o.path, 'utf8') : null;
    if (existing === o.mdx) result.unchanged++;
    else { writeAtomic(o.path, o.mdx); result.written++; }
    state.documents[o.id] = { sha256: sha256(o.mdx), source: sourceFile, part: o.part };
    addBySource(state, sourceFile, o.id);
    result.documents++;
  }
  // Documents this source produced before but not now (e.g. its number was corrected).
  const now = new Set(outputs.map((o) => o.id));
  for (const id of bySource(state).get(sourceFile) ?? []) {
    const s = state.documents[id];
    if (!s || s.source !== sourceFile || now.has(id)) continue;
    const p = join(opts.outDir, `${id}.mdx`);
    if (existsSync(p) && sha256(readFileSync(p)) !== s.sha256 && !opts.force) {
      report({ file: relative(process.cwd(), resolve(p)), line: 1, field: 'file', severity: 'warning', message: `no longer produced by ${sourceFile} but edited by hand: left in place` });
      continue;
    }
    rmSync(p, { force: true });
    delete state.documents[id];
    result.removed++;
  }
  result.ids.set(sourceFile, outputs.map((o) => o.id));
  return true;
}
