/**
 * A citation graph built by hand from what the corpus texts say (Phong Doanh
 * 22/KH-UBND, Lạng Sơn 200/KH-UBND and its covering letter 1419/VKS-VP), shaped
 * exactly like `buildCitationGraph`'s output, so the chain library is tested
 * before and independently of the engine.
 */
import type { CitationGraph, CitationRecord, CitedEntity, CollectionDocument, Citation } from '../../src/lib/citations/index.ts';

export const PHONG_DOANH = 'ke-hoach-22-kh-ubnd-2025-ubnd-xa-phong-doanh';
export const LANG_SON_PLAN = 'ke-hoach-200-kh-ubnd-2021-ubnd-tinh-lang-son';
export const LANG_SON_LETTER = 'cong-van-1419-vks-vp-2021-vien-kiem-sat-nhan-dan-tinh-lang-son';

const loc = (province: string | null, district: string | null = null, commune: string | null = null) => ({ province, district, commune });

export const docs: CollectionDocument[] = [
  { id: PHONG_DOANH, docType: 'Kế hoạch', number: '22', symbol: 'KH-UBND', year: null, issuer: 'Ủy ban nhân dân xã Phong Doanh', level: 'commune', locality: loc('Ninh Bình', null, 'Phong Doanh'), date: '2025-08-21', title: 'Triển khai thực hiện Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyên đổi số”' },
  { id: LANG_SON_PLAN, docType: 'Kế hoạch', number: '200', symbol: 'KH-UBND', year: null, issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn', level: 'province', locality: loc('Lạng Sơn'), date: '2021-10-09', title: 'Triển khai thực hiện Chỉ thị số 19/CT-TTg' },
  { id: LANG_SON_LETTER, docType: 'Công văn', number: '1419', symbol: 'VKS-VP', year: null, issuer: 'Viện kiểm sát nhân dân tỉnh Lạng Sơn', level: 'province', locality: loc('Lạng Sơn'), date: '2021-10-26', title: 'V/v triển khai Kế hoạch số 200/KH-UBND' },
];

const entity = (id: string, docType: string, number: string, symbol: string, date: string | null, issuer: string | null, citedBy: string[]): CitedEntity => ({
  // Like the engine: an entity's year is the one its number carries; none of these numbers carries one.
  id, docType, number, symbol, year: null, date, issuer, title: null, name: null, citedBy,
});

export const E923 = 'quyet-dinh-923-qd-ttg-2025-thu-tuong-chinh-phu';
export const E02 = 'ke-hoach-02-kh-ubnd-2025-ubnd-tinh-ninh-binh';
export const E71 = 'nghi-quyet-71-nq-cp-2025-chinh-phu';
export const E57 = 'nghi-quyet-57-nq-tw-2024-bo-chinh-tri';
export const E19 = 'chi-thi-19-ct-ttg-2021-thu-tuong-chinh-phu';
export const E16 = 'huong-dan-16-hd-hdthdkt-2021-hoi-dong-thi-dua-khen-thuong-trung-uong';

export const entities: CitedEntity[] = [
  entity(E923, 'Quyết định', '923', 'QĐ-TTg', '2025-05-14', 'Thủ tướng Chính phủ', [PHONG_DOANH]),
  entity(E02, 'Kế hoạch', '02', 'KH-UBND', '2025-07-09', 'UBND tỉnh Ninh Bình', [PHONG_DOANH]),
  entity(E71, 'Nghị quyết', '71', 'NQ-CP', '2025-04-01', 'Chính phủ', [PHONG_DOANH]),
  entity(E57, 'Nghị quyết', '57', 'NQ/TW', '2024-12-22', 'Bộ Chính trị', [PHONG_DOANH]),
  entity(E19, 'Chỉ thị', '19', 'CT-TTg', '2021-07-16', 'Thủ tướng Chính phủ', [LANG_SON_PLAN]),
  entity(E16, 'Hướng dẫn', '16', 'HĐ-HDTHĐKT', '2021-08-31', 'Hội đồng Thi đua - Khen thưởng Trung ương', [LANG_SON_PLAN]),
];

const THUC_HIEN_923 = 'Thực hiện Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ và Kế hoạch số 02/KH-UBND ngày 09/7/2025 của UBND tỉnh Ninh Bình ban hành Kế hoạch triển khai Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyên đổi số”';
export const SENTENCE_71 = 'Phấn đấu đạt và vượt các mục tiêu tại Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị';
const THUC_HIEN_19 = 'Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ …; Hướng dẫn số 16/HĐ-HDTHĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch thực hiện Chỉ thị như sau';
const TRIEN_KHAI_200 = 'Quán triệt, triển khai tới toàn thể cán bộ, Kiểm sát viên trong đơn vị Kế hoạch số 200/KH-UBND ngày 09/10/2021 của Ủy ban nhân dân tỉnh Lạng Sơn.';

const cit = (text: string): Citation => ({ start: 0, end: text.length, text, docType: 'other', number: null, year: null, symbol: null, date: null, issuer: null, form: 'full' });

const rec = (from: string, to: string | null, toKind: CitationRecord['toKind'], relation: CitationRecord['relation'], context: string): CitationRecord => ({
  from, to, toKind, relation, context, citation: cit(context.slice(0, 20)),
});

export const graph: CitationGraph = {
  citations: [
    rec(PHONG_DOANH, E923, 'external', 'implements', THUC_HIEN_923),
    rec(PHONG_DOANH, E02, 'external', 'implements', THUC_HIEN_923),
    rec(PHONG_DOANH, E71, 'external', 'cites', SENTENCE_71),
    rec(PHONG_DOANH, E57, 'external', 'cites', SENTENCE_71),
    rec(LANG_SON_PLAN, E19, 'external', 'implements', THUC_HIEN_19),
    rec(LANG_SON_PLAN, E16, 'external', 'implements', THUC_HIEN_19),
    rec(LANG_SON_LETTER, LANG_SON_PLAN, 'held', 'implements', TRIEN_KHAI_200),
    // Unresolved and ambiguous citations never make chain edges.
    rec(LANG_SON_LETTER, null, 'unresolved', 'implements', 'Thực hiện Kế hoạch 5 năm'),
    rec(LANG_SON_LETTER, null, 'ambiguous', 'implements', 'Thực hiện Kế hoạch số 1/KH-UBND'),
  ],
  entities,
  edges: [
    { from: E71, to: E57, relation: 'implements', sentence: SENTENCE_71, sourceDoc: PHONG_DOANH },
    { from: E16, to: E19, relation: 'implements', sentence: THUC_HIEN_19, sourceDoc: LANG_SON_PLAN },
    // The engine may also report the direct edges: they merge, never double.
    { from: PHONG_DOANH, to: E923, relation: 'implements', sentence: THUC_HIEN_923, sourceDoc: PHONG_DOANH },
  ],
};
