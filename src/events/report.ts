import type { Article, DateMention, EventRecord, MoneyMention, Span } from '../types.js';
import type { Clause, DraftEvent, Mention, Term, Trigger } from './model.js';
import { findTriggers } from './triggers.js';
import { within } from '../spans.js';
import { isTitleSentence } from '../headline.js';
import { resumption, splitClauses } from './clauses.js';
import { clauseActors, participantsOf, subjectsOf, type ClauseActors } from './participants.js';
import { amountsOf, comparedDates, comparisonsOf, dateOf, placesOf, type PlaceDescriptions } from './attach.js';
import { resolveReferences } from './references.js';
import { clauseTriggers } from './choose.js';
import { aceTypeOf } from './ace.js';
import { inside, type SentenceItems } from './by-sentence.js';
import { measuresFor, measuresOf } from './measures.js';
import { candidateDates, countedFrom, countedFromEvent, deniedByTense, endsSentence, eventDateOf, frontedSequence, pastBefore, sequencedAwayFrom, undatedDate, adverbedParticipleEnd, setOffFrom, embeddedAfter, statementAdjunctOf, reportedAfter, frontedClauseAway, objectEventDate, inEarlierComplement, whenClauseDate, acrossContrast, spanEndAfter, endedBefore } from './event-date.js';
import { latestDay } from './today.js';
import { argumentsOf, isPassive, reducedRelativeEnd } from './roles.js';
import { modalityOf, polarityOf, tenseOf } from './modality.js';
import { embeddedScope } from './scope.js';

/**
 * What a relative clause ("..., who is coming") is about: a reference right before it ("The
 * company, which ..."), else the last mention before it, people first.
 */
function antecedentOf(text: string, clause: Clause, mentions: readonly Mention[], sentenceMentions: readonly Mention[], drafts: readonly DraftEvent[]): Mention | undefined {
  const reference = resolveReferences(text, clause.sentence.start, clause.start, mentions, drafts).at(-1);
  if (reference && /^[\s,]*(?:who|which|that)?\s*$/.test(text.slice(reference.end, clause.start)) && reference.names.length === 1)
    return { name: reference.names[0]!, kind: 'organization', start: reference.start, end: reference.end };
  const before = sentenceMentions.filter((m) => m.end <= clause.start && m.start >= clause.sentence.start);
  // "rejected the proposal, which was drafted by Egypt": "which" stands for the thing right before it, a name only when one ends there.
  if (/\bwhich\s*$/i.test(text.slice(clause.sentence.start, clause.start))) {
    const last = before.at(-1);
    return last && /^\s*,\s*which\s*$/i.test(text.slice(last.end, clause.start)) ? last : undefined;
  }
  return [...before].reverse().find((m) => m.kind === 'person') ?? before[before.length - 1];
}

const amountOf = (m: MoneyMention): EventRecord['amounts'][number] => ({ amount: m.amount, currency: m.currency, qualifier: m.qualifier });

/** "bilateral trade reached ...": the parties are those of the last event of the type ("Trade between Russia and Kyrgyzstan ..."). */
function bilateralParties(text: string, trigger: Trigger, drafts: readonly DraftEvent[]): string[] {
  if (!/\b(?:bilateral|two-way|mutual)\s+$/i.test(text.slice(Math.max(0, trigger.span.start - 12), trigger.span.start))) return [];
  return [...drafts].reverse().find((d) => d.type === trigger.type && d.participants.length === 2)?.participants ?? [];
}

/** Whether a word stands in a relative clause set off by a comma: "a spokesman, who declined to be named, said". */
const inRelativeClause = (text: string, from: number, term: Term): boolean => {
  const before = text.slice(from, term.start);
  const set = Math.max(before.lastIndexOf(','), before.lastIndexOf('"'), before.lastIndexOf('\u201c'), before.lastIndexOf('\u201d'));
  return set >= 0 && /^\s*(?:who|which|whose|whom)\b/i.test(before.slice(set + 1));
};

