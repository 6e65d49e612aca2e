/**
 * First pass: decides who issues what and when, numbers every document the way
 * offices do (from 1 each year, per issuer), and prepares the outside documents
 * they cite. No text is written here.
 */
import { activeOn, buildIssuers, LEVEL_RANK, KIND_NAMES, type Issuer, type IssuerPool, type Kind, type Level } from './issuers.ts';
import {
  carriesYear, dayIndex, fromDayIndex, fullNumber, isoOf, knownDocs, symbolFor, writeNumber,
  type DocRef, type SimpleDate,
} from './identity.ts';
import { Rng, hashSeed } from './rng.ts';
import { TOPICS, type Topic } from './vocab-text.ts';
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, PROVINCES } from './vocab-places.ts';
import { asciiSlug } from '../slug.ts';

export type Format = 'plain' | 'wrapped' | 'markdown';

export interface HeldDoc extends DocRef {
  /** Position in date order (also the seed of the document's own random stream). */
  index: number;
  issuer: Issuer;
  file: string;
  /** 1 or 2 when a file holds a letter and its attachment. */
  part: number | null;
  topic: Topic;
  format: Format;
  /** Raw-text quirks the importer meets: headerMissing, stamp, noIssuerBlock. */
  quirks: string[];
  targetBytes: number;
  signerName: string;
  signature: string[];
  /** For a letter: the document attached after it in the same file. */
  attachment: HeldDoc | null;
  /** For an attachment: the letter it comes with. */
  letter: HeldDoc | null;
}

export interface Catalog {
  docs: HeldDoc[];
  /** Outside documents by province (sorted by date), and central ones under "". */
  outside: Map<string, DocRef[]>;
  /** Held documents by province (sorted by date), and central ones under "". */
  heldByProvince: Map<string, HeldDoc[]>;
  issuers: IssuerPool;
}

const FIRST_DAY = dayIndex({ y: 2019, m: 1, d: 1 });
const LAST_DAY = dayIndex({ y: 2026, m: 10, d: 31 });
const OUTSIDE_FIRST_DAY = dayIndex({ y: 2014, m: 1, d: 1 });

/** Sizes in bytes by kind, [min, max] (log-uniform between). */
const SIZE: Partial<Record<Kind, [number, number]>> = {
  CV: [3_500, 9_000], TB: [4_000, 14_000], CT: [5_000, 22_000], KL: [5_000, 16_000], CĐ: [3_500, 8_000],
  KH: [8_000, 60_000], NQ: [8_000, 50_000], BC: [9_000, 50_000], HD: [8_000, 40_000], CTr: [9_000, 45_000],
  QyĐ: [10_000, 60_000], QC: [10_000, 50_000], QĐ: [5_000, 30_000], QĐL: [12_000, 60_000], NĐ: [15_000, 60_000], TT: [12_000, 55_000],
};

const LEVEL_WEIGHTS: ReadonlyArray<readonly [Level, number]> = [
  ['central', 5], ['province', 35], ['district', 32], ['commune', 28],
];

/** Gap between consecutive sampled numbers of one issuer (we hold a sample of what it issued). */
const NUMBER_GAP: Record<Level, number> = { central: 40, province: 30, district: 14, commune: 4 };

function logUniform(rng: Rng, [min, max]: [number, number]): number {
  return Math.round(Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min))));
}

function personName(rng: Rng): string {
  return `${rng.pick(FAMILY_NAMES)} ${rng.pick(MIDDLE_NAMES)} ${rng.pick(GIVEN_NAMES)}`;
}

function pickIssuer(rng: Rng, pool: IssuerPool, level: Level, iso: string): Issuer {
  for (let tries = 0; tries < 50; tries++) {
    const list = level === 'central' ? pool.central : (pool.byProvince.get(rng.pick(PROVINCES).name) ?? []);
    const fit = list.filter((i) => i.level === level && activeOn(i, iso));
    if (fit.length > 0) return rng.pick(fit);
  }
  // Districts do not exist after mid-2025: fall back to a province body.
  return pickIssuer(rng, pool, 'province', iso);
}

/** Slug for ids and file names: "ke-hoach-218-kh-ubnd-2023-ubnd-quan-tan-binh". */
function docSlug(d: Pick<DocRef, 'docType' | 'number' | 'symbol' | 'date'> & { issuer: Issuer }): string {
  const who = d.issuer.family === 'state' ? (d.issuer.citeNames[1] ?? d.issuer.name) : d.issuer.name.replace(/^Ban Thường vụ /, '');
  return asciiSlug(`${d.docType} ${d.number} ${d.symbol} ${d.date.y} ${who}`);
}

