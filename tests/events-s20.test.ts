import { describe, expect, it } from 'vitest';
import { oneSentence, recordOf } from './helpers/event-fixtures.js';

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
