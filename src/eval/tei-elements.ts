import type { CorpusSpan } from './corpus.js';

/** What may stand between two mentions of one TEI element: a comma and spaces on one line ("Thursday, February 23, 2006"). */
const JOINER = /^,?[^\S\n]{0,2}$/;

/** The TEI date record of a span whose element covers more than the span (GUM `align: coref`), else null. */
function corefDate(span: CorpusSpan): Record<string, unknown> | null {
  const date = span.attrs.date;
  if (typeof date !== 'object' || date === null || Array.isArray(date)) return null;
  return (date as Record<string, unknown>).align === 'coref' ? (date as Record<string, unknown>) : null;
}

/**
 * GUM's TEI `<date>` element spans a dateline whole ("Thursday, February 23, 2006"); its entity layer splits that into
 * two mentions of one entity, "Thursday" and the apposition "February 23, 2006", and the corpus gives each the
 * element's value (shared/corpora/README.md, `align: coref`). The element is the temporal expression, as a TIMEX3 marks
 * it (one tag for the weekday and the date): mentions of one entity and one `when`, side by side with only a comma
 * between, are joined back into one span. Every other span is kept as it is.
 */
export function joinTeiElements(spans: readonly CorpusSpan[], text: string): CorpusSpan[] {
  const out: CorpusSpan[] = [];
  const ordered = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const span of ordered) {
    const date = corefDate(span);
    const previous = date ? [...out].reverse().find((s) => corefDate(s) !== null && s.end <= span.start) : undefined;
    const before = previous ? corefDate(previous) : null;
    if (previous && before && date && before.when === date.when && previous.attrs.eid === span.attrs.eid && JOINER.test(text.slice(previous.end, span.start))) {
      const joined: CorpusSpan = { ...previous, end: span.end, text: text.slice(previous.start, span.end) };
      out.splice(out.indexOf(previous), 1, joined);
      continue;
    }
    out.push(span);
  }
  return out;
}
