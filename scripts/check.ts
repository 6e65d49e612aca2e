/**
 * npm run check [-- DIR]   (default: content/documents)
 * Validates every MDX document and lists every problem at once, then the
 * unresolved and ambiguous citations per document. Exits 1 on schema errors only.
 */
import { checkCollection } from '../src/lib/check/collection.ts';
import { exitCode, formatReport } from '../src/lib/check/report.ts';

const report = checkCollection(process.argv[2] ?? 'content/documents');
console.log(formatReport(report));
process.exitCode = exitCode(report);
