import { describe, expect, it } from 'vitest';
import { allEvents, articleOf, type Fixture } from './helpers/event-fixtures.js';

/**
 * Who does what to whom, sentence by sentence: the roles a reader gives each event's parties,
 * written from reading the sentences (the document date is Thursday 11 July 2019).
 */
type Names = Omit<Fixture, 'sentences'>;
const run = (text: string, fixture: Names = {}) => allEvents(articleOf(text, { sentences: [text], ...fixture }));
const roles = (text: string, trigger: string, role: string, fixture: Names = {}) => {
  const events = run(text, fixture);
  const event = events.find((e) => e.trigger.text === trigger);
  expect(event, `a record "${trigger}" in ${JSON.stringify(events.map((e) => e.trigger.text))}`).toBeDefined();
  return event!.arguments.filter((a) => a.role === role).map((a) => a.text);
};
const org = (...names: string[]): Names => ({ organizations: names.map((name) => ({ name, mentions: [[name]] })) });
const person = (name: string): Names => ({ people: [{ name, role: null, mentions: [[name]] }] });
/** Rows of sentence, trigger, its one agent and the organization the sentence names. */
const agentTable = (rows: Array<[string, string, string, string]>) =>
  it.each(rows)('%s: "%s" is done by %s', (text, trigger, agent, name) => {
    expect(roles(text, trigger, 'agent', org(name))).toEqual([agent]);
  });

describe('s16: the subject of an embedded clause, not of the clause around it, does what it says', () => {
  it.each([
    ['Toyota announced on Monday that its dealers would stop selling the model.', 'stop', 'its dealers', org('Toyota')],
    ['Siemens said that the German government had approved the sale.', 'approved', 'the German government', org('Siemens')],
    ['Investors fear that the central bank will raise rates again.', 'raise', 'the central bank', {}],
    ['Shares fell on worries that the government will nationalize the lender.', 'nationalize', 'the government', {}],
    ['Nokia confirmed that Smith, 52, had left the company.', 'left', 'Smith', { ...org('Nokia'), ...person('Smith') }],
    ['Unilever said in a statement, "We closed the plant because demand fell."', 'closed', 'We', org('Unilever')],
  ] as Array<[string, string, string, Names]>)('%s: "%s" is done by %s', (text, trigger, agent, fixture) => {
    expect(roles(text, trigger, 'agent', fixture)).toEqual([agent]);
  });

  it.each([
    ['The chief executive stepped down when the merger was completed.', 'completed', 'the merger'],
    ['The plant was closed in March and the workers were sent home.', 'sent', 'the workers'],
    ['Police said the suspect was arrested after the car was found in a river.', 'found', 'the car'],
  ])('%s: what "%s" happens to is %s, and nothing of the clause before', (text, trigger, patient) => {
    expect(roles(text, trigger, 'patient')).toEqual([patient]);
  });

  it('a new subject after "and" starts a clause of its own: "... to its workers and Fiat bought the brand"', () => {
    const text = 'Chrysler was sold to its workers and Fiat bought the brand.';
    const fixture = org('Chrysler', 'Fiat');
    expect(roles(text, 'bought', 'agent', fixture)).toEqual(['Fiat']);
    expect(roles(text, 'sold', 'patient', fixture)).toEqual(['Chrysler']);
  });
});

describe('s16: a gerund right after a verb is done by that verb\'s subject', () => {
  agentTable([
    ['Toyota stopped selling the model in May.', 'stopped', 'Toyota', 'Toyota'],
    ['Toyota stopped selling the model in May.', 'selling', 'Toyota', 'Toyota'],
    ['Toyota announced that its dealers would stop selling the model.', 'stop', 'its dealers', 'Toyota'],
    ['Boeing began building the new jet last year.', 'building', 'Boeing', 'Boeing'],
  ]);
});

describe('s16: the month May is no modal', () => {
  it.each([
    ['The plant was sold in May and the workers lost their jobs.', 'lost', 'asserted'],
    ['The workers may lose their jobs.', 'lose', 'hypothetical'],
  ])('%s: "%s" is %s', (text, trigger, modality) => {
    expect(run(text).find((e) => e.trigger.text === trigger)?.modality).toBe(modality);
  });
});

describe('s16: passives, their "by" and the noun a participle describes', () => {
  it.each([
    ['More funding will also be provided by the state government.', 'provided', 'the state government', 'More funding'],
    ['The jet was being pushed back by a tug operator when the wing hit the hangar.', 'pushed back', 'a tug operator', 'The jet'],
    ['Shares fell after the data released Friday by the statistics office showed a drop.', 'released', 'the statistics office', 'the data'],
    ['The dealers counted 20,000 cars sold by rivals.', 'sold', 'rivals', '20,000 cars'],
  ])('%s: "%s" is done by %s to %s', (text, trigger, agent, patient) => {
    expect(roles(text, trigger, 'agent')).toEqual([agent]);
    expect(roles(text, trigger, 'patient')).toEqual([patient]);
  });

  it.each([
    ['The index dropped by four percent.', 'dropped'],
    ['The song played during the show was written by a local band.', 'played'],
  ])('%s: "%s" has no doer after "by"', (text, trigger) => {
    expect(roles(text, trigger, 'agent')).toEqual([]);
  });
});

describe('s16: a clause set before the main one keeps its parties to itself', () => {
  agentTable([
    ['When Ford unveiled the car in May, critics praised its design.', 'praised', 'critics', 'Ford'],
    ['When Ford unveiled the car in May, critics praised its design.', 'unveiled', 'Ford', 'Ford'],
    ['Although Airbus normally supplies engineers, investigators hired a private firm.', 'hired', 'investigators', 'Airbus'],
    ['As the ferry was being towed by Smit Salvage, workers cut the anchor chain.', 'cut', 'workers', 'Smit Salvage'],
    ['As the ferry was being towed by Smit Salvage, workers cut the anchor chain.', 'towed', 'Smit Salvage', 'Smit Salvage'],
  ]);
});

describe('s16: an "after" or "before" phrase that opens the sentence has no day from the main clause', () => {
  const dated = (text: string, dates: Array<[string, string]>, trigger: string) => run(text, { dates }).find((e) => e.trigger.text === trigger);
  it.each([
    ['After the vote, the minister resigned on Friday.', [['Friday', '2019-07-05']], 'vote'],
    ['After Ford cut its forecast, shares fell on Monday.', [['Monday', '2019-07-08']], 'cut'],
    ['Before the strike, the union held talks on Monday.', [['Monday', '2019-07-08']], 'strike'],
  ] as Array<[string, Array<[string, string]>, string]>)('%s: "%s" is undated, the main clause keeps its day', (text, dates, trigger) => {
    expect(dated(text, dates, trigger)?.date).toBeNull();
  });

  it('the main clause keeps its day, and what came after a past day is past: "After the vote, the minister resigned on Friday"', () => {
    const text = 'After the vote, the minister resigned on Friday.';
    expect(dated(text, [['Friday', '2019-07-05']], 'resigned')?.date).toBe('2019-07-05');
    expect(dated(text, [['Friday', '2019-07-05']], 'vote')?.tense).toBe('past');
  });

  it('a date inside the opening phrase is its own: "Before the vote on Tuesday, ..."', () => {
    expect(dated('Before the vote on Tuesday, the minister resigned on Friday.', [['Tuesday', '2019-07-09'], ['Friday', '2019-07-05']], 'vote')?.date).toBe('2019-07-09');
  });
});
