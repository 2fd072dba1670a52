import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';

const pipeline = createPipeline(resolveConfig({ stages: ['read', 'segment', 'money'] }, stageIds));
const money = (text: string) => pipeline.process({ id: 't', source: 't', text, date: '2019-07-11' }).money ?? [];

describe('money: text that holds no amount', () => {
  const negatives = [
    'The treaty was signed in 1992 and renewed in 2018.',
    'Trade grew 12.5% last year.',
    'Call 555-1234 or (212) 555-1234 for details.',
    'The home side won the match 3-2.',
    'The airline ordered a Boeing 737 and ten 737-800 jets.',
    'About 5 million people live there.',
    'The town lies 20 kilometers east of the capital.',
    'Of the 5 candidates, 3 won seats.',
    'Police seized 10,000 pounds of cocaine.',
    'The 19 euro zone countries agreed.',
    'Wages are shown in 2018 dollars.',
    'ALL 500 MEN RETURNED. TOP 10 PICKS.',
    'A dollar store opened. The dollar fell against the yen.',
    'He lost 20 pounds in a month.',
    'COVID-19 spread in 2020; Windows 2000 was released.',
    'The index fell 340 points to 9,000.',
    'A 5 000 ₽ note.',
    'She was ranked #1 and #3.5 in the #2020 list; C#1.00 compiles.',
  ];
  it.each(negatives)('%s', (text) => {
    expect(money(text)).toEqual([]);
  });
});
