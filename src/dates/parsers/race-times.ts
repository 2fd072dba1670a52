import { scanWhere, groupEnd, groupStart, type DateParser } from '../candidate.js';

/**
 * "finished in 2:05:30", "a time of 1:59.40", "won the 1,500 metres in 3:49.11": results of races written like clock
 * times. A result in sport is no time expression (issue 18: times in sports results must not fire), neither a TIME of
 * the day nor a DURATION to report; the parser claims the clock so that no other parser reads "3:49" of it as a time
 * of day (the longest span wins the overlap), and the claim resolves to no item.
 */
const RACE_TIME =
  /\b(?:in|of|clocked|timed|ran|run|finished|winning|record|best)\s+(?<x>(?:\d{1,2}:[0-5]\d:[0-5]\d|\d{1,2}:[0-5]\d\.\d{1,2})(?:\.\d{1,2})?)(?![\d:]|\s*[ap]\.?m\b|\s*o['’]clock)/dgi;
/** What every RACE_TIME match holds: minutes and seconds after a colon. */
const CLOCK = /\d:[0-5]\d/;

export const raceTimeParser: DateParser = {
  id: 'race-times',
  parse: (text) =>
    scanWhere(CLOCK, text, RACE_TIME, (m) => ({ start: groupStart(m, 'x'), end: groupEnd(m, 'x'), type: 'DURATION', grain: 'duration', source: 'race-times', resolve: () => null })),
};
