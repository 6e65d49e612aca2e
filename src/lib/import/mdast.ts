/** Builds the body's mdast tree from classified blocks. */
import type { List, ListItem, Root, RootContent } from 'mdast';
import type { Block } from './structure.ts';

export function buildTree(blocks: readonly Block[]): Root {
  const children: RootContent[] = [];
  let list: List | null = null;
  let outerMarker: string | null = null;
  for (const b of blocks) {
    if (b.kind !== 'item') {
      list = null;
      outerMarker = null;
      if (b.kind === 'table') {
        const width = Math.max(...b.rows.map((r) => r.length));
        children.push({
          type: 'table',
          children: b.rows.map((r) => ({ type: 'tableRow', children: Array.from({ length: width }, (_, i) => ({ type: 'tableCell', children: r[i] ?? [] })) })),
        });
        continue;
      }
      if (b.kind === 'heading') children.push({ type: 'heading', depth: b.depth as 1 | 2 | 3 | 4 | 5 | 6, children: b.nodes });
      else children.push({ type: 'paragraph', children: b.nodes });
      continue;
    }
    const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: b.nodes }] };
    if (!list) {
      list = { type: 'list', ordered: false, spread: false, children: [item] };
      outerMarker = b.marker;
      children.push(list);
      continue;
    }
    if (b.marker === outerMarker) {
      list.children.push(item);
      continue;
    }
    if (b.marker !== '+') {
      list = { type: 'list', ordered: false, spread: false, children: [item] };
      outerMarker = b.marker;
      children.push(list);
      continue;
    }
    // "+" under "-" nests under the last outer item.
    const parent = list.children[list.children.length - 1]!;
    const last = parent.children[parent.children.length - 1];
    if (last && last.type === 'list') last.children.push(item);
    else parent.children.push({ type: 'list', ordered: false, spread: false, children: [item] });
  }
  return { type: 'root', children };
}
