import type { Grain } from '../../types.js';
import { scan, type Candidate, type DateParser, type Resolution } from '../candidate.js';
import { formatYear } from '../calendar.js';
import { shiftedValue, unknownAtGrain } from '../anchoring.js';

/**
 * "this fiscal year", "last fiscal year", "the current financial year", "next fiscal year": a year
 * relative to the document date. TIMEX3 has no fiscal calendar, so the value is the calendar year
 * the fiscal year is named after (TimeML Annotation Guidelines 1.2.1, §2.2.3 `value`: the year
 * stated or implied; as "fiscal 2012" → 2012).
 */
const RELATIVE_FISCAL_YEAR =
  /\b(?<rel>this|last|next|the\s+current|the\s+coming|the\s+previous|the\s+past|the\s+new|the)\s+(?:fiscal|financial)\s+year\b(?!\s+(?:19|20)\d\d)(?!-)/dgi;

const SHIFT: Record<string, number> = { this: 0, last: -1, next: 1, 'the current': 0, 'the coming': 1, 'the previous': -1, 'the past': -1, 'the new': 1, the: 0 };

function relativeFiscalYears(text: string): Candidate[] {
  return scan(text, RELATIVE_FISCAL_YEAR, (m) => {
    const shift = SHIFT[m.groups!.rel!.toLowerCase().replace(/\s+/g, ' ')]!;
    const grain: Grain = 'year';
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', grain, source: 'relative',
      resolve: (scope): Resolution => (scope.documentDate ? shiftedValue(scope.documentDate, grain, shift, true) : { value: unknownAtGrain(grain) }),
    };
  });
}

/**
 * "the first half", "the second half" of a business year, without "of <year>" ("Profit rose in the
 * first half"): a half year (TIMEX3 `2019-H1`), its year picked as any year-free date's. A sentence
 * about a game ("scored in the second half") is left alone: there a half is part of a match.
 */
const BARE_HALF = /\b(?:in|during|for|over|through|from|since|by)\s+(?<x>the\s+(?<ord>first|second|latter)\s+half)\b(?!\s+of\b|-)/dgi;

const GAME_WORDS = /\b(?:goals?|scored?|scoring|match|game|minutes?|penalty|kick|innings?|quarterback|touchdown|striker|half-?time|referee|whistle|league|cup|team|coach|players?)\b/i;

/** The sentence around a position, roughly: from the previous to the next sentence end. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start), text.lastIndexOf('\n', start), 0);
  const stops = [text.indexOf('.', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

function bareHalves(text: string): Candidate[] {
  return scan(text, BARE_HALF, (m) => {
    const start = m.indices!.groups!.x![0];
    const end = m.indices!.groups!.x![1];
    if (GAME_WORDS.test(sentenceAround(text, start, end))) return null;
    const h = m.groups!.ord!.toLowerCase() === 'first' ? 1 : 2;
    const month = h === 1 ? 1 : 7;
    return {
      start, end, type: 'DATE', grain: 'half', source: 'half',
      yearless: {
        month,
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

/** Fiscal and financial periods relative to the document: "this fiscal year" → 2012, "the first half" → 2012-H1. */
export const fiscalPeriodParser: DateParser = {
  id: 'fiscal-periods',
  parse: (text) => [...relativeFiscalYears(text), ...bareHalves(text), ...yearEnds(text)],
};
