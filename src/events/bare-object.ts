import type { Term } from './model.js';
import { lemmaOf } from './lemma.js';
import { wordClasses } from './wordnet.js';

/**
 * The tagger reads a bare plural right after a past verb as a second verb in the present ("Reeves raised taxes by
 * 26 billion pounds": "taxes" a present verb), which leaves the past verb with no object and the plural an event of
 * its own. Two finite verbs do not stand side by side: after a past verb that always takes an object (WordNet's
 * frames: "raise", "lift", "post"), a lower-case word in -s, only a space between, is that object, a plural noun.
 * The words are retagged once, so that every rule after (predicates, objects, roles, dates) reads the same noun.
 */
export function bareObjectsRetagged(terms: readonly Term[], text: string): Term[] {
  return terms.map((term, i) => (bareObjectAt(terms, text, i) ? { ...term, tags: pluralNounTags(term.tags) } : term));
}

function bareObjectAt(terms: readonly Term[], text: string, i: number): boolean {
  const term = terms[i]!;
  const verb = terms[i - 1];
  if (!verb || !term.tags.has('PresentTense') || term.tags.has('Auxiliary') || term.tags.has('Modal') || !/^\p{Ll}+[^s]s$/u.test(term.text)) return false;
  if (!/^ +$/.test(text.slice(verb.end, term.start))) return false;
  return verb.tags.has('Verb') && verb.tags.has('PastTense') && !verb.tags.has('Auxiliary') && wordClasses().transitiveOnly(lemmaOf(verb));
}

const VERB_TAGS = new Set(['Verb', 'PresentTense', 'Infinitive', 'Imperative']);
const pluralNounTags = (tags: ReadonlySet<string>): ReadonlySet<string> => new Set([...[...tags].filter((t) => !VERB_TAGS.has(t)), 'Noun', 'Plural']);
