/** Text or an attribute value made safe to put in HTML or SVG (quotes too, for either kind of attribute). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
