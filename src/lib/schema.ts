/**
 * The frontmatter of one document page (`content/documents/*.mdx`).
 *
 * This is the contract between the importer (which writes it), the content
 * collection (which validates it at build time) and `npm run check`. It is pure
 * zod with no Astro import so that scripts and tests can use it directly.
 *
 * Conventions:
 * - A field the source text does not give is `null` (or an empty list), never a
 *   guess; the importer reports each such field.
 * - Vietnamese values are kept as the document writes them (NFC).
 */
import { z } from 'zod';

/** ISO calendar date, checked for impossible days (31/02). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'not a real calendar date');

export const localitySchema = z.object({
  /** Tỉnh / thành phố trực thuộc trung ương, e.g. "Lạng Sơn", "Hồ Chí Minh". */
  province: z.string().nullable(),
  /** Quận / huyện / thị xã / thành phố thuộc tỉnh, e.g. "Tân Bình". */
  district: z.string().nullable(),
  /** Xã / phường / thị trấn, e.g. "Phong Doanh". */
  commune: z.string().nullable(),
});
export type Locality = z.infer<typeof localitySchema>;

/** Administrative level of the issuer, used for browsing and resolution. */
export const levelSchema = z.enum(['central', 'province', 'district', 'commune']);

export const signerSchema = z.object({
  /** e.g. "Ngô Ngọc Quang" */
  name: z.string().nullable(),
  /** e.g. "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" */
  capacity: z.string().nullable(),
});

export const relatedSchema = z.object({
  /** attachment: the other document is attached to this one; letter: this one is attached to it. */
  rel: z.enum(['attachment', 'letter']),
  /** The id (slug) of the related document in the collection. */
  id: z.string().min(1),
});

export const sourceSchema = z.object({
  /** Path of the raw file relative to `content/sources/`. */
  file: z.string().min(1),
  /** Which part of the file this document is (1-based), when a file holds several. */
  part: z.number().int().positive().nullable(),
  /** First and last line (1-based, inclusive) of this document in the raw file. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]).nullable(),
  /** Encoding the raw file was decoded from (utf-8, utf-16le, windows-1258, tcvn3, vni …). */
  encoding: z.string().min(1),
  /** sha256 of the raw file's bytes, so a re-import knows whether the source changed. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * For a source that is not text (Word, PDF, saved web page, scan): what it is,
   * so the page can offer it ("Bản gốc (PDF, 412 KB)"); absent for text sources.
   */
  original: z
    .object({
      format: z.enum(['docx', 'pdf', 'html', 'image']),
      /** Size of the original file in bytes. */
      bytes: z.number().int().nonnegative(),
      pages: z.number().int().positive().nullable(),
      /** Set when the text was recognised from images (OCR): it needs proofreading. */
      ocr: z
        .object({
          /** Mean word confidence, 0–100. */
          confidence: z.number().min(0).max(100),
          /** Words the engine was unsure of, each once, in reading order. */
          uncertain: z.array(z.string().min(1)),
          pages: z.number().int().positive(),
        })
        .nullable(),
    })
    .strict()
    .optional(),
});

export const documentSchema = z
  .object({
    /** Vietnamese type name: "Kế hoạch", "Nghị quyết", "Công văn", "Quyết định" … */
    docType: z.string().min(1),
    /** The number as written, leading zeros kept ("02"); null when the text does not show it. */
    number: z.string().min(1).nullable(),
    /** Official casing, no spaces: "KH-UBND", "NQ/TW", "VKS-VP", "QĐ-UBND". */
    symbol: z.string().min(1).nullable(),
    /** Only when the symbol carries it (24/2018/QĐ-UBND → 2018). */
    year: z.number().int().min(1945).max(2100).nullable(),
    /** Full name as the document gives it: "Ủy ban nhân dân quận Tân Bình". */
    issuer: z.string().min(1).nullable(),
    /** The issuer's superior body when the header shows it (e.g. "Đảng bộ phường Bãi Cháy"). */
    parentIssuer: z.string().min(1).nullable().default(null),
    level: levelSchema.nullable(),
    locality: localitySchema,
    /** Place of issue as written before "ngày": "Tân Bình", "Lạng Sơn". */
    place: z.string().min(1).nullable(),
    date: isoDate.nullable(),
    /** Trích yếu. */
    title: z.string().min(1).nullable(),
    signer: signerSchema,
    recipients: z.array(z.string().min(1)),
    source: sourceSchema,
    related: z.array(relatedSchema),
    /**
     * Fields the importer could not find in the text, with the reason; shown to
     * editors by `npm run check`, never guessed.
     */
    missing: z.array(z.object({ field: z.string().min(1), reason: z.string().min(1) })),
    /**
     * Hand corrections merged over what the importer read (from
     * `content/overrides/`), each with the value as the source wrote it, so the
     * record stays honest about what the paper says.
     */
    corrections: z
      .array(
        z.object({
          /** Dotted path of the corrected field, e.g. "signer.capacity". */
          field: z.string().min(1),
          /** The value as extracted from the source (JSON text for non-strings), or null. */
          asWritten: z.string().nullable(),
          reason: z.string().min(1),
        }),
      )
      .default([]),
  })
  .strict();

export type DocumentFrontmatter = z.infer<typeof documentSchema>;
