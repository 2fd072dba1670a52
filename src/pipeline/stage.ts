import type { Article } from '../types.js';
import type { ArticleContext } from './context.js';

/** The fields of an article a stage can read or add. */
export type ArticleField = keyof Article;

/**
 * A pipeline stage: a name plus a function (ESLint rule meta + create; unified transformer).
 * `run` returns a new article and never mutates its input.
 */
export interface Stage {
  /** Kebab-case word used on the command line, in messages and in provenance. */
  id: string;
  description: string;
  /** Fields that must be present before the stage runs (produced by an earlier stage). */
  reads: ArticleField[];
  /** Fields the stage adds. */
  adds: ArticleField[];
  run(article: Article, ctx: ArticleContext): Article;
}
