import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';

const pipeline = createPipeline(resolveConfig({ stages: ['read', 'segment', 'people', 'places'] }, stageIds));
const run = (text: string) => pipeline.process({ id: 't', source: 't', text, date: '2025-04-14' });
const grounded = (text: string): Array<[string, string | null]> => (run(text).places ?? []).map((p) => [p.name, p.countryCode]);

// dateline-region.ts (finding N4): the region a dateline names after its place (an AP state abbreviation, a state or a
// country) holds that place, as "Paris, Texas" does in a sentence. Sentences written for this test; GeoNames ids of the
// places a reader means: Augusta, Georgia 4180531; Portland, Oregon 5746545; Portland, Maine 4975802.
describe('s20: a dateline region grounds its place', () => {
  const idOf = (text: string): number | null | undefined => run(text).places?.find((p) => p.mentions.some((m) => m.start === 0))?.geonamesId;
  it.each([
    ['AUGUSTA, Ga. - Rory McIlroy won the Masters on Sunday.', 4180531],
    ['PORTLAND, Ore. (AP) - The city council voted on Tuesday to close the shelter.', 5746545],
    ['PORTLAND, Maine (AP) - The city council voted on Tuesday to close the shelter.', 4975802],
  ])('%s', (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it('a state abbreviation in a dateline is no organization, the agency is', () => {
    const article = run('SPRINGFIELD, Ill. (AP) - Lawmakers passed the budget on Tuesday.');
    expect((article.organizations ?? []).map((o) => o.name)).toEqual(['AP']);
    expect(grounded('SPRINGFIELD, Ill. (AP) - Lawmakers passed the budget on Tuesday.')).toEqual([['Springfield', 'US']]);
  });

  it('must not fire: a dateline with a date and no region keeps the largest namesake', () => {
    expect(grounded('MOSCOW, Oct. 29 (Reuters) - Officials said on Wednesday that talks would resume.')).toEqual([['Moscow', 'RU']]);
  });
});
