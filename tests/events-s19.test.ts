import { describe, expect, it } from 'vitest';
import { oneSentence } from './helpers/event-fixtures.js';

/**
 * Session 19: events as news reports them, sentences written from reading them (the document
 * date is Thursday 11 July 2019).
 */
const triggers = (text: string): string[] => oneSentence(text).map((e) => e.trigger.text);

describe('s19: a verb whose first WordNet sense is a state but whose next is not is an event', () => {
  it.each([
    ['The carmaker violated emissions rules for years, regulators said.', 'violated'],
    ['The new terminal serves about 40 airlines.', 'serves'],
    ['Sales at the chain surpassed forecasts in June.', 'surpassed'],
    ['The strike ended the airline\'s busiest week.', 'ended'],
  ])('%s: "%s"', (text, trigger) => {
    expect(triggers(text)).toContain(trigger);
  });

  it.each([
    ['Two older models will be discontinued next year.', 'discontinued'],
    ['The trucks will be fitted with new brakes.', 'fitted'],
  ])('%s: a passive "%s" is something done, whatever its first sense', (text, trigger) => {
    expect(triggers(text)).toContain(trigger);
  });

  it.each([
    ['The ticket costs $40.', 'costs'],
    ['The problem exists in older phones.', 'exists'],
    ['According to analysts, the bank will raise rates.', 'According'],
    ['Fund managers sold 2 million Nokia shares on Friday.', 'shares'],
  ])('%s: "%s" is no event (a state, a preposition, a counted noun)', (text, word) => {
    expect(triggers(text)).not.toContain(word);
  });
});

describe('s19: a noun made from a verb of saying by a suffix names the saying', () => {
  it.each([
    ['The airline said in a statement that it would appeal.', 'statement'],
    ['The bank faced criticism from lawmakers over the fees.', 'criticism'],
    ['The announcement lifted the shares of both firms.', 'announcement'],
  ])('%s: "%s"', (text, trigger) => {
    expect(triggers(text)).toContain(trigger);
  });

  it.each([
    ['The deal secures the plant for the long term.', 'term'],
    ['The singer left her label in May.', 'label'],
    ['Banks tightened credit to small firms.', 'credit'],
  ])('%s: "%s", the verb\'s own form, names a thing, not a saying', (text, word) => {
    expect(triggers(text)).not.toContain(word);
  });
});
