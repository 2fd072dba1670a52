import type { Stage } from '../pipeline/stage.js';
import { extractPlaces } from '../places/extract.js';
import { tagsByOffset } from '../places/tags.js';

/**
 * `places`: place names grounded in GeoNames ("St. Petersburg" near Russia → 498817, RU), one item per
 * place with every mention. Reads the people found before it: a person's name is not a town.
 */
export const placesStage: Stage = {
  id: 'places',
  description: 'places grounded in GeoNames with kind, country code and coordinates ("St. Petersburg" near Russia → 498817, RU)',
  reads: ['text', 'sentences', 'people'],
  adds: ['places'],
  run(article, ctx) {
    const gazetteer = ctx.resources.gazetteer();
    const places = extractPlaces(article, gazetteer, tagsByOffset(ctx.docJson()), ctx.config.gazetteer.minPopulation);
    ctx.debug(() => `places: ${places.map((p) => `${p.name} (${p.countryCode ?? '-'}, ${p.geonamesId ?? '-'}) ×${p.mentions.length}`).join('; ')}`);
    return { ...article, places };
  },
};
