import type { ArticleField } from './stage.js';
import { ConfigError, type PipelineConfig } from './config.js';
import { STAGE_SHAPES } from '../stages/catalog.js';

/** The fields an article has before any stage runs. */
const INPUT_FIELDS: ReadonlySet<ArticleField> = new Set(['id', 'source', 'text', 'messages', 'documentDate', 'documentDateSource']);

/** Check that each stage is known and comes after the stages that add what it reads; throws ConfigError. */
export function checkStageOrder(ids: readonly string[]): void {
  const available = new Set<ArticleField>(INPUT_FIELDS);
  ids.forEach((id, i) => {
    const stage = STAGE_SHAPES.find((s) => s.id === id);
    if (!stage) throw new ConfigError(`stages[${i}]: unknown stage "${id}"; known stages are ${STAGE_SHAPES.map((s) => s.id).join(', ')}`);
    const missing = stage.reads.filter((f) => !available.has(f));
    if (missing.length > 0) {
      const providers = missing.map((f) => STAGE_SHAPES.find((s) => s.adds.includes(f))?.id ?? f);
      throw new ConfigError(`stages[${i}]: "${id}" reads ${missing.join(', ')}, so it must come after ${[...new Set(providers)].join(', ')}`);
    }
    stage.adds.forEach((f) => available.add(f));
  });
}

/** Check a config's stages and their order without building anything; throws ConfigError. */
export function checkStages(config: Pick<PipelineConfig, 'stages'>): void {
  checkStageOrder(config.stages);
}
