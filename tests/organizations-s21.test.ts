import { describe, expect, it } from 'vitest';
import { organizationTables } from './helpers/names.js';

// Organizations, linking and roles on news sentences written for session 21 (issue 16); expected values read from the sentences.
const { run, orgMentions, findsNone, mentionsAre, groupsAre, roleOf } = organizationTables('2026-12-08');

// A body named after someone in the singular possessive keeps the owner in its name; the owner alone is no body, there or in
// another phrase ("an Alzheimer's drug"). A place's, a titled person's or a firm's possessive before a body is the owner's.
describe('organizations: a name that holds a singular possessive (session 21)', () => {
  mentionsAre([
    ["The Alzheimer's Association welcomed the ruling on Friday.", ["Alzheimer's Association"]],
    ["The Parkinson's Foundation funded the study.", ["Parkinson's Foundation"]],
    ["Doctors at St. Jude's Hospital treated the boy.", ["St. Jude's Hospital"]],
    ["McDonald's Corp. said sales rose 3 percent.", ["McDonald's Corp."]],
    ["Britain's Parliament voted on Tuesday.", []],
    ["Harvard's Kennedy School hosted the debate.", ['Harvard', 'Kennedy School']],
  ]);
  groupsAre([["The Alzheimer's Association backed the plan. The group said an Alzheimer's drug was near.", [["Alzheimer's Association"]]]]);
  findsNone([
    "Mr. Musk's Foundation gave $5 million to schools.",
    "The first Alzheimer's drug to slow the disease was approved in 2023.",
    // A building named so is a place as much as a body.
    "Crowds gathered outside St. Paul's Cathedral on Sunday.",
  ]);
});


// A role in lower case after a comma names the body it is held at after "at", "for" or "of"; its field words stand between
// its heads ("chief science officer"); a bare honorific before the name ("Dr.") leaves the apposition to say the role.
describe('roles: an apposition\'s role and the body after it (session 21)', () => {
  it.each([
    ['"It is a big step," said Dr. Maria Carrillo, chief science officer at the Alzheimer\'s Association.', 'Maria Carrillo', 'Chief Science Officer', "Alzheimer's Association"],
    ['Sarah Lin, an analyst at Morningstar, said the shares were cheap.', 'Sarah Lin', 'Analyst', 'Morningstar'],
    ['"Sales were strong," said Ana Ruiz, a spokeswoman for Delvia.', 'Ana Ruiz', 'Spokeswoman', 'Delvia'],
    ['John Kerr, director of the Institute for Fiscal Studies, said the budget was tight.', 'John Kerr', 'Director', 'Institute for Fiscal Studies'],
    ['Dr. Lena Fox, a professor of medicine at Harvard Medical School, led the trial.', 'Lena Fox', 'Professor', 'Harvard Medical School'],
    ['The plan was backed by Peter Lang, head of research at Berenson Bank.', 'Peter Lang', 'Head', 'Berenson Bank'],
    ['Tom Hill, a reporter for The New York Times, covered the trial.', 'Tom Hill', 'Reporter', 'New York Times'],
    // Only a body has a chief officer: the name after it is a body's, whatever its words read as.
    ['"We are pleased," said Dr. Maria Carrillo, the chief medical officer of Orvane Health.', 'Maria Carrillo', 'Chief Medical Officer', 'Orvane Health'],
    // Unchanged: a country after "of" is its code, a state its name, a role before its owner's possessive the owner's.
    ['Vladimir Putin, the president of Russia, spoke by phone with Donald Trump.', 'Vladimir Putin', 'President', 'RU'],
    ['Greg Abbott, the governor of Texas, signed the bill.', 'Greg Abbott', 'Governor', 'Texas'],
    ["Tim Cook, Apple's chief executive, said sales rose.", 'Tim Cook', 'Chief Executive', 'Apple'],
    // No body named after the role: none.
    ['Jane Roe, a lawyer for the family, said they would appeal.', 'Jane Roe', 'Lawyer', null],
  ] as Array<[string, string, string | null, string | null]>)('"%s": %s is %s of %s', (text, name, role, affiliation) => {
    expect(roleOf(text, name)).toEqual([role, affiliation]);
  });
});

