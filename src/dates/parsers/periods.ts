import type { Grain } from '../../types.js';
import { fixedCandidate, scan, scanWhere, type Candidate, type DateParser, type Resolution } from '../candidate.js';
import { formatQuarter, formatYear } from '../calendar.js';
import { ordinalValue, SEASONS } from '../words.js';
import { quarterOfAGame } from './games.js';
import { atSentenceStart, wordAfter, wordBefore } from './guards.js';

const MODS: Record<string, string> = { early: 'START', mid: 'MID', late: 'END' };

/** How many months a quarter and a half year last: the year of one still under way is the document's. */
export const PERIOD_MONTHS: Partial<Record<Grain, number>> = { quarter: 3, half: 6 };

/** A year-free period ("the third quarter"): the resolver or the "of <year>" refiner picks the year. */
function periodCandidate(start: number, end: number, source: string, grain: Grain, month: number, value: (y: string) => string, mod?: string): Candidate {
  return {
    start, end, type: 'DATE', grain, source, ...(mod ? { mod } : {}),
    yearless: {
      month,
      ...(PERIOD_MONTHS[grain] ? { lastMonth: month + PERIOD_MONTHS[grain]! - 1 } : {}),
      at: (year): Resolution => ({
        value: value(year === null ? 'XXXX' : formatYear(year)),
        ...(year === null ? {} : { anchor: { y: year, m: month } }),
      }),
    },
  };
}

/** A period with its year stated ("Q3 2019", "2019-Q3"). */
function statedPeriod(start: number, end: number, source: string, grain: Grain, year: number, month: number, value: string): Candidate {
  return { start, end, type: 'DATE', grain, source, resolve: () => ({ value, anchor: { y: year, m: month } }) };
}

/**
 * "the third quarter", "third-quarter", "Third-quarter" (a sentence start), "the fourth fiscal quarter", "the final quarter",
 * "the last quarter of" a year (the fourth; "last quarter" alone is the one before the present: relative.ts), "Q3", "Q3 2019", "2019 Q3".
 */
const QUARTER =
  /(?<the>\b[Tt]he\s+)?\b(?<ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th|[Ff]inal|(?<=\b[Tt]he\s+)[Ll]ast(?=\s+quarter\s+of\s))[-\s]+(?:fiscal[-\s]+|financial[-\s]+)?quarter\b|\b(?<qy>(?:19|20)\d\d)\s*[-/]?\s*Q(?<qn2>[1-4])\b|\bQ(?<qn>[1-4])(?:(?:\s*|[-/])(?<y>(?:19|20)\d\d)|\s*['’](?<yy>\d\d))?\b/dg;

function quarters(text: string): Candidate[] {
  return scan(text, QUARTER, (m) => {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (g.ord) {
      // "beat the Celtics 101-99 in the 4th quarter": a quarter of a game (games.ts), unless the text says fiscal.
      if (!/fiscal|financial/i.test(m[0]) && quarterOfAGame(text, start, end)) return null;
      const q = /^(?:final|last)$/i.test(g.ord) ? 4 : ordinalValue(g.ord);
      return periodCandidate(start, end, 'quarter', 'quarter', (q - 1) * 3 + 1, (y) => `${y}-Q${q}`);
    }
    const q = Number(g.qn ?? g.qn2);
    const year = g.qy ?? g.y ?? (g.yy ? `20${g.yy}` : undefined);
    if (year) return statedPeriod(start, end, 'quarter', 'quarter', Number(year), (q - 1) * 3 + 1, formatQuarter(Number(year), q));
    // A bare "Q5"-like code after a capitalized word is a model name ("Audi Q3").
    if (/^[A-Z]/.test(wordBefore(text, start)) || /^[A-Z\d]/.test(wordAfter(text, end))) return null;
    return periodCandidate(start, end, 'quarter', 'quarter', (q - 1) * 3 + 1, (y) => `${y}-Q${q}`);
  });
}

/** "the first half of" (a year must follow: a bare "second half" is usually a match half), "H1 2019", "1H 2019". */
const HALF =
  /(?<the>\bthe\s+)?\b(?<ord>first|second|1st|2nd|latter)\s+half(?=\s+of\s+(?:the\s+year|this\s+year|last\s+year|next\s+year|(?:19|20)\d\d|the\s+(?:same|previous|following)\s+year|that\s+year)\b)|\b(?:H(?<hn>[12])|(?<hn2>[12])H)(?:\s*|[-/])(?<y>(?:19|20)\d\d)\b/dgi;
/** What every HALF match holds: the word, or "H1", "2H". */
const HALF_MARK = /\shalf|h[12]|[12]h/i;

function halves(text: string): Candidate[] {
  return scanWhere(HALF_MARK, text, HALF, (m) => {
    const g = m.groups!;
    const h = g.ord ? (/^(second|2nd|latter)$/i.test(g.ord) ? 2 : 1) : Number(g.hn ?? g.hn2);
    const start = m.index;
    const end = start + m[0].length;
    if (g.y) return statedPeriod(start, end, 'half', 'half', Number(g.y), h === 1 ? 1 : 7, `${g.y}-H${h}`);
    return periodCandidate(start, end, 'half', 'half', h === 1 ? 1 : 7, (y) => `${y}-H${h}`);
  });
}

/**
 * Seasons with a cue: "summer 2019", "the summer of 2019" (the "of" refiner), "this winter",
 * "last spring", "early autumn", "in the fall". "fall" and "spring" need a stronger cue: they are verbs and nouns too.
 */
const SEASON =
  /(?<lead>\b(?:in|during|by|until|since|over|through|throughout)\s+)?(?<the>\bthe\s+)?\b(?:(?<rel>this|last|next|past|coming|early|late|mid)[-\s]+)?(?<season>spring|summer|autumn|fall|winter)\b(?<y>\s+(?:19|20)\d\d\b)?/dgi;

function seasons(text: string): Candidate[] {
  return scan(text, SEASON, (m) => {
    const g = m.groups!;
    const season = SEASONS[g.season!.toLowerCase()]!;
    const rel = g.rel?.toLowerCase();
    const after = wordAfter(text, m.index + m[0].length).toLowerCase();
    const weak = /^(fall|spring)$/i.test(g.season!);
    const capitalized = /^[A-Z]/.test(g.season!) && /^[A-Z]/.test(wordAfter(text, groupEndOf(m)));
    if (capitalized && !g.y) return null; // "Summer Olympics", "Arab Spring" names
    if (!g.y && !rel && !g.lead) return null;
    if (!g.y && weak && !rel && !(g.the && /^(?:|of|and|or|when|season|semester|term)$/.test(after))) return null;
    if (!g.y && g.the && after === 'of' && !/^\s+of\s+(?:19|20)\d\d/.test(text.slice(groupEndOf(m), groupEndOf(m) + 10))) return null;
    const start = g.the ? m.indices!.groups!.the![0] : g.rel ? m.indices!.groups!.rel![0] : m.indices!.groups!.season![0];
    const end = m.index + m[0].length;
    const mod = rel ? MODS[rel] : undefined;
    const code = (y: string): string => `${y}-${season.code}`;
    if (g.y) return statedPeriod(start, end, 'season', 'season', Number(g.y.trim()), season.month, code(g.y.trim()));
    if (rel === 'this' || rel === 'last' || rel === 'next' || rel === 'past' || rel === 'coming') {
      return {
        start, end, type: 'DATE', grain: 'season', source: 'season',
        resolve: (scope) => {
          const doc = scope.documentDate;
          if (!doc) return { value: code('XXXX') };
          const ended = doc.m >= season.month + 3;
          const y = rel === 'this' ? doc.y : rel === 'next' || rel === 'coming' ? doc.y + (doc.m < season.month ? 0 : 1) : doc.y - (ended ? 0 : 1);
          return { value: code(formatYear(y)), anchor: { y, m: season.month, fromDocument: true } };
        },
      };
    }
    return periodCandidate(start, end, 'season', 'season', season.month, code, mod);
  });
}

const groupEndOf = (m: RegExpExecArray): number => m.indices!.groups!.season![1];

/** Plural seasons: "Summers can be very warm", "the winters are mild", "in hot summers" ("springs" and "falls" are mostly water). */
const PLURAL_SEASON = /(?<the>\b[Tt]he\s+)?\b(?<season>[Ss]ummers|[Ww]inters|[Aa]utumns)\b/dg;

/** Counts before a plural season make it a duration ("two summers", "many winters", "the past three summers"). */
const COUNT_BEFORE = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a\s+few|few|several|many|some|both|those|these|those|consecutive|straight|successive)$/i;

/** A count, then one adjective, before it: "two dry winters", "several hot summers". */
const COUNT_ADJECTIVE_BEFORE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|few|several|many|both|consecutive|straight|successive)\s+[a-z-]+\s+$/i;

