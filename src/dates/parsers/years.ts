import { fixedCandidate, groupEnd, groupStart, scan, type Candidate, type DateParser } from '../candidate.js';
import { atSentenceStart, wordAfter, wordBefore } from './guards.js';

/** Words after which a number is a year ("in 2018", "since 2004", "fiscal 2019", "early 2009"). */
const YEAR_CUE = new Set(
  ('in since by until till before after from through throughout during of year fiscal early mid late end ' +
    'spring summer autumn fall winter circa').split(' '),
);

/** Words after which a number counts things ("about 2000 people", "flight 2019"). */
const COUNT_CUE = new Set(
  ('about some over nearly around almost than roughly approximately least only just total estimated no no. ' +
    'number nos flight route room page pp p. chapter article section resolution code model version vol volume ' +
    'issue line bus highway interstate rule paragraph exit gate platform channel pin unit suite box').split(' '),
);

/** Nouns counted by a number ("2,018 people" without the comma, "2000 troops"). */
const COUNT_NOUN = new Set(
  ('people persons men women children kids troops soldiers police officers jobs workers employees staff ' +
    'votes points units cars vehicles homes houses km kilometres kilometers miles metres meters feet ft tonnes ' +
    'tons barrels shares dollars euros rubles roubles yuan pounds hectares acres cases deaths casualties ' +
    'patients students passengers residents members delegates seats aircraft planes ships refugees migrants ' +
    'prisoners visitors tourists participants companies firms mw kg').split(' '),
);

/** Words ending in "s" that are not plural nouns ("Vision 2030 is", "in 2018 was"). */
const NOT_PLURAL = new Set('is was has its this his hers as us does goes plus thus across unless always perhaps whereas versus towards afterwards'.split(' '));

