/**
 * The one hook into Markdown processing (a Sätteri hast plugin, so Astro keeps
 * its fast Rust pipeline): gives anchored headings and numbered paragraphs
 * their ids and copy-link controls, and turns citations into links. The work
 * is done by src/lib/anchors.ts and src/lib/site/*; this file only applies it.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry, HastNode } from 'satteri';
import { computeAnchors } from '../lib/anchors.ts';
import { getSiteData, type SiteData } from '../lib/site/collection.ts';
import { trimAutolink } from '../lib/site/autolink.ts';
import { anchorLink, citationNodes, type HastElement } from '../lib/site/hast-build.ts';
import { numberFootnotes } from '../lib/site/footnotes.ts';
import { collectText, type HastLike } from '../lib/site/hast-text.ts';
import { linkFor, type CitationLink } from '../lib/site/links.ts';
import { DOCUMENT_EXTENSION } from '../lib/site/load.ts';
import { splitRuns, type Span } from '../lib/site/segment.ts';

export interface DocumentPluginOptions {
  /** Where the collection comes from (tests pass their own). */
  data?: () => SiteData;
}

export function documentPlugin(options: DocumentPluginOptions = {}): HastPluginEntry {
  const load = options.data ?? (() => getSiteData());
  return (factory) => {
    if (!factory.fileURL) return null;
    const file = fileURLToPath(factory.fileURL);
    const data = load();
    if (!file.startsWith(data.dir)) return null;
    const id = basename(file, DOCUMENT_EXTENSION);
    const doc = data.byId.get(id);
    if (!doc) return null;
    return {
      name: 'can-cu-document',
      before(root, ctx) {
        const collected = collectText(root as unknown as HastLike);
        const anchors = computeAnchors(collected.blocks.map((b) => ({ text: b.text, heading: b.heading })));
        anchors.forEach((a, i) => {
          if (!a) return;
          const node = collected.blocks[i]!.node as unknown as HastNode;
          ctx.setProperty(node, 'id', a.id);
          ctx.setProperty(node, 'dataAnchorLabel', a.label);
          ctx.setProperty(node, 'className', ['anchored']);
          ctx.appendChild(node, anchorLink(a.id, a.label) as unknown as HastNode);
        });

        let records = data.outgoing.get(id) ?? [];
        if (collected.text !== doc.text) {
          // Offsets would point at the wrong words: say so rather than link the wrong text.
          ctx.report({ message: `${file}: body text differs from the collection's parse; citations not linked`, severity: 'warning' });
          console.warn(`[can-cu] ${file}: body text differs from the collection's parse; citations not linked`);
          records = [];
        }
        const spans: Span<CitationLink>[] = records.map((r) => ({
          start: r.citation.start,
          end: r.citation.end,
          payload: linkFor(r, data),
        }));
        const split = splitRuns(collected.runs, spans);
        for (const [ri, pieces] of split) {
          const nodes = pieces.flatMap((p) => (typeof p === 'string' ? [{ type: 'text' as const, value: p }] : citationNodes(p.payload, p.text, p.last)));
          ctx.replaceNode(collected.runs[ri]!.node as unknown as HastNode, nodes as unknown as HastNode[]);
        }
        // Content is data: HTML typed into a body is shown as text, never passed through as markup.
        collected.runs.forEach((run, ri) => {
          if (run.node.type !== 'raw' || split.has(ri)) return;
          ctx.replaceNode(run.node as unknown as HastNode, [{ type: 'text', value: run.node.value ?? '' }] as unknown as HastNode[]);
        });
        const splitNodes = new Set([...split.keys()].map((ri) => collected.runs[ri]!.node));
        forEachElement(root as unknown as HastLike, (node) => {
          if (node.tagName !== 'a' || node.children?.some((c) => splitNodes.has(c))) return;
          const trimmed = trimAutolink(node as unknown as HastElement);
          if (trimmed) ctx.replaceNode(node as unknown as HastNode, trimmed as unknown as HastNode[]);
        });
        numberFootnotes(root as unknown as HastLike, {
          setProperty: (node, name, value) => ctx.setProperty(node as unknown as HastNode, name, value),
          replaceNode: (node, nodes) => ctx.replaceNode(node as unknown as HastNode, nodes as unknown as HastNode[]),
          prependChild: (node, children) => ctx.prependChild(node as unknown as HastNode, children as unknown as HastNode[]),
        });
      },
    };
  };
}

function forEachElement(node: HastLike, visit: (node: HastLike) => void): void {
  if (node.type === 'element') visit(node);
  for (const child of node.children ?? []) forEachElement(child, visit);
}
