import type { ParsedWords } from '../candidate.js';
import { pastLikeBare, presentLemma } from '../../events/lemma.js';

/**
 * The verb right before a weekday ("meets on Monday", "runs until Sunday", "is on Friday", "is meeting on Monday"), or
 * before its clock time ("kicks off at 8 p.m. on Saturday"), with at most an adverb particle ("meets again on Monday")
 * and a named place ("opens in Brussels on Thursday") between.
 */
const VERB_BEFORE_WEEKDAY =
  /\b(?<aux>(?:is|are|am)\s+)?(?<verb>(?!(?:on|until|till|through|at|in)\b)[a-z]+)\s+(?:(?:again|back|up|out|off|together|here|there|only)\s+)?(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+)?(?:(?<prep>on|until|till|through|at)\s+)?$/;

/** Verbs of saying: "says on Monday" tells when it was said, in the historical present of news. */
export const SAYING = /^(?:say|says|tell|tells|claims?|adds?|notes?|writes?)$/;

/**
 * A present-tense verb right before the weekday names a timetable, what is to come ("The board meets on Monday",
 * "Trading resumes Monday", "The vote is on Friday", "The board is meeting on Monday"): the coming day, or the same
 * day (TimeML 1.2.1 §2.2.3; HeidelTime's news rule: a present tense points as a future one does). Not a verb of saying,
 * and only right before the day, so that a present about a past event ("He is in hospital after a crash on Monday")
 * keeps its day; not in a title (the headline, a title line: headline.ts), whose present tells what happened.
 */
