import type { Article } from '../types.js';
import type { ArticleContext } from '../pipeline/context.js';
import type { Token } from '../people/tokens.js';
import type { Casing } from '../people/runs.js';
import { taggerInput } from './article-tokens.js';
import type { NameKind, NameSpan } from './labels.js';
import { tagNames } from './tagger.js';

/** The tagger's names of one article, over the tokens the people stage reads. */
export interface ArticleNames {
  tokens: readonly Token[];
  casingOf(sentence: number): Casing;
  names: readonly NameSpan[];
  /** The kind the tagger gives a token, or null outside every name. */
  kindAt(token: number): NameKind | null;
}

/** One tagging per article context: the people and places stages of one article share it. */
const tagged = new WeakMap<ArticleContext, ArticleNames>();

/**
 * The names the tagger finds in an article ("Chrysler Chief Executive Robert Nardelli" → ORG
 * Chrysler, PER Robert Nardelli), made once per article from its shared parse and the model
 * loaded once per pipeline.
 */
export function articleNames(article: Article, ctx: ArticleContext): ArticleNames {
  const known = tagged.get(ctx);
  if (known) return known;
  const input = taggerInput(article, ctx);
  const names = tagNames(ctx.resources.nameModel(), input.tokens, article.text, input.casingOf, input.known);
  // Not Array#map, whose result has another map once the caller is optimized (see emissionScores).
  const kinds: (NameKind | null)[] = [];
  for (let i = 0; i < input.tokens.length; i++) kinds.push(null);
  for (const n of names) for (let i = n.first; i <= n.last; i++) kinds[i] = n.kind;
  const result: ArticleNames = { tokens: input.tokens, casingOf: input.casingOf, names, kindAt: (i) => kinds[i] ?? null };
  tagged.set(ctx, result);
  return result;
}
