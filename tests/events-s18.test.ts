import { describe, expect, it } from 'vitest';
import { oneSentence, recordOf, rolesOf, type Names } from './helpers/event-fixtures.js';

/**
 * Session 18: events as news reports them, sentences written from reading them (the document
 * date is Thursday 11 July 2019).
 */
const [run, record, roles] = [oneSentence, recordOf, rolesOf];
const org = (name: string) => ({ name, mentions: [[name]] as Array<[string]> });
const person = (name: string, role: string | null = null) => ({ name, role, mentions: [[name]] as Array<[string]> });

describe('s18: whoever says the statement is its speaker, even after an organization that only names their post', () => {
  it.each([
    ['EU competition chief Teresa Ribera said the fine was fair.', 'EU', 'Teresa Ribera'],
    ['Siemens finance chief Ralf Thomas said orders had slowed.', 'Siemens', 'Ralf Thomas'],
    ['The plant will close in March, Unilever spokesman Tom Hale said.', 'Unilever', 'Tom Hale'],
  ])('%s: "said" is by %s\'s person %s', (text, organization, speaker) => {
    const names: Names = { organizations: [org(organization)], people: [person(speaker)] };
    expect(roles(text, 'said', 'agent', names)).toEqual([speaker]);
  });

  it('a person who reports another event is still no party of it', () => {
    const text = 'The plant will close in March, Unilever spokesman Tom Hale said.';
    const names: Names = { organizations: [org('Unilever')], people: [person('Tom Hale')] };
    expect(roles(text, 'close', 'agent', names)).not.toContain('Tom Hale');
    expect(roles(text, 'close', 'patient', names)).not.toContain('Tom Hale');
  });
});

describe('s18: parties joined by "and", "or" or a list are one argument that refers to each', () => {
  it.each([
    ['Shell and BP said they would cut 2,000 jobs.', 'said', 'agent', 'Shell and BP', [org('Shell'), org('BP')]],
    ['Nissan and Honda announced a merger on Monday.', 'announced', 'agent', 'Nissan and Honda', [org('Nissan'), org('Honda')]],
    ['Danone, Nestle and Unilever raised prices.', 'raised', 'agent', 'Danone, Nestle and Unilever', [org('Danone'), org('Nestle'), org('Unilever')]],
    ['The regulator fined Uber and Lyft last year.', 'fined', 'patient', 'Uber and Lyft', [org('Uber'), org('Lyft')]],
  ])('%s: "%s" has one %s, %s', (text, trigger, role, expected, organizations) => {
    const event = record(text, trigger, { organizations });
    const args = event.arguments.filter((a) => a.role === role);
    expect(args.map((a) => a.text)).toEqual([expected]);
    expect(args[0]!.refs).toHaveLength(organizations.length);
  });

  it('a title between the coordinator and the name belongs to the second party', () => {
    const text = 'Prime Minister Anna Berg and finance minister Lars Moe announced the budget.';
    const people = [person('Anna Berg'), person('Lars Moe')];
    expect(roles(text, 'announced', 'agent', { people })).toEqual(['Prime Minister Anna Berg and finance minister Lars Moe']);
  });

  it.each([
    ["The miners' union and the government reached a deal.", 'reached', "The miners' union and the government"],
    ['In a joint statement, the airline and its pilots settled the dispute.', 'settled', 'the airline and its pilots'],
  ])('%s: unnamed noun phrases joined at the start of the clause are one subject of "%s"', (text, trigger, expected) => {
    expect(roles(text, trigger, 'agent')).toEqual([expected]);
  });

  it('an object joined to the next clause\'s subject is no part of it', () => {
    expect(roles('The firm cut jobs and the union called a strike.', 'called', 'agent')).toEqual(['the union']);
  });

  it('figures between two objects keep them apart', () => {
    const text = 'Brussels fined Uber €500 million and Lyft €200 million.';
    const names: Names = { organizations: [org('Uber'), org('Lyft')], money: [['€500 million', 5e8, 'EUR', null], ['€200 million', 2e8, 'EUR', null]] };
    expect(roles(text, 'fined', 'patient', names)).not.toContain('Uber €500 million and Lyft');
  });

  it('the infinitive after a coordinated subject has the whole of it, not the possessor', () => {
    const text = "Germany's conservatives and the Greens agreed to begin talks.";
    const names: Names = { places: [{ name: 'Germany', kind: 'country', mentions: [['Germany']] }], organizations: [org('Greens')] };
    expect(roles(text, 'begin', 'agent', names)).toEqual(["Germany's conservatives and the Greens"]);
  });
});

