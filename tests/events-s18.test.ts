import { describe, expect, it } from 'vitest';
import { allEvents, articleOf, type Fixture } from './helpers/event-fixtures.js';

/**
 * Session 18: events as news reports them, sentences written from reading them (the document
 * date is Thursday 11 July 2019).
 */
type Names = Omit<Fixture, 'sentences'>;
const run = (text: string, fixture: Names = {}) => allEvents(articleOf(text, { sentences: [text], ...fixture }));
const record = (text: string, trigger: string, fixture: Names = {}) => {
  const events = run(text, fixture);
  const event = events.find((e) => e.trigger.text === trigger);
  expect(event, `a record "${trigger}" in ${JSON.stringify(events.map((e) => e.trigger.text))}`).toBeDefined();
  return event!;
};
const roles = (text: string, trigger: string, role: string, fixture: Names = {}) =>
  record(text, trigger, fixture).arguments.filter((a) => a.role === role).map((a) => a.text);
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
