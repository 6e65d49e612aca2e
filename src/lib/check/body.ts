/**
 * Checks on the MDX body: it must compile the way the site compiles it
 * (Sätteri with the site's Markdown features), hold text, have some
 * structure, and carry no code: the importer escapes everything, so an import,
 * an export, a `{…}` expression or a JSX element in a body was put there by
 * hand or by a broken tool, and would run at build time.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { mdxToHast } from 'satteri';
import { MARKDOWN_FEATURES } from '../site/features.ts';
import type { Problem } from './problem.ts';

interface HastNode {
  tagName?: string;
  children?: HastNode[];
}

interface MdNode {
  type: string;
  value?: string;
  name?: string | null;
  position?: { start: { line: number } };
  children?: MdNode[];
}

const CODE_NODES: Record<string, string> = {
  mdxjsEsm: 'an import/export statement',
  mdxFlowExpression: 'a {…} expression',
  mdxTextExpression: 'a {…} expression',
  mdxJsxFlowElement: 'a JSX/HTML element',
  mdxJsxTextElement: 'a JSX/HTML element',
};

/** Large enough for the longest real plan; beyond it the page is unreadable and slows the build. */
export const HUGE_BYTES = 1_000_000;

export function checkBody(file: string, body: string, bodyLine: number, bytes: number): { problems: Problem[]; compiles: boolean } {
  const problems: Problem[] = [];
  const at = (line: number) => bodyLine + line - 1;
  if (bytes > HUGE_BYTES) {
    problems.push({
      file,
      line: 1,
      field: 'file',
      message: `huge file: ${(bytes / 1e6).toFixed(1)} MB (over ${HUGE_BYTES / 1e6} MB); split it into its parts or attachments`,
      severity: 'warning',
    });
  }
  if (body.trim() === '') {
    problems.push({ file, line: bodyLine, field: 'body', message: 'empty body: the document has no text', severity: 'warning' });
    return { problems, compiles: true };
  }
  let headings = 0;
  try {
    const tree = mdxToHast(body, { features: MARKDOWN_FEATURES, position: false }) as unknown as HastNode;
    const walk = (n: HastNode) => {
      if (n.tagName && /^h[1-6]$/.test(n.tagName)) headings++;
      n.children?.forEach(walk);
    };
    walk(tree);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(msg);
    problems.push({
      file,
      line: m ? at(Number(m[1])) : bodyLine,
      field: 'body',
      message: `MDX does not compile${m ? ` (column ${m[2]})` : ''}: ${(m ? m[3]! : msg).split('\n')[0]}`,
      severity: 'error',
    });
    return { problems, compiles: false };
  }
  // Short letters (công văn) rightly have no headings; a long text without any is a wall of text.
  if (headings === 0 && body.length > 6000) {
    problems.push({
      file,
      line: bodyLine,
      field: 'body',
      message: 'no structure: no heading (Phần, Chương, Mục, Điều, I., 1.) in the whole text',
      severity: 'warning',
    });
  }
  // Code needs one of these characters; skipping the second parse keeps 5 MB bodies fast.
  if (!/[{<]|^\s*(?:import|export)\b/m.test(body)) return { problems, compiles: true };
  try {
    const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as unknown as MdNode;
    const walk = (n: MdNode) => {
      const what = CODE_NODES[n.type];
      if (what) {
        const shown = (n.value ?? n.name ?? '').replace(/\s+/g, ' ').slice(0, 60);
        problems.push({
          file,
          line: at(n.position?.start.line ?? 1),
          field: 'body',
          message: `code in content: ${what}${shown ? ` (${JSON.stringify(shown)})` : ''} would run at build time; escape it as text`,
          // Content is data: a body that would execute is refused like a schema error.
          severity: 'error',
        });
      }
      n.children?.forEach(walk);
    };
    walk(tree);
  } catch {
    // Sätteri accepted the body; remark-mdx's stricter grammar is only a second opinion.
  }
  return { problems, compiles: true };
}
