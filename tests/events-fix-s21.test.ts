import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';

/** Session 21 fix round (events): the lead's findings on news he wrote, and sentences of the same kind written from reading them. */
const pipeline = createPipeline(resolveConfig({}, stageIds));
const eventsOf = (text: string) => pipeline.process({ id: 't', source: 't', text, date: '2025-10-30' }).events ?? [];
const argumentsOf = (text: string, trigger: string, role: string): string[] =>
  (eventsOf(text).find((e) => e.trigger.text === trigger)?.arguments ?? []).filter((a) => a.role === role).map((a) => a.text);
const triggersOf = (text: string): string[] => eventsOf(text).map((e) => e.trigger.text);

// events/bare-object.ts (finding E2): the tagger reads a bare plural right after a past verb as a present verb; after a
// verb that always takes an object it is that object, so the subject does the verb and the plural is no event.
describe('s21 fix: a bare plural after a past verb that takes an object is its object', () => {
  it.each([
    ['British finance minister Rachel Reeves raised taxes by 26 billion pounds on Wednesday.', 'raised', 'Rachel Reeves', 'taxes', 'taxes'],
    ['The company raised prices by 5% on Monday.', 'raised', 'The company', 'prices', 'prices'],
    ['Walmart lifted prices by 5% on Tuesday.', 'lifted', 'Walmart', 'prices', 'prices'],
    ['Rescuers pulled survivors from the rubble on Monday.', 'pulled', 'Rescuers', 'survivors', 'survivors'],
  ])('%s: "%s" agent %s, patient %s', (text, trigger, agent, patient, plural) => {
    expect(argumentsOf(text, trigger, 'agent')).toEqual([agent]);
    expect(argumentsOf(text, trigger, 'patient')).toEqual([patient]);
    expect(triggersOf(text)).not.toContain(plural);
  });

  it('the verb takes the date of its clause', () => {
    const raised = eventsOf('British finance minister Rachel Reeves raised taxes by 26 billion pounds on Wednesday.').find((e) => e.trigger.text === 'raised');
    expect(raised?.date).toBe('2025-10-29');
  });

  it('must not fire: after a verb that need take no object, the present form stays the reported clause\'s verb', () => {
    expect(argumentsOf('The minister said workers strike on Monday.', 'strike', 'agent')).toEqual(['workers']);
  });
});

// phrases.ts purposeSubject, events/preposition-gerund.ts (finding E1): an infinitive of purpose and a gerund after
// "after"/"before" have no subject of their own: the subject of the verb they follow does them, also a verb the tagger
// read as a noun ("beat") and past a list of figures ("4-6, 6-4"), not the name nearest before.
describe('s21 fix: a purpose infinitive and a gerund after a preposition take the clause subject', () => {
  const sinner = 'Jannik Sinner beat Carlos Alcaraz 4-6, 6-4, 6-4, 6-4 on Sunday to win his first Wimbledon title, five weeks after losing to the Spaniard.';
  it.each([
    [sinner, 'win', 'Jannik Sinner'],
    [sinner, 'losing', 'Jannik Sinner'],
    ['Real Madrid beat Barcelona 3-1 on Saturday to reach the final.', 'reach', 'Real Madrid'],
    ['The company cut 500 jobs on Monday after losing a major contract.', 'losing', 'The company'],
    ['Police arrested Smith on Friday after searching his home.', 'searching', 'Police'],
  ])('%s: "%s" agent %s', (text, trigger, agent) => {
    expect(argumentsOf(text, trigger, 'agent')).toEqual([agent]);
  });

  it('must not fire: after a verb whose object does the infinitive, the clause subject does not take it', () => {
    expect(argumentsOf('The minister asked the bank on Monday to raise rates.', 'raise', 'agent')).not.toContain('The minister');
  });
});

// roles.ts (finding E6): a name that only modifies the head of the subject of the verb an infinitive follows ("the
// Brazil striker") is no party of the infinitive; that subject phrase is, as with a finite verb's own subject.
describe('s21 fix: a name inside the subject of a control verb is no participant of its infinitive', () => {
  it.each([
    ['The Brazil striker agreed to join Chelsea.', 'join', 'The Brazil striker'],
    ['The Japan forward decided to leave the club.', 'leave', 'The Japan forward'],
    ['The France coach wants to bring in new players.', 'bring in', 'The France coach'],
  ])('%s: "%s" agent %s', (text, trigger, agent) => {
    expect(argumentsOf(text, trigger, 'agent')).toEqual([agent]);
  });

  it('must not fire: a name that heads the subject stays the party', () => {
    expect(argumentsOf('Goldman Sachs economist Jan Hatzius expects to raise his forecast.', 'raise', 'agent')).toEqual(['Jan Hatzius']);
  });
});

// phrases.ts objectPhrase (finding E5): a date word right after the owner or adjective that opens an object is inside
// it ("its full-year sales forecast", "its hottest June"); the object no longer stops at the owner.
describe('s21 fix: a date word inside an object after its owner or adjective', () => {
  it.each([
    ['Walmart raised its full-year sales forecast on Thursday.', 'raised', 'its full-year sales forecast'],
    ['The agency recorded its hottest June on record.', 'recorded', 'its hottest June'],
    ['The retailer lowered its full-year profit outlook.', 'lowered', 'its full-year profit outlook'],
  ])('%s: "%s" patient %s', (text, trigger, patient) => {
    expect(argumentsOf(text, trigger, 'patient')).toEqual([patient]);
  });

  it('must not fire: a date after the object\'s head is the verb\'s time', () => {
    expect(argumentsOf('The company raised its forecast Thursday.', 'raised', 'patient')).toEqual(['its forecast']);
  });
});
