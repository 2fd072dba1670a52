import type { NameModel } from './model-file.js';
import { LABEL_COUNT } from './labels.js';
import { allowedTransitions } from './perceptron.js';
import { PairTable } from './pair-table.js';

/** compromise tags worth a feature each: parts of speech and its own name guesses (feature `t=Tag`, in this order). */
export const TAGS = [
  'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City', 'Region',
  'Organization', 'SportsTeam', 'Company', 'School', 'ProperNoun', 'Noun', 'Plural', 'Verb', 'Adjective', 'Adverb',
  'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Value', 'Date', 'Month', 'WeekDay', 'Acronym',
  'Demonym', 'Possessive', 'Abbreviation', 'Unit', 'Currency',
] as const;

/** Position of each tag in TAGS. */
export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((tag, n) => [tag, n]));

/** Features whose name never varies, by name. */
const FIXED = [
  'w-1=<s>', 'w-2=<s>', 'w+1=</s>', 'w+2=</s>', 'start', 'poss', 'punct+1', 'paren-1', 'casing=title', 'casing=caps',
  'line0', 'afterNum', 'fn-1', 'orgsuf+1', 'orgdesc-1', 'placenoun-of', 'title-1',
  'doc:capmid', 'doc:lower', 'doc:surname', 'doc:surname-later',
] as const;

/**
 * A model made ready for fast tagging, once per model: the ids of its fixed features, its pair
 * features by parts, and the transitions with BIO's forbidden steps as −Infinity. It scores
 * exactly as the feature strings do (the same ids, added in the same order).
 */
export interface CompiledModel {
  readonly model: NameModel;
  /** features × labels, row-major. */
  readonly emission: Float32Array | Float64Array;
  /** (labels + 1) × labels, row `prev` (LABEL_COUNT = start); −Infinity where BIO forbids the step. */
  readonly transition: Float64Array;
  /** Id of a feature by name, or -1. */
  id(name: string): number;
  /** Ids of the fixed features (-1: unknown to the model). */
  readonly fixed: Readonly<Record<(typeof FIXED)[number], number>>;
  /** Ids of `t=Tag`, in TAGS order. */
  readonly tags: Int32Array;
  readonly shapeBefore: PairTable;
  readonly shapeAfter: PairTable;
  readonly wordBefore: PairTable;
  readonly wordAfter: PairTable;
}

const compiled = new WeakMap<NameModel, CompiledModel>();

/** The model compiled for tagging (made on first use, then shared). */
export function compileModel(model: NameModel): CompiledModel {
  const known = compiled.get(model);
  if (known) return known;
  const L = LABEL_COUNT;
  const id = (name: string): number => model.features.get(name) ?? -1;
  const transition = allowedTransitions(model.weights.transition);
  const fixed = Object.fromEntries(FIXED.map((name) => [name, id(name)])) as Record<(typeof FIXED)[number], number>;
  const result: CompiledModel = {
    model,
    emission: model.weights.emission,
    transition,
    id,
    fixed,
    tags: Int32Array.from(TAGS, (tag) => id(`t=${tag}`)),
    shapeBefore: new PairTable('sh-1=', model.features),
    shapeAfter: new PairTable('sh+1=', model.features),
    wordBefore: new PairTable('w-1w=', model.features),
    wordAfter: new PairTable('ww+1=', model.features),
  };
  compiled.set(model, result);
  return result;
}
