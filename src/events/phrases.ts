import type { Span } from '../types.js';
import type { Term, Trigger } from './model.js';
import { lemmaOf, misreadPastTense, pastLikeBare } from './lemma.js';
import { wordClasses } from './wordnet.js';
import { relativeBefore, subjectRelativeVerb } from './relative.js';
import { subjectHeadMisread, verbAfterSubject } from './predicates.js';

/** Words a noun phrase is made of: "the", "its", "179", "new", "aerial", "tankers", "it". */
const inNounPhrase = (t: Term): boolean =>
  ['Determiner', 'Adjective', 'Value', 'Noun', 'Possessive', 'Pronoun'].some((tag) => t.tags.has(tag)) &&
  !['Verb', 'Preposition'].some((tag) => t.tags.has(tag)) &&
  // "said on Monday it would": a date is no party; "freed 2,000 prisoners": a count grouped by commas is no year, whatever the tagger says.
  !(t.tags.has('Date') && !/^\d{1,3}(?:,\d{3})+$/.test(t.text));
/** Prepositions whose phrase goes with the noun before it inside a subject: "sales of automobiles in the United States", "exports from Germany to China". */
const SUBJECT_PREPOSITION = /^(?:of|in|at|on|across|from|to|for|around|outside|near|between|against|over|with)$/;
/**
 * A gerund that heads a subject, before the preposition of its phrase: at the clause's start or
 * after a determiner or an adjective ("Fighting in the north displaced", "A shooting outside a
 * school left", "Heavy fighting near the border").
 */
const gerundHead = (terms: readonly Term[], k: number, limit: number): boolean => {
  const before = terms[k - 1];
  return terms[k]!.tags.has('Gerund') && (!before || before.start < limit || before.tags.has('Determiner') || before.tags.has('Adjective'));
};
/** Words between a subject and its verb: "has", "also", "will not", "could". */
/** The trigger moved onto another word of its sentence, to read that word's phrases: the verb a complement follows, a passive's "by". */
export const triggerAt = (trigger: Trigger, term: Term): Trigger => ({ ...trigger, span: { text: term.text, start: term.start, end: term.end } });

export const betweenSubjectAndVerb = (t: Term): boolean => ['Auxiliary', 'Adverb', 'Negative', 'Modal', 'Copula'].some((tag) => t.tags.has(tag));
const isHead = (t: Term): boolean => t.tags.has('Noun') || t.tags.has('Pronoun');

