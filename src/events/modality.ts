import type { EventModality, EventRecord } from '../types.js';
import type { Clause, Term, Trigger } from './model.js';
import { earliestDay, latestDay } from './today.js';

/** Words right before a trigger that make it only possible: "could buy", "may fall", "if it rains". */
const HYPOTHETICAL = /\b(?:could|might|would|if|unless|whether|possibl[ey]|likely|potential(?:ly)?|consider(?:s|ed|ing)?)\b[^.;,]*$/i;
/** The modal "may", in lower case: "sold in May and Fiat bought" names the month. */
const MAY = /\bmay\b[^.;,]*$/;
const DETERMINERS = String.raw`\b(?:the|a|an|its|his|her|their|our|this|these|those)\s+`;
/** Auxiliaries, negations and adverbs of a verb group: "was not", "has also been". */
const AUXILIARY = String.raw`(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|not|never|also|now|\w+ly)`;
/**
 * "plan", "aim", "hope" as words that put what follows ahead: the verbs ("plans to visit", "plans
 * job cuts"), and the nouns before what they are of ("the plan to build", "the aim of cutting",
 * "The plan is to open", "The hope is that talks resume") or past their own verb ("The plan calls
 * for ...", "The plans include building"); not the noun's own verb ("The plan was dropped", "their hopes rose").
 * Each look-behind stands after the word it guards ("plan(?<!the plan)", the same test): before
 * it, V8 runs it at every word of the text the pattern is tried on, which made the patterns built
 * from this one 8-11 times slower (14-19 µs a test on 40-150 characters, now about 2).
 */
export const intentionWord = (stem: string): string =>
  String.raw`(?:${stem}(?<!${DETERMINERS}${stem})s?(?=\s+\w)|${stem}(?<=${DETERMINERS}${stem})s?(?=\s+(?:${AUXILIARY}\s+)*(?:to|of|for|that)\b|\s+(?:${AUXILIARY}\s+)*(?!${AUXILIARY}\b)\w+\s+))`;
/** Words right before a trigger that put it ahead: "will meet", "plans to visit", "is expected to sign", "agreed to buy". */
const PLANNED = new RegExp(String.raw`\b(?:will|shall|'ll|${intentionWord('plan')}|planned(?<=\b(?:has|have|had)\s+planned)|planned(?!\s+(?:for|on|in|at|by|until)\s+\S)|planning|expects?|expected|intends?|intended|${intentionWord('aim')}|${intentionWord('hope')}|going|set|due|poised|scheduled|agreed|agrees|decided|proposed|prepar(?:es|ed|ing)|wants?|seeks?)\b[^.;,]*$`, 'i');
/** "said it would open", "announced that ... would": the future of a reported plan, not a hypothesis. */
const REPORTED_WOULD = /\b(?:said|says|told|announced|stated|reported|added|confirmed|expected|predicted|promised)\b[^.;]*\bwould\b[^.;,]*$/i;
/** A verb that puts its object off, right before the event noun it acts on: "postponed a visit", "delayed the planned launch" (still ahead, not done). */
const DEFERRED = /\b(?:postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|reschedul(?:e|es|ed|ing)|put\s+off)\s+(?:(?:the|a|an|its|his|her|their|our|this|next|planned|scheduled)\s+)*(?:[\p{L}-]+\s+){0,2}$/iu;
/** How far back the words that govern a trigger are looked for. */
const WINDOW = 40;

/**
 * How the text puts an event: planned or expected ("will meet", "plans to buy"), only possible
 * ("could fall", "if ..."), else asserted. Reported speech is set later, from the statement that
 * reports the event (see statements.ts).
 */
export function modalityOf(text: string, clause: Clause, trigger: Trigger): EventModality {
  const before = text.slice(Math.max(clause.start, trigger.span.start - WINDOW), trigger.span.start);
  // "Boeing said to weigh sale": what is said of the subject is reported by someone unnamed.
  if (/\bsaid\s+to\s+(?:have\s+|be\s+)?$/i.test(before)) return 'reported';
  if (REPORTED_WOULD.test(text.slice(clause.sentence.start, trigger.span.start))) return 'planned';
  if (PLANNED.test(before) && !/\bwould\b[^.;,]*$/i.test(before)) return 'planned';
  if (!trigger.verb && DEFERRED.test(before)) return 'planned';
  if (HYPOTHETICAL.test(before) || MAY.test(before)) return 'hypothetical';
  return 'asserted';
}

/** The side of the document's day a TIMEX3 reference puts a time on ("recent", "in the near term"). */
const REFERENCE_TENSE: Readonly<Record<string, EventRecord['tense']>> = { PAST_REF: 'past', PRESENT_REF: 'present', FUTURE_REF: 'future' };

/** Whether the event lies before, on or after the document's day: from its date when it has one, else from the verb's tense. */
export function tenseOf(text: string, clause: Clause, trigger: Trigger, terms: readonly Term[], date: string | null, documentDate: string | null, modality: EventModality): EventRecord['tense'] {
  const side = date ? REFERENCE_TENSE[date] : undefined;
  if (side) return side;
  const last = date ? latestDay(date) : null;
  const first = date ? earliestDay(date) : null;
  if (last && documentDate) return last < documentDate ? 'past' : first && first > documentDate ? 'future' : 'present';
  if (modality === 'planned') return 'future';
  if (!trigger.verb) return null;
  const term = terms.find((t) => t.start === trigger.span.start);
  if (!term) return null;
  const before = text.slice(Math.max(clause.start, trigger.span.start - WINDOW), trigger.span.start);
  if (/\b(?:will|shall)\s+(?:\w+\s+)?$/i.test(before)) return 'future';
  // A past form the tagger read as a noun ("Stocks rose"): its lemma is another word.
  // So is a verb that is its own past tense read as a noun between its subject and object ("The company cut its forecast").
  // (A present in "-s" read as a plural is no past: "Cisco sues Apple".)
  const misreadPast = !term.tags.has('Verb') && !term.tags.has('Plural') && (trigger.lemma !== term.lower || trigger.bare === true);
  if (misreadPast || term.tags.has('PastTense') || term.tags.has('Participle') || /\b(?:had|has|have|was|were|did)\s+(?:\w+\s+)?$/i.test(before) || /\b(?:was|were|failed|refused|declined)\s+(?:unable\s+)?to\s+$/i.test(before)) return 'past';
  if (term.tags.has('PresentTense') || term.tags.has('Gerund')) return 'present';
  return null;
}

/** A span the text puts in a negative: "did not meet", "never signed". */
export const polarityOf = (trigger: Trigger): EventRecord['polarity'] => (trigger.negated ? 'negative' : 'positive');
