import type { Article, EventRecord, MoneyMention, Span } from '../types.js';
import type { Stage } from '../pipeline/stage.js';
import { mentionsOf, termsOf, type Clause, type DraftEvent, type Mention, type Trigger } from '../events/model.js';
import { findTriggers, phraseTriggers } from '../events/triggers.js';
import { splitClauses } from '../events/clauses.js';
import { clauseActors, participantsOf, subjectsOf } from '../events/participants.js';
import { amountsOf, comparedDates, comparisonsOf, dateOf, placesOf, type PlaceDescriptions } from '../events/attach.js';
import type { Gazetteer } from '../resources/gazetteer.js';
import { mergeEvents } from '../events/merge.js';
import { resolveReferences } from '../events/references.js';
import { daysNews } from '../events/today.js';

/** "agreed on Monday to buy": an agreement whose object is another event is that event. */
const AGREED_TO = /^(?:\s+[\p{L}\d,-]+){0,3}\s+to\s+$/u;
const VOTE = /^vot/i;
/** Between a verb and its object: "announced the expansion", "approved its first acquisition". */
const OBJECT_BETWEEN = /^\s+(?:(?:the|a|an|its|his|her|their|this|that|new|planned|proposed|first)\s+){0,3}$/i;

/**
 * The events a clause reports: every verb trigger, and a noun trigger only when no other
 * trigger of its type is there ("met ... at a meeting", "will sell" over "the purchase" it pays
 * for); a signed treaty is the signing, an agreement to do something is the thing agreed ("agreed
 * to buy" is the purchase), and what a vote decides is the vote ("voted to approve").
 */
function clauseTriggers(text: string, triggers: readonly Trigger[], clause: Clause, article: Article): Trigger[] {
  const money = (article.money ?? []).filter((m) => m.start >= clause.start && m.end <= clause.end);
  const inClause = triggers.filter((t) => t.span.start >= clause.start && t.span.end <= clause.end && (!t.needsAmount || money.length > 0));
  const signing = inClause.some((t) => t.type === 'signing');
  const followedBy = (t: Trigger, o: Trigger) => o !== t && o.span.start > t.span.end && AGREED_TO.test(text.slice(t.span.end, o.span.start));
  const agreedTo = (t: Trigger) => t.type === 'agreement' && t.verb && inClause.some((o) => followedBy(t, o));
  // "voted 6-1 on Wednesday to approve": what a vote decides is the vote.
  const votedOn = (t: Trigger) => inClause.some((v) => VOTE.test(v.span.text) && followedBy(v, t));
  // "announced the expansion": an event noun that is what another event verb acts on is that event's content.
  const objectOfVerb = (t: Trigger) =>
    !t.verb && inClause.some((v) => v.verb && v.span.end <= t.span.start && OBJECT_BETWEEN.test(text.slice(v.span.end, t.span.start)));
  const kept = inClause.filter((t) => !(signing && t.type === 'agreement') && !agreedTo(t) && !votedOn(t) && !objectOfVerb(t));
  // Verbs are events each ("invested ... and lent"); a noun of a type already reported in the clause is that event again.
  const chosen = (t: Trigger) => t.verb || !kept.some((o) => o !== t && o.type === t.type && (o.verb || o.span.start < t.span.start));
  return kept.filter(chosen);
}

/**
 * What a relative clause ("..., who is coming") is about: a reference right before it ("The
 * company, which ..."), else the last mention before it, people first.
 */
function antecedentOf(text: string, clause: Clause, mentions: readonly Mention[], drafts: readonly DraftEvent[]): Mention | undefined {
  const reference = resolveReferences(text, clause.sentence.start, clause.start, mentions, drafts).at(-1);
  if (reference && /^[\s,]*(?:who|which|that)?\s*$/.test(text.slice(reference.end, clause.start)) && reference.names.length === 1)
    return { name: reference.names[0]!, kind: 'organization', start: reference.start, end: reference.end };
  const before = mentions.filter((m) => m.end <= clause.start && m.start >= clause.sentence.start);
  return [...before].reverse().find((m) => m.kind === 'person') ?? before[before.length - 1];
}

