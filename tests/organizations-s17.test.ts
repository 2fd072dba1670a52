import { describe, expect, it } from 'vitest';
import { at, namesOn } from './helpers/names.js';

const { orgMentions } = namesOn('2026-12-07');
/** A table of sentences, each with the organization mention `name` (its first occurrence in the sentence). */
const findsEach = (rows: Array<[string, string]>): void =>
  it.each(rows)('%s', (text, name) => {
    expect(orgMentions(text)).toContain(at(text, name));
  });
/** A table of sentences and a longer span that must not be an organization mention. */
const joinsNot = (rows: Array<[string, string]>): void =>
  it.each(rows)('%s', (text, longer) => {
    expect(orgMentions(text).some((m) => m.startsWith(`${longer}@`))).toBe(false);
  });

// Organizations on news sentences written for session 17 (issue 16); expected spans read from the sentences.
describe('names that do not join into one body (session 17)', () => {
  findsEach([
    ['Google and Microsoft Corp. both reported higher profits.', 'Microsoft Corp.'],
    ['Google and Microsoft Corp. both reported higher profits.', 'Google'],
    ['Shares in Marks and Spencer Group fell after the update.', 'Marks and Spencer Group'],
    ['The review was written by Troy Patterson of Slate Magazine.', 'Slate Magazine'],
    ['The actor trained at Webber Douglas Academy of Dramatic Art in London.', 'Webber Douglas Academy of Dramatic Art'],
    ['The Oil and Natural Gas Corporation raised output in the quarter.', 'Oil and Natural Gas Corporation'],
    ['Staff at the Securities and Exchange Commission opened an inquiry.', 'Securities and Exchange Commission'],
  ]);
  joinsNot([
    ['Google and Microsoft Corp. both reported higher profits.', 'Google and Microsoft'],
    ['The review was written by Troy Patterson of Slate Magazine.', 'Troy Patterson'],
  ]);
});

describe('a body\'s head that opens the sentence (session 17)', () => {
  findsEach([
    ['Bank of America cut its forecast for the year on Monday.', 'Bank of America'],
    ['Shares of Bank of America fell 3 percent on Monday.', 'Bank of America'],
    ['University of Leeds researchers said the ice sheet was thinning.', 'University of Leeds'],
  ]);
  joinsNot([['Shares of Bank of America fell 3 percent on Monday.', 'Shares of Bank']]);
});

describe('the issuer of shares traded is a company (session 17)', () => {
  findsEach([
    ['Musk sold 7.9 million Tesla shares last week.', 'Tesla'],
    ['The fund sold 10 million Alibaba shares last year.', 'Alibaba'],
    ['Shares of General Motors rose 4 percent on Tuesday.', 'General Motors'],
  ]);
  it.each([
    'Shares in Asia fell on Monday as investors fled.',
    'The index tracks the performance of American stock exchanges.',
    'Oprah shares her story in a new book.',
  ])('%s', (text) => {
    expect(orgMentions(text)).toEqual([]);
  });
});

describe('a plural possessive inside a body\'s name (session 17)', () => {
  findsEach([
    ["He appeared at Manchester Magistrates' Court on Tuesday.", "Manchester Magistrates' Court"],
    ["The National Teachers' Union called a strike for May.", "National Teachers' Union"],
  ]);
  it.each(["The players' union rejected the offer on Friday."])('%s', (text) => {
    expect(orgMentions(text)).toEqual([]);
  });
});

describe('a team that takes a result in words (session 17)', () => {
  findsEach([
    ['Leeds suffered a 2-0 defeat to Brentford on Saturday.', 'Leeds'],
    ['Wolves claimed a late 3-2 win over Fulham at Molineux.', 'Wolves'],
  ]);
  it.each(['The company suffered a 2-0 defeat in court.'])('%s', (text) => {
    expect(orgMentions(text)).toEqual([]);
  });
});
