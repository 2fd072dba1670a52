import { fixedCandidate, groupEnd, groupStart, scan, scanWhere, type Candidate, type DateParser, type Resolution, type Tense } from '../candidate.js';
import { monthNumber } from '../words.js';
import { addMonths, formatDay, type Day } from '../calendar.js';
import { sentenceStartBefore } from './guards.js';
import { aboutAGame } from './games.js';
import { EVENT_OBJECT, PUTTING_OFF } from '../putting-off.js';

/** An active verb that puts an event off or reschedules it, then its object: "pushed the concert back", "rescheduled the vote". */
const ACTIVE_MOVE = String.raw`(?:${PUTTING_OFF}|\breschedule[ds]?${EVENT_OBJECT})\s+`;

/**
 * "on the 15th", "by the 3rd", "until the 21st.", "scheduled for the 21st", "from the 3rd to the 5th", "between the 3rd and the 5th": a day of the month the
 * text is on, without the month's name. Only after a preposition of time (or "to", "and" after
 * "from/between/on the Nth", not after any ordinal: "finished 2nd and the 3rd, Ajax, went down") and before the end of the phrase, so that "the 15th century", "the 3rd floor" and
 * "the 21st anniversary" stay out.
 */
const ORDINAL_DAY = new RegExp(
  String.raw`\b(?:on|by|until|till|since|before|after|from|through|between|(?<=\b(?:scheduled|set|planned|slated|due|postponed|delayed|moved|rescheduled|called)\s+)for|(?<=\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?(?:postponed|delayed|moved|rescheduled|pushed\s+back|brought\s+forward|put\s+off|shifted)\s+)(?:to|until|till)|(?<=${ACTIVE_MOVE})(?:to|until|till)|(?<=\b(?:from|between|on)\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+)(?:to|and|or))\s+(?<x>the\s+(?<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b(?=\s*[,.;:)]|\s+(?:and|or|but|to|at|when|in|because|amid|due|following|of\s+(?:this|that|the|next|last)\s+month)\b|\s*$)`,
  'dgi',
);
/** What every ORDINAL_DAY match holds: "the" and a day's ordinal. */
const THE_ORDINAL = /the\s+\d{1,2}(?:st|nd|rd|th)\b/i;

/**
 * The month is that of the last date the text named with a month in this passage, else the
 * document's, moved a month ahead for a future clause about a day already past ("will meet on
 * the 5th", written on the 10th) and a month back for a past clause about a day still to come
 * (TimeML Annotation Guidelines 1.2.1 §2.2.3: the value the context gives an underspecified date).
 */
/**
 * The other end of a range of ordinals before a word: "from the 6th to the 12th week" counts
 * weeks, not days; "from the 15th to the 19th century" names a century (TIMEX3 `14`, §2.2.3); "the 1st and
 * 2nd Battalions" are units, "from the 12th to the 3rd in the rankings" places. A month ("to the 5th in May",
 * "the 6th and 7th May") or "next month" after it makes them days.
 */
const ORDINAL_RANGE_OF_NOUN =
  /^\s+(?:and|or|to|through)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+(?!of\b|(?:in\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|(?:this|next|last)\s+month\b)(?<noun>[A-Za-z]+)/;

/**
 * The other end of a range that names the month: "the 6th to the 12th of October", "the 6th and
 * 7th of May 2018", "the 3rd to the 5th in May". The first end is a day of that month, its year the
 * second end's; the second end takes a month right after it ("to the 5th in May") in a range alone.
 */
const RANGE_END_WITH_MONTH =
  /^\s*(?:(?:to|and|or|through|until|till|[-–—])\s*(?:the\s+)?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:(?:of|in)\s+)?|\s+(?:of|in)\s+)(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?:,?\s+(?<y>\d{4})\b)?/;

/** "in" or "at" and not a month after a range's second end: "to the 3rd in the world rankings", "to the 2nd at the final turn". */
const PLACE_AFTER = /^\s+(?:in|at)\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/;

/**
 * A range of days "from the 3rd to the 5th" before a town's or venue's name ("in Edinburgh", "at Wembley"): a rising range
 * before a name, not a month, not "the", and not after a verb of moving in a table ("climbed from the 12th to the 3rd
 * in the world rankings", "moved from the 3rd to the 5th in Formula One standings").
 */
