import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../src/types.js';
import { allEvents, articleOf } from './helpers/event-fixtures.js';

/**
 * The date of each event: its own date, else its sentence's, else from its tense against the
 * document's day (Thursday 11 July 2019 in every case). Written from reading the sentences: the
 * story below goes back to 2015 in its first sentence, so nothing after it is the day's news and
 * only a present tense puts an undated event on the document's day.
 */
const SENTENCES = [
  'In 2015, Ford bought a plant in Ohio.',
  'The plant produces engines.',
  'Ford sold the plant.',
  'Ford can close the plant.',
  'Ford is building a new plant.',
  'Ford hires workers if demand rises.',
  'Truck sales have dropped since 2015.',
  'Ford usually opens plants in spring.',
  'Shipments to dealers rise.',
  'Ford wants to shut the old plant.',
  'The union is fully committed to the plan.',
  'Ford rarely closes plants.',
  'The new truck can tow ten tons.',
  'Ford could sell the plant.',
  'The plant closed because they can import parts.',
  'It can carry 300 passengers.',
];

/** trigger → [date, dateSource, why] */
const EXPECTED: Array<[string, string | null, EventRecord['dateSource'], string]> = [
  ['bought', '2015', 'explicit', 'its own date'],
  ['produces', '2019-07-11', 'document', 'a present tense is now'],
  ['sold', null, null, 'a past tense after the story went back in time: no day to give'],
  ['close', null, null, 'only possible: what a company "can" do it may or may not do'],
  ['building', '2019-07-11', 'document', 'a present progressive is now'],
  ['hires', null, null, 'what happens under a condition'],
  ['rises', null, null, 'the condition itself'],
  ['dropped', null, null, '"since 2015" starts the span it fell over; it is not when it fell'],
  ['opens', null, null, 'a habit'],
  ['rise', '2019-07-11', 'document', 'a present tense is now: "to" before a noun is no plan'],
  ['shut', null, null, 'an infinitive after "wants to" is not yet done'],
  ['committed', '2019-07-11', 'document', 'a present passive or state is now'],
  ['closes', null, null, 'a habit: "rarely"'],
  ['tow', '2019-07-11', 'document', '"can" of a thing: an ability the truck has now'],
  ['sell', null, null, '"could": only possible'],
  ['import', null, null, 'what people "can" do is only possible'],
  ['carry', '2019-07-11', 'document', '"it can": an ability held now ("it" is as often a thing as a company)'],
];

