/**
 * Pagefind's excerpts are HTML with <mark> around matches. They are turned into
 * plain segments and rendered as text nodes, never as HTML: a document's text
 * is data, whatever it contains.
 */
import { fromIndexForm } from './fold.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function parseExcerpt(html: string): Segment[] {
  const out: Segment[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) {
      mark = true;
    } else if (/^<\/mark>$/i.test(part)) {
      mark = false;
    } else if (part !== '') {
      const text = fromIndexForm(decode(part.replace(/<[^>]*>/g, '')));
      const last = out[out.length - 1];
      if (last && last.mark === mark) last.text += text;
      else if (text !== '') out.push({ text, mark });
    }
  }
  return out;
}

export interface SubResult {
  url: string;
  excerpt: string;
  anchor?: { id?: string } | undefined;
  weighted_locations?: Array<{ weight: number; balanced_score?: number; location: number }>;
}

/**
 * The part of the page where the query weighs most (Pagefind splits a page at
 * headings with ids): the result opens there. Null when nothing matched in the
 * text (a document found by its number alone).
 */
export function bestSubResult<T extends SubResult>(subs: readonly T[]): T | null {
  let best: T | null = null;
  let bestScore = 0;
  for (const s of subs) {
    const score = (s.weighted_locations ?? []).reduce((sum, l) => sum + (l.balanced_score ?? l.weight), 0);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}
