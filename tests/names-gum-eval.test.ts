import { describe, expect, it } from 'vitest';
import type { CorpusDocument, CorpusSpan } from '../src/eval/corpus.js';
import { goldItems } from '../src/eval/items.js';
import { marksWholeMentions, namesAsGold } from '../src/eval/name-gold.js';

/** A document whose mentions are given as [text, type, named] in order of appearance; `syntactic_type` as GUM writes it. */
function gumDoc(text: string, mentions: Array<[string, string, boolean]>): CorpusDocument {
  let from = 0;
  const spans: CorpusSpan[] = mentions.map(([mention, type, named]) => {
    const start = text.indexOf(mention, from);
    if (start < 0) throw new Error(`${mention} not in ${text}`);
    from = start;
    return { start, end: start + mention.length, type, text: mention, value: null, attrs: { named, syntactic_type: named ? 'NAM' : 'NOM' } };
  });
  return { id: 'd', source: 'gum', dct: null, text, spans, events: [] };
}

const texts = (items: ReadonlyArray<{ text: string }>): string[] => items.map((i) => i.text);

/**
 * GUM marks whole mentions; the eval scores the proper name inside each named one, cut as the
 * name tagger's training cuts it. Expected names read from the sentences.
 */
describe('GUM names as gold', () => {
  it('cuts named mentions down to their names: clauses, titles, determiners and possessives off', () => {
    const d = gumDoc('Yesterday a Dr. Bailey met Mary Chaworth, whom he loved, at the school in Nottingham. Byron\'s friend, the younger John Edleston, came.', [
      ['a Dr. Bailey', 'PER', true],
      ['Mary Chaworth, whom he loved', 'PER', true],
      ['he', 'PER', false],
      ['the school in Nottingham', 'ORG', false],
      ['Nottingham', 'LOC', true],
      ["Byron's friend, the younger John Edleston", 'PER', false],
      ["Byron's", 'PER', true],
      ['the younger John Edleston', 'PER', true],
    ]);
    expect(marksWholeMentions(d)).toBe(true);
    const gold = namesAsGold([d]).get(d)!;
    expect(texts(gold.people)).toEqual(['Bailey', 'Mary Chaworth', 'Byron', 'John Edleston']);
    expect(texts(gold.places)).toEqual(['Nottingham']);
    expect(gold.organizations).toEqual([]);
    for (const item of [...gold.people, ...gold.places]) expect(d.text.slice(item.start, item.end)).toBe(item.text);
  });

  it('keeps a body\'s name whole over an inner "the", not a person\'s, nor past the name of its linked article', () => {
    const d = gumDoc('The grant from the Andy Warhol Foundation for the Visual Arts paid Ann Lee of the Green Party to study at the University of Leeds of the UK.', [
      ['the Andy Warhol Foundation for the Visual Arts', 'ORG', true],
      ['Ann Lee of the Green Party', 'PER', true],
      ['the Green Party', 'ORG', true],
      ['the University of Leeds of the UK', 'ORG', true],
      ['the UK', 'LOC', true],
    ]);
    d.spans[3]!.attrs.wiki = 'University_of_Leeds';
    const gold = namesAsGold([d]).get(d)!;
    expect(texts(gold.organizations)).toEqual(['Andy Warhol Foundation for the Visual Arts', 'Green Party', 'University of Leeds']);
    expect(texts(gold.people)).toEqual(['Ann Lee']);
    expect(texts(gold.places)).toEqual(['UK']);
  });

  it("keeps a plural of people's possessive inside a body's or a place's name, not a singular owner's (session 20)", () => {
    const d = gumDoc("The Korean People's Army fired from the People's Republic of China, and Seoul's Defense Ministry said so.", [
      ["The Korean People's Army", 'ORG', true],
      ["the People's Republic of China", 'LOC', true],
      ["Seoul's Defense Ministry", 'ORG', true],
      ["Seoul's", 'LOC', true],
    ]);
    const gold = namesAsGold([d]).get(d)!;
    expect(texts(gold.organizations)).toEqual(["Korean People's Army", 'Defense Ministry']);
    expect(texts(gold.places)).toEqual(["People's Republic of China", 'Seoul']);
  });

  it('leaves names of other kinds (events, works) out of every kind', () => {
    const d = gumDoc('She read War and Peace in Paris.', [
      ['War and Peace', 'ABSTRACT', true],
      ['Paris', 'LOC', true],
    ]);
    const gold = namesAsGold([d]).get(d)!;
    expect(texts(gold.places)).toEqual(['Paris']);
    expect([...gold.people, ...gold.organizations]).toEqual([]);
  });

  it('keeps corpora that mark names (MEANTIME syntactic_type NAM, no named flag) as they are', () => {
    const text = 'Chrysler Chief Executive Robert Nardelli spoke.';
    const d: CorpusDocument = {
      id: 'm', source: 'meantime', dct: null, text, events: [],
      spans: [{ start: 0, end: 40, type: 'PER', text: text.slice(0, 40), value: null, attrs: { syntactic_type: 'NAM' } }],
    };
    expect(marksWholeMentions(d)).toBe(false);
    expect(texts(goldItems(d).people)).toEqual(['Chrysler Chief Executive Robert Nardelli']);
  });
});
