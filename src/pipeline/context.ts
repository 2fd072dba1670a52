import nlp from 'compromise';
import type { Article } from '../types.js';
import type { PipelineConfig } from './config.js';
import type { Resources } from '../resources/resources.js';

/** The compromise document type, as returned by `nlp(text)`. */
export type NlpDoc = ReturnType<typeof nlp>;

/** One term of `doc.json({ offset: true, text: false })`, its tags made a set. */
export interface NlpTermJson {
  text: string;
  pre: string;
  post: string;
  /** Shared by every stage that reads the term: never changed. */
  tags: ReadonlySet<string>;
  offset: { start: number; length: number };
}

/** One sentence of `doc.json({ offset: true, text: false })`: its terms (no stage reads the sentence's own text). */
export interface NlpSentenceJson {
  terms: NlpTermJson[];
}

/** A term as compromise's `json()` gives it: tags as a list. */
type TermAsGiven = Omit<NlpTermJson, 'tags'> & { tags: string[] };

/**
 * Our copy of compromise's JSON: the fields stages read, with each term's tags made a set once
 * here rather than once in every stage that looks tags up.
 */
function copyTerms(sentences: ReadonlyArray<{ terms: TermAsGiven[] }>): NlpSentenceJson[] {
  return sentences.map((s) => ({
    terms: s.terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, tags: new Set(t.tags), offset: t.offset })),
  }));
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
   * Read-only: every stage sees the same records.
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
      json ??= copyTerms(this.doc().json({ offset: true, text: false }) as Array<{ terms: TermAsGiven[] }>);
      return json;
    },
    debug(message) {
      if (debugOn) process.stderr.write(`[debug] ${message()}\n`);
    },
  };
}