/** Words before a trigger that put it ahead of the document's day or make it only possible ("will meet", "plans to visit", "is expected to sign", "can fly"). */
const NOT_ACTUAL_BEFORE = /\b(?:will|would|shall|can|could|may|might|should|must|plans?|planned|planning|expected|intends?|aims?|hopes?|going|set|due|scheduled|to)\b[^.;]*$/i;

/**
 * The date of an event its text leaves undated: the document's day inside the day's news (see
 * `daysNews`), unless the event is still to come or only possible ("will meet", "plans to visit",
 * "can fly"); null everywhere else.
 */
function todayDate(article: Article, news: { start: number; end: number } | null, sentence: Span, clause: Clause, trigger: Trigger): string | null {
  if (!news || sentence.start < news.start || sentence.start >= news.end) return null;
  return NOT_ACTUAL_BEFORE.test(article.text.slice(clause.start, trigger.span.start)) ? null : article.documentDate;
}

const amountOf = (m: MoneyMention): EventRecord['amounts'][number] => ({ amount: m.amount, currency: m.currency, qualifier: m.qualifier });

/**
 * A headline reports the day's news ("Boeing unveils long-range 777"): an event only the headline
 * reports, undated and not still to come ("Putin to host ..."), happened on the document's day.
 * Done after merging, so that a headline still merges into the body's dated report.
 */
function datedHeadline(article: Article, event: EventRecord): EventRecord {
  const headline = article.headline;
  if (event.date !== null || !article.documentDate || !headline || event.trigger.start < headline.start || event.trigger.end > headline.end) return event;
  return NOT_ACTUAL_BEFORE.test(article.text.slice(headline.start, event.trigger.start)) ? event : { ...event, date: article.documentDate };
}

