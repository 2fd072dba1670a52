/** The shape of a word, runs collapsed: "Moscow" → "Xx", "U.S." → "X.X.", "2-1" → "d-d", "McCain" → "XxXx". */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last || !/[Xxd]/.test(c)) out += c;
    last = c;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

/**
 * A word of an all-capitals or title-case line written as running text would write it: an
 * ordinary English word in lower case, anything else (a name, an unknown word) capitalized.
 * "MOSCOW SAYS" → "Moscow says", so that such lines are tagged as text, not by their capitals.
 */
export function asRunningText(word: string, ordinary: (lower: string) => boolean): string {
  const lower = word.toLowerCase();
  if (ordinary(lower)) return lower;
  return word === word.toUpperCase() && word.length > 1 ? lower.charAt(0).toUpperCase() + lower.slice(1) : word;
}
