import type { Token } from './tokens.js';
import type { Geography } from './geo.js';
import { HONORIFICS, ROLE_HEADS } from './titles.js';

/**
 * Last words of a body named after someone or something in the singular possessive: "Alzheimer's Association", "Parkinson's
 * Foundation", "St. Jude's Hospital", "McDonald's Corp.". Not the bodies a leader or a country has ("Trump's Cabinet",
 * "Tesla's Board", "Britain's Parliament"), nor a unit's name ("Apple's Services"): those are the owner's and another name.
 * Nor a building named so ("St. Paul's Cathedral", "St. Mary's Church", "Ford's Theatre"), a place as much as a body.
 */
const EPONYM_HEADS = new Set([
  'association', 'foundation', 'society', 'institute', 'trust', 'fund', 'hospital', 'clinic', 'college', 'school', 'academy',
  'inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'plc',
]);

/**
 * Whether a singular possessive and the word right after it are one body's name: a capitalized owner that is no large place nor
 * a people's word, "'s", then one of `EPONYM_HEADS` that ends the name (no capitalized word goes on after it: "Harvard's
 * Kennedy School" is the school of Harvard). A plural owner is `pluralOwner`'s.
 */
export function eponymOwner(tokens: readonly Token[], text: string, owner: Token, geo: Geography): boolean {
  const head = tokens[owner.i + 1];
  if (!head || !owner.capitalized || !head.capitalized || head.sentence !== owner.sentence || !EPONYM_HEADS.has(head.key)) return false;
  if (!/^['’]s $/.test(text.slice(owner.end, head.start))) return false;
  const after = tokens[head.i + 1];
  if (after?.capitalized && after.sentence === head.sentence && /^\.? $/.test(text.slice(head.end, after.start))) return false;
  // "Mr. Musk's Foundation", "President Trump's Fund": a titled person's body, named apart.
  const before = tokens[owner.i - 1];
  if (before && before.sentence === owner.sentence && (HONORIFICS.has(before.key) || ROLE_HEADS.has(before.key))) return false;
  return !geo.isNationality(owner) && !geo.isPlace(owner.text);
}
