import type { Span } from '../types.js';
import type { Stage } from '../pipeline/stage.js';
import type { ArticleContext } from '../pipeline/context.js';
import { extractDates } from '../dates/extract.js';

/** Past-tense verbs of the shared compromise parse, as spans (for "met on Thursday" vs "will meet on Thursday"). */
function pastVerbs(ctx: ArticleContext): Span[] {
  return ctx
    .docJson()
    .flatMap((sentence) => sentence.terms)
    .filter((t) => t.tags.has('PastTense'))
    .map((t) => ({ text: t.text, start: t.offset.start, end: t.offset.start + t.offset.length }));
}

/** `dates`: temporal expressions with TIMEX3 type, value and grain ("June 1 of the same year" → 2018-06-01). */
export const datesStage: Stage = {
  id: 'dates',
  description: 'temporal expressions with TIMEX3 type, value and grain ("June 1 of the same year" → 2018-06-01)',
  reads: ['text', 'sentences', 'documentDate'],
  adds: ['dates'],
  run(article, ctx) {
    const dates = extractDates({
      text: article.text,
      sentences: article.sentences ?? [],
      documentDate: article.documentDate,
      pastVerbs: () => pastVerbs(ctx),
    });
    return { ...article, dates };
  },
};
