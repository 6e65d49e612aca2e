/**
 * `npm run check` on one file's frontmatter: the site's own reader (src/lib/frontmatter.ts,
 * so check and the build never disagree on what a file says), then what check asks on top of
 * it: YAML warnings, unquoted dates and body text in a field.
 */
import { isMap, isPair, isScalar, isSeq, visit, type Document, type Scalar } from 'yaml';
import { fieldMisfits } from '../body-in-fields.ts';
import { parseFrontmatter } from '../frontmatter.ts';
import type { DocumentFrontmatter } from '../schema.ts';
import type { Problem } from './problem.ts';

/** What a YAML 1.1 parser takes for a timestamp. */
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt ].*)?$/;

/** Dotted path of a scalar in the frontmatter ("date", "source.lines.0"), for messages. */
function fieldOf(doc: Document, target: Scalar): string | null {
  let found: string | null = null;
  const walk = (node: unknown, path: string[]) => {
    if (found !== null) return;
    if (node === target) {
      found = path.join('.');
      return;
    }
    if (isMap(node)) for (const pair of node.items) if (isPair(pair)) walk(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
    if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, String(i)]));
  };
  walk(doc.contents, []);
  return found;
}

export function checkFrontmatter(
  file: string,
  yamlText: string,
): { frontmatter: DocumentFrontmatter | null; data: unknown; problems: Problem[]; lineOf: (path: PropertyKey[]) => number } {
  const parsed = parseFrontmatter(file, yamlText);
  const { doc, counter } = parsed.located();
  const lineAt = (pos: number) => counter.linePos(pos).line + 1;
  const problems: Problem[] = [...parsed.problems];
  for (const w of doc.warnings) {
    problems.push({ file, line: lineAt(w.pos[0]), field: 'frontmatter', message: `YAML warning: ${w.message.split('\n')[0]}`, severity: 'warning' });
  }
  const mapping = parsed.data !== null && typeof parsed.data === 'object' && !Array.isArray(parsed.data);
  if (!doc.errors.length && mapping) {
    // Another YAML 1.1 reader (Astro's own, any tool downstream) reads an unquoted 2024-02-31 as a
    // timestamp: a Date object silently rolled over to 2 March. The importer quotes every date.
    visit(doc, {
      Scalar(_key, node) {
        if (node.type === 'PLAIN' && typeof node.value === 'string' && TIMESTAMP.test(node.value) && node.range) {
          problems.push({
            file,
            line: lineAt(node.range[0]),
            field: fieldOf(doc, node) ?? 'frontmatter',
            message: `unquoted date ${node.value}: a YAML 1.1 reader (Astro's) takes it for a timestamp, not text; write it in quotes ("${node.value}")`,
            severity: 'error',
          });
        }
      },
    });
  }
  if (parsed.frontmatter) {
    for (const m of fieldMisfits(parsed.frontmatter)) {
      problems.push({ file, line: parsed.lineOf(m.path), field: m.path.join('.'), message: `body text in a field: ${m.message}; correct it in the overrides file beside the source and re-import`, severity: 'error' });
    }
  }
  return { frontmatter: parsed.frontmatter, data: parsed.data, problems, lineOf: parsed.lineOf };
}
