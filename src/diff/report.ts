import type { ArticleDiff, KindDiff } from './compare.js';

type Item = Record<string, unknown>;

const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? 'null');

/** The words a reader needs to find an item: its text or name, value, and offsets. */
function describe(kind: string, item: Item): string {
  const span = (s: Item | undefined) => (s ? ` [${String(s.start)}, ${String(s.end)})` : '');
  switch (kind) {
    case 'dates':
      return `${show(item.text)}${span(item)} ${String(item.type)} ${String(item.value)}`;
    case 'money':
      return `${show(item.text)}${span(item)} ${String(item.amount)} ${String(item.currency)}${item.qualifier ? ` (${String(item.qualifier)})` : ''}`;
    case 'events':
      return `${String(item.type)} ${show((item.trigger as Item | undefined)?.text)}${span(item.trigger as Item)} date ${String(item.date)}`;
    default: {
      const first = (item.mentions as Item[] | undefined)?.[0];
      return `${show(item.name)}${span(first)}`;
    }
  }
}

const pct = (x: number): string => x.toFixed(2);

function kindLines(k: KindDiff): string[] {
  const lines = [`  ${k.kind}: ${k.golden} golden, ${k.actual} actual, ${k.correct} correct — P ${pct(k.precision)} R ${pct(k.recall)}`];
  for (const g of k.missing) lines.push(`    - missing  ${describe(k.kind, g)}`);
  for (const a of k.added) lines.push(`    + added    ${describe(k.kind, a)}`);
  for (const c of k.changed) {
    lines.push(`    ~ changed  ${describe(k.kind, c.golden)}`);
    for (const ch of c.changes) lines.push(`        ${ch.field}: ${show(ch.golden)} → ${show(ch.actual)}`);
  }
  return lines;
}

/** A readable diff of one article: only kinds with differences list their items. */
export function formatArticleDiff(diff: ArticleDiff): string {
  const lines = [`${diff.id}: ${diff.equal ? 'equal' : 'differs'}`];
  for (const f of diff.fields) lines.push(`  ${f.field}: ${show(f.golden)} → ${show(f.actual)}`);
  for (const k of diff.kinds) lines.push(...(k.missing.length + k.added.length + k.changed.length > 0 ? kindLines(k) : [kindLines(k)[0]!]));
  return lines.join('\n');
}

/**
 * Every difference of an article as one line each ("places missing \"Black Sea\" [847, 856)",
 * "events changed talks \"talks\" [143, 148) date 2019-07-11 · end: 305 → 469"): the form a
 * golden case's list of known misses is written in.
 */
export function differenceLines(diff: ArticleDiff): string[] {
  const lines = diff.fields.map((f) => `${f.field}: ${show(f.golden)} → ${show(f.actual)}`);
  for (const k of diff.kinds) {
    for (const g of k.missing) lines.push(`${k.kind} missing ${describe(k.kind, g)}`);
    for (const a of k.added) lines.push(`${k.kind} added ${describe(k.kind, a)}`);
    for (const c of k.changed)
      for (const ch of c.changes) lines.push(`${k.kind} changed ${describe(k.kind, c.golden)} · ${ch.field}: ${show(ch.golden)} → ${show(ch.actual)}`);
  }
  return lines;
}
