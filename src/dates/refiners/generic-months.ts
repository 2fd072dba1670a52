import type { Candidate, DateRefiner } from '../candidate.js';
import { resolveYearless } from '../anchoring.js';
import { sentenceEndAfter, sentenceStartBefore } from '../parsers/guards.js';
import { pastLikeBare } from '../../events/lemma.js';

/** A bare month name, the whole candidate ("October", not "October 9" or "last October"). */
const BARE_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The start of a sentence or line before the month: a line break or a full stop, then only whitespace or an opening quote. */
const SENTENCE_START = /[\n.!?]\s*["'“‘]?$/;

/**
 * A present-tense copula after it, not one pointing at a particular month: a progressive
 * ("is shaping up"), a scheduled or expected future ("is expected to", "is set", "is due"),
 * a state of this month ("is over", "is here", "is almost gone") or a negation.
 */
const PRESENT_COPULA =
  /^\s+(?:is|are)\s+(?!(?:expected|set|due|likely|going|poised|forecast|projected|scheduled|slated|over|here|almost|nearly|already|still|now|not|no\s+longer)\b|\w+ing\b)\w/;

/**
 * A month as the subject of a present-tense "is" at the start of a sentence says what that
 * month is every year ("April is the most ideal month", "October is National Magic Month"):
 * no particular year, `XXXX-04` (TimeML Annotation Guidelines 1.2.1 §2.2.3, values of generic
 * expressions leave the unknown year as `XXXX`). A month after a preposition is not the subject
 * ("Sales in October are up") and keeps its year.
 */
export const genericMonthRefiner: DateRefiner = {
  id: 'generic-months',
  refine(text, candidates) {
    return candidates.map((c): Candidate => {
      if (!c.yearless || c.parts) return c;
      if (climateOfTheYear(text, c)) return climateCandidate(c);
      if (c.grain !== 'month' || !BARE_MONTH.test(text.slice(c.start, c.end))) return c;
      // The text's start counts as a line break.
      if (!SENTENCE_START.test(`\n${text.slice(Math.max(0, c.start - 8), c.start)}`)) return c;
      if (!PRESENT_COPULA.test(text.slice(c.end, c.end + 40))) return c;
      const { yearless } = c;
      return { ...c, source: 'generic-months', yearless: { ...yearless, at: () => yearless.at(null) } };
    });
  },
};

/** A bare season ("summer", "the winter"), as the seasons parser gives it without a year or a shift word. */
const BARE_SEASON = /^(?:the\s+)?(?:spring|summer|autumn|fall|winter)$/i;

/**
 * Words that state the weather: "it is about 24°C", "temperatures average 5 degrees", "the monsoon". Not
 * "climate" ("the political climate", "the climate conference") nor "degrees" without a temperature ("receive their degrees", "awards 3,000 degrees").
 */
const CLIMATE = /\d\s*°|°\s*[CF]\b|(?<![\d,.])\d{1,3}\s+degrees\b|\b(?:temperatures?|rainfall|monsoon|humidity|snowfall)\b/gi;

/**
 * A word or stop that opens another clause between the month and the climate words ("The Fed meets in September as
 * temperatures soar", "The trial resumes in April, and temperatures in the courtroom are high"); "and" only after a
 * comma, as a plain "and" joins months ("Temperatures in January and February average 5°C").
 */
const CLAUSE_BREAK = /[;:—–]|,\s*(?:and|or|so|yet)\b|\b(?:as|while|when|whereas|because|although|though|but|after|before|until|if|since|which|who|that)\b/i;

/**
 * Words that make a statement about the weather a report or forecast of one year's ("forecast", "expected",
 * "this", "next", "record", "above normal", "double the average", "the warmest since 1880", a stated year).
 * Not "above" or "below" alone: "temperatures are below freezing" is every January's.
 */
const ONE_YEARS_WEATHER =
  /\b(?:forecasts?|forecasters?|predict(?:s|ed|ions?)?|expect(?:s|ed)?|warn(?:s|ed|ings?)?|will|this|next|last|record|since|(?:above|below)\s+(?:the\s+)?(?:normal|average|norm|usual|seasonal)|normal|double|twice|triple|half\s+the|than|highest|lowest|warmest|hottest|coldest|wettest|driest|heatwave|heat\s+wave|(?:19|20)\d\d)\b|['’]ll\b/i;

/** The sentence around [start, end) and where it starts. */
function sentenceAround(text: string, start: number, end: number): { from: number; sentence: string } {
  const from = sentenceStartBefore(text, start);
  return { from, sentence: text.slice(from, sentenceEndAfter(text, end)) };
}

/** Whether climate words stand in the month's own clause: no other clause opens between them. */
function climateInClause(text: string, c: Candidate, from: number, sentence: string): boolean {
  for (const m of sentence.matchAll(CLIMATE)) {
    const at = from + m.index;
    const between = at >= c.end ? text.slice(c.end, at) : text.slice(at + m[0].length, c.start);
    if (!CLAUSE_BREAK.test(between)) return true;
  }
  return false;
}

/**
 * A bare month or season in a sentence about the climate: "in January, it is about 24°C (75°F)",
 * "Temperatures in January average 5°C", "In summer, temperatures reach 40°C". Told in the present, it
 * says what every January is like, no particular one (TimeML 1.2.1 §2.2.3: a generic expression leaves
 * the unknown year as `XXXX`). A forecast, a record or this year's weather ("expected", "this", "record"),
 * or a past or future clause ("fell to -20°C in January", "will reach 40°C in July") keeps its year.
 */
function climateOfTheYear(text: string, c: Candidate): boolean {
  const extent = text.slice(c.start, c.end);
  if (c.grain === 'month' ? !BARE_MONTH.test(extent) : c.grain !== 'season' || !BARE_SEASON.test(extent)) return false;
  const { from, sentence } = sentenceAround(text, c.start, c.end);
  return !ONE_YEARS_WEATHER.test(sentence) && !pastAfterSingularClimate(text, c) && climateInClause(text, c, from, sentence);
}

/** A singular weather noun and its month before the next word: "rainfall in January (hurt)". */
const SINGULAR_CLIMATE_BEFORE = /\b(?:rainfall|snowfall|humidity|monsoon|temperature)\s+(?:in|during)\s+$/i;

/**
 * Whether the verb after "rainfall in January" is a bare form that can be a past tense ("rainfall in January hurt
 * its harvest"): after a singular subject a present tense would take -s ("hurts"), so it is the past, one January's.
 * compromise's conjugation table answers for the word, with no parse of it.
 */
function pastAfterSingularClimate(text: string, c: Candidate): boolean {
  if (!SINGULAR_CLIMATE_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start))) return false;
  const word = /^\s+([a-z]+)\b/.exec(text.slice(c.end, c.end + 30))?.[1];
  return word !== undefined && !word.endsWith('s') && pastLikeBare(word);
}

/** The candidate valued without a year when its clause is in the present (or has no tense), as it was otherwise. */
function climateCandidate(c: Candidate): Candidate {
  const { yearless } = c;
  if (!yearless) return c;
  return {
    ...c,
    yearless: undefined,
    source: 'generic-months',
    resolve: (scope) => {
      const tense = scope.tense();
      return tense === 'present' || tense === 'habitual' || tense === null ? yearless.at(null) : resolveYearless(yearless, scope);
    },
  };
}
