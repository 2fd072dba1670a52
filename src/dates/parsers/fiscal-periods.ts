import type { Grain } from '../../types.js';
import { groupEnd, groupStart, scan, scanWhere, type Candidate, type DateParser, type Resolution, type ResolutionScope } from '../candidate.js';
import { formatQuarter, formatYear } from '../calendar.js';
import { anchorDay, formatAtGrain, shiftDay, shiftedValue, unknownAtGrain } from '../anchoring.js';
import { aboutAGame } from './games.js';

/**
 * "this fiscal year", "last fiscal year", "the current financial year", "next fiscal year": a year
 * relative to the document date. TIMEX3 has no fiscal calendar, so the value is the calendar year
 * the fiscal year is named after (TimeML Annotation Guidelines 1.2.1, §2.2.3 `value`: the year
 * stated or implied; as "fiscal 2012" → 2012). "the fiscal year" and "the full year" name no side
 * of the document date: see `reportedYear`.
 */
const RELATIVE_FISCAL_YEAR =
  /\b(?<rel>this|last|next|the\s+current|the\s+coming|the\s+previous|the\s+past|the\s+new|the(?:\s+full)?)\s+(?:(?:fiscal|financial)\s+year|(?<=\bthe\s+full\s+)year)\b(?!\s+(?:19|20)\d\d)(?![-\w])/dgi;

/** Years from the document's that a relative word names ("last fiscal year", "next season"). */
export const RELATIVE_YEAR_SHIFT: Record<string, number> = { this: 0, last: -1, next: 1, 'the current': 0, 'the coming': 1, 'the previous': -1, 'the past': -1, 'the new': 1 };

/**
 * The year a company's report means by "the fiscal year" or "the full year", its end unknown: in a past clause the
 * last one ended, named, as fiscal years are, after the year it ends in; a business year ends with a quarter, so it is
 * the year of the last quarter ended before the document date ("Revenue for the fiscal year rose 8%", written in
 * March 2021 → 2020; in May → 2021); else the year under way ("For the full year, the company expects ...").
 */
function reportedYear(scope: ResolutionScope, ahead: boolean): Resolution {
  const doc = scope.documentDate;
  if (!doc) return { value: unknownAtGrain('year') };
  return shiftedValue(scope.tense() === 'past' && !ahead ? shiftDay({ ...doc, d: 1 }, 'quarter', -1) : doc, 'year', 0, true);
}

/** A year a forecast is for, or one whose end is still named ("raised its forecast for the fiscal year", "the fiscal year ending in March"): the past clause is the forecast's, not the year's. */
const FORECAST_FOR = /\b(?:forecasts?|outlook|guidance|targets?|estimates?|projections?|expectations?|predictions?)\s+(?:\S+\s+){0,3}?for\s+$/i;
const END_NAMED = /^\s+(?:ending|ended|that\s+ends|which\s+ends|to)\b/i;

function relativeFiscalYears(text: string): Candidate[] {
  return scan(text, RELATIVE_FISCAL_YEAR, (m) => {
    const rel = m.groups!.rel!.toLowerCase().replace(/\s+/g, ' ');
    const grain: Grain = 'year';
    const shift = RELATIVE_YEAR_SHIFT[rel];
    const end = m.index + m[0].length;
    const ahead = FORECAST_FOR.test(text.slice(Math.max(0, m.index - 60), m.index)) || END_NAMED.test(text.slice(end, end + 20));
    return {
      start: m.index, end, type: 'DATE', grain, source: 'relative',
      resolve: (scope): Resolution => {
        if (shift === undefined) return reportedYear(scope, ahead);
        return scope.documentDate ? shiftedValue(scope.documentDate, grain, shift, true) : { value: unknownAtGrain(grain) };
      },
    };
  });
}

/**
 * "the first half", "the second half" of a business year, without "of <year>" ("Profit rose in the
 * first half"): a half year (TIMEX3 `2019-H1`), its year picked as any year-free date's. A sentence
 * about a game ("scored in the second half") or a paragraph of a match report is left alone: there
 * a half is part of a match, no period of a year.
 */
const BARE_HALF = /\b(?:in|during|for|over|through|from|since|by)\s+(?<x>the\s+(?<ord>first|second|latter)\s+half)\b(?!\s+of\b|-)/dgi;
/** What every BARE_HALF match holds. */
const HALF_WORD = /\shalf\b/i;

function bareHalves(text: string): Candidate[] {
  return scanWhere(HALF_WORD, text, BARE_HALF, (m) => {
    const start = m.indices!.groups!.x![0];
    const end = m.indices!.groups!.x![1];
    if (aboutAGame(text, start, end)) return null;
    const h = m.groups!.ord!.toLowerCase() === 'first' ? 1 : 2;
    const month = h === 1 ? 1 : 7;
    return {
      start, end, type: 'DATE', grain: 'half', source: 'half',
      yearless: {
        month,
        lastMonth: month + 5,
        at: (year): Resolution => ({
          value: `${year === null ? 'XXXX' : formatYear(year)}-H${h}`,
          ...(year === null ? {} : { anchor: { y: year, m: month } }),
        }),
      },
    };
  });
}

