import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';

const pipeline = createPipeline(resolveConfig({ stages: ['read', 'segment', 'people'] }, stageIds));
const people = (text: string) => pipeline.process({ id: 't', source: 't', text, date: '2019-07-11' }).people ?? [];

describe('people: text that names nobody', () => {
  const negatives = [
    // months and days
    'The summit will take place on Monday, March 20, and end in May.',
    'Diplomatic relations were established on June 10, 1992.',
    // nationalities
    'Kyrgyz and Russian officials met; the Russian-Kyrgyz business council opened.',
    // sentence-initial capitals
    'However, trade grew. Less than three months later, trade fell. Celebrations were held.',
    'Will Russia agree to the deal?',
    // places
    'The talks were held in Bishkek, in the lakeside town of Cholpon-Ata and in Kara-Balta.',
    'In September the presidents met in the Tajik capital of Dushanbe and in St. Petersburg.',
    'Russia keeps an air base in the town of Kant, east of Bishkek.',
    // organizations
    'The Sunday Times reported the story on Tuesday.',
    'The Eurasian Economic Union and the Commonwealth of Independent States met in Moscow.',
    'General Motors and Lockheed Martin won contracts, and Lockheed shares rose.',
    'The Kremlin said the visit would go ahead.',
    'Apple Computer unveiled a phone; Times Online reported it.',
    'The Russel 2000 Index fell 2 percent.',
    'The completely new Holden Commodore will face competition.',
    // a name hyphened to an ordinary word is a modifier, not a longer name
    'The Clinton-era rules and the Moscow-based firm were cited by Kremlin-backed groups.',
    // buildings named after someone
    'They prayed at the Sheikh Lotfollah Mosque and walked to the Tommy Solomon Statue.',
    // a title with no name after it
    'The Kyrgyz president attended the opening match of the World Cup.',
    'Rivals were not named; the Chrysler President resigned.',
    // a family noun of a thing ("its"), not of someone
    'General Motors and its sister, Opel, grew.',
    // after a family noun, a place or a school that a noun or a possessive follows
    "Her mother, Scotland's first female judge, died in 2001.",
    'His two sons, Harvard graduates, joined the firm.',
    // shops named after their founders, after "at" with no work of theirs
    'Shoppers at John Lewis and at Harvey Nichols spent less.',
    // a city named twice, once before its council
    "Austin approved the new budget. Austin's city council voted on it.",
    // ALL-CAPS lines and a dateline alone
    'MARKETS RALLY AS CENTRAL BANKS CUT RATES',
    'WASHINGTON, July 11 (Reuters) - The Federal Reserve cut rates on Thursday.',
    'Addressing a conference in Wyoming, the bank chief said the prospects were good.',
  ];
  it.each(negatives)('%s', (text) => {
    expect(people(text)).toEqual([]);
  });
});
