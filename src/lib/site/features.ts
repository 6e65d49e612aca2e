/**
 * Markdown features used both by Astro's MDX pipeline and by the data layer's
 * own parse, so that both see the same text. Smart punctuation is off: a
 * document is a record and its quotes and dashes stay as written.
 */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: false } as const;
