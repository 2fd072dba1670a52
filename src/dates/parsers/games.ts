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

/**
 * A result: a verb of winning or losing before a score ("beat the Celtics 101-99", "won 3-1"), or a score before the
 * result's noun ("a 101-99 win"). A bare pair of numbers is not enough: votes ("voted 7-2") and ranges ("10-15%") have it too.
 */
const RESULT =
  /\b(?:beat|beats|beaten|defeat(?:s|ed)?|won|wins|lost|loses|edged|routed|thrashed|drew|trail(?:s|ed)|led)\s+(?:[\w'’.-]+\s+){0,3}\d{1,3}\s*[-–]\s*\d{1,3}\b(?!\s*(?:%|percent|per\s+cent|million|billion))|\b\d{1,3}\s*[-–]\s*\d{1,3}\s+(?:win|victory|loss|defeat|draw|lead)\b/i;

/** Whether a position sits in a sentence with one of `words` or a result, or in a paragraph of a match report. */
function inAGame(words: RegExp, text: string, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end);
  return words.test(sentence) || RESULT.test(sentence) || MATCH_REPORT_WORDS.test(paragraphAround(text, start, end));
}

/** Whether a period word sits in a sentence about a game (its words or a result), or in a paragraph of a match report. */
export const aboutAGame = (text: string, start: number, end: number): boolean => inAGame(GAME_WORDS, text, start, end);

/**
 * Words of a game played in quarters, looked for in the sentence: "scored 12 points in the 4th quarter". Fewer than
 * GAME_WORDS: a business quarter shares "team", "game", "league" and "players" ("Game sales rose in the third quarter").
 */
const QUARTER_GAME_WORDS = /\b(?:scored\s+\d+|touchdowns?|quarterback|rebounds?|three-pointers?|free\s+throws?|field\s+goals?|buzzer|NBA|NFL|WNBA)\b/;

/** Whether a quarter sits in a sentence about a game played in quarters, a result, or a paragraph of a match report. */
export const quarterOfAGame = (text: string, start: number, end: number): boolean => inAGame(QUARTER_GAME_WORDS, text, start, end);
