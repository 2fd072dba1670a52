/** news-extract as a library: everything the CLI does goes through these. */
export * from './types.js';
export { createPipeline, articleFromInput, toOutput, type Pipeline } from './pipeline/pipeline.js';
export { defaultConfig, resolveConfig, loadConfigFile, ConfigError, type PipelineConfig } from './pipeline/config.js';
export { allStages, stageById, stageIds } from './stages/index.js';
export type { Stage } from './pipeline/stage.js';
export { runBatch, type BatchOptions, type BatchSummary, type ErrorRecord } from './batch.js';
export { readInputs } from './io/inputs.js';
export { diffArticle } from './diff/compare.js';
export { loadEvalDocuments, evaluateDocuments } from './eval/evaluate.js';
export { formatReport, reportJson } from './eval/report.js';
export * from './queue/index.js';
