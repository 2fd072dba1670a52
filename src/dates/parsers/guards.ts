import type { ParsedWords } from '../candidate.js';

/**
 * Context checks that keep month and weekday names that are not dates out
 * ("may" and "march" as verbs, "April Ryan", "the Sunday Times", "Black Monday").
 */

/** The word just before `pos` (letters, digits, apostrophes, hyphen-final "mid-"), or "". */
export function wordBefore(text: string, pos: number): string {
  const m = /([A-Za-z0-9'’.]+)-?\s*$/.exec(text.slice(Math.max(0, pos - 40), pos));
  return m ? m[1]! : '';
}

/** The word just after `pos`, or "". */
export function wordAfter(text: string, pos: number): string {
  const m = /^\s*([A-Za-z0-9'’]+)/.exec(text.slice(pos, pos + 40));
  return m ? m[1]! : '';
}

/** True when only spaces separate `pos` from the previous sentence end or the start of a line. */
export function atSentenceStart(text: string, pos: number): boolean {
  const tail = text.slice(Math.max(0, pos - 40), pos);
  const trimmed = tail.trimEnd();
  return trimmed === '' || /\n\s*$/.test(tail) || /[.!?:;"“(]$/.test(trimmed);
}

/** Where the sentence holding `pos` starts: just after the last line break, or the space of the last ". ", "! " or "? ", before it, looking back at most `reach` characters. */
export function sentenceStartBefore(text: string, pos: number, reach = pos): number {
  const from = Math.max(0, pos - reach);
  const head = text.slice(from, pos);
  return from + Math.max(head.lastIndexOf('\n'), ...['. ', '! ', '? '].map((stop) => head.lastIndexOf(stop))) + 1;
}

/** Where the sentence holding `pos` ends: at the next ".", "!" or "?" before a space or the end, or a line break, looking ahead at most `reach` characters. */
export function sentenceEndAfter(text: string, pos: number, reach = text.length): number {
  const tail = text.slice(pos, pos + reach);
  const stop = /[.!?](?:\s|$)|\n/.exec(tail);
  return pos + (stop ? stop.index : tail.length);
}

/** Words that announce a date right after them ("in March", "since May", "mid-March"). */
const TIME_CUE = new Set(
  ('in since by until till from through throughout during before after of early mid late last next this ' +
    'every each between to and or for around about end start beginning middle').split(' '),
);

/** Determiners that can precede an attributive month ("their January sales"). */
const DETERMINER = new Set('the their its his her our your my this that last next'.split(' '));

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;

/** Words after a month that make it no noun's modifier: prepositions, conjunctions and the forms of "be" ("the March on Washington", "May is"). */
const NOT_A_HEAD = /^(?:on|to|in|of|for|at|from|with|by|and|or|but|is|was|are|were|has|had|will|would|can|could)$/;

/**
 * "May" or "March" between a determiner or an owner and a lower-case noun: a month modifying that noun, as "their
 * January sales" is ("the March vote", "the bank's May forecast"); the verbs have no determiner before them.
 */
const attributiveMonth = (before: string, after: string): boolean =>
  (DETERMINER.has(before) || /['’]s$/.test(before)) && /^[a-z]{3,}$/.test(after) && !NOT_A_HEAD.test(after);

/**
 * A month-name date is kept when the month is capitalized and, for a month alone, the context
 * reads as a date: a cue word before it, or (except "May"/"March", common verbs) no name after it.
 */
export function acceptMonthName(text: string, start: number, end: number, hasDayOrYear: boolean): boolean {
  const extent = text.slice(start, end);
  const month = MONTH_WORD.exec(extent);
  if (!month) return /\d/.test(extent); // numeric formats: "2019-07-11", "7/11/2019"
  if (!/^[A-Z]/.test(month[0])) return false;
  if (hasDayOrYear) return true;
  const before = wordBefore(text, start).toLowerCase();
  if (TIME_CUE.has(before)) return true;
  const after = wordAfter(text, end);
  if (/^(may|march)$/i.test(extent)) return attributiveMonth(before, after);
  if (/^[A-Z]/.test(after)) return false;
  return DETERMINER.has(before) || !/^[A-Z]/.test(wordBefore(text, start)) || atSentenceStart(text, start);
}

/** Capitalized words that make a weekday part of a name ("Black Monday", "Super Tuesday"). */
const WEEKDAY_CUE = new Set('on last next this since by until from before after every each late early and or through to'.split(' '));

/** A verb of saying or a source's preposition, then a name of up to five capitalized words: "told Reuters", "spoke to the Financial Times". */
const SOURCE_BEFORE =
  /\b(?:told|tells?|spoke\s+(?:to|with)|speaking\s+(?:to|with)|interview\s+with|according\s+to|quoted\s+by|wrote\s+in|(?:said|appeared)\s+(?:on|in))\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){1,5}$/;

/** A possessive inside the capitalized words before the weekday names an event, which ends there: "Prime Minister's Questions Wednesday". */
const POSSESSIVE_EVENT = /[A-Z][\w]*['’]s\s+(?:[A-Z][\w'’&.-]*\s+){1,3}$/;

/** A verb of saying right after the weekday: "the Pentagon Monday said", "Goldman Sachs Tuesday reported". */
const SAYING_AFTER = /^\s+(?:said|says|told|announced|reported|confirmed|denied|warned|added|unveiled)\b/;

/**
 * Whether the capitalized word before a weekday ends a name the weekday dates, as news writes a day
 * right after its subject or object without "on": an all-caps acronym ("CNN Sunday"), an organization
 * or media name compromise tags as one ("ABC News Sunday", "Goldman Sachs Tuesday"), a name after a
 * verb of saying ("told Reuters Wednesday"), an event with a possessive ("Prime Minister's Questions
 * Wednesday"), or any name before a verb of saying. Everything else, first names, nouns and unknown
 * words, makes one name with the weekday ("Girl Friday", "Joe Friday", "Whit Monday", "Small Business
 * Saturday").
 */
function endsANameBefore(text: string, start: number, end: number, word: string, words: ParsedWords): boolean {
  if (/^[A-Z][A-Z&]+$/.test(word)) return true;
  const clause = text.slice(Math.max(0, start - 80), start);
  if (SOURCE_BEFORE.test(clause) || POSSESSIVE_EVENT.test(clause) || SAYING_AFTER.test(text.slice(end, end + 20))) return true;
  // The word's end without the spaces and a full stop after it ("Inc. Friday"), as the parse's term ends.
  return words.endsOrganization(start - /[.\s]*$/.exec(clause)![0].length);
}

/**
 * A weekday alone is kept when written in full and capitalized, not part of a name: no capitalized
 * adjective right before it (other than at a sentence start: "Black Monday"), and no capitalized
 * word after it unless a cue precedes ("the Sunday Times").
 */
export function acceptWeekdayName(text: string, from: number, end: number, hasShift: boolean, words: ParsedWords): boolean {
  const found = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.exec(text.slice(from, end));
  if (!found) return false;
  const word = found[0];
  const start = from + found.index;
  if (hasShift) return true;
  const before = wordBefore(text, start);
  const cue = WEEKDAY_CUE.has(before.toLowerCase());
  // "Friday's Place", "Monday's Child": a possessive weekday before a capitalized word names something.
  if (!cue && /^['’]s\s+[A-Z][a-z]/.test(text.slice(start + word.length, start + word.length + 6))) return false;
  if (/^[A-Z]/.test(before) && !cue && !atSentenceStart(text, start) && !endsANameBefore(text, start, start + word.length, before, words)) return false;
  const after = wordAfter(text, start + word.length);
  if (/^[A-Z]/.test(after) && !/^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(after)) {
    if (text[start + word.length] === ',') return true;
    // "by Saturday Morning Breakfast Cereal", "on Saturday Night Live": a part of day and another capital make a title, cue or not.
    if (!cue || TITLE_AFTER.test(text.slice(start + word.length, start + word.length + 40))) return false;
  }
  return true;
}

/**
 * A capitalized part of day and another capitalized word right after a weekday: the weekday opens a
 * title ("Saturday Night Live", "Monday Night Football"); any other two capitals start the clause's
 * subject ("On Monday Vladimir Putin met", "By Wednesday New York Governor Andrew Cuomo").
 */
const TITLE_AFTER = /^\s+(?:Night|Morning|Afternoon|Evening)\s+[A-Z][\w'’]*/;

/** Words that can follow "on a Monday" without it being the head of a noun phrase ("on a Monday and", "on a Friday in May"). */
const AFTER_INDEFINITE_DAY =
  /^(?:\s+(?:morning|afternoon|evening|night))?(?:\s*(?:$|[,.;:!?)"”—–]|\n)|\s+(?:and|or|but|in|at|on|of|for|with|to|from|when|while|after|before|by|during|until|as|so|because|if|than)\b)/;

/**
 * Whether the weekday at [start, end) is some such day, none the text names: "on a Monday", "on a
 * Friday night" ending the clause or followed by a preposition. A weekday after "a" that modifies a
 * noun ("a Friday deadline", "in a Sunday interview", "a Tuesday night vote") is a particular day.
 */
export function indefiniteWeekday(text: string, start: number, end: number): boolean {
  return /\b[Oo]n\s+a\s+$/.test(text.slice(Math.max(0, start - 8), start)) && AFTER_INDEFINITE_DAY.test(text.slice(end, end + 40));
}

/** Part of day that may stand between a weekday and the deadline it sets ("a Friday midnight deadline"). */
const DEADLINE_PART = String.raw`(?:\s+(?:morning|afternoon|evening|night|midnight|noon))?`;

/** "a Friday deadline", "Friday's deadline", "the Friday night deadline": the weekday sets a deadline. */
const DEADLINE_AFTER = new RegExp(String.raw`^(?:['’]s)?${DEADLINE_PART}\s+deadline\b`);

/** "a deadline of Friday", "the deadline for Friday". */
const DEADLINE_BEFORE = /\bdeadlines?\s+(?:of|for)\s+$/;

/** "The deadline for bids is Friday", "Friday is the deadline": a deadline stated in the present. */
const DEADLINE_IS_BEFORE = /\bdeadlines?(?:\s+(?:for|to)(?:\s+[\w'’-]+){1,4})?\s+is\s+$/;
const DEADLINE_IS_AFTER = /^\s+is\s+the\s+deadline\b/;

/** A time given to act: "given until Friday", "gave the rebels until Friday" (up to three words between). */
const GIVEN_UNTIL = /\b(?:give[ns]?|gave|granted|grants?|allowed|allows?)\s+(?:(?!to\b)[\w'’-]+\s+){0,3}(?:until|till)\s+$/;

/**
 * A time given that may end the clause: given or granted to someone ("gave the rebels until Friday."), not nothing
 * given ("gave no details until Friday.", a span of silence) nor a letting ("allowed visitors until Friday.").
 */
const GIVEN_UNTIL_AT_END = /\b(?:give[ns]?|gave|granted|grants?)\s+(?!(?:no|not|little|few|any)\b)(?:(?!to\b)[\w'’-]+\s+){0,3}(?:until|till)\s+$/;

/** An act demanded by then: "told to repay the loan by Friday", "asked banks to submit plans by" (to-infinitive, up to five words). */
const DEMANDED_BY =
  /\b(?:told|asked|ordered|urged|required|instructed|directed|pressed|called\s+on|demanded|given|allowed)\s+(?:[\w'’-]+\s+){0,3}to\s+[a-z]+(?:\s+[\w'’-]+){0,5}\s+by\s+$/;

/** "had until Friday to respond", "has only until Monday to": the time left to act ("waited until Friday to" is no deadline). */
const HAD_UNTIL = /\b(?:has|have|had|having)\s+(?:only\s+|just\s+)?(?:until|till)\s+$/;
const TO_ACT_AFTER = new RegExp(String.raw`^${DEADLINE_PART}\s+to\s+[a-z]`);

/** The time given ends the clause: "gave the rebels until Friday." ("gave no details until Friday, when ..." tells of a past span). */
const CLAUSE_END_AFTER = new RegExp(String.raw`^${DEADLINE_PART}\s*(?:[.;!?"”]|$)`);

/** The deadline has already gone by: "missed the Friday deadline", "beat Friday's deadline" (the verb takes the deadline as its object). */
const LAPSED_BEFORE = /\b(?:missed|misses|miss|passed|expired|lapsed|ignored|defied|met|beat|blew)\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?$/;
const LAPSED_BEFORE_OF = /\b(?:missed|misses|miss|passed|expired|lapsed|ignored|defied|met|beat|blew)\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?deadlines?\s+(?:of|for)\s+$/;
const LAPSED_AFTER = /^\s*(?:passed|expired|lapsed|came\s+and\s+went|ran\s+out|had\s+(?:passed|expired|lapsed))\b/;

/** "hours before Friday's deadline", "a day ahead of the Friday deadline", "after the Friday deadline": an act told beside the deadline. */
const AHEAD_OF_BEFORE = /\b(?:[Bb]efore|[Aa]head\s+of|[Aa]fter)\s+(?:(?:the|a|an|its|their|this|that)\s+)?$/;

/** What was done by the deadline, told after it: "had until Tuesday to appeal but did not", "and more than 3,000 did so". */
const OUTCOME_AFTER = /\b(?:but\s+(?:did\s+not|didn['’]t|failed|never|refused)|did\s+so)\b|\bdid\s*(?:[,;]|$)/;

/** A deadline not met, told before it: "failed to agree on a budget by the Friday deadline", "did not meet the Friday deadline". */
const NOT_MET_BEFORE = /\b(?:failed|did\s+not|didn['’]t|could\s+not|couldn['’]t|never)\s+(?:to\s+)?[a-z]+\b/;

/** The one given the time or told to act is the subject: "He was given until Friday", "Voters had until Friday". */
const SUBJECT_GIVEN_BEFORE = /\b(?:was|were)\s+(?:given|granted|told|asked|ordered)\b|\b(?:had|having)\s+(?:only\s+|just\s+)?(?:until|till)\b/;

/** The word after a coordinating "and" later in the sentence: "… to leave the country and flew to Dubai". */
const AND_VERB_AFTER = /\band\s+(?:then\s+)?([a-z]+)\b/dg;

/**
 * Whether the one given the time went on to act, told in the past ("He was given until noon Friday to leave the
 * country and flew to Dubai that morning"): the deadline is gone. The shared parse says whether the verb after
 * "and" is a past tense in its sentence; `after` starts at offset `from` of the text.
 */
function subjectActedAfter(before: string, after: string, from: number, words: ParsedWords): boolean {
  if (!SUBJECT_GIVEN_BEFORE.test(before)) return false;
  for (const m of after.matchAll(AND_VERB_AFTER)) if (words.pastTenseAt(from + m.indices![1]![0])) return true;
  return false;
}

const WEEKDAY_NAME = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

/** A word of the text after the deadline, to ask the parse whether it is a past tense. */
const WORD = /\b[a-z]+\b/g;

/**
 * Whether the sentence goes on past the deadline to a later weekday told in the past ("..., and the talks collapsed
 * on Monday"): the deadline is gone. A later day told in the present ("Negotiators face a Friday deadline, and the
 * board meets on Monday") leaves it ahead.
 */
function laterDayInThePast(after: string, from: number, words: ParsedWords): boolean {
  if (!WEEKDAY_NAME.test(after)) return false;
  for (const m of after.matchAll(WORD)) if (words.pastTenseAt(from + m.index)) return true;
  return false;
}

/**
 * How a deadline's weekday is read:
 * - `coming`: the coming one from the time of writing, whatever the tense ("The union set a Friday deadline");
 * - `coming-unless-past`: an act told beside the deadline ("talks continue ahead of a Friday deadline"): the
 *   coming one, but in a past clause the act and the deadline may both be gone ("reached a deal hours before
 *   Friday's deadline, officials said"), so the tense decides;
 * - `after-earlier-day`: the first such weekday after a day the sentence names before it ("passed a bill on
 *   Wednesday ahead of a Friday deadline", "accepted on Thursday, a day ahead of the Friday deadline");
 * - `{ saidOn }`: the first such weekday from the time of a dated saying after it ("The deadline for comments is
 *   Friday, the agency said last week"): the deadline points forward from when it was said, not from the writing.
 */
export type DeadlineReading = 'coming' | 'coming-unless-past' | 'after-earlier-day' | { saidOn: SayingTime } | null;

/** When a saying was: the day before the writing, the week before it, or the last such weekday (0 = Sunday). */
export type SayingTime = 'yesterday' | 'last-week' | number;

/** ", the agency said last week", ", officials told reporters on Monday": a past saying dated after the deadline. */
const DATED_SAYING_AFTER =
  /^[^.!?;]*?,\s*(?:[\w'’.-]+\s+){1,5}?(?:said|announced|told\s+[\w'’.-]+(?:\s+[\w'’.-]+)?|wrote|reported|confirmed)\s+(?:(?<yesterday>yesterday)|(?<week>last\s+week)|(?:on\s+|last\s+)?(?<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\b/;

const WEEKDAY_NUMBER: Record<string, number> = { Sun: 0, Mon: 1, Tues: 2, Wednes: 3, Thurs: 4, Fri: 5, Satur: 6 };

/** When the saying after a deadline was, if the sentence dates it. */
function datedSayingAfter(after: string): SayingTime | null {
  const g = DATED_SAYING_AFTER.exec(after)?.groups;
  if (!g) return null;
  if (g.yesterday) return 'yesterday';
  if (g.week) return 'last-week';
  return WEEKDAY_NUMBER[g.wd!.slice(0, -3)] ?? null;
}

/** The sentence around [start, end), within 200 characters either side: what stands before it and after it. */
function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  return { before: text.slice(sentenceStartBefore(text, start, 200), start), after: text.slice(end, sentenceEndAfter(text, end, 200)) };
}

/**
 * How the weekday at [start, end) reads when it is a deadline, which points forward from the time of the saying
 * whatever the clause's tense: "The union set a Friday deadline" (written on a Thursday) is the coming
 * Friday, as are "given until Friday to leave", "told to repay the loan by Friday" and "a deadline of
 * Friday" (TimeML 1.2.1 §2.2.2: a relative expression takes its value from its anchor, here the time
 * of writing and the direction the deadline gives). A deadline already missed or passed, and "by" or
 * "until" without one ("By Friday, the toll had risen", "The talks lasted until Friday"), keep the tense's reading;
 * so does a deadline in a sentence that tells of a later day in the past ("had until Tuesday to appeal but did not,
 * and the ruling became final on Wednesday", "... but did not"): the deadline is gone. A saying dated after it
 * ("The deadline is Friday, the agency said last week") is the time the deadline points forward from.
 */
export function deadlineWeekday(text: string, start: number, end: number, words: ParsedWords): DeadlineReading {
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 40);
  if (!isDeadline(before, after)) return null;
  const sentence = sentenceAround(text, start, end);
  if (OUTCOME_AFTER.test(sentence.after) || NOT_MET_BEFORE.test(sentence.before)) return null;
  const saidOn = datedSayingAfter(sentence.after);
  if (saidOn !== null) return { saidOn };
  if (laterDayInThePast(sentence.after, end, words) || subjectActedAfter(sentence.before, sentence.after, end, words)) return null;
  if (WEEKDAY_NAME.test(sentence.before)) return 'after-earlier-day';
  return AHEAD_OF_BEFORE.test(before) ? 'coming-unless-past' : 'coming';
}

/** Whether the weekday between `before` and `after` sets a deadline not yet missed or passed. */
function isDeadline(before: string, after: string): boolean {
  const deadlineAfter = DEADLINE_AFTER.exec(after);
  if (deadlineAfter) return !LAPSED_BEFORE.test(before) && !LAPSED_AFTER.test(after.slice(deadlineAfter[0].length));
  if (DEADLINE_BEFORE.test(before)) return !LAPSED_BEFORE_OF.test(before) && !LAPSED_AFTER.test(after);
  if (DEADLINE_IS_BEFORE.test(before) || DEADLINE_IS_AFTER.test(after)) return true;
  return (
    (GIVEN_UNTIL.test(before) && TO_ACT_AFTER.test(after)) ||
    (GIVEN_UNTIL_AT_END.test(before) && CLAUSE_END_AFTER.test(after)) ||
    DEMANDED_BY.test(before) ||
    (HAD_UNTIL.test(before) && TO_ACT_AFTER.test(after))
  );
}
