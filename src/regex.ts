/** Escape for a `u`-flag pattern, where only syntax characters may be escaped. */
export const escape = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** Words as a regex alternation, longest first, so "US$" wins over "$" and "hong kong" over "kong". */
export const alternation = (words: Iterable<string>, map: (w: string) => string = escape): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(map).join('|');
