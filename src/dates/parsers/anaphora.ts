import type { Grain } from '../../types.js';
import { groupEnd, groupStart, scan, type AnchorGrain, type Candidate, type DateParser, type Resolution, type ResolutionScope } from '../candidate.js';
import { anchorDay, shiftDay, shiftedValue, unknownAtGrain } from '../anchoring.js';
import { NUMBER, numberValue, PARTS_OF_DAY, QUANTITY_MOD, quantityMod, UNIT, unitInfo } from '../words.js';

/** The anchor grain an anaphor at `grain` needs ("the next day" needs a day). */
function neededGrain(grain: Grain): AnchorGrain {
  if (grain === 'day' || grain === 'week') return 'day';
  if (grain === 'month' || grain === 'quarter' || grain === 'half' || grain === 'season') return 'month';
  if (grain === 'decade' || grain === 'century') return 'decade';
  return 'year';
}

/**
 * Shift from the latest date the text gave at the needed grain (narrative anaphora), else from the
 * document date; `grain` is the grain of the result.
 */
export function fromAnchor(scope: ResolutionScope, grain: Grain, shift: number, anchorGrain: AnchorGrain = neededGrain(grain)): Resolution {
  const anchor = scope.anchor(anchorGrain);
  // The narrative moved on to a coarser date the text stated ("in March 2004 … five days later"; "that killed 15 people
  // in November. The minister resigned two weeks later", with November's year from the document): count from it,
  // keeping what it states and leaving the finer fields unknown ("2004-03-XX"): the value has the expression's grain,
  // never a precision the text does not give (TimeML 1.2.1 §2.2.3). A year told from the document ("a year ago") is a
  // comparison, not a point the narrative moved to.
  const latest = scope.anchor('year');
  if (latest && (!latest.fromDocument || latest.m !== undefined) && latest !== anchor && (!anchor || latest.start > anchor.start)) {
    const coarse: Grain = latest.m === undefined ? 'year' : 'month';
    const known = shiftedValue(shiftDay(anchorDay(latest), grain, shift), coarse, 0, false);
    return { ...known, value: withUnknownFields(known.value, grain) };
  }
  if (anchor) return shiftedValue(anchorDay(anchor), grain, shift, Boolean(anchor.fromDocument));
  if (scope.documentDate) return shiftedValue(scope.documentDate, grain, shift, true);
  return { value: unknownAtGrain(grain) };
}

/** A year ("2004") or a month ("2004-03") written out to a finer grain with its unknown fields: "2004-XX-XX", "2004-03-XX", "2004-WXX". */
function withUnknownFields(known: string, grain: Grain): string {
  const month = known.length > 4;
  if (grain === 'day') return month ? `${known}-XX` : `${known}-XX-XX`;
  if (grain === 'week') return `${known.slice(0, 4)}-WXX`;
  if (month) return known;
  if (grain === 'month') return `${known}-XX`;
  if (grain === 'quarter') return `${known}-QX`;
  if (grain === 'half') return `${known}-HX`;
  return known;
}

/**
 * A backward comparison ("from a year earlier", "the previous year") is not a new narrative point:
 * a second comparison in the same passage measures from the same date, not from this one.
 */
function withoutAnchor(resolution: Resolution): Resolution {
  const { anchor: _anchor, ...rest } = resolution;
  return rest;
}

/** The parts of a year a date can state: whole years from one of them land on the same part ("December" a year earlier). */
const PART_OF_YEAR: ReadonlySet<Grain> = new Set(['month', 'quarter', 'half', 'season']);

/**
 * Whole years from a month, quarter, half or season the text just gave ("rose 3% in December from a year earlier",
 * "fourth-quarter profit fell from a year earlier"): the same part of that other year, as TimeBank values a comparison
 * with "a year earlier" after a quarter; null when the latest date is a year or a day, which keep the year's grain. The
 * day a statement was made and a span's bound are passed over ("jumped in August, the department said on Wednesday.
 * The price fell 1.8% from a year earlier": August's).
 */
function yearsFromPartOfYear(scope: ResolutionScope, years: number): Resolution | null {
  const anchor = scope.periodAnchor() ?? scope.anchor('year');
  if (!anchor || anchor.m === undefined || !PART_OF_YEAR.has(anchor.grain)) return null;
  return shiftedValue(shiftDay(anchorDay(anchor), 'year', years), anchor.grain, 0, Boolean(anchor.fromDocument));
}

/** "five days later", "a year earlier", "less than three months later", "two weeks afterwards", "a day before." */
const LATER = new RegExp(
  `(?:\\b(?<qmod>${QUANTITY_MOD})\\s+)?\\b(?<n>${NUMBER})[-\\s]+(?:more\\s+)?(?<unit>${UNIT})\\s+(?<dir>later|earlier|afterwards?|previously|(?:after|before)(?=\\s*[,.;:)]|\\s*$))`,
  'gi',
);