/** A time or place set off by commas before a speaker: "..., in April, diplomats said", "..., on Tuesday, the ministry said". */
const SET_OFF_ADVERBIAL = /^\s*(?:in|on|at|during|since|until|by|earlier|later|last|this|next)\b[^"\u201c\u201d]*$/i;

/**
 * Who may make a statement that ends its sentence after what it reports, set off by a comma or a
 * quote ("Germany's economy shrank in the third quarter, the statistics office said"): only what
 * stands after that comma, not the parties of what it told.
 */
function speakerScope(text: string, clause: Clause, trigger: Trigger, actors: ClauseActors, terms: readonly Term[]): { clause: Clause; actors: ClauseActors } {
  if (trigger.type !== 'statement' || !trigger.verb || !endsSentence(text, trigger)) return { clause, actors };
  // What it reports ends with its last verb, the speaker starts at the first comma or quote after it: not at the last one, which may close an appositive ("..., John Smith, the company's chief executive, said"; '"It was a mistake," Smith, 54, said').
  const reported = terms.filter((t) => t.start >= clause.start && t.end <= trigger.span.start && t.tags.has('Verb') && !inRelativeClause(text, clause.start, t));
  const from = reported.at(-1)?.end ?? clause.start;
  const cut = text.slice(from, trigger.span.start).search(/[,"\u201d]/);
  if (cut < 0) return { clause, actors };
  let start = from + cut + 1;
  // "in Dhaka, Bangladesh, the fire service said", "in Geneva, Switzerland, in April, diplomats said": the rest of a place named before the comma, or a time or place set off after it, is still what was told.
  const places = actors.sentenceMentions.filter((m) => m.kind === 'place' || m.kind === 'country');
  for (;;) {
    const next = text.indexOf(',', start);
    if (next < 0 || next >= trigger.span.start) break;
    const segment = text.slice(start, next);
    const placeBefore = places.some((m) => /^\s*$/.test(text.slice(m.end, start - 1)) && m.end <= start - 1 && m.end >= from);
    const onlyPlaces = placeBefore && /^(?:\s|and|or)*$/.test(places.reduce((rest, m) => (m.start >= start && m.end <= next ? rest.slice(0, m.start - start) + ' '.repeat(m.end - m.start) + rest.slice(m.end - start) : rest), segment));
    if (!onlyPlaces && !SET_OFF_ADVERBIAL.test(segment)) break;
    start = next + 1;
  }
  const after = <T extends { start: number }>(items: readonly T[]) => items.filter((x) => x.start >= start);
  return { clause: { ...clause, start, subjectless: false }, actors: { ...actors, mentions: after(actors.mentions), references: after(actors.references) } };
}

/** What every sentence of one article reads: the article, its mentions and countries, its described places and its day's news. */
export interface ArticleScope {
  article: Article;
  mentions: readonly Mention[];
  /** The article's countries by ISO code, as it names them: "a Russian grant" is given by "Russia". */
  countries: ReadonlyMap<string, string>;
  descriptions: PlaceDescriptions;
  news: { start: number; end: number } | null;
}

/**
 * The events one sentence reports, appended to `drafts` in text order: its triggers, clause by
 * clause, each with the date, participants, places and amounts of its clause (a clause that goes
 * on with the same subject keeps the subject and place of the one before).
 */
export function sentenceEvents(
  { article, mentions, countries, descriptions, news }: ArticleScope,
  sentence: Span,
  ctxTerms: readonly Term[],
  items: SentenceItems,
  drafts: DraftEvent[],
): void {
  const { text } = article;
  const headline = Boolean(article.headline && within(sentence, article.headline));
  // A headline, or a title line the reader did not take for one: no sentence end.
  const titleLine = isTitleSentence(text, article.headline, sentence);
  const sentenceDates = inside(items.dates, sentence);
  // A word of a date or an amount ("March 01, 2008", "in the fall of 2024", "4.5 billion yen") names when or how much, never what happened.
  const triggers = findTriggers(text, sentence, ctxTerms, items.mentions, headline, items.phrases).filter((t) => ![...sentenceDates, ...items.money].some((d) => within(t.span, d)));
  if (triggers.length === 0) return;
  const clauses = splitClauses(text, sentence, ctxTerms);
  // "A strike planned for Monday was called off", "The walkout, which began on Sept. 13, halted production": a participle's
  // phrase, or a relative clause the main clause resumes after, describes a noun and keeps its date from the verbs after it
  // ("John Roe, who paid a visit on March 3 and signed ..." goes on with the relative clause: "signed" keeps its date).
  const participles = describingPhrases(text, triggers, ctxTerms);
  const fronted = frontedParticiple(text, sentence, ctxTerms, triggers);
  if (fronted) participles.push(fronted);
  participles.push(...appositions(text, sentence, ctxTerms));
  const describing = [...participles, ...clauses.filter((c, i) => c.relative && clauses[i + 1]?.resumes)];
  // What the sentence holds, found once for all its triggers.
  const sentenceMentions = inside(items.mentions, sentence);
  const sentenceMoney = inside(items.money, sentence);
  let previousSubjects: string[] = [];
  let previousPlaces: string[] = [];
  let lastAntecedent: Mention | undefined;
  for (const clause of clauses) {
    const own = clauseTriggers(text, triggers, clause, sentenceMoney);
    const actors = clauseActors(text, clause, sentenceMentions, mentions, drafts, ctxTerms, countries);
    const named = clause.relative ? antecedentOf(text, clause, mentions, sentenceMentions, drafts) : undefined;
    if (named) lastAntecedent = named;
    // "Luis Montenegro, whose government collapsed": the antecedent owns the clause's subject and is not it; the main clause resumes with it.
    const antecedent = named && !/\bwhose\s*$/i.test(text.slice(clause.sentence.start, clause.start)) ? named : undefined;
    // The main clause resuming after a relative one has the antecedent for subject, and is not where that clause was.
    if (clause.resumes) {
      previousSubjects = lastAntecedent ? [lastAntecedent.name] : previousSubjects;
      previousPlaces = [];
    }
    const clausePlaces: string[] = [];
    const money = article.money ?? [];
    const comparisons = comparisonsOf(text, clause, sentenceMoney, sentenceDates);
    const compared = comparedDates(text, clause, sentenceDates, comparisons);
    const ownMoney = sentenceMoney.filter((m) => !comparisons.some((c) => c.money === m));
    // Figures that are none of the items above: percentages, points, levels ("fell 3.4% to 9,000").
    const measures = measuresOf(text, clause, [...sentenceMoney, ...sentenceDates, ...sentenceMentions]);
    // Typed triggers and generic predicates share out the clause each among their own kind, as if the other were not there.
    const typed = own.filter((t) => !t.generic);
    own.forEach((trigger) => {
      const peers = trigger.generic ? own : typed;
      const i = peers.indexOf(trigger);
      // "..., the agency said on Thursday, citing problems": the gerund goes on with the statement and takes its dates.
      const adjunctOf = statementAdjunctOf(text, trigger, triggers, ctxTerms);
      // A describing phrase and the verb after it keep their dates apart both ways ("The company, founded by two engineers, went public in 2001": 2001 is not the founding's).
      const dates = (adjunctOf ? candidateDates(text, adjunctOf, sentenceDates) : candidateDates(text, trigger, sentenceDates)).filter(
        (d) => !describing.some((p) => (within(d, p) && trigger.span.start >= p.end) || (within(trigger.span, p) && d.start >= p.end)) && !participles.some((p) => within(d, p) && setOffFrom(text, p, trigger)) && !embeddedAfter(text, trigger, d, ctxTerms, triggers) && !reportedAfter(text, trigger, d, triggers, ctxTerms) && !frontedClauseAway(text, sentence, trigger, d) && !objectEventDate(text, trigger, d, triggers) && !inEarlierComplement(text, trigger, d) && !acrossContrast(text, sentence, trigger, d, triggers) && !(spanEndAfter(text, trigger, d, triggers) && !endedBefore(d, article.documentDate)),
      );
      // "fell on Monday after it cut its forecast": the cut came before Monday's fall, on no day the text gives ("after it cut its forecast on Friday": its own).
      // "taught at Columbia until 1995": a span that ended before the day has no date the text gives, nor one of a verb before
      // it ("won the award in 1974 and taught ... until 1995"); one still running ("is closed until April") is the day's.
      const ownDates = dates.some((d) => spanEndAfter(text, trigger, d, triggers)) ? [] : dates.filter((d) => !sequencedAwayFrom(text, trigger, d, article.documentDate) && !frontedSequence(text, sentence, trigger, d));
      const attached = whenClauseDate(text, trigger, sentenceDates) ?? dateOf(text, trigger, clause, ownDates, article.dateline, compared, own);
      const refused = attached === null && ownDates.length < dates.length ? dateOf(text, trigger, clause, dates, article.dateline, compared, own) : null;
      const sequenced = refused !== null;
      // "After the vote, the minister resigned on Friday": what came before a past day is past.
      const frontedBefore = (d: DateMention) => {
        const last = /^\d{4}/.test(d.value) ? latestDay(d.value) : null;
        return frontedSequence(text, sentence, trigger, d) === 'after' && last !== null && article.documentDate !== null && last < article.documentDate;
      };
      const date = attached && deniedByTense(text, clause, trigger, ctxTerms, attached, article.documentDate) ? null : attached;
      // A statement that ends its sentence speaks only from its comma on; any trigger takes its parties only from the clause embedded around it.
      const spoken = speakerScope(text, clause, trigger, actors, ctxTerms);
      const speaker = embeddedScope(text, spoken.clause, trigger, spoken.actors, ctxTerms, own);
      const participants = participantsOf(text, speaker.clause, speaker.actors, trigger, i === 0 || trigger.verb, previousSubjects, antecedent);
      // "The settlement, approved by a judge in San Francisco, will cover": where the phrase's participle happened is none of the verb after it.
      // Nor is where the main verb happened the phrase's ("the novelist who won the prize in 2010, died in Lima").
      const placeMentions = sentenceMentions.filter((m) => !describing.some((p) => (within(m, p) && trigger.span.start >= p.end) || (within(trigger.span, p) && m.start >= p.end)));
      const places = placesOf(text, trigger, clause, placeMentions, actors.references, descriptions, own);
      places.forEach((p) => clausePlaces.includes(p) || clausePlaces.push(p));
      const inherited = date !== null && date.start < clause.start;
      const ownAmounts = amountsOf(trigger, peers, clause, ownMoney, own);
      // Figures compared with but of no stated period ("increase swap lines from $55 billion to $110 billion") are still the event's amounts.
      const mine = amountsOf(trigger, peers, clause, comparisons.map((c) => c.money));
      const undated = comparisons.filter((c) => !c.date && mine.includes(c.money)).map((c) => c.money);
      const finalParticipants = participants.length > 0 ? participants : bilateralParties(text, trigger, drafts);
      // A clause that goes on with the same subject stays where it was: "visited Bishkek ..., and held talks".
      const finalPlaces = places.length > 0 || !clause.subjectless ? places : previousPlaces;
      // "on June 17, two days before the phone launches": the launch is counted from the day.
      const counted = date ? countedFrom(text, trigger, date) : null;
      // "Shares rose a day after the company said sales fell": with no date, the count is from the verb before it.
      const countedAfter = date ? null : countedFromEvent(text, sentence, trigger, drafts);
      const dated = date ? (counted ? { value: counted, grain: 'day' as const } : eventDateOf(date, article.documentDate)) : countedAfter ? { value: countedAfter, grain: 'day' as const } : null;
      // A participle's phrase set off by commas to describe a noun tells what came before, no news of the day ("The company,
      // founded by two engineers, went public"); one with no comma may be the clause's own verb misread ("Police said about 4,000 officers were deployed").
      const describes = participles.some((p) => within(trigger.span, p) && text[p.end] === ',');
      const value = dated?.value ?? (sequenced || describes ? null : undatedDate({ article, news }, sentence, clause, adjunctOf ?? trigger, ctxTerms));
      const modality = modalityOf(text, clause, trigger);
      drafts.push({
        type: trigger.type,
        trigger: trigger.span,
        date: value,
        dateText: date?.text ?? null,
        participants: finalParticipants,
        places: finalPlaces,
        amounts: ownAmounts.map(amountOf),
        start: sentence.start,
        end: sentence.end,
        aceType: aceTypeOf(trigger.type, trigger.lemma, text.slice(sentence.start, sentence.end), ownAmounts.length > 0),
        lemma: trigger.lemma,
        dateGrain: dated ? dated.grain : value ? 'day' : null,
        dateSource: date ? (inherited || counted ? 'inferred' : 'explicit') : countedAfter ? 'inferred' : value ? 'document' : null,
        tense: refused && (pastBefore(text, trigger, refused, article.documentDate) || frontedBefore(refused)) ? 'past' : tenseOf(text, clause, trigger, ctxTerms, date ? value : null, article.documentDate, modality),
        modality,
        source: null,
        polarity: polarityOf(trigger),
        arguments: argumentsOf(text, {
          article,
          clause: speaker.clause,
          trigger,
          passive: isPassive(trigger, ctxTerms, text, titleLine ? sentence : null),
          terms: ctxTerms,
          mentions: sentenceMentions,
          references: actors.references,
          descriptions,
          participants: finalParticipants,
          places: finalPlaces,
          date,
          money: [...ownAmounts, ...undated].sort((a, b) => a.start - b.start),
          measures: measuresFor(text, trigger, own, measures),
        }),
        mentions: [trigger.control, trigger.span, trigger.head].filter((m): m is Span => m !== undefined),
        triggerSource: trigger.generic ? 'predicate' : 'lexicon',
        verb: trigger.verb,
        anaphoric: !trigger.verb && /\b(?:the|this|that)\s+$/i.test(text.slice(Math.max(sentence.start, trigger.span.start - 6), trigger.span.start)),
      });
      // A figure for another period is a record of its own: "down from $46 billion in 2016" → 2016, $46 billion; without its period it is only an argument (above).
      for (const c of comparisons)
        if (c.date && mine.includes(c.money))
          drafts.push({
            ...drafts[drafts.length - 1]!,
            date: c.date.value,
            dateText: c.date.text,
            dateGrain: c.date.grain,
            dateSource: 'explicit',
            amounts: [amountOf(c.money)],
            arguments: [
              { role: 'amount', text: c.money.text, start: c.money.start, end: c.money.end, ref: { kind: 'money', index: money.indexOf(c.money) } },
              { role: 'time', text: c.date.text, start: c.date.start, end: c.date.end, ref: { kind: 'dates', index: (article.dates ?? []).indexOf(c.date) } },
            ],
            anaphoric: false,
          });
    });
    const subjects = subjectsOf(text, clause, actors, typed[0] ?? own[0], antecedent);
    if (subjects.length > 0 || !clause.subjectless) previousSubjects = subjects;
    if (clausePlaces.length > 0 || !clause.subjectless) previousPlaces = clausePlaces;
  }
}

/**
 * A participle's phrase that opens the sentence and describes its subject ("Born in Arequipa in 1936, he spent his
 * life in Madrid", "Founded in 1990, the firm employs 500"): from the participle to its comma, with no verb of its own
 * inside, a subject after the comma. Its date and place are the participle's, not the main verb's; but a statement
 * shares them ("Asked on Monday about the deal, he said": the asking is the saying's time).
 */
function frontedParticiple(text: string, sentence: Span, terms: readonly Term[], triggers: readonly Trigger[]): Span | null {
  const i = terms.findIndex((t) => t.start >= sentence.start);
  const first = terms[i];
  if (!first || first.start !== sentence.start || !first.tags.has('Verb') || ['Gerund', 'Auxiliary', 'Modal', 'Copula'].some((tag) => first.tags.has(tag))) return null;
  if (!terms[i + 1]?.tags.has('Preposition')) return null;
  for (let k = i + 1; k < terms.length && terms[k]!.end <= sentence.end; k++) {
    const t = terms[k]!;
    if (t.tags.has('Verb')) return null;
    const gap = text.slice(t.end, terms[k + 1]?.start ?? t.end);
    if (!gap.includes(',')) continue;
    const subject = terms[k + 1];
    const opensSubject = subject !== undefined && ['Determiner', 'Pronoun', 'Noun'].some((tag) => subject.tags.has(tag));
    const main = triggers.find((o) => o.verb && o.span.start > t.end);
    return opensSubject && main?.type !== 'statement' ? { text: text.slice(first.start, t.end), start: first.start, end: t.end } : null;
  }
  return null;
}

/** Where an apposition opens after a noun: ", the", ", a", ", an". */
const APPOSITION = /,\s+(?:the|a|an)\s+/giu;

/**
 * The appositions set off by commas between a subject and its verb ("Mario Vargas Llosa, the Peruvian novelist who won
 * the Nobel Prize in 2010, died in Lima"): what their verbs tell has its own date and place, none of the main verb's. Not
 * a clause ("..., the ministry said on Monday, noting that"), nor a phrase a gerund goes on from.
 */
function appositions(text: string, sentence: Span, terms: readonly Term[]): Span[] {
  const out: Span[] = [];
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(APPOSITION)) {
    const at = sentence.start + m.index;
    const noun = terms.find((t) => t.end === at);
    if (!noun?.tags.has('Noun') || noun.tags.has('Pronoun')) continue;
    const start = at + m[0].length;
    const end = resumption(text, terms, start, sentence.end);
    if (!end || !ownVerbAfterRelative(terms, start, end.at) || terms.find((t) => t.start === end.next)?.tags.has('Gerund')) continue;
    out.push({ text: text.slice(start, end.at), start, end: end.at });
  }
  return out;
}

/**
 * Whether a phrase's verbs all come after a relative word ("the novelist who won"), so it describes a noun; a verb before
 * any is a clause of its own ("..., the ministry said on Monday, noting").
 */
function ownVerbAfterRelative(terms: readonly Term[], from: number, to: number): boolean {
  for (const t of terms) {
    if (t.start < from || t.end > to) continue;
    if (/^(?:who|whom|whose|which|that)$/.test(t.lower)) return true;
    if (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle')) return false;
  }
  return true;
}

/** The phrases of participles that describe the noun before them ("planned for Monday" of "A strike planned for Monday was called off"), from the participle to the clause's own verb. */
function describingPhrases(text: string, triggers: readonly Trigger[], terms: readonly Term[]): Span[] {
  const out: Span[] = [];
  for (const t of triggers) {
    if (!t.verb) continue;
    const i = terms.findIndex((x) => x.start === t.span.start);
    const end = i < 0 ? null : (reducedRelativeEnd(terms, i, text, t.lemma) ?? adverbedParticipleEnd(terms, i, text, t.lemma));
    if (end !== null) out.push({ text: text.slice(t.span.start, end), start: t.span.start, end });
  }
  return out;
}
