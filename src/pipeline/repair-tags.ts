/**
 * Repairs of compromise's tags that every stage would otherwise have to work around, made once
 * on the parse before any stage reads it.
 */

/** What a repair reads and writes of a term of compromise's own document (`doc.docs`). */
interface TaggedTerm {
  normal?: string;
  text: string;
  post: string;
  tags?: Set<string>;
}

/**
 * "Chega, founded by Andre Ventura in 2019, won 58 seats": after a number compromise reads "won"
 * as the Korean currency, even after a year or a comma, where no amount of won can stand. There it
 * is the verb.
 */
function wonAfterYear(terms: TaggedTerm[], i: number): void {
  const term = terms[i]!;
  const previous = terms[i - 1];
  if (!previous || !term.tags?.has('Currency') || (term.normal ?? term.text.toLowerCase()) !== 'won') return;
  if (!previous.tags?.has('Year') && !previous.post.includes(',')) return;
  term.tags = new Set(['Verb', 'PastTense']);
}

/** Repair the tags of a parse in place (its sentences of terms, `doc.docs`). */
export function repairTags(sentences: unknown): void {
  for (const terms of sentences as TaggedTerm[][]) for (let i = 1; i < terms.length; i++) wonAfterYear(terms, i);
}
