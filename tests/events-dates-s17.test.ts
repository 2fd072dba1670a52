import { describe, expect, it } from 'vitest';
import { allEvents, articleOf } from './helpers/event-fixtures.js';

/**
 * Session 17: a date inside a relative clause or a "since" phrase is that clause's or phrase's own, not the main
 * clause's (the document date is Thursday 11 July 2019). Written from reading the sentences.
 */
const dateOfTrigger = (text: string, dates: Array<[string, string]>, trigger: string): string | null => {
  const events = allEvents(articleOf(text, { sentences: [text], dates }));
  const event = events.find((e) => e.trigger.text === trigger);
  expect(event, `a record "${trigger}" in ${JSON.stringify(events.map((e) => e.trigger.text))}`).toBeDefined();
  return event!.date;
};

describe('s17: a relative clause or a "since" phrase keeps its date', () => {
  it.each([
    ['The walkout, which began on Sept. 13, halted production of the jet.', [['Sept. 13', '2018-09-13']], 'began', 'halted', '2018-09-13'],
    ['Castillo, who was removed from office in December 2018, denied the charges.', [['December 2018', '2018-12']], 'removed', 'denied', '2018-12'],
    ['The senator, who was first elected in 2012, voted against the bill.', [['2012', '2012']], 'elected', 'voted', '2012'],
    ['The company agreed to buy the bank in its largest deal since its purchase of a rival in 2015.', [['2015', '2015']], 'purchase', 'buy', '2015'],
  ] as Array<[string, Array<[string, string]>, string, string, string]>)('%s: the clause or phrase dates its own verb only', (text, dates, own, main, value) => {
    expect(dateOfTrigger(text, dates, own)).toBe(value);
    expect(dateOfTrigger(text, dates, main)).not.toBe(value);
  });

  // Must not fire: the same date in the main clause, or a verb joined by "and", is the verb's own.
  it.each([
    ['The walkout began on Sept. 13 and halted production of the jet.', [['Sept. 13', '2018-09-13']], 'halted', '2018-09-13'],
    ['The union, which represents 33,000 workers, called the strike on Sept. 13.', [['Sept. 13', '2018-09-13']], 'called', '2018-09-13'],
  ] as Array<[string, Array<[string, string]>, string, string]>)('%s: the verb takes its own date', (text, dates, trigger, value) => {
    expect(dateOfTrigger(text, dates, trigger)).toBe(value);
  });
});
