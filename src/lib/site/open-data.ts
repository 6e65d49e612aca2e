/** The open data files: every document (held or cited only) and every citation, with their schemas. */
import { z } from 'zod';
import type { SiteData } from './collection.ts';
import { citedRecord, heldRecord, type DocumentRecord } from '../document.ts';
import { docReference, fullIssuer, labelled } from './format.ts';
import { originalOf } from './originals.ts';
import { issuerBody } from '../export/browse.ts';
import { buildDay, statusView } from './status.ts';

const nullableString = z.string().nullable();
const year = z.number().int().nullable();

/**
 * `/data/documents.json`, one object per document, as a schema: the type below is read from it
 * and `/data/documents.schema.json` is written from it, so the file and its description cannot
 * drift apart.
 */
export const openDocumentSchema = z
  .object({
    id: z.string().describe('Mã văn bản trên trang, cũng là phần cuối địa chỉ'),
    url: z.string().describe('/van-ban/<id>/ (có toàn văn) hoặc /dan-chieu/<id>/ (chỉ được dẫn chiếu)'),
    held: z.boolean().describe('true: trang có toàn văn; false: chỉ biết qua các dẫn chiếu'),
    docType: z.string().describe('Loại văn bản (Nghị quyết, Quyết định, Kế hoạch …)'),
    number: nullableString.describe('Số (57 trong 57-NQ/TW)'),
    symbol: nullableString.describe('Ký hiệu (NQ/TW trong 57-NQ/TW)'),
    symbolYear: year.describe('Năm ghi trong số hiệu (2018 trong 24/2018/QĐ-UBND); null khi số hiệu không có năm (19/CT-TTg)'),
    issueYear: year.describe('Năm ban hành, theo ngày ban hành; null khi chưa rõ ngày'),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe('Ngày ban hành (YYYY-MM-DD)'),
    issuer: nullableString.describe('Cơ quan ban hành, viết đầy đủ, như văn bản ghi'),
    issuerBody: nullableString.describe('Cơ quan ban hành, một tên cho mọi cách viết, như trang /co-quan/ gộp ("Ủy ban nhân dân tỉnh Lạng Sơn" cho cả "UBND tỉnh Lạng Sơn" và "Chủ tịch UBND tỉnh Lạng Sơn")'),
    title: nullableString.describe('Trích yếu; với văn bản chỉ được dẫn chiếu theo tên, tên ấy'),
    reference: z.string().describe('Cách trang trích dẫn văn bản: "Chỉ thị số 19/CT-TTg ngày 16/07/2021 của Thủ tướng Chính phủ"'),
    original: z
      .object({
        url: nullableString.describe('Địa chỉ tải tệp gốc trên trang (/ban-goc/…), null khi không đăng kèm'),
        format: z.string().describe('Định dạng tệp gốc (text, docx, pdf, html, image …)'),
        bytes: z.number().int().nullable(),
        sha256: z.string(),
        ocr: z.boolean().describe('true khi văn bản được nhận dạng từ ảnh'),
      })
      .strict()
      .nullable()
      .describe('Tệp văn bản được đọc từ đó, như đã nhận; null với văn bản chỉ được dẫn chiếu'),
    status: z.enum(['in-force', 'amended', 'replaced-or-repealed', 'unknown']).describe('Nhóm hiệu lực, theo những gì các văn bản có toàn văn nói'),
    statusText: z.string().describe('Hiệu lực bằng lời, nêu văn bản nói điều đó'),
    statusEvidence: z
      .array(z.object({ source: z.string(), article: nullableString, sentence: z.string() }).strict())
      .describe('Các câu làm căn cứ: văn bản nêu, điều, câu nguyên văn'),
  })
  .strict();

export type OpenDocument = z.infer<typeof openDocumentSchema>;

/** `/data/citations.json`, one object per citation. */
export const openCitationSchema = z
  .object({
    from: z.string().describe('Mã văn bản dẫn chiếu'),
    to: nullableString.describe('Mã văn bản được dẫn chiếu; null khi chưa xác định được hoặc mơ hồ'),
    text: z.string().describe('Lời dẫn chiếu nguyên văn'),
    context: z.string().describe('Câu chứa lời dẫn chiếu'),
    relation: z.string().describe('Quan hệ: căn cứ, thực hiện, thay thế, bãi bỏ …'),
    candidates: z.array(z.string()).optional().describe('Các văn bản có thể được nhắc tới, khi dẫn chiếu mơ hồ'),
  })
  .strict();

export type OpenCitation = z.infer<typeof openCitationSchema>;

/** The JSON Schema of a file of the open data: an array of the schema's objects. */
export function openDataJsonSchema(item: z.ZodType, title: string): unknown {
  return z.toJSONSchema(z.array(item).describe(title));
}

function statusFields(id: string, data: SiteData, today: string): Pick<OpenDocument, 'status' | 'statusText' | 'statusEvidence'> {
  const v = statusView(id, data, today);
  const evidence = [v.headline, ...v.changes].flatMap((l) => (l.evidence ? [{ source: l.evidence.source, article: l.evidence.article, sentence: l.evidence.sentence }] : []));
  return { status: v.group, statusText: v.summary, statusEvidence: evidence };
}

/** The open data's fields of a record (src/lib/document.ts), in the order documents.json writes them. */
function openFields(r: DocumentRecord): Pick<OpenDocument, 'id' | 'url' | 'held' | 'docType' | 'number' | 'symbol' | 'symbolYear' | 'issueYear' | 'date' | 'issuer' | 'issuerBody' | 'title'> {
  return {
    id: r.id, url: r.url, held: r.held, docType: r.docType, number: r.number, symbol: r.symbol, symbolYear: r.symbolYear,
    issueYear: r.issueYear, date: r.date, issuer: fullIssuer(r.issuer), issuerBody: issuerBody(r.issuer), title: r.title,
  };
}

export function openDocuments(data: SiteData): OpenDocument[] {
  const today = buildDay();
  const held = data.documents.map((d): OpenDocument => {
    const f = d.frontmatter;
    const o = originalOf(f.source);
    const original = {
      url: o?.href ?? null, format: f.source.original?.format ?? 'text', bytes: o?.bytes ?? f.source.original?.bytes ?? null,
      sha256: f.source.sha256, ocr: (f.source.original?.ocr ?? null) !== null,
    };
    return { ...openFields(heldRecord(d.projection)), reference: docReference(labelled(d.projection)), original, ...statusFields(d.id, data, today) };
  });
  const cited = data.graph.entities.map((e): OpenDocument => ({
    ...openFields(citedRecord(e)),
    reference: docReference(labelled(e)),
    original: null,
    ...statusFields(e.id, data, today),
  }));
  return [...held, ...cited];
}

export function openCitations(data: SiteData): OpenCitation[] {
  return data.graph.citations
    .filter((r) => r.toKind !== 'self')
    .map((r): OpenCitation => {
      const out: OpenCitation = {
        from: r.from,
        to: r.toKind === 'held' || r.toKind === 'external' ? r.to : null,
        text: r.citation.text,
        context: r.context,
        relation: r.relation,
      };
      if (r.toKind === 'ambiguous') out.candidates = r.candidates ?? [];
      return out;
    });
}
