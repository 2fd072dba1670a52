import type { Clause, DraftEvent, Mention, Term, Trigger } from './model.js';
import { peopleOf, resolveReferences, type ResolvedReference } from './references.js';
import { currencyTable } from '../money/currency-table.js';
import { titleOfPerson } from './titles.js';

/** Prepositions after which a country or organization is a setting or a goal, not an actor ("in Russia", "to Kyrgyzstan"). */
const NOT_ACTOR =
  /^(?:in|at|to|from|of|for|into|onto|on|near|across|over|about|against|toward|towards|after|before|under|within|without|through|via|than|like|as|around|inside|outside|during|since|until|per)$/;
/** Prepositions that bring in partners after the trigger ("talks with Kyrgyzstan", "trade between Russia and ..."). */
const PARTNER = /^(?:with|between|by|among|and)$/;
/** The other side of a deal: "sell ... to X", "bought ... from X". */
const DEAL_PARTNER = /^(?:to|from)$/;
/** Groups whose members act for what follows "of": "the boards of both companies", "leaders of Russia and China". */
const MEMBERS_OF = /\b(?:boards?|leaders|heads|presidents|governments|representatives|officials|delegations|ministers|shareholders|executives|members)\s+of\s+$/i;
/** A name followed by a reporting verb after the event is its source, not a party: "..., company spokesman X said". */
const REPORTS = /^\s*,?\s*(?:said|says|told|added|stated|noted|confirmed)\b/;
/** Reporting verbs before a reported clause: "said Redfield would spend". */
const REPORTING = /^(?:said|says|told|added|stated|noted|confirmed|announced|reported|expects|expected|believes)$/;
/** Conjunctions that open a clause: "after the two leaders met", "when Putin visited". */
const SUBORDINATOR = /^(?:after|before|since|until|as|when|while|once|because|where)$/;
/** Prepositions and conjunctions, which a capital at the start of a sentence does not make names. */
const CLOSED_CLASS = new RegExp(`${NOT_ACTOR.source}|${SUBORDINATOR.source}|^(?:by|with|between|among|and|but|or|if|although|though|despite|amid|following)$`);
/** Only adverbs and auxiliaries between a subject and its verb: "the two leaders met", "Putin had also visited". */
const SUBJECT_TO_VERB = /^\s*(?:(?:has|have|had|will|would|also|then|again|first|last|finally|reportedly|\p{Ll}+ly)\s+)*$/u;
/** Where the name or reference that starts at `at` ends: its capitalized words, or "the two leaders". */
const subjectEnd = (text: string, at: number): number => {
  const m = /^(?:(?:the|both)\s+(?:two\s+)?[\p{Ll}]+(?:\s+of\s+state)?|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*)/u.exec(text.slice(at, at + 60));
  return at + (m ? m[0].length : 0);
};

/** Event types whose verb's direct object takes part: "to buy Koyama Hydraulics", "met Gazprom's chief". */
const OBJECT_TAKES_PART: ReadonlySet<string> = new Set(['acquisition', 'meeting']);
/** Words that end a direct object's run-up: a preposition or punctuation between the verb and the name. */
const NOT_OBJECT = /[,;:.()]|\b(?:in|at|to|from|of|for|with|on|by|about|after|before|during|since|under|over|into|than|as)\b/i;

/** Words of direction that place a name's region within it ("southern Nigeria", "north-east Syria", "central Myanmar"). */
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|(?:north|south)-?(?:east|west)(?:ern)?)$/i;

/**
 * The word that governs a mention: the nearest lower-case word before it in the clause, passing
 * over names, numbers, "and", "the" and punctuation, so "between Russia and Kyrgyzstan" gives
 * "between" for both countries. Null at the start of the clause or of a phrase set off by a
 * comma (the subject).
 */
