import type { ArticleNames } from '../ner/article-names.js';
import type { NameSpan } from '../ner/labels.js';
import type { OrgSeed } from './org-seeds.js';

/** Words that join an organization's name to a person's inside one capitalized run: "Troy Patterson | of | Slate Magazine". */
const JOINERS = new Set(['of', 'at', 'from']);

/** Readings of organizations whose span may run on into a person's: a name's shape, the name tagger, compromise's guess. */
const RUN_ON_SOURCES = new Set<OrgSeed['source']>(['shape', 'tagger', 'compromise']);

/**
 * An organization that runs on into a person's full name ("University of Texas Arlington Amneh Jafari", "Troy Patterson
 * of Slate Magazine"): where the name tagger reads a full name, opening with a listed given name or ending with a surname
 * it reads alone elsewhere, at the seed's end, or at its start before "of", the seed keeps only the organization's words;
 * the person is left to the people finder. The returned function gives null when no organization's word is left, and
 * other seeds as they are. Made once per article: each seed looks up the names that start or end where it does.
 */
export function withoutPersons(tagged: ArticleNames, firstNames: ReadonlySet<string>): (seed: OrgSeed) => OrgSeed | null {
  const { tokens } = tagged;
  // A given name the lists know, or a surname the tagger reads alone as a person elsewhere ("Amneh Jafari ... Jafari said").
  const aloneSurnames = new Set(tagged.names.filter((n) => n.kind === 'PER' && n.first === n.last).map((n) => tokens[n.first]!.key));
  const persons = tagged.names.filter((n) => n.kind === 'PER' && n.last > n.first && (firstNames.has(tokens[n.first]!.key) || aloneSurnames.has(tokens[n.last]!.key)));
  const endingAt = new Map<number, NameSpan>(persons.map((n) => [n.last, n]));
  const startingAt = new Map<number, NameSpan>(persons.map((n) => [n.first, n]));
  return (seed) => {
    if (!RUN_ON_SOURCES.has(seed.source)) return seed;
    // Not a name after "and" inside the body's name: its founders' ("Marks and Spencer Group", "Ernst and Young Ltd.").
    const closing = endingAt.get(seed.last);
    if (closing && closing.first > seed.first && tokens[closing.first - 1]!.key !== 'and') {
      let last = closing.first - 1;
      while (last >= seed.first && JOINERS.has(tokens[last]!.key)) last--;
      return last >= seed.first ? { ...seed, last } : null;
    }
    const opening = startingAt.get(seed.first);
    if (opening && opening.last < seed.last && JOINERS.has(tokens[opening.last + 1]?.key ?? '')) {
      const first = opening.last + 2;
      return first <= seed.last ? { ...seed, first } : null;
    }
    return seed;
  };
}