const FROM_TO_BEFORE_NAME =
  /^from\s+the\s+(?<d1>\d{1,2})(?:st|nd|rd|th)\s+(?:to|through|until|till)\s+the\s+(?<d2>\d{1,2})(?:st|nd|rd|th)\s+(?:in|at)\s+(?!(?:The|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][a-z]+\b(?!\s+(?:[A-Z][\w-]*\s+)*(?:standings|rankings?|tables?|league|polls?|charts?|championship)\b)/;

/** A verb of moving or ranking before "from": the ordinals are places in a table ("climbed from the 12th to the 3rd"). */
const MOVE_BEFORE = /\b(?:went|goes|go|gone|climb(?:ed|s|ing)?|r[io]se|rising|fell|fall(?:s|ing)?|slipp?(?:ed|s|ing)?|dropp?(?:ed|s|ing)?|mov(?:ed|es|ing)(?:\s+up|\s+down)?|jump(?:ed|s|ing)?|improv(?:ed|es|ing)|slid(?:es|ing)?|tumbl(?:ed|es|ing)|advanc(?:ed|es|ing)|finish(?:ed|es|ing)?|rank(?:ed|s|ing)?)\s+(?:\w+\s+)?$/i;

/** Whether "from the Nth to the Mth in <Name>" at `from` is a rising range of days before a place's name. */
function dayRangeBeforeName(text: string, from: number): boolean {
  const range = FROM_TO_BEFORE_NAME.exec(text.slice(from, from + 80));
  return range !== null && Number(range.groups!.d1) < Number(range.groups!.d2) && !MOVE_BEFORE.test(text.slice(Math.max(0, from - 30), from));
}

/** Where "from the Nth to " opens before the second end at `pos`, or -1. */
const FROM_FIRST_BEFORE = /\bfrom\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+(?:to|through|until|till)\s+$/i;
function fromOpening(text: string, pos: number): number {
  const m = FROM_FIRST_BEFORE.exec(text.slice(Math.max(0, pos - 30), pos));
  return m ? Math.max(0, pos - 30) + m.index : -1;
}

/** "between the 3rd" and its other end "and the 5th": the first or second end of a range "between" opens. */
const BETWEEN_FIRST = /^between\b/i;
const BETWEEN_SECOND_BEFORE = /\bbetween\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+$/i;

/** A month the sentence names before a position: "In March, the talks were held between the 3rd and the 5th", "this month". */
const MONTH_NAMED =
  /\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|September|October|November|December|(?:this|next|last|that|the\s+same)\s+month)\b/;

/** "(the 3rd and the 5th) of this month": the range's month, told from the document's. */
const RELATIVE_MONTH_AFTER = /^(?:\s+(?:and|or|to)\s+the\s+\d{1,2}(?:st|nd|rd|th))?\s+of\s+(?<shift>this|that|the\s+same|next|last)\s+month\b/;

/** A verb of ranking before "between": the ordinals are places ("finished between the 3rd and the 5th"). */
const RANK_BEFORE = /\b(?:finish(?:ed|es|ing)?|rank(?:ed|s|ing)?|plac(?:ed|es|ing)|came|comes|seeded|position(?:ed)?)\s+(?:\w+\s+)?$/i;

/** "(the 5th) of next month": the day's month, told from the document's; the phrase is part of the date (TimeML 1.2.1 §2.2.1, the whole "the 5th of next month"). */
const OF_SHIFTED_MONTH = /^\s+of\s+(?<shift>this|next|last)\s+month\b/i;
const MONTH_SHIFT: Record<string, number> = { this: 0, next: 1, last: -1 };

/** "the 5th of next month": a day of the document's month moved by the shift. */
function dayOfShiftedMonth(start: number, end: number, d: number, shift: number): Candidate {
  return {
    start, end, type: 'DATE', grain: 'day', source: 'ordinal-day',
    resolve: (scope): Resolution => {
      const doc = scope.documentDate;
      if (!doc) return { value: `XXXX-XX-${String(d).padStart(2, '0')}` };
      const month = addMonths({ ...doc, d: 1 }, shift);
      const day = { y: month.y, m: month.m, d };
      return { value: formatDay(day), anchor: { ...day, fromDocument: true } };
    },
  };
}

/** A range's first end ("from the 3rd", "between the 3rd", "through the 5th"), and a second end's "on the 3rd and": a day list even in a game. */
const RANGE_OPENING = /^(?:from|between|through)\b/i;
const ON_RANGE_BEFORE = /\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+$/i;

