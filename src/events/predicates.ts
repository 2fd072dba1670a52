import type { EventType } from '../types.js';
import type { Term } from './model.js';
import { gerundLemma, isComparative, isParticipleOf, lemmaOf, misreadPastTense, participleLemma, pastLikeBare, presentLemma, singularOf } from './lemma.js';
import { wordClasses } from './wordnet.js';

/** Verbs that carry no event of their own: light verbs, copulas and the like ("had", "made", "became"). */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['be', 'have', 'do', 'make', 'take', 'give', 'get', 'become', 'seem', 'let', 'keep', 'go', 'come']);
/** States, though WordNet's first sense of each is not verb.stative: "remain", "stand", "based in", "owns", "employs". */
const STATES: ReadonlySet<string> = new Set(['remain', 'stay', 'stand', 'lie', 'sit', 'base', 'belong', 'own', 'possess', 'contain', 'include', 'consist', 'exist', 'depend', 'know', 'believe', 'think', 'need', 'like', 'love', 'hate', 'resemble', 'cost', 'weigh', 'mean', 'deserve', 'matter', 'employ', 'live', 'hold', 'face', 'feature', 'involve', 'concern', 'represent', 'compare', 'account', 'total']);
/** Verbs that only say how another event stands when a to-infinitive follows ("plans to buy", "expected to rise"): its modality, not an event. */
export const CONTROL_VERBS: ReadonlySet<string> = new Set(['plan', 'expect', 'hope', 'want', 'intend', 'aim', 'try', 'seek', 'need', 'appear', 'tend', 'wish', 'like', 'continue', 'begin', 'start', 'fail', 'manage', 'refuse', 'prepare', 'threaten', 'promise', 'agree', 'decide', 'use', 'help', 'allow', 'set', 'poise']);
/** An event noun that "pay" is only the light verb of: "paid a visit", "paid a courtesy call". */
const PAID_EVENT = /^\s+(?:(?:a|an|the|his|her|their|its|our|my)\s+)?(?:[\p{L}-]+\s+)?(?:visits?|calls?)\b/iu;
/** What "pay" gives that is no money: "pay tribute", "paid homage", "pays his respects", "paid attention". */
const PAID_HONOUR = /^\s+(?:(?:his|her|their|its|our|my|last|close|special)\s+)?(tribute|homage|respects|attention|heed|compliments?)\b/iu;
/** Reporting verbs: their events are statements, whose content is another event ("said", "told", "reported"). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(['say', 'tell', 'state', 'report', 'claim', 'confirm', 'deny', 'explain', 'comment', 'insist', 'warn', 'predict', 'reveal', 'disclose', 'declare', 'argue', 'assert', 'acknowledge', 'admit', 'add', 'note', 'write', 'suggest', 'estimate', 'forecast']);
/** Reporting verbs that are also ordinary verbs of doing ("added 180 jobs", "wrote a program"): statements only before a clause or a quote, or after one. */
const REPORTING_ONLY_BEFORE_CLAUSE: ReadonlySet<string> = new Set(['add', 'note', 'write', 'state', 'report', 'estimate', 'forecast']);
/**
 * Whether a verb names a state: its two most frequent WordNet senses are both verb.stative ("cost",
 * "exist", "consist"; one sense only: that one). WordNet files many verbs of doing under a first
 * stative sense ("violate", "serve", "end", "surpass", "lay off"), which the second sense shows.
 */
const stativeVerb = (classes: readonly string[]): boolean => classes[0] === 'stative' && (classes[1] ?? 'stative') === 'stative';
/** Articles and determiners of a count, after which a word is a noun: "a", "the", "each share". */
const ARTICLE = /^(?:a|an|the|each|every|another)$/;
/** Participles that work as prepositions, which the tagger may read as verbs: "according to analysts", "owing to the strike", "including Ford". */
const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['according', 'owing', 'including', 'excluding', 'regarding']);
/** WordNet classes of nouns that name happenings. */
const EVENTIVE_NOUN: ReadonlySet<string> = new Set(['act', 'event', 'process', 'phenomenon']);

/**
 * Whether a noun's senses name a happening: its most frequent sense is an act, event, process or
 * phenomenon, or its second is one made from a verb and its first is nothing concrete ("funding":
 * first a possession, then the act of funding; not "launch", first a boat). A first sense that is
 * the time a happening takes, made from its verb ("delay", "birth", "postponement"), or the
 * amount a change adds ("increase", made from a verb of change) is that happening's, no thing; a
 * time or an amount of its own is one ("the fall": a season; "count": a total). Nor is a group
 * made from no verb ("flight": a formation of aircraft; "rally"), where a group made from a verb
 * is the people who do it ("government", "delegation"). Chosen on MEANTIME's tune part over the
 * first sense alone and over senses made from verbs only.
 */
function eventiveNoun(classes: readonly string[]): boolean {
  const base = classes.map(baseClass);
  if (EVENTIVE_NOUN.has(base[0]!) || (EVENTIVE_NOUN.has(base[1] ?? '') && classes[1]!.includes('+') && (!CONCRETE.has(base[0]!) || MADE_BY_HAPPENING.has(classes[0]!)))) return true;
  // "on worries that", "investor confidence", "hopes of a recovery": a feeling in the first two senses is a state of mind, which TimeML marks as an event (I_STATE).
  if (base.slice(0, 2).includes('feeling')) return true;
  // A state that also names a happening is a condition that comes and goes ("the crisis", "bankruptcy", "turmoil"), as TimeML's states are events: a happening
  // among its first three senses, or a later one of a noun made from a verb ("a recession", "tension"); a state with a far sense of another word is none ("situation", "safety").
  if (base[0] !== 'state') return false;
  return base.slice(1, 3).some((b) => EVENTIVE_NOUN.has(b)) || (base.includes('happening') && classes.some((c) => c.endsWith('+') || c.includes('+change')));
}
/** Whether a common noun's WordNet senses name a happening ("bankruptcy", "talks"), wherever it stands. */
export const namesHappening = (lemma: string): boolean => {
  const classes = wordClasses().noun(lemma);
  return classes !== undefined && eventiveNoun(classes);
};
/**
 * Whether a noun names an act of saying: its first sense is a message made from a verb by a suffix
 * ("statement", "announcement", "criticism", "performance"), as TimeML marks reporting nouns. A
 * noun that is the verb's own form names the thing said instead ("a term", "the label", "credit").
 */
