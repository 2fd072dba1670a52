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
  /** The gold value when the corpus writes it otherwise than the pipeline (default: the span's `value`). */
  value?: (span: { value: string | null; attrs: Record<string, unknown> }) => string | null;
  /** The TIMEX3 type to report for the span (default: its label); null when the corpus gives none. */
  timexType?: null;
}

/** Names only: MEANTIME marks names, nominals and pronouns with `syntactic_type`. */
const namesOnly: GoldLabelRule['where'] = {
  describe: 'syntactic_type NAM',
  test: (attrs) => attrs.syntactic_type === 'NAM',
};

/** GUM's time mentions that stand for one of its TEI `<date>`/`<time>` elements (`attrs.date`). */
const teiDated: GoldLabelRule['where'] = {
  describe: 'attrs.date (a TEI date or time)',
  test: (attrs) => isRecord(attrs.date),
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A TEI `when` as a TIMEX3 value: dates as they are ("2006-02-23", "1895"); a month or day
 * without a year ("--10", "--09-30") with the year unspecified ("XXXX-10", as TIMEX3 writes a
 * month of no particular year); a year before the common era ("-0508") as TIMEX3's "BC0508".
 * A clock time alone ("15:11:00": GUM leaves out the day TIMEX3 would give it) and spans given
 * by `from`/`to` or `notBefore`/`notAfter` have no single value: their extent is scored, their
 * value is not.
 */
export function timexValueOfTei(when: unknown): string | null {
  if (typeof when !== 'string' || when === '') return null;
  if (/^\d{2}:\d{2}/.test(when)) return null;
  if (/^--\d{2}(?:-\d{2})?$/.test(when)) return `XXXX${when.slice(1)}`;
  if (/^-\d{4}/.test(when)) return `BC${when.slice(1)}`;
  return when;
}

/**
 * Corpus labels → eval kinds. Add a row to score another corpus's labels
 * (e.g. OntoNotes `PERSON`, `GPE`).
 */
export const goldLabelRules: readonly GoldLabelRule[] = [
  { kind: 'dates', types: ['DATE', 'TIME', 'DURATION', 'SET'] },
  // GUM (gum/*.jsonl): a time mention is a temporal expression to score when it carries a TEI
  // date; its other time mentions ("that time", "the years") are left out, neither right nor wrong.
  {
    kind: 'dates',
    types: ['TIME_ENT'],
    where: teiDated,
    value: ({ attrs }) => timexValueOfTei(isRecord(attrs.date) ? attrs.date.when : undefined),
    timexType: null,
  },
  { kind: 'people', types: ['PER'], where: namesOnly },
  { kind: 'places', types: ['LOC'], where: namesOnly },
  { kind: 'organizations', types: ['ORG'], where: namesOnly },
  { kind: 'money', types: ['MONEY'] },
];

/** The rule that makes a corpus span gold, or null when none takes it. */
export function goldRuleOf(type: string, attrs: Record<string, unknown>): GoldLabelRule | null {
  return goldLabelRules.find((r) => r.types.includes(type) && (!r.where || r.where.test(attrs))) ?? null;
}

/** The kind a corpus span is gold for, or null when no rule takes it. */
export function goldKindOf(type: string, attrs: Record<string, unknown>): EvalKind | null {
  return goldRuleOf(type, attrs)?.kind ?? null;
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
