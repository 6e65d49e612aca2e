/**
 * Scoring what documents say of their effect and of other documents
 * (effect.ts) against hand labels: tests/fixtures/relations/{dev,holdout}/NAME
 * with NAME.labels.json beside it.
 *
 * A relation matches a label when the kind and the target document are the
 * same; the target is compared by number + symbol + year ("34/2016/TT-BLĐTBXH"
 * and "34/2019/TT-BLĐTBXH" differ), or by name for documents cited by name
 * ("Pháp lệnh thương phiếu"). Relations are sets per document: the same
 * relation stated twice counts once. Only the kinds below are labelled;
 * "hướng dẫn" and "quy định chi tiết" are read but not scored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Citation, CollectionDocument, StatedRelationKind } from './models.ts';
import { readEffect } from './effect.ts';
import { symbolKey } from './identity.ts';
import { decodeDocument } from '../encoding/index.ts';

export const SCORED_KINDS = ['replaces', 'repeals', 'partly-repeals', 'amends', 'ends-effect', 'suspends'] as const satisfies readonly StatedRelationKind[];
export type ScoredKind = (typeof SCORED_KINDS)[number];

export const RELATION_TARGETS = { precision: 0.95, recall: 0.9, effective: 0.97 };

export interface RelationLabel {
  kind: ScoredKind;
  /** "34/2016/TT-BLĐTBXH", or a name for a document cited by name. */
  target: string;
}

export interface RelationFixture {
  name: string;
  text: string;
  number: string | null;
  /** Null for a draft, whose date of issue is blank. */
  issued: string | null;
  effective: string | null;
  relations: RelationLabel[];
}

export class RelationLabelError extends Error {}

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
/**
 * A name as labelled: the year a text writes after it ("Luật bầu cử đại biểu Quốc hội năm 1997") is no part of it, nor is
 * its short name in brackets ("Pháp lệnh Phòng, chống nhiễm vi rút … ở người (HIV/AIDS)").
 */
const nameKey = (s: string) => `name:${fold(s).replace(/ năm (?:19|20)\d{2}$/u, '').replace(/ \([\p{L}/ ]{1,20}\)$/u, '')}`;
// ("66.16/2026/NQ-CP": a numbered series of special resolutions.)
const SYMBOL_LABEL = /^(\d+(?:\.\d+)?[a-z]?)\/(?:(\d{4})\/)?(\S+)$/iu;

/** A number joined to its symbol by a hyphen, as Party documents and old ordinances write it: "57-NQ/TW", "32-L/CTN". */
const HYPHEN_LABEL = /^(\d+[a-z]?)-(\p{L}[^\s/]*\/\S+)$/iu;

export function labelKey(target: string): string {
  const m = SYMBOL_LABEL.exec(target.trim());
  if (m) return `${symbolKey(m[1]!, m[3]!)}|${m[2] ?? ''}`;
  const h = HYPHEN_LABEL.exec(target.trim());
  if (h) return `${symbolKey(h[1]!, h[2]!)}|`;
  return nameKey(target);
}

export function citationKey(c: Citation): string {
  if (c.number && c.symbol) return `${symbolKey(c.number, c.symbol)}|${c.year ?? ''}`;
  return nameKey(c.name ?? c.text);
}

/** The document's own number as a projection, so its header is not read as a citation (as on the site). */
function selfOf(name: string, number: string | null, issued: string | null): CollectionDocument {
  const m = number ? SYMBOL_LABEL.exec(number) : null;
  return {
    id: name,
    docType: 'other',
    number: m ? m[1]! : null,
    symbol: m ? m[3]! : null,
    year: m?.[2] ? Number(m[2]) : null,
    issuer: null,
    level: null,
    locality: { province: null, district: null, commune: null },
    date: issued,
    title: null,
  };
}

