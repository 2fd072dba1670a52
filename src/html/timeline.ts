import type { Article, EventRecord } from '../types.js';
import { escapeHtml } from './escape.js';
import { eventGrain } from './values.js';

/** The id of the empty element at the start of an event's sentence, which the timeline links to. */
export const sentenceAnchorId = (event: EventRecord): string => `s-${event.start}`;

/** Where a TIMEX3 value starts, for ordering: an interval by its start ("2018/2020" → "2018"). */
const sortKey = (value: string): string => value.split('/')[0]!;

/**
 * Events in date order: dated events by the start of their value (a coarser value before the
 * finer ones it contains: "2019" before "2019-07-11"), then by place in the text; undated ones
 * last, in text order.
 */
export function eventsByDate(events: readonly EventRecord[]): Array<{ event: EventRecord; index: number }> {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => {
      const da = a.event.date;
      const db = b.event.date;
      if (da === null || db === null) return (da === null ? 1 : 0) - (db === null ? 1 : 0) || a.event.trigger.start - b.event.trigger.start;
      const ka = sortKey(da);
      const kb = sortKey(db);
      return (ka < kb ? -1 : ka > kb ? 1 : 0) || a.event.trigger.start - b.event.trigger.start;
    });
}

const list = (label: string, values: string[]) =>
  values.length === 0 ? '' : `<span class="what">${label}</span> ${values.map(escapeHtml).join(', ')}`;

/** The events as a timeline: date and grain, type and trigger, participants and place, a link to the sentence. */
export function timelineSection(article: Article): string {
  const events = article.events ?? [];
  if (events.length === 0) return '<section id="timeline"><h2>Events</h2><p>No events.</p></section>';
  const items = eventsByDate(events).map(({ event, index }) => {
    const grain = eventGrain(article, event);
    const when =
      event.date === null
        ? '<span class="when undated">undated</span>'
        : `<time class="when" data-date="${escapeHtml(event.date)}">${escapeHtml(event.date)}</time> <span class="grain">${escapeHtml(grain)}</span>`;
    const details = [list('who:', event.participants), list('where:', event.places)].filter(Boolean).join(' · ');
    return [
      `<li class="event" data-event="${index}" data-date="${escapeHtml(event.date ?? '')}">`,
      `${when} <strong>${escapeHtml(event.type)}</strong> “${escapeHtml(event.trigger.text)}”`,
      event.dateText ? ` <span class="what">from</span> “${escapeHtml(event.dateText)}”` : '',
      details ? `<br>${details}` : '',
      ` <a href="#${sentenceAnchorId(event)}">sentence at ${event.start}</a>`,
      '</li>',
    ].join('');
  });
  return `<section id="timeline"><h2>Events by date</h2><ol class="timeline">${items.join('')}</ol></section>`;
}
