import { describe, expect, it } from 'vitest';
import { oneSentence, recordOf } from './helpers/event-fixtures.js';

/**
 * Session 21: events as news reports them, sentences written from reading them (the document
 * date is Thursday 11 July 2019).
 */
const triggers = (text: string, fixture = {}): string[] => oneSentence(text, fixture).map((e) => e.trigger.text);

describe('s21: a noun whose first WordNet sense is the time or the amount of a happening names it', () => {
  it.each([
    ['The increase surprised analysts on Wall Street.', 'increase'],
    ['The delay angered passengers at the airport.', 'delay'],
    ['The postponement of the vote drew protests.', 'postponement'],
    ['The flight from Lisbon landed two hours late.', 'flight'],
  ])('%s: "%s" is an event', (text, noun) => {
    expect(triggers(text)).toContain(noun);
  });

  it.each([
    ['The count of ballots ended at noon.', 'count'],
    ['Tourists come for the fall foliage.', 'fall'],
    ['The government raised fuel taxes.', 'government'],
  ])('%s: "%s" is a total or a season, no event', (text, noun) => {
    expect(triggers(text)).not.toContain(noun);
  });
});

describe('s21: a word inside a date names when, never what happened', () => {
  it('"at the start of the month" is a date, not a start', () => {
    const text = 'Sales rose at the start of the month.';
    expect(triggers(text)).toContain('start');
    expect(triggers(text, { dates: [['the start of the month', '2019-07']] })).not.toContain('start');
  });
});

describe('s21: a conference is a meeting', () => {
  it('"addressed a conference in Geneva": a Contact:Meet record', () => {
    expect(recordOf('The minister addressed a conference of bankers in Geneva.', 'conference').aceType).toBe('Contact:Meet');
  });
});

describe("s21: a headline's present after a plural subject the tagger read as a verb", () => {
  it.each([
    ['Oil prices fall to lowest level since 2020', 'fall', 'prices'],
    ['Copper prices worldwide rise on hopes of a trade deal', 'rise', 'prices'],
  ])('%s: "%s" is the verb, "%s" no event', (text, verb, plural) => {
    const found = triggers(text);
    expect(found).toContain(verb);
    expect(found).not.toContain(plural);
  });
});

describe('s21: the head of an event subject is its first noun, before the phrase after it', () => {
  it('"Talks with the defense secretary ended": the talks undergo the ending', () => {
    const text = 'Talks with Defense Secretary Pete Hegseth ended on Monday.';
    const people = [{ name: 'Pete Hegseth', role: 'Defense Secretary', mentions: [['Pete Hegseth']] as Array<[string]> }];
    const ended = recordOf(text, 'ended', { people });
    expect(ended.arguments.filter((a) => a.role === 'agent')).toEqual([]);
    expect(ended.arguments.filter((a) => a.role === 'patient').map((a) => a.text)).toEqual(['Talks with Defense Secretary Pete Hegseth']);
  });
});

describe("s21: a noun that tells a role's office is no event", () => {
  it.each([
    ['The trade minister said exports would grow.', 'trade'],
    ['Election officials counted the ballots overnight.', 'Election'],
    ['Fire officials said the blaze was contained.', 'Fire'],
  ])('%s: "%s" is part of the role', (text, word) => {
    expect(triggers(text)).not.toContain(word);
  });

  it('"a trade deal" is still an event', () => {
    expect(triggers('The two countries signed a trade deal.')).toContain('trade');
  });
});

describe('s21: a feeling in the first senses of a noun is a state of mind, an event', () => {
  it.each([
    ['Shares fell on worries that the bank would fail.', 'worries'],
    ['Stocks rose on hopes of a rate cut.', 'hopes'],
    ['Consumer confidence slipped in June.', 'confidence'],
  ])('%s: "%s"', (text, noun) => {
    expect(triggers(text)).toContain(noun);
  });

  it('"The yen strengthened": a currency is money, no yearning', () => {
    expect(triggers('The yen strengthened against the dollar.')).not.toContain('yen');
  });

  it('a word inside an amount is no event: "an estimated $16 billion"', () => {
    const text = 'The fraud cost investors an estimated $16 billion.';
    expect(triggers(text)).toContain('estimated');
    expect(triggers(text, { money: [['an estimated $16 billion', 16e9, 'USD', 'approx']] })).not.toContain('estimated');
  });
});
