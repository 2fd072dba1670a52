import { describe, expect, it } from 'vitest';
import { rolesOf } from './helpers/event-fixtures.js';

/** Session 19 fix round: the lead's findings on event arguments, with sentences written from reading them. */

// phrases.ts subjectPhrase, relative.ts (finding E1): the subject of a relative clause's verb is the noun right before
// that/which/who; past the relative clause, the main verb's subject is the phrase before its pronoun.
describe('s19 fix: subjects around a relative clause with no comma', () => {
  it.each([
    ['The death toll from the floods that hit northern Italy on Monday rose above 40 on Tuesday.', 'hit', 'the floods'],
    ['Lawyers for the states that challenged the policy said the ruling was wrong.', 'challenged', 'the states'],
    ['Shares of the firm that bought the mine fell sharply.', 'bought', 'the firm'],
  ])('%s: "%s" is done by %s', (text, trigger, agent) => {
    expect(rolesOf(text, trigger, 'agent')).toEqual([agent]);
  });

  it.each([
    ['A wildfire that started on Friday in the hills north of the city had burned more than 12,000 acres.', 'burned', 'A wildfire'],
    ['Lawyers for the states that challenged the policy said the ruling was wrong.', 'said', 'Lawyers for the states'],
    ['The union that represents dock workers rejected the offer.', 'rejected', 'The union'],
  ])('%s: the main verb "%s" is done by %s', (text, trigger, agent) => {
    expect(rolesOf(text, trigger, 'agent')).toEqual([agent]);
  });

  it('must not fire: a reported clause inside the relative clause keeps its own subject; so does "that" after a verb', () => {
    expect(rolesOf('The company that said it would cut jobs posted a loss.', 'cut', 'agent')).toEqual(['it']);
    expect(rolesOf('Officials told the families that the plant closed.', 'closed', 'agent').concat(rolesOf('Officials told the families that the plant closed.', 'closed', 'patient'))).toEqual(['the plant']);
  });
});

// phrases.ts subjectPhrase, objectPhrase; roles.ts resumedSubject (finding E9): a phrase set off by commas that opens with a
// preposition, or a relative clause set off by commas, stands between the subject and its verb; "near" opens no object.
describe('s19 fix: a parenthetical between the subject and its verb', () => {
  it.each([
    ['The first quake, of magnitude 7.8, hit near the border.', 'hit', 'The first quake'],
    ['The new plant, with 2,000 workers, opened in March.', 'opened', 'The new plant'],
    ['The dockworkers union, which represents 45,000 workers, is seeking a large raise.', 'seeking', 'The dockworkers union'],
    ['The new planes, which come from a larger range, will be fitted with new engines.', 'fitted', 'The new planes'],
  ])('%s: the subject of "%s" is %s', (text, trigger, subject) => {
    expect([...rolesOf(text, trigger, 'agent'), ...rolesOf(text, trigger, 'patient')]).toContain(subject);
  });

  it('"hit near the border": a place after "near" is no patient', () => {
    expect(rolesOf('The first quake, of magnitude 7.8, hit near the border.', 'hit', 'patient')).toEqual([]);
  });

  it('must not fire: with no comma after the phrase, the noun before the verb stays its subject', () => {
    expect(rolesOf('In the north, of all places, the storm destroyed homes.', 'destroyed', 'agent')).toEqual(['the storm']);
  });
});

// roles.ts undergoes, doerNoun (finding E3): people named by what they do ("investors", "protesters") act when they move;
// things that move ("shares", "the jet") undergo it.
describe('s19 fix: a doer noun that moves is the agent', () => {
  it.each([
    ['The company cut jobs after activist investors pushed for higher margins.', 'pushed', 'activist investors'],
    ['Farm workers walked off the job on Monday.', 'walked off', 'Farm workers'],
    ['Angry traders rushed to sell their bonds.', 'rushed', 'Angry traders'],
  ])('%s: "%s" is done by %s', (text, trigger, agent) => {
    expect(rolesOf(text, trigger, 'agent')).toEqual([agent]);
  });

  it('must not fire: shares that fall and a jet that crashes undergo it', () => {
    expect(rolesOf('Shares of the bank fell 3% on Monday.', 'fell', 'patient')).toEqual(['Shares of the bank']);
    expect(rolesOf('The cargo jet crashed near the airport.', 'crashed', 'agent')).toEqual([]);
  });
});
