import type { Clause, Term, Trigger } from './model.js';
import type { ClauseActors } from './participants.js';
import { subjectPhrase } from './phrases.js';
import { byAfterNounParticiple, reducedRelativeEnd } from './roles.js';
import { REPORTING_VERBS } from './predicates.js';
import { lemmaOf } from './lemma.js';

/**
 * Words that open a clause of their own inside a clause that already has its verb: a
 * complementizer ("announced that the government would provide", "worries that the government
 * will nationalize"), a subordinator ("will step down when the proceedings are finalized") or a
 * coordinator with a new subject ("... by the government and Fiat would begin").
 */
const OPENER = /^(?:that|whether|if|when|after|before|because|while|although|though|once|until|unless|since|as|and|but|or)$/;
/** An opening quote after a verb starts what someone said: 'said in a statement, "We want to know ...'. */
const OPENING_QUOTE = /(?:^|[\s,:(])["\u201c]$/;
/** Inside a subject between an opener and its verb: "the value of the contract", "Maintenance, Repair and Overhaul operations". */
const IN_SUBJECT = /^(?:of|in|at|on|for|from|across|and|or|&)$/;

// A date is an adverbial, no part of a subject: "by Lockheed and Sikorsky in 2006 over a contract".
const isNominal = (t: Term): boolean =>
  ['Noun', 'Pronoun', 'Determiner', 'Adjective', 'Value', 'Possessive'].some((tag) => t.tags.has(tag)) && !['Verb', 'Preposition', 'Date'].some((tag) => t.tags.has(tag));
const beforeVerb = (t: Term): boolean => ['Auxiliary', 'Adverb', 'Negative', 'Modal'].some((tag) => t.tags.has(tag));

/**
 * Whether the words from `i` on are a subject and then its verb (a tagged verb or one of `verbs`): "the federal government would
 * be providing", "Papermaster, 49, had left", "they will be". A relative "that" right before its
 * verb ("the company that bought Volvo") has no subject of its own and is no opener.
 */
function subjectThenVerb(terms: readonly Term[], i: number, end: number, verbs: ReadonlySet<number>): boolean {
  let nouns = 0;
  let k = i;
  // A time set before the subject: "and in 1984 the first Macintosh was released", "while earlier this month another A330 suffered".
  let date = k;
  while (date < k + 4 && date < terms.length && !terms[date]!.tags.has('Date') && ['Preposition', 'Adjective', 'Determiner', 'Adverb'].some((tag) => terms[date]!.tags.has(tag))) date++;
  if (terms[date]?.tags.has('Date')) for (k = date; k < terms.length && terms[k]!.tags.has('Date'); k++);
  for (; k < terms.length && terms[k]!.end <= end && k - i < 15; k++) {
    const t = terms[k]!;
    if (verbs.has(t.start)) break;
    if (isNominal(t)) nouns += t.tags.has('Noun') || t.tags.has('Pronoun') ? 1 : 0;
    else if (!(nouns > 0 && IN_SUBJECT.test(t.lower))) break;
  }
  while (k < terms.length && terms[k]!.end <= end && beforeVerb(terms[k]!)) k++;
  const verb = terms[k];
  return nouns > 0 && verb !== undefined && verb.end <= end && (verb.tags.has('Verb') || verbs.has(verb.start));
}

/** A reporting verb whose clause may follow it with no "that" ("said", "added"; not "told", whose object comes first). */
const reports = (t: Term | undefined): boolean => t !== undefined && t.tags.has('Verb') && !t.tags.has('Auxiliary') && REPORTING_VERBS.has(lemmaOf(t)) && lemmaOf(t) !== 'tell';

/** Conjunctions that open a clause set before the main one: "As the jet was pushed back, the winglet struck the hangar". */
const FRONTED = /^(?:when|after|before|because|while|although|though|once|until|unless|since|as|if)$/;

/** Where an embedded clause starts: `at` cuts the clause before it, `from` is where its own words start. */
type Cut = { at: number; from: number };

/** Where the main clause starts after a clause set before it: the first comma past that clause's verb, or null. */
function frontedEnd(text: string, inClause: readonly Term[], clause: Clause, verbs: ReadonlySet<number>): Cut | null {
  if (!inClause[0] || !FRONTED.test(inClause[0].lower) || !subjectThenVerb(inClause, 1, clause.end, verbs)) return null;
  const verb = inClause.findIndex((t, i) => i > 1 && (t.tags.has('Verb') || verbs.has(t.start)));
  for (let i = verb + 1; verb > 0 && i < inClause.length; i++) {
    const gap = text.slice(inClause[i - 1]!.end, inClause[i]!.start);
    if (gap.includes(',')) return { at: inClause[i - 1]!.end + gap.indexOf(','), from: inClause[i]!.start };
  }
  return null;
}

/** Where the embedded clauses of a clause start: after an opener or an opening quote that follows the clause's own verb and leads to a subject and its verb. */
function openings(text: string, clause: Clause, terms: readonly Term[], verbs: ReadonlySet<number>): Cut[] {
  const inClause = terms.filter((t) => t.start >= clause.start && t.end <= clause.end);
  const fronted = frontedEnd(text, inClause, clause, verbs);
  const out: Cut[] = fronted ? [fronted] : [];
  let verbSeen = false;
  inClause.forEach((t, i) => {
    const gapStart = inClause[i - 1]?.end ?? clause.start;
    const gap = text.slice(gapStart, t.start);
    // ('called the protesters "foreign agents" and ruled out': a quote that closes before the next verb quotes words, no clause.)
    const verbAfter = inClause.slice(i).find((x) => x.tags.has('Verb') || verbs.has(x.start));
    const quotesWords = verbAfter !== undefined && /["\u201d]/.test(text.slice(t.start, verbAfter.start));
    if (verbSeen && OPENING_QUOTE.test(gap) && !quotesWords && subjectThenVerb(inClause, i, clause.end, verbs)) out.push({ at: gapStart + gap.search(/["\u201c]/), from: t.start });
    else if (verbSeen && OPENER.test(t.lower) && subjectThenVerb(inClause, i + 1, clause.end, verbs)) out.push({ at: t.start, from: inClause[i + 1]!.start });
    // "Tim Cook said the launch was a success": a reporting verb's clause may open with no "that" (not "told reporters the deal ...": its object comes first).
    else if (verbSeen && reports(inClause[i - 1]) && /^[ \t]+$/.test(gap) && subjectThenVerb(inClause, i, clause.end, verbs)) out.push({ at: t.start, from: t.start });
    // The clause's own verb, after its subject: not a participle or gerund that opens the sentence ("Speaking in Geneva, Lavrov and Blinken said", "Trade between Norway and Sweden reached").
    const progressive = inClause[i - 1]?.tags.has('Auxiliary') || inClause[i - 1]?.tags.has('Copula'); // "is probing"
    // A clause that starts inside its sentence with its verb has its subject before ("Airbus, which ..., believes that").
    // ("Eight countries led by Saudi Arabia and Russia agreed": a participle that describes the noun before it, its doer after "by", is inside the subject.)
    const describes = t.tags.has('Verb') && byAfterNounParticiple(inClause, i, lemmaOf(t));
    if ((i > 0 || clause.start > clause.sentence.start) && t.tags.has('Verb') && !t.tags.has('Auxiliary') && (!t.tags.has('Gerund') || progressive) && !describes) verbSeen = true;
  });
  return out;
}

/** Each clause's openings, with the terms and triggers they were found among. */
const openingsOf = new WeakMap<Clause, { terms: readonly Term[]; triggers: readonly Trigger[]; cuts: readonly Cut[] }>();

/**
 * `openings` of a clause among its triggers, found once: each trigger of a clause asks for the
 * same ones, and finding them was 1.3% of a worker's CPU (profile of the cold CLI).
 */
function clauseOpenings(text: string, clause: Clause, terms: readonly Term[], triggers: readonly Trigger[]): readonly Cut[] {
  const known = openingsOf.get(clause);
  if (known && known.terms === terms && known.triggers === triggers) return known.cuts;
  // The tagger reads some verbs as nouns ("that its sales rose 43%"); the clause's verb triggers are verbs all the same.
  const cuts = openings(text, clause, terms, new Set(triggers.filter((t) => t.verb).map((t) => t.span.start)));
  openingsOf.set(clause, { terms, triggers, cuts });
  return cuts;
}

/**
 * The part of a clause whose parties a trigger takes: from the last embedded clause opened before
 * it to the next one opened after it. "Ryanair announced that it is exercising its options":
 * Ryanair announced, "it" exercises; "Nardelli will step down when the proceedings are
 * finalized": Nardelli is no party to the finalizing.
 */
export function embeddedScope(
  text: string,
  clause: Clause,
  trigger: Trigger,
  actors: ClauseActors,
  terms: readonly Term[],
  triggers: readonly Trigger[],
): { clause: Clause; actors: ClauseActors } {
  const cuts = [...clauseOpenings(text, clause, terms, triggers)];
  const described = describedNoun(text, clause, trigger, terms);
  if (described) cuts.push({ at: described.start, from: described.start });
  const opened = cuts.filter((c) => c.from <= trigger.span.start).sort((a, b) => a.from - b.from).at(-1);
  const closed = cuts.find((c) => c.at >= trigger.span.end);
  if (!opened && !closed) return { clause, actors };
  const start = opened?.from ?? clause.start;
  const end = closed?.at ?? clause.end;
  const inside = <T extends { start: number; end: number }>(items: readonly T[]) => items.filter((x) => x.start >= start && x.end <= end);
  // A clause opened inside takes no subject from the clause before it, nor a relative clause's antecedent.
  const narrowed: Clause = opened ? { ...clause, start, end, subjectless: false, relative: false, resumes: false } : { ...clause, end };
  return { clause: narrowed, actors: { ...actors, mentions: inside(actors.mentions), references: inside(actors.references) } };
}

/** The noun phrase a participle right after it describes ("unemployment numbers released Thursday by the Labor Department"): all the participle's clause has of parties. */
function describedNoun(text: string, clause: Clause, trigger: Trigger, terms: readonly Term[]): { start: number } | null {
  const i = terms.findIndex((t) => t.start === trigger.span.start);
  if (!trigger.verb || i < 1 || !(byAfterNounParticiple(terms, i, trigger.lemma) || reducedRelativeEnd(terms, i, text, trigger.lemma) !== null)) return null;
  return subjectPhrase(text, terms, trigger, clause.start);
}
