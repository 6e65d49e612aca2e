/** Open-data exports and browse groupings (pure; the pages call these). */
export * from './records.ts';
export * from './csv.ts';
export * from './feeds.ts';
export * from './sitemap.ts';
export * from './browse.ts';
export * from './issuers.ts';
