/** Offsets into an article's text, end-exclusive: what every item and mention carries. */
export interface Offsets {
  start: number;
  end: number;
}

/** Whether `inner` lies within `outer`. */
export const within = (inner: Offsets, outer: Offsets): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** Whether `a` shares at least one character with any of `spans`. */
export const overlapsAny = (a: Offsets, spans: readonly Offsets[]): boolean => spans.some((s) => a.start < s.end && s.start < a.end);
