import type { Place } from '../types.js';
import { within } from '../spans.js';
import type { Stage } from '../pipeline/stage.js';
import { extractPlaces } from '../places/extract.js';
import { naturalFeatures } from '../places/features.js';
import { hasTag, tagsByOffset } from '../places/tags.js';
import { settlementsByKind, ungroundedPlaces } from '../places/tagged-places.js';
import { articleNames } from '../ner/article-names.js';
import { withNewsCountryNames } from '../places/news-country-names.js';

/**
 * The gazetteer's places and the natural features named around them: a feature's name wins over a
 * place inside it ("the Mississippi River" is not the state), and a place keeps the mentions no
 * feature takes.
 */
function withFeatures(places: readonly Place[], features: readonly Place[]): Place[] {
  const featureSpans = features.flatMap((f) => f.mentions);
  const kept = places
    .map((p) => ({ ...p, mentions: p.mentions.filter((m) => !featureSpans.some((f) => within(m, f))) }))
    .filter((p) => p.mentions.length > 0);
  return [...kept, ...features].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * `places`: place names grounded in GeoNames ("St. Petersburg" near Russia → 498817, RU), one item per
 * place with every mention, and seas, lakes, rivers and mountains by the shape of their names
 * (ungrounded). Reads the people and organizations found before it: a person's name is not a town.
 * The name tagger adds places the gazetteer lacks where the text says they are places ("the village of X",
 * "Fisht Stadium", "to Qalansia").
 */
export const placesStage: Stage = {
  id: 'places',
  description: 'places grounded in GeoNames with kind, country code and coordinates ("St. Petersburg" near Russia → 498817, RU); seas, lakes, rivers, mountains; tagged places the gazetteer lacks, ungrounded, where the text says they are places (a kind or place word, a preposition of place, a list with known places)',
  reads: ['text', 'sentences', 'people'],
  adds: ['places'],
  run(article, ctx) {
    const gazetteer = withNewsCountryNames(ctx.resources.gazetteer());
    const tagged = articleNames(article, ctx);
    const spansOf = (kind: string): Set<string> =>
      new Set(tagged.names.filter((n) => n.kind === kind).map((n) => `${tagged.tokens[n.first]!.start}:${tagged.tokens[n.last]!.end}`));
    const tags = tagsByOffset(ctx.docJson());
    const found = extractPlaces(article, gazetteer, tags, ctx.config.gazetteer.minPopulation, spansOf('LOC'), spansOf('ORG'));
    const taken = [...(article.people ?? []), ...(article.organizations ?? [])].flatMap((x) => x.mentions);
    // After grounding: the tagger adds what the gazetteer lacks.
    const demonym = (word: string): boolean => gazetteer.countryOfDemonym(word) !== undefined;
    const noun = (start: number): boolean => hasTag(tags, start, 'Noun') && !hasTag(tags, start, 'Verb', 'Pronoun');
    const grounded = withFeatures(found, naturalFeatures(article, taken, demonym, noun));
    const extra = ungroundedPlaces(tagged, article.text, gazetteer, taken, grounded.flatMap((p) => p.mentions));
    // Last: a settlement named by its kind that no one found ("the village of Bukhtarma").
    const settlements = settlementsByKind(article.text, taken, [...grounded, ...extra].flatMap((p) => p.mentions), gazetteer);
    const places = [...grounded, ...extra, ...settlements].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
    ctx.debug(() => `places: ${places.map((p) => `${p.name} (${p.countryCode ?? '-'}, ${p.geonamesId ?? '-'}) ×${p.mentions.length}`).join('; ')}`);
    return { ...article, places };
  },
};
