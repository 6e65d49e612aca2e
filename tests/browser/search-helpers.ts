/** Drives the real search page of the built site. */
import type { Page } from 'playwright-core';

export interface ShownResult {
  href: string;
  path: string;
  title: string;
  facts: string;
  badges: string;
  excerpt: string;
  marks: string[];
}

export interface ShownSearch {
  status: string;
  state: string;
  results: ShownResult[];
}

/** Opens /tim-kiem/ with the given query string and waits for the search to finish. */
export async function openSearch(page: Page, base: string, params: string): Promise<ShownSearch> {
  await page.goto(`${base}/tim-kiem/${params}`);
  return readSearch(page);
}

export async function readSearch(page: Page): Promise<ShownSearch> {
  await page.waitForFunction(
    () => ['done', 'empty', 'error', 'idle'].includes(document.querySelector<HTMLElement>('[data-search-page]')?.dataset.state ?? ''),
    null,
    { timeout: 30_000 },
  );
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-search-page]')!;
    return {
      status: root.querySelector('[data-status]')?.textContent?.trim() ?? '',
      state: root.dataset.state ?? '',
      results: [...root.querySelectorAll('.sr-item')].map((li) => {
        const a = li.querySelector<HTMLAnchorElement>('a.sr-link')!;
        return {
          href: a.getAttribute('href') ?? '',
          path: new URL(a.href).pathname,
          title: a.textContent ?? '',
          facts: li.querySelector('.sr-facts')?.textContent ?? '',
          badges: li.querySelector('.sr-badges')?.textContent ?? '',
          excerpt: li.querySelector('.sr-excerpt')?.textContent ?? '',
          marks: [...li.querySelectorAll('.sr-excerpt mark')].map((m) => m.textContent ?? ''),
        };
      }),
    };
  });
}

export const q = (query: string): string => `?q=${encodeURIComponent(query)}`;

/** Lowercase, no diacritics, đ → d (to compare excerpts with unaccented queries). */
export function plain(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ');
}