function laterExpressions(text: string): Candidate[] {
  return scan(text, LATER, (m) => {
    const g = m.groups!;
    const info = unitInfo(g.unit!);
    const n = numberValue(g.n!);
    if (info.time || n === null || !Number.isInteger(n)) return null;
    const grain: Grain = info.grain === 'week' ? 'day' : info.grain === 'year' || info.grain === 'month' ? info.grain : 'day';
    const amount = n * info.factor * (info.grain === 'week' ? 7 : 1);
    const back = /^(earlier|previously|before)$/i.test(g.dir!);
    let mod: string | undefined;
    if (g.qmod) {
      const q = quantityMod(g.qmod);
      if (q === 'APPROX') mod = 'APPROX';
      else if (q === 'MORE_THAN' || q === 'EQUAL_OR_MORE') mod = back ? 'BEFORE' : 'AFTER';
      else mod = back ? 'AFTER' : 'BEFORE';
    }
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', grain, source: 'anaphora', ...(mod ? { mod } : {}),
      resolve: (scope) => {
        const shift = back ? -amount : amount;
        const resolution = (grain === 'year' && info.factor === 1 && yearsFromPartOfYear(scope, shift)) || fromAnchor(scope, grain, shift);
        return back ? withoutAnchor(resolution) : resolution;
      },
    };
  });
}

const UNIT_GRAIN: Record<string, Grain> = { day: 'day', week: 'week', month: 'month', year: 'year', quarter: 'quarter', decade: 'decade', century: 'century' };

/** "the next day", "the following year", "the previous month", "the following decade", "the day before." */
const NEXT_PREVIOUS =
  /\bthe\s+(?:(?<which>next|following|previous|preceding|prior)\s+(?<unit>day|week|month|year|quarter|decade|century)(?![-\w'’])|(?<unit2>day|week|month|year)\s+(?<dir>before|after)(?=\s*[,.;:)]|\s*$))/gi;

function nextPrevious(text: string): Candidate[] {
  return scan(text, NEXT_PREVIOUS, (m) => {
    const g = m.groups!;
    const grain = UNIT_GRAIN[(g.unit ?? g.unit2)!.toLowerCase()]!;
    const back = /^(previous|preceding|prior|before)$/i.test((g.which ?? g.dir)!);
    // "the next decade" looks ahead from the time of writing; "the following decade" from the narrative.
    if ((grain === 'decade' || grain === 'century') && /^next$/i.test(g.which ?? '')) {
      return {
        start: m.index, end: m.index + m[0].length, type: 'DATE', grain, source: 'relative',
        resolve: (scope) => (scope.documentDate ? shiftedValue(scope.documentDate, grain, 1, true) : { value: unknownAtGrain(grain) }),
      };
    }
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', grain, source: 'anaphora',
      resolve: (scope) => (back ? withoutAnchor(fromAnchor(scope, grain, -1)) : fromAnchor(scope, grain, 1)),
    };
  });
}

const EDGE_MOD: Record<string, string> = { early: 'START', late: 'END' };

/**
 * "the same month", "that year", "later that day", "the same period last year",
 * "the same month a year ago", "the same quarter of 2018".
 */
const SAME =
  /\b(?:(?<edge>later|earlier|early|late)\s+)?(?:the\s+same|that(?:\s+same)?)\s+(?<unit>day|week|month|year|quarter|period|time)(?![-\w])(?<back>\s+(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|last\s+year|(?:(?:of|in)\s+)?the\s+(?:previous|prior|preceding)\s+year|(?:of|in)\s+(?<y>(?:19|20)\d\d)\b))?/gi;

function sameExpressions(text: string): Candidate[] {
  return scan(text, SAME, (m) => {
    const g = m.groups!;
    const unit = g.unit!.toLowerCase();
    if (unit === 'time' && !g.back) return null;
    const mod = g.edge ? EDGE_MOD[g.edge.toLowerCase()] : undefined;
    const fixedGrain = UNIT_GRAIN[unit];
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', grain: fixedGrain ?? 'month', source: 'anaphora', ...(mod ? { mod } : {}),
      resolve: (scope) => {
        const latest = fixedGrain ? null : scope.anchor('year');
        const grain: Grain = fixedGrain ?? latest?.grain ?? 'year';
        const anchor = fixedGrain ? scope.anchor(neededGrain(grain)) : latest;
        const base = anchor ? anchorDay(anchor) : scope.documentDate;
        if (!base) return { value: unknownAtGrain(grain) };
        const year = g.y ? Number(g.y) : base.y - (g.back ? 1 : 0);
        const resolution = shiftedValue({ ...base, y: year }, grain, 0, anchor ? Boolean(anchor.fromDocument) : true);
        return g.back && !g.y ? withoutAnchor(resolution) : resolution;
      },
    };
  });
}

/** "the year-earlier quarter", "the year-ago period", "a year-earlier month": a company's comparison with the same part of the year before. */
const YEAR_EARLIER = /\b(?:the|a)\s+year[-\s](?:earlier|ago)\s+(?<unit>quarter|half|month|period)\b(?![-\w])/gi;

const PART_GRAIN: Record<string, Grain> = { quarter: 'quarter', half: 'half', month: 'month' };

function yearEarlierPeriods(text: string): Candidate[] {
  return scan(text, YEAR_EARLIER, (m) => {
    const grain = PART_GRAIN[m.groups!.unit!.toLowerCase()];
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', grain: grain ?? 'year', source: 'anaphora',
      resolve: (scope) => withoutAnchor(yearEarlier(scope, grain)),
    };
  });
}

