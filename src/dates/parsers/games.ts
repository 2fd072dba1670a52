/**
 * Sentences and paragraphs about a game, where ordinals and halves are parts of a match ("in the second half",
 * "from the 3rd to the 7th" innings), not periods of a calendar.
 */

const GAME_WORDS =
  /\b(?:goals?|scored?|scoring|match|game|minutes?|penalty|kick|kick-?off|(?:was|were|been|got)\s+booked|innings?|quarterback|touchdown|striker|half-?time|referee|whistle|league|cup|team|coach|players?)\b/i;

/**
 * Words only a match report uses, looked for in the whole paragraph: a match report's "In the
 * second half, X was booked" or a player's "In the first half it felt good" need not repeat the
 * game in their own sentence ("the 62nd minute", "Man of the Match", "a yellow card"). Words a
 * business report also uses ("booked", "scored", "kick-off", "goals", "a match") count only in the
 * sentence ("Orders were booked. Revenue rose in the first half" is a half year).
 */
const MATCH_REPORT_WORDS =
  /\b(?:Man\s+of\s+the\s+Match|penalty\s+(?:spot|area|shoot-?out)|referee|half-?time|(?:yellow|red)\s+card|innings|touchdown|quarterback|goalkeeper|\d+(?:st|nd|rd|th)\s+minute)\b/i;

/** The sentence around a position, roughly: from the previous to the next sentence end. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start), text.lastIndexOf('\n', start), 0);
  const stops = [text.indexOf('.', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

/** The paragraph (line) around a position, at most `reach` characters either side. */
function paragraphAround(text: string, start: number, end: number, reach = 400): string {
  const from = Math.max(text.lastIndexOf('\n', start) + 1, start - reach, 0);
  const stop = text.indexOf('\n', end);
  return text.slice(from, Math.min(stop < 0 ? text.length : stop, end + reach));
}

/** Whether a period word sits in a sentence about a game, or in a paragraph of a match report. */
export const aboutAGame = (text: string, start: number, end: number): boolean =>
  GAME_WORDS.test(sentenceAround(text, start, end)) || MATCH_REPORT_WORDS.test(paragraphAround(text, start, end));

