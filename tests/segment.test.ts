import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/stages/segment.js';

describe('segment', () => {
  const cases: Array<[string, string[]]> = [
    ['He left. She stayed.', ['He left.', 'She stayed.']],
    ['Mr. Smith met Dr. Jones in St. Petersburg. They talked.', ['Mr. Smith met Dr. Jones in St. Petersburg.', 'They talked.']],
    ['The U.S. economy grew. Prices rose.', ['The U.S. economy grew.', 'Prices rose.']],
    ['"We won," he said. Then he left.', ['"We won," he said.', 'Then he left.']],
    ['It grew 6.6 percent in 2018. Exports rose.', ['It grew 6.6 percent in 2018.', 'Exports rose.']],
    ['Headline Here\n\nBody starts. Body ends.', ['Headline Here', 'Body starts.', 'Body ends.']],
    ['A wrapped\nline goes on. Next one.', ['A wrapped\nline goes on.', 'Next one.']],
    ['Really? Yes! Fine.', ['Really?', 'Yes!', 'Fine.']],
    ['Visited on Feb. 3 by J. Smith. Done.', ['Visited on Feb. 3 by J. Smith.', 'Done.']],
    // A place's time goes on the clock time; any other capitalized word after "p.m." starts a sentence.
    ['The curfew starts at 9 p.m. Lagos time. Shops shut.', ['The curfew starts at 9 p.m. Lagos time.', 'Shops shut.']],
    ['Polls close at 8 p.m. New York time on Tuesday. Counting follows.', ['Polls close at 8 p.m. New York time on Tuesday.', 'Counting follows.']],
    ['The blast came at 9 p.m. Police sealed the area.', ['The blast came at 9 p.m.', 'Police sealed the area.']],
  ];
  it.each(cases)('%j', (text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('yields nothing for white space', () => {
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});
