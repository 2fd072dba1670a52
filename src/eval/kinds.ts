import { EvalInputError } from './errors.js';

/** The kinds of item the eval command scores, one row of the report each. */
export const evalKinds = ['dates', 'people', 'places', 'organizations', 'money'] as const;

/** dates, people, places, organizations or money. */
export type EvalKind = (typeof evalKinds)[number];

/** Which corpus labels are gold items of a kind: a span type, optionally narrowed by its attributes. */
export interface GoldLabelRule {
  kind: EvalKind;
  types: readonly string[];
  /** Extra condition on the span's `attrs`, with a description for error messages and docs. */
  where?: { describe: string; test(attrs: Record<string, unknown>): boolean };
}

/** Names only: MEANTIME marks names, nominals and pronouns with `syntactic_type`. */
const namesOnly: GoldLabelRule['where'] = {
  describe: 'syntactic_type NAM',
  test: (attrs) => attrs.syntactic_type === 'NAM',
};

/**
 * Corpus labels → eval kinds. Add a row to score another corpus's labels
 * (e.g. OntoNotes `PERSON`, `GPE`).
 */
export const goldLabelRules: readonly GoldLabelRule[] = [
  { kind: 'dates', types: ['DATE', 'TIME', 'DURATION', 'SET'] },
  { kind: 'people', types: ['PER'], where: namesOnly },
  { kind: 'places', types: ['LOC'], where: namesOnly },
  { kind: 'organizations', types: ['ORG'], where: namesOnly },
  { kind: 'money', types: ['MONEY'] },
];

/** The kind a corpus span is gold for, or null when no rule takes it. */
export function goldKindOf(type: string, attrs: Record<string, unknown>): EvalKind | null {
  const rule = goldLabelRules.find((r) => r.types.includes(type) && (!r.where || r.where.test(attrs)));
  return rule?.kind ?? null;
}

/**
 * The kind an overlay span's `type` names: a kind itself ("people") or a corpus label ("PER").
 * Overlay spans are hand-picked, so the attribute condition is not applied.
 */
export function kindOfOverlayType(type: string): EvalKind | null {
  if (isEvalKind(type)) return type;
  return goldLabelRules.find((r) => r.types.includes(type))?.kind ?? null;
}

/** Whether a word names a kind. */
export function isEvalKind(word: string): word is EvalKind {
  return (evalKinds as readonly string[]).includes(word);
}

/** Parse a `--kinds dates,people` list. Throws naming the unknown word. */
export function parseKinds(list: string): EvalKind[] {
  const words = list.split(',').map((w) => w.trim()).filter((w) => w !== '');
  if (words.length === 0) throw new EvalInputError(`--kinds: expected a comma-separated list of ${evalKinds.join(', ')}`);
  for (const word of words) {
    if (!isEvalKind(word)) throw new EvalInputError(`--kinds: unknown kind "${word}"; use ${evalKinds.join(', ')}`);
  }
  return evalKinds.filter((k) => words.includes(k));
}
