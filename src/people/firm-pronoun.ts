import type { Token } from './tokens.js';

/** Verbs of saying: after them "its" belongs to what is said about, not to the speaker ("Cook said its sales rose"). */
const SAYING = new Set(['said', 'says', 'told', 'added', 'noted', 'stated', 'announced', 'wrote', 'argued', 'explained', 'warned']);

/**
 * Whether a name is the subject of a verb whose object is its own ("Eli Lilly raised its forecast", "Hess cut its budget"):
 * the name, one verb, then "its" — a firm, as no person is "it". Not after a verb of saying, whose "its" may be another's
 * ("Cook said its sales rose"), nor a name that is no clause's subject ("shares of Hess lost its gains").
 */
export function actsAsFirm(tokens: readonly Token[], first: number, last: number): boolean {
  const start = tokens[first]!;
  const verb = tokens[last + 1];
  const its = tokens[last + 2];
  if (!verb || !its || verb.sentence !== start.sentence || its.sentence !== start.sentence || its.key !== 'its') return false;
  // One lower-case word of any part of speech compromise gives it ("cut" reads as a noun too), not a function word ("and its").
  if (['Preposition', 'Conjunction', 'Determiner', 'Pronoun'].some((tag) => verb.tags.has(tag)) || verb.capitalized || SAYING.has(verb.key) || /[,;:]/.test(tokens[last]!.post + verb.post)) return false;
  const before = tokens[first - 1];
  return start.sentenceStart || !before || /[,;:]\s*$/.test(start.pre) || before.sentence !== start.sentence;
}
