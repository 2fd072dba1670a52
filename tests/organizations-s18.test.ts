import { describe, expect, it } from 'vitest';
import { organizationTables } from './helpers/names.js';

const { orgMentions, findsEach, findsNone } = organizationTables('2026-12-07');
/** A table of sentences and a shorter or longer span that must not be an organization mention. */
const spansNot = (rows: Array<[string, string]>): void =>
  it.each(rows)('%s', (text, wrong) => {
    expect(orgMentions(text)).not.toContain(`${wrong}@${text.indexOf(wrong)}`);
  });

// Organizations on news sentences written for session 18 (issue 16); expected spans read from the sentences.
describe('a partnership of two names before a legal form (session 18)', () => {
  findsEach([
    ['The audit was carried out by Ernst and Young Ltd. last year.', 'Ernst and Young Ltd.'],
    ['The lawsuit names Morgan and Hale LLP as a defendant.', 'Morgan and Hale LLP'],
  ]);
  spansNot([
    ['The audit was carried out by Ernst and Young Ltd. last year.', 'Young Ltd.'],
    ['The contract went to Peter Smith and Jones Ltd. in March.', 'Peter Smith and Jones Ltd.'],
  ]);
});

describe('the body whose executives, analysts or workers the text names (session 18)', () => {
  findsEach([
    ['Prosecutors charged executives of Lafarge with financing a terrorist group.', 'Lafarge'],
    ['A spokesman for Doctors Without Borders said the clinic had been shelled.', 'Doctors Without Borders'],
    ['Jane Doe, an analyst at Jefferies, said the deal made sense.', 'Jefferies'],
    ['The minister later met the chairman of Siemens in Berlin.', 'Siemens'],
    ['Employees of Lafarge were told on Monday that the plant would close.', 'Lafarge'],
    ['The judge said the former Barclays banker would be sentenced in May.', 'Barclays'],
    ['Amazon workers in Coventry voted to strike.', 'Amazon'],
  ]);
  findsNone([
    'A spokeswoman for Trump said he would appeal.',
    'Workers at Heathrow walked out on Friday.',
    'Detroit workers and Chinese engineers marched together.',
    'He served on the general\'s staff at Valley Forge that winter.',
  ]);
});

describe('a body by membership or by an apposition that names its kind (session 18)', () => {
  findsEach([
    ['He was accused of being a member of Hamas.', 'Hamas'],
    ['The strike was claimed by Hamas, the group that runs Gaza.', 'Hamas'],
    ['Shares in Lafarge, the French cement maker, fell 4 percent.', 'Lafarge'],
    ['The deal was advised by Lazard, the investment bank.', 'Lazard'],
    ['Orders went to Quorvant, a chipmaker based in Dresden, last year.', 'Quorvant'],
  ]);
  findsNone([
    'Smith, the party leader, resigned on Sunday.',
    'The inspectors measured Volatile Organic Compounds, the group of chemicals found in paint.',
    'She was a member of Britain\'s team in Tokyo.',
  ]);
});

describe('a name joined by "and" to a firm (session 18)', () => {
  findsEach([
    ['Pfizer and BioNTech said their vaccine cut hospital admissions.', 'BioNTech'],
    ['Talks between Norvexa and Boeing broke down on Friday.', 'Norvexa'],
  ]);
  spansNot([
    ['After talks between the State and Homeland Security Departments, the visas were issued.', 'State'],
    ['Google and Sergey Brin declined to comment.', 'Sergey Brin'],
    ['The tram runs to the Central Station and Priest & Washington in Tempe.', 'Central Station'],
  ]);
});

describe('players by surname alone in a match scored in sets (session 18)', () => {
  findsNone([
    'Swiatek beat Pegula 6-3, 6-1 in the semi-final on Friday.',
    'Nadal sealed a 6-3, 6-4 victory over Medvedev in the final.',
  ]);
  findsEach([['Celtic sealed a 3-0 victory over Rangers on Sunday.', 'Rangers']]);
});