function monthNamedBefore(text: string, pos: number): boolean {
  return MONTH_NAMED.test(text.slice(sentenceStartBefore(text, pos, 160), pos));
}

/** A day of a stated month: fixed with a stated year, else its year picked as any year-free date's. */
function dayOfMonth(start: number, end: number, d: number, month: number, year: number | null): Candidate {
  const at = (y: number | null): Resolution => {
    if (y === null) return { value: `XXXX-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
    const day = { y, m: month, d };
    return { value: formatDay(day), anchor: { ...day } };
  };
  const base = { start, end, type: 'DATE', grain: 'day', source: 'ordinal-day' } as const;
  return year === null ? { ...base, yearless: { month, at } } : { ...base, resolve: () => at(year) };
}

/** A verb of setting or moving an event's day right before "for" or "to" (ORDINAL_DAY's look-behinds). */
const SET_FOR_BEFORE = new RegExp(
  String.raw`(?:\b(?:scheduled|set|planned|slated|due|postponed|delayed|moved|rescheduled|called|pushed\s+back|brought\s+forward|put\s+off|shifted)\s+|${ACTIVE_MOVE})$`,
  'i',
);

/** A range's second end right after its first: " to the 7th", " through the 7th". */
const SECOND_END_AFTER = /^\s+(?:to|through|until|till|and)\s+the\s+(?<d>\d{1,2})(?:st|nd|rd|th)\b/i;
/** A range's first end right before its second's "to", "and": "from the 3rd ", "between the 3rd ". */
const FIRST_END_BEFORE = /\b(?:from|between)\s+the\s+(?<d>\d{1,2})(?:st|nd|rd|th)\s+$/i;

/**
 * The first and last day of the range an ordinal day is an end of, or the day alone: a range is moved to another
 * month as a whole, by its first day in a past clause and by its last in a present or future one ("ran from the 3rd to
 * the 10th", written on the 8th, is this month's, both ends).
 */
function rangeDays(text: string, match: RegExpExecArray, end: number, d: number): { first: number; last: number } {
  const after = SECOND_END_AFTER.exec(text.slice(end, end + 24));
  if (after && Number(after.groups!.d) > d) return { first: d, last: Number(after.groups!.d) };
  const before = /^(?:to|through|until|till|and)\b/i.test(match[0]) ? FIRST_END_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index)) : null;
  if (before && Number(before.groups!.d) < d) return { first: Number(before.groups!.d), last: d };
  return { first: d, last: d };
}

export const ordinalDayParser: DateParser = {
  id: 'ordinal-days',
  parse: (text) =>
    scanWhere(THE_ORDINAL, text, ORDINAL_DAY, (m) => {
      const d = Number(m.groups!.d);
      const ofNoun = ORDINAL_RANGE_OF_NOUN.exec(text.slice(groupEnd(m, 'x'), groupEnd(m, 'x') + 40));
      if (ofNoun && /^centur(?:y|ies)$/.test(ofNoun.groups!.noun!)) {
        return fixedCandidate(groupStart(m, 'x'), groupEnd(m, 'x'), 'ordinal-day', { type: 'DATE', grain: 'century', value: String(d - 1).padStart(2, '0'), anchor: { y: (d - 1) * 100 } });
      }
      if (ofNoun && !dayRangeBeforeName(text, m.index)) return null;
      let named = RANGE_END_WITH_MONTH.exec(text.slice(groupEnd(m, 'x'), groupEnd(m, 'x') + 48));
      // "between the 3rd and the 5th" is two days only of a month named near it ("of August", "In March, ...");
      // alone it may rank places ("finished between the 3rd and the 5th").
      // "was moved to the 7th", "scheduled for the 21st": the day an event is set for (ORDINAL_DAY's look-behinds), not a range's end.
      const setFor = /^(?:for|to|until|till)\b/i.test(m[0]) && SET_FOR_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index));
      const secondEnd = /^(?:to|and|or)\b/i.test(m[0]) && !setFor;
      // "was moved to the 3rd in the standings": a place in a table.
      if (setFor && /^to\b/i.test(m[0]) && PLACE_AFTER.test(text.slice(groupEnd(m, 'x'), groupEnd(m, 'x') + 24))) return null;
      // The second end before a place in a table or race ("from the 12th to the 3rd in the rankings"), as its first end is.
      if (secondEnd && !named && PLACE_AFTER.test(text.slice(groupEnd(m, 'x'), groupEnd(m, 'x') + 24))) {
        const opening = fromOpening(text, groupStart(m, 'x'));
        if (opening < 0 || !dayRangeBeforeName(text, opening)) return null;
      }
      if (named && !secondEnd && !/^\s*(?:to|and|or|through|until|till|[-–—])/.test(named[0])) named = null;
      const second = BETWEEN_SECOND_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
      const between = BETWEEN_FIRST.test(m[0]) || second !== null;
      const betweenAt = second ? m.index - second[0].length : m.index;
      // "finished between the 3rd and the 5th", "ranked between ...": places in a race or a table.
      if (between && RANK_BEFORE.test(text.slice(Math.max(0, betweenAt - 40), betweenAt))) return null;
      if (between && !named && !monthNamedBefore(text, m.index) && !RELATIVE_MONTH_AFTER.test(text.slice(groupEnd(m, 'x'), groupEnd(m, 'x') + 48))) return null;
      const shifted = OF_SHIFTED_MONTH.exec(text.slice(groupEnd(m, 'x'), groupEnd(m, 'x') + 24));
      if (shifted) return dayOfShiftedMonth(groupStart(m, 'x'), groupEnd(m, 'x') + shifted[0].length, d, MONTH_SHIFT[shifted.groups!.shift!.toLowerCase()]!);
      // The first end of "the 3rd and the 5th of this month" is a day of that month too.
      const rangeShifted = RELATIVE_MONTH_AFTER.exec(text.slice(groupEnd(m, 'x'), groupEnd(m, 'x') + 48))?.groups?.shift?.toLowerCase();
      if (rangeShifted && rangeShifted in MONTH_SHIFT) return dayOfShiftedMonth(groupStart(m, 'x'), groupEnd(m, 'x'), d, MONTH_SHIFT[rangeShifted]!);
      if (named) return dayOfMonth(groupStart(m, 'x'), groupEnd(m, 'x'), d, monthNumber(named.groups!.month!), named.groups!.y ? Number(named.groups!.y) : null);
      // In a sentence about a game, a range "from the 3rd to the 7th" counts innings, rounds or laps; "on the 15th", "after the 20th" are still days.
      if ((secondEnd || RANGE_OPENING.test(m[0])) && !ON_RANGE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && aboutAGame(text, m.index, groupEnd(m, 'x'))) return null;
      const days = rangeDays(text, m, groupEnd(m, 'x'), d);
      // "since the 3rd" looks back whatever the tense ("Shares are up 5% since the 3rd").
      const sinceBefore = /^since\b/i.test(m[0]);
      // A day an event was set or moved for is told from the time of writing, not moved back by the past tense of the
      // setting ("The vote was postponed to the 20th", "originally set for the 3rd, was moved to the 7th"): only a future moves it.
      const told = (tense: Tense): Tense => (setFor && tense !== 'future' && tense !== 'ahead' ? null : tense);
      return {
        start: groupStart(m, 'x'), end: groupEnd(m, 'x'), type: 'DATE', grain: 'day', source: 'ordinal-day',
        resolve: (scope): Resolution => {
          const named = scope.recentAnchor('month', true);
          const doc = scope.documentDate;
          let month: Day | null = named?.m !== undefined ? { y: named.y, m: named.m, d: 1 } : doc ? { ...doc, d: 1 } : null;
          if (!month) return { value: `XXXX-XX-${String(d).padStart(2, '0')}` };
          if (!named && doc) {
            // The day's own clause gives the tense, not a reporting verb after a comma ("The games run from the 12th, organisers said").
            const tense = sinceBefore ? 'past' : told(scope.tense());
            // A present schedule is still to come or under way, as a future one is ("The tournament runs from the 3rd to the 7th", written on the 8th: next month's).
            if ((tense === 'future' || tense === 'present' || tense === 'ahead') && days.last < doc.d) month = addMonths(month, 1);
            if (tense === 'past' && days.first > doc.d) month = addMonths(month, -1);
          }
          const day = { y: month.y, m: month.m, d };
          return { value: formatDay(day), anchor: { ...day, fromDocument: !named } };
        },
      };
    }),
};