/**
 * The period a year before the one the report is about: the same part of the year before the quarter, half or month
 * the text just gave ("third-quarter profit rose ... from the year-earlier quarter": that quarter's); "period" repeats
 * any of them, or a year's. With none given, a report's period is the last one ended before the document date, as for
 * "in the quarter".
 */
function yearEarlier(scope: ResolutionScope, grain: Grain | undefined): Resolution {
  const part = yearsFromPartOfYear(scope, -1);
  if (part && (grain === undefined || part.grain === grain)) return part;
  const named = grain === undefined ? scope.periodAnchor() ?? scope.anchor('year') : null;
  if (named) return shiftedValue(anchorDay(named), 'year', -1, Boolean(named.fromDocument));
  const doc = scope.documentDate;
  if (!doc) return { value: unknownAtGrain(grain ?? 'year') };
  const last = grain === undefined ? doc : shiftDay({ ...doc, d: 1 }, grain, -1);
  return shiftedValue(shiftDay(last, 'year', -1), grain ?? 'year', 0, true);
}

/** "the day" of a trading report: "to end the day", "closed the day", "later in the day", "for the day". */
const THE_DAY =
  /\b(?:(?:end|clos|finish|start|open|begin|began|begun)\w*|for|(?:earlier|later|early|late)\s+in)\s+(?<day>the\s+day)\b(?!\s+(?:before|after|of|when|that|on)\b)/dgi;

/** "Shares fell 2% on the day.": a trading report's day, when nothing qualifies it ("on the day of the vote"). */
const ON_THE_DAY = /\bon\s+(?<day>the\s+day)(?=\s*[,.;:)]|\s*$)/dgi;

function theDay(text: string): Candidate[] {
  return [...scan(text, THE_DAY, dayCandidate), ...scan(text, ON_THE_DAY, dayCandidate)];
}

function dayCandidate(m: RegExpExecArray): Candidate {
  return {
    start: groupStart(m, 'day'), end: groupEnd(m, 'day'), type: 'DATE', grain: 'day', source: 'anaphora',
    resolve: (scope) => fromAnchor(scope, 'day', 0),
  };
}

/**
 * "the following morning", "the next evening", "that night", "the night before": a part of the
 * day the narrative is on, or of the day after or before it (one TIME, `2012-05-11TMO`; TimeML
 * Annotation Guidelines 1.2.1 §2.2.3, parts of days). Not "that night's game" nor "the night before the vote".
 */
const PART_OF_DAY_ANAPHOR =
  /\b(?:the\s+(?<which>next|following|previous|preceding)\s+(?<part>morning|afternoon|evening|night)|(?<that>that)\s+(?<part2>morning|afternoon|evening|night)|the\s+(?<part3>morning|evening|night)\s+(?<dir>before|after)(?=\s*[,.;:)]|\s*$))(?![-\w'’])/gi;

function partsOfDay(text: string): Candidate[] {
  return scan(text, PART_OF_DAY_ANAPHOR, (m) => {
    const g = m.groups!;
    const part = PARTS_OF_DAY[(g.part ?? g.part2 ?? g.part3)!.toLowerCase()]!;
    const way = (g.which ?? g.dir ?? '').toLowerCase();
    const shift = g.that ? 0 : /^(previous|preceding|before)$/.test(way) ? -1 : 1;
    return {
      start: m.index, end: m.index + m[0].length, type: 'TIME', grain: 'part-of-day', source: 'anaphora',
      resolve: (scope) => {
        const day = withoutAnchor(fromAnchor(scope, 'day', shift));
        // A narrative on a coarser date ("in March 2004 … the next morning") gives the part a day it does not know ("2004-03-XXTMO").
        return /^\d{4}-(?:\d{2}|XX)-(?:\d{2}|XX)$/.test(day.value) ? { ...day, value: `${day.value}T${part}`, grain: 'part-of-day' } : { ...day, type: 'DATE' };
      },
    };
  });
}

/** Anaphora resolved against the narrative: "five days later", "the next day", "that year", "the same period last year", "the following morning". */
export const anaphoraParser: DateParser = {
  id: 'anaphora',
  parse: (text) => [...laterExpressions(text), ...nextPrevious(text), ...sameExpressions(text), ...yearEarlierPeriods(text), ...theDay(text), ...partsOfDay(text)],
};
