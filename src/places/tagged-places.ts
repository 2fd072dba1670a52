import type { Place, PlaceKind, Span } from '../types.js';
import type { ArticleNames } from '../ner/article-names.js';
import type { Gazetteer } from '../resources/gazetteer.js';
import { overlapsAny } from '../spans.js';

/** Words that say what kind of place a name is, before ("the village of X") or in it ("X Lake"). */
const KIND_WORDS: ReadonlyMap<string, PlaceKind> = new Map([
  ['village', 'village'], ['hamlet', 'village'], ['town', 'town'], ['city', 'city'], ['lake', 'lake'], ['river', 'river'],
  ['mount', 'mountain'], ['mountain', 'mountain'], ['mountains', 'mountain'], ['sea', 'sea'], ['ocean', 'sea'], ['gulf', 'sea'],
  ['bay', 'sea'], ['region', 'region'], ['province', 'admin-region'], ['district', 'admin-region'], ['county', 'admin-region'],
]);

/** The kind the text gives a name: a kind word inside it, or "the village of" just before it; else `other`. */
function kindOf(tagged: ArticleNames, first: number, last: number): PlaceKind {
  const { tokens } = tagged;
  // "Lake Baikal", "Algoa Bay"; not "Red River Bancshares".
  const kind = KIND_WORDS.get(tokens[last]!.key) ?? (last > first ? KIND_WORDS.get(tokens[first]!.key) : undefined);
  if (kind) return kind;
  if (tokens[first - 1]?.key === 'of') return KIND_WORDS.get(tokens[first - 2]?.key ?? '') ?? 'other';
  return 'other';
}

/**
 * Places the name tagger finds that the gazetteer lacks, where the text says what kind of place
 * they are ("the village of Sosnovka" where GeoNames has no Sosnovka, "Algoa Bay"), kept
 * ungrounded: that kind, GeoNames id, country and coordinates null. Names another place, person
 * or organization overlaps are left out; so are tagged names with no kind word (too often a
 * product or a title: "A380", "Title IV").
 */
export function ungroundedPlaces(tagged: ArticleNames, text: string, gazetteer: Gazetteer, taken: readonly Span[]): Place[] {
  const byName = new Map<string, Place>();
  for (const n of tagged.names) {
    if (n.kind !== 'LOC' || tagged.casingOf(tagged.tokens[n.first]!.sentence) !== 'normal') continue;
    const start = tagged.tokens[n.first]!.start;
    const end = tagged.tokens[n.last]!.end;
    const span: Span = { text: text.slice(start, end), start, end };
    if (overlapsAny(span, taken) || gazetteer.match(span.text) || /\d/.test(span.text)) continue;
    const kind = byName.get(span.text)?.kind ?? kindOf(tagged, n.first, n.last);
    if (kind === 'other') continue;
    const place = byName.get(span.text) ?? { name: span.text, kind, countryCode: null, geonamesId: null, lat: null, lon: null, mentions: [] };
    place.mentions.push(span);
    byName.set(span.text, place);
  }
  return [...byName.values()];
}
