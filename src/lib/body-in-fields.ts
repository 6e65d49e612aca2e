/**
 * Fields that cannot be what they claim: a recipient, title or signer holding body text.
 * The importer refuses such a document and `npm run check` flags the same on existing files,
 * so both apply this one rule.
 */
import type { DocumentFrontmatter } from './schema.ts';

export interface FieldMisfit {
  /** Dotted path: "title", "recipients.3", "signer.name". */
  path: (string | number)[];
  message: string;
}

/** A structural marker of the body: "Điều 1.", "Chương II", "Phần 1", "Mục 2". */
const STRUCTURAL = /(?:^|[\s.;:])(?:Điều\s+\d+[a-z]?\s*[.:]|Chương\s+(?:[IVXLC]+|\d+)(?![\p{L}\d])|Phần\s+(?:[IVXLC]+|\d+|thứ)(?![\p{L}\d])|Mục\s+(?:[IVXLC]+|\d+)\s*[.:])/u;

export const LIMITS = { recipient: 200, title: 1000, signerName: 60, signerCapacity: 200 } as const;

export function fieldMisfits(fm: Pick<DocumentFrontmatter, 'title' | 'recipients' | 'signer'>): FieldMisfit[] {
  const out: FieldMisfit[] = [];
  const short = (s: string) => (s.length > 70 ? `${s.slice(0, 67)}…` : s);
  if (fm.title) {
    if (fm.title.length > LIMITS.title) out.push({ path: ['title'], message: `a title of ${fm.title.length} characters (over ${LIMITS.title}) holds body text: “${short(fm.title)}”` });
    else if (STRUCTURAL.test(fm.title)) out.push({ path: ['title'], message: `the title holds a structural marker of the body (${STRUCTURAL.exec(fm.title)![0].trim()}): “${short(fm.title)}”` });
  }
  fm.recipients.forEach((r, i) => {
    if (r.length > LIMITS.recipient) out.push({ path: ['recipients', i], message: `a recipient of ${r.length} characters (over ${LIMITS.recipient}) holds body text: “${short(r)}”` });
    else if (STRUCTURAL.test(r) && !/^(?:như|nhu)\s/iu.test(r)) out.push({ path: ['recipients', i], message: `a recipient holds a structural marker of the body (${STRUCTURAL.exec(r)![0].trim()}): “${short(r)}”` });
  });
  if (fm.signer.name && (fm.signer.name.length > LIMITS.signerName || STRUCTURAL.test(fm.signer.name))) out.push({ path: ['signer', 'name'], message: `the signer's name cannot be “${short(fm.signer.name)}”` });
  if (fm.signer.capacity && (fm.signer.capacity.length > LIMITS.signerCapacity || STRUCTURAL.test(fm.signer.capacity))) out.push({ path: ['signer', 'capacity'], message: `the signer's capacity cannot be “${short(fm.signer.capacity)}”` });
  return out;
}
