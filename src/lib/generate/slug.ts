/**
 * ASCII slug of Vietnamese text ("Ủy ban nhân dân quận Tân Bình" → "uy-ban-nhan-dan-quan-tan-binh").
 * Hand-written rather than a library call because it runs for every one of
 * tens of thousands of generated names and must never change between versions.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
