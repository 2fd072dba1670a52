/** The kinds of item a page highlights, in legend order. */
export const HIGHLIGHT_KINDS = ['dates', 'people', 'places', 'organizations', 'money', 'events'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** What the legend, tables and tooltips call each kind (the kind is named in words, never by colour alone). */
export const KIND_LABEL: Record<HighlightKind, string> = {
  dates: 'date',
  people: 'person',
  places: 'place',
  organizations: 'organization',
  money: 'money',
  events: 'event trigger',
};
