import type { Article, Span } from '../types.js';
import type { Stage } from '../pipeline/stage.js';
import { mentionsOf, termsOf, type Clause, type DraftEvent, type Mention, type Trigger } from '../events/model.js';
import { findTriggers } from '../events/triggers.js';
import { splitClauses } from '../events/clauses.js';
import { clauseActors, participantsOf, subjectsOf } from '../events/participants.js';
import { amountsOf, dateOf, placesOf } from '../events/attach.js';
import { mergeEvents } from '../events/merge.js';

/** One trigger per type in a clause ("met ... at an informal gathering"); a signed treaty is the signing. */
function clauseTriggers(triggers: readonly Trigger[], clause: Clause, article: Article): Trigger[] {
  const money = (article.money ?? []).filter((m) => m.start >= clause.start && m.end <= clause.end);
  const inClause = triggers.filter((t) => t.span.start >= clause.start && t.span.end <= clause.end && (!t.needsAmount || money.length > 0));
  const signing = inClause.some((t) => t.type === 'signing');
  return inClause.filter((t, i) => !(signing && t.type === 'agreement') && inClause.findIndex((o) => o.type === t.type) === i);
}

/** The mention a relative clause ("..., who is coming") is about: the last one before it, people first. */
function antecedentOf(clause: Clause, mentions: readonly Mention[]): Mention | undefined {
  const before = mentions.filter((m) => m.end <= clause.start && m.start >= clause.sentence.start);
  return [...before].reverse().find((m) => m.kind === 'person') ?? before[before.length - 1];
}

/** Words before a trigger that put it ahead of the document's day ("will meet", "plans to visit", "is expected to sign"). */
const FUTURE_BEFORE = /\b(?:will|would|shall|plans?|planned|planning|expected|intends?|aims?|hopes?|going|set|due|scheduled|to)\b[^.;]*$/i;

/**
 * The lede, the first sentence of the body (after the headline, dateline and date line), reports
 * the day's news: an event it gives no date of its own happened on the document's day, unless it
 * is still to come. Everywhere else an undated event stays null.
 */
function ledeDate(article: Article, sentence: Span, clause: Clause, trigger: Trigger): string | null {
  if (!article.documentDate || sentence !== ledeOf(article)) return null;
  return FUTURE_BEFORE.test(article.text.slice(clause.start, trigger.span.start)) ? null : article.documentDate;
}

const ledes = new WeakMap<Article, Span | null>();
function ledeOf(article: Article): Span | null {
  if (!ledes.has(article)) {
    const after = Math.max(article.headline?.end ?? 0, article.dateline?.end ?? 0);
    ledes.set(article, (article.sentences ?? []).find((s) => s.start >= after && /[.!?]["”’)]?$/.test(s.text)) ?? null);
  }
  return ledes.get(article)!;
}

function sentenceEvents(article: Article, sentence: Span, ctxTerms: ReturnType<typeof termsOf>, mentions: readonly Mention[], drafts: DraftEvent[]): void {
  const { text } = article;
  const headline = Boolean(article.headline && sentence.start >= article.headline.start && sentence.end <= article.headline.end);
  const triggers = findTriggers(text, sentence, ctxTerms, mentions, headline);
  if (triggers.length === 0) return;
  let previousSubjects: string[] = [];
  for (const clause of splitClauses(text, sentence, ctxTerms)) {
    const own = clauseTriggers(triggers, clause, article);
    const actors = clauseActors(text, clause, mentions, drafts, ctxTerms);
    const antecedent = clause.relative ? antecedentOf(clause, mentions) : undefined;
    own.forEach((trigger, i) => {
      const date = dateOf(text, trigger, clause, article.dates ?? [], article.dateline);
      drafts.push({
        type: trigger.type,
        trigger: trigger.span,
        date: date?.value ?? ledeDate(article, sentence, clause, trigger),
        dateText: date?.text ?? null,
        participants: participantsOf(text, clause, actors, trigger, i === 0 || trigger.verb, previousSubjects, antecedent),
        places: placesOf(text, trigger, clause, mentions),
        amounts: amountsOf(trigger, own, clause, article.money ?? []).map((m) => ({ amount: m.amount, currency: m.currency, qualifier: m.qualifier })),
        start: sentence.start,
        end: sentence.end,
      });
    });
    const subjects = subjectsOf(text, clause, actors, own[0], antecedent);
    if (subjects.length > 0 || !clause.subjectless) previousSubjects = subjects;
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
    const mentions = mentionsOf(article);
    const drafts: DraftEvent[] = [];
    // Terms are in text order: each sentence gets its own slice, so no step scans the whole article.
    let from = 0;
    for (const sentence of article.sentences ?? []) {
      while (from < terms.length && terms[from]!.start < sentence.start) from++;
      let to = from;
      while (to < terms.length && terms[to]!.start < sentence.end) to++;
      sentenceEvents(article, sentence, terms.slice(from, to), mentions, drafts);
    }
    const events = mergeEvents(drafts, article.headline ?? null);
    ctx.debug(() => `events: ${drafts.length} reports, ${events.length} events`);
    return { ...article, events };
  },
};
