import type { Article, DateMention, EventArgument, EventRole, MoneyMention, Span } from '../types.js';
import type { Clause, Mention, Term, Trigger } from './model.js';
import { governingWord } from './participants.js';
import type { ResolvedReference } from './references.js';
import { describedPlaces, type PlaceDescriptions } from './attach.js';
import { complementSubject, objectPhrase, ofPhrase, possessorOf, QUANTIFIER, sharedSubject, subjectPhrase, triggerAt, verbBeforeCoordinator } from './phrases.js';
import type { Measure } from './measures.js';
import { wordClasses } from './wordnet.js';
import { coordinates, joinCoordinated } from './coordination.js';
import { dropAffiliations } from './affiliations.js';
import { adjectivalPassive, bareParticipleAfterBe, participleAdjunct, PARTICLE_WORD, pastParticipleAfterBe } from './predicates.js';
import { isParticipleOf, lemmaOf, singularOf } from './lemma.js';
import { prepositionGerundSubject } from './preposition-gerund.js';

/** Levels of a scale a change goes to ("rose to record highs", "fell to multi-year lows"). */
const SCALE_LEVEL = /^(?:highs?|lows?|levels?|peaks?|troughs?)$/;

/** A phrase up to the preposition after its head: "Talks" of "Talks with Defense Secretary Pete Hegseth". */
const BEFORE_PREPOSITION = /^(.*?\p{L})\s+(?:of|with|in|on|at|for|from|between|among|over|about|against|by|to|into|under)\s/iu;

/** Whether a phrase's head is a noun WordNet knows first or early as an event, act or process ("the talks", "the strike", "talks with the minister"). */
function namesAnEvent(phrase: string): boolean {
  const head = /([\p{L}-]+)\W*$/u.exec(BEFORE_PREPOSITION.exec(phrase)?.[1] ?? phrase)?.[1]?.toLowerCase();
  if (!head) return false;
  const nouns = wordClasses();
  return nouns.noun(head) !== undefined || (head.endsWith('s') && nouns.noun(singularOf(head)) !== undefined);
}

/**
 * Whether the subject of a verb used without an object undergoes the event rather than does it
 * (PropBank's Arg1 of an unaccusative verb): a verb whose most frequent WordNet sense is a change
 * ("Steve Jobs died", "sales grew", "it happened"), or a motion of something that is not a person
 * ("stocks fell", "the jet crashed", "the plane landed"; "Putin travelled" stays his doing), or a
 * state said of an event ("the talks ended"); by WordNet's frames, not a verb that always takes an
 * object ("raised $1.4 billion") nor a motion only somebody makes ("walked away").
 */
function undergoes(trigger: Trigger, subject: EventArgument, terms: readonly Term[]): boolean {
  // "The launch was a success": what a copula says is said of its subject (be.01's Arg1).
  if (trigger.copula) return true;
  // "The dealers stopped selling", "Ford began building": a verb with a gerund for object is its subject's doing.
  const next = terms.findIndex((t) => t.start >= trigger.span.end);
  if (terms[next]?.tags.has('Gerund')) return false;
  // "declined to comment", "declined to answer questions": a verb with an infinitive for object is its subject's doing
  // too. "Shares declined to $5", "rose to record highs": a "to" phrase of a figure, or of a level of a scale that the
  // tagger opens with a verb, is where the change went.
  const infinitive = terms[next + 1];
  const after = terms[next + 2];
  const verbAfterTo = infinitive !== undefined && infinitive.tags.has('Verb') && !infinitive.tags.has('Noun') && !infinitive.tags.has('Value');
  const level = after !== undefined && SCALE_LEVEL.test(after.lower);
  if (terms[next]?.lower === 'to' && verbAfterTo && !level) return false;
  // The lexicon's typed events (meetings, visits, deals ...) have parties that act; its untyped words ("crashed", "died") are like any other verb.
  if (!trigger.verb || trigger.type !== 'other') return false;
  const words = wordClasses();
  const first = words.verb(trigger.lemma)?.[0];
  // "Klarna raised $1.4 billion": a verb of change that always takes an object, with one right after it (an amount too), is done by its subject ("demand picked up" has none).
  // ("have knocked out about 60% of production": a word that rounds a figure opens the object with it.)
  const head = QUANTIFIER.test(terms[next]?.lower ?? '') && terms[next + 1]?.tags.has('Value') ? next + 1 : next;
  const object = terms[next] !== undefined && terms[next]!.start <= trigger.span.end + 1 && ['Value', 'Money', 'Determiner', 'Noun', 'Possessive'].some((tag) => terms[head]!.tags.has(tag)) && !terms[head]!.tags.has('Preposition');
  if (first === 'change') return !(object && words.transitiveOnly(trigger.lemma));
  // "The talks ended", "the strike would continue": a verb first of a state, used as an event, says how an event that is its
  // subject stands or ends; a body or a person still acts ("Salesforce laid off 10%", "the company would spend", "he spent").
  if (first === 'stative') return !subject.ref && namesAnEvent(subject.text);
  const person = subject.ref?.kind === 'people' || /^(?:he|she|they|we|i|you|who)$/i.test(subject.text) || doerNoun(subject.text);
  // ("Binance walked away": a motion only somebody makes, no thing, is its subject's doing; "demand picked up": one that takes an object, used without one, happens to the subject.)
  const transitive = words.transitiveOnly(trigger.lemma);
  return first === 'motion' && !person && !(object && transitive) && (transitive || words.thingSubject(trigger.lemma));
}

