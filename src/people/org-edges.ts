import type { Token } from './tokens.js';
import { joinable } from './runs.js';
import type { OrgSeed } from './org-seeds.js';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './titles.js';
import { ORG_HEADS, ORG_SUFFIXES } from './words.js';

const roleWord = (t: Token | undefined): boolean => t !== undefined && t.capitalized && (ROLE_HEADS.has(t.key) || ROLE_MODIFIERS.has(t.key));
/** A body's own last word, which a role's words share ("Federal Reserve Board", "XYZ Financial"). */
const bodyWord = (t: Token): boolean => ORG_HEADS.has(t.key) || ORG_SUFFIXES.has(t.key);

/**
 * A seed without the words at its edges that are no part of the body's name: an article the tagger took in at a sentence's
 * start ("An Army spokesman" → "Army") and the opening words of a title that goes on to a person's name ("Bank of England
 * Governor Andrew Bailey" → "Bank of England", "Acme Corp. Chief Financial | Officer Laura Chen" → "Acme Corp."). A body's
 * own last word stays ("Federal Reserve Board Chairman Jerome Powell").
 */
export function withinName(tokens: readonly Token[], text: string): (seed: OrgSeed) => OrgSeed {
  return (seed) => {
    let { first, last } = seed;
    while (first < last && /^(?:the|a|an)$/.test(tokens[first]!.key)) first++;
    // The title runs on past the seed to its head, then a name that is no title's word.
    let k = last;
    while (roleWord(tokens[k + 1]) && joinable(text, tokens[k]!, tokens[k + 1]!)) k++;
    const name = tokens[k + 1];
    const titled = ROLE_HEADS.has(tokens[k]!.key) && name?.capitalized && joinable(text, tokens[k]!, name) && !roleWord(name) && !HONORIFICS.has(name.key);
    if (titled) {
      let start = last + 1;
      while (start - 1 > first && roleWord(tokens[start - 1])) start--;
      while (start <= last && bodyWord(tokens[start]!)) start++;
      last = start - 1;
    }
    return first === seed.first && last === seed.last ? seed : { ...seed, first, last };
  };
}
