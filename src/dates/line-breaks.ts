/**
 * A date broken over two lines of hard-wrapped prose ("signed on July⏎11, 2019"): one line break,
 * inside a line of running text long enough to have been wrapped, not after a sentence end. A short
 * line (a headline, a weekday line above a date line, a list item) keeps its line break as a boundary.
 */
export function softWrapped(text: string, start: number, extent: string): boolean {
  const breaks = extent.split('\n').length - 1;
  if (breaks !== 1 || /[.!?:;]\s*\n|\n\s*[-*•\d]+[.)]\s/.test(extent)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = start + extent.indexOf('\n');
  return lineEnd - lineStart >= 50;
}