/** "bilateral trade reached ...": the parties are those of the last event of the type ("Trade between Russia and Kyrgyzstan ..."). */
function bilateralParties(text: string, trigger: Trigger, drafts: readonly DraftEvent[]): string[] {
  if (!/\b(?:bilateral|two-way|mutual)\s+$/i.test(text.slice(Math.max(0, trigger.span.start - 12), trigger.span.start))) return [];
  return [...drafts].reverse().find((d) => d.type === trigger.type && d.participants.length === 2)?.participants ?? [];
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

/** What every sentence of one article reads: the article, its mentions, its described places and its day's news. */
interface ArticleScope {
  article: Article;
  mentions: readonly Mention[];
  descriptions: PlaceDescriptions;
  news: { start: number; end: number } | null;
  /** The light-verb phrases of the whole text ("held talks"). */
  phrases: readonly Trigger[];
}

function sentenceEvents({ article, mentions, descriptions, news, phrases }: ArticleScope, sentence: Span, ctxTerms: ReturnType<typeof termsOf>, drafts: DraftEvent[]): void {
  const { text } = article;
  const headline = Boolean(article.headline && sentence.start >= article.headline.start && sentence.end <= article.headline.end);
  const triggers = findTriggers(text, sentence, ctxTerms, mentions, headline, phrases);
  if (triggers.length === 0) return;
  let previousSubjects: string[] = [];
  let previousPlaces: string[] = [];
  let lastAntecedent: Mention | undefined;
  for (const clause of splitClauses(text, sentence, ctxTerms)) {
    const own = clauseTriggers(text, triggers, clause, article);
    const actors = clauseActors(text, clause, mentions, drafts, ctxTerms);
    const antecedent = clause.relative ? antecedentOf(text, clause, mentions, drafts) : undefined;
    if (antecedent) lastAntecedent = antecedent;
    // The main clause resuming after a relative one has the antecedent for subject, and is not where that clause was.
    if (clause.resumes) {
      previousSubjects = lastAntecedent ? [lastAntecedent.name] : previousSubjects;
      previousPlaces = [];
    }
    const clausePlaces: string[] = [];
    const money = article.money ?? [];
    const comparisons = comparisonsOf(text, clause, money, article.dates ?? []);
    const compared = comparedDates(text, clause, article.dates ?? [], comparisons);
    const ownMoney = money.filter((m) => !comparisons.some((c) => c.money === m));
    own.forEach((trigger, i) => {
      const date = dateOf(text, trigger, clause, article.dates ?? [], article.dateline, compared);
      const participants = participantsOf(text, clause, actors, trigger, i === 0 || trigger.verb, previousSubjects, antecedent);
      const places = placesOf(text, trigger, clause, mentions, actors.references, descriptions);
      places.forEach((p) => clausePlaces.includes(p) || clausePlaces.push(p));
      drafts.push({
        type: trigger.type,
        trigger: trigger.span,
        date: date?.value ?? todayDate(article, news, sentence, clause, trigger),
        dateText: date?.text ?? null,
        participants: participants.length > 0 ? participants : bilateralParties(text, trigger, drafts),
        // A clause that goes on with the same subject stays where it was: "visited Bishkek ..., and held talks".
        places: places.length > 0 || !clause.subjectless ? places : previousPlaces,
        amounts: amountsOf(trigger, own, clause, ownMoney).map(amountOf),
        start: sentence.start,
        end: sentence.end,
        anaphoric: !trigger.verb && /\b(?:the|this|that)\s+$/i.test(text.slice(Math.max(sentence.start, trigger.span.start - 6), trigger.span.start)),
      });
      // A figure for another period is a record of its own: "down from $46 billion in 2016" → 2016, $46 billion; without its period it is left out.
      const mine = amountsOf(trigger, own, clause, comparisons.map((c) => c.money));
      for (const c of comparisons)
        if (c.date && mine.includes(c.money))
          drafts.push({ ...drafts[drafts.length - 1]!, date: c.date.value, dateText: c.date.text, amounts: [amountOf(c.money)], anaphoric: false });
    });
    const subjects = subjectsOf(text, clause, actors, own[0], antecedent);
    if (subjects.length > 0 || !clause.subjectless) previousSubjects = subjects;
    if (clausePlaces.length > 0 || !clause.subjectless) previousPlaces = clausePlaces;
  }
}

/**
 * `events`: reported events as records. A trigger lexicon (met, held talks, visited, signed,
 * took office, trade ... amounted to) finds them in each sentence; the date, people, places and
 * amounts found by the earlier stages attach by clause ("Putin and Jeenbekov met again on
 * May 14, 2018, in ... Sochi" → meeting, 2018-05-14, [Putin, Jeenbekov], [Sochi]); repeated
 * reports of one event merge.
 */
export const eventsStage: Stage = {
  id: 'events',
  description: 'reported events as records: type, trigger, date, participants, places, amounts ("met on May 14, 2018, in Sochi")',
  reads: ['text', 'sentences', 'dates', 'people', 'places', 'money'],
  adds: ['events'],
  run(article, ctx) {
    const terms = termsOf(ctx.docJson(), article.text);
    const scope: ArticleScope = {
      article,
      mentions: mentionsOf(article),
      descriptions: placeDescriptions(article, ctx.resources.gazetteer()),
      news: daysNews(article),
      phrases: phraseTriggers(article.text),
    };
    const drafts: DraftEvent[] = [];
    // Terms are in text order: each sentence gets its own slice, so no step scans the whole article.
    let from = 0;
    for (const sentence of article.sentences ?? []) {
      while (from < terms.length && terms[from]!.start < sentence.start) from++;
      let to = from;
      while (to < terms.length && terms[to]!.start < sentence.end) to++;
      sentenceEvents(scope, sentence, terms.slice(from, to), drafts);
    }
    const events = mergeEvents(drafts, article.headline ?? null).map((e) => datedHeadline(article, e));
    ctx.debug(() => `events: ${drafts.length} reports, ${events.length} events`);
    return { ...article, events };
  },
};
