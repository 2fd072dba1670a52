import { describe, expect, it } from 'vitest';
import { allEvents, articleOf, type Fixture } from './helpers/event-fixtures.js';

/**
 * Session 17: events as news reports them, sentences written from reading them (the document
 * date is Thursday 11 July 2019).
 */
type Names = Omit<Fixture, 'sentences'>;
const run = (text: string, fixture: Names = {}) => allEvents(articleOf(text, { sentences: [text], ...fixture }));
const record = (text: string, trigger: string, fixture: Names = {}) => {
  const events = run(text, fixture);
  const event = events.find((e) => e.trigger.text === trigger);
  expect(event, `a record "${trigger}" in ${JSON.stringify(events.map((e) => e.trigger.text))}`).toBeDefined();
  return event!;
};
const roles = (text: string, trigger: string, role: string, fixture: Names = {}) =>
  record(text, trigger, fixture).arguments.filter((a) => a.role === role).map((a) => a.text);

describe('s17: an irregular participle after "had" or "has" is its verb ("had broken" is "break")', () => {
  it.each([
    ['The rebels said the army had broken the ceasefire.', 'broken', 'break', 'the army', 'the ceasefire'],
    ['Police believe the two men had stolen a van.', 'stolen', 'steal', 'the two men', 'a van'],
    ['The bidder has withdrawn its offer for the airline.', 'withdrawn', 'withdraw', 'The bidder', 'its offer'],
    ['Investors have driven the shares higher.', 'driven', 'drive', 'Investors', 'the shares'],
  ])('%s: "%s" is %s, by %s, of %s', (text, trigger, lemma, agent, patient) => {
    const event = record(text, trigger);
    expect(event.lemma).toBe(lemma);
    expect(roles(text, trigger, 'agent')).toEqual([agent]);
    expect(roles(text, trigger, 'patient')).toEqual([patient]);
  });

  it('"has done" stays the light verb it is: no record of dining', () => {
    expect(run('The minister has done nothing about the strike.').map((e) => e.lemma)).not.toContain('dine');
  });

  it('a regular past form keeps its past tense\'s lemma ("sold" is "sell")', () => {
    expect(record('The bank had sold its stake.', 'sold').lemma).toBe('sell');
  });
});