// An acronym written with "&" or dots is the initials of the name it stands for: one organization.
describe('linking: an acronym with "&" or dots (session 21)', () => {
  groupsAre([
    ['Marks & Spencer said the attack had cost it 300 million pounds. M&S suspended online orders.', [['Marks & Spencer', 'M&S']]],
    ['Procter & Gamble raised prices again, and P&G said demand held up.', [['Procter & Gamble', 'P&G']]],
    ['The United Nations said aid was blocked. A U.N. spokesman said trucks were waiting.', [['United Nations', 'U.N.']]],
    // Other initials are another body.
    ['Procter & Gamble raised prices, and J&J said it would cut them.', [['Procter & Gamble'], ['J&J']]],
  ]);
});

// A firm without a legal word, by what the text says only a business does or has: it files for bankruptcy or a listing,
// it is one of the examples of a plural noun of businesses, it owns goods named by their model. A person's name, a place
// and a lone word that may be a person's owner stay what they are.
describe('organizations: firms without a suffix by what they do (session 21)', () => {
  mentionsAre([
    ["Blue Origin's New Glenn rocket lifted off from Florida on Monday.", ['Blue Origin']],
    ['Blue Origin has signed a contract with NASA to build a lunar lander.', ['Blue Origin', 'NASA']],
    ['Northvolt filed for bankruptcy protection in Sweden last week.', ['Northvolt']],
    ['Klarna filed for an initial public offering in New York.', ['Klarna']],
    ['Wolfspeed filed for Chapter 11 protection on Sunday.', ['Wolfspeed']],
    ['The retailer faces rivals such as Shein and Temu, which sell clothes at lower prices.', ['Shein', 'Temu']],
    ['Customers switched to rivals such as Lidl and Aldi during the downturn.', ['Lidl', 'Aldi']],
    ['The finance chief blamed competition from Shein and Temu.', ['Shein', 'Temu']],
    // A name that ends in a number, which the runs leave out.
    ['Forever 21 filed for bankruptcy protection for the second time on Sunday.', ['Forever 21']],
  ]);
  groupsAre([['Blue Origin has signed a contract with NASA. Blue Origin\'s New Glenn rocket will fly the mission.', [['Blue Origin', 'Blue Origin'], ['NASA']]]]);
  findsNone([
    "Musk's Starship rocket exploded over the Gulf.",
    'Smith filed for bankruptcy in 2019 after his business failed.',
    'Mr. Jones filed for bankruptcy last year.',
    'Rivals such as Rafael Nadal and Novak Djokovic have won more titles.',
    'Candidates such as Harris and Newsom have raised more money.',
    'Countries such as Germany and Japan have aging populations.',
    'His rivals such as Tom and Jerry laughed.',
    'In the tale, giants such as Goliath and Ymir roam the hills.',
    'Lionel Messi has signed a contract to play for the club.',
    'John Baker has signed a contract to build the bridge.',
    'Smith signed a deal to build houses near the river.',
    'The champion faced stiff competition from Rafael Nadal.',
    'Exporters face competition from China and Vietnam.',
  ]);
});

// A full name as the source of a figure, with no title or apposition, is a body that publishes data, though a given name
// opens it; a person quoted so is introduced, and a phrase the name only modifies is not the source.
describe('organizations: a full name as the source of a figure (session 21)', () => {
  mentionsAre([
    ['Home prices rose 3 percent, according to Freddie Mac.', ['Freddie Mac']],
    ['The average rate was 6.3 percent, according to Freddie Mac, down from 6.9 percent a year earlier.', ['Freddie Mac']],
    ['Mortgage rates fell to 6.1 percent, according to Fannie Mae.', ['Fannie Mae']],
  ]);
  it.each([
    ['About 300 people were hurt, according to Mark Stone, who runs the clinic.', 'Mark Stone'],
    ['The town has 4,000 residents, according to Dr. Paul Nash.', 'Paul Nash'],
    ['The plan failed, according to Jane Roe.', 'Jane Roe'],
  ])('%s: %s is a person', (text, name) => {
    expect(orgMentions(text)).toEqual([]);
    expect((run(text).people ?? []).map((p) => p.name)).toEqual([name]);
  });
  findsNone(['Turnout was 61 percent, according to New York officials.']);
});
