/**
 * Plain text made safe to put where HTML is expected (a feed's type="html" element, Leaflet's
 * attribution): every character that HTML gives a meaning to is written as an entity, so the
 * reader sees `<script>` or `&` literally and nothing is interpreted.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/** JSON safe inside an HTML `<script type="application/json">` block (no `</script>` can end it early). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
