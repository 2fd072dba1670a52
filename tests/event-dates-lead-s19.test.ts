import { describe, expect, it } from 'vitest';
import { DCT, dated } from './helpers/event-dates.js';
import { rolesOf as roles } from './helpers/event-fixtures.js';

/**
 * Session 19, the lead's read of news he wrote (findings D4-D8): which date each event takes when a clause or phrase
 * about something else stands between the subject and its verb. Sentences written for these tests; the document date
 * is Friday 12 March 2021 (Monday the 8th, Sunday the 7th).
 */

// attach.ts dateOf: a date after an earlier verb is that verb's when the later verb has a date of its own after it,
// with or without "and" between (D4, D5).
dated('s19: a verb with its own date after it does not take an earlier verb\'s', [
  ['The novelist, the man who won the prize in 2010, died on Sunday.', 'died', '2021-03-07'],
  ['The death toll from the quakes that struck on Monday rose above 5,000 on Tuesday.', 'rose', '2021-03-09'],
  ['The death toll from the quakes that struck on Monday rose above 5,000 on Tuesday.', 'struck', '2021-03-08'],
  ['The storms that hit the coast in January killed 5,000 cattle on Monday.', 'killed', '2021-03-08'],
  // Must not fire: a verb with no date after it keeps the one before it in its own clause.
  ['On Monday the board met and approved the merger.', 'approved', '2021-03-08'],
  ['The carmaker that was founded in 1990 reported record sales.', 'founded', '1990'],
]);

// clauses.ts: ", whose" opens a relative clause that the main clause resumes after (D7).
dated('s19: a "whose" clause keeps its date from the main verb', [
  ['The prime minister, whose government collapsed in March, said voters wanted him back.', 'said', DCT],
  ['The prime minister, whose government collapsed in March, said voters wanted him back.', 'collapsed', '2021-03'],
  // Its own date stands.
  ['The prime minister, whose government collapsed in March, said on Monday that he would run again.', 'said', '2021-03-08'],
]);

describe('s19: the one who owns the subject of a "whose" clause is not its subject', () => {
  it('The prime minister, whose government collapsed in March, resigned.', () => {
    const text = 'Prime Minister Jan Novak, whose government collapsed in March, resigned on Monday.';
    const people = [{ name: 'Jan Novak', role: 'Prime Minister', affiliation: null, mentions: [['Jan Novak']] as Array<[string]> }];
    expect(roles(text, 'collapsed', 'agent', { people })).not.toContain('Jan Novak');
    expect(roles(text, 'resigned', 'agent', { people })).toEqual(['Jan Novak']);
  });
});

// report.ts appositions, frontedParticiple; repair-tags.ts (D5, D6, D8): an apposition, a participle's phrase set off by
// commas after its noun, or one that opens the sentence, tells of its own time; "won" after "in 2019," is the verb.
dated('s19: appositions and participle phrases keep their dates', [
  ['The writer, the novelist who won the prize in 2010, died in Lima.', 'died', DCT],
  ['The party, founded by a former footballer in 2019, won 58 seats.', 'won', DCT],
  ['The party, founded by a former footballer in 2019, won 58 seats.', 'founded', '2019'],
  ['Born in Lima in 1936, he spent much of his life in Madrid.', 'spent', DCT],
  ['Founded in 1990, the bank cut 3,000 jobs last year.', 'cut', '2020'],
  // Must not fire: the asking is the saying's time; a fronted time phrase dates the clause.
  ['Asked on Monday about the deal, the minister said it was dead.', 'said', '2021-03-08'],
  ['In 2019, the party won one seat.', 'won', '2019'],
  ['The party won one seat in 2019.', 'won', '2019'],
]);
