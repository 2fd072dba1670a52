import { describe, expect, it } from 'vitest';
import { oneSentence, rolesOf } from './helpers/event-fixtures.js';

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
    ['Investors will receive 0.8 Unilever shares for each share they hold.', 'shares'],
    ['Investors will receive 0.8 Unilever shares for each share they hold.', 'share'],
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

describe('s19: the subject is the whole phrase, not a name or a place inside it', () => {
  const org = (name: string) => ({ name, mentions: [[name]] as Array<[string]> });

  it.each([
    ['Fighting in the northern provinces displaced thousands of families.', 'displaced', 'Fighting in the northern provinces'],
    ['A shooting outside a high school left three students injured.', 'left', 'A shooting outside a high school'],
    ['Heavy fighting near the border forced the closure of two crossings.', 'forced', 'Heavy fighting near the border'],
  ])('%s: a gerund heads the subject of "%s"', (text, trigger, agent) => {
    expect(rolesOf(text, trigger, 'agent')).toEqual([agent]);
  });

  it.each([
    ['Lufthansa cabin crews walked out on Tuesday.', 'walked out', 'Lufthansa', 'Lufthansa cabin crews'],
    ['Boeing machinists approved the new contract.', 'approved', 'Boeing', 'Boeing machinists'],
  ])('%s: "%s" is done by the crews, not the firm that only names them', (text, trigger, firm, agent) => {
    expect(rolesOf(text, trigger, 'agent', { organizations: [org(firm)] })).toEqual([agent]);
  });

  it('a name that heads the subject stays the party', () => {
    expect(rolesOf('Lufthansa cancelled 300 flights.', 'cancelled', 'agent', { organizations: [org('Lufthansa')] })).toEqual(['Lufthansa']);
  });
});

describe('s19: a figure goes to the event it measures, and a second object is no part of the first', () => {
  const amounts = (text: string, trigger: string, money: [string, number, string, null]) => rolesOf(text, trigger, 'amount', { money: [money] });

  it('a figure after a common noun object is a second object: "fined the bank $40 million"', () => {
    const text = 'The regulator fined the bank $40 million, reversing an earlier decision.';
    expect(rolesOf(text, 'fined', 'patient')).toEqual(['the bank']);
    const money: [string, number, string, null] = ['$40 million', 40e6, 'USD', null];
    expect(amounts(text, 'fined', money)).toEqual(['$40 million']);
    expect(amounts(text, 'reversing', money)).toEqual([]);
  });

  it('a figure goes to the change before "after", not to a typed noun after it: "Oil fell to $70.50 after the announcement"', () => {
    const text = 'Oil fell to $70.50 after the announcement.';
    const money: [string, number, string, null] = ['$70.50', 70.5, 'USD', null];
    expect(amounts(text, 'fell', money)).toEqual(['$70.50']);
    expect(amounts(text, 'announcement', money)).toEqual([]);
  });

  it.each([
    ['The talks ended without an agreement.', 'ended', 'The talks'],
    ['The strike will continue until Friday.', 'continue', 'The strike'],
  ])('%s: the subject of "%s" with no object is what ends or goes on', (text, trigger, patient) => {
    expect(rolesOf(text, trigger, 'patient')).toEqual([patient]);
    expect(rolesOf(text, trigger, 'agent')).toEqual([]);
  });
});

describe('s19: a figure set off by commas after its verb stays with that verb', () => {
  it('"fell by 2.1%, or 310 points, to end the day at 14,620": the fall has the percentage and the points, the end the level', () => {
    const text = 'The index fell by 2.1%, or 310 points, to end the day at 14,620.';
    expect(rolesOf(text, 'fell', 'amount')).toEqual(['2.1%', '310 points']);
    expect(rolesOf(text, 'end', 'amount')).toEqual(['14,620']);
  });
});

describe('s19: a phrasal verb keeps its particle before a count', () => {
  it.each([
    ['The airline laid off 400 workers in March.', 'laid off', '400 workers'],
    ['Police carried out 30 raids overnight.', 'carried out', '30 raids'],
  ])('%s: "%s" with its object %s', (text, trigger, patient) => {
    expect(rolesOf(text, trigger, 'patient')).toEqual([patient]);
  });
});
