import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';

const pipeline = createPipeline(resolveConfig({ stages: ['read', 'segment', 'dates'] }, stageIds));
const datesOf = (text: string) => pipeline.process({ id: 't', source: 't', text, date: '2019-07-11' }).dates ?? [];

/** Texts that hold no temporal expression at all. */
const noDates: string[] = [
  'Protesters may march through the city centre.',
  'They said the plan may work, and workers will march to parliament.',
  'The March on Washington drew thousands.',
  'The Sunday Times first reported the story.',
  'April Ryan asked the first question.',
  'Unemployment rose to 12.5% and inflation to 2019 percent.',
  'The fine was $2,019, later raised to $2019.',
  'The home side won 3-2 after extra time.',
  'The suspect, aged 55, was arrested; his 40-year-old brother was not.',
  'He is 55 years old.',
  'Call the hotline on 555-2019 or +7 495 2019 1234.',
  'The Boeing 737 and the Airbus A380 share a gate with an iPhone 4 advert.',
  'The rally drew 2,018 people and 2000 troops.',
  'The festival continues a 2000 year old tradition beside a 1500-year-old temple.',
  'A quarter of the votes went to the opposition, three quarters of them in cities.',
  'She won a second term.',
  'The fall of Rome is a popular topic.',
  'Prices fall in the spring of the mattress.',
  'China Daily and the Russian daily Kommersant reported the story.',
  'The Audi Q5 sold well.',
  'Guests stayed in Room 2019 on Flight 2019.',
  'The group has backed the cause since 3/4 of members voted; the shop is open 24/7.',
  'The Russell 2000 Index of smaller companies dropped.',
  'Black Monday is remembered by traders.',
  // guards.ts: a capitalized adjective before a weekday names a day of its own, no date (§2.2: only temporal expressions).
  'The Bloody Sunday inquiry ended.',
  'Super Tuesday primaries begin in the south.',
  // guards.ts: a weekday after a first name, a noun or an unknown capitalized word is part of one name with it.
  'He hired a Girl Friday.',
  'Crusoe named his servant Man Friday.',
  'Detective Joe Friday never smiled.',
  'Families met for Mothering Sunday.',
  'Banks closed for Whit Monday.',
  'Shops promoted Small Business Saturday.',
  'The Remembrance Sunday parade was held.',
  // guards.ts: a weekday opening a title of capitalized words is part of it, even after a cue word.
  'The cartoon is by Saturday Morning Breakfast Cereal webcomic artist Zach.',
  'She appeared on Saturday Night Live twice.',
  'The index fell 340 points to 11,188.',
  'Flights to Christmas Island were cancelled.',
  'Officials want the report as soon as possible.',
  'Exports showed a year-on-year rise.',
  'The 55-year-old driver was unhurt.',
  // Written from TimeML 1.2.1 §2.2 (only temporal expressions are TIMEX3s): verbs, names and scores are not.
  'You may go, and they may march with us.',
  "Friday's Place is a restaurant in Leeds.",
  'Chelsea beat Arsenal 2-1 and drew 1-1 with Spurs.',
  'The Lakers won 102-98 in overtime.',
  'He finished in second place.',
  'The striker scored in the second half.',
  // fiscal-periods.ts: in a match report's paragraph a half is part of the match, even when its sentence names no game.
  'Neither side could open the scoring before the break.\nIn the second half, Kim was booked for a bad foul. In the 62nd minute he conceded.',
  'Kane was named Man of the Match. He said, "In the first half it felt good out there."',
  'They march in protest, and prices may fall.',
  // holidays.ts: a holiday's name inside a person's name or a title is no date (§2.2: only temporal expressions).
  'The comic was drawn by illustrator Johnnie Christmas.',
  'He starred in The Christmas Cottage as a painter.',
  // years.ts: a pair of numbers after a word that numbers things is a range of those, in brackets or not.
  'The bill (see pages 1201-1210) was long.',
  'The decree (articles 1501-1520 of the code) applies.',
  // ordinal-days.ts: a range of ordinals before a noun counts weeks or grades, not days of a month.
  'Mice were tested from the 6th to the 12th week.',
  'Pupils from the 3rd to the 5th grade sang.',
  // ordinal-days.ts: an ordinal after another is a day only in "from/between/on the Nth and/to the Mth".
  'He finished 2nd and the 3rd, Ajax, went down.',
];

describe('dates stage: texts with no date', () => {
  it.each(noDates)('%s', (text) => {
    expect(datesOf(text).map((d) => d.text)).toEqual([]);
  });
});

/** [text, a substring no date may include] — leading prepositions and neighbours stay out of the extent. */
const notIncluded: Array<[string, string]> = [
  ['The ministers met on Thursday.', 'on Thursday'],
  ['He has fought cancer since 2004.', 'since'],
  ['The exhibition runs from March to May.', 'from'],
  ['Output doubled between 2015 and 2018.', 'between'],
  ['The bridge should be finished by the end of 2020.', 'by'],
  ['The index fell in the past nine days.', 'in the'],
  ['Talks will begin at 10:30 a.m. tomorrow.', 'at 10'],
  ['Two days before the launch, the software shipped.', 'before the launch'],
  ['The deal was signed on March 3, 2019, in Minsk.', '2019,'],
  ['The jet arrives at 12:30 EST (16:30 UTC).', 'UTC)'],
];

describe('dates stage: extents', () => {
  it.each(notIncluded)('%s ✗ "%s"', (text, excluded) => {
    const dates = datesOf(text);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d.text).not.toContain(excluded);
  });
});