interface Draft {
  issuer: Issuer;
  kind: Kind;
  date: SimpleDate;
  unit: string | null;
  letterOf: Draft | null;
  order: number;
}

export function buildCatalog(seed: number, count: number): Catalog {
  const rng = new Rng(hashSeed('catalog', seed));
  const issuers = buildIssuers(new Rng(hashSeed('issuers', seed)));

  // 1. Who issues what, when.
  const drafts: Draft[] = [];
  let order = 0;
  for (let i = 0; i < count; i++) {
    const level = rng.weighted(LEVEL_WEIGHTS);
    const date = fromDayIndex(rng.int(FIRST_DAY, LAST_DAY));
    const iso = isoOf(date);
    const issuer = pickIssuer(rng, issuers, level, iso);
    const kind = rng.weighted(issuer.kinds);
    const unit = kind === 'CV' ? rng.pick(issuer.units.length > 0 ? issuer.units : ['VP']) : null;
    const draft: Draft = { issuer, kind, date, unit, letterOf: null, order: order++ };
    // A few province plans and decisions arrive attached to a forwarding letter of another office.
    if (issuer.level === 'province' && issuer.code === 'UBND' && (kind === 'KH' || kind === 'QĐ' || kind === 'CT') && rng.chance(0.3)) {
      const letterDate = fromDayIndex(Math.min(LAST_DAY, dayIndex(date) + rng.int(3, 25)));
      const list = (issuers.byProvince.get(issuer.provinceName ?? '') ?? []).filter(
        (x) => x.key !== issuer.key && x.family === 'state' && x.units.length > 0 && activeOn(x, isoOf(letterDate)) && x.level !== 'commune',
      );
      if (list.length > 0) {
        const li = rng.pick(list);
        // The pair is one file: the letter, then the attached document.
        drafts.push({ issuer: li, kind: 'CV', date: letterDate, unit: rng.pick(li.units), letterOf: draft, order: order++ });
      }
    }
    drafts.push(draft);
  }
  drafts.sort((a, b) => dayIndex(a.date) - dayIndex(b.date) || a.order - b.order);

  // 2. Numbers, per issuer and year, rising with the date.
  const counters = new Map<string, number>();
  const docs: HeldDoc[] = [];
  const byDraft = new Map<Draft, HeldDoc>();
  for (const d of drafts) {
    const legal = carriesYear(d.kind, d.issuer.code);
    const ck = `${d.issuer.key}|${d.date.y}|${legal ? 'L' : 'A'}`;
    // Central Party bodies number only a few dozen resolutions or directives a term.
    const gap = d.issuer.level === 'central' && d.issuer.family === 'party' ? 4 : NUMBER_GAP[d.issuer.level];
    const n = (counters.get(ck) ?? 0) + rng.int(1, gap);
    counters.set(ck, n);
    const symbol = symbolFor(d.kind, d.issuer, d.unit);
    const number = writeNumber(n, rng);
    const docType = KIND_NAMES[d.kind];
    const index = docs.length;
    const base = { docType, number, symbol, date: d.date, issuer: d.issuer };
    const id = `g${String(index + 1).padStart(6, '0')}-${docSlug(base)}`;
    const r = rng.next();
    const format: 'plain' | 'wrapped' | 'markdown' = r < 0.3 ? 'wrapped' : r < 0.38 ? 'markdown' : 'plain';
    const quirks: string[] = [];
    if (format === 'wrapped' && rng.chance(0.05)) quirks.push('headerMissing');
    if (d.issuer.level !== 'central' && rng.chance(0.04)) quirks.push('stamp');
    if (d.issuer.level === 'commune' && d.issuer.family === 'state' && rng.chance(0.15)) quirks.push('noIssuerBlock');
    const sig = rng.pick(d.issuer.signatures);
    const doc: HeldDoc = {
      key: id, held: true, kind: d.kind, docType, family: d.issuer.family, number, symbol,
      year: legal ? d.date.y : null, date: d.date, iso: isoOf(d.date), issuer: d.issuer,
      issuerNames: d.issuer.citeNames, subject: '', name: null, shortName: null,
      index, file: `${id}.${format === 'markdown' ? 'md' : 'txt'}`, part: null,
      topic: rng.pick(TOPICS), format, quirks,
      targetBytes: logUniform(rng, SIZE[d.kind] ?? [6_000, 30_000]),
      signerName: personName(rng), signature: sig, attachment: null, letter: null,
    };
    doc.subject = doc.topic.subject;
    byDraft.set(d, doc);
    docs.push(doc);
  }
  for (const d of drafts) {
    if (!d.letterOf) continue;
    const letter = byDraft.get(d);
    const att = byDraft.get(d.letterOf);
    if (!letter || !att) continue;
    letter.attachment = att;
    att.letter = letter;
    letter.part = 1;
    att.part = 2;
    att.file = letter.file;
    // The attachment is read inside the letter's file, in the letter's format.
    att.format = letter.format;
    att.quirks = [];
    letter.topic = att.topic;
    letter.subject = att.subject;
  }

  const heldByProvince = new Map<string, HeldDoc[]>();
  for (const d of docs) {
    const k = d.issuer.provinceName ?? '';
    const list = heldByProvince.get(k) ?? [];
    list.push(d);
    heldByProvince.set(k, list);
  }

  // 3. Outside documents: the well-known central ones, plus local ones we do not hold.
  const outside = new Map<string, DocRef[]>();
  outside.set('', knownDocs());
  const heldBySymbol = new Map<string, HeldDoc[]>();
  for (const d of docs) {
    const list = heldBySymbol.get(d.symbol) ?? [];
    list.push(d);
    heldBySymbol.set(d.symbol, list);
  }
  const perPool = Math.max(8, Math.round(count / 12));
  for (const [prov, list] of [['', issuers.central] as const, ...[...issuers.byProvince.entries()]]) {
    const refs = outside.get(prov) ?? [];
    const n = prov === '' ? Math.max(10, Math.round(perPool / 2)) : perPool;
    for (let i = 0; i < n; i++) {
      const date = fromDayIndex(rng.int(OUTSIDE_FIRST_DAY, LAST_DAY));
      const iso = isoOf(date);
      const fit = list.filter((x) => activeOn(x, iso));
      if (fit.length === 0) continue;
      const issuer = rng.pick(fit);
      const kind = rng.weighted(issuer.kinds);
      const unit = kind === 'CV' ? rng.pick(issuer.units.length > 0 ? issuer.units : ['VP']) : null;
      const symbol = symbolFor(kind, issuer, unit);
      const top = issuer.level === 'central' && issuer.family === 'party' ? 60 : NUMBER_GAP[issuer.level] * 12;
      let number = writeNumber(rng.int(1, top), rng);
      // Same number, same symbol, another issuer: the collision every resolver must survive.
      const twins = (heldBySymbol.get(symbol) ?? []).filter((h) => h.issuer.key !== issuer.key);
      if (twins.length > 0 && rng.chance(0.4)) number = rng.pick(twins).number;
      const legal = carriesYear(kind, issuer.code);
      const ref: DocRef = {
        key: '', held: false, kind, docType: KIND_NAMES[kind], family: issuer.family, number, symbol,
        year: legal ? date.y : null, date, iso, issuer, issuerNames: issuer.citeNames,
        subject: rng.pick(TOPICS).subject, name: null, shortName: null,
      };
      ref.key = `ngoai:${fullNumber(ref)}:${iso}:${asciiSlug(issuer.name)}`;
      refs.push(ref);
    }
    refs.sort((a, b) => dayIndex(a.date) - dayIndex(b.date));
    outside.set(prov, refs);
  }

  return { docs, outside, heldByProvince, issuers };
}

/** Whether `source` is a document that `citing`'s issuer would plausibly cite (above it, or its own). */
export function plausibleSource(citing: Issuer, source: Issuer | null): boolean {
  if (!source) return true;
  if (source.key === citing.key) return true;
  if (source.level === 'central') return true;
  if (source.provinceName !== citing.provinceName) return false;
  if (LEVEL_RANK[source.level] > LEVEL_RANK[citing.level]) return false;
  if (source.level === 'district' && citing.level === 'commune') return source.districtName === citing.districtName;
  if (source.level === citing.level && source.level !== 'province') return source.locality.commune === citing.locality.commune && source.districtName === citing.districtName;
  return true;
}