/** Whether nothing but spaces or a hyphen ("ultra-long"; no comma, no quote, no bracket) stands between two words. */
const adjacent = (text: string, a: Term, b: Term): boolean => /^(?:\s+|-)$/.test(text.slice(a.end, b.start)) || (a.tags?.has('Possessive') === true && /^['’]\s+$/.test(text.slice(a.end, b.start)));
/** Words that say how many before a number or a determiner: "about 500 people", "almost any two cities". */
export const QUANTIFIER = /^(?:about|around|almost|nearly|some|roughly|approximately|over|just)$/;
/** Prepositions the tagger may read as nouns ("on" before "Tuesday"): never part of a noun phrase. */
const PREPOSITION_WORD = /^(?:on|in|at|of|for|to|by|with|from|into|over|under|after|before|during|near)$/;
/**
 * A noun the tagger read as a present verb right after a name, figure or noun modifier in an object,
 * with a preposition, punctuation or the end after it: "will receive 1.025 Chevron shares for each
 * share", "held interest rates at 4.25%".
 */
function headAfterName(terms: readonly Term[], i: number, run: readonly Term[]): boolean {
  const term = terms[i]!;
  const last = run[run.length - 1];
  if (!last || !term.tags.has('PresentTense') || term.tags.has('Auxiliary') || term.tags.has('Modal')) return false;
  const next = terms[i + 1];
  // ("against" the tagger may read as an adjective.)
  if (next && !next.tags.has('Preposition') && !PREPOSITION_WORD.test(next.lower) && next.lower !== 'against') return false;
  // "1.025 Chevron shares": a plural after a name or figure; "interest rates at 4.25%", "a slowing jobs market against inflation": a noun after a noun modifier.
  if ((last.tags.has('ProperNoun') || last.tags.has('Value')) && /[^s]s$/.test(term.lower)) return wordClasses().noun(term.lower.slice(0, -1)) !== undefined;
  const modifier = last.tags.has('Noun') && !last.tags.has('Pronoun') && !last.tags.has('ProperNoun') && !last.tags.has('Value');
  // ("the government plans to cut": a present verb before an infinitive is the verb of a clause.)
  return modifier && /^\p{Ll}/u.test(term.text) && next?.lower !== 'to';
}
/** Two words that say how many before a number: "more than 1,600", "at least 12". */
const TWO_WORD_QUANTIFIER = /^(?:more than|fewer than|less than|at least|up to|as many)$/;
/** Nouns that count what their "of" phrase names: "dozens of workers", "hundreds of homes". */
const COUNT_NOUN = /^(?:dozens|hundreds|thousands|millions|billions|scores|tens|dozen|hundred|thousand|million|billion)$/;
/** Determiners a quantifier may come before ("almost any", "nearly all"); "about the plan" is a preposition's phrase. */
const EVERY = /^(?:any|all|every|each|half)$/;
/** A degree adverb inside a noun phrase, before its adjective: "the most valuable company", "a near-normal number". */
const inside = (t: Term, next: Term | undefined): boolean => t.tags.has('Adverb') && next !== undefined && next.tags.has('Adjective') && !next.tags.has('Verb');

/** The span of a run of terms, or null when it has no noun. */
function phrase(text: string, run: readonly Term[]): Span | null {
  if (run.length === 0 || !run.some(isHead)) return null;
  // A noun phrase ends with its head: "a recession next year" leaves "next" to the date after it.
  let last = run.length - 1;
  // ("barrels a day": an article the tagger also reads as a number is no figure at the end.)
  while (last > 0 && !isHead(run[last]!) && (!run[last]!.tags.has('Value') || run[last]!.tags.has('Determiner'))) last--;
  // "won his last major", "helped the injured": after a possessive, adjectives with no noun after them head the phrase themselves.
  const owner = run[last]!;
  if (owner.tags.has('Possessive') && owner.tags.has('Pronoun') && last < run.length - 1 && run.slice(last + 1).every((t) => t.tags.has('Adjective'))) last = run.length - 1;
  const start = run[0]!.start;
  const end = run[last]!.end;
  return { text: text.slice(start, end), start, end };
}

/**
 * A date word right after an owner or an adjective that opens an object is part of it, no time of the verb: "raised its
 * full-year sales forecast", "recorded its hottest June on record" (the phrase has no head yet; "its forecast Thursday" has).
 */
const dateInOpenPhrase = (t: Term, run: readonly Term[]): boolean => {
  const last = run[run.length - 1];
  // (Opened by an owner: "fall next year" has no object, "next year" is the time.)
  const headed = run.some((x) => x.tags.has('Noun') && !x.tags.has('Possessive'));
  return t.tags.has('Date') && last !== undefined && run[0]!.tags.has('Possessive') && !headed && (last.tags.has('Possessive') || last.tags.has('Adjective')) && !last.tags.has('Verb') && !last.tags.has('Date');
};

/**
 * The noun phrase right after a verb, its direct object ("bought 179 new tankers" → "179 new
 * tankers", "carrying about 500 people", "built the most valuable company"), within `limit`; null
 * when a preposition, a clause or punctuation comes first.
 */
export function objectPhrase(text: string, terms: readonly Term[], trigger: Trigger, limit: number): Span | null {
  let i = terms.findIndex((t) => t.start >= trigger.span.end);
  if (i < 0 || !adjacent(text, { end: trigger.span.end } as Term, terms[i]!)) return null;
  const run: Term[] = [];
  // "carrying about 500 people", "connect almost any two cities".
  const next = terms[i + 1];
  if (QUANTIFIER.test(terms[i]!.lower) && next && (next.tags.has('Value') || EVERY.test(next.lower)) && adjacent(text, terms[i]!, next)) run.push(terms[i++]!);
  // "killing more than 1,600 people", "at least 12 people", "up to 300 jobs".
  else if (next && terms[i + 2]?.tags.has('Value') && TWO_WORD_QUANTIFIER.test(`${terms[i]!.lower} ${next.lower}`) && adjacent(text, terms[i]!, next)) run.push(terms[i++]!, terms[i++]!);
  // "hit near Gaziantep": a preposition the tagger reads as an adjective opens no object.
  if (run.length === 0 && PREPOSITION_WORD.test(terms[i]!.lower)) return null;
  const nouns = () => {
    for (; i < terms.length && terms[i]!.end <= limit && (inNounPhrase(terms[i]!) || (run.length > 0 && inside(terms[i]!, terms[i + 1])) || headAfterName(terms, i, run) || dateInOpenPhrase(terms[i]!, run)); i++) {
      if (run.length > 0 && !adjacent(text, run[run.length - 1]!, terms[i]!)) break;
      // "a negative opinion it issued", "3.3 million barrels a day", "its banks on Tuesday": after its head, an article, a subject pronoun or a preposition the tagger read as a noun opens another phrase ("the Serie A title": a capital is part of a name).
      if (run.some((t) => t.tags.has('Noun') && !t.tags.has('Value') && !EVERY.test(t.lower)) && /^\p{Ll}/u.test(terms[i]!.text) && (opensNounPhrase(terms[i]!) || PREPOSITION_WORD.test(terms[i]!.lower))) break;
      // "fined the bank $40 million", "paid shareholders 50 cents a share": a figure after a common noun is a second object, no part of the first.
      if (terms[i]!.tags.has('Value') && commonHead(run[run.length - 1])) break;
      // (The plural read as a verb is the phrase's head noun.)
      run.push(headAfterName(terms, i, run) ? { ...terms[i]!, tags: new Set([...terms[i]!.tags, 'Noun']) } : terms[i]!);
    }
  };
  nouns();
  // "dozens of workers", "thousands of homes": a count's "of" phrase is what is counted.
  const last = run[run.length - 1];
  if (last && COUNT_NOUN.test(last.lower) && terms[i]?.lower === 'of' && terms[i]!.end <= limit && adjacent(text, last, terms[i]!)) {
    run.push(terms[i++]!);
    nouns();
  }
  return phrase(text, run);
}

/**
 * Where the subject ends when a participle's phrase set off by commas stands between it and its
 * verb ("The settlement, approved by a federal judge in San Francisco, covers", "The suspects,
 * aged 24 and 31, were charged"): the word before the phrase's opening comma; else `i` itself.
 */
function overDescribingPhrase(text: string, terms: readonly Term[], i: number, limit: number): number {
  if (i < 1 || !terms[i + 1] || !/^\s*,\s*$/.test(text.slice(terms[i]!.end, terms[i + 1]!.start))) return i;
  let j = i;
  while (j > 0 && terms[j - 1]!.start >= limit && !text.slice(terms[j - 1]!.end, terms[j]!.start).includes(',')) j--;
  const opener = terms[j]!;
  // ("aged", "based": a participle the tagger reads as an adjective.)
  // ("run by licensees", "put by analysts": a verb with a doer's "by" right after it is a participle, whatever form the tagger gives it.)
  const byAfter = opener.tags.has('Verb') && terms[j + 1]?.lower === 'by';
  const participle = (opener.tags.has('Verb') && (opener.tags.has('PastTense') || opener.tags.has('Participle') || byAfter) && !opener.tags.has('Auxiliary')) || (opener.tags.has('Adjective') && /ed$/.test(opener.lower));
  return j > 0 && terms[j - 1]!.start >= limit && participle ? j - 1 : i;
}

/** A common noun, which heads its phrase: not a name, a figure, a possessive or a pronoun ("the bank", not "Boeing" of "Boeing 737"). */
const commonHead = (t: Term | undefined): boolean => t !== undefined && t.tags.has('Noun') && !['ProperNoun', 'Value', 'Possessive', 'Pronoun'].some((tag) => t.tags.has(tag));

/** Words that open a clause, after which its subject starts: "said that the union and the firm agreed", "after Ford and the union met". */
const CLAUSE_WORD = /^(?:that|after|before|when|while|as|because|since|if|although|though|once|until|where)$/;

/** A word no noun phrase goes on before: an article or a subject pronoun ("told analysts the company would raise", "the $75 billion it forecast"). */
const opensNounPhrase = (t: Term): boolean => /^(?:the|a|an|it|he|she|they|we|i|you)$/.test(t.lower);

/**
 * The noun phrase right before a verb, over auxiliaries and adverbs, its subject ("the company
 * has also sold" → "the company", "sales of automobiles in the United States fell" → all of it,
 * not the place), from `limit` on; null when none stands there.
 */
export function subjectPhrase(text: string, terms: readonly Term[], trigger: Trigger, limit: number): Span | null {
  const at = terms.findIndex((t) => t.start >= trigger.span.start);
  const own = nearestSubject(text, terms, trigger, limit);
  // "A wildfire that broke out Friday in the hills had burned": past a relative clause, the main verb's subject is the phrase before its pronoun
  // (a noun inside that clause is its object or adjunct); "a company that said it would cut" keeps the pronoun, a subject of its own.
  const k = at < 0 ? -1 : relativeBefore(text, terms, at, limit);
  // ("told a news conference that wages were rising": a subject right after "that" is the subject of the clause it opens.)
  if (k < 0 || (own && own.start < terms[k]!.start) || (own && (PERSONAL.test(text.slice(own.start, own.end)) || own.start === terms[k + 1]?.start))) return own;
  return nearestSubject(text, terms, triggerAt(trigger, terms[k]!), limit) ?? own;
}

/** Prepositions of where ("in Novi Sad", "at Gdansk"). */
const LOCATIVE_WORD = /^(?:in|at|near|outside|inside)$/;

/** Words that open a time set between a subject and its verb: "on Wednesday", "last week". */
const TIME_OPENER = /^(?:on|in|at|last|this|next|earlier|later)$/;

/**
 * Past a time between the subject and its verb ("A federal jury on Wednesday acquitted", "The group last week agreed"):
 * the index of the word before it when that is a noun, else `i`.
 */
function overTime(text: string, terms: readonly Term[], i: number, limit: number): number {
  let d = i;
  while (d >= 0 && terms[d]!.start >= limit && terms[d]!.tags.has('Date')) d--;
  if (d === i || d < 1 || !TIME_OPENER.test(terms[d]!.lower)) return i;
  const head = terms[d - 1]!;
  // ("The new rules, announced by the ministry on Friday, will raise": a time set off by commas ends a phrase of its own.)
  const bare = /^\s+$/.test(text.slice(head.end, terms[d]!.start)) && /^\s+$/.test(text.slice(terms[i]!.end, terms[i + 1]?.start ?? terms[i]!.end + 1));
  return bare && head.start >= limit && head.tags.has('Noun') && !head.tags.has('Date') ? d - 1 : i;
}

/** A personal pronoun, a subject of its own. */
const PERSONAL = /^(?:it|he|she|they|we|i|you)$/i;

/** The noun phrase right before a verb (see `subjectPhrase`), with no regard for a relative clause before it. */
function nearestSubject(text: string, terms: readonly Term[], trigger: Trigger, limit: number): Span | null {
  let i = terms.findIndex((t) => t.start >= trigger.span.start) - 1;
  if (i < -1) i = terms.length - 1;
  while (i >= 0 && terms[i]!.start >= limit && betweenSubjectAndVerb(terms[i]!)) i--;
  i = overTime(text, terms, i, limit);
  const run: Term[] = [];
  const nounsBack = () => {
    // "Nestle shares fell": a plural the tagger read as a present verb right before the past verb is the subject's head.
    if (i > 0 && terms[i]!.start >= limit && subjectHeadMisread(terms, i)) {
      run.unshift({ ...terms[i--]!, tags: new Set([...terms[i + 1]!.tags, 'Noun']) });
      // ("told reporters that wages were rising": the clause's "that" opens the subject.)
      if (terms[i]!.lower === 'that') return;
    }
    for (; i >= 0 && terms[i]!.start >= limit && inNounPhrase(terms[i]!); i--) {
      if (run.length > 0 && (!adjacent(text, terms[i]!, run[0]!) || (opensNounPhrase(run[0]!) && !EVERY.test(terms[i]!.lower)))) break;
      run.unshift(terms[i]!);
    }
  };
  // "the earthquakes that struck": the subject of a relative clause's verb is the noun phrase right before its pronoun, without the phrase it sits in.
  if (i > 0 && terms[i]!.start >= limit && subjectRelativeVerb(text, terms, i) >= 0) {
    i--;
    nounsBack();
    // "the hotel in Antalya that collapsed": a "that" clause tells which thing, and a name is already one; the name in a
    // phrase of where is the setting of the noun before it, which is the antecedent.
    const where = terms[i];
    if (run.length > 0 && run.every((t) => t.tags.has('ProperNoun')) && where && where.start >= limit && LOCATIVE_WORD.test(where.lower) && /^that$/.test(terms[i + run.length + 1]?.lower ?? '')) {
      run.length = 0;
      i--;
      nounsBack();
    }
    return phrase(text, run);
  }
  i = overDescribingPhrase(text, terms, i, limit);
  nounsBack();
  // "Paris, Berlin and Rome said", "Ford and GM agreed": names joined by "and", "or" and commas are one subject.
  const name = (t: Term) => t.tags.has('ProperNoun') && !t.tags.has('Pronoun');
  for (let joined = false; run.length > 0 && i > 0 && terms[i]!.start >= limit && name(run[0]!); ) {
    const join = terms[i]!;
    const coordinator = (join.lower === 'and' || join.lower === 'or') && adjacent(text, join, run[0]!);
    const comma = joined && name(join) && /^\s*,\s*$/.test(text.slice(join.end, run[0]!.start));
    if (coordinator && name(terms[i - 1]!) && adjacent(text, terms[i - 1]!, join)) {
      run.unshift(join);
      i--;
      joined = true;
    } else if (!comma) break;
    const before = run.length;
    const at = i;
    run.unshift(terms[i]!);
    i--;
    nounsBack();
    if (run.length === before) break;
    // "Speaking in Geneva, Lavrov and Blinken said", "In Paris, Macron and Scholz signed": a name that ends an introductory phrase (one that opens with a preposition or a verb) is no part of the list ("Officials in Paris, Berlin and Rome said" is).
    const governor = i >= 0 ? terms[i] : undefined;
    const opener = terms.find((t) => t.start >= limit);
    const governs = (t: Term | undefined) => t !== undefined && (t.tags.has('Preposition') || t.tags.has('Verb'));
    if (comma && governor && governor.start >= limit && governs(governor) && governs(opener) && adjacent(text, governor, run[0]!)) {
      run.splice(0, run.length - before);
      i = at;
      break;
    }
  }
  // "The miners' union and the government reached": a noun phrase joined by "and" or "or" is part of the subject when it opens the clause (or follows a comma or a clause word); "cut jobs and the union called" joins no object.
  const coordinator = terms[i];
  if (run.length > 0 && coordinator && i > 0 && coordinator.start >= limit && /^(?:and|or)$/.test(coordinator.lower) && adjacent(text, coordinator, run[0]!)) {
    const [before, at] = [run.length, i];
    run.unshift(coordinator);
    i--;
    nounsBack();
    const conjunct = run.slice(0, run.length - before - 1);
    const previous = i >= 0 ? terms[i] : undefined;
    // ("Thousands of students and farmers marched": after "of" the joined phrases are the members of the noun before it, which goes on below.)
    const opens = !previous || previous.start < limit || /[,;:"\u201c\u201d(]/.test(text.slice(previous.end, conjunct[0]?.start ?? previous.end)) || CLAUSE_WORD.test(previous.lower) || previous.lower === 'of';
    // ("The company cut jobs and the union called", "Shares rose 3% and the index gained": a past verb read as a noun inside the run ends the subject.)
    const misread = (t: Term, k: number) => misreadPastTense(t, conjunct.slice(Math.max(0, k - 2), k), conjunct[k + 1]) !== null;
    const verbInside = conjunct.some((t, k) => k > 0 && k < conjunct.length - 1 && ((!t.tags.has('Plural') && wordClasses().verb(t.lower) !== undefined && pastLikeBare(t.lower)) || misread(t, k)));
    if (!conjunct.some(isHead) || !opens || verbInside) {
      run.splice(0, run.length - before);
      i = at;
    }
  }
  // "Sales of automobiles in the United States fell": a phrase after a preposition belongs to the noun before it, which is the subject.
  while (run.length > 0 && i > 0 && terms[i]!.start >= limit && SUBJECT_PREPOSITION.test(terms[i]!.lower) && adjacent(text, terms[i]!, run[0]!) && adjacent(text, terms[i - 1]!, terms[i]!) && (inNounPhrase(terms[i - 1]!) || gerundHead(terms, i - 1, limit))) {
    run.unshift(terms[i]!);
    i--;
    // (The gerund is the subject's head: a noun as a subject, a verb to the tagger.)
    if (!inNounPhrase(terms[i]!)) {
      run.unshift({ ...terms[i]!, tags: new Set([...terms[i]!.tags, 'Noun']) });
      i--;
    }
    nounsBack();
  }
  // "The first quake, of magnitude 7.8, hit": a phrase set off by commas that opens with a preposition describes the subject before it.
  const opener = terms[i];
  const last = run[run.length - 1];
  if (last && opener && i > 0 && opener.start >= limit && opener.tags.has('Preposition') && /^\s*,\s*$/.test(text.slice(terms[i - 1]!.end, opener.start)) && /^\s*,/.test(text.slice(last.end, trigger.span.start)))
    return nearestSubject(text, terms, triggerAt(trigger, opener), limit);
  // "Economists polled by Reuters expect": a name in a participle's "by" phrase is that participle's doer; the subject is the noun the participle describes.
  const by = terms[i];
  const participle = terms[i - 1];
  if (run.length > 0 && by?.lower === 'by' && participle && i > 1 && participle.start >= limit && adjacent(text, by, run[0]!) && adjacent(text, participle, by) && participle.tags.has('Verb') && (participle.tags.has('PastTense') || participle.tags.has('Participle')) && !participle.tags.has('Auxiliary') && isHead(terms[i - 2]!) && adjacent(text, terms[i - 2]!, participle)) {
    run.length = 0;
    i -= 2;
    nounsBack();
  }
  // "said that sales dropped": after a verb, "that" opens the clause and is no determiner of its subject.
  if (run.length > 1 && run[0]!.lower === 'that' && i >= 0 && terms[i]!.tags.has('Verb')) run.shift();
  return phrase(text, run);
}

/** Who does what an infinitive says, and whether that is its own subject rather than its clause's (see `infinitiveSubject`). */
export interface InfinitiveSubject {
  span: Span;
  /** The words right before "to" name it ("allowed the banks to", "for Cisco to", "was chosen to"), so no other subject of the clause does it. */
  own: boolean;
}

/**
 * Who does what an infinitive says: the object of a verb that takes "somebody to INFINITIVE"
 * (WordNet's frame 24: "allowed the banks to raise") or of "for" ("the reason for Cisco to
 * file"), or the subject of a passive right before "to" ("the bank was chosen to manage"); else
 * the subject of the verb it follows, over its object ("the airline plans to buy", "the firm
 * bought shares to lift its price": a purpose is its subject's). A gerund right after a verb is
 * that verb's subject's doing too ("the dealers stopped selling", "Ford began building").
 * Null when none is found.
 */
export function complementSubject(text: string, terms: readonly Term[], trigger: Trigger, limit: number): InfinitiveSubject | null {
  const i = terms.findIndex((t) => t.start === trigger.span.start);
  // "is expected to be completed", "is scheduled to be closed": a passive infinitive's "be" stands for it after "to".
  const be = terms[i - 1];
  if (trigger.verb && be?.lower === 'be' && terms[i - 2]?.lower === 'to' && adjacent(text, be, terms[i]!)) return complementSubject(text, terms, triggerAt(trigger, be), limit);
  const to = terms[i - 1];
  if (trigger.verb && to && to.start >= limit && terms[i]?.tags.has('Gerund') && isGoverningVerb(to) && adjacent(text, to, terms[i]!)) return verbSubject(text, terms, trigger, to, limit, false);
  if (!trigger.verb || !to || to.lower !== 'to' || to.start < limit || !adjacent(text, to, terms[i]!)) return null;
  const run: Term[] = [];
  let j = i - 2;
  for (; j >= 0 && terms[j]!.start >= limit && inNounPhrase(terms[j]!); j--) {
    if (!adjacent(text, terms[j]!, run[0] ?? to)) break;
    run.unshift(terms[j]!);
  }
  const before = terms[j];
  if (!before || before.start < limit || !adjacent(text, before, run[0] ?? to)) return purposeSubject(text, terms, trigger, j, limit);
  const verb = isGoverningVerb(before);
  const object = phrase(text, run);
  // "for Cisco to file", "for the bank to raise", "for them to": a party; "jailed for conspiracy to commit rebellion": a bare common noun is what the infinitive is of, no one who does it.
  const party = run.some((t) => t.tags.has('ProperNoun') || t.tags.has('Pronoun') || t.tags.has('Determiner') || t.tags.has('Possessive'));
  if (object && ((before.lower === 'for' && party) || (verb && wordClasses().takesObjectAndInfinitive(lemmaOf(before))))) return { span: object, own: true };
  // "was chosen to manage", "is expected to rise": the subject of the passive.
  return verb ? verbSubject(text, terms, trigger, before, limit, run.length === 0 && before.tags.has('Passive')) : purposeSubject(text, terms, trigger, j, limit);
}

/**
 * "He will meet Trump in Washington next week to discuss tariffs": an infinitive of purpose after
 * the verb's object, place and date is done by that verb's subject (its own: the names between are
 * no subject of it). Not after a verb whose object does the infinitive ("asked the minister in
 * Paris to resign"), nor past a comma or a clause word.
 */
function purposeSubject(text: string, terms: readonly Term[], trigger: Trigger, j: number, limit: number): InfinitiveSubject | null {
  for (let k = j; k >= 0 && terms[k]!.start >= limit; k--) {
    const t = terms[k]!;
    // ("beat Alcaraz 4-6, 6-4, 6-4 on Sunday to win": a comma between two figures lists them, no clause break.)
    const list = t.tags.has('Value') && terms[k + 1]!.tags.has('Value');
    if ((/[,;:"\u201c\u201d]/.test(text.slice(t.end, terms[k + 1]!.start)) && !list) || /^(?:that|who|which|and|or|but)$/.test(t.lower)) return null;
    // ("Sinner beat Alcaraz": a verb the tagger read as a noun between its subject and object governs too.)
    if (!isGoverningVerb(t) && verbAfterSubject(text, terms, k, limit) === null) continue;
    if (wordClasses().takesObjectAndInfinitive(lemmaOf(t))) return null;
    return verbSubject(text, terms, trigger, t, limit, true);
  }
  return null;
}

/** A verb that a complement may follow: no auxiliary or copula ("is selling" is one verb). */
const isGoverningVerb = (t: Term): boolean => t.tags.has('Verb') && !t.tags.has('Copula') && !t.tags.has('Auxiliary');

/** The subject of the verb a complement follows: itself a complement's ("plans to try to buy"), or the phrase before it. */
function verbSubject(text: string, terms: readonly Term[], trigger: Trigger, verb: Term, limit: number, own: boolean): InfinitiveSubject | null {
  const governing = triggerAt(trigger, verb);
  const subject = complementSubject(text, terms, governing, limit)?.span ?? subjectPhrase(text, terms, governing, limit);
  return subject ? { span: subject, own } : null;
}

/** Words that join two predicates of one subject: "closed the plant and cut 500 jobs". */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'nor', 'yet']);

/** A verb that heads a predicate of its own: not an auxiliary or a modal ("was" of "was arrested" is none; "was" of "was innocent" is). */
const predicateVerb = (t: Term): boolean => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Modal');

/**
 * The verb of the predicate before the one a verb at `i` opens after "and", "but" or "or", only
 * auxiliaries, modals and adverbs between ("lost money and will cut", "was arrested and
 * charged"), from `limit` on; with `afterComma`, also after a comma that joins predicates in a
 * list ("closed two sites, cut 500 jobs and raised prices"). `ownAuxiliary` when such a word
 * stands between the joint and the verb ("and will cut"). Null when the verb opens no such predicate.
 */
export function verbBeforeCoordinator(text: string, terms: readonly Term[], i: number, limit: number, afterComma = false): { verb: Term; ownAuxiliary: boolean } | null {
  let j = i - 1;
  while (j >= 0 && terms[j]!.start >= limit && betweenSubjectAndVerb(terms[j]!) && !COORDINATORS.has(terms[j]!.lower)) j--;
  if (j < 1 || terms[j]!.start < limit) return null;
  const word = COORDINATORS.has(terms[j]!.lower);
  if (!word && !(afterComma && /^\s*,\s*$/.test(text.slice(terms[j]!.end, terms[j + 1]!.start)))) return null;
  const ownAuxiliary = terms.slice(j + 1, i).some((t) => t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula'));
  let k = word ? j - 1 : j;
  while (k >= 0 && terms[k]!.start >= limit && !predicateVerb(terms[k]!)) k--;
  if (k < 0 || terms[k]!.start < limit) return null;
  // With no auxiliary of its own, a second predicate repeats the first one's form ("closed ... and laid off"); "used for the design and manufacture of" joins two nouns.
  // After a comma, only such a repeated form makes a list ("The deal, approved by the board, covers" has its subject before the comma).
  return (ownAuxiliary && word) || sameForm(terms[k]!, terms[i]!) ? { verb: terms[k]!, ownAuxiliary } : null;
}

/**
 * The subject a verb shares with the predicate before it when "and", "but" or "or" opens its own
 * ("Smith said he was innocent and will appear in court": "he"; "The firm lost money and will
 * cut jobs": "The firm"): that verb's subject, itself shared along a list ("closed two sites, cut
 * jobs and raised prices"), or its complement's ("plans to close the plant and cut jobs").
 */
export function sharedSubject(text: string, terms: readonly Term[], trigger: Trigger, limit: number, afterComma = false): Span | null {
  const i = terms.findIndex((t) => t.start === trigger.span.start);
  const before = i > 0 ? verbBeforeCoordinator(text, terms, i, limit, afterComma) : null;
  if (!before) return null;
  const earlier = triggerAt(trigger, before.verb);
  // A verb that follows a comma in a list has the list's subject, not the object before the comma ("two sites, cut").
  return sharedSubject(text, terms, earlier, limit, true) ?? complementSubject(text, terms, earlier, limit)?.span ?? subjectPhrase(text, terms, earlier, limit);
}

/** Whether two verbs have one form: both past, both present or bare, or one a bare form that is its own past ("cut", "hit"). */
const sameForm = (a: Term, b: Term): boolean => {
  const past = (t: Term) => t.tags.has('PastTense') || t.tags.has('Participle');
  const bare = (t: Term) => !past(t) && (t.tags.has('PresentTense') || t.tags.has('Infinitive'));
  return (past(a) && past(b)) || (bare(a) && bare(b)) || [a, b].some((t) => bare(t) && pastLikeBare(t.lower));
};

/** Possessive pronouns: "their January sales", "its court case". */
const POSSESSIVE_PRONOUN = /^(?:its|their|his|her|our|my|your)$/i;

/**
 * Who an event noun is of: the possessor before it, over up to three modifiers ("their January
 * sales", "its court case", "the carmaker's manufacturing operations" → "the carmaker"), the agent of the noun
 * (NomBank's Arg0); null when none stands there.
 */
export function possessorOf(text: string, terms: readonly Term[], trigger: Trigger, limit: number): Span | null {
  let i = terms.findIndex((t) => t.start === trigger.span.start) - 1;
  for (let k = 0; k < 3 && i >= 0 && terms[i]!.start >= limit && terms[i]!.text !== '' && !/['’]s$/.test(terms[i]!.text) && (terms[i]!.tags.has('Adjective') || terms[i]!.tags.has('Noun') || terms[i]!.tags.has('Verb')) && !terms[i]!.tags.has('Possessive'); k++) i--;
  // compromise reads "Ford's" as "Ford's" plus an empty "is".
  while (i >= 0 && terms[i]!.text === '') i--;
  const word = terms[i];
  if (!word || word.start < limit || !/^[\s-]+$/.test(text.slice(word.end, terms[i + 1]?.start ?? trigger.span.start) || ' ')) return null;
  if (POSSESSIVE_PRONOUN.test(word.text)) return { text: word.text, start: word.start, end: word.end };
  const own = /^(.+?)['’]s$/.exec(word.text);
  if (!own) return null;
  // "the carmaker's": the possessor is the whole phrase that ends in "'s".
  let first = i;
  while (first > 0 && terms[first - 1]!.start >= limit && inNounPhrase(terms[first - 1]!) && !terms[first - 1]!.tags.has('Possessive') && adjacent(text, terms[first - 1]!, terms[first]!)) first--;
  const start = terms[first]!.start;
  const end = word.start + own[1]!.length;
  return { text: text.slice(start, end), start, end };
}

/** What an event noun is of: the noun phrase after "of" right after it ("sales of automobiles", "the use of the Apple logo"), the patient of the noun (NomBank's Arg1). */
export function ofPhrase(text: string, terms: readonly Term[], trigger: Trigger, limit: number): Span | null {
  const of = terms.find((t) => t.start >= trigger.span.end);
  if (!of || of.lower !== 'of' || !/^\s+$/.test(text.slice(trigger.span.end, of.start))) return null;
  return objectPhrase(text, terms, triggerAt(trigger, of), limit);
}
