import { fixedCandidate, groupEnd, groupStart, scan, type Candidate, type DateParser } from '../candidate.js';

/**
 * Years of the first millennium written without an era ("c. 347", "December of 384", "in 348
 * Pachomius died"). Three digits usually count things, so a number reads as such a year only on
 * a strong cue, or on a weaker one in a text that already gave such a year a strong cue.
 * TIMEX3 pads the value to four digits ("0347"; TimeML Annotation Guidelines 1.2.1, §2.2.3).
 */
const EARLY_NUMBER = /(?<![\w$€£¥#@.,/'’:-])[1-9]\d{2}(?![\w%]|[.,:]\d|[-–/]\d)/g;

/** "c. 347", "ca. 347", "circa 347", "the year 347". */
const APPROXIMATE_CUE = /(?:\b(?:[Cc]|[Cc]a)\.|\b[Cc]irca|\b[Tt]he\s+year)\s*$/;

/** "December of 384", "30 September 420", "June 5, 420". */
const MONTH_CUE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?(?<of>\s+of)?\s+$/;

/** Prepositions of time before a year ("in 348", "around 328", "until about 360"). */
const WEAK_CUE = /\b(?:in|since|until|till|before|after|during|from|around|about|by)\s+$/i;

/** The other end of a range of years just taken ("c. 314 – 368", "about 360 - 366"). */
const RANGE_START = /(?<![\d])(?<y>\d{3})\s*[-–—]\s*$/;

/** An era written after the number belongs to the era parser ("347 AD"). */
const ERA_AFTER = /^\s?(?:BCE?|B\.C\.|AD|A\.D\.|CE|C\.E\.)(?![\w])/;

/** True unless a lower-case word follows: "in 348 cases" counts, "in 348 Pachomius died" and "in 348." date. */
const standsAlone = (text: string, end: number): boolean => !/^\s+[a-z]/.test(text.slice(end, end + 3));

function earlyYears(text: string): Candidate[] {
  const matches = [...text.matchAll(EARLY_NUMBER)].filter((m) => !ERA_AFTER.test(text.slice(m.index + 3, m.index + 10)));
  const before = (m: RegExpMatchArray): string => text.slice(Math.max(0, m.index! - 24), m.index);
  const strong = (m: RegExpMatchArray): boolean => {
    if (APPROXIMATE_CUE.test(before(m))) return true;
    const month = MONTH_CUE.exec(before(m));
    // After a month without "of" the number must stand alone ("May 300 people" counts).
    return month !== null && (month.groups!.of !== undefined || standsAlone(text, m.index! + 3));
  };
  const documentHasEarlyYears = matches.some(strong);
  const taken = new Set<number>();
  return scan(text, EARLY_NUMBER, (m) => {
    if (ERA_AFTER.test(text.slice(m.index + 3, m.index + 10))) return null;
    const range = RANGE_START.exec(before(m));
    const y = Number(m[0]);
    const rangeEnd = range !== null && taken.has(m.index - (range[0].length - 3)) && y > Number(range.groups!.y) && y - Number(range.groups!.y) < 100;
    const weak = documentHasEarlyYears && WEAK_CUE.test(before(m)) && standsAlone(text, m.index + 3);
    if (!strong(m) && !rangeEnd && !weak) return null;
    taken.add(m.index + 3);
    return fixedCandidate(m.index, m.index + 3, 'year', { type: 'DATE', grain: 'year', value: m[0].padStart(4, '0'), anchor: { y } });
  });
}

/** "the year 71": a one- or two-digit number named as a year (the number alone is the TIMEX3, as with "the year 347"). */
const THE_YEAR_SHORT = /\b[Tt]he\s+year\s+(?<y>[1-9]\d?)(?![\w%]|[.,:]\d|\s?(?:BCE?|B\.C\.|AD|A\.D\.|CE|C\.E\.)(?![\w]))/dg;

function shortYears(text: string): Candidate[] {
  return scan(text, THE_YEAR_SHORT, (m) => {
    // "the year 12 students" counts (a school year), "the year 71." and "the year 71 York was" date.
    if (!standsAlone(text, groupEnd(m, 'y'))) return null;
    const y = Number(m.groups!.y);
    return fixedCandidate(groupStart(m, 'y'), groupEnd(m, 'y'), 'year', { type: 'DATE', grain: 'year', value: String(y).padStart(4, '0'), anchor: { y } });
  });
}

/** Years 1–999 without an era, on the cues above. */
export const earlyYearParser: DateParser = { id: 'early-years', parse: (text) => [...earlyYears(text), ...shortYears(text)] };
