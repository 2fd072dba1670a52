import { describe, expect, it } from 'vitest';
import { allEvents, articleOf, type Fixture } from './helpers/event-fixtures.js';

/**
 * The lead's misfires of session 16 on ordinary news, each with sentences of the same kind
 * written from reading them (the document date is Thursday 11 July 2019).
 */
type Names = Omit<Fixture, 'sentences'>;
const run = (text: string, fixture: Names = {}) => allEvents(articleOf(text, { sentences: [text], ...fixture }));
const triggers = (text: string, fixture: Names = {}) => run(text, fixture).map((e) => e.trigger.text);
const roles = (text: string, trigger: string, role: string, fixture: Names = {}) => {
  const events = run(text, fixture);
  const event = events.find((e) => e.trigger.text === trigger);
  expect(event, `a record "${trigger}" in ${JSON.stringify(events.map((e) => e.trigger.text))}`).toBeDefined();
  return event!.arguments.filter((a) => a.role === role).map((a) => a.text);
};
const people = (...names: Array<[string, string | null]>): Names => ({ people: names.map(([name, role]) => ({ name, role, mentions: [[name]] })) });

describe('E1: a title right before a person\'s name is no verb', () => {
  it.each([
    ['Vinicius Jr scored twice, and coach Carlo Ancelotti said the team deserved it.', 'coach', 'said', 'Carlo Ancelotti', people(['Vinicius Jr', null], ['Carlo Ancelotti', 'Coach'])],
    ['Madrid won again, and coach Carlo Ancelotti praised the defence.', 'coach', 'praised', 'Carlo Ancelotti', people(['Carlo Ancelotti', 'Coach'])],
    ['The Jets fired their coach on Monday, and team owner Woody Johnson said the search would begin.', 'owner', 'said', 'Woody Johnson', people(['Woody Johnson', 'Team Owner'])],
  ] as Array<[string, string, string, string, Names]>)('%s: no "%s" record; "%s" is done by %s', (text, title, verb, agent, fixture) => {
    expect(triggers(text, fixture)).not.toContain(title);
    expect(roles(text, verb, 'agent', fixture)).toEqual([agent]);
  });

  it('after "to" the role word is the verb: "hired Smith to coach Jordan Pickford"', () => {
    const text = 'The club hired Smith to coach Jordan Pickford.';
    expect(roles(text, 'coach', 'patient', people(['Smith', null], ['Jordan Pickford', null]))).toEqual(['Jordan Pickford']);
  });
});

describe('E3: a subject that names none denies its verb', () => {
  const polarity = (text: string, trigger: string) => run(text).find((e) => e.trigger.text === trigger)?.polarity;
  it.each([
    ['Neither company was fined.', 'fined', 'negative'],
    ['No one was injured in the crash.', 'injured', 'negative'],
    ['None of the passengers was hurt.', 'hurt', 'negative'],
    ['Police said nobody was arrested.', 'arrested', 'negative'],
    // The crash itself happened; only the injuring is denied.
    ['No one was injured in the crash.', 'crash', 'positive'],
    // "no" in the object of another verb denies nothing after "and".
    ['The company paid no fine and closed the plant.', 'closed', 'positive'],
    ['Two companies were fined.', 'fined', 'positive'],
  ])('%s: "%s" is %s', (text, trigger, expected) => {
    expect(polarity(text, trigger)).toBe(expected);
  });
});

describe('E6: a reporting verb\'s clause with no "that" has a subject of its own', () => {
  it.each([
    ['Tim Cook said the launch was a success.', 'was', 'patient', 'the launch', people(['Tim Cook', null])],
    ['Kipyegon said she was proud.', 'was', 'patient', 'she', people(['Kipyegon', null])],
    ['Mary Barra said the company would build the plant.', 'build', 'agent', 'the company', people(['Mary Barra', null])],
  ] as Array<[string, string, string, string, Names]>)('%s: "%s" has %s %s', (text, trigger, role, party, fixture) => {
    expect(roles(text, trigger, role, fixture)).toEqual([party]);
  });

  it('"told" has its object first: "Smith told reporters the deal was done" keeps Smith the speaker', () => {
    expect(roles('Smith told reporters the deal was done.', 'told', 'agent', people(['Smith', null]))).toEqual(['Smith']);
  });
});