/** Is the number at [start, end) a calendar year in its context? */
export function isYearInContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (/\d[\s-]*$|[$€£¥]\s*$/.test(before)) return false;
  const after = text.slice(end, end + 16);
  if (/^\s*(?:%|percent|per\s*cent)/i.test(after) || /^[\s-]\d{3,}/.test(after)) return false;
  // "a 2000 year old tradition", "2000-year-old", "1500 years": a number of years, not a year ("2019 year-end" is one).
  if (/^[\s-]+years?\b(?![\s-]*end)/i.test(after)) return false;
  const prev = wordBefore(text, start).toLowerCase();
  const next = wordAfter(text, end);
  if (COUNT_NOUN.has(next.toLowerCase())) return false;
  if (COUNT_CUE.has(prev)) return false;
  if (YEAR_CUE.has(prev)) return true;
  // "the 2020 elections", "Russia's 2018 budget": a determiner before a plural noun still reads as a year.
  if (/^(?:the|its|their|his|her|our|this|that)$/.test(prev) || /['’]s$/.test(prev)) return true;
  // A number inside a name: "Russell 2000 Index", "Windows 2000 Server".
  if (/^[A-Z]/.test(wordBefore(text, start)) && /^[A-Z]/.test(next) && !atSentenceStart(text, start - prev.length - 1)) return false;
  return !(/^[a-z]{2,}s$/.test(next) && !NOT_PLURAL.has(next));
}

/**
 * A year before 1900 only right after a preposition of time ("in 1887", "since 1776") or "the year" ("the year 1066"), or alone in
 * brackets after a name or title ("Hydrodynamica (1738)"): elsewhere such a number is usually a count.
 */
const EARLY_CUE = /\b(?:in|since|until|till|before|after|during|circa|from|the\s+year)\s+$/i;
const BRACKETED = (text: string, start: number, end: number): boolean => /\(\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^\s*\)/.test(text.slice(end, end + 3));

/**
 * A year before 1900 set off as a list or heading item: after a comma, a bracket, a dash or at a
 * sentence start, and before a comma, colon, semicolon, bracket or sentence end ("Aberdeen,
 * Scotland, 1859.", "Chaharbagh Boulevard. 1596, dating from …", "square - 1602 (…)").
 */
const SET_OFF_BEFORE = /(?:[,(]|\s[-–—])\s*$/;
const SET_OFF_AFTER = /^(?:[,:;)]|\s+\(|\.(?:\s+[A-Z]|\s*$))/;
const setOff = (text: string, start: number, end: number): boolean =>
  (SET_OFF_BEFORE.test(text.slice(Math.max(0, start - 3), start)) || atSentenceStart(text, start)) && SET_OFF_AFTER.test(text.slice(end, end + 3));

/** Any four-digit number from 1000 to 2099 standing alone (or after "mid-": the modifier refiner takes it): a year when its context or a year before it says so. */
const ANY_YEAR = /(?<![\w$€£¥#@.,/'’])(?<!(?<!\b(?:[Mm]id|[Ee]arly|[Ll]ate))[-–])(?:1\d|20)\d\d(?![\w%]|[.,]\d|[-–/]\d)/g;

/**
 * A year coordinated with a year just taken ("in 1687 and 1689", "the 2011 and 2017 censuses",
 * "from 1699 or 1700"): it is a year too, whatever noun follows, unless it counts one.
 */
const COORDINATED = /(?<y>\d{4})\s*(?:,\s*|,?\s+(?:and|or)\s+)$/;

function bareYears(text: string): Candidate[] {
  const taken = new Set<number>();
  return scan(text, ANY_YEAR, (m) => {
    const end = m.index + m[0].length;
    const y = Number(m[0]);
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const coordinated = COORDINATED.exec(before);
    const afterYear = coordinated !== null && taken.has(m.index - (before.length - coordinated.index) + 4) && !COUNT_NOUN.has(wordAfter(text, end).toLowerCase());
    const inContext = (y >= 1900 || EARLY_CUE.test(before) || BRACKETED(text, m.index, end) || setOff(text, m.index, end)) && isYearInContext(text, m.index, end);
    if (!afterYear && !inContext) return null;
    taken.add(end);
    return fixedCandidate(m.index, end, 'year', { type: 'DATE', grain: 'year', value: m[0], anchor: { y } });
  });
}

/**
 * What makes a pair of numbers before 1900 a range of years: a preposition of time ("in 1756-63"),
 * an open bracket right before it ("(1704 – 1787)") or one holding a year, a verb of tenure or an
 * office ("(1710 - 1774, reigned 1715 - 1774)", "(king 1715 - 1774)"), not any bracket ("(see pages
 * 1201-1210)"; numbered things keep out anyway), a period's name and
 * "of" ("the winter of 1776-77", "the war of 1812-15") or a verb of tenure ("served 1850–1862").
 */
const EARLY_RANGE_CUE = new RegExp(
  `(?:${EARLY_CUE.source}|\\(\\s*$|\\([^()\\n]{0,60}\\b(?:1\\d{3}|reigned|ruled|served|lived|born|died|flourished|king|queen|emperor|empress|pope|president|governor|mayor|bishop|minister|chancellor|office|term)\\b[^()\\n]*$|\\b(?:winter|summer|spring|autumn|fall|wars?|seasons?|sessions?|campaigns?|reign|period|years?|decades?)\\s+of\\s+$|\\b(?:reigned|ruled|served|lived|flourished|fl\\.|r\\.)\\s+$)`,
  'i',
);

/** Words that number things, so a pair of numbers after them is a range of those ("pages 1201-1210", "articles 1501-1520"). */
const NUMBERED_THINGS = /\b(?:pages?|pp?\.|articles?|arts?\.|sections?|nos?\.|numbers?|rooms?|chapters?|verses?|lines?|paragraphs?|clauses?)\s+$/i;

/** "2018-2020", "2010-11", "between 2018 and 2020", "the 2018-2020 period", "fiscal 2011/12". */
const YEAR_RANGE =
  /(?<lead>\b(?:from|between)\s+)?(?<the>\bthe\s+)?(?<fiscal>\b(?:fiscal|financial)(?:\s+year)?\s+)?(?<![\w$€£¥.,])(?<y1>(?:1\d|20)\d\d)\s*(?<sep>[-–—/]|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*(?<y2>(?:1\d|20)\d\d|\d\d)(?![\w%]|[-–.,]\d)(?<tail>\s+(?:period|season|timeframe|time\s+frame|fiscal\s+year|financial\s+year|school\s+year|academic\s+year|biennium))?/dgi;

function yearRanges(text: string): Candidate[] {
  return scan(text, YEAR_RANGE, (m) => {
    const g = m.groups!;
    const sep = g.sep!.toLowerCase();
    const word = /^[a-z]+$/.test(sep);
    if (sep === 'and' && !/between/i.test(g.lead ?? '')) return null;
    if (g.y2!.length === 2 && word) return null;
    const y1 = Number(g.y1);
    // Before 1900 a pair of numbers is a range of years only after "from"/"between", a preposition of time, a period's
    // name or a verb of tenure ("the winter of 1776-77", "reigned 1715 - 1774"), or in brackets ("(1704 – 1787)").
    if (NUMBERED_THINGS.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
    if (y1 < 1900 && !g.lead && !EARLY_RANGE_CUE.test(text.slice(Math.max(0, m.index - 60), m.index))) return null;
    if (COUNT_NOUN.has(wordAfter(text, groupEnd(m, 'y2')).toLowerCase())) return null;
    const y2 = g.y2!.length === 2 ? Math.floor(y1 / 100) * 100 + Number(g.y2) + (Number(g.y2) < y1 % 100 ? 100 : 0) : Number(g.y2);
    if (y2 <= y1 || y2 - y1 > (g.lead ? 300 : 100)) return null;
    // "fiscal 2011/12" and "the 2018-2020 period" keep their fiscal or period words in the extent.
    const start = g.fiscal ? groupStart(m, 'fiscal') : g.the && g.tail ? groupStart(m, 'the') : groupStart(m, 'y1');
    const end = g.tail ? groupEnd(m, 'tail') : groupEnd(m, 'y2');
    const parts = [{ start: groupStart(m, 'y1'), end: groupEnd(m, 'y1') }, { start: groupStart(m, 'y2'), end: groupEnd(m, 'y2') }] as const;
    return { ...fixedCandidate(start, end, 'year-range', { type: 'DATE', grain: 'year', value: `${y1}/${y2}`, anchor: { y: y1 } }), parts };
  });
}

const DECADE_WORDS: Record<string, string> = {
  twenties: '2', thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9',
};
const DECADE_MOD: Record<string, string> = { early: 'START', earlier: 'START', mid: 'MID', late: 'END', later: 'END' };

/** "the 1990s", "the early 2000s", "the mid-1980s", "the later 1800s", "the '90s", "the nineties". */
const DECADE =
  /(?<the>\bthe\s+)?(?:(?<mod>early|earlier|mid|late|later)[-\s]+)?(?:(?<![\w$€£¥])(?<digits>(?:1[0-9]|20)\d0)['’]?s\b|['’](?<short>\d0)s\b|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)/dgi;

function decades(text: string): Candidate[] {
  return scan(text, DECADE, (m) => {
    const g = m.groups!;
    if (!g.digits && !g.the) return null;
    const mod = g.mod ? DECADE_MOD[g.mod.toLowerCase()] : undefined;
    const base = { start: m.index, end: m.index + m[0].length, type: 'DATE', grain: 'decade', source: 'decade', ...(mod ? { mod } : {}) } as const;
    // "the 1800s", "the 1900s": a whole century (TIMEX3 "18"); "the 2000s" is read as the decade, as news uses it.
    if (g.digits && /00$/.test(g.digits) && Number(g.digits) < 2000) {
      return { ...base, grain: 'century', resolve: () => ({ value: g.digits!.slice(0, 2) }) };
    }
    // A decade is a point "the following decade" can count from.
    if (g.digits) return { ...base, resolve: () => ({ value: g.digits!.slice(0, 3), anchor: { y: Number(g.digits!.slice(0, 4)) } }) };
    const digit = g.short ? g.short[0]! : DECADE_WORDS[g.word!.toLowerCase()]!;
    return {
      ...base,
      resolve: (scope) => {
        const recent = scope.documentDate && 2000 + Number(digit) * 10 <= scope.documentDate.y;
        return { value: `${recent || (g.short && Number(digit) <= 1) ? '20' : '19'}${digit}` };
      },
    };
  });
}

const CENTURY_WORDS: Record<string, number> = {
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21, 'twenty-second': 22,
};

/** "the 20th century", "the twenty-first century", "19th-century". */
const CENTURY =
  /(?<the>\bthe\s+)?(?:(?<mod>early|mid|late)[-\s]+)?\b(?<ord>\d{1,2}(?:st|nd|rd|th)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[-\s]first|twenty-second)[-\s]century\b/dgi;

function centuries(text: string): Candidate[] {
  return scan(text, CENTURY, (m) => {
    const g = m.groups!;
    const ord = g.ord!.toLowerCase();
    const n = CENTURY_WORDS[ord] ?? Number.parseInt(ord, 10);
    if (!(n >= 1 && n <= 22)) return null;
    const mod = g.mod ? DECADE_MOD[g.mod.toLowerCase()] : undefined;
    return fixedCandidate(m.index, m.index + m[0].length, 'century', {
      type: 'DATE', grain: 'century', value: String(n - 1).padStart(2, '0'), ...(mod ? { mod } : {}),
    });
  });
}

/** "fiscal 2019", "Fiscal 2019" (a sentence or headline start), "fiscal year 2019", "FY2019", "FY19". */
const FISCAL_YEAR = /\b(?:[Ff]iscal|[Ff]inancial)(?:\s+year)?\s+(?<y>(?:19|20)\d\d)(?![\w%]|[.,]\d|[-–/]\d)|\bFY\s?(?<fy>(?:19|20)?\d\d)\b/dg;

function fiscalYears(text: string): Candidate[] {
  return scan(text, FISCAL_YEAR, (m) => {
    const digits = m.groups!.y ?? m.groups!.fy!;
    const y = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
    return fixedCandidate(m.index, m.index + m[0].length, 'fiscal-year', { type: 'DATE', grain: 'year', value: String(y), anchor: { y } });
  });
}

/** "347 AD", "AD 842", "508 BC", "3000 BCE": a year with its era, however short. */
const ERA_YEAR = /(?<![\w$€£¥.,])(?:(?:AD|A\.D\.)\s?(?<ad>\d{1,4})\b|(?<y>\d{1,4})\s?(?<era>BCE?|B\.C\.(?:E\.)?|AD|A\.D\.|CE|C\.E\.)(?![\w]))/dg;

/**
 * TIMEX3 writes a year of the common era with four digits ("0347") and one before it with the
 * prefix "BC" ("BC0508"; TimeML Annotation Guidelines 1.2.1, §2.2.3 `value`).
 */
function eraYears(text: string): Candidate[] {
  return scan(text, ERA_YEAR, (m) => {
    const g = m.groups!;
    const digits = g.ad ?? g.y!;
    const bc = g.era !== undefined && /^B/.test(g.era);
    const y = Number(digits);
    // "200 CE members": "CE" before a lower-case word is an abbreviation of something else.
    if (y === 0 || (g.era && /^C/.test(g.era) && /^[a-z]/.test(wordAfter(text, m.index + m[0].length)))) return null;
    const value = `${bc ? 'BC' : ''}${digits.padStart(4, '0')}`;
    return fixedCandidate(m.index, m.index + m[0].length, 'era-year', { type: 'DATE', grain: 'year', value, ...(bc ? {} : { anchor: { y } }) });
  });
}

/** Years, year ranges, decades, centuries and fiscal years: the TIMEX3 forms chrono does not model. */
export const yearParser: DateParser = {
  id: 'years',
  parse: (text) => [...bareYears(text), ...eraYears(text), ...yearRanges(text), ...decades(text), ...centuries(text), ...fiscalYears(text)],
};
