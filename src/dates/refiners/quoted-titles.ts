import type { DateRefiner } from '../candidate.js';

/** A span in double quotes on one line, up to 80 characters: a title, a name or a quotation. */
const QUOTED = /["“]([^"”\n]{1,80})["”]/g;

/** Small words a title leaves in lower case ("Back to the Future", "A Year in Provence"). */
const TITLE_SMALL_WORD = /^(?:a|an|the|of|in|on|at|to|by|for|and|or|but|nor|with|from|as|is)$/;

/**
 * Whether a quoted text is a title: two words or more, each capitalized or a number but for a title's small words
 * ("28 Years Later", "Friday Night Lights", "The Day After Tomorrow"); a quoted phrase in running text is not ("two days
 * later", "by the end of the year").
 */
function isTitle(quoted: string): boolean {
  const words = quoted.replace(/[,.!?;:]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  return words.every((w, i) => /^[A-Z0-9]/.test(w) || (i > 0 && TITLE_SMALL_WORD.test(w)));
}

/**
 * A date expression inside a title in quotes names no time: 'Last weekend's leader, "28 Years Later," fell' is a
 * film, not the year 2053; "Friday Night Lights" is a series, not a Friday.
 */
export const quotedTitleRefiner: DateRefiner = {
  id: 'quoted-titles',
  refine(text, candidates) {
    const titles: { start: number; end: number }[] = [];
    for (const m of text.matchAll(QUOTED)) if (isTitle(m[1]!)) titles.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length });
    if (titles.length === 0) return candidates;
    return candidates.filter((c) => !titles.some((t) => c.start >= t.start && c.end <= t.end));
  },
};
