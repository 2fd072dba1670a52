import type { Gazetteer } from './gazetteer.js';
import { loadGazetteerIndex } from './gazetteer-index.js';
import { loadModel, type NameModel } from '../ner/model-file.js';

/**
 * Data shared by every article of a pipeline, loaded once on first use (never per article):
 * the gazetteer, name lists.
 */
export interface Resources {
  /** The GeoNames gazetteer (data/gazetteer, built by `npm run build`); loaded on first call. */
  gazetteer(): Gazetteer;
  /** The name tagger's model (models/names.model.gz, built by `npm run train`); loaded on first call. */
  nameModel(): NameModel;
}

/** Options for tests and tools: where the gazetteer index and the name model come from. */
export interface ResourceOptions {
  gazetteerDir?: string;
  /** The name tagger's model file (default: models/names.model.gz, or NEWS_EXTRACT_NAME_MODEL). */
  modelPath?: string;
  /** A model already in memory (one trained in this process, as cross-validation does); wins over `modelPath`. */
  nameModel?: NameModel;
}

/** The resources of one pipeline: each loaded on first use, then shared by every article. */
export function createResources(options: ResourceOptions = {}): Resources {
  let gazetteer: Gazetteer | undefined;
  let nameModel: NameModel | undefined;
  return {
    nameModel() {
      nameModel ??= options.nameModel ?? loadModel(options.modelPath);
      return nameModel;
    },
    gazetteer() {
      gazetteer ??= loadGazetteerIndex(options.gazetteerDir);
      return gazetteer;
    },
  };
}
