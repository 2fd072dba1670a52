// Kept apart from html.ts, whose HTML parser loads with the first HTML input only: a run of text
// or JSON Lines starts its workers without it.

/** A text that is an HTML page whatever its file name: "<!DOCTYPE html" or "<html" first. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(?:!doctype\s+html|html[\s>])/i.test(text);
}

/** Whether an input should go through `htmlToText`: by its ending (.html, .htm) or by its first characters. */
export function isHtmlInput(file: string | null, text: string): boolean {
  return (file !== null && /\.html?$/i.test(file)) || looksLikeHtml(text);
}
