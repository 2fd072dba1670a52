import nlp from 'compromise';
import type { Term } from './model.js';

type Transform = (word: string, model: unknown, tense?: string) => string;

const world = nlp.world() as unknown as {
  model: unknown;
  methods: { two: { transform: { verb: { toInfinitive: Transform }; noun: { toSingular: Transform } } } };
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
    return tense ? verb.toInfinitive(word, model, tense) : word;
  }
  if (term.tags.has('Plural')) return noun.toSingular(word, model);
  return word;
}
