import type { EventType, Span } from '../types.js';
import { CANCELLING, GIVING_UP, INTENTIONS, NEGATIONS, PHRASE_START, TRIGGER_PHRASES, TRIGGER_WORDS } from './lexicon.js';
import { within } from '../spans.js';
import type { Mention, Term, Trigger } from './model.js';
import { lemmaOf, singularOf } from './lemma.js';
import { modifiesNext, namesHappening, predicateAt } from './predicates.js';
import { modifiesRole, titleOfPerson } from './titles.js';
import { deniedBySubject } from './negative-subject.js';
import { controlBefore } from './control.js';

/**
 * Light-verb phrases of a whole text ("held talks", "took office"), with their spans, in text
 * order. One scan finds where any may start; each phrase is tried there, and, as a global scan of
 * its own would, not again inside its last match.
 */
export function phraseTriggers(text: string): Trigger[] {
  const starts = Array.from(text.matchAll(PHRASE_START), (m) => m.index);
  const out: Trigger[] = [];
  for (const { pattern, type } of TRIGGER_PHRASES) {
    let free = 0;
    for (const at of starts) {
      if (at < free) continue;
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      if (!m) continue;
      free = at + m[0].length;
      const head = m.groups?.head;
      const words = head ?? m[0];
      const start = at + (head ? m[0].lastIndexOf(head) : 0);
      const lemma = head ? head.toLowerCase().replace(/s$/, '') : words.toLowerCase().replace(/\s+/g, ' ');
      // "filed for bankruptcy": a last word that names a happening of its own is another mention of the phrase's record.
      const last = head ? undefined : /(\p{L}+)$/u.exec(words);
      const noun = last && namesHappening(last[1]!.toLowerCase()) ? { text: last[1]!, start: start + last.index, end: start + words.length } : undefined;
      out.push({ span: { text: words, start, end: start + words.length }, type, needsAmount: false, verb: true, lemma, generic: false, negated: false, ...(noun ? { head: noun } : {}) });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Words after which an event noun is a subject matter: "discuss ... the next summit", "preparations for the summit". */
const TOPIC_BEFORE = /\b(?:discuss(?:es|ed|ing)?|preparations?\s+for|prepare\s+for|agenda\s+(?:of|for))\b[^.;:]*$/iu;

/** A meeting of leaders is a summit: "an informal gathering of CIS leaders", "a meeting of EU heads of state". */
const OF_LEADERS = /^\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers)\b/u;

/** The type a trigger word has here: a noun of meeting followed by "of ... leaders" is a summit. */
function typeHere(text: string, term: Term, type: EventType, sentenceEnd: number): EventType {
  if (type === 'meeting' && !term.tags.has('Verb') && OF_LEADERS.test(text.slice(term.end, Math.min(sentenceEnd, term.end + 60)))) return 'summit';
  return type;
}

/** A capital letter inside a sentence marks part of a name ("World Trade Organization"), except in a title-case headline. */
function isPartOfName(term: Term, first: boolean, headline: boolean): boolean {
  return !first && !headline && /^\p{Lu}/u.test(term.text);
}

/** A word that may stand in a direct object before its head: "a", "its", "planned", "200", "merger" ("its planned merger talks"). */
const inObjectBeforeHead = (t: Term): boolean =>
  !t.tags.has('Preposition') && !t.tags.has('Conjunction') && !t.tags.has('Date') && ['Determiner', 'Possessive', 'Adjective', 'Value', 'Noun'].some((tag) => t.tags.has(tag));

/** A form of "be" right before a verb, an adverb between at most: "was called off", "has been quietly scrapped". */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|be|being)\s+(?:\p{L}+ly\s+)?$/u;
/** A sentence's first words up to a noun of its subject: a determiner or a possessive, and up to three modifiers ("A", "The planned", "Ford's proposed"). */
const SUBJECT_START = /^\s*(?:(?:the|a|an|its|their|his|her|this|that|[\p{L}.-]+'s)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** Prepositions by their words, which the tagger sometimes reads as adjectives ("A march against the merger", "Protests over the election"). */
const PREPOSITION = /^(?:of|in|on|at|to|for|from|with|by|about|against|over|after|before|between|among|amid|during|into|near|under|across|around|since|through|toward|towards|without|within|following|despite|like|than|per|via)$/;

/** "take place" in any of its forms, as its phrase trigger spells it ("took place", "taken place"). */
const TAKING_PLACE = /^(?:take|takes|took|taken|taking)\s+place$/;

/** Between a verb and an infinitive: its object, a noun of intention, and "to" ("the plan to", "its $5 billion bid to"). */
const INTENDED_BETWEEN = /^\s+(?:[^\s,;:]+\s+){0,3}?(\p{L}+)\s+to\s+$/u;

/** A word denied by the one or two words before it ("did not meet", "never signed", "no agreement"). */
/** What one failed, refused, declined or was unable to do: "failed to pay", "refused to sign", "unable to attend". */
const FAILED_TO = /\b(?:unable|fail(?:s|ed|ing)?|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+to\s+$/i;
const deniedBy = (before: readonly Term[]): boolean => before.some((b) => NEGATIONS.has(b.lower) || b.tags.has('Negative'));

/**
 * The event triggers in one sentence, in text order: phrases first, then the words of the
 * lexicon of typed triggers they do not already cover, then any other eventive predicate (see
 * predicates.ts). Words inside a name or of the wrong part of speech ("signs of recovery", "the
 * opening match") are left out; denied ones ("did not meet") are kept, marked `negated`.
 */
export function findTriggers(
  text: string,
  sentence: Span,
  terms: readonly Term[],
  mentions: readonly Mention[],
  headline: boolean,
  phrases: readonly Trigger[],
): Trigger[] {
  const triggers = phrases.filter((t) => within(t.span, sentence));
  const inSentence = terms.filter((t) => within(t, sentence));
  const covered = (from: Span, to: Span = from) => triggers.some((t) => from.start < t.span.end && to.end > t.span.start);
  const near = mentions.filter((m) => m.start < sentence.end && m.end > sentence.start);
  const inName = (term: Term, i: number) => isPartOfName(term, i === 0, headline) || titleOfPerson(text, term, near) || modifiesRole(text, term) || near.some((m) => term.start < m.end && term.end > m.start);
  const rejected = new Set<Term>();
  inSentence.forEach((term, i) => {
    const sense = TRIGGER_WORDS.get(term.lower);
    if (!sense || covered(term)) return;
    // A word the lexicon reads as no event here ("meet demand") is no other predicate either; one it only
    // leaves untyped here ("the crash" of a verb-only word, "opened" with no facility near) may still be one.
    if (sense.verbOnly && !term.tags.has('Verb')) return;
    // "retail sales figures", "a payments company": a plural before a noun only says what kind (predicates.ts).
    if (term.tags.has('Plural') && !term.tags.has('Verb') && modifiesNext(text, inSentence, i)) return;
    if (sense.notBefore?.test(text.slice(term.end, Math.min(sentence.end, term.end + 40)))) {
      rejected.add(term);
      return;
    }
    if (sense.near && !sense.near.test(text.slice(Math.max(sentence.start, term.start - 50), Math.min(sentence.end, term.end + 50)))) return;
    if (inName(term, i)) return;
    const verb = term.tags.has('Verb');
    triggers.push({
      span: { text: term.text, start: term.start, end: term.end },
      type: typeHere(text, term, sense.type, sentence.end),
      needsAmount: sense.needsAmount ?? false,
      // "The purchase includes ...": a noun that needs an amount for its type is still an event of none when WordNet says it names one.
      ...(sense.needsAmount && !verb && predicateAt(text, inSentence, i, sentence.start) ? { eventive: true } : {}),
      verb,
      lemma: lemmaOf(term),
      generic: false,
      negated: deniedBy(inSentence.slice(Math.max(0, i - 2), i)),
    });
  });
  // The head of a copula's predicate is its event, not one of its own ("The result was a hit": one record, "be hit").
  const copulaHeads = new Set<Term>();
  inSentence.forEach((term, i) => {
    if (rejected.has(term) || covered(term) || inName(term, i) || copulaHeads.has(term)) return;
    const predicate = predicateAt(text, inSentence, i, sentence.start);
    if (!predicate || covered(predicate.first, predicate.last)) return;
    // "It was a merger": a head the lexicon already made an event of is that event, the copula only its tense.
    if (predicate.head && covered(predicate.head)) return;
    // A head that names an event of its own ("was a breach", "be relatively slow") is a second mention of the copula's record, not a record of its own.
    const head = predicate.head && predicateAt(text, inSentence, inSentence.indexOf(predicate.head), sentence.start) ? predicate.head : undefined;
    if (head) copulaHeads.add(head);
    const { last } = predicate;
    // "top-scored", "test-fired": a lower-case word joined to a verb by a hyphen is part of it, neither a word of its subject nor an event of its own.
    const joined = predicate.verb ? inSentence[i - 1] : undefined;
    const prefix = joined && text.slice(joined.end, predicate.first.start) === '-' && /^\p{Ll}+$/u.test(joined.text) ? joined : undefined;
    const own = prefix ? triggers.findIndex((t) => t.span.start === prefix.start && t.span.end === prefix.end) : -1;
    if (own >= 0) triggers.splice(own, 1);
    const first = prefix ?? predicate.first;
    triggers.push({
      span: { text: text.slice(first.start, last.end), start: first.start, end: last.end },
      type: predicate.type,
      needsAmount: false,
      verb: predicate.verb,
      lemma: predicate.lemma,
      generic: true,
      // "was not a success": a copula is denied by what follows it.
      negated: deniedBy(inSentence.slice(Math.max(0, i - 2), i)) || (predicate.copula === true && deniedBy(inSentence.slice(i + 1, i + 2))),
      ...(predicate.copula ? { copula: true } : {}),
      ...(predicate.bare ? { bare: true } : {}),
      ...(head ? { head: { text: head.text, start: head.start, end: head.end } } : {}),
    });
  });
  // "did not sign", and what one failed, refused or was unable to do ("was unable to attend", "refused to sign"): it did not happen.
  const notDone = (t: Trigger) => t.negated || /\b(?:not|never|n't)\s+$/i.test(text.slice(Math.max(sentence.start, t.span.start - 12), t.span.start));
  // ("never failed to pay": it was done.)
  const failedTo = (t: Trigger) => {
    const before = text.slice(Math.max(sentence.start, t.span.start - 28), t.span.start);
    return FAILED_TO.test(before) && !/(?:\bnot|\bnever|n't)\s+(?:\w+\s+)?(?:unable|fail\w*|refus\w*|declin\w*)\s+to\s+$/i.test(before);
  };
  const denied = (t: Trigger) => notDone(t) || (t.verb && failedTo(t));
  // A denied verb; not calling an event off lets it be ("did not cancel the meeting").
  // A copula's "not" denies what it says of its subject, not the events named after it ("this is not the first time stampedes have taken place").
  // What one failed to do denies that verb alone: its object may well have happened ("were unable to prevent the attack").
  const deniedVerbs = triggers.filter((t) => t.verb && !t.copula && notDone(t) && !CANCELLING.has(t.lemma)).map((t) => t.span);
  // A verb that calls an event off (its own event did happen: "the union called off a strike").
  const cancellingVerbs = triggers.filter((t) => t.verb && !denied(t) && CANCELLING.has(t.lemma)).map((t) => t.span);
  // A verb that gives up what was meant ("dropped its bid"): it calls off an intention only.
  const givingUpVerbs = triggers.filter((t) => t.verb && !denied(t) && GIVING_UP.has(t.lemma)).map((t) => t.span);
  // The object of a denied verb goes with it: "did not sign the treaty" reports no agreement either.
  const objectOfDenied = (t: Trigger) =>
    !t.verb && deniedVerbs.some((v) => v.end <= t.span.start && !/[,;]/.test(text.slice(v.end, t.span.start)) && t.span.start - v.end <= 30);
  // What is called off is the verb's direct object, only determiners, modifiers and nouns before its head ("called off a planned strike"), never past a preposition or a conjunction ("cancelled 200 flights because of the storm").
  const objectOfCancelled = (t: Trigger) =>
    !t.verb &&
    [...cancellingVerbs, ...(INTENTIONS.has(t.lemma) ? givingUpVerbs : [])].some((v) => {
      const between = inSentence.filter((x) => x.start >= v.end && x.end <= t.span.start);
      return v.end <= t.span.start && /^\s+(?:[^\s,;:]+\s+){0,4}$/.test(text.slice(v.end, t.span.start)) && between.every(inObjectBeforeHead);
    });
  // "A strike planned for Monday was called off", "The merger was scrapped": a passive calling off denies the event its subject names, a noun within the subject's first words.
  const passiveCancelling = triggers.filter(
    (v) => v.verb && !denied(v) && (CANCELLING.has(v.lemma) || GIVING_UP.has(v.lemma)) && PASSIVE_BEFORE.test(text.slice(Math.max(sentence.start, v.span.start - 16), v.span.start)),
  );
  // "The talks were not held", "The meeting never took place": a denied verb of taking place denies the event its subject names.
  const deniedTakingPlace = triggers.filter(
    (v) => v.verb && notDone(v) && ((v.lemma === 'hold' && PASSIVE_BEFORE.test(text.slice(Math.max(sentence.start, v.span.start - 24), v.span.start).replace(/\b(?:not|never)\s+$/i, ''))) || TAKING_PLACE.test(v.lemma)),
  );
  // The subject's head, not a noun of a phrase after it ("A march against the merger was cancelled": the march, not the merger).
  const subjectOf = (t: Trigger, v: Trigger) =>
    !t.verb &&
    SUBJECT_START.test(text.slice(sentence.start, t.span.start)) &&
    inSentence.filter((x) => x.end <= t.span.start).every((x) => inObjectBeforeHead(x) && !PREPOSITION.test(x.lower)) &&
    t.span.end <= v.span.start &&
    !/[,;]/.test(text.slice(t.span.end, v.span.start));
  const subjectCancelled = (t: Trigger) =>
    passiveCancelling.some((v) => subjectOf(t, v) && (CANCELLING.has(v.lemma) || INTENTIONS.has(t.lemma))) || deniedTakingPlace.some((v) => subjectOf(t, v));
  // "abandoned the plan to build a refinery", "called off its bid to buy": what the given-up intention meant to do is called off with it.
  const intended = (t: Trigger) =>
    t.verb &&
    [...cancellingVerbs, ...givingUpVerbs].some((v) => {
      const m = INTENDED_BETWEEN.exec(text.slice(v.end, t.span.start));
      return m !== null && v.end <= t.span.start && INTENTIONS.has(singularOf(m[1]!.toLowerCase()));
    });
  // "Neither company was fined", "No one was hurt": a subject that names none denies its verb alone ("in the crash" still happened).
  const noneDid = (t: Trigger) => t.verb && deniedBySubject(text, inSentence, inSentence.findIndex((x) => x.start === t.span.start), sentence.start);
  // An event named as what is discussed or prepared is a topic, not a report: "to discuss ... preparations for the next summit".
  const topic = (t: Trigger) => !t.verb && !t.generic && TOPIC_BEFORE.test(text.slice(sentence.start, t.span.start));
  // "plans to buy", "was set to land": the word of modality before a verb's "to" is another mention of the verb's record.
  const withControl = (t: Trigger): Trigger => {
    const control = t.verb ? controlBefore(text, inSentence, t.span.start) : undefined;
    return control && !covered(control) ? { ...t, control } : t;
  };
  return triggers
    .filter((t) => !topic(t))
    .map((t) => (denied(t) || noneDid(t) || objectOfDenied(t) || objectOfCancelled(t) || intended(t) || subjectCancelled(t) ? { ...t, negated: true } : t))
    .map(withControl)
    .sort((a, b) => a.span.start - b.span.start);
}