/**
 * Whether a phrase's head names people by what they do: a noun made from a verb with "-er" or "-or"
 * ("activist investors", "the protesters", "dock workers"), who act when they move ("investors pushed").
 */
function doerNoun(phrase: string): boolean {
  const m = /(?:^|\s)(\p{Ll}+?)(?:er|or)s?$/u.exec(phrase);
  if (!m || m[1]!.length < 3) return false;
  const verbs = wordClasses();
  return verbs.verb(m[1]!) !== undefined || verbs.verb(`${m[1]!}e`) !== undefined;
}

/** A preposition before an argument after its trigger, and the role it gives ("sold ... to X" → recipient). */
const ROLE_OF_PREPOSITION: Readonly<Record<string, EventRole>> = {
  to: 'recipient',
  with: 'partner',
  between: 'partner',
  among: 'partner',
  and: 'partner',
  from: 'partner',
  against: 'patient',
  of: 'patient',
};

/** Prepositions that bring a party of a noun: "talks with", "a dispute between", "the case against". */
const NOUN_PARTY = /^(?:with|between|among|against)$/;

/** Between a verb and the figure of its change: "gained 155.91 points", "fell over 2,000 points", "lost about 3%". */
const MEASURE_BETWEEN = /^\s+(?:(?:by|about|nearly|almost|some|over|more\s+than|as\s+much\s+as)\s+)?$/i;

/** Reporting verbs whose object is who hears them: "told reporters", "warned Israel". */
const TOLD_TO: ReadonlySet<string> = new Set(['tell', 'warn', 'inform', 'assure', 'remind', 'notify', 'brief']);
/** The role of a name right after a statement's verb: what a statement says is its content, no one named; "told Israel", "warned Hamas" name who hears it. */
const statementObject = (trigger: Trigger): EventRole | null => (TOLD_TO.has(trigger.lemma) ? 'recipient' : null);