describe('E2: a plural of a later sense is no event; a participle clause after a comma is done by the subject', () => {
  it.each([
    ['Russian forces struck the city of Kharkiv overnight, killing three people.', 'killing', 'Russian forces', 'three people'],
    ['The storm hit the coast on Monday, leaving 20,000 homes without power.', 'leaving', 'The storm', '20,000 homes'],
    ['Police arrested two men, charging them with fraud.', 'charging', 'Police', 'them'],
  ])('%s: "%s" is done by %s to %s', (text, trigger, agent, patient) => {
    expect(roles(text, trigger, 'agent')).toEqual([agent]);
    expect(roles(text, trigger, 'patient')).toEqual([patient]);
  });

  it.each([
    ['Russian forces struck the city of Kharkiv overnight, killing three people.', 'forces', false],
    ['Security forces arrested two men.', 'forces', false],
    // Plurals whose first sense is a happening stay events.
    ['Talks between the two sides resumed.', 'Talks', true],
    ['The attacks killed 12 people.', 'attacks', true],
  ])('%s: a record "%s" is %s', (text, trigger, expected) => {
    expect(triggers(text).includes(trigger)).toBe(expected);
  });
});

describe('E4: a participle\'s phrase set off by commas between a subject and its verb is no subject', () => {
  it.each([
    ['The settlement, approved by a federal judge in San Francisco, covers 475,000 cars.', 'covers', 'agent', 'The settlement'],
    ['The suspects, aged 24 and 31, were charged with murder on Monday.', 'charged', 'patient', 'The suspects'],
    ['The new rules, announced by the ministry on Friday, will raise fees.', 'raise', 'agent', 'The new rules'],
  ])('%s: "%s" has %s %s', (text, trigger, role, party) => {
    expect(roles(text, trigger, role)).toEqual([party]);
  });

  it('the participle itself keeps its own parties: "approved" is done by a federal judge to the settlement', () => {
    const text = 'The settlement, approved by a federal judge, covers 475,000 cars.';
    expect(roles(text, 'approved', 'agent')).toEqual(['a federal judge']);
    expect(roles(text, 'approved', 'patient')).toEqual(['The settlement']);
  });
});

describe('E7: a phrasal verb\'s participle after a noun, its particle read as a noun, is a reduced passive', () => {
  it.each([
    ['Hamas said Israel had rejected the ceasefire proposal put forward by Egypt and Qatar.', 'put forward', ['Egypt and Qatar'], ['the ceasefire proposal']], // one argument for the pair since session 18
    ['Funds set aside by the bank covered the losses.', 'set aside', ['the bank'], ['Funds']],
    // No "by", no noun it describes: the active verb keeps its subject and object.
    ['The company put forward a new offer.', 'put forward', ['The company'], ['a new offer']],
  ])('%s: "%s" is done by %j to %j', (text, trigger, agents, patients) => {
    const fixture: Names = { places: ['Israel', 'Egypt', 'Qatar'].filter((n) => text.includes(n)).map((name) => ({ name, kind: 'country' as const, mentions: [[name]] as Array<[string]> })) };
    expect(roles(text, trigger, 'agent', fixture)).toEqual(agents);
    expect(roles(text, trigger, 'patient', fixture)).toEqual(patients);
  });
});

describe('E8: a verb that is its own past tense between two names is the verb, not a noun', () => {
  const clubs = (...names: string[]): Names => ({ organizations: names.map((name) => ({ name, mentions: [[name]] as Array<[string]> })) });
  it('"Real Madrid beat Barcelona 2-1 on Saturday": Real Madrid beat Barcelona', () => {
    const text = 'Real Madrid beat Barcelona 2-1 on Saturday.';
    expect(roles(text, 'beat', 'agent', clubs('Real Madrid', 'Barcelona'))).toEqual(['Real Madrid']);
    expect(roles(text, 'beat', 'patient', clubs('Real Madrid', 'Barcelona'))).toEqual(['Barcelona']);
  });

  it('a capitalized word between names is part of a name: "Apple Watch sales rose" has no verb "Watch"', () => {
    expect(triggers('Apple Watch sales rose in May.', clubs('Apple'))).not.toContain('Watch');
  });
});
