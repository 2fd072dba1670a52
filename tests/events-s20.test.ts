import { describe, expect, it } from 'vitest';
import { oneSentence, recordOf, rolesOf } from './helpers/event-fixtures.js';

/**
 * Session 20: events as news reports them, sentences written from reading them (the document
 * date is Thursday 11 July 2019).
 */
const mentionsOf = (text: string, trigger: string): string[] => recordOf(text, trigger).mentions.map((m) => m.text);
const triggers = (text: string): string[] => oneSentence(text).map((e) => e.trigger.text);
const org = (name: string) => ({ name, mentions: [[name]] as Array<[string]> });

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
  it.each([
    ['Nestle shares fell 3% in Zurich.', 'fell', 'Nestle', 'Nestle shares'],
    ['Unilever shares fell after the report.', 'fell', 'Unilever', 'Unilever shares'],
  ])('%s: "%s" happens to the shares, not the firm that only names them', (text, trigger, firm, patient) => {
    expect(rolesOf(text, trigger, 'patient', { organizations: [org(firm)] })).toEqual([patient]);
  });
});

describe('s20: a figure after a verb that always takes an object is that object, not a change of the subject', () => {
  it('"said it had offered 50%": "it" offered', () => {
    const text = 'The union said it had offered a raise of 5%, and the employers said they had offered 50%.';
    expect(rolesOf(text, 'offered', 'agent')).toEqual(['it']);
  });

  it('"The index lost 2.04%": a figure after a verb that may go without object still measures its subject', () => {
    expect(rolesOf('The index lost 2.04% on Friday.', 'lost', 'patient')).toEqual(['The index']);
  });
});

describe('s20: a word joined to a verb by a hyphen is part of the verb', () => {
  it.each([
    ['Captain Meg Lanning top-scored with 76 runs.', 'top-scored', 'Meg Lanning'],
    ['The army test-fired two rockets on Monday.', 'test-fired', 'The army'],
  ])('%s: the trigger is "%s", its agent "%s"', (text, trigger, agent) => {
    const people = text.includes('Meg Lanning') ? [{ name: 'Meg Lanning', role: 'captain', mentions: [['Meg Lanning']] as Array<[string]> }] : [];
    expect(rolesOf(text, trigger, 'agent', { people })).toEqual([agent]);
  });

  it('the word before the hyphen is no event of its own', () => {
    expect(triggers('The army test-fired two rockets on Monday.')).toEqual(['test-fired']);
  });
});

describe('s20: a plural after a clause\'s "that", a finite auxiliary after it, is the clause\'s subject', () => {
  it('"told a news conference that wages were rising": the wages rise, no event "wages"', () => {
    const text = 'The governor told a news conference that wages were rising.';
    expect(triggers(text)).not.toContain('wages');
    expect(rolesOf(text, 'rising', 'patient')).toEqual(['wages']);
  });

  it('"Japan\'s core prices rose": a past verb after the plural still makes it the head', () => {
    expect(rolesOf("Japan's core prices rose 3% in May.", 'rose', 'patient')).toEqual(["Japan's core prices"]);
  });
});

describe('s20: a plural before a noun only says what kind of thing it is', () => {
  it.each([
    ['The bank valued the Dutch payments company at $2 billion.', 'payments'],
    ['The retailer hired a new sales team in May.', 'sales'],
  ])('%s: "%s" is no event', (text, word) => {
    expect(triggers(text)).not.toContain(word);
  });

  it('a singular noun before another may still name a happening: "an assistance package"', () => {
    expect(triggers('The state approved an assistance package for the carmaker.')).toContain('assistance');
  });
});

describe('s20: after a noun, "against" is that noun\'s, no party of the verb', () => {
  it('"injured his knee in the final against Spain": the knee, not Spain, is what was injured', () => {
    const text = 'Kane injured his knee in the final against Spain.';
    const names = { people: [{ name: 'Kane', role: null, mentions: [['Kane']] as Array<[string]> }], places: [{ name: 'Spain', kind: 'country' as const, countryCode: 'ES', mentions: [['Spain']] as Array<[string]> }] };
    expect(rolesOf(text, 'injured', 'patient', names)).toEqual(['his knee']);
  });

  it('"approved a package of sanctions against Iran": Iran is no patient of the approval', () => {
    const text = 'The council approved a new package of sanctions against Iran.';
    const names = { places: [{ name: 'Iran', kind: 'country' as const, countryCode: 'IR', mentions: [['Iran']] as Array<[string]> }] };
    expect(rolesOf(text, 'approved', 'patient', names)).not.toContain('Iran');
  });
});

describe('s20: a count grouped by commas is no year, whatever the tagger says', () => {
  it.each([
    ['The army freed 2,000 Syrian prisoners.', 'freed', '2,000 Syrian prisoners'],
    ['The carmaker recalled nearly 2,000 German trucks.', 'recalled', 'nearly 2,000 German trucks'],
  ])('%s: the object of "%s" is "%s"', (text, trigger, patient) => {
    expect(rolesOf(text, trigger, 'patient')).toEqual([patient]);
  });
});
