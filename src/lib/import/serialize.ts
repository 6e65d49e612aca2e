/**
 * MDX serialisation: mdast → markdown with the MDX and GFM extensions, so that
 * text can never turn into markup (JSX, expressions, ESM, HTML, code).
 */
import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options, type Unsafe } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';

/** Characters and line starts that MDX would read as code unless escaped. */
const EXTRA_UNSAFE: Unsafe[] = [
  // `{`, `<`, backticks, `~` and `|` are already escaped by the MDX and GFM extensions.
  { character: '}' },
  { character: '>' },
  { character: '$' },
  // ESM: `import` / `export` at the start of a line opens a JavaScript block in MDX.
  { atBreak: true, character: 'i', after: 'mport\\b' },
  { atBreak: true, character: 'e', after: 'xport\\b' },
];

const OPTIONS: Options = {
  extensions: [mdxToMarkdown(), gfmToMarkdown(), { unsafe: EXTRA_UNSAFE }],
  bullet: '-',
  bulletOther: '*',
  emphasis: '*',
  strong: '*',
  listItemIndent: 'one',
  rule: '-',
};

export function toMdxBody(tree: Root): string {
  return toMarkdown(tree, OPTIONS);
}

export function toYaml(data: unknown): string {
  return stringify(data, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    indent: 2,
  });
}

export function toMdxFile(frontmatter: unknown, body: string): string {
  return `---\n${toYaml(frontmatter)}---\n\n${body}`;
}
