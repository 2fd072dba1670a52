import { describe, expect, it } from 'vitest';
import { allEvents, articleOf, type Fixture } from './helpers/event-fixtures.js';

/**
 * How one event's day follows from another's in the same sentence: counts of days ("a day after"),
 * two verbs joined by "and" each with its own date, and "will" against a day already past.
 * Expected values written from reading the sentences; the document date is Thursday 11 July 2019.
 */
const run = (text: string, fixture: Omit<Fixture, 'sentences'> = {}) => allEvents(articleOf(text, { sentences: [text], ...fixture }));
const dateOf = (events: ReturnType<typeof run>, trigger: string) => {
  const event = events.find((e) => e.trigger.text === trigger);
  expect(event, `a record for "${trigger}" in ${JSON.stringify(events.map((e) => e.trigger.text))}`).toBeDefined();
  return [event!.date, event!.dateSource];
};

describe('events: a count of days from the event before it', () => {
  it('"Shares rose a day after the company said sales fell": the saying is the day before the rise, not the document\'s day', () => {
    const events = run('Shares rose a day after the company said sales fell.');
    // The lede's rise is the document's day; the statement came a day before it.
    expect(dateOf(events, 'rose')).toEqual(['2019-07-11', 'document']);
    expect(dateOf(events, 'said')).toEqual(['2019-07-10', 'inferred']);
  });

  it('"rose on Tuesday, a day after the company said ...": counted from the rise\'s own day', () => {
    const events = run('Shares rose on Tuesday, a day after the company said sales fell.', { dates: [['Tuesday', '2019-07-09']] });
    expect(dateOf(events, 'rose')).toEqual(['2019-07-09', 'explicit']);
    expect(dateOf(events, 'said')).toEqual(['2019-07-08', 'inferred']);
  });

  it('"two weeks before": the count runs forward from the event before it', () => {
    const events = run('The company cut its forecast on Monday, two weeks before the vote.', { dates: [['Monday', '2019-07-08']] });
    expect(dateOf(events, 'vote')).toEqual(['2019-07-22', 'inferred']);
    const lede = run('The company cut its forecast two weeks before the vote.');
    expect(dateOf(lede, 'cut')).toEqual(['2019-07-11', 'document']);
    expect(dateOf(lede, 'vote')).toEqual(['2019-07-25', 'inferred']);
  });

  it('a second count after "and" counts from the same day', () => {
    const text = 'The talks began on June 17, two days after the vote and a week after the strike.';
    const events = run(text, { dates: [['June 17', '2019-06-17']] });
    expect(dateOf(events, 'vote')).toEqual(['2019-06-15', 'inferred']);
    expect(dateOf(events, 'strike')).toEqual(['2019-06-10', 'inferred']);
  });

  it('a count past a clause\'s edge is not of the verb before it: "What is known is that five days before his death, he wrote"', () => {
    const events = run('What is known is that five days before his death, he wrote a letter.');
    expect(events.filter((e) => e.dateSource === 'inferred')).toEqual([]);
  });

  it('no count, no counted day: "Shares rose after the company said sales fell" keeps the day\'s news', () => {
    const events = run('Shares rose after the company said sales fell.');
    expect(events.some((e) => e.dateSource === 'inferred')).toBe(false);
  });
});

describe('events: two verbs joined by "and", each with its own date', () => {
  it('"arrived in Paris on Monday and will meet Macron on Tuesday": the meeting is Tuesday', () => {
    const text = 'The president arrived in Paris on Monday and will meet Macron on Tuesday.';
    const events = run(text, {
      dates: [['Monday', '2019-07-08'], ['Tuesday', '2019-07-16']],
      people: [{ name: 'Emmanuel Macron', role: null, mentions: [['Macron']] }],
      places: [{ name: 'Paris', kind: 'city', countryCode: 'FR', mentions: [['Paris']] }],
    });
    expect(dateOf(events, 'arrived')).toEqual(['2019-07-08', 'explicit']);
    expect(dateOf(events, 'meet')).toEqual(['2019-07-16', 'explicit']);
    expect(events.find((e) => e.trigger.text === 'meet')).toMatchObject({ modality: 'planned', tense: 'future' });
  });

  it('"arrived on Monday and will meet Macron": a past Monday is not the day of what "will" happen', () => {
    const events = run('The president arrived in Paris on Monday and will meet Macron.', { dates: [['Monday', '2019-07-08']] });
    expect(dateOf(events, 'meet')).toEqual([null, null]);
  });

  it.each([
    ['The president arrived on Monday and met Macron.', 'met'],
    ['On Monday, the president arrived and met Macron.', 'met'],
  ])('%s: with no date of its own, the second verb keeps the first one\'s', (text, trigger) => {
    expect(dateOf(run(text, { dates: [['Monday', '2019-07-08']] }), trigger)).toEqual(['2019-07-08', 'explicit']);
  });

  it('"will sign the deal on Monday": a coming day stays the date of what "will" happen', () => {
    expect(dateOf(run('The two firms will sign the deal on Monday.', { dates: [['Monday', '2019-07-15']] }), 'sign')).toEqual(['2019-07-15', 'explicit']);
  });
});