export function loadRelationFixtures(dir: string): RelationFixture[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.labels.json')).sort();
  if (files.length === 0) throw new RelationLabelError(`${dir}: no *.labels.json fixtures`);
  return files.map((lf) => {
    const name = lf.slice(0, -'.labels.json'.length);
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(readFileSync(join(dir, lf), 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new RelationLabelError(`${join(dir, lf)}: invalid JSON: ${(e as Error).message}`);
    }
    const where = join(dir, lf);
    const date = (v: unknown, field: string, nullable: boolean): string | null => {
      if (v === null && nullable) return null;
      if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new RelationLabelError(`${where}: field "${field}" must be a date written YYYY-MM-DD${nullable ? ' or null' : ''}`);
      return v;
    };
    if (!Array.isArray(parsed.relations)) throw new RelationLabelError(`${where}: field "relations" must be an array`);
    const relations = parsed.relations.map((r: unknown, i: number) => {
      const x = r as Partial<RelationLabel>;
      if (!x || !SCORED_KINDS.includes(x.kind as ScoredKind)) throw new RelationLabelError(`${where}: relations[${i}].kind must be one of ${SCORED_KINDS.join(', ')}`);
      if (typeof x.target !== 'string' || !x.target.trim()) throw new RelationLabelError(`${where}: relations[${i}].target must be a non-empty string`);
      return { kind: x.kind as ScoredKind, target: x.target };
    });
    return {
      name,
      text: decodeDocument(readFileSync(join(dir, name)), name).text,
      number: typeof parsed.number === 'string' ? parsed.number : null,
      issued: date(parsed.issued, 'issued', true),
      effective: date(parsed.effective, 'effective', true),
      relations,
    };
  });
}

export interface KindScore {
  labels: number;
  predicted: number;
  matched: number;
}

export interface RelationScore {
  documents: number;
  kinds: Record<ScoredKind, KindScore>;
  all: KindScore;
  effective: { correct: number; total: number };
  misses: Array<{ doc: string; kind: string; target: string }>;
  spurious: Array<{ doc: string; kind: string; target: string; sentence: string }>;
  wrongEffective: Array<{ doc: string; want: string | null; got: string | null }>;
  /** Read but not scored (not labelled). */
  unscored: number;
}

const empty = (): KindScore => ({ labels: 0, predicted: 0, matched: 0 });

export function scoreRelations(fixtures: RelationFixture[]): RelationScore {
  const kinds = Object.fromEntries(SCORED_KINDS.map((k) => [k, empty()])) as Record<ScoredKind, KindScore>;
  const out: RelationScore = { documents: fixtures.length, kinds, all: empty(), effective: { correct: 0, total: 0 }, misses: [], spurious: [], wrongEffective: [], unscored: 0 };
  for (const f of fixtures) {
    const effect = readEffect(f.text, { self: selfOf(f.name, f.number, f.issued), issued: f.issued });
    const got = effect.effective?.date ?? null;
    out.effective.total++;
    if (got === f.effective) out.effective.correct++;
    else out.wrongEffective.push({ doc: f.name, want: f.effective, got });
    const gold = new Map(f.relations.map((r) => [`${r.kind}|${labelKey(r.target)}`, r]));
    const seen = new Set<string>();
    for (const r of effect.relations) {
      if (!(SCORED_KINDS as readonly string[]).includes(r.kind)) {
        out.unscored++;
        continue;
      }
      const kind = r.kind as ScoredKind;
      const key = `${kind}|${citationKey(r.target)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      kinds[kind].predicted++;
      if (gold.has(key)) kinds[kind].matched++;
      else out.spurious.push({ doc: f.name, kind, target: r.target.text, sentence: r.sentence });
    }
    for (const [key, r] of gold) {
      kinds[r.kind].labels++;
      if (!seen.has(key)) out.misses.push({ doc: f.name, kind: r.kind, target: r.target });
    }
  }
  for (const k of SCORED_KINDS) {
    out.all.labels += kinds[k].labels;
    out.all.predicted += kinds[k].predicted;
    out.all.matched += kinds[k].matched;
  }
  return out;
}

export const precision = (s: KindScore) => (s.predicted === 0 ? 1 : s.matched / s.predicted);
export const recall = (s: KindScore) => (s.labels === 0 ? 1 : s.matched / s.labels);

/** Targets missed, as sentences; empty when all are met. */
export function failedRelationTargets(s: RelationScore): string[] {
  const out: string[] = [];
  if (precision(s.all) < RELATION_TARGETS.precision) out.push(`relation precision ${precision(s.all).toFixed(3)} < ${RELATION_TARGETS.precision}`);
  if (recall(s.all) < RELATION_TARGETS.recall) out.push(`relation recall ${recall(s.all).toFixed(3)} < ${RELATION_TARGETS.recall}`);
  const acc = s.effective.correct / Math.max(1, s.effective.total);
  if (acc < RELATION_TARGETS.effective) out.push(`effective-date accuracy ${acc.toFixed(3)} < ${RELATION_TARGETS.effective}`);
  return out;
}
