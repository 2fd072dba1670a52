import type { Stage } from '../pipeline/stage.js';

/** `places`: place names grounded in GeoNames. */
export const placesStage: Stage = {
  id: 'places',
  description: 'places grounded in GeoNames with kind, country code and coordinates ("St. Petersburg" near Russia → 498817, RU)',
  reads: ['text', 'sentences', 'people'],
  adds: ['places'],
  run(article) {
    return { ...article, places: [] };
  },
};