describe('s18: a country or organization before a title only says whose post the person holds', () => {
  const country = (name: string) => ({ name, kind: 'country' as const, mentions: [[name]] as Array<[string]> });
  it.each([
    ['U.S. Secretary of State Mark Hale met his Chinese counterpart on Monday.', 'met', 'agent', 'U.S.', 'Mark Hale'],
    ["The prime minister will meet Germany's Chancellor Olaf Brandt in Paris.", 'meet', 'patient', 'Germany', 'Olaf Brandt'],
    ['She will meet Canada Prime Minister Jean Moreau next week.', 'meet', 'patient', 'Canada', 'Jean Moreau'],
  ])('%s: "%s" has the person for %s, not %s', (text, trigger, role, place, name) => {
    const names: Names = { places: [country(place)], people: [person(name)] };
    expect(roles(text, trigger, role, names)).toEqual([name]);
  });

  it('an organization named on its own stays a party ("Ford and union leader Ann Bell signed")', () => {
    const text = 'Ford and union leader Ann Bell signed the agreement.';
    const agents = record(text, 'signed', { organizations: [org('Ford')], people: [person('Ann Bell')] }).arguments.filter((a) => a.role === 'agent');
    expect(agents.flatMap((a) => a.refs ?? (a.ref ? [a.ref] : [])).map((r) => r.kind).sort()).toEqual(['organizations', 'people']);
  });
});

describe('s18: a verb with an infinitive for complement is its subject\'s doing, whatever the verb\'s first sense', () => {
  it.each([
    ['His lawyer declined to comment on the verdict.', 'declined', 'His lawyer'],
    ['The chairman declined to answer questions.', 'declined', 'The chairman'],
  ])('%s: "%s" is done by %s', (text, trigger, agent) => {
    expect(roles(text, trigger, 'agent')).toEqual([agent]);
    expect(roles(text, trigger, 'patient')).toEqual([]);
  });

  it('a change to a level keeps its subject as what changes ("Shares fell to a record low")', () => {
    expect(roles('Shares fell to a record low.', 'fell', 'patient')).toEqual(['Shares']);
  });
});

describe('s18: an object phrase ends with its head noun and keeps it', () => {
  it.each([
    ['The regulator is reversing a decision it made in May.', 'reversing', 'a decision'],
    ['The mine will produce more than 200,000 tonnes a year.', 'produce', 'more than 200,000 tonnes'],
    ['The river burst its banks on Sunday.', 'burst', 'its banks'],
    ['Napoli won the Serie A title on Friday.', 'won', 'the Serie A title'],
  ])('%s: "%s" has the patient %s', (text, trigger, patient) => {
    const names: Names = text.includes('Serie A') ? { organizations: [org('Serie A')] } : {};
    expect(roles(text, trigger, 'patient', names)).toEqual([patient]);
  });

  it('a name that only modifies the head is no patient of its own ("bought Airbus shares")', () => {
    expect(roles('Pension funds bought Airbus shares.', 'bought', 'patient', { organizations: [org('Airbus')] })).toEqual(['Airbus shares']);
  });

  it('a name followed by a figure stays the patient alone ("fined Uber €5 million")', () => {
    const text = 'Brussels fined Uber €5 million.';
    expect(roles(text, 'fined', 'patient', { organizations: [org('Uber')], money: [['€5 million', 5e6, 'EUR', null]] })).toEqual(['Uber']);
  });
});

describe('s18: "which" opening a relative clause is its verb\'s subject, as MEANTIME marks it', () => {
  it.each([
    ['Shares of the bank, which fell 12% on Monday, recovered.', 'fell', 'patient', 'which'],
    ['The new software, which will be released in June, runs on older phones.', 'released', 'patient', 'which'],
    ['The firm sold the unit, which builds engines, to a rival.', 'builds', 'agent', 'which'],
  ])('%s: "%s" has the %s %s', (text, trigger, role, expected) => {
    expect(roles(text, trigger, role)).toEqual([expected]);
  });
});

describe('s18: a name after "by" before the trigger is of an earlier word, no subject of the trigger', () => {
  it('"was taken private by Blackstone in 2016 and went public": the firm went public, not Blackstone', () => {
    const text = 'The chemicals maker was taken private by Blackstone in 2016 and went public again in 2022.';
    expect(roles(text, 'went public', 'agent', { organizations: [org('Blackstone')] })).toEqual(['The chemicals maker']);
  });

  it('"A proposal by Egypt was rejected by Israel": Egypt rejected nothing', () => {
    const text = 'A proposal by Egypt was rejected by Israel.';
    const places = ['Egypt', 'Israel'].map((name) => ({ name, kind: 'country' as const, mentions: [[name]] as Array<[string]> }));
    expect(roles(text, 'rejected', 'agent', { places })).toEqual(['Israel']);
  });
});
