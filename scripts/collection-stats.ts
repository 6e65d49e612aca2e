/**
 * npm run stats [-- DIR] [--json]   (default: content/documents)
 *
 * Prints what the collection's citation graph gives a reader: documents
 * without a number, citations resolved to a held document, documents linked
 * to or from another one, cited-only pages. The bundled real documents (source
 * files named `<source-folder>__<file>`, see content/sources/README.md) are
 * also counted apart.
 */
import { basename } from 'node:path';
import { collectionStats, formatStats } from './bench/collection-stats.ts';

const args = process.argv.slice(2).filter((a) => a !== '--');
const json = args.includes('--json');
const dir = args.find((a) => !a.startsWith('--')) ?? 'content/documents';
const stats = collectionStats(dir, (file) => basename(file).includes('__'));
process.stdout.write(json ? JSON.stringify(stats) + '\n' : formatStats(stats, 'bundled real documents') + '\n');
