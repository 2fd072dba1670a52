import nlp from '../pipeline/nlp.js';
import type { Term } from './model.js';

type Transform = (word: string, model: unknown, tense?: string) => string;

const world = nlp.world() as unknown as {
  model: unknown;
  methods: { two: { transform: { verb: { toInfinitive: Transform; conjugate: (word: string, model: unknown) => Record<string, string | undefined> }; noun: { toSingular: Transform } } } };
};
const { model } = world;
const { verb, noun } = world.methods.two.transform;

const TENSES = ['PastTense', 'Participle', 'Gerund', 'PresentTense'] as const;

/**
 * The dictionary form of a word of the parse, from compromise's own conjugation and plural tables
 * (no second parse): "fell" → "fall", "bought" → "buy", "layoffs" → "layoff".
 */
export function lemmaOf(term: Term): string {
  const word = term.lower;
  if (term.tags.has('Verb')) {
    if (term.tags.has('Infinitive')) return word;
    const tense = TENSES.find((t) => term.tags.has(t));
    if (tense === 'PastTense' || tense === 'Participle') return pastFormLemma(word);
    return tense ? cached(tense, word, () => verb.toInfinitive(word, model, tense)) : word;
  }
  if (term.tags.has('Plural')) return singularOf(word);
  return word;
}

/** A plural noun's singular, by compromise's plural table ("wages" → "wage", "crises" → "crisis"), also for a plural the tagger read as a verb. */
export const singularOf = (word: string): string => cached('Plural', word, () => noun.toSingular(word, model));

/**
 * The verb of a past form, the reading whose conjugation gives the word back: the past tense's
 * first ("sold" → "sell", "intervened" → "intervene"), else the participle's, which the tagger
 * calls past tenses too and compromise's past-tense table does not undo ("had broken" → "break",
 * "stolen" → "steal", "done" → "do" rather than the table's "dine"); else what the table says.
 */
function pastFormLemma(word: string): string {
  const past = cached('PastTense', word, () => verb.toInfinitive(word, model, 'PastTense'));
  if (conjugated(past, 'PastTense') === word) return past;
  const participle = cached('Participle', word, () => verb.toInfinitive(word, model, 'Participle'));
  return participle !== word && isParticipleOf(participle, word) ? participle : past;
}

/** A form of a verb in compromise's conjugation, or undefined. */
const conjugated = (lemma: string, form: 'PastTense' | 'Participle'): string | undefined =>
  cached(form === 'PastTense' ? 'PastTense of' : 'Participle of', lemma, () => verb.conjugate(lemma, model)[form] ?? '') || undefined;

/**
 * Whether a bare verb form is also its own past tense in compromise's conjugation ("hit", "hurt",
 * "set", "put", "beat"), so that after "be" it is the participle the tagger took for the bare verb
 * ("was hit"), not an adjective it misread ("was empty": "emptied").
 */
export function pastLikeBare(word: string): boolean {
  return cached('Bare', word, () => (verb.conjugate(word, model).PastTense === word ? 'y' : '')) === 'y';
}

/** Whether a verb form is its lemma's past participle in compromise's conjugation ("planned", "built", "taken"; not "fell", "took"). */
export function isParticipleOf(lemma: string, word: string): boolean {
  return cached('Participle?', `${lemma} ${word}`, () => {
    const forms = verb.conjugate(lemma, model);
    return (forms.Participle ?? forms.PastTense) === word ? 'y' : '';
  }) === 'y';
}

/** The verb whose present in "-s" a word is ("sues" → "sue", "offers" → "offer"), or null: a plural the tagger read ("Cisco sues Apple"). */
export function presentLemma(word: string): string | null {
  const lemma = cached('PresentTense', word, () => verb.toInfinitive(word, model, 'PresentTense'));
  return lemma !== word && cached('PresentTense of', lemma, () => verb.conjugate(lemma, model).PresentTense ?? '') === word ? lemma : null;
}

/**
 * Lemmas already made, by tense (or question) and word: news repeats its verbs. A map per tense,
 * not one keyed by "tense word": a key made by joining strings is a new string to hash on every
 * call, 1% of a worker's CPU (profile of the cold CLI). Bounded, so that a long batch does not
 * grow it forever.
 */
const LEMMAS = new Map<string, Map<string, string>>();
const MAX_LEMMAS = 50_000;
let lemmaCount = 0;
function cached(kind: string, word: string, make: () => string): string {
  let byWord = LEMMAS.get(kind);
  if (byWord === undefined) LEMMAS.set(kind, (byWord = new Map()));
  let lemma = byWord.get(word);
  if (lemma === undefined) {
    if (lemmaCount >= MAX_LEMMAS) {
      for (const words of LEMMAS.values()) words.clear();
      lemmaCount = 0;
    }
    lemma = make();
    byWord.set(word, lemma);
    lemmaCount++;
  }
  return lemma;
}

/**
 * The verb a word tagged as a noun is when it is a past-tense form after its subject: compromise
 * reads "Stocks rose sharply" with "rose" the flower. Null after a determiner, a possessive or a
 * preposition ("a red rose", "of the rose"), or before a noun ("rose garden"); null for a word that is
 * no past form of the verb its rules undo it to.
 */
export function misreadPastTense(term: Term, before: readonly Term[], next: Term | undefined): string | null {
  if (!term.tags.has('Noun') || term.tags.has('Plural') || before.length === 0) return null;
  const [p2, p1] = before.length === 1 ? [undefined, before[0]!] : [before[0], before[1]!];
  const opensNoun = (t: Term | undefined) => Boolean(t && (t.tags.has('Determiner') || t.tags.has('Possessive') || t.tags.has('Preposition')));
  if (opensNoun(p1) || (p1.tags.has('Adjective') && opensNoun(p2))) return null;
  if (next && next.tags.has('Noun') && !next.tags.has('Value') && !next.tags.has('Date')) return null;
  const infinitive = cached('PastTense', term.lower, () => verb.toInfinitive(term.lower, model, 'PastTense'));
  // Only a form the verb's conjugation gives back: compromise's rules undo "day" to "die" ("the first day of a summit").
  return infinitive !== term.lower && (conjugated(infinitive, 'PastTense') === term.lower || conjugated(infinitive, 'Participle') === term.lower) ? infinitive : null;
}

const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | undefined> } } }).model.one.lexicon;

/**
 * Whether a word is an adjective's comparative by compromise's lexicon ("higher", "weaker"), or
 * "-er" on an adjective of it ("lower" of "low", "bigger" of "big", "earlier" of "early"): "due
 * to lower demand" is a cause, no infinitive.
 */
export function isComparative(word: string): boolean {
  if (lexicon[word] === 'Comparative') return true;
  if (!word.endsWith('er')) return false;
  const stems = [word.slice(0, -2), word.slice(0, -1), word.slice(0, -3), `${word.slice(0, -3)}y`];
  return stems.some((stem) => stem.length > 1 && lexicon[stem] === 'Adjective');
}

/** The verb whose past participle a word is ("closed" → "close", "shut" → "shut"), or null. */
export function participleLemma(word: string): string | null {
  const lemma = pastFormLemma(word);
  return lemma && isParticipleOf(lemma, word) ? lemma : null;
}

/** The verb whose gerund a word is ("killing" → "kill", "leaving" → "leave"), or null for a word that is none. */
export function gerundLemma(word: string): string | null {
  if (!word.endsWith('ing')) return null;
  const lemma = cached('Gerund', word, () => verb.toInfinitive(word, model, 'Gerund'));
  return lemma && lemma !== word ? lemma : null;
}
