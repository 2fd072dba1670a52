import { describe, expect, it } from 'vitest';
import { oneSentence, rolesOf } from './helpers/event-fixtures.js';

/** Session 18 fix round: the lead's event findings, with sentences written from reading them. */
const org = (name: string) => ({ name, mentions: [[name]] as Array<[string]> });

// predicates.ts stateActedOn, objectHeadMisread; phrases.ts headAfterName (finding E3): a verb of state that sets a level
// ("held rates at 4.25%") or weighs one thing against another is an event; a present form after an object's noun modifier is
// that object's head noun, no verb.
describe('s18 fix: "held interest rates at 4.25%" is an event, "rates" its object', () => {
  it.each([
    ['The Bank of England held interest rates at 4.25% on Thursday.', 'held', 'Bank of England', 'interest rates'],
    ['The central bank held its key rate steady on Tuesday.', 'held', 'central bank', 'its key rate'],
  ])('%s', (text, trigger, agent, patient) => {
    const names = text.includes('Bank of England') ? { organizations: [org('Bank of England')] } : {};
    expect(rolesOf(text, trigger, 'agent', names).join(' ')).toContain(agent);
    expect(rolesOf(text, trigger, 'patient', names)).toEqual([patient]);
    expect(oneSentence(text, names).map((e) => e.trigger.text)).not.toContain(patient.split(' ').pop());
  });

  it('"weighed a slowing jobs market against inflation": weighing is an event with its agent; "market" is none', () => {
    const text = 'Officials weighed a slowing jobs market against inflation.';
    expect(rolesOf(text, 'weighed', 'agent')).toEqual(['Officials']);
    expect(oneSentence(text).map((e) => e.trigger.text)).not.toContain('market');
  });

  it('must not fire: a stake held, a weight weighed, and a verb after a reporting verb stay as they were', () => {
    expect(oneSentence('The fund holds a stake in the company.').map((e) => e.trigger.text)).not.toContain('holds');
    expect(oneSentence('The new engine weighs 40 tonnes.').map((e) => e.trigger.text)).not.toContain('weighs');
  });
});

// roles.ts roleAt (finding E9): a "by" phrase after another verb between the trigger and the name is that verb's doer, no
// second agent of the trigger.
describe('s18 fix: a "by" phrase of a later participle is no agent of the trigger', () => {
  it.each([
    ['Chevron completed its acquisition of Hess after winning a case brought by Exxon Mobil.', 'acquisition', 'Exxon Mobil', ['Chevron', 'Hess', 'Exxon Mobil']],
    ['The approval of the merger followed a complaint filed by Ryanair.', 'approval', 'Ryanair', ['Ryanair']],
    ['The sale of the unit came after a review led by Goldman Sachs.', 'sale', 'Goldman Sachs', ['Goldman Sachs']],
  ])('%s: "%s" is not done by %s', (text, trigger, later, orgs) => {
    expect(rolesOf(text, trigger, 'agent', { organizations: orgs.map(org) })).not.toContain(later);
  });

  it('must not fire: a noun trigger\'s own "by" phrase is its agent ("the purchase of the stake by Exxon Mobil")', () => {
    const text = 'The purchase of the stake by Exxon Mobil was approved.';
    expect(rolesOf(text, 'purchase', 'agent', { organizations: [org('Exxon Mobil')] })).toContain('Exxon Mobil');
  });
});

// phrases.ts subjectPhrase (finding E6): a name in a participle's "by" phrase right before the verb is the participle's doer;
// the verb's subject is the noun the participle describes.
describe('s18 fix: "Economists polled by Reuters expect": the economists expect', () => {
  it.each([
    ['Economists polled by Reuters expect the next cut in August.', 'expect', 'Economists', 'Reuters'],
    ['Analysts surveyed by Bloomberg forecast a rise in prices.', 'forecast', 'Analysts', 'Bloomberg'],
    ['Workers employed by Acme voted to strike.', 'voted', 'Workers', 'Acme'],
  ])('%s: "%s" is done by %s, not %s', (text, trigger, agent, by) => {
    const agents = rolesOf(text, trigger, 'agent', { organizations: [org(by)] });
    expect(agents).toEqual([agent]);
  });

  it('must not fire: the participle keeps its own doer ("polled" by Reuters)', () => {
    const text = 'Economists polled by Reuters expect the next cut in August.';
    expect(rolesOf(text, 'polled', 'agent', { organizations: [org('Reuters')] })).toEqual(['Reuters']);
  });
});

// attach.ts amountsOf (finding E7): an amount goes to the nearest trigger, but not to a noun after it across a preposition's
// phrase of its own ("to $1.3415 after the decision").
describe('s18 fix: "slipped ... to $1.3415 after the decision": the figure is the slip\'s', () => {
  const money = (t: string, amount: number, currency: string): [string, number, string, null] => [t, amount, currency, null];
  it.each([
    ['The pound slipped against the dollar to $1.3415 after the decision.', 'slipped', 'decision', '$1.3415', money('$1.3415', 1.3415, 'USD')],
    ['The euro rose to $1.12 ahead of the vote.', 'rose', 'vote', '$1.12', money('$1.12', 1.12, 'USD')],
  ])('%s', (text, verb, noun, figure, m) => {
    expect(rolesOf(text, verb, 'amount', { money: [m] })).toContain(figure);
    const nounEvent = oneSentence(text, { money: [m] }).find((e) => e.trigger.text === noun);
    expect(nounEvent?.arguments.filter((a) => a.role === 'amount').map((a) => a.text) ?? []).not.toContain(figure);
  });

  it('must not fire: an amount right before its noun is the noun\'s ("agreed to a $5 billion takeover")', () => {
    const text = 'Acme agreed to a $5 billion takeover.';
    expect(rolesOf(text, 'takeover', 'amount', { money: [money('$5 billion', 5e9, 'USD')] })).toContain('$5 billion');
  });
});