/** Before a "said" its speaker follows: what it said, set off by a comma or a quote ('"We are pleased," said Jim Hackett'). */
const SAID_AFTER_QUOTE = /[,"\u201d]\s*$/;

/** Right after a name, the possessive: "Germany's economy". */
const POSSESSIVE_AFTER = /^['’]s\b/;

/** Right after a verb, a clause it introduces: "said that ...", "ensures that ...". */
const THAT_CLAUSE = /^\s*,?\s*that\b/i;

/** After a headline's participle, what shows it has no object: a preposition, "to", "as", or the end ("appointed as chief", "selected to buy", "delayed after accident"). */
const NO_OBJECT_AFTER = /^(?:\s+(?:as|to|by|after|before|for|in|at|on|over|amid|following|with)\b|\s*$)/i;

/**
 * Whether a verb trigger is passive here: compromise's Passive tag ("was bought", "has been
 * sold"), or, in a headline or title line (`headline`), which drops "is" and "was", a past
 * participle with no object after it ("Mary Barra appointed as General Motors chief", "Penske
 * Auto selected to buy").
 */
/**
 * Where the phrase of a participle that describes the common noun right before it ends (the start of the clause's own verb), or null: a participle right after a common noun that it describes, before a preposition or a date, with
 * the clause's own verb after its phrase: "A strike planned for Monday was called off", "the man
 * arrested on Friday will appear": the noun is what undergoes it. Only an auxiliary, a copula or a
 * modal counts as that verb, with no comma, pronoun or "that" before it ("The company reported on
 * Monday that sales rose" is active).
 */
export function reducedRelativeEnd(terms: readonly Term[], i: number, text: string, lemma: string): number | null {
  const term = terms[i];
  const previous = terms[i - 1];
  const next = terms[i + 1];
  if (!term || !previous || !next || !previous.tags.has('Noun') || previous.tags.has('Pronoun')) return null;
  // ("Police said about 4,000 officers were deployed": "about" before a figure rounds it, no preposition; the figure's noun is the clause's subject.)
  const approximate = QUANTIFIER.test(next.lower) && terms[i + 2]?.tags.has('Value') === true;
  if (!((next.tags.has('Preposition') && !approximate) || next.tags.has('Date')) || !(term.tags.has('PastTense') || term.tags.has('Participle')) || !isParticipleOf(lemma, term.lower)) return null;
  // "The plan, announced in Paris on Monday, will cut": set off by commas, up to the comma before the clause's own verb (a name may stand before it: "Smith, arrested on Friday, will appear").
  if (/^\s*,\s*$/.test(text.slice(previous.end, term.start))) return commaPhraseEnd(terms, i, text);
  if (previous.tags.has('ProperNoun')) return null;
  for (let k = i + 1; k < terms.length; k++) {
    const t = terms[k]!;
    if (/[,;:"\u201c\u201d.]/.test(text.slice(terms[k - 1]!.end, t.start)) || t.tags.has('Pronoun') || t.lower === 'that') return null;
    if (t.tags.has('Verb')) return (t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal')) && !coordinated(terms, k) ? t.start : null;
  }
  return null;
}

/** Where a participle's phrase set off by commas ends: the comma right before a verb that is no participle's or gerund's, with no other verb, quote or clause word before it; else null. */
export function commaPhraseEnd(terms: readonly Term[], i: number, text: string): number | null {
  for (let k = i + 1; k < terms.length; k++) {
    const t = terms[k]!;
    const gap = text.slice(terms[k - 1]!.end, t.start);
    // "and" between names stays in the phrase ("founded in 1984 by Do Won Chang and Jin Sook Chang,"); before anything else it may join clauses.
    if (/[;:"\u201c\u201d.]/.test(gap) || t.tags.has('Verb') || t.tags.has('Pronoun') || t.lower === 'that' || (t.lower === 'and' && !terms[k + 1]?.tags.has('ProperNoun'))) return null;
    const after = terms[k + 1];
    if (!/,/.test(text.slice(t.end, after?.start ?? t.end)) || !after) continue;
    const finite = after.tags.has('Verb') && !after.tags.has('Gerund') && !after.tags.has('Participle');
    return finite ? t.end + text.slice(t.end, after.start).indexOf(',') : null;
  }
  return null;
}

/**
 * A participle right after the noun or figure it describes with "by" after it, a date between at
 * most: "141,951 units sold by GM", "figures released Thursday by the Labor Department".
 */
export function byAfterNounParticiple(terms: readonly Term[], i: number, lemma: string): boolean {
  const previous = terms[i - 1];
  // ("put forward": a phrasal verb's participle is its verb's.)
  if (!previous || !(previous.tags.has('Noun') || previous.tags.has('Value')) || previous.tags.has('Pronoun') || !isParticipleOf(lemma.split(' ')[0]!, terms[i]!.lower)) return false;
  // "The index dropped by four percent" has no other verb: the participle is the sentence's own.
  return doerBy(terms, i) !== undefined && terms.some((t, k) => k !== i && t.tags.has('Verb') && !t.tags.has('Auxiliary'));
}

/**
 * The "by" of whoever does a verb at `i`: right after it, over a particle, an adverb or a date
 * ("pushed back by", "released Thursday by"), and before no figure ("dropped by four percent" is how far).
 */
function doerBy(terms: readonly Term[], i: number): Term | undefined {
  let k = i + 1;
  while (k < terms.length && k <= i + 2 && !terms[k]!.tags.has('Verb') && terms[k]!.lower !== 'by' && (terms[k]!.tags.has('Date') || terms[k]!.tags.has('Adverb') || terms[k]!.tags.has('Particle') || PARTICLE_WORD.test(terms[k]!.lower))) k++;
  return terms[k]?.lower === 'by' && !terms[k + 1]?.tags.has('Value') ? terms[k] : undefined;
}

const COORDINATORS = new Set(['and', 'but', 'or', 'nor', 'yet']);
/** Whether the verb at `k` opens a predicate joined by "and", "but", "or" (adverbs between: "and then was"): "The minister resigned on Friday and was replaced" goes on with the same subject; the participle before it is that clause's own verb. */
function coordinated(terms: readonly Term[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (terms[j]!.tags.has('Adverb') || terms[j]!.tags.has('Negative')) && !COORDINATORS.has(terms[j]!.lower)) j--;
  return j >= 0 && COORDINATORS.has(terms[j]!.lower);
}

export const isPassive = (trigger: Trigger, terms: readonly Term[], text = '', headline: { end: number } | null = null): boolean => {
  if (!trigger.verb) return false;
  const term = terms.find((t) => t.start === trigger.span.start);
  if (!term) return false;
  const i = terms.indexOf(term);
  if (term.tags.has('Passive') || bareParticipleAfterBe(terms, i) || adjectivalPassive(terms, i) || pastParticipleAfterBe(terms, i, trigger.lemma) || byAfterNounParticiple(terms, i, trigger.lemma)) return true;
  if (text && reducedRelativeEnd(terms, i, text, trigger.lemma) !== null) return true;
  // "was arrested and charged with murder": a participle after "and" with no auxiliary of its own shares the passive before it.
  const before = text ? verbBeforeCoordinator(text, terms, i, 0) : null;
  if (before && !before.ownAuxiliary && isParticipleOf(trigger.lemma.split(' ')[0]!, term.lower) && isPassive({ ...triggerAt(trigger, before.verb), lemma: lemmaOf(before.verb) }, terms, text, headline)) return true;
  if (!headline || trigger.span.end > headline.end || !term.tags.has('PastTense') || term.start === terms[0]?.start) return false;
  return NO_OBJECT_AFTER.test(text.slice(trigger.span.end, headline.end));
};

/** The item of the article a mention is: its list and index there. */
function refOf(article: Article, m: Mention): EventArgument['ref'] {
  if (m.kind === 'person') return { kind: 'people', index: (article.people ?? []).findIndex((p) => p.name === m.name) };
  if (m.kind === 'organization') return { kind: 'organizations', index: (article.organizations ?? []).findIndex((o) => o.name === m.name) };
  return { kind: 'places', index: (article.places ?? []).findIndex((p) => p.name === m.name) };
}

/** What one event's arguments are built from: its clause, its participants' and places' names, its date and amounts. */
export interface ArgumentSources {
  article: Article;
  clause: Clause;
  trigger: Trigger;
  passive: boolean;
  /** The words of the trigger's sentence. */
  terms: readonly Term[];
  mentions: readonly Mention[];
  /** "the two leaders", "the company": references of the clause, each with who it stands for. */
  references: readonly ResolvedReference[];
  participants: readonly string[];
  places: readonly string[];
  descriptions: PlaceDescriptions;
  date: DateMention | null;
  money: readonly MoneyMention[];
  /** The figures that are not money ("rose 5%"). */
  measures: readonly Measure[];
}

/**
 * The role of a named thing at `m` for a trigger, by clause structure: before the trigger the
 * subject (the agent, or the patient of a passive); after it, by the preposition that governs
 * it ("by" the agent of a passive, "to" the recipient, "with"/"between" a partner, "of" the
 * patient), or with none the direct object (the patient).
 */
function roleAt(text: string, s: ArgumentSources, m: Mention): EventRole | null {
  if (m.start < s.trigger.span.start) {
    // ("Talks with Pete Hegseth ended": a name in a "with" phrase of the noun before it is that noun's party, no subject of the verb.)
    const governor = governingWord(text, s.clause.start, m.start);
    const owner = governor ? s.terms.find((t) => t.end <= governor.start && /^\s+$/.test(text.slice(t.end, governor.start))) : undefined;
    if (governor && NOUN_PARTY.test(governor.word) && owner?.tags.has('Noun') && !owner.tags.has('Pronoun') && !owner.tags.has('ProperNoun')) return null;
    // "Ford's purchase of Volvo": a possessor before a noun trigger acts.
    return s.passive ? 'patient' : 'agent';
  }
  // The last preposition between the trigger and the name: "talks ... with his Kyrgyz counterpart, Sooronbay Jeenbekov".
  const between = text.slice(s.trigger.span.end, m.start);
  const preposition = [...between.matchAll(/\b(with|to|by|from|between|among|against|of|for|in|at|on|into|over|under|behind|after|before|during|near|about)\b/gi)].at(-1)?.[1]?.toLowerCase();
  // "scored for Antonio Conte's side", "won in Paris": a preposition that gives no role makes the name no party of the verb.
  if (preposition && !(preposition in ROLE_OF_PREPOSITION) && preposition !== 'by') return null;
  // '"We are pleased," said Jim Hackett': who says it may follow "said" after what it says, set off by a comma or quote ("Police said John Smith was arrested": Smith is no speaker).
  if (!preposition) {
    if (s.trigger.type !== 'statement') return 'patient';
    if (s.trigger.lemma === 'say' && SAID_AFTER_QUOTE.test(text.slice(s.clause.sentence.start, s.trigger.span.start))) return 'agent';
    return /^\s+(?:(?:the|its|his|her|their)\s+)?$/i.test(between) ? statementObject(s.trigger) : null;
  }
  if (s.trigger.type === 'statement' && preposition === 'of') return null;
  // "injured his shoulder in the semi-final against South Africa": after a noun, "against" is that noun's ("sued Apple", "ruled against Apple" are the verb's).
  const at = s.trigger.span.end + between.toLowerCase().lastIndexOf(preposition);
  if (preposition === 'against' && s.trigger.verb && s.terms.some((t) => t.start >= s.trigger.span.end && t.end <= at && t.tags.has('Noun') && !t.tags.has('Pronoun'))) return null;
  // An active verb's "by" is of the noun before it: "rejected a proposal by Egypt and Qatar" (the proposal's authors, no party of the rejection).
  // "its acquisition of Hess after winning a case brought by Exxon Mobil": a "by" after another verb is that verb's doer.
  const verbBetween = s.terms.some((t) => t.start >= s.trigger.span.end && t.end <= m.start && t.tags.has('Verb') && !t.tags.has('Auxiliary'));
  if (preposition === 'by') return (s.passive || !s.trigger.verb) && !verbBetween ? 'agent' : null;
  return ROLE_OF_PREPOSITION[preposition] ?? 'patient';
}

/** Right after a gerund that opens an adjunct, the start of its object: a noun phrase, or a quantity ("killing more than 1,600 people", "toppling buildings", "trapping dozens of workers"). */
const OBJECT_START = (t: Term | undefined): boolean =>
  t !== undefined && (/^(?:more|fewer|less|at|up)$/.test(t.lower) || (!t.tags.has('Preposition') && !t.tags.has('Verb') && !t.tags.has('Conjunction') && (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Value') || t.tags.has('Determiner'))));
/** A gerund, or an "-ing" word the tagger reads as a noun with no determiner ("on Friday, killing more than 1,600 people"). */
const gerundLike = (t: Term): boolean => t.tags.has('Gerund') || (!t.tags.has('Verb') && /ing$/.test(t.lower));

/**
 * Whether the verb at `i` opens a participle clause set off by a comma after its clause's own
 * verb (", killing three people", ", trapping dozens of workers"), or goes on one after "and"
 * (", killing ... and toppling buildings").
 */
function opensAdjunct(text: string, terms: readonly Term[], i: number, clauseStart: number): boolean {
  const term = terms[i];
  // Asked once: both branches began with it.
  const adjunct = participleAdjunct(text, terms, i) !== null;
  if (adjunct || !term || !gerundLike(term)) return adjunct;
  const previous = terms[i - 1];
  if (!previous || previous.start < clauseStart) return false;
  if (/^\s*,\s*$/.test(text.slice(previous.end, term.start))) return OBJECT_START(terms[i + 1]) && terms.some((t, k) => k < i && t.start >= clauseStart && t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Auxiliary'));
  if (previous.lower !== 'and' && previous.lower !== 'or') return false;
  // "..., killing more than 1,600 people and toppling buildings": the gerund before "and", with no finite verb between, opens the adjunct.
  for (let k = i - 2; k >= 0 && terms[k]!.start >= clauseStart; k--) {
    const t = terms[k]!;
    if (gerundLike(t)) return opensAdjunct(text, terms, k, clauseStart);
    if (t.tags.has('Verb') && !t.tags.has('Auxiliary')) return false;
  }
  return false;
}

/** ", killing three people": a participle clause after a comma is done by the subject of its clause's first verb ("Russian forces struck ..."). */
function adjunctSubject(text: string, s: ArgumentSources): Span | null {
  const i = s.terms.findIndex((t) => t.start === s.trigger.span.start);
  // ("five weeks after losing to the Spaniard": a gerund after a preposition is the clause's subject's too.)
  const afterPreposition = i < 0 ? null : prepositionGerundSubject(text, s.terms, s.trigger, s.clause.sentence.start);
  if (afterPreposition) return afterPreposition;
  if (i < 0 || !opensAdjunct(text, s.terms, i, s.clause.start)) return null;
  const verb = s.terms.find((t) => t.start >= s.clause.start && t.end <= s.trigger.span.start && t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula'));
  return verb ? subjectPhrase(text, s.terms, triggerAt(s.trigger, verb), s.clause.start) : null;
}

/**
 * "Inter Milan, who beat Como": the noun phrase right before the "who" that opens a relative
 * clause, its subject when no name stands for it. ("which" stays out: on MEANTIME dev tune its
 * antecedents, mostly things, added only unmatched arguments.)
 */
function antecedentPhrase(text: string, s: ArgumentSources): Span | null {
  if (!s.clause.relative) return null;
  const pronoun = [...s.terms].reverse().find((t) => t.end <= s.clause.start && t.start >= s.clause.sentence.start);
  if (!pronoun || (pronoun.lower !== 'who' && pronoun.lower !== 'which')) return null;
  const verb = s.terms.find((t) => t.start >= s.clause.start && t.end <= s.trigger.span.start && t.tags.has('Verb'));
  // Only the relative clause's first verb ("who beat Como"), not a later one of its own.
  if (verb && verb.start < s.trigger.span.start && !verb.tags.has('Auxiliary') && !verb.tags.has('Copula') && !verb.tags.has('Modal')) return null;
  // "the software, which will be available", "the Dow, which fell 678 points": "which" itself stands for a thing, as MEANTIME marks it.
  if (pronoun.lower === 'which') return { text: pronoun.text, start: pronoun.start, end: pronoun.end };
  return subjectPhrase(text, s.terms, triggerAt(s.trigger, pronoun), s.clause.sentence.start);
}

/**
 * "The union, which represents 45,000 workers, is seeking": where the main clause resumes after a
 * relative clause set off by commas, its subject is the phrase before that clause's pronoun.
 */
function resumedSubject(text: string, s: ArgumentSources): Span | null {
  if (!s.clause.resumes) return null;
  const pronoun = [...s.terms].reverse().find((t) => t.end <= s.clause.start && t.start >= s.clause.sentence.start && /^(?:who|whose|which)$/.test(t.lower) && /,\s*$/.test(text.slice(s.clause.sentence.start, t.start)));
  return pronoun ? subjectPhrase(text, s.terms, triggerAt(s.trigger, pronoun), s.clause.sentence.start) : null;
}

/**
 * Whether a name argument only modifies the head of a phrase: it ends inside the phrase, before its
 * last word, a common noun, with no other argument between ("Air France cabin crews", "Apple shares").
 */
function nameBeforeHead(terms: readonly Term[], a: EventArgument, phrase: Span, out: readonly EventArgument[]): boolean {
  if (a.end <= phrase.start || a.end >= phrase.end) return false;
  const head = terms.find((t) => t.end === phrase.end);
  // ("Nestle shares fell": a head the tagger read as a present verb, which the phrase took as its noun.)
  const noun = head !== undefined && (head.tags.has('Noun') || head.tags.has('PresentTense'));
  return noun && !['ProperNoun', 'Pronoun', 'Value'].some((tag) => head.tags.has(tag)) && !out.some((x) => x !== a && x.start >= a.end && x.start < phrase.end);
}

/** The mention of a name nearest the trigger, in its clause first, then earlier in its sentence. */
function nearestMention(s: ArgumentSources, name: string): Mention | undefined {
  const distance = (m: Mention) => Math.abs(m.start - s.trigger.span.start);
  const inRange = (from: number, to: number) => s.mentions.filter((m) => m.name === name && m.start >= from && m.end <= to).sort((a, b) => distance(a) - distance(b))[0];
  return inRange(s.clause.start, s.clause.end) ?? inRange(s.clause.sentence.start, s.clause.start);
}

/**
 * The arguments of one event, each with its role, span and the article item it is: its
 * participants (agent, patient, recipient, partner by clause structure and voice), the first
 * name right after a verb as its patient ("visited Bishkek"), its places, its date and amounts.
 */
export function argumentsOf(text: string, s: ArgumentSources): EventArgument[] {
  const out: EventArgument[] = [];
  const add = (role: EventRole, span: { start: number; end: number }, ref: EventArgument['ref']) => {
    // "confirmed that Papermaster had left", "ensures that Ryanair is ...": what follows "that" is a clause of its own, not the verb's object.
    if (span.start >= s.trigger.span.end && role !== 'time' && role !== 'amount' && THAT_CLAUSE.test(text.slice(s.trigger.span.end, span.end))) return;
    const same = out.find((a) => a.start === span.start && a.end === span.end);
    if (same && same.ref?.kind === ref?.kind && same.ref?.index === ref?.index) return;
    // "The two leaders signed": one span that stands for several items is one argument that refers to each.
    if (same && same.role === role && same.ref && ref) {
      if (!(same.refs ?? []).some((r) => r.kind === ref.kind && r.index === ref.index)) same.refs = [...(same.refs ?? [same.ref]), ref];
      return;
    }
    out.push({ role, text: text.slice(span.start, span.end), start: span.start, end: span.end, ref });
  };
  const isPlace = (m: Mention) => s.places.includes(m.name);
  // The phrase right after the verb, read once: the patient below and, at the end, the head a name before it modifies.
  let objectRead: ReturnType<typeof objectPhrase> | undefined;
  const verbObject = () => (objectRead === undefined ? (objectRead = objectPhrase(text, s.terms, s.trigger, s.clause.end)) : objectRead);
  for (const name of s.participants) {
    const m = nearestMention(s, name);
    // "Germany's economy shrank": a name in the possessive before the verb is whose its subject is; the subject is the whole phrase.
    const owner = m && m.end <= s.trigger.span.start && POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3)) ? subjectPhrase(text, s.terms, s.trigger, s.clause.start) : null;
    // "Germany's Angela Merkel met ...": where the possessive leads to another name, that name is the party, and the possessor none of its own.
    const ownsName = (o: { end: number }) => s.mentions.some((x) => x.start > m!.end && x.end <= o.end && x.name !== name);
    if (owner && owner.start <= m!.start && owner.end > m!.end + 2 && ownsName(owner)) continue;
    if (owner && owner.start <= m!.start && owner.end > m!.end + 2) add(s.passive ? 'patient' : 'agent', owner, null);
    // '"It was a mistake," Smith said': past a comma or quote after a copula stands no part of what it says.
    else if (m && s.trigger.copula && m.start >= s.trigger.span.end && /[,"\u201d]/.test(text.slice(s.trigger.span.end, m.start))) continue;
    else if (m) {
      // "Castillo, who was removed from office": a subject from before the clause (the antecedent of "who") undergoes a passive.
      // ("a drug made by Eli Lilly, reversing an opinion": a name before the clause in an earlier verb's "by" phrase is that verb's doer, none of this one.)
      if (m.end <= s.clause.start && governingWord(text, s.clause.sentence.start, m.start)?.word === 'by') continue;
      const role = m.end <= s.clause.start ? (s.passive ? 'patient' : 'agent') : roleAt(text, s, m);
      if (role) add(role, m, refOf(s.article, m));
    }
    else {
      // "The two leaders held talks": the reference stands for each of them, in its place in the clause (one argument, a ref for each).
      const r = s.references.find((x) => x.names.includes(name));
      const person = s.mentions.find((x) => x.name === name) ?? (s.article.people ?? []).map((p): Mention => ({ name: p.name, kind: 'person', start: 0, end: 0 })).find((x) => x.name === name);
      if (r && person) add(r.end <= s.trigger.span.start ? (s.passive ? 'patient' : 'agent') : 'partner', r, refOf(s.article, person));
    }
  }
  // "allowed developers to create", "for Cisco to file": the infinitive's own subject, not the clause's, does it.
  const controller = complementSubject(text, s.terms, s.trigger, s.clause.start);
  const subjectRole: EventRole = s.passive ? 'patient' : 'agent';
  const subjects = () => out.filter((a) => a.role === subjectRole && a.end <= s.trigger.span.start);
  // "Russia and Kyrgyzstan agreed to build": the clause's subjects, found from its names, stay when the infinitive only follows their verb.
  // ("Germany's conservatives and the Greens agreed to begin": names inside the subject of the verb it follows are that subject, as one.)
  const insideController = (a: EventArgument) => controller !== null && a.start >= controller.span.start && a.end <= controller.span.end;
  // ("The 25-year-old Sweden international refused to play": a name that only modifies the head of the verb's subject is no party; the subject is, as below.)
  const modifiersOnly = controller !== null && subjects().length > 0 && subjects().every((a) => insideController(a) && nameBeforeHead(s.terms, a, controller.span, out));
  if (controller && (controller.own || subjects().length === 0 || modifiersOnly || (/\s(?:and|or)\s/i.test(controller.span.text) && subjects().every(insideController)))) {
    for (const a of subjects()) out.splice(out.indexOf(a), 1);
    // The name that heads the phrase stands for it ("the software maker Informatica"); a possessor ("Germany's conservatives") or one of a coordination does not.
    const named = s.mentions.find((m) => m.start >= controller.span.start && m.end === controller.span.end && m.kind !== 'place' && !/\s(?:and|or)\s/i.test(controller.span.text));
    add(subjectRole, named ?? controller.span, named ? refOf(s.article, named) : null);
  }
  // "sold 30 jets to Ryanair", "talks with Kyrgyzstan": a name after the trigger brought in by a preposition of its own.
  for (const m of s.mentions) {
    if (m.kind === 'place' || isPlace(m) || m.start < s.trigger.span.end || m.end > s.clause.end || m.start - s.trigger.span.end > 60 || /[,;:]/.test(text.slice(s.trigger.span.end, m.start))) continue;
    const governor = governingWord(text, s.clause.start, m.start);
    const governed = governor && governor.start >= s.trigger.span.end && (governor.word in ROLE_OF_PREPOSITION || governor.word === 'by') && governor.word !== 'of' && governor.word !== 'and';
    const role = governed ? roleAt(text, s, m) : null;
    if (role) add(role, m, refOf(s.article, m));
  }
  const object = s.mentions.find((m) => m.start >= s.trigger.span.end && m.end <= s.clause.end);
  // What follows a copula says what its subject is ("is Boeing's biggest customer"): no one it acts on.
  const objectRole = s.passive ? 'agent' : s.trigger.type === 'statement' ? statementObject(s.trigger) : 'patient';
  if (object && objectRole && !isPlace(object) && s.trigger.verb && !s.trigger.copula && /^\s+(?:(?:the|a|an|its|their|his|her)\s+)?$/i.test(text.slice(s.trigger.span.end, object.start))) {
    add(objectRole, object, refOf(s.article, object));
    // "fined Uber and Lyft": the names coordinated with the object are objects too (one argument, joined below).
    for (let last = object, next = s.mentions.find((m) => m.start >= last.end); next && next.end <= s.clause.end && !isPlace(next) && coordinates(text, s.terms, last, next); last = next, next = s.mentions.find((m) => m.start >= last.end))
      add(objectRole, next, refOf(s.article, next));
  }
  // "will be provided by the state government", "was pushed back by a tug operator": who does a passive is the phrase after its "by".
  const by = s.passive ? doerBy(s.terms, s.terms.findIndex((t) => t.start === s.trigger.span.start)) : undefined;
  const doer = by && !out.some((a) => a.role === 'agent') ? objectPhrase(text, s.terms, triggerAt(s.trigger, by), s.clause.end) : null;
  // "could be signed by the end of the year", "must be paid by Friday": a "by" before a date is a deadline, no doer.
  const deadline = (d: Span): boolean => (s.article.dates ?? []).some((t) => t.start < d.end && d.start < t.end);
  if (doer && !deadline(doer)) add('agent', doer, null);
  // ", killing more than 1,600 people": an adjunct's "-ing" word is a verb even where the tagger reads a noun.
  const adjunct = adjunctSubject(text, s);
  // Unnamed parties by clause structure: "It is the biggest ...", "the company sold 179 new tankers", "..., the statistics office said".
  let ownSubject: Span | null = null;
  if (s.trigger.verb || adjunct) {
    const subject = adjunct ?? subjectPhrase(text, s.terms, s.trigger, s.clause.start) ?? sharedSubject(text, s.terms, s.trigger, s.clause.start) ?? antecedentPhrase(text, s) ?? resumedSubject(text, s);
    const subjectRole: EventRole = s.passive ? 'patient' : 'agent';
    // ", toppling buildings": the main clause's subject does it; a name before the adjunct outside that subject ("struck central Myanmar") does not.
    if (adjunct) for (const a of out.filter((x) => x.role === subjectRole && x.end <= s.trigger.span.start && !(x.start >= adjunct.start && x.end <= adjunct.end))) out.splice(out.indexOf(a), 1);
    // "Pichai told analysts the company would raise": a name before another verb is that verb's subject; the phrase right before this one, with no comma between, is its own.
    const own = !adjunct && subject && /^[^,;:"\u201c\u201d]*$/.test(text.slice(subject.end, s.trigger.span.start)) ? subject : null;
    ownSubject = own;
    const otherVerbBetween = (a: EventArgument) => s.terms.some((t) => t.start >= a.end && t.end <= own!.start && t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula'));
    if (own) for (const a of out.filter((x) => x.role === subjectRole && x.end <= own.start && otherVerbBetween(x))) out.splice(out.indexOf(a), 1);
    if (subject && !out.some((a) => a.role === subjectRole || (a.start < subject.end && subject.start < a.end))) add(subjectRole, subject, null);
    // "Air France flight attendants walked out", "Toyota shares fell": a name that only modifies the head of the subject is no party; the subject phrase, from the name on, is.
    if (own) for (const a of out.filter((x) => x.role === subjectRole && x.ref && nameBeforeHead(s.terms, x, own, out))) out.splice(out.indexOf(a), 1, { ...a, text: text.slice(a.start, own.end), end: own.end, ref: null });
  }
  // What a statement says is a clause, no object of it.
  if ((s.trigger.verb || adjunct) && s.trigger.type !== 'statement') {
    // "fell 678 points", "rose 43%": a figure after the verb is how far it went, an amount, not what was acted on.
    const figure = (o: { start: number; end: number }) => [...s.measures, ...s.money].some((m) => m.start < o.end && o.start < m.end);
    const object = s.passive || s.trigger.copula ? null : verbObject();
    if (object && !figure(object) && !out.some((a) => a.role === 'patient' || (a.start < object.end && object.start < a.end))) add('patient', object, null);
  }
  // "their January sales", "Ford's operations": the possessor of an event noun does it; "sales of automobiles", "the use of the logo": what it is of undergoes it.
  if (!s.trigger.verb && !adjunct) {
    const possessor = out.some((a) => a.role === 'agent') ? null : possessorOf(text, s.terms, s.trigger, s.clause.start);
    const named = possessor && s.mentions.find((m) => m.start === possessor.start && m.end <= possessor.end + 1);
    if (possessor) add('agent', named ?? possessor, named ? refOf(s.article, named) : null);
    const theme = s.trigger.type === 'other' && !out.some((a) => a.role === 'patient') ? ofPhrase(text, s.terms, s.trigger, s.clause.end) : null;
    if (theme && !s.mentions.some((m) => m.start < theme.end && theme.start < m.end && s.places.includes(m.name))) add('patient', theme, null);
  }
  const described = describedPlaces(text, s.clause, s.descriptions);
  for (const name of s.places) {
    const m = nearestMention(s, name);
    const d = described.find((x) => x.name === name);
    if (m) add('place', m, refOf(s.article, m));
    // "coming to the Russian capital": the description names the article's Moscow.
    else if (d) add('place', d, { kind: 'places', index: (s.article.places ?? []).findIndex((p) => p.name === name) });
  }
  // "Sales fell", "the jet crashed": with no object, the subject of such a verb is what the event happens to.
  // A verb with a "that" clause after it has that clause for object: "ensures that ..." is no change that happens to its subject.
  const clausal = THAT_CLAUSE.test(text.slice(s.trigger.span.end, s.clause.sentence.end));
  if (!s.passive && (s.trigger.copula || (!clausal && !out.some((a) => a.role === 'patient' && a.start >= s.trigger.span.end)))) {
    const subjects = out.filter((a) => a.role === 'agent' && a.end <= s.trigger.span.start);
    // "The Dow gained 155.91 points", "the index lost 2.04%": a verb that a percentage or points measure right after it is a change in the value of its subject.
    // ("laid off 10% of its staff": a share of something is the verb's object, no change of the subject.)
    // ("said it had offered 50%": a verb that always takes an object takes the figure for it; its subject still acts.)
    const measured =
      s.trigger.verb &&
      s.trigger.type === 'other' &&
      !wordClasses().transitiveOnly(s.trigger.lemma) &&
      s.measures.some((m) => m.unit !== 'level' && m.start >= s.trigger.span.end && MEASURE_BETWEEN.test(text.slice(s.trigger.span.end, m.start)) && !/^\s+of\b/i.test(text.slice(m.end, m.end + 4)));
    if (subjects.length > 0 && subjects.every((a) => measured || undergoes(s.trigger, a, s.terms))) subjects.forEach((a) => (a.role = 'patient'));
  }
  if (s.date) add('time', s.date, { kind: 'dates', index: (s.article.dates ?? []).indexOf(s.date) });
  for (const m of s.money) add('amount', m, { kind: 'money', index: (s.article.money ?? []).indexOf(m) });
  for (const m of s.measures) out.push({ role: 'amount', text: m.text, start: m.start, end: m.end, ref: null, figure: { value: m.value, unit: m.unit } });
  // "Shell and BP said": parties joined by "and" are one argument that refers to each.
  // "won the Serie A title", "bought Apple shares": a name that only modifies the head of the verb's object is no patient; the object phrase is.
  const objectAfter = s.trigger.verb && !s.passive && !s.trigger.copula ? verbObject() : null;
  // Only a common noun after the name heads it ("Apple €500 million", "Como 2-0" are a name and a figure; "U.S. President Donald Trump" a name after a title).
  const headedAfter = (a: EventArgument) =>
    s.terms.some((t) => t.start >= a.end && t.end === objectAfter!.end && !t.tags.has('Value') && !t.tags.has('ProperNoun')) &&
    !out.some((x) => x !== a && x.start >= a.end && x.start < objectAfter!.end);
  if (objectAfter && !/\s(?:and|or)\s/i.test(objectAfter.text))
    for (const a of out.filter((x) => x.role === 'patient' && x.start >= objectAfter.start && x.end < objectAfter.end && headedAfter(x))) out.splice(out.indexOf(a), 1, { ...a, text: objectAfter.text, start: objectAfter.start, end: objectAfter.end, ref: null });
  // ("U.S. Secretary of State Marco Rubio": the country before a title is no party; dropped before joining, so no title joins it to another.)
  return joinCoordinated(text, s.terms, dropAffiliations(text, out), s.trigger.span, ownSubject);
}
