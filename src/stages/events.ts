import type { Article, EventRecord } from '../types.js';
import type { Stage } from '../pipeline/stage.js';
import { mentionsOf, termsOf, type DraftEvent } from '../events/model.js';
import { phraseTriggers } from '../events/triggers.js';
import type { PlaceDescriptions } from '../events/attach.js';
import type { Gazetteer } from '../resources/gazetteer.js';
import { mergeEvents } from '../events/merge.js';
import { daysNews } from '../events/today.js';
import { sentenceEvents, type ArticleScope } from '../events/report.js';
import { NOT_ACTUAL_BEFORE, headlineDateToLead } from '../events/event-date.js';
import { countryNames } from '../events/participants.js';
import { joinRanges } from '../dates/split-ranges.js';
import { linkStatements } from '../events/statements.js';
import { bySentence } from '../events/by-sentence.js';
import { bareObjectsRetagged } from '../events/bare-object.js';

/**
 * A headline reports the day's news ("Boeing unveils long-range 777"): an event only the headline
 * reports, undated and not still to come ("Putin to host ..."), happened on the document's day.
 * Done after merging, so that a headline still merges into the body's dated report.
 */
function datedHeadline(article: Article, event: EventRecord): EventRecord {
  const headline = article.headline;
  if (event.date !== null || !article.documentDate || !headline || event.trigger.start < headline.start || event.trigger.end > headline.end) return event;
  return NOT_ACTUAL_BEFORE.test(article.text.slice(headline.start, event.trigger.start))
    ? event
    : { ...event, date: article.documentDate, dateGrain: 'day', dateSource: 'document' };
}

/** How the article names the places it describes ("the Russian capital" → its "Moscow"); only places it names elsewhere. */
function placeDescriptions(article: Article, gazetteer: Gazetteer): PlaceDescriptions {
  const places = article.places ?? [];
  return {
    countryOfDemonym: (word) => gazetteer.countryOfDemonym(word),
    countryName: (code) => places.find((p) => p.kind === 'country' && p.countryCode === code)?.name,
    capitalName: (code) =>
      places.find(
        (p) => p.countryCode === code && p.geonamesId !== null && gazetteer.lookup(p.name).some((e) => e.geonamesId === p.geonamesId && e.featureCode === 'PPLC'),
      )?.name,
  };
}

/**
 * `events`: reported events as records. A lexicon of typed triggers (met, held talks, visited,
 * signed, took office, trade ... amounted to) and any other eventive predicate (verbs and event
 * nouns by compromise's tags and WordNet's classes: "fell", "the crash", "said") find them in
 * each sentence; the date, people, places and amounts found by the earlier stages attach by
 * clause, with roles ("Putin and Jeenbekov met again on May 14, 2018, in ... Sochi" → meeting,
 * Contact:Meet, 2018-05-14, agents Putin and Jeenbekov, place Sochi); repeated reports of one
 * event merge, and statements link to the events they report.
 */
export const eventsStage: Stage = {
  id: 'events',
  description:
    'reported events as records: type (ACE 2005), trigger, date with grain and source, arguments in roles with amounts and figures, modality, polarity ("met on May 14, 2018, in Sochi"; "fell 3.4% to 9,000"; "did not sue"; "will buy, X said")',
  reads: ['text', 'sentences', 'dates', 'people', 'places', 'money'],
  adds: ['events'],
  run(input, ctx) {
    // An event takes the whole period of a range ("visited on February 3-4, 2019"), not one of its ends.
    const article = input.dates?.some((d) => d.range) ? { ...input, dates: joinRanges(input.dates) } : input;
    const terms = bareObjectsRetagged(termsOf(ctx.docJson(), article.text), article.text);
    const mentions = mentionsOf(article);
    const scope: ArticleScope = {
      article,
      mentions,
      countries: countryNames(mentions),
      descriptions: placeDescriptions(article, ctx.resources.gazetteer()),
      news: daysNews(article),
    };
    const sentences = article.sentences ?? [];
    // Each sentence gets its own items, grouped once, so that no event scans the whole article's.
    const items = {
      mentions: bySentence(sentences, mentions, (m) => m),
      dates: bySentence(sentences, article.dates ?? [], (d) => d),
      money: bySentence(sentences, article.money ?? [], (m) => m),
      phrases: bySentence(sentences, phraseTriggers(article.text), (t) => t.span),
    };
    const drafts: DraftEvent[] = [];
    // Terms are in text order: each sentence gets its own slice.
    let from = 0;
    sentences.forEach((sentence, i) => {
      while (from < terms.length && terms[from]!.start < sentence.start) from++;
      let to = from;
      while (to < terms.length && terms[to]!.start < sentence.end) to++;
      const own = { mentions: items.mentions(i), dates: items.dates(i), money: items.money(i), phrases: items.phrases(i) };
      sentenceEvents(scope, sentence, terms.slice(from, to), own, drafts);
    });
    // The lead's first, so that it merges with the dated headline it tells again.
    const lead = article.headline ? sentences.find((s) => s.start >= article.headline!.end) : undefined;
    const merged = mergeEvents(headlineDateToLead(drafts, article.headline ?? null, lead), article.headline ?? null).map((e) => datedHeadline(article, e));
    // After merging and numbering: a statement links to the ids of the records it reports.
    const events = linkStatements(article.text, merged, mentions);
    ctx.debug(() => `events: ${drafts.length} reports, ${events.length} events`);
    return { ...input, events };
  },
};