export function governingWord(text: string, clauseStart: number, at: number): { word: string; start: number } | null {
  const before = text.slice(clauseStart, at);
  const words = [...before.matchAll(/\S+/g)].reverse();
  for (const m of words) {
    const word = m[0].replace(/^[("'“‘]+|[)"'”’,.:;]+$/g, '');
    // "In Thailand, a tower collapsed": a preposition or conjunction capitalized at the start of a sentence is no name.
    const name = (/^\p{Lu}/u.test(word) && !CLOSED_CLASS.test(word.toLowerCase())) || m[0].startsWith('(');
    // A comma after a common word or a number closes a phrase: "on June 10, 1992, the two countries".
    if (!name && m[0].endsWith(',') && m.index + m[0].length < before.length) return null;
    // "Floods in southern Nigeria", "fears of a U.S. recession": a compass word or an article before the name belongs to
    // its phrase; the word that governs the phrase is before them.
    if (word === '' || name || /^(?:and|the|a|an|&|[-–—]|[\d.,/-]+(?:st|nd|rd|th)?)$/i.test(word) || COMPASS.test(word)) continue;
    return { word: word.toLowerCase(), start: clauseStart + m.index + m[0].indexOf(word) };
  }
  return null;
}

/** Whether a mention or reference at `at` acts in the clause: a subject before the trigger, a partner after it. */
function acts(text: string, clause: Clause, at: number, trigger: Trigger, actors: ClauseActors): boolean {
  const governor = governingWord(text, clause.start, at);
  if (at < trigger.span.start) {
    // "The boards of both companies approved": the companies act, unless their people are named ("The prime ministers of the two countries, A and B, met").
    const named = actors.mentions.some((m) => m.kind === 'person' && m.start < trigger.span.start);
    if (governor?.word === 'of' && !named && MEMBERS_OF.test(text.slice(clause.start, governor.start + 3))) return true;
    // "after the two leaders met": a conjunction opens a clause whose subject comes right before its verb.
    if (governor && SUBORDINATOR.test(governor.word) && SUBJECT_TO_VERB.test(text.slice(subjectEnd(text, at), trigger.span.start))) return true;
    // "said Redfield would spend": after a reporting verb comes the subject of what is reported.
    if (governor && REPORTING.test(governor.word)) return true;
    // "was taken private by Permira in 2015 and went public", "a proposal by Egypt was rejected": a "by" before the trigger is of an earlier word ("was named by Boeing to mark": a purpose is the doer's).
    const earlierBy = governor?.word === 'by' && !/\bto\s+$/i.test(text.slice(Math.max(0, trigger.span.start - 4), trigger.span.start));
    return governor === null || !(NOT_ACTOR.test(governor.word) || earlierBy || actors.verbs.has(governor.start));
  }
  if (governor === null) return false;
  return PARTNER.test(governor.word) || (trigger.type === 'acquisition' && DEAL_PARTNER.test(governor.word));
}

/** Whether a mention after a verb trigger is its direct object: only words, no preposition, in between ("buy Japanese pump maker X"). */
function isObject(text: string, trigger: Trigger, at: number): boolean {
  if (!trigger.verb || !OBJECT_TAKES_PART.has(trigger.type) || at < trigger.span.end) return false;
  const between = text.slice(trigger.span.end, at);
  return between.length <= 40 && !NOT_OBJECT.test(between);
}

/** Whether a person after the trigger is only what it is about, deep in an "of" phrase: "Celebrations of the 90th anniversary of the writer X". */
function isTopic(text: string, trigger: Trigger, at: number): boolean {
  const between = text.slice(trigger.span.end, at);
  return at >= trigger.span.end && /^\s+of\s/.test(between) && (between.match(/\sof\s/g) ?? []).length >= 2 && !/[,;]/.test(between);
}

/** What the clause says about who acts: mentions and resolved references, before resolution into names. */
export interface ClauseActors {
  mentions: readonly Mention[];
  /** Every mention of the clause's sentence: a name in the clause before may describe one of them ("Ryanair CEO, Michael O'Leary, ..."). */
  sentenceMentions: readonly Mention[];
  references: readonly ResolvedReference[];
  /** Where the clause's verbs start: a name right after a verb is its object ("chose Russia"). */
  verbs: ReadonlySet<number>;
  /** Where the sentence's verbs start. */
  sentenceVerbs: readonly number[];
  /** The article's countries by ISO code, as it names them: "a Russian grant" is given by "Russia". */
  countries: ReadonlyMap<string, string>;
}

export function clauseActors(
  text: string,
  clause: Clause,
  sentenceMentions: readonly Mention[],
  mentions: readonly Mention[],
  events: readonly DraftEvent[],
  terms: readonly Term[],
  countries: ReadonlyMap<string, string>,
): ClauseActors {
  // ("coach Carlo Ancelotti said": a title is no verb whose object the name would be.)
  const verbs = new Set(terms.filter((t) => t.start >= clause.start && t.end <= clause.end && t.tags.has('Verb') && !titleOfPerson(text, t, sentenceMentions)).map((t) => t.start));
  const inClause = sentenceMentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  let references = resolveReferences(text, clause.start, clause.end, mentions, events);
  if (inClause.some((m) => m.kind === 'person')) {
    // Named people in the clause are the group itself ("The prime ministers ..., A and B, met").
    references = references.filter((r) => !r.names.every((n) => peopleOf(mentions).has(n)));
  }
  const sentenceVerbs = terms.filter((t) => t.tags.has('Verb')).map((t) => t.start);
  return { mentions: inClause, sentenceMentions, references, verbs, sentenceVerbs, countries };
}

/** The article's countries by ISO code, as it first names them (made once an article, read by every clause). */
export function countryNames(mentions: readonly Mention[]): Map<string, string> {
  const countries = new Map<string, string>();
  for (const m of mentions) if (m.kind === 'country' && m.place?.countryCode && !countries.has(m.place.countryCode)) countries.set(m.place.countryCode, m.name);
  return countries;
}

/** The country a nationality adjective right before a noun trigger names, when the article names it: "A Russian grant" → "Russia". */
function nationalityOf(text: string, clause: Clause, trigger: Trigger, countries: ReadonlyMap<string, string>): string | null {
  if (trigger.verb) return null;
  const adjective = /(?:^|\s)(\p{Lu}[\p{L}.-]+)\s+(?:[a-z-]+\s+)?$/u.exec(text.slice(Math.max(clause.start, trigger.span.start - 40), trigger.span.start))?.[1];
  if (!adjective) return null;
  const codes = currencyTable().adjectives.get(adjective.toLowerCase()) ?? [];
  return codes.length === 1 ? (countries.get(codes[0]!) ?? null) : null;
}

/** Between two names of one list: ", ", " and ", ", and ". */
const LIST_GAP = /^(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)$/;

/** The names right before a statement's verb and those listed with them: "Britain, France and Germany said" → all three. */
function ownSpeakers(text: string, mentions: readonly Mention[], trigger: Trigger): Set<string> {
  const before = mentions.filter((m) => m.end <= trigger.span.start && m.kind !== 'person').sort((a, b) => b.start - a.start);
  const out = new Set<string>();
  let at = trigger.span.start;
  for (const m of before) {
    if (m.end > at) continue; // the same name again, as another kind ("Germany" the country and the government)
    const gap = text.slice(m.end, at);
    if (out.size === 0 ? !/^\s*$/.test(gap) : !LIST_GAP.test(gap)) break;
    out.add(m.name);
    at = m.start;
  }
  // "Officials in Paris, Berlin and Rome said": a list that a preposition governs is where the speakers are, not who they are.
  const governed = /\b(?:in|at|from|of|for|to|near|across|around|inside|outside)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, at - 12), at));
  return out.size > 1 && !governed ? out : new Set();
}

