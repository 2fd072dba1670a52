import { describe, expect, it } from 'vitest';
import { namesOn } from './helpers/names.js';

// Session 19, the lead's read of news he wrote: people and their roles. Sentences written for these tests.

const { run } = namesOn('2025-06-27');
const roleOf = (text: string, name: string): string | null => {
  const person = (run(text).people ?? []).find((p) => p.name === name);
  expect(person).toBeDefined();
  return person!.role;
};

// clues.ts fieldWord (finding N1): a lower-case word before a capitalized title is none of its words; compromise reads
// the participle of ", handing President Donald Trump a victory" as a noun.
describe('s19: a verb before a capitalized title is no part of the role', () => {
  it.each([
    ['The court ruled on Friday, handing President Donald Trump a major victory.', 'Donald Trump', 'President'],
    ['The bank cut rates, giving Chancellor Rachel Reeves room to spend.', 'Rachel Reeves', 'Chancellor'],
  ])('%s', (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });

  it.each([
    ['EU competition chief Teresa Ribera said both companies had 60 days.', 'Teresa Ribera', 'Competition Chief'],
    ['Housing Minister Jane Doe said prices would fall.', 'Jane Doe', 'Housing Minister'],
    ['housing minister Jane Doe said prices would fall.', 'Jane Doe', 'Housing Minister'],
  ])('must not fire: a field written in the title\'s case stays (%s)', (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });
});

// org-parties.ts (after the merge of the fix round): a name after a spectrum word that the tagger reads as no body's name
// is still a party when "party" follows it.
describe('s19: "the far-right X party" is a party whatever the tagger reads', () => {
  const orgs = (text: string) => (run(text).organizations ?? []).map((o) => o.name);
  it('an election article: "the far-right Chega party tied ..."', () => {
    expect(orgs("Portugal's center-right Democratic Alliance won Sunday's snap election but fell short of a majority, while the far-right Chega party tied with the Socialists for second place, preliminary results showed.\nPrime Minister Luis Montenegro, whose government collapsed in March after losing a confidence vote, said voters wanted him to govern. Socialist leader Pedro Nuno Santos resigned on Sunday night.\nIt was Portugal's third general election in three years. Chega, founded by Andre Ventura in 2019, won 58 seats, up from 50 in the March 2024 election.")).toContain('Chega');
  });
  it('must not fire: a person after a spectrum word', () => {
    expect(orgs('Polls showed the far-right Geert Wilders ahead.')).toEqual([]);
  });
});