const speechAct = (lemma: string, classes: readonly string[]): boolean => classes[0] === 'communication+' && wordClasses().verb(lemma) === undefined;
/** A sense's WordNet class without what the table adds: "+" for a sense made from a verb, "+change" from a verb of change ("event+change" → "event"). */
const baseClass = (c: string): string => c.split('+')[0]!;
/** Common nouns whose first WordNet sense is an act or event but which in news name a field or a span, not a happening: "the market", "at the time". */
const NOT_HAPPENINGS: ReadonlySet<string> = new Set(['time', 'market', 'service', 'technology', 'business', 'job', 'work', 'industry', 'policy', 'program', 'programme', 'practice', 'system', 'retail', 'defence', 'defense', 'application']);
/** WordNet classes of things, places, people and groups: a noun whose first sense is one of them names no happening. */
const CONCRETE: ReadonlySet<string> = new Set(['person', 'artifact', 'location', 'body', 'animal', 'plant', 'food', 'substance', 'object', 'group', 'time', 'quantity']);
/** First senses that do not make a noun a thing: a time or an amount a happening makes, made from its verb ("delay") or from a verb of change ("increase"); a group made from no verb ("flight"). */
const MADE_BY_HAPPENING: ReadonlySet<string> = new Set(['time+', 'time+change', 'quantity+change', 'group']);

