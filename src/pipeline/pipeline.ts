import type { Article, ArticleInput } from '../types.js';
import type { Stage, ArticleField } from './stage.js';
import type { PipelineConfig } from './config.js';
import { createArticleContext } from './context.js';
import { createResources, type ResourceOptions, type Resources } from '../resources/resources.js';
import { stageById } from '../stages/index.js';
import { checkStageOrder } from './stage-order.js';

/** A pipeline built once from a config and reused for every article (unified `freeze()`). */
export interface Pipeline {
  readonly config: PipelineConfig;
  readonly stages: readonly Stage[];
  readonly resources: Resources;
  /** Run every configured stage on one article. Never throws for a stage's failure: it becomes a message. */
  process(input: ArticleInput): Article;
  /** Run one stage on an article that has what the stage reads. */
  runStage(stage: Stage, article: Article): Article;
}

/** The article every stage starts from: the input text plus the document date given with it. */
export function articleFromInput(input: ArticleInput): Article {
  return {
    id: input.id,
    source: input.source,
    text: input.text,
    documentDate: input.date ?? null,
    documentDateSource: input.date ? 'input' : null,
    dateline: null,
    messages: [],
  };
}

/** The configured stages, after checking that each is known and comes after what it reads. */
function orderedStages(ids: readonly string[]): Stage[] {
  checkStageOrder(ids);
  return ids.map((id) => stageById(id)!);
}

/** The empty value a failed stage leaves for the fields it should have added. */
function emptyFields(stage: Stage): Partial<Article> {
  const empty: Partial<Record<ArticleField, unknown>> = {};
  for (const field of stage.adds) {
    if (['dates', 'people', 'organizations', 'places', 'money', 'events', 'sentences'].includes(field)) empty[field] = [];
  }
  return empty as Partial<Article>;
}

/** A pipeline over `config`; `from` says where its data comes from, e.g. its own name model (one per pipeline, so one process can run several). */
export function createPipeline(config: PipelineConfig, from: ResourceOptions = {}): Pipeline {
  const stages = orderedStages(config.stages);
  const resources = createResources(from);

  function runStage(stage: Stage, article: Article, ctx = createArticleContext(article, config, resources)): Article {
    try {
      return stage.run(article, ctx);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ...article,
        ...emptyFields(stage),
        messages: [...article.messages, { severity: 'error', stage: stage.id, reason: `stage failed: ${reason}` }],
      };
    }
  }

  return {
    config,
    stages,
    resources,
    process(input) {
      let article = articleFromInput(input);
      // One context, hence one compromise parse, shared by every stage of this article.
      const ctx = createArticleContext(article, config, resources);
      for (const stage of stages) article = runStage(stage, article, ctx);
      return article;
    },
    runStage: (stage, article) => runStage(stage, article),
  };
}

/** The article as written out: the output contract's field order, without working fields. */
export function toOutput(article: Article): Record<string, unknown> {
  return {
    id: article.id,
    source: article.source,
    text: article.text,
    documentDate: article.documentDate,
    documentDateSource: article.documentDateSource ?? null,
    headline: article.headline ?? null,
    dateline: article.dateline,
    dates: article.dates ?? [],
    people: article.people ?? [],
    organizations: article.organizations ?? [],
    places: article.places ?? [],
    money: article.money ?? [],
    events: article.events ?? [],
    messages: article.messages,
  };
}
