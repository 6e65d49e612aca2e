/**
 * Content is data: hostile text goes through the importer's public API and is
 * compiled and run as MDX by the same compiler the site uses (Sätteri's
 * `evaluate`). Nothing in it may execute, and every character must come out on
 * the page exactly as written.
 */
import { readFileSync } from 'node:fs';
import { evaluate } from 'satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/lib/import/document.ts';
import { toMdxBody } from '../../src/lib/import/serialize.ts';
import { documentSchema } from '../../src/lib/schema.ts';
import { MARKDOWN_FEATURES } from '../../src/lib/site/features.ts';
import { LITERALS } from '../fixtures/hostile/literals.ts';

const RAW = readFileSync('tests/fixtures/hostile/hostile-plan.txt', 'utf8');

// A minimal JSX runtime: builds a tree; rendering walks it. No React needed.
const Fragment = Symbol('Fragment');
interface El {
  type: unknown;
  props: Record<string, unknown>;
}
const jsx = (type: unknown, props: unknown): El => ({ type, props: (props ?? {}) as Record<string, unknown> });

function walk(node: unknown, onElement: (tag: string, props: Record<string, unknown>) => void): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map((n) => walk(n, onElement)).join('');
  const { type, props } = node as El;
  if (typeof type === 'function') return walk((type as (p: unknown) => unknown)(props), onElement);
  if (type !== Fragment) onElement(String(type), props);
  const text = walk(props.children, onElement);
  // Block elements end a line so that text from two paragraphs never runs together.
  return /^(p|h[1-6]|li|td|th|tr|blockquote|pre)$/.test(String(type)) ? `${text}\n` : text;
}

describe('hostile text through the importer and the MDX compiler', () => {
  let mdx = '';
  let text = '';
  const tags = new Set<string>();
  const attributes = new Set<string>();
  const g = globalThis as Record<string, unknown>;

  beforeAll(async () => {
    delete g.__hostile;
    delete g.x;
    const result = importText(RAW, {
      displayPath: 'tests/fixtures/hostile/hostile-plan.txt',
      sourceFile: 'hostile-plan.txt',
      stem: 'hostile-plan',
      sha256: '0'.repeat(64),
      encoding: 'utf-8',
      markdown: false,
    });
    expect(result.drafts).toHaveLength(1);
    const draft = result.drafts[0]!;
    expect(documentSchema.safeParse(draft.frontmatter).success).toBe(true);
    mdx = toMdxBody(draft.tree);
    const mod = await evaluate(mdx, { Fragment, jsx, jsxs: jsx, features: MARKDOWN_FEATURES });
    const Content = mod.default as (props: unknown) => unknown;
    text = walk(Content({ components: {} }), (tag, props) => {
      tags.add(tag);
      for (const k of Object.keys(props)) if (k !== 'children') attributes.add(`${tag}.${k}`);
    });
  });

  it('runs nothing: the sentinels stay unset after compiling and rendering', () => {
    expect(g.__hostile).toBeUndefined();
    expect(g.x).toBeUndefined();
  });

  it('the MDX holds no import, export, expression or JSX node', () => {
    expect(mdx).not.toMatch(/^\s*(import|export)\s/m);
    expect(mdx).not.toMatch(/(?<!\\)\{/);
    expect(mdx).not.toMatch(/(?<!\\)<[A-Za-z!/]/);
  });

  it('keeps *…* as emphasis, the one markup plain text may carry', () => {
    expect(tags.has('em')).toBe(true);
  });

  it('renders only ordinary text elements: no script, style, img, link or component', () => {
    for (const t of tags) expect(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'strong', 'em', 'br']).toContain(t);
    expect([...attributes].filter((a) => /\.on|href|src|style/i.test(a))).toEqual([]);
  });

  for (const literal of LITERALS) {
    it(`shows literally: ${literal}`, () => {
      expect(text).toContain(literal);
    });
  }
});
