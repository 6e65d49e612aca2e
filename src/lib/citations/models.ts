/**
 * Typed models of the citation engine. Every stage (clean → find → parse →
 * shortforms → resolve → annotate) takes and returns these; nothing here
 * imports Astro.
 */

/** The Vietnamese type names a citation can carry (the type word decides). */
export type DocType =
  | 'Nghị quyết'
  | 'Quyết định'
  | 'Quy định'
  | 'Chỉ thị'
  | 'Kế hoạch'
  | 'Kết luận'
  | 'Hướng dẫn'
  | 'Thông báo'
  | 'Chương trình'
  | 'Thông tư'
  | 'Thông tri'
  | 'Thông tư liên tịch'
  | 'Nghị định'
  | 'Luật'
  | 'Bộ luật'
  | 'Pháp lệnh'
  | 'Công văn/Văn bản'
  | 'Đề án'
  | 'Báo cáo'
  | 'Công điện'
  | 'Quy chế'
  | 'Điều lệ'
  | 'Tờ trình'
  | 'Phương án'
  | 'Hiến pháp'
  | 'other';

/** How the citing text relates to the cited document, where its wording says so. */
export type Relation = 'basis' | 'implements' | 'replaces' | 'amends' | 'guides' | 'cites';

/** A pinpoint into the cited document's articles: "điểm a khoản 2 Điều 5". */
export interface Pinpoint {
  text: string;
  article: string | null; // Điều
  clause: string | null; // Khoản
  point: string | null; // Điểm
}

/** Which of the three kinds a citation is (the discriminant of `Citation`). */
export type CitationForm = 'full' | 'short' | 'name';

/** What every citation carries. Offsets are JS string indices into the raw text. */
interface CitationCore {
  start: number;
  end: number;
  /** The raw slice text.slice(start, end). */
  text: string;
  docType: DocType;
  /** ISO date given right after the citation. */
  date: string | null;
  /** Issuer as the text names it after the citation ("UBND tỉnh Lạng Sơn"). */
  issuer: string | null;
  /** "về …" clause following the citation, when present (used as the cited document's title). */
  title?: string | null;
  /** The title was quoted whole (“Về …”), so it is the cited document's own words; set only when true. */
  titleQuoted?: boolean;
  pinpoint?: Pinpoint | null;
  relation?: Relation;
}

/** "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", "Luật Đất đai số 45/2013/QH13". */
export interface FullCitation extends CitationCore {
  form: 'full';
  /** Number as written, leading zeros kept. */
  number: string | null;
  /** Only when the symbol carries it (24/2018/QĐ-UBND). */
  year: number | null;
  /** Without spaces, official casing: "CT-TTg", "NĐ-CP", "NQ/TW"; null for "Quyết định số 1234 ngày …". */
  symbol: string | null;
  /** The law's name when the text gives it with the number. */
  name?: string | null;
}

/** "Quy định 114", "Chỉ thị 37", an alias: stands for an earlier full citation of the same text. */
export interface ShortCitation extends CitationCore {
  form: 'short';
  number: string | null;
  year: number | null;
  symbol: string | null;
  name?: null;
  /** Index (in the same result array) of the full citation it stands for, when one precedes it. */
  refersTo: number | null;
}

/** A mention by name only: "Luật Thi đua, khen thưởng", "Điều lệ Đảng". */
export interface NamedCitation extends CitationCore {
  form: 'name';
  number: null;
  year: null;
  symbol: null;
  name: string | null;
}

/** One citation found in a text: a typed union of its three forms. */
export type Citation = FullCitation | ShortCitation | NamedCitation;

/** The full citation a short form stands for, else the citation itself. */
export function referredIndex(c: Citation, index: number): number {
  return c.form === 'short' && c.refersTo !== null ? c.refersTo : index;
}

/** A held document as the resolver sees it (a projection of the frontmatter). */
export interface CollectionDocument {
  id: string;
  docType: string;
  number: string | null;
  symbol: string | null;
  year: number | null;
  issuer: string | null;
  level: 'central' | 'province' | 'district' | 'commune' | null;
  locality: { province: string | null; district: string | null; commune: string | null };
  date: string | null;
  title: string | null;
}

export type Resolution =
  | { kind: 'held'; id: string }
  | { kind: 'external'; key: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'self' }
  | { kind: 'unresolved'; reason: string };

/**
 * What a document says of its own effect and of other documents (src/lib/citations/effect.ts).
 * Every statement keeps its sentence and the article ("Điều 12") it sits in.
 */
export interface Evidence {
  /** The sentence as written, whitespace collapsed. */
  sentence: string;
  /** The article of the stating document the sentence sits in ("Điều 12"), null before the first article or in an unarticled text. */
  article: string | null;
  /** Raw offsets of the sentence. */
  start: number;
  end: number;
}

/** How a document says when it takes effect. `date` is ISO, null when the text gives no computable day. */
export type EffectiveDate = Evidence &
  (
    | { kind: 'date'; date: string }
    /** "kể từ ngày ký", "kể từ ngày ban hành", "kể từ ngày thông qua": the date of issue. */
    | { kind: 'on-issue'; date: string | null }
    /** "sau 45 ngày kể từ ngày ký": date of issue + days. */
    | { kind: 'after-days'; days: number; from: 'issue' | 'publication'; date: string | null }
    /** "kể từ ngày công bố", "kể từ ngày đăng Công báo": a day the text does not give. */
    | { kind: 'on-publication'; date: null }
  );

/** "hết hiệu lực kể từ ngày …", "có hiệu lực đến hết ngày …". */
export type EndOfEffect = Evidence & { date: string | null };

/** What one document does to another, as its text says. */
export type StatedRelationKind =
  | 'replaces' // thay thế
  | 'repeals' // bãi bỏ (whole)
  | 'partly-repeals' // bãi bỏ Điều …, khoản … của …
  | 'amends' // sửa đổi, bổ sung
  | 'ends-effect' // "… hết hiệu lực" said of another document
  | 'suspends' // đình chỉ (việc thi hành)
  | 'guides' // hướng dẫn (thi hành)
  | 'details'; // quy định chi tiết

interface StatedBase extends Evidence {
  /** Index of the cited document in the extraction's citations (resolution goes through it). */
  citation: number;
  /** The citation itself, for display and scoring. */
  target: Citation;
}

/** Parts named: "Điều 3", "Điều 5" (articles), and the wording that names them ("khoản 2 Điều 3, Phụ lục I"). */
interface Parts {
  articles: string[];
  parts: string | null;
}

export type StatedRelation =
  | (StatedBase & Parts & { kind: 'replaces' })
  | (StatedBase & { kind: 'repeals' })
  | (StatedBase & Parts & { kind: 'partly-repeals' })
  | (StatedBase & Parts & { kind: 'amends'; amends: boolean; supplements: boolean })
  | (StatedBase & Parts & { kind: 'ends-effect' })
  | (StatedBase & Parts & { kind: 'suspends' })
  | (StatedBase & { kind: 'guides' })
  | (StatedBase & { kind: 'details' });

export interface DocumentEffect {
  effective: EffectiveDate | null;
  ends: EndOfEffect | null;
  relations: StatedRelation[];
}
