import { scanWhere, groupEnd, groupStart, type DateParser } from '../candidate.js';

/** A clock with seconds or hundredths ("2:05:30", "1:59.40", "3:49.11"): how race results are written. */
const RESULT_CLOCK = String.raw`\d{1,2}:[0-5]\d:[0-5]\d|\d{1,2}:[0-5]\d\.\d{1,2}`;

/** Words before a result that could as well stand before a time of day ("in 3:49.11", "the record of 2:01:09"). */
const RESULT_WORD = String.raw`in|of|clocked|timed|ran|run|finished|winning|record|best`;

/**
 * Words that only ever time a result ("clocked 9:58", "timed 4:12", "a time of 3:58", "the record of 12:35"): the clock
 * after them is a result even without seconds, since no time of day is clocked or timed.
 */
const TIMING_WORD = String.raw`clocked|timed|(?:time|record|best)\s+of`;

/** No "a.m."/"p.m."/"o'clock" after the clock, nor more digits. */
const NOT_OF_THE_DAY = String.raw`(?![\d:]|\s*[ap]\.?m\b|\s*o['’]clock)`;

/**
 * "finished in 2:05:30", "a time of 1:59.40", "won the 1,500 metres in 3:49.11", "clocked 9:58": results of races
 * written like clock times. A result in sport is no time expression (issue 18: times in sports results must not fire),
 * neither a TIME of the day nor a DURATION to report; the parser claims the clock so that no other parser reads "3:49"
 * of it as a time of day (the longest span wins the overlap), and the claim resolves to no item.
 */
const RACE_TIME = new RegExp(
  String.raw`\b(?:(?:${RESULT_WORD})\s+(?<x>(?:${RESULT_CLOCK})(?:\.\d{1,2})?)|(?:${TIMING_WORD})\s+(?<y>\d{1,2}:[0-5]\d(?:[:.]\d{1,2})*))${NOT_OF_THE_DAY}`,
  'dgi',
);

/** What every RACE_TIME match holds: minutes and seconds after a colon. */
const CLOCK = /\d:[0-5]\d/;

/** Whether the clock starting at `start` is a race result by the words before it ("finished in 2:05:30 on Sunday"). */
export function raceTimeAt(text: string, start: number): boolean {
  RACE_TIME.lastIndex = Math.max(0, start - 24);
  for (let m = RACE_TIME.exec(text); m && m.index < start; m = RACE_TIME.exec(text)) {
    if ((m.groups!.x !== undefined ? groupStart(m, 'x') : groupStart(m, 'y')) === start) return true;
  }
  return false;
}

export const raceTimeParser: DateParser = {
  id: 'race-times',
  parse: (text) =>
    scanWhere(CLOCK, text, RACE_TIME, (m) => {
      const group = m.groups!.x !== undefined ? 'x' : 'y';
      return { start: groupStart(m, group), end: groupEnd(m, group), type: 'DURATION', grain: 'duration', source: 'race-times', resolve: () => null };
    }),
};
