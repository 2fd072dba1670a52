/** Text made safe for HTML element content and quoted attribute values: nothing in it can open a tag or end an attribute. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * JSON for a `<script type="application/json">` data block: `<` is written `\u003c`, so no
 * string in the data can close the block ("</script>") or open a comment.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** An `href` to a file beside the page, whatever characters the article id holds. */
export const fileHref = (name: string): string => encodeURIComponent(name).replace(/'/g, '%27');
