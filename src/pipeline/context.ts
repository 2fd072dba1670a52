import nlp from 'compromise';
import type { Article } from '../types.js';
import type { PipelineConfig } from './config.js';
import type { Resources } from '../resources/resources.js';

/** The compromise document type, as returned by `nlp(text)`. */
export type NlpDoc = ReturnType<typeof nlp>;

/** One term of `doc.json({ offset: true, text: false })`. */
export interface NlpTermJson {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** One sentence of `doc.json({ offset: true, text: false })`: its terms, without the sentence's own text. */
export interface NlpSentenceJson {
  terms: NlpTermJson[];
  offset: { start: number; length: number };
}

/**
 * One read-only context per article (chrono `ParsingContext`): the options, the shared
 * resources, and the article's single compromise parse, made on first use and shared by every
 * stage that needs it.
 */
export interface ArticleContext {
  readonly config: PipelineConfig;
  readonly resources: Resources;
  /** The one compromise parse of `article.text`. */
  doc(): NlpDoc;
  /**
   * That parse as JSON with offsets (sentences of terms with tags), made once and shared: it is
   * costly. Stages read only the terms, so compromise is not asked for each sentence's text.
   */
  docJson(): NlpSentenceJson[];
  debug(message: () => string): void;
}

export function createArticleContext(article: Pick<Article, 'text'>, config: PipelineConfig, resources: Resources): ArticleContext {
  let parsed: NlpDoc | undefined;
  let json: NlpSentenceJson[] | undefined;
  const debugOn = Boolean(process.env.NEWS_EXTRACT_DEBUG);
  return {
    config,
    resources,
    doc() {
      parsed ??= nlp(article.text);
      return parsed;
    },
    docJson() {
      json ??= this.doc().json({ offset: true, text: false }) as NlpSentenceJson[];
      return json;
    },
    debug(message) {
      if (debugOn) process.stderr.write(`[debug] ${message()}\n`);
    },
  };
}