/** What follows a sentence-opening "Summers" that says something of the season, not of a Mr. Summers ("Summers said", "Summers on Tuesday urged"). */
const ABOUT_THE_SEASON_AFTER =
  /^\s+(?:are|were|can|could|may|might|tend|tended|here|there|in(?!\s+an?\s+(?:statement|interview|speech|letter|column|email|post)\b)|on(?!\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|bring|brought|see|saw|last|lasted|usually|often|generally|typically)\b/;

/**
 * Plural seasons, some or all such seasons, none in particular (TimeML 1.2.1 §2.2.3: a generic expression
 * leaves the unknown year as X, "XXXX-SU"): "Summers can be very warm", "The winters are considered mild".
 * A capitalized one inside a sentence is a name ("Larry Summers", "Mr. Winters"); after a count it is a
 * duration ("two summers", "several winters"), left to the duration parser.
 */
function pluralSeasons(text: string): Candidate[] {
  return scan(text, PLURAL_SEASON, (m) => {
    const g = m.groups!;
    const seasonStart = m.indices!.groups!.season![0];
    const end = m.index + m[0].length;
    const start = g.the ? m.index : seasonStart;
    if (/^[A-Z]/.test(g.season!) && (g.the || !atSentenceStart(text, seasonStart) || !ABOUT_THE_SEASON_AFTER.test(text.slice(end, end + 24)))) return null;
    if (g.the && /^T/.test(g.the) && !atSentenceStart(text, m.index)) return null;
    const before = text.slice(Math.max(0, start - 24), start);
    if (COUNT_BEFORE.test(wordBefore(text, start)) || COUNT_ADJECTIVE_BEFORE.test(before) || /\ba\s+few\s+$/i.test(before) || /^\s+of\b/.test(text.slice(end, end + 6))) return null;
    const season = SEASONS[g.season!.toLowerCase().replace(/s$/, '')]!;
    return fixedCandidate(start, end, 'season', { type: 'DATE', grain: 'season', value: `XXXX-${season.code}` });
  });
}

/** Quarters, halves and seasons ("the third quarter", "H1 2019", "summer 2019", "the winters"). */
export const periodParser: DateParser = {
  id: 'periods',
  parse: (text) => [...quarters(text), ...halves(text), ...seasons(text), ...pluralSeasons(text)],
};
