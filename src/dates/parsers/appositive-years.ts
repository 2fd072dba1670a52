import { fixedCandidate, groupEnd, groupStart, scan, type DateParser } from '../candidate.js';

/**
 * "in 2006, his senior year.", "in 1998, her final season": a year of a life or a career set in apposition to a stated
 * year names that year (TimeML 1.2.1 §2.2.1: a noun phrase headed by a temporal unit that refers to a particular time
 * is a TIMEX3, valued like the time it refers to; GUM marks it so). Without the year beside it ("in his senior year")
 * its value is unknown, and it is left out. The phrase must end its clause: "In 2006, his senior year was cut short"
 * begins a sentence about that year, not an apposition.
 */
const APPOSITIVE_YEAR =
  /\b(?<y>1[5-9]\d\d|20\d\d),\s+(?<x>(?:his|her|their|its|the)\s+(?:senior|junior|freshman|sophomore|rookie|final|last|first|debut|second|third|fourth|fifth)\s+(?:year|season))\b(?=\s*(?:[.;)]|,|$))/dg;

export const appositiveYearParser: DateParser = {
  id: 'appositive-years',
  parse: (text) =>
    scan(text, APPOSITIVE_YEAR, (m) =>
      fixedCandidate(groupStart(m, 'x'), groupEnd(m, 'x'), 'appositive-years', { type: 'DATE', grain: 'year', value: m.groups!.y!, anchor: { y: Number(m.groups!.y) } }),
    ),
};
