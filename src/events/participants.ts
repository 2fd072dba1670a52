import type { Clause, DraftEvent, Mention, Term, Trigger } from './model.js';
import { resolveReferences, type ResolvedReference } from './references.js';

/** Prepositions after which a country or organization is a setting or a goal, not an actor ("in Russia", "to Kyrgyzstan"). */
const NOT_ACTOR =
  /^(?:in|at|to|from|of|for|into|onto|on|near|across|over|about|against|toward|towards|after|before|under|within|without|through|via|than|like|as|around|inside|outside|during|since|until|per)$/;
/** Prepositions that bring in partners after the trigger ("talks with Kyrgyzstan", "trade between Russia and ..."). */
const PARTNER = /^(?:with|between|by|among|and)$/;

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
    const name = /^\p{Lu}/u.test(word) || m[0].startsWith('(');
    // A comma after a common word or a number closes a phrase: "on June 10, 1992, the two countries".
    if (!name && m[0].endsWith(',') && m.index + m[0].length < before.length) return null;
    if (word === '' || name || /^(?:and|the|&|[-–—]|[\d.,/-]+(?:st|nd|rd|th)?)$/i.test(word)) continue;
    return { word: word.toLowerCase(), start: clauseStart + m.index + m[0].indexOf(word) };
  }
  return null;
}

/** Whether a mention or reference at `at` acts in the clause: a subject before the trigger, a partner after it. */
function acts(text: string, clause: Clause, at: number, trigger: Trigger, verbs: ReadonlySet<number>): boolean {
  const governor = governingWord(text, clause.start, at);
  if (at < trigger.span.start) return governor === null || !(NOT_ACTOR.test(governor.word) || verbs.has(governor.start));
  return governor !== null && PARTNER.test(governor.word);
}

/** What the clause says about who acts: mentions and resolved references, before resolution into names. */
export interface ClauseActors {
  mentions: readonly Mention[];
  references: readonly ResolvedReference[];
  /** Where the clause's verbs start: a name right after a verb is its object ("chose Russia"). */
  verbs: ReadonlySet<number>;
}

export function clauseActors(
  text: string,
  clause: Clause,
  mentions: readonly Mention[],
  events: readonly DraftEvent[],
  terms: readonly Term[],
): ClauseActors {
  const verbs = new Set(terms.filter((t) => t.start >= clause.start && t.end <= clause.end && t.tags.has('Verb')).map((t) => t.start));
  const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  let references = resolveReferences(text, clause.start, clause.end, mentions, events);
  if (inClause.some((m) => m.kind === 'person')) {
    // Named people in the clause are the group itself ("The prime ministers ..., A and B, met").
    references = references.filter((r) => !r.names.every((n) => mentions.some((m) => m.name === n && m.kind === 'person')));
  }
  return { mentions: inClause, references, verbs };
}

/** The subjects of a clause: what acts before its first trigger, or the antecedent of "who". */
export function subjectsOf(text: string, clause: Clause, actors: ClauseActors, firstTrigger: Trigger | undefined, antecedent: Mention | undefined): string[] {
  const names = clause.relative && antecedent ? [antecedent.name] : [];
  const until = firstTrigger?.span.start ?? clause.end;
  const probe: Trigger = firstTrigger ?? { span: { text: '', start: until, end: until }, type: 'other', needsAmount: false, verb: false };
  for (const m of actors.mentions)
    if (m.start < until && m.kind !== 'place' && acts(text, clause, m.start, probe, actors.verbs) && !names.includes(m.name)) names.push(m.name);
  for (const r of actors.references)
    if (r.start < until && acts(text, clause, r.start, probe, actors.verbs)) r.names.forEach((n) => names.includes(n) || names.push(n));
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
    if (m.kind === 'person' || acts(text, clause, m.start, trigger, actors.verbs)) add(m.name);
    else if (m.start >= trigger.span.end && governingWord(text, clause.start, m.start)?.word === 'of' && text.slice(trigger.span.end, m.start).split(/\s+/).length <= 4)
      add(m.name); // "a summit of the CIS"
  }
  for (const r of actors.references) if ((primary || r.start > trigger.span.start) && acts(text, clause, r.start, trigger, actors.verbs)) r.names.forEach(add);
  return names;
}