/** The subjects of a clause: what acts before its first trigger, or the antecedent of "who". */
export function subjectsOf(text: string, clause: Clause, actors: ClauseActors, firstTrigger: Trigger | undefined, antecedent: Mention | undefined): string[] {
  const names = clause.relative && antecedent ? [antecedent.name] : [];
  const until = firstTrigger?.span.start ?? clause.end;
  const probe: Trigger = firstTrigger ?? { span: { text: '', start: until, end: until }, type: 'other', needsAmount: false, verb: false, lemma: '', generic: false, negated: false };
  for (const m of actors.mentions)
    if (m.start < until && m.kind !== 'place' && acts(text, clause, m.start, probe, actors) && !names.includes(m.name)) names.push(m.name);
  for (const r of actors.references)
    if (r.start < until && acts(text, clause, r.start, probe, actors)) r.names.forEach((n) => names.includes(n) || names.push(n));
  return names;
}

/**
 * The participants of one trigger. The clause's first trigger (`primary`) takes the clause's
 * subjects (or, when the clause starts with its verb, those of the clause before) and its
 * people; a later trigger in the same clause ("on the sidelines of a summit") takes only what
 * follows it: people, partners after "with"/"between", and "a summit of the CIS".
 */
export function participantsOf(
  text: string,
  clause: Clause,
  actors: ClauseActors,
  trigger: Trigger,
  primary: boolean,
  previousSubjects: readonly string[],
  antecedent: Mention | undefined,
): string[] {
  const names: string[] = [];
  const add = (name: string) => {
    if (!names.includes(name)) names.push(name);
  };
  if (primary) {
    const own = subjectsOf(text, clause, actors, trigger, antecedent);
    (own.length === 0 && clause.subjectless ? previousSubjects : own).forEach(add);
  }
  for (const m of actors.mentions) {
    if (m.kind === 'place' || (!primary && m.start < trigger.span.end)) continue;
    if (m.start >= trigger.span.end && REPORTS.test(text.slice(m.end, m.end + 12))) continue;
    if (m.kind === 'person' ? !isTopic(text, trigger, m.start) : acts(text, clause, m.start, trigger, actors) || isObject(text, trigger, m.start))
      add(m.name);
    else if (m.start >= trigger.span.end && governingWord(text, clause.start, m.start)?.word === 'of' && text.slice(trigger.span.end, m.start).split(/\s+/).length <= 4)
      add(m.name); // "a summit of the CIS"
  }
  for (const r of actors.references) if ((primary || r.start > trigger.span.start) && acts(text, clause, r.start, trigger, actors)) r.names.forEach(add);
  const nationality = nationalityOf(text, clause, trigger, actors.countries);
  if (nationality) add(nationality);
  // Who reports the event is not a party to it when others are: "the White House said, after the two leaders met".
  // A statement's own speakers are its parties: "Britain, France and Germany said" (each in the list before the verb).
  const own = trigger.type === 'statement' ? ownSpeakers(text, actors.mentions, trigger) : new Set<string>();
  own.forEach(add);
  // ("EU competition chief Teresa Ribera said": whoever says the trigger itself is its speaker, no reporter of it.)
  const reportsOther = (m: Mention) => {
    const verb = REPORTS.exec(text.slice(m.end, m.end + 12));
    return verb !== null && m.end + verb[0].length !== trigger.span.end;
  };
  const reporters = new Set(actors.mentions.filter((m) => !own.has(m.name) && reportsOther(m)).map((m) => m.name));
  // "Ryanair CEO, Michael O'Leary, justified": the company only says whose chief acts.
  const modifiers = new Set(names.filter((n) => isModifierOnly(text, n, actors, trigger)));
  const parties = names.filter((n) => !reporters.has(n) && !modifiers.has(n));
  return parties.length > 0 ? parties : names.filter((n) => !reporters.has(n)).length > 0 ? names.filter((n) => !reporters.has(n)) : names;
}

