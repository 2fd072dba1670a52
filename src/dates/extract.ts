import type { DateMention, Span } from '../types.js';
import type { Candidate, DateParser, DateRefiner, ParsedWords } from './candidate.js';
import { parseIsoDay } from './calendar.js';
import { anaphoraParser } from './parsers/anaphora.js';
import { appositiveYearParser } from './parsers/appositive-years.js';
import { chronoParser } from './parsers/chrono.js';
import { dayParser } from './parsers/days.js';
import { earlyYearParser } from './parsers/early-years.js';
import { durationParser } from './parsers/durations.js';
import { fiscalPeriodParser } from './parsers/fiscal-periods.js';
import { holidayParser } from './parsers/holidays.js';
import { monthParser } from './parsers/months.js';
import { ordinalDayParser } from './parsers/ordinal-days.js';
import { overnightParser } from './parsers/overnight.js';
import { periodParser } from './parsers/periods.js';
import { raceTimeParser } from './parsers/race-times.js';
import { refParser } from './parsers/refs.js';
import { relativeParser } from './parsers/relative.js';
import { setParser } from './parsers/sets.js';
import { theUnitParser } from './parsers/the-unit.js';
import { timeParser } from './parsers/times.js';
import { yearParser } from './parsers/years.js';
import { modifierRefiner } from './refiners/modifiers.js';
import { oneLineRefiner } from './refiners/one-line.js';
import { quotedTitleRefiner } from './refiners/quoted-titles.js';
import { overlapRefiner } from './refiners/overlap.js';
import { genericMonthRefiner } from './refiners/generic-months.js';
import { rangeRefiner } from './refiners/ranges.js';
import { timeZoneRefiner } from './refiners/time-zones.js';
import { timeOnDayRefiner } from './refiners/time-on-day.js';
import { weekOfRefiner } from './refiners/week-of.js';
import { trailingYearRefiner } from './refiners/trailing-year.js';
import { yearQualifierRefiner } from './refiners/year-qualifier.js';
import { resolveCandidates } from './resolve.js';
import { anchorDurations } from './anchored-durations.js';
import { createTenseOracle, spanIndexAt } from './tense.js';
import { timetableBefore } from './timetable.js';
import { isTitleSentence } from '../headline.js';

/** Every parser runs once over the whole text; the overlap refiner settles who wins. */
export const dateParsers: readonly DateParser[] = [
  chronoParser,
  monthParser,
  yearParser,
  earlyYearParser,
  periodParser,
  fiscalPeriodParser,
  relativeParser,
  anaphoraParser,
  theUnitParser,
  appositiveYearParser,
  dayParser,
  ordinalDayParser,
  holidayParser,
  overnightParser,
  timeParser,
  durationParser,
  raceTimeParser,
  setParser,
  refParser,
];

/**
 * In order: spans over a hard line break and inside a quoted title go first (they must not win an overlap), then overlaps (the longest span wins), then merges of neighbours that overlap
 * removal left side by side ("noon" + "EDT" + "Friday", then "10 a.m. EDT" + "tomorrow"; "June 1" + "of the same year";
 * "between March" + "and May"; year-free dates take a year stated after them, "May and June in 1981",
 * before ranges join them), then generic months, which need the bare month span before a range
 * widens it, then modifiers, which only widen a span leftwards over words no parser took.
 */
export const dateRefiners: readonly DateRefiner[] = [
  oneLineRefiner,
  quotedTitleRefiner,
  overlapRefiner,
  timeZoneRefiner,
  timeOnDayRefiner,
  yearQualifierRefiner,
  trailingYearRefiner,
  genericMonthRefiner,
  rangeRefiner,
  weekOfRefiner,
  modifierRefiner,
];

/** Verbs by tense, as spans of the text. */
export interface TensedVerbs {
  past: Span[];
  /** Finite present-tense verbs the tagger does not also read as bare forms ("says", "is"). */
  present: Span[];
  /** Every present-tense form, bare plural ones too ("Sales rise", "they fall"). */
  presentForms: Span[];
  /** The auxiliary of each past perfect ("had cut", "had already raised"): a past before the past the text tells of. */
  pastPerfect: Span[];
}

/** What date extraction needs from the article. */
export interface DateExtractionInput {
  text: string;
  sentences: readonly Span[];
  /** ISO `yyyy-mm-dd` or null. */
  documentDate: string | null;
  /** The headline the read stage found, or null. */
  headline: Span | null;
  /** Past-tense and finite present-tense verbs, read lazily from the shared parse (compromise `#PastTense`, `#PresentTense`). */
  verbs: () => TensedVerbs;
  /** Words the shared parse tags as part of an organization's name or as an acronym (compromise `#Organization`, `#Acronym`), read lazily. */
  organizationWords: () => Span[];
}

/** Lookups over the shared parse's organization words and past- and present-tense verbs, each built on its first question, and over the titles. */
function parsedWords(input: DateExtractionInput, verbs: () => TensedVerbs): ParsedWords {
  const { organizationWords, sentences, text, headline } = input;
  let ends: Set<number> | undefined;
  let pastStarts: Set<number> | undefined;
  let presentStarts: Set<number> | undefined;
  return {
    endsOrganization(end) {
      ends ??= new Set(organizationWords().map((w) => w.end));
      return ends.has(end);
    },
    pastTenseAt(start) {
      pastStarts ??= new Set(verbs().past.map((w) => w.start));
      return pastStarts.has(start);
    },
    presentTenseAt(start) {
      presentStarts ??= new Set(verbs().presentForms.map((w) => w.start));
      return presentStarts.has(start);
    },
    inTitle(pos) {
      const sentence = sentences[spanIndexAt(sentences, pos)];
      return sentence !== undefined && pos < sentence.end && isTitleSentence(text, headline, sentence);
    },
  };
}

/** Find and normalize every temporal expression in a text (parsers → refiners → resolution in text order). */
export function extractDates(input: DateExtractionInput): DateMention[] {
  let tensed: TensedVerbs | undefined;
  const verbs = (): TensedVerbs => (tensed ??= input.verbs());
  const words = parsedWords(input, verbs);
  let candidates: Candidate[] = dateParsers.flatMap((parser) => parser.parse(input.text, words));
  for (const refiner of dateRefiners) candidates = refiner.refine(input.text, candidates);
  const dates = resolveCandidates(candidates, {
    text: input.text,
    sentences: input.sentences,
    documentDate: parseIsoDay(input.documentDate),
    ...createTenseOracle(input.text, input.sentences, verbs),
    presentBetween: (from, to) => verbs().presentForms.some((v) => v.start >= from && v.end <= to),
    timetableBefore: (sentence, pos) => timetableBefore(input.text, sentence, pos, verbs().presentForms),
  });
  return anchorDurations(dates, input.text);
}
