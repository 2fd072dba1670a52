import type { DateMention } from '../types.js';

/** What may stand between a duration and the time it counts from: "three days after", "two weeks before", "a year from". */
const SIGNAL = /^\s+(?:after|before|from|since|following|prior\s+to|ahead\s+of)\s+(?:the\s+)?$/i;

/**
 * A duration counted from a stated time ("two weeks after May 5", "three days before Christmas")
 * gets that time as its `anchor`, as TIMEX3's `anchorTimeID` names it (TimeML Annotation
 * Guidelines 1.2.1, §2.2.3, `anchorTimeID`: the time an anchored duration begins or ends at).
 * A duration counted from an event ("three days after the vote") has no time to point to.
 */
export function anchorDurations(dates: readonly DateMention[], text: string): DateMention[] {
  return dates.map((d, i) => {
    const next = dates[i + 1];
    if (d.type !== 'DURATION' || !next || (next.type !== 'DATE' && next.type !== 'TIME') || next.range) return d;
    if (!SIGNAL.test(text.slice(d.end, next.start))) return d;
    return { ...d, anchor: { text: next.text, start: next.start, end: next.end, value: next.value } };
  });
}
