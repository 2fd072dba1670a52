import type { Article, Span } from '../types.js';
import { KIND_LABEL, type HighlightKind } from './kinds.js';
import { dateValue, eventGrain, eventValue, moneyPeriod, moneyValue, personValue, placeValue } from './values.js';

/** One stretch of article text to mark: which kind and item it belongs to, and what hovering it tells. */
export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
  /** Index of the item in its kind's list in the JSON. */
  item: number;
  /** The tooltip: the kind in words, then the normalized value. */
  tip: string;
  /** Extra CSS classes (the diff view's missing/added/changed). */
  classes?: string;
}

const tip = (kind: HighlightKind, value: string) => `${KIND_LABEL[kind]}: ${value}`;

function mentionsOf(kind: HighlightKind, items: Array<{ mentions: Span[] }>, value: (i: number) => string): Highlight[] {
  return items.flatMap((item, i) => item.mentions.map((m) => ({ start: m.start, end: m.end, kind, item: i, tip: tip(kind, value(i)) })));
}

/** Every item of an article as highlights: a date or an amount once, a named entity and an event once per mention. */
export function articleHighlights(article: Article): Highlight[] {
  const people = article.people ?? [];
  const places = article.places ?? [];
  const organizations = article.organizations ?? [];
  return [
    ...(article.dates ?? []).map((d, i) => ({ start: d.start, end: d.end, kind: 'dates' as const, item: i, tip: tip('dates', dateValue(d)) })),
    ...mentionsOf('people', people, (i) => personValue(people[i]!)),
    ...mentionsOf('places', places, (i) => placeValue(places[i]!)),
    ...mentionsOf('organizations', organizations, (i) => organizations[i]!.name),
    ...(article.money ?? []).map((m, i) => ({ start: m.start, end: m.end, kind: 'money' as const, item: i, tip: tip('money', moneyValue(m, moneyPeriod(article, m))) })),
    // Every trigger that reports the event ("talks" ... "the talks"); outputs older than `mentions` have the trigger alone.
    ...(article.events ?? []).flatMap((e, i) => {
      const value = tip('events', eventValue(e, eventGrain(article, e)));
      return (e.mentions ?? [e.trigger]).map((m) => ({ start: m.start, end: m.end, kind: 'events' as const, item: i, tip: value }));
    }),
  ];
}
