import type { Token } from '../people/tokens.js';
import type { NameKind, NameSpan } from './labels.js';

const CAPITAL = /^\p{Lu}/u;

/** compromise's tags of a word that opens a sentence but no name: "However", "In", "The", "Yesterday", "Later". */
const OPENER_TAGS = ['Conjunction', 'Preposition', 'Determiner', 'Adverb', 'Date', 'Comparative', 'Pronoun'];

/**
 * A name's span without a sentence-opening word that compromise reads as a connective, a date or a
 * comparative and not as a name ("Later Jerome sang" → "Jerome"): its capital is the sentence's,
 * and the tagger, which reads the capital, takes it in.
 */
function withoutOpener(tokens: readonly Token[], n: NameSpan): NameSpan {
  const t = tokens[n.first]!;
  if (n.last === n.first || !t.sentenceStart || t.tags.has('ProperNoun') || t.tags.has('Person')) return n;
  return OPENER_TAGS.some((tag) => t.tags.has(tag)) ? { first: n.first + 1, last: n.last, kind: n.kind } : n;
}

/**
 * One article names one thing one way (once a sentence's opening word is off its names: `withoutOpener`): every name written the same way takes the kind the tagger
 * gives it most often in the article (ties to the first), and the same words written with capitals
 * inside a sentence elsewhere, untagged and free, become a name too ("Sarvis" … "Sarvis").
 */
export function consistentNames(tokens: readonly Token[], tagged: readonly NameSpan[], breaks: ArrayLike<number>): NameSpan[] {
  const names: NameSpan[] = [];
  for (const n of tagged) names.push(withoutOpener(tokens, n));
  const keyOf = (first: number, last: number): string => tokens.slice(first, last + 1).map((t) => t.key).join(' ');
  const votes = new Map<string, Map<NameKind, number>>();
  for (const n of names) {
    const key = keyOf(n.first, n.last);
    const tally = votes.get(key) ?? new Map<NameKind, number>();
    tally.set(n.kind, (tally.get(n.kind) ?? 0) + 1);
    votes.set(key, tally);
  }
  const kindOf = (key: string): NameKind | undefined => {
    let best: [NameKind, number] | undefined;
    for (const [kind, n] of votes.get(key) ?? []) if (!best || n > best[1]) best = [kind, n];
    return best?.[0];
  };
  // One literal for every span, and a plain loop rather than Array#map, whose result has another
  // map once the caller is optimized: the push below and the readers met two maps (--trace-deopt).
  const out: NameSpan[] = [];
  for (const n of names) out.push({ first: n.first, last: n.last, kind: kindOf(keyOf(n.first, n.last))! });
  const taken = new Uint8Array(tokens.length);
  for (const n of names) taken.fill(1, n.first, n.last + 1);
  const byFirst = new Map<string, string[][]>();
  for (const key of votes.keys()) {
    const words = key.split(' ');
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || t.sentenceStart || !CAPITAL.test(t.text)) continue;
    const words = byFirst.get(t.key)?.find((w) => w.every((k, n) => tokens[i + n]?.key === k && !taken[i + n] && (n === 0 || !breaks[i + n])));
    if (!words) continue;
    const last = i + words.length - 1;
    if (breaks[last + 1] === 0 && CAPITAL.test(tokens[last + 1]?.text ?? '')) continue; // part of a longer name
    if (i > 0 && breaks[i] === 0 && CAPITAL.test(tokens[i - 1]!.text)) continue;
    out.push({ first: i, last, kind: kindOf(words.join(' '))! });
    i = last;
  }
  return out.sort((a, b) => a.first - b.first);
}
