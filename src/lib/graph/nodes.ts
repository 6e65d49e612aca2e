/**
 * Chain nodes from the collection: held documents carry their frontmatter
 * level and locality; cited-only documents only what citations said, so their
 * level and province are read from the issuer's name and the symbol when those
 * say it plainly, and stay null otherwise.
 */
import type { CitedEntity, CollectionDocument } from '../citations/index.ts';
import type { ChainNode } from './model.ts';
import { docUrl, entityUrl } from '../urls.ts';

const CENTRAL_ISSUER =
  /^(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|BCH Trung ương|Trung ương|Chính phủ|Thủ tướng|Quốc hội|Ủy ban Thường vụ Quốc hội|Chủ tịch nước|Văn phòng Chính phủ|Hội đồng Thi đua - Khen thưởng Trung ương|Bộ )/i;
const CENTRAL_SYMBOL = /(\/TW|-TTg|-CP|\/QH\d+|UBTVQH\d+|-VPCP|\/VPTW|\/BTCTW)$/;
const PROVINCE = /\b(?:tỉnh|Tỉnh ủy|Thành ủy|thành phố|TP\.)\s+((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\p{L}]*\s?){1,3})/u;

export function inferEntityPlace(e: Pick<CitedEntity, 'issuer' | 'symbol'>): Pick<ChainNode, 'level' | 'province'> {
  if ((e.issuer && CENTRAL_ISSUER.test(e.issuer)) || (e.symbol && CENTRAL_SYMBOL.test(e.symbol))) {
    return { level: 'central', province: null };
  }
  const m = e.issuer ? PROVINCE.exec(e.issuer) : null;
  if (m?.[1] && !/\b(huyện|quận|xã|phường|thị trấn)\b/i.test(e.issuer ?? '')) {
    return { level: 'province', province: m[1].trim() };
  }
  return { level: null, province: null };
}

export function heldNode(d: CollectionDocument): ChainNode {
  return {
    id: d.id,
    href: docUrl(d.id),
    held: true,
    docType: d.docType,
    number: d.number,
    symbol: d.symbol,
    symbolYear: d.year,
    date: d.date,
    issuer: d.issuer,
    title: d.title,
    name: null,
    level: d.level,
    province: d.locality.province,
  };
}

export function entityNode(e: CitedEntity): ChainNode {
  return {
    id: e.id,
    href: entityUrl(e.id),
    held: false,
    docType: e.docType,
    number: e.number,
    symbol: e.symbol,
    // The year its citations write in the number (src/lib/citations/graph.ts), never its year of issue.
    symbolYear: e.year,
    date: e.date,
    issuer: e.issuer,
    title: e.title ?? e.name,
    name: e.name,
    ...inferEntityPlace(e),
  };
}

export function nodesFromCollection(docs: CollectionDocument[], entities: CitedEntity[]): ChainNode[] {
  return [...docs.map(heldNode), ...entities.map(entityNode)];
}
