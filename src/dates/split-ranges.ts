import type { DateMention } from '../types.js';
import type { RangeEnd } from './candidate.js';

/**
 * One item per end of a range, as TimeML marks them (TimeML Annotation Guidelines 1.2.1, §2.2.1:
 * "from 1992 through 1995" is two TIMEX3s, the range itself a DURATION with `beginPoint` and
 * `endPoint`). Each end keeps its own value; `range` keeps the interval and the whole extent.
 * A value that is not an interval ("PRESENT_REF") stays one item over the whole extent.
 */
export function splitRange(mention: DateMention, parts: readonly [RangeEnd, RangeEnd], text: string, id: string): DateMention[] {
  const slash = mention.value.indexOf('/');
  if (slash < 0) return [mention];
  const values = [mention.value.slice(0, slash), mention.value.slice(slash + 1)] as const;
  const range = { id, text: mention.text, start: mention.start, end: mention.end, value: mention.value };
  return parts.map((part, i) => ({
    ...mention,
    text: text.slice(part.start, part.end),
    start: part.start,
    end: part.end,
    value: values[i]!,
    range: { ...range, part: i === 0 ? 'begin' : 'end' },
  }));
}

/**
 * The ranges joined back into one item each (the interval value over the whole extent), for
 * readers that want the period an event took ("visited Bishkek on February 3-4, 2019").
 */
export function joinRanges(dates: readonly DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const d of dates) {
    if (!d.range) out.push(d);
    else if (d.range.part === 'begin') {
      const { range, ...rest } = d;
      out.push({ ...rest, text: range.text, start: range.start, end: range.end, value: range.value });
    }
  }
  return out;
}
