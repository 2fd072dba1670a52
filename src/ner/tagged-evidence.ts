import type { Token } from '../people/tokens.js';
import { NAME_KINDS, type NameSpan } from './labels.js';

const CAPITAL = /^\p{Lu}/u;

/**
 * Evidence from a first tagging of the article, per token (the second pass's features): the
 * kinds of the names the same word was part of elsewhere in the article ("Holt" … tagged PER in
 * "Caleb Holt" → `st=PER` on a lone "Holt"), whether the word is the last word of a several-word
 * person's name tagged elsewhere (`st:surname`), both for words written with a capital; and, on
 * every word of it, that the same words make a several-word name of kind K elsewhere (`stw=K`).
 * A token's own tagging never counts.
 */
export function taggedEvidence(tokens: readonly Token[], firstPass: readonly NameSpan[]): string[][] {
  const out: string[][] = tokens.map(() => []);
  if (firstPass.length === 0) return out;
  // Per word: the positions where it was tagged, with the kind (a word is rarely tagged often).
  const taggedAt = new Map<string, Array<[number, number]>>();
  const surnameAt = new Map<string, number[]>();
  for (const n of firstPass) {
    const kind = NAME_KINDS.indexOf(n.kind);
    for (let i = n.first; i <= n.last; i++) {
      const key = tokens[i]!.key;
      const list = taggedAt.get(key);
      if (list) list.push([i, kind]);
      else taggedAt.set(key, [[i, kind]]);
    }
    if (n.kind === 'PER' && n.last > n.first) {
      const key = tokens[n.last]!.key;
      surnameAt.set(key, [...(surnameAt.get(key) ?? []), n.last]);
    }
  }
  // Several-word names by their words: the same words elsewhere, untagged as that whole, get `stw=K`.
  const whole = new Map<string, NameSpan[]>();
  for (const n of firstPass) {
    if (n.last === n.first) continue;
    const key = tokens[n.first]!.key;
    whole.set(key, [...(whole.get(key) ?? []), n]);
  }
  const wholeAt: number[] = tokens.map(() => 0);
  tokens.forEach((t, i) => {
    for (const n of whole.get(t.key) ?? []) {
      if (n.first === i) continue;
      const length = n.last - n.first + 1;
      let same = true;
      for (let k = 1; k < length && same; k++) same = tokens[i + k]?.key === tokens[n.first + k]!.key && tokens[i + k]!.sentence === t.sentence;
      if (same) for (let k = 0; k < length; k++) wholeAt[i + k]! |= 1 << NAME_KINDS.indexOf(n.kind);
    }
  });
  tokens.forEach((t, i) => {
    const list = out[i]!;
    if (CAPITAL.test(t.text)) {
      let kinds = 0;
      for (const [at, kind] of taggedAt.get(t.key) ?? []) if (at !== i) kinds |= 1 << kind;
      NAME_KINDS.forEach((kind, k) => {
        if (kinds & (1 << k)) list.push(`st=${kind}`);
      });
      if (surnameAt.get(t.key)?.some((at) => at !== i)) list.push('st:surname');
    }
    NAME_KINDS.forEach((kind, k) => {
      if (wholeAt[i]! & (1 << k)) list.push(`stw=${kind}`);
    });
  });
  return out;
}
