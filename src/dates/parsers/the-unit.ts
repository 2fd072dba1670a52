import type { Grain } from '../../types.js';
import { groupEnd, groupStart, scan, type DateParser } from '../candidate.js';
import { fromAnchor } from './anaphora.js';

const UNIT_GRAIN: Record<string, Grain> = { year: 'year', month: 'month', week: 'week' };

/**
 * "sales for the year", "earlier in the month", "during the week", "ended the week down 18%": a calendar unit named by "the"
 * alone is the one the text is talking about, the year (month, week) of the narrative's last date,
 * else of the document date (TimeML Annotation Guidelines 1.2.1, §2.2.1: "the year" referring to
 * a particular year is a TIMEX3, valued like the expression it refers back to). Left alone when a
 * word after it says which one ("the year before", "the year of the crash", "the month that …",
 * "the year ended March 31", "the year 1066": the number is the year), or when it is a length ("the year-long", "over the year ahead").
 */
const THE_UNIT =
  /\b(?:for|in|during|throughout|over|within|(?:end|clos|finish|start|open)(?:ed|s)?|began|begin|begun)\s+(?<x>the\s+(?<unit>year|month|week))\b(?![-'’])(?!\s+(?:before|after|of|ago|to|ended|ending|that|when|which|in\s+which|earlier|later|since|ahead|before|prior|through|until|as|from|and\s+a\s+half)\b|\s+\d{1,4}\b(?!\s*(?:%|percent|per\s*cent)))/dgi;

export const theUnitParser: DateParser = {
  id: 'the-unit',
  parse: (text) =>
    scan(text, THE_UNIT, (m) => {
      const grain = UNIT_GRAIN[m.groups!.unit!.toLowerCase()]!;
      return {
        start: groupStart(m, 'x'), end: groupEnd(m, 'x'), type: 'DATE', grain, source: 'anaphora',
        resolve: (scope) => fromAnchor(scope, grain, 0),
      };
    }),
};