/** A figure or how fast it came right before a noun: "a 3% fall", "a $2 billion loss", "a 250-point drop", "a sharp increase". */
const CHANGE_BEFORE = /(?:\d\s*%|\d\s*(?:percent|per\s+cent|points?|million|billion|trillion|bn)|\b(?:sharp|sharper|steep|steeper|slight|dramatic|sudden))[\s-]+$/i;
/** A size right before a noun: "a large loss", "record gains"; it measures a change only of a noun that can name a happening ("a large number" is none). */
const SIZE_BEFORE = /\b(?:large|larger|largest|big|bigger|biggest|huge|massive|small|modest|record|heavy|further|net)[\s-]+$/i;
/** A figure or what changed right after a noun: "a loss of $2 billion", "a drop of 3%", "a fall in retail sales". */
const FIGURE_AFTER = /^\s+of\s+(?:about\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?(?:US)?[$€£¥]?\d(?!\d{3}\b)/i;
/** What changed, after a noun of a process or an event: "a fall in retail sales", "an increase in its sales" (not "offices in Paris"). */
const CHANGED_AFTER = /^\s+in\s+(?:the\s+|its\s+|their\s+)?\p{Ll}/u;
const CHANGE_SENSE = /^(?:event|process)(?:\+|$)/;

/**
 * Whether a noun with an eventive sense that is not its first ("loss" is first a possession,
 * "fall" a season, "increase" a quantity), or with a sense that measures a change ("drop": "a
 * sudden sharp decrease", "gain"), is used as the change it names: measured by a figure or by how
 * fast it came ("a loss of $2 billion", "a 3% drop", "a sharp drop"); a noun that can name a
 * happening also by how large it was or by what changed ("a large loss", "a fall in retail
 * sales"), which a mere size does not take ("a large number", "a balance in cash", "a lot in common").
 */
function measuredChange(text: string, term: Term, sentenceStart: number, classes: readonly string[]): boolean {
  const after = text.slice(term.end, term.end + 24);
  const before = text.slice(Math.max(sentenceStart, term.start - 24), term.start);
  return (
    CHANGE_BEFORE.test(before) ||
    (SIZE_BEFORE.test(before) && classes.some((c) => EVENTIVE_NOUN.has(baseClass(c)))) ||
    FIGURE_AFTER.test(after) ||
    (CHANGED_AFTER.test(after) && classes.some((c) => CHANGE_SENSE.test(c)))
  );
}

/** A bare common noun: the head a modifier before it describes ("tankers", "lines", "package"). */
const bareNoun = (t: Term | undefined): boolean =>
  t !== undefined && t.tags.has('Noun') && !t.tags.has('Verb') && !['ProperNoun', 'Pronoun', 'Value', 'Date', 'Possessive', 'Determiner'].some((tag) => t.tags.has(tag));

/**
 * Whether a verb form only describes the noun right after it, within one noun phrase: a
 * participle after a determiner, an adjective or a preposition ("with blended winglets", "an
 * upgraded camera"), a gerund or a noun made of one only after a determiner, an adjective or a
 * number ("aerial refueling tankers", "five trading days", not "after selling shares"). Any other
 * noun before another may still name a happening ("a test flight", "the assistance package").
 */
export function modifiesNext(text: string, terms: readonly Term[], i: number): boolean {
  const term = terms[i]!;
  const next = terms[i + 1];
  if (!bareNoun(next) || !/^[ \t]+$/.test(text.slice(term.end, next!.start)) || term.tags.has('ProperNoun')) return false;
  const previous = terms[i - 1];
  const after = (...tags: string[]) => previous !== undefined && /^[ \t]+$/.test(text.slice(previous.end, term.start)) && tags.some((t) => previous.tags.has(t));
  // A gerund, or a noun made of one ("refueling", "trading"), describes what follows after a determiner, an adjective or a number.
  if (term.tags.has('Gerund') || (!term.tags.has('Verb') && /ing$/i.test(term.text))) return after('Determiner', 'Adjective', 'Possessive', 'Value');
  // A plural before a noun only says what kind ("the payments company", "retail sales figures"): a singular may still name a happening ("a test flight").
  // ("Tensions rose": a past verb the tagger read as a noun is none.)
  if (term.tags.has('Plural') && !term.tags.has('Verb')) return misreadPastTense(next!, [term], terms[i + 2]) === null;
  return term.tags.has('Verb') && (term.tags.has('PastTense') || term.tags.has('Participle')) && after('Determiner', 'Adjective', 'Possessive', 'Preposition');
}

/** A word that reports an event, found from the parse and WordNet's classes rather than a list of events. */
export interface Predicate {
  /** The first word; `last` the last (a phrasal verb's particle: "laid off"). */
  first: Term;
  last: Term;
  lemma: string;
  type: EventType;
  verb: boolean;
  /** A copula with what it says of its subject ("was a success"): see `copulaAt`. */
  copula?: boolean;
  /** A copula's head: the word that names what it says ("success" of "was a success"). */
  head?: Term;
  /** A verb that is its own past tense, read as a noun between its subject and object ("The company cut its forecast"). */
  bare?: boolean;
}

/** A month's name, which the tagger may read as a name ("May"). */
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** A day's name. */
const WEEKDAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Words that may be a phrasal verb's particle though the tagger reads them as nouns or adverbs ("put forward", "set aside", "pushed back"). */
export const PARTICLE_WORD = /^(?:up|down|off|out|back|forward|away|aside|ahead|over|along|through)$/;

/** The particle of a phrasal verb right after it ("laid off", "stepped down"), when WordNet knows the pair. */
function particleOf(terms: readonly Term[], i: number, lemma: string): Term | undefined {
  const next = terms[i + 1];
  if (!next || !(next.tags.has('Particle') || PARTICLE_WORD.test(next.lower)) || next.start > terms[i]!.end + 1) return undefined;
  // "fell over 2,000 points": before a number the word is a preposition; so is "in", "on", "at", "through" before a date ("fell on Monday", "fell in May", "cuts through June"; not "called up May 17").
  const after = terms[i + 2];
  // ("moved in Sunday", "came in Tuesday night": "in" before a day's name is the particle; a day takes "on".)
  const dayAfterIn = /^(?:in|at)$/.test(next.lower) && after !== undefined && WEEKDAYS.test(after.text);
  // ("laid off 400 workers", "carried out 30 raids": "off" and "out" are never a figure's preposition.)
  if ((after?.tags.has('Value') && !/^(?:off|out)$/.test(next.lower)) || (/^(?:in|on|at|through)$/.test(next.lower) && after && !dayAfterIn && (after.tags.has('Date') || MONTHS.test(after.text)))) return undefined;
  // ("faces up to 10 years", "could cut up to 300 jobs": "up to" before a figure is its bound.)
  if (next.lower === 'up' && after?.lower === 'to' && terms[i + 3]?.tags.has('Value')) return undefined;
  return wordClasses().verb(`${lemma} ${next.lower}`) ? next : undefined;
}

/** Whether a reporting verb reports here: a clause, a quote or a colon follows, or it closes a quote ("..., he said"). */
function reportsHere(text: string, term: Term, lemma: string, sentenceStart: number): boolean {
  if (!REPORTING_ONLY_BEFORE_CLAUSE.has(lemma)) return true;
  const after = text.slice(term.end, term.end + 40);
  const before = text.slice(Math.max(sentenceStart, term.start - 40), term.start);
  return /^\s*(?:that\b|[:"“,]|$)/.test(after) || /["”,]\s*(?:\p{Lu}[\p{L}.]*\s+)*\p{L}*\s*$/u.test(before);
}

/** Forms of "be": compromise tags "is", "was", "be" as copulas, not "been" or "being". */
const BE_FORMS: ReadonlySet<string> = new Set(['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being']);
/** "to" and a word after a copula's adjective: "due to report", "likely to cut" (not "due to a strike": a determiner or possessive after "to" makes it a preposition). */
const TO_VERB = /^\s+to\s+(?!(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|some|any|no|all|each|every)\b)(\p{Ll}+)\b/u;
/**
 * Adjectives before a to-infinitive whose sense the modality rules carry to the verb ("due to
 * report": planned; "likely to cut": possible; "able to set"). Others keep the copula's record
 * with the adjective: "unable to pay", "unlikely to cut", "reluctant to", "eager to", "hard to
 * enforce", "close to a deal", "vulnerable to flooding" say what the verb alone would not.
 */
export const MODAL_ADJECTIVES: ReadonlySet<string> = new Set(['due', 'likely', 'able', 'set', 'poised']);
/** Whether a noun names an event or a change by its first WordNet sense ("drop", "delay"), not a body or a thing ("government"). */
const eventNoun = (t: Term): boolean => {
  if (!t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Pronoun')) return false;
  const first = wordClasses().noun(lemmaOf(t))?.[0];
  return first !== undefined && !/^(?:group|person|location|artifact|object)/.test(first);
};

/**
 * Whether "due" at `i` says a cause: its subject before "be" is an event or a change ("The drop in
 * profit was due to ..."), not one who acts on a schedule ("The central bank is due to lower rates").
 */
function dueToCause(terms: readonly Term[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (terms[k]!.tags.has('Adverb') || terms[k]!.tags.has('Negative'))) k--;
  if (k < 1 || !/^(?:is|are|was|were|be|been)$/.test(terms[k]!.lower)) return false;
  // The subject's words back to where it opens: nouns, adjectives, determiners and the prepositions inside it.
  for (k--; k >= 0 && !terms[k]!.tags.has('Verb') && (terms[k]!.tags.has('Noun') || terms[k]!.tags.has('Adjective') || terms[k]!.tags.has('Determiner') || terms[k]!.tags.has('Preposition') || terms[k]!.tags.has('Value')); k--) {
    if (eventNoun(terms[k]!)) return true;
  }
  return false;
}

/** Whether a to-infinitive follows: "to" and a word WordNet knows as a verb ("to report"; not "to music", "to 20 degrees"). */
const infinitiveAfter = (text: string, end: number, causeAfter = false): boolean => {
  const word = TO_VERB.exec(text.slice(end, end + 32))?.[1];
  // "The drop was due to lower demand": after "due to" that says a cause, a comparative begins a noun phrase ("is set to lower rates", "the bank is due to lower rates" stay verbs).
  return word !== undefined && wordClasses().verb(word) !== undefined && !(causeAfter && isComparative(word));
};
/** Words between a copula and its predicate that are no part of it: "is not", "was also", "is currently". */
const beforePredicate = (t: Term): boolean => t.tags.has('Adverb') || t.tags.has('Negative');
/** Words that make the head of a copula's predicate: "available", "a success", "the biggest contract", "down". */
const predicateWord = (t: Term): boolean => (t.tags.has('Adjective') || t.tags.has('Noun') || (t.tags.has('Verb') && !afterBe(t))) && !t.tags.has('Pronoun') && !t.tags.has('Date');

/**
 * A participle or gerund, which makes a "be" before it an auxiliary ("was sold", "is building"),
 * also one the tagger reads as the bare verb it looks like ("was hit", "were hurt", "was put");
 * another bare form after "be" is the tagger's misreading of an adjective ("was empty").
 */
const afterBe = (t: Term | undefined): boolean =>
  t !== undefined && !t.tags.has('Adjective') && (t.tags.has('Verb') ? t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Gerund') || bareParticiple(t) : t.tags.has('Noun') && bareParticiple(t));
/** A participle the tagger read as the bare verb or the noun it looks like ("was hit", "was cut", "was set"): a lower-case verb of WordNet's that is its own past tense. */
const bareParticiple = (t: Term): boolean =>
  /^\p{Ll}+$/u.test(t.text) && !t.tags.has('Plural') && !t.tags.has('Pronoun') && !t.tags.has('Possessive') && !t.tags.has('Value') && !t.tags.has('Date') && wordClasses().verb(t.lower) !== undefined && pastLikeBare(t.lower);

/** What opens a noun phrase that is an object: a determiner, a possessive pronoun, a number ("its forecast", "the plant", "500 jobs"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** A word inside an object's noun phrase after its opener: "its biggest rivals", "3 million families". */
const inObjectPhrase = (t: Term): boolean => (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Value') || t.tags.has('Possessive')) && !t.tags.has('Verb');

/** What may stand before a subject: the sentence's start, a comma, or a word that joins clauses. */
const BEFORE_SUBJECT: ReadonlySet<string> = new Set(['and', 'but', 'that', 'while', 'as', 'because', 'after', 'before', 'when']);

/**
 * The verb a word the tagger read as a noun is, between a subject and its object: a verb that is
 * its own past tense ("The company cut its forecast", "Ford cut 500 jobs"), or between two names
 * also a present in "-s" ("Cisco sues Apple"): a noun phrase at the head of its clause before it,
 * an object's opener after it. Not "after the rate cut two weeks ago" (a time after it), nor "the
 * job cut plan" (a noun after it). Null when it is none.
 */
export function verbAfterSubject(text: string, terms: readonly Term[], i: number, sentenceStart: number): string | null {
  const term = terms[i]!;
  const next = terms[i + 1];
  // A number counts what the verb acts on ("cut 500 jobs"), not a time ("the rate cut two weeks ago").
  const counted = next?.tags.has('Value') && !next.tags.has('Date') && !terms[i + 2]?.tags.has('Date');
  // ("Real Madrid beat Barcelona", "Arsenal beat Tottenham": a lower-case word between two names, the first perhaps only capitalised, is the verb between subject and object.)
  const previous = terms[i - 1];
  const named = next?.tags.has('ProperNoun') && /^\p{Ll}/u.test(term.text) && previous !== undefined && (previous.tags.has('ProperNoun') || (previous.tags.has('Noun') && /^\p{Lu}/u.test(previous.text)));
  const lemma = bareParticiple(term) ? term.lower : named && term.tags.has('Plural') ? presentLemma(term.lower) : null;
  if (!next || !/^\s+$/.test(text.slice(term.end, next.start)) || !(OBJECT_OPENERS.has(next.lower) || counted || named) || !lemma) return null;
  // "The tax cut 3 million families received": a verb right after the noun phrase makes it a relative clause's subject, and the word a noun ("tax cut").
  let j = i + 1;
  while (j + 1 < terms.length && /^\s+$/.test(text.slice(terms[j]!.end, terms[j + 1]!.start)) && inObjectPhrase(terms[j + 1]!)) j++;
  const after = terms[j + 1];
  if (after && /^\s+$/.test(text.slice(terms[j]!.end, after.start)) && after.tags.has('Verb') && !after.tags.has('Gerund') && !after.tags.has('Auxiliary') && !after.tags.has('Infinitive')) return null;
  const nounLike = (t: Term) => (t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Possessive') && !t.tags.has('Pronoun') && !t.tags.has('Date') && !t.tags.has('Value');
  let k = i - 1;
  if (k < 0 || !terms[k]!.tags.has('Noun') || !nounLike(terms[k]!) || terms[k]!.start < sentenceStart) return null;
  while (k > 0 && terms[k - 1]!.start >= sentenceStart && nounLike(terms[k - 1]!)) k--;
  if (k > 0 && terms[k - 1]!.start >= sentenceStart && terms[k - 1]!.tags.has('Determiner')) k--;
  const before = terms[k - 1];
  return !before || before.start < sentenceStart || /,\s*$/.test(text.slice(before.end, terms[k]!.start)) || BEFORE_SUBJECT.has(before.lower) ? lemma : null;
}

/** WordNet verb classes of things done to something, whose participle after "be" reports the doing ("was closed", "were sold"), not a feeling or a thought ("was pleased", "was interested"). */
const DONE_TO: ReadonlySet<string> = new Set(['change', 'contact', 'motion', 'creation', 'possession', 'competition', 'consumption']);

/**
 * The verb of a participle the tagger read as an adjective, when it is one of things done to
 * something ("closed" → "close"), or one WordNet knows as no adjective, only as the verb's form
 * ("invited" → "invite", "consulted"); null for "pleased", "interested", a state.
 */
function doneToParticiple(t: Term): string | null {
  if (!t.tags.has('Adjective') || t.tags.has('Noun') || !/^\p{Ll}+$/u.test(t.text)) return null;
  const lemma = participleLemma(t.lower);
  const first = lemma ? wordClasses().verb(lemma)?.[0] : undefined;
  const done = first !== undefined && (DONE_TO.has(first) || (first !== 'stative' && !wordClasses().adjective(t.lower)));
  return lemma && done && !STATES.has(lemma) ? lemma : null;
}

/** Whether the "be" before a word (adverbs between) is a present one: "is equipped", "are furnished" say how a thing stands. */
function afterPresentBe(terms: readonly Term[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && beforePredicate(terms[k]!)) k--;
  return k >= 0 && /^(?:is|are|am|'s|'re)$/.test(terms[k]!.lower);
}

/** "The road was closed": a participle read as an adjective right after a past "be" (adverbs between) is a passive of what was done; "The car is equipped with" is a state. */
export const adjectivalPassive = (terms: readonly Term[], i: number): boolean => afterBeForm(terms, i) && !afterPresentBe(terms, i) && doneToParticiple(terms[i]!) !== null;

/** A passive the tagger does not mark, its participle read as the bare verb or a noun it looks like: "was hit", "were hurt", "was set". */
export const bareParticipleAfterBe = (terms: readonly Term[], i: number): boolean => !terms[i]!.tags.has('Gerund') && bareParticiple(terms[i]!) && afterBeForm(terms, i);

/** A passive the tagger reads as a past tense, adverbs between it and "be": "will also be provided", "has since been sold". */
export const pastParticipleAfterBe = (terms: readonly Term[], i: number, lemma: string): boolean =>
  terms[i]!.tags.has('PastTense') && isParticipleOf(lemma, terms[i]!.lower) && afterBeForm(terms, i);

/** Whether a form of "be" stands right before the word, or before adverbs before it ("was hit", "was also cut"). */
function afterBeForm(terms: readonly Term[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && beforePredicate(terms[k]!)) k--;
  return k >= 0 && BE_FORMS.has(terms[k]!.lower);
}

/** Whether "there" is one of the `reach` words right before the word ("there is", "there have been", "there will be"): a direct look-back, no copy. */
function thereWithin(terms: readonly Term[], i: number, reach: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - reach; k--) if (terms[k]!.lower === 'there') return true;
  return false;
}

/**
 * A copula that states how its subject stands ("will be available", "was a success", "is
 * down"), as TimeML marks it: an event of the verb "be" (PropBank's be.01: the subject is its
 * Arg1, what is said of it Arg2), named by the head of what it says ("be available", "be
 * success"). Not "be" as an auxiliary ("was bought", "is building", "has been sold"), nor "there
 * is", which only says that the noun after it exists.
 */
function copulaAt(text: string, terms: readonly Term[], i: number): Predicate | null {
  const term = terms[i]!;
  // "there is", "there have been", "there will be": only that what follows exists.
  if (!BE_FORMS.has(term.lower) || term.tags.has('Auxiliary') || thereWithin(terms, i, 3)) return null;
  let k = i + 1;
  while (k < terms.length && beforePredicate(terms[k]!)) k++;
  // "has been sold", "is being built": a participle or gerund after it makes "be" its auxiliary, whatever the tagger says of "been".
  if (afterBe(terms[k])) return null;
  // The head: the last word of the run of adjectives and nouns after it ("the biggest contract" → "contract"), or a particle ("down"); the run ends at a comma or a quote ('"The deal is done," Smith said').
  const opener = k;
  while (k < terms.length && (terms[k]!.tags.has('Determiner') || terms[k]!.tags.has('Possessive') || terms[k]!.tags.has('Value'))) k++;
  // "was 15% contained", "is 90% built": a measure of how far it is done, then the participle; "be" is the passive's auxiliary.
  if (k > opener && terms.slice(opener, k).every((t) => t.tags.has('Value')) && afterBe(terms[k])) return null;
  let head: Term | undefined;
  for (; k < terms.length && predicateWord(terms[k]!); k++) {
    // "will be available next week": a date after the head is none of it.
    if (head && terms[k + 1]?.tags.has('Date') && !terms[k]!.tags.has('Noun')) break;
    head = terms[k];
    if (/[,;:"\u201c\u201d]/.test(text.slice(terms[k]!.end, terms[k + 1]?.start ?? terms[k]!.end))) break;
  }
  head ??= terms[k]?.tags.has('Preposition') && /^(?:up|down|off|out|over)$/.test(terms[k]!.lower) ? terms[k] : undefined;
  // "The thing is, nobody knows": what stands past a comma or quote is not said of the subject.
  if (head && /[,;:"\u201c\u201d]/.test(text.slice(term.end, head.start))) return null;
  // "The deal is worth $5 billion": a value of its subject, whose amount it is, no state of it.
  if (head?.lower === 'worth') return null;
  // "The road was closed": a participle of a thing done, read as an adjective, makes "be" a passive's auxiliary.
  if (head && head === terms[k - 1] && doneToParticiple(head) && adjectivalPassive(terms, terms.indexOf(head)) && !terms[k]?.tags.has('Noun')) return null;
  // "is due to report", "is likely to cut", "is able to pay": an adjective before a to-infinitive only says how the verb after it stands (its modality); that verb is the event.
  if (head && head.tags.has('Adjective') && !head.tags.has('Noun') && head === terms[k - 1] && MODAL_ADJECTIVES.has(head.lower) && infinitiveAfter(text, head.end, head.lower === 'due' && dueToCause(terms, k - 1))) return null;
  return { first: term, last: term, lemma: head ? `be ${lemmaOf(head)}` : 'be', type: 'other', verb: true, copula: true, ...(head ? { head } : {}) };
}

/**
 * A verb of state used as a decision on a level or a weighing of one thing against another: "held
 * interest rates at 4.25%", "held its key rate steady", "weighed a slowing jobs market against
 * inflation" (not "holds a stake", "weighs 40 tonnes").
 */
const LEVEL_KEPT = /^\s+(?:[^\s,;.]+\s+){1,5}?(?:at\s+(?:[$€£¥]|\d)|steady\b|unchanged\b)/iu;
const WEIGHED_AGAINST = /^\s+(?:[^\s,;.]+\s+){1,6}?against\s/iu;
function stateActedOn(text: string, term: Term, lemma: string): boolean {
  const after = text.slice(term.end, term.end + 60);
  return (lemma === 'hold' && LEVEL_KEPT.test(after)) || (lemma === 'weigh' && WEIGHED_AGAINST.test(after));
}

/**
 * A present form the tagger read as a verb where it is the head of the object of the verb before it:
 * only determiners, adjectives, numbers and nouns between the two, no comma ("held interest rates",
 * "weighed a slowing jobs market"). Not after a verb that takes a clause ("said prices rise").
 */
function objectHeadMisread(terms: readonly Term[], i: number): boolean {
  const term = terms[i]!;
  // ("the record set in 2015", "the proposal put forward": a participle like its bare form; ", charging them": a gerund's clause.)
  if (!term.tags.has('PresentTense') || term.tags.has('Auxiliary') || term.tags.has('Modal') || term.tags.has('Gerund') || !/^\p{Ll}/u.test(term.text) || bareParticiple(term)) return false;
  // A name counts as a modifier only right after a count ("sold 7.9 million Tesla shares").
  const modifier = (k: number) =>
    !terms[k]!.tags.has('Verb') && ['Determiner', 'Adjective', 'Noun', 'Value', 'Possessive'].some((t) => terms[k]!.tags.has(t)) && !terms[k]!.tags.has('Pronoun') && (!terms[k]!.tags.has('ProperNoun') || (k === i - 1 && terms[k - 1]?.tags.has('Value') === true));
  let k = i - 1;
  while (k >= 0 && modifier(k)) k--;
  const verb = terms[k];
  // After a verb of another tense, only a counted object ("will receive 1.025 Chevron shares"); "300 Boeing workers strike" has no verb before it.
  const counted = terms.slice(k + 1, i).some((t) => t.tags.has('Value'));
  return k < i - 1 && verb !== undefined && (verb.tags.has('PastTense') || counted) && !verb.tags.has('Auxiliary') && !verb.tags.has('Modal') && !REPORTING_VERBS.has(lemmaOf(verb));
}

/** Whether the word after a subject's noun is its finite past verb, also one the tagger read as a noun ("prices rose 3%"). */
const pastVerbAfter = (terms: readonly Term[], i: number): boolean => {
  const next = terms[i + 1];
  return next !== undefined && ((next.tags.has('Verb') && next.tags.has('PastTense') && !next.tags.has('Auxiliary')) || misreadPastTense(next, [terms[i]!], terms[i + 2]) !== null);
};
/** A word that may stand before a subject's head noun: a noun, an adjective, an owner ("Japan's core consumer prices", "Tesla shares"). */
const subjectModifier = (t: Term | undefined): boolean =>
  t !== undefined && (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Possessive')) && !t.tags.has('Pronoun') && !t.tags.has('Verb');

/** Finite auxiliaries and modals, which follow a subject: "wages were rising", "prices have risen", "costs will rise". */
const FINITE_AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)$/;

/**
 * A plural the tagger read as a present verb after a subject's modifiers or a clause's "that", its past verb or a finite
 * auxiliary right after it: "Japan's core consumer prices rose 3%", "Tesla shares fell", "told reporters that wages were
 * rising". Two finite verbs do not stand side by side: the first is the subject's head.
 */
export function subjectHeadMisread(terms: readonly Term[], i: number): boolean {
  const term = terms[i];
  if (!term || !term.tags.has('PresentTense') || !/^\p{Ll}+s$/u.test(term.text) || !(subjectModifier(terms[i - 1]) || terms[i - 1]?.lower === 'that')) return false;
  // ("that members who had overproduced would": "who" opens a relative clause on people, so the word before it is their noun.)
  return pastVerbAfter(terms, i) || FINITE_AUXILIARY.test(terms[i + 1]?.lower ?? '') || terms[i + 1]?.lower === 'who' || bareVerbAfter(terms, i) !== null;
}

/** A plural that may head a subject: a plural noun after its modifiers (a first word read as an order among them: "Oil prices"), or one the tagger read as a present verb ("Stock markets"). */
const pluralSubject = (terms: readonly Term[], k: number): boolean =>
  (terms[k]!.tags.has('Plural') && !terms[k]!.tags.has('Verb') && (subjectModifier(terms[k - 1]) || terms[k - 1]?.tags.has('Imperative') === true)) || subjectHeadMisread(terms, k);

/** What follows a verb of no object: a preposition, "to", or a figure ("fall to", "rise on", "jump 3%"). */
const afterIntransitive = (t: Term | undefined): boolean => t !== undefined && (t.tags.has('Preposition') || t.lower === 'to' || t.tags.has('Value'));

/**
 * The verb of a headline's present after a plural subject, read as a noun ("US stock markets fall
 * to lowest levels", "Stock markets worldwide rise on hopes"): a bare form, an adverb between at
 * most, that WordNet lets a thing undergo with no object, before a preposition or a figure. A
 * verb that always takes an object is the plural's object instead ("Apple releases update to
 * iOS": "releases" is the verb). Null when it is none.
 */
export function bareVerbAfter(terms: readonly Term[], i: number): string | null {
  let k = i + 1;
  if (terms[k] && !terms[k]!.tags.has('Verb') && (terms[k]!.tags.has('Adverb') || terms[k]!.tags.has('Adjective'))) k++;
  const verb = terms[k];
  if (!verb || verb.tags.has('Plural') || verb.tags.has('PastTense') || !/^\p{Ll}+$/u.test(verb.text) || /s$/.test(verb.lower) || !afterIntransitive(terms[k + 1])) return null;
  const lemma = verb.lower;
  const words = wordClasses();
  return words.verb(lemma) && words.thingSubject(lemma) && !words.transitiveOnly(lemma) ? lemma : null;
}

/**
 * A sentence's first word the tagger read as an imperative where it modifies the subject's head, a past verb after the
 * nouns: "Oil prices jumped", "Water levels rose". An order has no past verb after its object.
 */
function imperativeModifier(terms: readonly Term[], i: number): boolean {
  if (!terms[i]!.tags.has('Imperative')) return false;
  let k = i + 1;
  // ("Oil prices fall to": the bare verb after the plural, which the tagger may read as a noun, ends the subject.)
  while (k < terms.length && (subjectModifier(terms[k]) || (k > i + 1 && subjectHeadMisread(terms, k))) && !(k > i + 1 && terms[k - 1]!.tags.has('Plural') && bareVerbAfter(terms, k - 1) !== null)) k++;
  return k > i + 1 && (pastVerbAfter(terms, k - 1) || bareVerbAfter(terms, k - 1) !== null);
}

/** Whether only adjectives stand between the word and a preposition before them ("of federal judges"; not "to", which opens a verb). */
function objectOfPreposition(terms: readonly Term[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && terms[k]!.tags.has('Adjective') && !terms[k]!.tags.has('Verb')) k--;
  return k >= 0 && terms[k]!.tags.has('Preposition') && terms[k]!.lower !== 'to';
}

/**
 * The eventive predicate a word starts, if any: a verb that is not an auxiliary, a copula, a
 * light verb, a state (WordNet's verb.stative as its first sense) or a verb of modality before
 * "to" ("plans to"); a common noun whose most frequent sense is an act, event or process
 * ("the sale", "the crash", "layoffs"). Reporting verbs are statements.
 */
export function predicateAt(text: string, terms: readonly Term[], i: number, sentenceStart: number): Predicate | null {
  const term = terms[i]!;
  const tags = term.tags;
  if (!/^\p{L}/u.test(term.text)) return null;
  if (modifiesNext(text, terms, i)) return null;
  if (tags.has('Verb')) {
    // "Oil prices jumped": the first word modifies the subject, no order.
    if (imperativeModifier(terms, i)) return nounPredicate(text, terms, i, sentenceStart, term.lower);
    const copula = copulaAt(text, terms, i);
    if (copula) return copula;
    // "was empty", "is idle": a bare form right after "be" is what the copula says, no verb of its own.
    const before = terms[i - 1];
    if (before && BE_FORMS.has(before.lower) && !afterBe(term) && !before.tags.has('Auxiliary')) return null;
    if (tags.has('Auxiliary') || tags.has('Copula') || tags.has('Modal') || tags.has('Particle')) return null;
    if (PARTICIPLE_PREPOSITIONS.has(term.lower)) return null;
    // "the opening match", "rising prices": a participle before a noun describes it.
    const previous = terms[i - 1];
    if (tags.has('Gerund') && previous && (previous.tags.has('Determiner') || previous.tags.has('Adjective'))) return null;
    // "for each share they own", "a rise in sales": a present form right after an article is a noun, an event only as one.
    if (previous && ARTICLE.test(previous.lower) && !tags.has('PastTense') && !tags.has('Gerund')) return nounPredicate(text, terms, i, sentenceStart, lemmaOf(term));
    // "the power of federal judges", "loans for small businesses": a present form after a preposition's adjectives is the head of its object.
    if (tags.has('PresentTense') && !tags.has('Gerund') && previous?.tags.has('Adjective') && !previous.tags.has('Verb') && objectOfPreposition(terms, i)) return nounPredicate(text, terms, i, sentenceStart, term.lower);
    const lemma = lemmaOf(term);
    const particle = particleOf(terms, i, lemma);
    const full = particle ? `${lemma} ${particle.lower}` : lemma;
    const classes = wordClasses().verb(full);
    // "a return to growth": a word the tagger reads as a verb after "to" that WordNet knows only as a noun is that noun.
    if (!classes && !particle && !tags.has('ProperNoun')) return nounPredicate(text, terms, i, sentenceStart, term.lower);
    // A state in its two most frequent senses; a passive is something done ("would be discontinued", "will be fitted with").
    const state = classes !== undefined && stativeVerb(classes) && !afterBeForm(terms, i);
    // "The election was held on Sunday": a passive "held" (not "held by") is an event taking place, not a holding.
    // Not a view or a seat held ("is widely held among economists", "has been held since 1990 by"): an adverb before it or a time or place not after it.
    // ("The talks were not held.": the clause ending on it says that it took place, or not.)
    const heldEvent = term.lower === 'held' && afterBeForm(terms, i) && !terms[i - 1]?.tags.has('Adverb') && /^(?:\s+(?:on|in|at|last|next|this|over|during|between|behind|from|today|tomorrow|yesterday|\p{Lu})|\s*(?:[.;!?]|$))/u.test(text.slice(term.end, term.end + 12)) && !/^\s+by\b/i.test(text.slice(term.end, term.end + 4));
    const acted = heldEvent || stateActedOn(text, term, lemma);
    if (!classes || (!particle && (LIGHT_VERBS.has(lemma) || (STATES.has(lemma) && !acted))) || (state && !acted)) return null;
    // "held interest rates at 4.25%", "posted a 3% increase": a present form right after a verb's object-before-head words is the object's head noun, an event only as a noun.
    // ("wages were rising": the noun's senses are its singular's; WordNet's "wages" is a recompense, an event.)
    if (objectHeadMisread(terms, i) || subjectHeadMisread(terms, i)) return nounPredicate(text, terms, i, sentenceStart, /s$/.test(term.lower) ? singularOf(term.lower) : term.lower);
    if (CONTROL_VERBS.has(lemma) && /^\s+to\s/i.test(text.slice(term.end, term.end + 4)) && (lemma !== 'set' || infinitiveAfter(text, term.end))) return null;
    // "Boeing said to weigh sale of unit", "He is said to have fled": what others say of the subject, no statement of its own; the verb after is the event, reported.
    if (term.lower === 'said' && infinitiveAfter(text, term.end)) return null;
    // "paid a visit": the noun is the event, "pay" only its light verb; "paid tribute" is an event, but no payment.
    if (lemma === 'pay' && !particle) {
      const after = text.slice(term.end, term.end + 40);
      if (PAID_EVENT.test(after)) return null;
      const honour = PAID_HONOUR.exec(after)?.[1]?.toLowerCase();
      if (honour) return { first: term, last: term, lemma: `pay ${honour}`, type: 'other', verb: true };
    }
    const type: EventType = REPORTING_VERBS.has(lemma) && !particle && reportsHere(text, term, lemma, sentenceStart) ? 'statement' : 'other';
    return { first: term, last: particle ?? term, lemma: full, type, verb: true };
  }
  // "did not sue", "will sue": a lower-case word after an auxiliary, a modal, a negation or "to" is a verb, whatever the tagger says ("Sue" the name).
  const previous = terms[i - 1];
  // ("due to lower demand": a cause's comparative, no verb.)
  const causeAfterDue = previous?.lower === 'to' && terms[i - 2]?.lower === 'due' && isComparative(term.lower) && dueToCause(terms, i - 2);
  if (!tags.has('Verb') && /^\p{Ll}/u.test(term.text) && previous && !causeAfterDue && (previous.tags.has('Auxiliary') || previous.tags.has('Modal') || previous.tags.has('Negative') || previous.lower === 'to')) {
    const classes = wordClasses().verb(term.lower);
    if (classes && !stativeVerb(classes) && !LIGHT_VERBS.has(term.lower) && !STATES.has(term.lower)) return { first: term, last: term, lemma: term.lower, type: 'other', verb: true };
  }
  // "was hit", "were cut": a participle after "be" that the tagger read as the noun it looks like.
  if (!tags.has('Verb') && afterBeForm(terms, i) && bareParticiple(term)) {
    const classes = wordClasses().verb(term.lower);
    // "is set to unveil": as with the verb, a verb of modality before "to" is none.
    // "was set to 20 degrees", "set to music": "set" is the verb itself when no infinitive follows.
    if (CONTROL_VERBS.has(term.lower) && /^\s+to\s/i.test(text.slice(term.end, term.end + 4)) && (term.lower !== 'set' || infinitiveAfter(text, term.end))) return null;
    if (classes && !stativeVerb(classes) && !LIGHT_VERBS.has(term.lower) && !STATES.has(term.lower)) return { first: term, last: term, lemma: term.lower, type: 'other', verb: true };
  }
  if (adjectivalPassive(terms, i) && !terms[i + 1]?.tags.has('Noun')) return { first: term, last: term, lemma: doneToParticiple(term)!, type: 'other', verb: true };
  // ("The yen strengthened": a currency is money, whatever else its word means.)
  if (tags.has('Noun') && !tags.has('ProperNoun') && !tags.has('Pronoun') && !tags.has('Value') && !tags.has('Currency')) {
    // "The company cut its forecast", "Ford hit a record": a verb that is its own past tense, read as a noun between its subject and its object.
    const verb = verbAfterSubject(text, terms, i, sentenceStart);
    if (verb) {
      const classes = wordClasses().verb(verb);
      if (classes && !stativeVerb(classes) && !LIGHT_VERBS.has(verb) && !STATES.has(verb)) return { first: term, last: term, lemma: verb, type: 'other', verb: true, bare: true };
    }
    // "Stock markets worldwide rise on hopes": the bare verb after a plural subject the tagger read as a verb.
    const plural = [i - 1, i - 2].find((k) => k >= 0 && pluralSubject(terms, k) && bareVerbAfter(terms, k) === term.lower);
    if (plural !== undefined && !LIGHT_VERBS.has(term.lower) && !STATES.has(term.lower)) return { first: term, last: term, lemma: term.lower, type: 'other', verb: true };
    const adjunct = participleAdjunct(text, terms, i);
    if (adjunct) return { first: term, last: term, lemma: adjunct, type: 'other', verb: true };
    const misread = misreadPastTense(term, terms.slice(Math.max(0, i - 2), i), terms[i + 1]);
    if (misread && wordClasses().verb(misread) && !STATES.has(misread) && !LIGHT_VERBS.has(misread)) return { first: term, last: term, lemma: misread, type: 'other', verb: true };
    return nounPredicate(text, terms, i, sentenceStart, lemmaOf(term));
  }
  return null;
}

/**
 * The verb of a participle clause after a comma that the tagger read as a noun, its object right
 * after it: ", killing three people", ", leaving the city without power" (the main clause's subject
 * does it; see roles.ts). Not a noun phrase after the comma ("..., killing fields").
 */
export function participleAdjunct(text: string, terms: readonly Term[], i: number): string | null {
  const term = terms[i]!;
  const previous = terms[i - 1];
  const next = terms[i + 1];
  if (!previous || !next || !/^\s*,\s*$/.test(text.slice(previous.end, term.start)) || !/^[ \t]+$/.test(text.slice(term.end, next.start))) return null;
  // (", handing President Donald Trump a victory": a person's name or title opens the object too.)
  if (!['Determiner', 'Value', 'Possessive', 'Pronoun', 'Person'].some((tag) => next.tags.has(tag))) return null;
  const lemma = gerundLemma(term.lower);
  const classes = lemma ? wordClasses().verb(lemma) : undefined;
  return lemma && classes && !stativeVerb(classes) && !LIGHT_VERBS.has(lemma) && !STATES.has(lemma) ? lemma : null;
}

/**
 * Whether a plural is of a noun whose first sense is an attribute, which has no plural ("force":
 * first strength, then the physical phenomenon): the plural is then a countable thing of a later
 * sense ("Russian forces": troops), not the happening ("protests", "talks", "attacks" stay events).
 */
const pluralOfLaterSense = (term: Term, classes: readonly string[]): boolean => term.tags.has('Plural') && baseClass(classes[0]!) === 'attribute';

/** The event a common noun names, by its WordNet senses and how it is used ("the sale", "a 3% drop"). */
function nounPredicate(text: string, terms: readonly Term[], i: number, sentenceStart: number, lemma: string): Predicate | null {
  const term = terms[i]!;
  const classes = wordClasses().noun(lemma);
  if (!classes || NOT_HAPPENINGS.has(lemma) || !((eventiveNoun(classes) && !pluralOfLaterSense(term, classes)) || speechAct(lemma, classes) || measuredChange(text, term, sentenceStart, classes))) return null;
  return { first: term, last: term, lemma, type: 'other', verb: false };
}
