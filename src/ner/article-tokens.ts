import type { Article } from '../types.js';
import type { ArticleContext } from '../pipeline/context.js';
import { tokensOf, type Token } from '../people/tokens.js';
import { sentenceCasings, type Casing } from '../people/runs.js';
import { firstNames, isOrdinaryWord } from '../people/first-names.js';
import type { FeatureKnowledge } from './features.js';

/** An article's words as the tagger reads them, with each sentence's casing. */
export interface TaggerInput {
  tokens: readonly Token[];
  casingOf(sentence: number): Casing;
  known: FeatureKnowledge;
}

/**
 * The tagger's input from the article's one shared parse (the same tokens the people stage reads),
 * the segment stage's sentences and the headline.
 */
export function taggerInput(article: Article, ctx: ArticleContext): TaggerInput {
  const tokens = tokensOf(ctx.docJson(), article.text, article.sentences);
  const casings = sentenceCasings(tokens, article.headline ?? null);
  return {
    tokens,
    casingOf: (sentence) => casings[sentence] ?? 'normal',
    known: { gazetteer: ctx.resources.gazetteer(), firstNames: firstNames(), isOrdinaryWord },
  };
}
