import type { Token } from './tokens.js';
import { ORG_DESCRIPTORS } from './words.js';

/**
 * Agent nouns compromise calls a person's that a firm or a side is described by as often ("Acme, a maker of chips",
 * "Chelsea, the champion"): no evidence of a person.
 */
const BODY_AGENTS = new Set([
  'maker', 'producer', 'developer', 'designer', 'partner', 'winner', 'leader', 'champion', 'champions', 'player', 'member',
  'holder', 'sponsor', 'contractor', 'provider', 'seller', 'buyer', 'owner', 'operator', 'investor', 'lender', 'supplier',
]);

/** A firm's or a side's noun, also as the end of a compound ("chipmaker", "drugmaker", "steelmaker"). */
const bodyNoun = (key: string): boolean => ORG_DESCRIPTORS.has(key) || [...BODY_AGENTS].some((agent) => key.endsWith(agent));

/** Words that may close the noun phrase of an apposition: the end of the clause, a preposition, a relative word. */
const AFTER_HEAD = new Set(['from', 'of', 'in', 'at', 'with', 'who', 'whose', 'known', 'born', 'based', 'and', 'for', 'on', 'turned']);

/**
 * A name described right after it as a person by an indefinite apposition whose head compromise knows as a person's noun
 * ("Doechii, a rapper from Tampa, won", "Okafor, a retired bricklayer, said"): "a" or "an", up to three modifiers, the head,
 * then the end of the clause or a preposition. Not a firm's agent noun ("Acme, a maker of chips") nor a head the role lists
 * know, which `appositionAfter` reads with its role.
 */
export function describedAsPerson(tokens: readonly Token[], text: string, last: number): boolean {
  const name = tokens[last]!;
  const article = tokens[last + 1];
  if (!article || article.sentence !== name.sentence || !/^,\s+$/.test(text.slice(name.end, article.start)) || !/^(?:a|an)$/.test(article.key)) return false;
  for (let k = last + 2; k <= last + 5; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== name.sentence || /[,;:()]/.test(text.slice(tokens[k - 1]!.end, t.start))) return false;
    if (t.tags.has('Verb') && !t.tags.has('Adjective')) return false;
    if (!t.tags.has('Actor') || bodyNoun(t.key) || t.capitalized) continue;
    const next = tokens[k + 1];
    return !next || next.sentence !== t.sentence || /[,;:.)]/.test(text.slice(t.end, next.start)) || AFTER_HEAD.has(next.key);
  }
  return false;
}