describe('events: dates from the clause, the sentence and the tense', () => {
  const text = SENTENCES.join(' ');
  const events = allEvents(
    articleOf(text, {
      sentences: SENTENCES,
      dates: [
        ['2015', '2015', 0],
        ['2015', '2015', 1],
      ],
      organizations: [{ name: 'Ford', mentions: [['Ford', 0], ['Ford', 1], ['Ford', 2], ['Ford', 3], ['Ford', 4], ['Ford', 5]] }],
    }),
  );
  it.each(EXPECTED)('%s → %s (%s): %s', (trigger, date, source) => {
    const event = events.find((e) => e.trigger.text === trigger);
    expect(event, `a record for "${trigger}" in ${JSON.stringify(events.map((e) => e.trigger.text))}`).toBeDefined();
    expect([event!.date, event!.dateSource]).toEqual([date, source]);
  });

  it('leaves the date of a time phrase to what it names: "gained 2% after a large loss yesterday"', () => {
    const text = 'Shares gained 2% after a large loss yesterday.';
    const events = allEvents(articleOf(text, { sentences: [text], dates: [['yesterday', '2019-07-10']] }));
    // The gain is of the day's news (the document's day), not of the day of the loss.
    expect(events.find((e) => e.trigger.text === 'gained')?.date).toBe('2019-07-11');
  });

  it.each([
    ['Dealers reported their January sales on Monday.', [['January', '2019-01'], ['Monday', '2019-07-08']], 'sales', '2019-01'],
    ['The 2015 merger was approved in May.', [['2015', '2015'], ['May', '2019-05']], 'merger', '2015'],
  ] as Array<[string, Array<[string, string]>, string, string]>)('takes a date right before an event noun as its own: %s', (text, dates, trigger, date) => {
    const events = allEvents(articleOf(text, { sentences: [text], dates }));
    expect(events.find((e) => e.trigger.text === trigger)?.date).toBe(date);
    // The verb keeps the date of its own clause.
    expect(events.find((e) => e.trigger.text === (trigger === 'sales' ? 'reported' : 'approved'))?.date).toBe(dates[1]![1]);
  });

  it.each([
    // sentence, its time expressions with their values, trigger → [date, source, tense]
    ['Ford is currently building a plant in Ohio.', [['currently', 'PRESENT_REF']], 'building', ['2019-07-11', 'explicit', 'present']],
    ['Investors feared that recent government moves would fail.', [['recent', 'PAST_REF']], 'moves', ['PAST_REF', 'explicit', 'past']],
    ['The grant will secure jobs in the long term.', [['the long term', 'FUTURE_REF']], 'secure', ['FUTURE_REF', 'explicit', 'future']],
    // "recently" is the sale's time, not the Monday on which it was told.
    ['On Monday, Ford said it had recently sold the plant.', [['Monday', '2019-07-08'], ['recently', 'PAST_REF']], 'sold', ['PAST_REF', 'explicit', 'past']],
    ['On Monday, Ford said it had recently sold the plant.', [['Monday', '2019-07-08'], ['recently', 'PAST_REF']], 'said', ['2019-07-08', 'explicit', 'past']],
  ] as Array<[string, Array<[string, string]>, string, [string, string, string]]>)('dates by a time that only says now, before or after: %s (%s)', (text, dates, trigger, expected) => {
    const event = allEvents(articleOf(text, { sentences: [text], dates })).find((e) => e.trigger.text === trigger);
    expect([event?.date, event?.dateSource, event?.tense]).toEqual(expected);
  });

  it.each([
    // A week's date says past, present or future by its days (2019-07-11 is a Thursday of week 28).
    ['Sales rose last week.', 'last week', '2019-W27', 'rose', 'past'],
    ['Sales rose this week.', 'this week', '2019-W28', 'rose', 'present'],
    ['Ford will open the plant next week.', 'next week', '2019-W29', 'open', 'future'],
  ])('puts a week on its side of the document\'s day: %s', (text, words, value, trigger, tense) => {
    const event = allEvents(articleOf(text, { sentences: [text], dates: [[words, value]] })).find((e) => e.trigger.text === trigger);
    expect([event?.date, event?.tense]).toEqual([value, tense]);
  });

  it.each([
    // What is told before "..., X said" keeps its dates; the saying is of the document's day (a past
    // "said" with no date of its own), unless a date of its own follows it.
    ['Output shrank in the third quarter, the statistics office said.', [['the third quarter', '2019-Q3']], '2019-07-11'],
    ['"Sales fell in May," the company said.', [['May', '2019-05']], '2019-07-11'],
    ['Output shrank in the third quarter, the office said on Monday.', [['the third quarter', '2019-Q3'], ['Monday', '2019-07-08']], '2019-07-08'],
    // A date before a statement that tells what follows is the statement's own.
    ['On Monday, Ford said it would close the plant.', [['Monday', '2019-07-08']], '2019-07-08'],
  ] as Array<[string, Array<[string, string]>, string]>)('does not date a statement by what it reports before it: %s', (text, dates, date) => {
    const events = allEvents(articleOf(text, { sentences: [text], dates }));
    expect(events.find((e) => e.type === 'statement')?.date).toBe(date);
    // The content keeps its own date.
    expect(events.find((e) => /^(?:shrank|fell)\b/.test(e.trigger.text))?.date ?? null).toBe(text.startsWith('On') ? null : dates[0]![1]);
  });

  it('does not read a title line that ends no sentence as the present', () => {
    const lines = ['Ford opens plant in Ohio', 'The carmaker opened a plant in Ohio in 2015.'];
    const events = allEvents(articleOf(lines.join('\n'), { sentences: lines, dates: [['2015', '2015']] }));
    expect(events.find((e) => e.trigger.text === 'opens')?.date ?? null).not.toBe('2019-07-11');
  });
});
