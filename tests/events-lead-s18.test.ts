import { describe, expect, it } from 'vitest';
import { oneSentence as run, rolesOf as roles } from './helpers/event-fixtures.js';

/** Session 18, the lead's read of news he wrote: sentences written from reading them. */
const person = (name: string, affiliation: string | null = null) => ({ name, role: 'Chief', affiliation, mentions: [[name]] as Array<[string]> });
const org = (name: string) => ({ name, mentions: [[name]] as Array<[string]> });

// participants.ts: a name right before a verb of saying is who says it, its agent, even though it "reports"; the
// organization before the title only says whose officer speaks (finding E1).
describe('s18: the speaker named with an organization before the title is the agent of "said"', () => {
  it.each([
    ['Chevron chief executive Mike Wirth said the company would grow.', 'said', 'Mike Wirth', 'Chevron'],
    ['EU competition chief Teresa Ribera said both companies had 60 days.', 'said', 'Teresa Ribera', 'EU'],
    ["Ryanair CEO Michael O'Leary told reporters fares would rise.", 'told', "Michael O'Leary", 'Ryanair'],
  ])('%s', (text, trigger, speaker, company) => {
    expect(roles(text, trigger, 'agent', { people: [person(speaker, company)], organizations: [org(company)] })).toEqual([speaker]);
  });

  it('must not fire: who reports another event is still no party to it ("The two firms merged, Acme chief Jane Doe said")', () => {
    const text = 'Acme and Globex merged on Monday, Acme chief Jane Doe said.';
    expect(roles(text, 'merged', 'agent', { people: [person('Jane Doe', 'Acme')], organizations: [org('Acme'), org('Globex')] })).not.toContain('Jane Doe');
    expect(roles(text, 'said', 'agent', { people: [person('Jane Doe', 'Acme')], organizations: [org('Acme'), org('Globex')] })).toEqual(['Jane Doe']);
  });
});

// participants.ts governingWord: a compass word or an article before a name belongs to the name's phrase; the word that
// governs the phrase ("in", "of") comes before it, so the name is where or what the subject is about, not who acts
// (findings E2, E14).
describe('s18: a name inside the subject\'s "in"/"of" phrase does not act', () => {
  const nigeria = { places: [{ name: 'Nigeria', kind: 'country' as const, countryCode: 'NG', mentions: [['Nigeria']] as Array<[string]> }] };
  const us = { places: [{ name: 'U.S.', kind: 'country' as const, countryCode: 'US', mentions: [['U.S.']] as Array<[string]> }] };
  it.each([
    ['Floods in southern Nigeria have killed at least 130 people.', 'killed', 'Floods in southern Nigeria', nigeria],
    ['Fears of a U.S. recession rattled investors on Monday.', 'rattled', 'Fears of a U.S. recession', us],
    ['Violence in north-east Nigeria has displaced thousands of families.', 'displaced', 'Violence in north-east Nigeria', nigeria],
  ])('%s: "%s" is done by "%s"', (text, trigger, agent, names) => {
    expect(roles(text, trigger, 'agent', names)).toEqual([agent]);
  });

  // (Coordinated parties are one argument since the events branch of session 18: "Nigeria and a Chinese firm".)
  it('must not fire: a country that is itself the subject acts ("Nigeria and a Chinese firm signed a deal")', () => {
    expect(roles('Nigeria and a Chinese firm signed a deal.', 'signed', 'agent', nigeria).join(' ')).toContain('Nigeria');
  });
});

// roles.ts undergoes: a verb of change with an infinitive for object ("declined to comment") is its subject's doing;
// with a figure, or a noun phrase the tagger starts with a verb ("rose to record highs"), the subject undergoes it
// (findings E12, E15).
describe('s18: "declined to" + a verb takes an agent', () => {
  it.each([
    ['His attorney declined to comment.', 'declined', 'agent', 'His attorney'],
    ['The company declined to comment on the report.', 'declined', 'agent', 'The company'],
    ['Shares declined to $5 on Monday.', 'declined', 'patient', 'Shares'],
    ['Prices rose to record highs.', 'rose', 'patient', 'Prices'],
  ])('%s: "%s" has %s "%s"', (text, trigger, role, subject) => {
    expect(roles(text, trigger, role)).toEqual([subject]);
  });
});

// phrases.ts objectPhrase: an object ends at a preposition however the tagger reads it, and at a subject pronoun after its
// head (a relative clause with no "that"); a plural read as a present verb after a name or a figure, with no object of
// its own, is what is counted; an article read as a number is no figure at the end (finding E8).
describe('s18: where a direct object ends', () => {
  it.each([
    ['The river burst its banks on Tuesday.', 'burst', 'its banks'],
    ['The agency reversed a negative opinion it issued in March.', 'reversed', 'a negative opinion'],
    ['Shareholders will receive 1.025 new shares for each share they own.', 'receive', '1.025 new shares'],
    ['The fund bought 2 million Chevron shares.', 'bought', '2 million Chevron shares'],
    ['The company would produce more than 3.3 million barrels a day by 2027.', 'produce', 'more than 3.3 million barrels'],
  ])('%s: "%s" acts on "%s"', (text, trigger, patient) => {
    expect(roles(text, trigger, 'patient')).toEqual([patient]);
  });

  it('must not fire: a present verb after a name with an object of its own is the verb ("said Apple buys Beats")', () => {
    expect(run('Analysts said Apple buys Beats.').map((e) => e.trigger.text)).toContain('buys');
  });
});
