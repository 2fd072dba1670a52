import { describe, expect, it } from 'vitest';
import { oneSentence, recordOf, rolesOf } from './helpers/event-fixtures.js';

/**
 * Session 20: events as news reports them, sentences written from reading them (the document
 * date is Thursday 11 July 2019).
 */
const mentionsOf = (text: string, trigger: string): string[] => recordOf(text, trigger).mentions.map((m) => m.text);
const triggers = (text: string): string[] => oneSentence(text).map((e) => e.trigger.text);

describe('s20: the word of modality before a verb\'s "to" is another mention of that verb\'s record', () => {
  it.each([
    ['The carmaker plans to close two plants in Ohio.', 'close', 'plans'],
    ['The new jet was set to land in Denver on Monday.', 'land', 'set'],
    ['The ferry was due to leave Dover at noon.', 'leave', 'due'],
    ['The board decided to sell the brewing unit.', 'sell', 'decided'],
    ['Regulators said the economy was starting to recover.', 'recover', 'starting'],
  ])('%s: "%s" is also reported by "%s"', (text, trigger, control) => {
    expect(mentionsOf(text, trigger)).toEqual([control, trigger]);
  });

  it.each([
    ['The carmaker plans to close two plants in Ohio.', 'plans'],
    ['The board decided to sell the brewing unit.', 'decided'],
  ])('%s: "%s" is still no record of its own', (text, word) => {
    expect(triggers(text)).not.toContain(word);
  });

  it('a "to" before a noun is a preposition: "moved to Denver" has one mention', () => {
    expect(mentionsOf('The airline moved its head office to Denver last year.', 'moved')).toEqual(['moved']);
  });
});

describe('s20: a phrase ending on a noun that names a happening mentions that noun too', () => {
  it('"filed for bankruptcy": the filing and the bankruptcy are one record', () => {
    expect(mentionsOf('The retailer filed for bankruptcy on Monday.', 'filed for bankruptcy')).toEqual(['filed for bankruptcy', 'bankruptcy']);
  });

  it('"took office" names no happening in its noun: one mention', () => {
    expect(mentionsOf('The new mayor took office on Monday.', 'took office')).toEqual(['took office']);
  });
});

describe("s20: WordNet's frames say whether the subject of a verb with no object does it or undergoes it", () => {
  const org = (name: string) => ({ name, mentions: [[name]] as Array<[string]> });
  const roles = (text: string, trigger: string, firm: string, money: [string, number, string, null]) => {
    const names = { organizations: [org(firm)], money: [money] };
    return [rolesOf(text, trigger, 'agent', names), rolesOf(text, trigger, 'patient', names)];
  };

  it('"raised $300 million": a verb of change that always takes an object is done by its subject', () => {
    expect(roles('Northvolt raised $300 million from pension funds.', 'raised', 'Northvolt', ['$300 million', 300e6, 'USD', null])).toEqual([['Northvolt'], []]);
  });

  it('"Sales grew": a verb of change with no object still happens to its subject', () => {
    expect(rolesOf('Sales at the chain grew in the spring.', 'grew', 'patient')).toEqual(['Sales at the chain']);
  });

  it('"walked away from the deal": a motion only somebody makes is done by its subject', () => {
    const text = 'Glencore walked away from the merger talks in May.';
    expect(rolesOf(text, 'walked away', 'agent', { organizations: [org('Glencore')] })).toEqual(['Glencore']);
    expect(rolesOf(text, 'walked away', 'patient', { organizations: [org('Glencore')] })).toEqual([]);
  });

  it('"The ferry sank": a motion a thing makes happens to it', () => {
    expect(rolesOf('The ferry sank off the coast of Norway.', 'sank', 'patient')).toEqual(['The ferry']);
  });
});

describe('s20: a plural the tagger reads as a present verb before the past verb heads the subject', () => {
  const org = (name: string) => ({ name, mentions: [[name]] as Array<[string]> });
  it.each([
    ['Nestle shares fell 3% in Zurich.', 'fell', 'Nestle', 'Nestle shares'],
    ['Unilever shares fell after the report.', 'fell', 'Unilever', 'Unilever shares'],
  ])('%s: "%s" happens to the shares, not the firm that only names them', (text, trigger, firm, patient) => {
    expect(rolesOf(text, trigger, 'patient', { organizations: [org(firm)] })).toEqual([patient]);
  });
});
