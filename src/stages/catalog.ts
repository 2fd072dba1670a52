import type { ArticleField } from '../pipeline/stage.js';

/** What a stage reads and adds, without its code: enough to check a configuration. */
export interface StageShape {
  id: string;
  reads: readonly ArticleField[];
  adds: readonly ArticleField[];
}

/**
 * Every stage's shape, in the default order (as `allStages` in ./index.ts, which a test keeps in
 * step). The CLI's main thread checks a configuration with these alone, so that it never loads
 * compromise, chrono or the stages' data: only the worker threads that run the pipeline do.
 */
export const STAGE_SHAPES: readonly StageShape[] = [
  { id: 'read', reads: ['text'], adds: ['headline', 'dateline', 'documentDate'] },
  { id: 'segment', reads: ['text'], adds: ['sentences'] },
  { id: 'dates', reads: ['text', 'sentences', 'documentDate', 'headline'], adds: ['dates'] },
  { id: 'money', reads: ['text'], adds: ['money'] },
  { id: 'people', reads: ['text', 'sentences'], adds: ['people', 'organizations'] },
  { id: 'places', reads: ['text', 'sentences', 'people'], adds: ['places'] },
  { id: 'events', reads: ['text', 'sentences', 'dates', 'people', 'places', 'money'], adds: ['events'] },
];

export const stageIds: readonly string[] = STAGE_SHAPES.map((s) => s.id);
