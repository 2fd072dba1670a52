import { fixedCandidate, groupEnd, groupStart, scan, type Candidate, type DateParser, type ParsedWords, type Resolution, type ResolutionScope } from '../candidate.js';
import { contextDay, weekdayDay, type WeekdayShift } from '../anchoring.js';
import { addDays, formatDay, type Day } from '../calendar.js';
import { PARTS_OF_DAY, weekdayNumber } from '../words.js';
import { atSentenceStart, deadlineWeekday, indefiniteWeekday } from './guards.js';

const DAY_OFFSET: Record<string, number> = {
  today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2, this: 0, last: -1,
};

/** A day relative to the document date, with an optional part of day ("yesterday morning" → 2019-07-10TMO). */
function dayResolution(day: Day | null, part: string | undefined): Resolution {
  const code = part ? PARTS_OF_DAY[part.toLowerCase()] : undefined;
  if (!day) return { value: code ? `XXXX-XX-XXT${code}` : 'XXXX-XX-XX', grain: code ? 'part-of-day' : 'day' };
  return {
    value: code ? `${formatDay(day)}T${code}` : formatDay(day),
    type: code ? 'TIME' : 'DATE',
    grain: code ? 'part-of-day' : 'day',
    anchor: { ...day, fromDocument: true },
  };
}

const fromDocumentDate = (offset: number) => (scope: ResolutionScope): Day | null =>
  scope.documentDate ? addDays(scope.documentDate, offset) : null;

/**
 * "today", "yesterday", "tomorrow", "tonight", "the day before yesterday", "this morning",
 * "last night", "yesterday afternoon". A capitalized "Today" only at a sentence start ("USA Today").
 */
const CASUAL_DAY =
  /\b(?<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight|(?<rel>this|last)(?=\s+(?:morning|afternoon|evening|night)))(?:\s+(?<part>morning|afternoon|evening|night))?\b(?!-)/dgi;

/** After "today's": a name or a word for a whole society or age, not a day's event ("today's meeting"). */
const PRESENT_ERA = /^['’]s\s+(?:[A-Z][a-z]|[A-Z]{2,}\b|(?:world|society|economy|generation|youth|children|culture|technology|politics|standards)\b)/;

/**
 * "today" for the present age, not the day (TimeML 1.2.1 §2.2.3, after TIDES: "today" in the sense
 * of "nowadays" is PRESENT_REF). Each check is one way news writes it; anything else is the day
 * ("The minister called today for calm", "named today a new chief", "as much today as on Monday").
 */
/** "is known today as", "was called today as": a name the thing bears nowadays. */
function knownTodayAs(before: string, after: string): boolean {
  return /\b(?:is|are|was|were)\s+(?:known|called|named)\s+$/i.test(before) && /^\s+as\b/i.test(after);
}

/** "is today known as", "are today called": the participle of a name after a copula. */
function todayKnownAs(before: string, after: string): boolean {
  return /\b(?:is|are|was|were|be|been)\s+$/i.test(before) && /^\s+(?:known|called|named)\s+as\b/i.test(after);
}

/** "what is today Germany": a place or state as it is nowadays. */
const whatIsToday = (before: string): boolean => /\bwhat\s+(?:is|was|are|were)\s+$/i.test(before);

/** "as strong today as it was", "as popular today as ever": a comparison with another age, not another day. */
function comparedWithThePast(before: string, after: string): boolean {
  return /\bas\s+\w+\s+$/i.test(before) && /^\s+as\s+(?:ever\b|(?:it|they|he|she|we|I)\s+(?:was|were|had\s+been)\b)/.test(after);
}

function nowadays(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  return knownTodayAs(before, after) || todayKnownAs(before, after) || whatIsToday(before) || comparedWithThePast(before, after);
}

function casualDays(text: string): Candidate[] {
  return scan(text, CASUAL_DAY, (m) => {
    const g = m.groups!;
    const word = g.word!.toLowerCase().replace(/\s+/g, ' ');
    if (/^T/.test(g.word!) && !atSentenceStart(text, m.index) && word === 'today') return null;
    // "today's Russia", "what is today Germany": the present as an era, not the day (TimeML 1.2.1 §2.2.3: PRESENT_REF).
    if (word === 'today' && !g.part && (PRESENT_ERA.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) || nowadays(text, m.index, m.index + m[0].length)))
      return fixedCandidate(m.index, m.index + m[0].length, 'days', { type: 'DATE', grain: 'reference', value: 'PRESENT_REF' });
    if (word === 'last' && g.part!.toLowerCase() !== 'night') return null;
    const part = word === 'tonight' ? 'night' : g.part;
    const offset = DAY_OFFSET[word]!;
    return {
      start: m.index, end: m.index + m[0].length, type: part ? 'TIME' : 'DATE', grain: part ? 'part-of-day' : 'day', source: 'days',
      resolve: (scope) => dayResolution(fromDocumentDate(offset)(scope), part),
    };
  });
}