/**
 * "year-end", "the year end", "by year end": the end of a year (value the year, `mod` END, as
 * "the end of the year"; TimeML Annotation Guidelines 1.2.1 §2.2.3 `mod`), its year picked as
 * any year-free December's ("profit at year-end rose", written in January → the year before).
 */
const YEAR_END = /\b(?<the>the\s+)?year[-\s]end\b(?![-\w])/dgi;

function yearEnds(text: string): Candidate[] {
  return scan(text, YEAR_END, (m) => ({
    start: m.index, end: m.index + m[0].length, type: 'DATE', grain: 'year', mod: 'END', source: 'year-end',
    yearless: {
      month: 12,
      at: (year): Resolution => ({ value: year === null ? 'XXXX' : formatYear(year), ...(year === null ? {} : { anchor: { y: year } }) }),
    },
  }));
}

const QUARTER_ENDING: Record<string, number> = { march: 1, june: 2, september: 3, december: 4 };

/**
 * "the December quarter", "the June quarter", "the April-June quarter": a quarter named after the month it ends in
 * (or its first and last months), as companies and statistics offices write them; TIMEX3 has calendar quarters only, so the value is
 * the calendar quarter ending in that month (`2012-Q4`), its year picked as any year-free date's.
 */
const MONTH_QUARTER =
  /\b(?<the>the\s+)?(?:(?<from>January|April|July|October)\s*[-–]\s*)?(?<month>March|June|September|December)[-\s]+quarter\b(?!\s+of\b)/dg;

/** The month a calendar quarter opens with, for "the April-June quarter" (its months from first to last). */
const QUARTER_OPENING: Record<string, number> = { january: 1, april: 2, july: 3, october: 4 };

function monthQuarters(text: string): Candidate[] {
  return scan(text, MONTH_QUARTER, (m) => {
    const q = QUARTER_ENDING[m.groups!.month!.toLowerCase()]!;
    // "the April-June quarter" is one quarter, named by its months; "the May-June quarter" is no calendar quarter.
    if (m.groups!.from && QUARTER_OPENING[m.groups!.from.toLowerCase()] !== q) return null;
    const month = (q - 1) * 3 + 1;
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', grain: 'quarter', source: 'quarter',
      yearless: {
        month,
        lastMonth: month + 2,
        at: (year): Resolution => (year === null ? { value: `XXXX-Q${q}` } : { value: formatQuarter(year, q), anchor: { y: year, m: month } }),
      },
    };
  });
}

/**
 * "in the quarter", "for the latest quarter": in business news, the quarter the report is about.
 * It repeats the last quarter the text named ("third-quarter profit rose … in the quarter"), else
 * in a past clause it is the last quarter ended before the document date, else the current one
 * (an anaphoric DATE: TimeML Annotation Guidelines 1.2.1 §2.2.3, values of anaphoric expressions).
 */
const THE_QUARTER =
  /\b(?:in|during|for|over|through|of)\s+(?<x>the\s+(?:latest\s+|same\s+|most\s+recent\s+|current\s+)?quarter)\b(?![-\w]|\s+(?:of|ended|ending|to|before|after|century|mile|final|finals)\b)/dgi;

function theQuarters(text: string): Candidate[] {
  return scan(text, THE_QUARTER, (m) => {
    const start = groupStart(m, 'x');
    const end = groupEnd(m, 'x');
    if (aboutAGame(text, start, end)) return null;
    const current = /current/i.test(m.groups!.x!);
    return {
      start, end, type: 'DATE', grain: 'quarter', source: 'the-quarter',
      resolve: (scope): Resolution => {
        const named = scope.anchor('month');
        if (named?.grain === 'quarter' && !current) return { value: formatAtGrain(anchorDay(named), 'quarter') };
        const doc = scope.documentDate;
        if (!doc) return { value: 'XXXX-QX' };
        const past = !current && scope.tense() === 'past';
        const day = past ? shiftDay({ ...doc, d: 1 }, 'quarter', -1) : doc;
        return { value: formatAtGrain(day, 'quarter'), anchor: { y: day.y, m: day.m, fromDocument: true } };
      },
    };
  });
}

/** Fiscal and financial periods relative to the document: "this fiscal year" → 2012, "the first half" → 2012-H1, "year-end", "the December quarter", "in the quarter". */
export const fiscalPeriodParser: DateParser = {
  id: 'fiscal-periods',
  parse: (text) => [...relativeFiscalYears(text), ...bareHalves(text), ...yearEnds(text), ...monthQuarters(text), ...theQuarters(text)],
};
