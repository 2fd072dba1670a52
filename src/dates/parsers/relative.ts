import type { Grain } from '../../types.js';
import { scan, scanWhere, type Candidate, type DateParser, type Resolution, type ResolutionScope } from '../candidate.js';
import { shiftedValue, unknownAtGrain } from '../anchoring.js';
import { formatWeek, shiftToWeekday } from '../calendar.js';
import { RELATIVE_YEAR_SHIFT } from './fiscal-periods.js';
import { NUMBER, numberValue, QUANTITY_MOD, quantityMod, UNIT, unitInfo, VAGUE_NUMBER } from '../words.js';

const EDGE_MOD: Record<string, string> = {
  early: 'START', late: 'END', mid: 'MID', end: 'END', close: 'END', beginning: 'START', start: 'START', middle: 'MID',
};

const UNIT_GRAIN: Record<string, Grain> = {
  year: 'year', month: 'month', week: 'week', quarter: 'quarter', decade: 'decade', century: 'century',
};

/** A value relative to the document date, underspecified without one. */
function fromDocument(grain: Grain, shift: number): (scope: ResolutionScope) => Resolution {
  return (scope) => {
    const doc = scope.documentDate;
    if (!doc) return { value: unknownAtGrain(grain) };
    return shiftedValue(doc, grain, shift, true);
  };
}

/**
 * "last year", "this month", "next week", "this past week", "the coming year", "earlier this year", "late last year",
 * "the end of the year", "the beginning of next month".
 */
const DOCUMENT_RELATIVE =
  /(?:\bthe\s+(?<pos>end|beginning|start|middle|close)\s+of\s+|\b(?<edge>earlier|later|early|late|mid)[-\s]+)?\b(?<rel>last|this\s+past|this|next|the\s+current|the\s+coming|the\s+latest|the\s+most\s+recent|the)\s+(?<unit>year|month|week|quarter|decade|century)(?![-\w])/dgi;

function documentRelative(text: string): Candidate[] {
  return scan(text, DOCUMENT_RELATIVE, (m) => {
    const g = m.groups!;
    const rel = g.rel!.toLowerCase().replace(/\s+/g, ' ');
    if (rel === 'the' && !g.pos) return null;
    const grain = UNIT_GRAIN[g.unit!.toLowerCase()]!;
    if ((rel === 'the latest' || rel === 'the most recent') && g.unit!.toLowerCase() !== 'quarter') return null;
    // "the latest quarter": the last one reported, so the last one completed.
    const shift = rel === 'last' || rel === 'this past' || rel === 'the latest' || rel === 'the most recent' ? -1 : rel === 'next' || rel === 'the coming' ? 1 : 0;
    const modWord = (g.pos ?? g.edge)?.toLowerCase();
    const mod = modWord ? EDGE_MOD[modWord] : undefined;
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', grain, source: 'relative', ...(mod ? { mod } : {}),
      resolve: fromDocument(grain, shift),
    };
  });
}

/** "two years ago", "a week ago", "more than a decade ago", "three months from now", "years ago". */
const AGO = new RegExp(
  `(?:\\b(?<qmod>${QUANTITY_MOD})\\s+)?\\b(?:(?<n>${NUMBER})[-\\s]+|(?<vague>${VAGUE_NUMBER})\\s+)?(?<unit>${UNIT})\\s+(?<dir>ago|from\\s+now|hence)\\b`,
  'gi',
);
/** What every AGO match holds. */
const AGO_WORD = /\s(?:ago|from\s+now|hence)\b/i;

function agoGrain(unit: string): Grain | null {
  const info = unitInfo(unit);
  if (info.time) return null;
  if (/^decade/i.test(unit)) return 'year';
  if (/^centur/i.test(unit)) return 'year';
  return info.grain === 'week' ? 'day' : info.grain;
}

function agoExpressions(text: string): Candidate[] {
  return scanWhere(AGO_WORD, text, AGO, (m) => {
    const g = m.groups!;
    const future = !/^ago$/i.test(g.dir!);
    const n = g.n ? numberValue(g.n) : null;
    const plural = /s$/i.test(g.unit!);
    const grain = agoGrain(g.unit!);
    const base = { start: m.index, end: m.index + m[0].length, source: 'ago' } as const;
    const vague = Boolean(g.vague) || (!g.n && plural);
    if (!vague && n === null) return null;
    if (vague || grain === null || n === null || !Number.isInteger(n)) {
      return { ...base, type: 'DATE', grain: 'reference', resolve: () => ({ value: future ? 'FUTURE_REF' : 'PAST_REF' }) };
    }
    const info = unitInfo(g.unit!);
    const amount = n * info.factor * (info.grain === 'week' ? 7 : 1);
    let mod: string | undefined;
    if (g.qmod) {
      const q = quantityMod(g.qmod);
      if (q === 'APPROX') mod = 'APPROX';
      else if (q === 'MORE_THAN' || q === 'EQUAL_OR_MORE') mod = future ? 'AFTER' : 'BEFORE';
      else mod = future ? 'BEFORE' : 'AFTER';
    }
    return {
      ...base, type: 'DATE', grain, ...(mod ? { mod } : {}),
      resolve: fromDocument(grain, future ? amount : -amount),
    };
  });
}

/** "this weekend", "last weekend", "the weekend" (the one before or after the document date, by tense). */
const WEEKEND = /\b(?<rel>this\s+past|this|last|next|the)\s+weekend\b/gi;

function weekends(text: string): Candidate[] {
  return scan(text, WEEKEND, (m) => {
    const rel = m.groups!.rel!.toLowerCase().replace(/^this\s+past$/, 'last');
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', grain: 'week', source: 'weekend',
      resolve: (scope) => {
        const doc = scope.documentDate;
        if (!doc) return { value: 'XXXX-WXX-WE' };
        const past = rel === 'last' || (rel === 'the' && scope.tense() !== 'future' && scope.tense() !== 'ahead');
        const saturday = past ? shiftToWeekday(doc, 6, 'past', rel !== 'last') : shiftToWeekday(doc, 6, 'future', rel !== 'next');
        return { value: `${formatWeek(rel === 'this' ? doc : saturday)}-WE` };
      },
    };
  });
}

/**
 * "this season", "last season", "the coming season": a season of play or of trade (a league's, a harvest's), no season
 * of the calendar ("summer"); TIMEX3 has no value for it, so the value is the year it is under way in, relative to the
 * document date, never a finer grain than the text gives.
 */
const SEASON_OF_PLAY = /\b(?<rel>this|last|next|the\s+current|the\s+coming|the\s+previous|the\s+past)\s+season\b(?![-\w])/gi;

function seasonsOfPlay(text: string): Candidate[] {
  return scan(text, SEASON_OF_PLAY, (m) => ({
    start: m.index, end: m.index + m[0].length, type: 'DATE', grain: 'year', source: 'relative',
    resolve: fromDocument('year', RELATIVE_YEAR_SHIFT[m.groups!.rel!.toLowerCase().replace(/\s+/g, ' ')]!),
  }));
}

/** Expressions relative to the document date: "last year", "two years ago", "this weekend". */
export const relativeParser: DateParser = {
  id: 'relative',
  parse: (text) => [...documentRelative(text), ...agoExpressions(text), ...weekends(text), ...seasonsOfPlay(text)],
};
