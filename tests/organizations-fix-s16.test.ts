import { describe, expect, it } from 'vitest';
import { at, namesOn } from './helpers/names.js';

const { orgMentions, mentionsOf } = namesOn('2024-03-06');

// The lead's findings on organizations in ordinary news (session 16, fix round); spans read from the sentences.
describe('a body\'s name goes on over "and" after a lone firm\'s word (O1)', () => {
  const whole: Array<[string, string]> = [
    ['The Securities and Exchange Commission sued the company.', 'Securities and Exchange Commission'],
    ['The Oil and Natural Gas Corporation said output fell in the quarter.', 'Oil and Natural Gas Corporation'],
    ["Hong Kong's Securities and Futures Commission fined the bank on Monday.", 'Securities and Futures Commission'],
    ['The Food and Drug Administration approved the drug.', 'Food and Drug Administration'],
  ];
  it.each(whole)('%s', (text, name) => {
    expect(orgMentions(text)).toEqual([at(text, name)]);
  });

  // A firm's whole name before "and" is one firm, the name after it another.
  it('Shares of Barclays Capital and Nomura Securities fell.', () => {
    const text = 'Shares of Barclays Capital and Nomura Securities fell.';
    expect(orgMentions(text)).toEqual([at(text, 'Barclays Capital'), at(text, 'Nomura Securities')]);
  });
});

describe('a company found alone by the first words of its legal name is the same company (O2)', () => {
  const short: Array<[string, string, string]> = [
    ['Ford Motor Co. will cut 3,800 jobs in Europe, the company said on Tuesday. Ford shares rose 2%.', 'Ford Motor Co.', 'Ford'],
    ['Toyota Motor Corp. said on Thursday that sales fell. Toyota also cut its forecast.', 'Toyota Motor Corp.', 'Toyota'],
    ['Deutsche Bank AG said it would cut 2,000 jobs. Deutsche Bank shares fell.', 'Deutsche Bank AG', 'Deutsche Bank'],
  ];
  it.each(short)('%s', (text, name, alone) => {
    expect(mentionsOf(text, 'organizations')).toEqual([[at(text, name), `${alone}@${text.lastIndexOf(alone)}`]]);
  });

  const apart: Array<[string, string[][]]> = [
    // A country's name is the government's, not the short name of a company named after it.
    ['China Mobile Ltd said profit rose. China said it would cut tariffs.', [['China Mobile Ltd@0'], ['China@35']]],
    // Two companies begin with the word: which one "Ford" is, the text does not say.
    [
      'Ford Motor Co. and Ford Credit Co. said on Monday they would merge. Ford shares rose.',
      [['Ford Motor Co.@0'], ['Ford Credit Co.@19'], ['Ford@68']],
    ],
  ];
  it.each(apart)('%s', (text, items) => {
    expect(mentionsOf(text, 'organizations')).toEqual(items);
  });
});

describe("a team by a result in words or by its staff before a name (N4)", () => {
  const { mentionsOf: on } = namesOn('2023-02-17');
  it('Arsenal manager Mikel Arteta ... the 3-1 win over Tottenham ... Spurs coach Ange Postecoglou', () => {
    const text =
      'Arsenal manager Mikel Arteta praised Bukayo Saka after the 3-1 win over Tottenham on Sunday. Spurs coach Ange Postecoglou said his side had been poor.';
    expect(orgMentions(text)).toEqual([at(text, 'Arsenal'), at(text, 'Tottenham'), at(text, 'Spurs')]);
    expect(on(text, 'places')).toEqual([]);
  });

  const teams: Array<[string, string]> = [
    ['Leeds suffered a 2-0 defeat to Brentford on Saturday.', 'Brentford'],
    ['Former Chelsea manager Jose Mourinho watched the match from the stands.', 'Chelsea'],
    ['Everton striker Dominic Calvert-Lewin scored twice.', 'Everton'],
  ];
  it.each(teams)('%s', (text, name) => {
    expect(orgMentions(text)).toContain(at(text, name));
  });

  const none: Array<[string, string]> = [
    // A nation's word before a player is the player's nation.
    ['English captain Harry Kane scored a late goal against Tunisia.', 'English'],
    // A manager off the field: a singer's.
    ['Taylor Swift manager Scooter Braun sold the record label last year.', 'Taylor Swift'],
  ];
  it.each(none)('%s', (text, name) => {
    expect(orgMentions(text).some((m) => m.startsWith(`${name}@`))).toBe(false);
  });
});

describe("a club named in full by a result is called by a word of its name in the match's paragraphs (N3)", () => {
  const { mentionsOf: on } = namesOn('2024-05-13');
  const clubs: Array<[string, string[][]]> = [
    [
      'Real Madrid beat Barcelona 2-1 at the Santiago Bernabeu on Sunday, with Vinicius Jr scoring twice. Madrid now lead La Liga by five points.',
      [['Real Madrid@0', 'Madrid@99'], ['Barcelona@17'], ['La Liga@115']],
    ],
    ['Bayern Munich beat Borussia Dortmund 4-0 on Saturday. Bayern are now top of the table, and Dortmund sit fourth.', [['Bayern Munich@0', 'Bayern@54'], ['Borussia Dortmund@19', 'Dortmund@91']]],
    // "Manchester" is in both names: which club it is, the text does not say; "United" is one's.
    ['Manchester United drew 1-1 with Manchester City on Saturday. United remain sixth.', [['Manchester United@0', 'United@61'], ['Manchester City@32']]],
  ];
  it.each(clubs)('%s', (text, items) => {
    expect(on(text, 'organizations')).toEqual(items);
    expect(on(text, 'places')).toEqual([]);
  });

  it('the city again in a paragraph about something else', () => {
    const text = 'Real Madrid beat Barcelona 2-1 on Sunday.\nMadrid hosted a climate summit last year.';
    expect(on(text, 'places')).toEqual([['Madrid@42']]);
  });

  it("a player's surname after a score in sets is the player's", () => {
    const text = 'Serena Williams beat Maria Sharapova 6-2, 6-3 in the final. Williams said she was proud.';
    expect(on(text, 'people')).toEqual([['Serena Williams@0', 'Williams@60'], ['Maria Sharapova@21']]);
    expect(on(text, 'organizations')).toEqual([]);
  });
});

describe("a league named by its own language's word for league (N3)", () => {
  const leagues: Array<[string, string]> = [
    ['Real Madrid beat Barcelona 2-1 on Sunday. Madrid now lead La Liga by five points.', 'La Liga'],
    ['Benfica clinched the Primeira Liga title with two games to spare.', 'Primeira Liga'],
    ['Atletico Madrid finished third in La Liga last season.', 'La Liga'],
  ];
  it.each(leagues)('%s', (text, name) => {
    expect(orgMentions(text)).toContain(at(text, name));
  });

  it('a given name that is the word is no league', () => {
    const text = 'Latvian runner Liga Klavina won the race in Riga.';
    expect(orgMentions(text)).toEqual([]);
  });
});
