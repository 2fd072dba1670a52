import { describe, expect, it } from 'vitest';
import { at, namesOn } from './helpers/names.js';

const { orgMentions } = namesOn('2024-03-06');

// The lead's findings on organizations in ordinary news (session 16, fix round); spans read from the sentences.
describe('a body\'s name goes on over "and" after a lone firm\'s word (O1)', () => {
  const whole: Array<[string, string]> = [
    ['The Securities and Exchange Commission sued the company.', 'Securities and Exchange Commission'],
    ['The Oil and Natural Gas Corporation said output fell in the quarter.', 'Oil and Natural Gas Corporation'],
    ["Hong Kong's Securities and Futures Commission fined the bank on Monday.", 'Securities and Futures Commission'],
    ['The Food and Drug Administration approved the drug.', 'Food and Drug Administration'],
  ];
  it.each(whole)('%s', (text, name) => {
    expect(orgMentions(text)).toEqual([at(text, name)]);
  });

  // A firm's whole name before "and" is one firm, the name after it another.
  it('Shares of Barclays Capital and Nomura Securities fell.', () => {
    const text = 'Shares of Barclays Capital and Nomura Securities fell.';
    expect(orgMentions(text)).toEqual([at(text, 'Barclays Capital'), at(text, 'Nomura Securities')]);
  });
});
