import { fixedCandidate, groupEnd, groupStart, scan, type DateParser } from '../candidate.js';

/**
 * "finished in 2:05:30", "a time of 1:59.40", "clocked 9:58": results of races written like clock
 * times are lengths of time. TimeML tags a length of time as a DURATION (TimeML Annotation
 * Guidelines 1.2.1, §2.2.3 `type`: DURATION), here PT2H5M30S; never a TIME of the day.
 */
const RACE_TIME =
  /\b(?:in|of|clocked|timed|ran|run|finished|winning|record|best)\s+(?<x>(?:(?<h>\d{1,2}):(?<m>[0-5]\d):(?<s>[0-5]\d)|(?<m2>\d{1,2}):(?<s2>[0-5]\d)\.\d{1,2})(?:\.\d{1,2})?)(?![\d:]|\s*[ap]\.?m\b|\s*o['’]clock)/dgi;

export const raceTimeParser: DateParser = {
  id: 'race-times',
  parse: (text) =>
    scan(text, RACE_TIME, (m) => {
      const g = m.groups!;
      const hours = g.h ? `${Number(g.h)}H` : '';
      const minutes = Number(g.m ?? g.m2);
      const seconds = Number(g.s ?? g.s2);
      const value = `PT${hours}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
      return fixedCandidate(groupStart(m, 'x'), groupEnd(m, 'x'), 'duration', { type: 'DURATION', grain: 'duration', value: value === 'PT' ? 'PT0S' : value });
    }),
};
