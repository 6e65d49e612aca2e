/**
 * GFM links a bare address written in a document's text ("www.dolab.gov.vn"),
 * but it keeps a closing quotation mark after it as part of the address
 * (“… www.dolab.gov.vn” → a link to www.dolab.gov.vn%E2%80%9D, which does not
 * exist). Vietnamese texts quote addresses with curly quotes, so the closing
 * punctuation is moved back out of the link, into the text after it.
 */
import type { HastElement, HastText } from './hast-build.ts';

/** Closing quotes and brackets, then the sentence punctuation GFM itself leaves out. */
const TRAILING = /[”’"»)\]}.,;:!?…]+$/u;

/**
 * The nodes that replace an autolinked address whose text ends in closing
 * punctuation, or null when the link is fine or was written as a link on purpose.
 */
export function trimAutolink(link: HastElement): Array<HastElement | HastText> | null {
  if (link.tagName !== 'a' || link.children.length !== 1) return null;
  const child = link.children[0]!;
  if (child.type !== 'text') return null;
  const text = child.value;
  const href = String(link.properties.href ?? '');
  let decoded: string;
  try {
    decoded = decodeURI(href);
  } catch {
    return null;
  }
  // Only links GFM made from bare text: the address shown is the address linked.
  const scheme = decoded === text ? '' : decoded === `http://${text}` ? 'http://' : null;
  if (scheme === null) return null;
  const tail = TRAILING.exec(text)?.[0];
  if (!tail) return null;
  let kept = text.slice(0, -tail.length);
  let moved = tail;
  // A balanced bracket inside the address stays ("…/Trang(1)").
  while (moved.startsWith(')') && (kept.match(/\(/g)?.length ?? 0) > (kept.match(/\)/g)?.length ?? 0)) {
    kept += ')';
    moved = moved.slice(1);
  }
  if (!moved) return null;
  if (!/[\p{L}\p{N}]/u.test(kept)) return null;
  return [
    { ...link, properties: { ...link.properties, href: encodeURI(scheme + kept) }, children: [{ type: 'text', value: kept }] },
    { type: 'text', value: moved },
  ];
}
