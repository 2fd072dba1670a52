import { emptyGazetteer, type Gazetteer } from './gazetteer.js';

/**
 * Data shared by every article of a pipeline, loaded once on first use (never per article):
 * the gazetteer, name lists.
 */
export interface Resources {
  gazetteer(): Gazetteer;
}

export function createResources(): Resources {
  let gazetteer: Gazetteer | undefined;
  return {
    gazetteer() {
      gazetteer ??= emptyGazetteer;
      return gazetteer;
    },
  };
}