/** Between a name and the name it describes: a title or description and no verb ("Ryanair CEO, Michael O'Leary", "Apple Inc. co-founder Steve Jobs", "Airbus parent EADS", "the United States's largest car maker General Motors"). */
const DESCRIBES_NEXT = /^(?:['’]s)?\s+(?:[\p{L}.&-]+\s+){0,3}[\p{L}.&-]+,?\s+$/u;
/** Words that join or govern names rather than describe the next one: "Ford and GM", "Ford to buy Volvo". */
const NOT_A_DESCRIPTION = /\b(?:and|or|with|to|from|of|in|at|for|by|on|as|than|but|the|a|an|who|which|that)\b/i;

/**
 * Whether each mention of a name in the clause only describes the person or organization named
 * right after it, with a title or description between and no verb: that name is an affiliation,
 * not a party.
 */
function isModifierOnly(text: string, name: string, actors: ClauseActors, trigger: Trigger): boolean {
  const own = actors.sentenceMentions.filter((m) => m.name === name && m.end <= trigger.span.start);
  return (
    own.length > 0 &&
    own.every((m) => {
      const next = actors.sentenceMentions.find((x) => x.start > m.end && x.name !== name && (x.kind === 'person' || x.kind === 'organization'));
      if (!next || (trigger.span.start < next.start && trigger.span.end > m.end)) return false;
      const gap = text.slice(m.end, next.start);
      return DESCRIBES_NEXT.test(gap) && !NOT_A_DESCRIPTION.test(gap) && !actors.sentenceVerbs.some((v) => v >= m.end && v < next.start);
    })
  );
}
