import type { Span } from '../types.js';
import type { Stage } from '../pipeline/stage.js';
import type { ArticleContext, NlpSentenceJson } from '../pipeline/context.js';
import { extractDates, type TensedVerbs } from '../dates/extract.js';

/**
 * The verb of a sentence the tagger left without one, read as a plural noun after its subject: "The season runs from
 * October to April" ("runs" as in "home runs"). Only in the shape determiner, singular noun, -s word, and only when
 * no word of the sentence is tagged a verb.
 */
function verbReadAsPlural(terms: NlpSentenceJson['terms']): NlpSentenceJson['terms'][number] | undefined {
  const [det, noun, word] = terms;
  if (!det?.tags.has('Determiner') || !noun?.tags.has('Noun') || noun.tags.has('Plural') || !word?.tags.has('Plural') || !/[a-z]s$/.test(word.text)) return undefined;
  return terms.some((t) => t.tags.has('Verb')) ? undefined : word;
}

/** Object pronouns: a bare form after one is an infinitive ("Let them open"), not a present with its subject. */
const OBJECT_PRONOUN = /^(?:me|him|her|us|them)$/i;

/**
 * A bare form right after its subject is a finite present: the tagger reads every bare form as an infinitive too, a
 * plural subject's present ("Markets expect a cut", "We expect") as well as "to open" or "will open".
 */
function presentAfterSubject(terms: NlpSentenceJson['terms'], i: number): boolean {
  const subject = terms[i - 1];
  return subject !== undefined && subject.tags.has('Noun') && !subject.tags.has('Possessive') && !OBJECT_PRONOUN.test(subject.text);
}

/**
 * Past-tense and finite present-tense verbs of the shared compromise parse, as spans ("met on
 * Thursday" vs "will meet on Thursday"; "the monsoon occurs in July" after a past year).
 */
function tensedVerbs(ctx: ArticleContext): TensedVerbs {
  const past: Span[] = [];
  const present: Span[] = [];
  const presentForms: Span[] = [];
  const pastPerfect: Span[] = [];
  for (const sentence of ctx.docJson()) {
    const verbTakenForANoun = verbReadAsPlural(sentence.terms);
    sentence.terms.forEach((t, i) => {
      const span = { text: t.text, start: t.offset.start, end: t.offset.start + t.offset.length };
      // The tagger reads "had" as an auxiliary only before a participle ("had cut", "had already raised"), not in "had sales".
      if (t.tags.has('Auxiliary') && /^had$/i.test(t.text)) pastPerfect.push(span);
      if (t === verbTakenForANoun) {
        presentForms.push(span);
        present.push(span);
      } else if (t.tags.has('PastTense')) past.push(span);
      else if (t.tags.has('PresentTense') && !t.tags.has('Gerund')) {
        presentForms.push(span);
        if (!t.tags.has('Infinitive') || presentAfterSubject(sentence.terms, i)) present.push(span);
      }
    });
  }
  return { past, present, presentForms, pastPerfect };
}

/** Words of the shared parse tagged as part of an organization or as an acronym ("ABC News Sunday", "Goldman Sachs Tuesday"). */
function organizationWords(ctx: ArticleContext): Span[] {
  const words: Span[] = [];
  for (const sentence of ctx.docJson()) {
    for (const t of sentence.terms) {
      if (t.tags.has('Organization') || t.tags.has('Acronym')) {
        words.push({ text: t.text, start: t.offset.start, end: t.offset.start + t.offset.length });
      }
    }
  }
  return words;
}

/** `dates`: temporal expressions with TIMEX3 type, value and grain ("June 1 of the same year" → 2018-06-01). */
export const datesStage: Stage = {
  id: 'dates',
  description: 'temporal expressions with TIMEX3 type, value and grain ("June 1 of the same year" → 2018-06-01)',
  reads: ['text', 'sentences', 'documentDate', 'headline'],
  adds: ['dates'],
  run(article, ctx) {
    const dates = extractDates({
      text: article.text,
      sentences: article.sentences ?? [],
      documentDate: article.documentDate,
      headline: article.headline ?? null,
      verbs: () => tensedVerbs(ctx),
      organizationWords: () => organizationWords(ctx),
    });
    return { ...article, dates };
  },
};
