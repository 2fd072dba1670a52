import type { ArticleNames } from '../ner/article-names.js';
import type { OrgSeed } from './org-seeds.js';

/** Words that join an organization's name to a person's inside one capitalized run: "Troy Patterson | of | Slate Magazine". */
const JOINERS = new Set(['of', 'at', 'from']);

/**
 * An organization read by its shape that runs on into a person's full name ("University of Texas Arlington Amneh Jafari",
 * "Troy Patterson of Slate Magazine"): where the name tagger reads a full name, opening with a listed given name or
 * ending with a surname it reads alone elsewhere, at the seed's end, or at its start before "of", the seed keeps only
 * the organization's words; the person is left to the
 * people finder. Null when no organization's word is left. Other seeds are returned as they are.
 */
export function withoutPersons(seed: OrgSeed, tagged: ArticleNames, firstNames: ReadonlySet<string>): OrgSeed | null {
  if (seed.source !== 'shape' && seed.source !== 'tagger' && seed.source !== 'compromise') return seed;
  const { tokens } = tagged;
  // A given name the lists know, or a surname the tagger reads alone as a person elsewhere ("Amneh Jafari ... Jafari said").
  const aloneSurnames = new Set(tagged.names.filter((n) => n.kind === 'PER' && n.first === n.last).map((n) => tokens[n.first]!.key));
  const person = tagged.names.find(
    (n) =>
      n.kind === 'PER' &&
      n.last > n.first &&
      n.first >= seed.first &&
      n.last <= seed.last &&
      (n.first > seed.first || n.last < seed.last) &&
      (firstNames.has(tokens[n.first]!.key) || aloneSurnames.has(tokens[n.last]!.key)),
  );
  if (!person) return seed;
  if (person.last === seed.last) {
    let last = person.first - 1;
    while (last >= seed.first && JOINERS.has(tokens[last]!.key)) last--;
    return last >= seed.first ? { ...seed, last } : null;
  }
  if (person.first === seed.first && JOINERS.has(tokens[person.last + 1]?.key ?? '')) {
    const first = person.last + 2;
    return first <= seed.last ? { ...seed, first } : null;
  }
  return seed;
}