export function scheduledPresentBefore(text: string, start: number, end: number, words: ParsedWords): boolean {
  // "meets on Tuesday and Wednesday": the second day is the first one's timetable.
  const first = PAIRED_DAY_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  if (first) return scheduledPresentBefore(text, start - first[0].length, start - first[0].length + first[1]!.length, words);
  if (words.inTitle(start)) return false;
  if (presentWithObjectBefore(text, start, words)) return true;
  const from = Math.max(0, start - 40);
  const m = VERB_BEFORE_WEEKDAY.exec(text.slice(from, start));
  if (!m) return false;
  const verb = m.groups!.verb!;
  if (SAYING.test(verb)) return false;
  // "is meeting on Monday"; a present passive, "Markets are closed on Friday", "is closed until Monday".
  if (m.groups!.aux) return /(?:ing|ed)$/.test(verb);
  // "The vote is on Friday.": a copula names the day only when the day ends its clause ("Police are on Monday looking" does not).
  if (/^(?:is|are)$/.test(verb)) return /^\s*(?:[,.;:!?)]|$)/.test(text.slice(end, end + 2));
  const verbAt = from + m.index + m[0].indexOf(verb, 0);
  if (!words.presentTenseAt(verbAt) && !verbTakenForANoun(text, verbAt, verb, end, words) && !(bareVerbAfterOpeningPlural(text, verbAt, verb) && !words.pastTenseAt(verbAt))) return false;
  // "Sales figures Monday showed a drop": a finite verb right after the day is the clause's; the word before was a noun.
  const next = /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 24));
  if (next && (AUXILIARY.test(next[1]!) || words.pastTenseAt(end + next.index + next[0].length - next[1]!.length))) return false;
  // A bare form after "to", a modal, "did" or "not" ("was allowed to trade until Friday"), or a word after a past verb
  // ("stayed open until 8 p.m. on Tuesday") is no present of its own.
  const before = /([\w'’]+)\s+$/.exec(text.slice(Math.max(0, verbAt - 24), verbAt));
  if (!before) return true;
  // "sold 7.9 million Tesla shares on Monday", "bought 300 shares", "the company's shares": a plural counted or owned, with a name between at most, is the object's noun.
  if (COUNTED_BEFORE.test(text.slice(Math.max(0, verbAt - 40), verbAt))) return false;
  if (objectOfVerbBefore(text, verbAt, words)) return false;
  // A form without -s is a present only after a plural subject ("The leaders meet", "Schools reopen"): the tagger reads
  // some past forms as bare ones ("He woke up at 6 a.m. on Monday").
  if (!/s$/.test(verb) && !PLURAL_SUBJECT.test(before[1]!)) return false;
  return !NOT_FINITE_AFTER.test(before[1]!) && !words.pastTenseAt(verbAt - before[0].length);
}

/** A verb, its object after a determiner or owner (two more words at most), then "on" or "at": "play the leaders on", "meets its creditors on". */
const VERB_OBJECT_BEFORE_DAY = /\b(?<verb>[a-z]+)\s+(?:the|a|an|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,2}(?:on|at)\s+$/;

/**
 * A timetable's present with its object between it and the day ("They play the leaders on Saturday", "The board meets
 * its creditors on Monday"): a present the tagger reads, in -s or after a plural subject, not a verb of saying and not
 * after a modal, "to" or a past ("wanted to meet the minister on Monday").
 */
function presentWithObjectBefore(text: string, start: number, words: ParsedWords): boolean {
  const from = Math.max(0, start - 60);
  const m = VERB_OBJECT_BEFORE_DAY.exec(text.slice(from, start));
  if (!m) return false;
  const verb = m.groups!.verb!;
  const verbAt = from + m.index;
  if (SAYING.test(verb) || !words.presentTenseAt(verbAt) || words.pastTenseAt(verbAt)) return false;
  const before = /([\w'’]+)\s+$/.exec(text.slice(Math.max(0, verbAt - 24), verbAt));
  if (!before || NOT_FINITE_AFTER.test(before[1]!) || words.pastTenseAt(verbAt - before[0].length)) return false;
  return /[a-z]s$/.test(verb) || PLURAL_SUBJECT.test(before[1]!);
}

/** A plural noun that opens its sentence, with "The" at most before it: "Polls", "The markets". */
const OPENING_PLURAL = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:The\s+)?[A-Z]?[a-z]+s\s+$/;

/**
 * A bare verb after a plural noun that opens the sentence, which the tagger read as another word ("Polls close at 8 p.m.
 * on Tuesday": "close" an adverb, "Polls" a verb): a timetable's present when compromise's conjugation has it as a verb
 * whose present in -s it is the bare form of ("closes").
 */
function bareVerbAfterOpeningPlural(text: string, verbAt: number, verb: string): boolean {
  // A past form is its own: "met", "ended", "had" (compromise conjugates "mets" back to "met": pastLikeBare tells them apart).
  return !/s$/.test(verb) && OPENING_PLURAL.test(text.slice(Math.max(0, verbAt - 30), verbAt)) && presentLemma(`${verb}s`) === verb && !pastLikeBare(verb);
}

/** A weekday that opens its sentence, alone or after "On": "On Monday, the president arrives", "Monday the talks resume". */
const FRONTED_WEEKDAY_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:On\s+)?$/;

/** Words read after a fronted weekday before giving up on finding its clause's verb. */
const FRONTED_VERB_REACH = 8;

/**
 * A weekday fronting a clause whose first finite verb is a timetable's present ("On Monday, the president arrives in
 * Paris", "On Friday the two leaders meet", "On Monday, the board is meeting"): the coming day, as for a verb before
 * the day (TimeML 1.2.1 §2.2.3; HeidelTime's news rule). A past, a future auxiliary, a present perfect or a verb of
 * saying ("On Monday, police say ...") keeps the day the clause tells of; so does a headline.
 */
export function scheduledPresentAfter(text: string, start: number, end: number, words: ParsedWords): boolean {
  if (!FRONTED_WEEKDAY_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || words.inTitle(start)) return false;
  const clause = /^[^.;!?\n]*/.exec(text.slice(end))![0];
  let previous = '';
  let seen = 0;
  let relative = false;
  let after = 0;
  for (const w of clause.matchAll(/[A-Za-z'’]+/g)) {
    const at = end + w.index;
    const word = w[0];
    // "On Tuesday, the bank, which often cuts rates, held them": a relative clause's verb is not the clause's; skip to its comma.
    if (relative && !clause.slice(after, w.index).includes(',')) continue;
    relative = /^(?:which|who|whom|whose)$/i.test(word);
    after = w.index + word.length;
    if (relative) continue;
    if (++seen > FRONTED_VERB_REACH) return false;
    // "the board is meeting", not "the board is in session" nor "the company has said".
    if (/^(?:is|are)$/.test(word)) return /^\s+[a-z]+ing\b/.test(clause.slice(w.index + word.length));
    // "On Monday, prices rose but bonds fell": a "but" before any verb was found means the clause's verb was misread ("rose" a noun); the next clause is no timetable of the day.
    if (AUXILIARY.test(word) || words.pastTenseAt(at) || /^but$/i.test(word)) return false;
    if (words.presentTenseAt(at) && (/[a-z]s$/.test(word) || PLURAL_SUBJECT.test(previous))) return !SAYING.test(word);
    previous = word;
  }
  return false;
}

/** A clause's one-word subject, a gerund or a noun, before the verb: "Trading resumes", "Play resumes", "said trading resumes". */
const ONE_WORD_SUBJECT = /(?:(?:[.!?]["”’]?\s+|\n\s*)[A-Z][a-z]+|\b(?:said|says|announced|that)\s+[a-z]+)\s+$/;

/** Verbs of a reporting clause after the timetable ("Trading resumes Monday, the exchange said"). */
const REPORTING = /^(?:said|says|told|tells|reported|announced|added|noted)$/;

/** A finite verb or an auxiliary among the words after the day, up to the end of the sentence. */
const AUXILIARY = /^(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|do|does|did)$/i;

/**
 * The tagger reads some verbs of a timetable as plural nouns after a one-word subject ("Trading resumes Monday",
 * "Voting ends Sunday", "Play resumes on Monday"): an -s word there is the verb when the sentence has no other finite
 * verb after it ("Trading volumes on Monday were low" has one, "were": "volumes" is a noun).
 */
function verbTakenForANoun(text: string, verbAt: number, verb: string, end: number, words: ParsedWords): boolean {
  const head = verbAt > 30 ? text.slice(verbAt - 30, verbAt) : `\n${text.slice(0, verbAt)}`;
  if (!/[a-z]s$/.test(verb) || !ONE_WORD_SUBJECT.test(head)) return false;
  const rest = /^[^.!?;\n]*/.exec(text.slice(end))![0];
  for (const w of rest.matchAll(/[A-Za-z]+/g)) {
    const at = end + w.index;
    if (REPORTING.test(w[0])) continue;
    if (AUXILIARY.test(w[0]) || words.pastTenseAt(at) || words.presentTenseAt(at)) return false;
  }
  return true;
}

/**
 * A count right before a word, over one name or one noun at most ("7.9 million Tesla", "300", "100 basis points", "3
 * percentage points"), or an owner ("the firm's", "its"): what follows is a noun it counts or owns, no verb ("Apple's CEO
 * speaks": a name after an owner may be the subject).
 */
export const COUNTED_BEFORE = /(?:(?:\b\d[\d.,]*|\b(?:hundred|thousand|million|billion|trillion|dozen))\s+(?:[A-Za-z][\w&.-]*\s+)?|(?:['’]s|\b(?:its|their|his|her|our|your|my))\s+)$/;

/** Verbs whose past is their bare form: "cut", "hit", "set" after a subject tell what happened as often as "lowered" does. */
const SAME_PAST = /^(?:cut|cuts|hit|put|set|shut|quit|cost|bid|hurt|spread|slashed)$/i;

/**
 * Whether the word at `verbAt` ends the object of a verb a few words before it ("lowered interest rates on Wednesday",
 * "cut its lending rates on Monday"): the tagger reads a plural noun there as a present ("rates"), and the day is the
 * past verb's. Not after a verb of saying, whose clause follows with its own verb ("said trading resumes Monday"), nor
 * across a comma or a word that opens a clause.
 */
function objectOfVerbBefore(text: string, verbAt: number, words: ParsedWords): boolean {
  const before = /((?:[A-Za-z'’]+\s+){1,4})$/.exec(text.slice(Math.max(0, verbAt - 48), verbAt));
  if (!before) return false;
  const from = verbAt - before[0].length;
  const list = [...before[1]!.matchAll(/[A-Za-z'’]+/g)];
  // The nearest verb before the object's head: every word after it up to the head is the object's.
  for (let k = list.length - 1; k >= 0; k--) {
    const w = list[k]!;
    // "Workers who struck last month return on Monday": a time between closes the earlier verb's phrase.
    if (/^(?:that|which|who|and|or|but|to|ago|last|week|month|year|yesterday|today)$/i.test(w[0]) || REPORTING.test(w[0]) || SAYING.test(w[0])) return false;
    if (k < list.length - 1 && (words.pastTenseAt(from + w.index) || SAME_PAST.test(w[0]))) return true;
  }
  return false;
}

/** A plural subject right before a verb: a plural noun, or "they", "we", "you", "I". */
export const PLURAL_SUBJECT = /^(?:[\w'’-]*[a-z]s|they|we|you|I|people|police)$/i;

/** A weekday and "and"/"or" right before a position: the first of two days that one verb governs. */
const PAIRED_DAY_BEFORE = /\b((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:and|or|&)\s+$/;

/** The weekday (0 for Sunday, as chrono gives it) that " and Wednesday" names right after a position, if any. */
export function pairedWeekdayAfter(text: string, end: number): number | undefined {
  const m = /^\s+(?:and|or|&)\s+(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.exec(text.slice(end, end + 20));
  return m ? WEEKDAY_STEMS.indexOf(m[1]!) : undefined;
}

const WEEKDAY_STEMS = ['Sun', 'Mon', 'Tues', 'Wednes', 'Thurs', 'Fri', 'Satur'];

/** Words after which a present form is a bare infinitive or a negated one: "to trade", "would meet", "did not meet". */
const NOT_FINITE_AFTER = /^(?:to|did|didn['’]t|not|never|would|could|should|might|must|may|can|will|shall)$/i;
