/** news-extract as a library: everything the CLI does goes through these. */
export * from './types.js';
export { createPipeline, articleFromInput, toOutput, type Pipeline } from './pipeline/pipeline.js';
export { defaultConfig, resolveConfig, loadConfigFile, ConfigError, type PipelineConfig } from './pipeline/config.js';
export { allStages, stageById, stageIds } from './stages/index.js';
export type { Stage } from './pipeline/stage.js';
