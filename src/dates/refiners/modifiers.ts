import type { Grain } from '../../types.js';
import type { DateRefiner } from '../candidate.js';

const MOD: Record<string, string> = {
  early: 'START', mid: 'MID', late: 'END', end: 'END', close: 'END', beginning: 'START', start: 'START', middle: 'MID',
};

/** Grains a START/MID/END modifier makes sense on (not days, not references). */
const MODIFIABLE: ReadonlySet<Grain> = new Set(['millennium', 'century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week']);

/** "early", "mid-", "late", "the end of", "the beginning of" right before a date. */
const BEFORE = /(?:\b(?<the>the\s+)?(?<pos>end|beginning|start|middle|close)\s+of\s+|\b(?<edge>early|mid|late)(?:\s+|-))$/i;

/**
 * Take a START/MID/END modifier into a date's extent and `mod`: "early 2009" (value 2009, mod START),
 * "mid-June", "late last year", "the end of 2019".
 */
export const modifierRefiner: DateRefiner = {
  id: 'modifier',
  refine(text, candidates) {
    return candidates.map((c) => {
      // "late Tuesday", "early Wednesday": a weekday takes "early"/"late" too (TimeML 1.2.1 §2.2.3 `mod`).
      const weekday = c.grain === 'day' && /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(text.slice(c.start, c.end));
      if (c.mod || c.type !== 'DATE' || !(MODIFIABLE.has(c.grain) || weekday)) return c;
      const m = BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start));
      if (!m?.groups) return c;
      const word = (m.groups.pos ?? m.groups.edge)!.toLowerCase();
      if (weekday && !m.groups.edge) return c;
      return { ...c, start: c.start - m[0].length, mod: MOD[word]! };
    });
  },
};
