/** The home list in pages, so that it stays light at ten thousand documents. */
export const PAGE_SIZE = 100;

export const pageCount = (total: number): number => Math.max(1, Math.ceil(total / PAGE_SIZE));

export const pageSlice = <T>(items: readonly T[], page: number): T[] => items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

/** Page 1 is the home page itself. */
export const pageHref = (page: number): string => (page <= 1 ? '/' : `/trang/${page}/`);
