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

/** Verbs whose past is their base form, which compromise reads as a noun after a noun ("The central bank cut rates"). */
const SAME_PAST = new Set(['cut', 'set', 'put', 'hit', 'let', 'shut', 'cost', 'hurt', 'quit', 'spread', 'split', 'bid', 'cast', 'burst', 'slit', 'shed']);

/** What may open the object after such a verb: a determiner, an owner, a number, an adjective or a noun. */
const OBJECT_START = ['Determiner', 'Possessive', 'Value', 'Adjective', 'Noun'];

/** The words of a noun phrase before such a verb: its subject's, unless a preposition stands before them. */
const NOUN_PHRASE = ['Determiner', 'Adjective', 'Noun', 'Possessive', 'Value'];

/** Whether a term is a verb of the sentence other than a plural read as a present (`rates`, `jobs`), which is as often a noun. */
const finiteVerb = (t: TaggedTerm): boolean =>
  t.tags?.has('Verb') === true && !(t.tags.has('PresentTense') && /s$/i.test(t.normal ?? t.text) && !t.tags.has('Copula'));

/**
 * "The central bank cut rates on Thursday", "The Fed cut interest rates": in a sentence with no other finite verb, such a
 * verb read as a noun after a noun and before its object's first word is the sentence's verb, in the past. A noun
 * compound ("a tax cut for families", "the rate cut was expected") has a preposition or a verb after it.
 */
function samePastAfterNoun(terms: TaggedTerm[]): void {
  if (terms.some(finiteVerb)) return;
  for (let i = 1; i < terms.length - 1; i++) {
    const term = terms[i]!;
    const word = term.normal ?? term.text.toLowerCase();
    if (!SAME_PAST.has(word) || !term.tags?.has('Noun') || term.post.trim() !== '') continue;
    const before = terms[i - 1]!;
    const after = terms[i + 1]!;
    if (!before.tags?.has('Noun') || before.tags.has('Possessive') || before.post.trim() !== '') continue;
    if (!OBJECT_START.some((tag) => after.tags?.has(tag))) continue;
    // A noun phrase after a preposition is no subject ("After the rate cut two weeks ago, shares rose").
    let k = i - 1;
    while (k > 0 && NOUN_PHRASE.some((tag) => terms[k - 1]!.tags?.has(tag)) && terms[k - 1]!.post.trim() === '') k--;
    if (k > 0 && terms[k - 1]!.tags?.has('Preposition')) continue;
    term.tags = new Set(['Verb', 'PastTense']);
    // A plural right after it that the parse read as a present is its object ("cut interest rates").
    for (let j = i + 1; j < Math.min(terms.length, i + 4); j++) {
      const t = terms[j]!;
      if (t.tags?.has('PresentTense') && /s$/i.test(t.normal ?? t.text)) t.tags = new Set(['Noun', 'Plural']);
      if (t.post.trim() !== '') break;
    }
    return;
  }
}

/** Repair the tags of a parse in place (its sentences of terms, `doc.docs`). */
export function repairTags(sentences: unknown): void {
  for (const terms of sentences as TaggedTerm[][]) {
    for (let i = 1; i < terms.length; i++) wonAfterYear(terms, i);
    samePastAfterNoun(terms);
  }
}
