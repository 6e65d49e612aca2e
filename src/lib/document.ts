/**
 * The one model of a document that the browse pages, CSV, feeds, the open data
 * and the chain graph share: a held document (its own page under /van-ban/) or a
 * document only cited (a page under /dan-chieu/ gathering what citations say).
 *
 * Why one: the rows of the exports, the nodes of the chain graph and the open
 * data were three copies of these fields, and the copies drifted (a year of
 * issue written into 19/CT-TTg as if it were the symbol's). Each now adds only
 * what it needs on top of a record.
 */
import type { CitedEntity, CollectionDocument } from './citations/index.ts';
import { issueYear, typeName } from './site/format.ts';
import { docUrl, entityUrl } from './urls.ts';

export type Level = 'central' | 'province' | 'district' | 'commune';

interface RecordFacts {
  id: string;
  /** Site path: /van-ban/<id>/ when held, /dan-chieu/<id>/ when only cited. */
  url: string;
  docType: string;
  number: string | null;
  symbol: string | null;
  /** The year written inside the number (24/2018/QĐ-UBND); null when the number has none (19/CT-TTg). */
  symbolYear: number | null;
  /** The year of issue, from the date; null when the date is unknown. */
  issueYear: number | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
  level: Level | null;
  /** Province (or centrally-run city) of the issuer, when known. */
  province: string | null;
  district: string | null;
  commune: string | null;
}

export interface HeldRecord extends RecordFacts {
  held: true;
  name: null;
}

export interface CitedRecord extends RecordFacts {
  held: false;
  /** Name of a document cited by name only ("Điều lệ Đảng"). */
  name: string | null;
}

export type DocumentRecord = HeldRecord | CitedRecord;

const CENTRAL_ISSUER =
  /^(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|BCH Trung ương|Trung ương|Chính phủ|Thủ tướng|Quốc hội|Ủy ban Thường vụ Quốc hội|Chủ tịch nước|Văn phòng Chính phủ|Hội đồng Thi đua - Khen thưởng Trung ương|Bộ )/i;
const CENTRAL_SYMBOL = /(\/TW|-TTg|-CP|\/QH\d+|UBTVQH\d+|-VPCP|\/VPTW|\/BTCTW)$/;
const PROVINCE = /\b(?:tỉnh|Tỉnh ủy|Thành ủy|thành phố|TP\.)\s+((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\p{L}]*\s?){1,3})/u;

/**
 * A cited-only document's level and province, read from its issuer's name and its symbol
 * when those say it plainly; null otherwise (citations carry no frontmatter).
 */
export function inferEntityPlace(e: Pick<CitedEntity, 'issuer' | 'symbol'>): { level: Level | null; province: string | null } {
  if ((e.issuer && CENTRAL_ISSUER.test(e.issuer)) || (e.symbol && CENTRAL_SYMBOL.test(e.symbol))) {
    return { level: 'central', province: null };
  }
  const m = e.issuer ? PROVINCE.exec(e.issuer) : null;
  if (m?.[1] && !/\b(huyện|quận|xã|phường|thị trấn)\b/i.test(e.issuer ?? '')) {
    return { level: 'province', province: m[1].trim() };
  }
  return { level: null, province: null };
}

export function heldRecord(d: CollectionDocument): HeldRecord {
  return {
    id: d.id,
    url: docUrl(d.id),
    held: true,
    docType: d.docType,
    number: d.number,
    symbol: d.symbol,
    symbolYear: d.year,
    issueYear: issueYear(d.date),
    date: d.date,
    issuer: d.issuer,
    title: d.title,
    name: null,
    level: d.level,
    province: d.locality.province,
    district: d.locality.district,
    commune: d.locality.commune,
  };
}

export function citedRecord(e: CitedEntity): CitedRecord {
  return {
    id: e.id,
    url: entityUrl(e.id),
    held: false,
    // As every page names it: the engine's "Công văn/Văn bản" (a "văn bản số …" that may be a letter) and "other" are "Văn bản".
    docType: typeName(e.docType),
    number: e.number,
    symbol: e.symbol,
    // The year its citations write in the number (src/lib/citations/graph.ts), never its year of issue.
    symbolYear: e.year,
    issueYear: issueYear(e.date),
    date: e.date,
    issuer: e.issuer,
    title: e.title ?? e.name,
    name: e.name,
    ...inferEntityPlace(e),
    district: null,
    commune: null,
  };
}

/** Held documents first (in the order given), then cited-only ones. */
export function documentRecords(docs: readonly CollectionDocument[], entities: readonly CitedEntity[]): DocumentRecord[] {
  return [...docs.map(heldRecord), ...entities.map(citedRecord)];
}
