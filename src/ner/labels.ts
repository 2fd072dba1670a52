/** The kinds of name the tagger tells apart: MISC takes every other proper name (events, products, works). */
export const NAME_KINDS = ['PER', 'LOC', 'ORG', 'MISC'] as const;

/** PER, LOC, ORG or MISC. */
export type NameKind = (typeof NAME_KINDS)[number];

/** BIO labels: O, then B- and I- of each kind, in the order of NAME_KINDS. Label ids index this list. */
export const LABELS: readonly string[] = ['O', ...NAME_KINDS.flatMap((k) => [`B-${k}`, `I-${k}`])];

/** Number of labels (9). */
export const LABEL_COUNT = LABELS.length;

/** A name as a token range, inclusive, with its kind. */
export interface NameSpan {
  first: number;
  last: number;
  kind: NameKind;
}

const beginOf = (kind: NameKind): number => 1 + 2 * NAME_KINDS.indexOf(kind);

/** Whether label `next` may follow label `prev` (-1: sequence start): an I- only continues its own kind. */
export function allowedAfter(prev: number, next: number): boolean {
  if (next === 0 || next % 2 === 1) return true;
  return prev === next || prev === next - 1;
}

/** The label sequence of `length` tokens with `spans` (which must not overlap). */
export function labelsOf(length: number, spans: readonly NameSpan[]): Uint8Array {
  const labels = new Uint8Array(length);
  for (const s of spans) {
    const b = beginOf(s.kind);
    labels[s.first] = b;
    for (let i = s.first + 1; i <= s.last; i++) labels[i] = b + 1;
  }
  return labels;
}

/** The names a label sequence spells (a stray I- starts a name of its kind). */
export function spansOf(labels: ArrayLike<number>): NameSpan[] {
  const spans: NameSpan[] = [];
  let open: NameSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i]!;
    const kind = y === 0 ? null : NAME_KINDS[(y - 1) >> 1]!;
    const continues = open !== null && y % 2 === 0 && y !== 0 && kind === open.kind;
    if (continues) {
      open!.last = i;
      continue;
    }
    if (open) spans.push(open);
    open = kind ? { first: i, last: i, kind } : null;
  }
  if (open) spans.push(open);
  return spans;
}