/** "Thursday morning", "last Friday night". */
const WEEKDAY_PART =
  /\b(?:(?<shift>last|next|this)\s+)?(?<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?<part>morning|afternoon|evening|night)\b/dg;

function weekdayParts(text: string, words: ParsedWords): Candidate[] {
  return scan(text, WEEKDAY_PART, (m) => {
    const g = m.groups!;
    const stated = (g.shift?.toLowerCase() ?? null) as WeekdayShift;
    // "a Friday night deadline" points forward from the time of writing, as "this Friday night" does.
    const shift: WeekdayShift = stated ?? (deadlineWeekday(text, m.index, m.index + m[0].length, words) === 'coming' ? 'this' : null);
    const weekday = weekdayNumber(g.wd!);
    return {
      start: m.index, end: m.index + m[0].length, type: 'TIME', grain: 'part-of-day', source: 'days',
      resolve: (scope) => {
        // "on a Friday night": some Friday, none in particular.
        const indefinite = !shift && indefiniteWeekday(text, m.index, m.index + m[0].length);
        const day = indefinite ? null : weekdayDay(scope, weekday, shift);
        if (!day) return { value: `XXXX-WXX-${weekday || 7}T${PARTS_OF_DAY[g.part!]}` };
        return dayResolution(day, g.part);
      },
    };
  });
}

/** A part of day after a preposition: "in morning trading", "during the afternoon", "in the early evening". */
const BARE_PART =
  /\b(?:in|during|by|until|through)\s+(?<x>(?:the\s+)?(?:(?:early|late)\s+)?(?<part>morning|afternoon|evening))\b(?!\s+(?:of|after|before|when)\b)/dgi;

function bareParts(text: string): Candidate[] {
  return scan(text, BARE_PART, (m) => ({
    start: groupStart(m, 'x'), end: groupEnd(m, 'x'), type: 'TIME', grain: 'part-of-day', source: 'days',
    resolve: (scope) => ({ ...dayResolution(contextDay(scope), m.groups!.part), anchor: undefined }),
  }));
}

/**
 * "at the time of writing", "as of this writing", "at press time": the day the text was written,
 * the document date (TimeML 1.2.1 §2.2.3: an expression that refers to the document creation time takes its value).
 */
const WRITING_TIME = /\b(?:at|as\s+of|by)\s+(?<x>the\s+time\s+of\s+(?:this\s+)?writing|this\s+writing|press\s+time)\b/dgi;

function writingTimes(text: string): Candidate[] {
  return scan(text, WRITING_TIME, (m) => ({
    start: groupStart(m, 'x'), end: groupEnd(m, 'x'), type: 'DATE', grain: 'day', source: 'days',
    resolve: (scope) => dayResolution(scope.documentDate, undefined),
  }));
}

/** Days and parts of day relative to the document date ("yesterday" → 2019-07-10, "this morning" → 2019-07-11TMO). */
export const dayParser: DateParser = {
  id: 'days',
  parse: (text, words) => [...casualDays(text), ...weekdayParts(text, words), ...bareParts(text), ...writingTimes(text)],
};
