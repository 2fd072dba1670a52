import { expect } from 'vitest';
import { createArticleContext } from '../../src/pipeline/context.js';
import { createResources } from '../../src/resources/resources.js';
import { resolveConfig } from '../../src/pipeline/config.js';
import { stageIds } from '../../src/stages/index.js';
import { eventsStage } from '../../src/stages/events.js';
import type { Article, DateMention, EventRecord, MoneyMention, Organization, Person, Place, PlaceKind, Span } from '../../src/types.js';

const config = resolveConfig({}, stageIds);
const resources = createResources();

/** The span of the `nth` occurrence of `needle` in `text`; throws when it is not there, so a fixture typo fails loudly. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`fixture: "${needle}" #${nth} is not in the text`);
  }
  return { text: needle, start, end: start + needle.length };
}

/** What the earlier stages would have found, written by hand with exact spans. */
export interface Fixture {
  sentences: string[];
  headline?: string;
  dateline?: string;
  dates?: Array<[string, string, number?]>; // text, value, occurrence
  people?: Array<{ name: string; role: string | null; affiliation?: string | null; mentions: Array<[string, number?]> }>;
  places?: Array<{ name: string; kind: PlaceKind; countryCode?: string; geonamesId?: number; mentions: Array<[string, number?]> }>;
  organizations?: Array<{ name: string; mentions: Array<[string, number?]> }>;
  money?: Array<[string, number, string, string | null, number?]>; // text, amount, currency, qualifier, occurrence
}

export function articleOf(text: string, f: Fixture): Article {
  const sentences = f.sentences.map((s) => spanOf(text, s));
  const dates: DateMention[] = (f.dates ?? []).map(([t, value, nth]) => ({ ...spanOf(text, t, nth), type: 'DATE', value, grain: 'day' }));
  const people: Person[] = (f.people ?? []).map((p) => ({
    name: p.name,
    role: p.role,
    affiliation: p.affiliation ?? null,
    mentions: p.mentions.map(([t, nth]) => spanOf(text, t, nth)),
  }));
  const places: Place[] = (f.places ?? []).map((p) => ({
    name: p.name,
    kind: p.kind,
    countryCode: p.countryCode ?? null,
    geonamesId: p.geonamesId ?? null,
    lat: null,
    lon: null,
    mentions: p.mentions.map(([t, nth]) => spanOf(text, t, nth)),
  }));
  const organizations: Organization[] = (f.organizations ?? []).map((o) => ({ name: o.name, mentions: o.mentions.map(([t, nth]) => spanOf(text, t, nth)) }));
  const money: MoneyMention[] = (f.money ?? []).map(([t, amount, currency, qualifier, nth]) => ({ ...spanOf(text, t, nth), amount, currency, qualifier }));
  const headline = f.headline ? spanOf(text, f.headline) : null;
  const dateline = f.dateline ? { place: null, date: null, ...spanOf(text, f.dateline) } : null;
  return {
    id: 't', source: 'test', text, documentDate: '2019-07-11', headline, dateline,
    sentences, dates, people, places, organizations, money, messages: [],
  };
}

/** Every record the stage makes: typed events, any other eventive predicate, statements, denied events. */
export function allEvents(article: Article): EventRecord[] {
  const ctx = createArticleContext(article, config, resources);
  const out = eventsStage.run(article, ctx);
  expect(article.events).toBeUndefined(); // the stage returns a new article
  return out.events ?? [];
}


/** A fixture without its sentences: one sentence, the whole text, is added by `oneSentence`. */
export type Names = Omit<Fixture, 'sentences'>;

/** The records of a one-sentence text with the names the earlier stages would have found. */
export const oneSentence = (text: string, fixture: Names = {}): EventRecord[] => allEvents(articleOf(text, { sentences: [text], ...fixture }));

/** The record of a one-sentence text whose trigger reads `trigger`; fails (listing the triggers found) when there is none. */
export function recordOf(text: string, trigger: string, fixture: Names = {}): EventRecord {
  const events = oneSentence(text, fixture);
  const event = events.find((e) => e.trigger.text === trigger);
  expect(event, `a record "${trigger}" in ${JSON.stringify(events.map((e) => e.trigger.text))}`).toBeDefined();
  return event!;
}

/** The spans of one role's arguments of that record. */
export const rolesOf = (text: string, trigger: string, role: string, fixture: Names = {}): string[] =>
  recordOf(text, trigger, fixture).arguments.filter((a) => a.role === role).map((a) => a.text);
