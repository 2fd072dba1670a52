import { describe, expect, it } from 'vitest';
import { at, organizationTables } from './helpers/names.js';

// Organizations, linking and roles on news sentences written for session 20 (issue 16); expected values read from the sentences.
const { run, orgMentions, findsNone, mentionsAre, groups, groupsAre, roleOf } = organizationTables('2026-12-08');

// A body renamed is one body under two names, as a reader takes it; a thing a body renames, or its unit, stays apart from it.
describe('linking: a new name is the renamed body (session 20)', () => {
  groupsAre([
    ['Dalvix Corp. renamed itself Orenta in 2021. Orenta said profits rose.', [['Dalvix Corp.', 'Orenta', 'Orenta']]],
    ['Marine Le Pen led the National Front until 2011, and renamed it National Rally in 2018.', [['National Front', 'National Rally']]],
    ['In 2018 Marine Le Pen renamed the National Front the National Rally. The National Rally won 88 seats.', [['National Front', 'National Rally', 'National Rally']]],
    ['Twitter was rebranded as X last year, and X has since lost advertisers.', [['Twitter', 'X', 'X']]],
    // "changed its name to": the body is the subject; the whole name before it, not its legal word alone.
    ['Square Inc. changed its name to Block in December, and Block shares rose 3 percent.', [['Square Inc.', 'Block', 'Block']]],
    // What a body renames is not the body: a ground, or a unit of its own.
    ['The Harlow Football Club renamed the stadium Emirates Stadium in 2006.', [['Harlow Football Club']]],
    ['Volvo Group said it had renamed its truck unit Keltra.', [['Volvo Group'], ['Keltra']]],
    // A parent named alone and its unit are two bodies.
    ['Amazon said on Monday that Amazon Web Services would cut 500 jobs.', [['Amazon'], ['Amazon Web Services']]],
  ]);
  // A body that changes something else keeps one name.
  mentionsAre([['Acme Corp. changed its strategy in 2020 and renamed its chief executive.', ['Acme Corp.']]]);
});

// A plural of people possessive is a word of a body's name ("Longshoremen's", "Veterans'"); a singular owner is a place or
// another body whose unit follows ("Russia's Defense Ministry"), or a name ending in "s" ("Williams'").
describe('organizations: a name that holds a plural possessive (session 20)', () => {
  mentionsAre([
    ["The International Longshoremen's Association called a strike at ports from Maine to Texas.", ["International Longshoremen's Association"]],
    ["The Veterans' Affairs Department said the claims backlog had fallen.", ["Veterans' Affairs Department"]],
    ["The Women's National Basketball Association added two teams.", ["Women's National Basketball Association"]],
    ["The Children's Hospital of Philadelphia opened a new wing.", ["Children's Hospital of Philadelphia"]],
    ["The People's Bank of China cut its key rate.", ["People's Bank of China"]],
    ["The Korean People's Army fired two missiles.", ["Korean People's Army"]],
    ["Russia's Defense Ministry said the drills would end on Friday.", ['Defense Ministry']],
    ["Ohio's Cleveland Clinic said the trial had begun.", ['Cleveland Clinic']],
  ]);
});

// An armed group or movement is a body by what the text says it has or does: fighters, a claimed attack, a compound it
// leads, captives it frees. A place's or a nation's fighters are no body, nor a person's compound or spokesman.
describe('organizations: armed groups and movements by the words around them (session 20)', () => {
  const hamas = 'Hamas fighters crossed the border on Saturday, and Hamas said in a statement that it held 200 hostages.';
  const wagner = 'The Wagner mercenaries withdrew from Bakhmut, and Wagner said its men had been paid.';
  it.each([
    [hamas, [at(hamas, 'Hamas'), at(hamas, 'Hamas', 1)]],
    [wagner, [at(wagner, 'Wagner'), at(wagner, 'Wagner', 1)]],
  ])('%s', (text, want) => {
    expect(orgMentions(text)).toEqual(want);
  });
  mentionsAre([
    ['The hostages were released by Hamas after 50 days.', ['Hamas']],
    ['A Hamas-led attack killed 1,200 people.', ['Hamas']],
    ['Al-Shabaab claimed the bombing in Mogadishu.', ['Al-Shabaab']],
    ['The attack was claimed by Islamic State, which said its fighters had killed 40 soldiers.', ['Islamic State']],
    ['Boko Haram militants kidnapped 80 pupils in northern Nigeria.', ['Boko Haram']],
    ['A Houthi spokesman said more attacks on ships would follow.', ['Houthi']],
    ['A Sinaloa Cartel leader was arrested in Mexico City.', ['Sinaloa Cartel']],
  ]);
  findsNone([
    'Gaza militants fired rockets on Monday.',
    'Afghan fighters crossed into Pakistan.',
    'Rebel fighters took the town of Kidal.',
    'Kurdish fighters held the city.',
    'The prisoners were freed by Colombia on Tuesday.',
    'A Moscow-backed leader took power in the region.',
    'The hostage was released by John Carter after a week.',
    'Donald Trump endorsed Vance in March, and a Trump-backed candidate won the primary in Ohio.',
    'President Joe Biden met Xi Jinping in Bali. A Biden spokesman said the talks would resume.',
  ]);
});

// A full name that only a firm can be by the words around it: holders of its stock, goods made by it. Such evidence beats
// the reading of a given name and a surname, and the firm is then called by the surname.
describe('organizations: a full name that is a firm (session 20)', () => {
  const lilly = 'The weight-loss drug is made by Eli Lilly, and Lilly expects sales to double next year.';
  const hess = "Chevron's acquisition of Hess was delayed, and Hess shareholders approved the deal in May.";
  it.each([
    [lilly, [['Eli Lilly', 'Lilly']]],
    [hess, [['Chevron'], ['Hess', 'Hess']]],
  ])('%s', (text, want) => {
    expect(groups(text)).toEqual(want);
    expect(run(text).people ?? []).toEqual([]);
  });
  findsNone(['Texas shareholders sued the state pension fund.', 'The chair was made by John Smith, a carpenter in Leeds.']);
});

// A body named by the count of its members: the count is the end of its name.
describe('organizations: "Group of" and a count (session 20)', () => {
  mentionsAre([
    ['Leaders of the Group of 20 met in New Delhi on Saturday.', ['Group of 20']],
    ['Finance ministers from the Group of Seven industrialized nations met in Japan.', ['Group of Seven']],
    ['The Group of 77 developing nations backed the plan.', ['Group of 77']],
  ]);
  findsNone(['A group of 20 protesters marched to the square.']);
});


describe('roles: the office words a title leaves before it, and whose office "its" says (session 20)', () => {
  it.each([
    // A service's word between a place and the title is the office's; the place is whose office it is.
    ['Los Angeles County Fire Chief Anthony Marrone said the blaze was contained.', 'Anthony Marrone', 'Fire Chief', 'Los Angeles County'],
    ['New York Police Commissioner Edward Caban resigned on Thursday.', 'Edward Caban', 'Police Commissioner', 'New York'],
    // A title's own words after its first role word: "Chief Scientific Officer", not "Officer" of "Pfizer Chief Scientific".
    ['Pfizer Chief Scientific Officer Mikael Dolsten left the company.', 'Mikael Dolsten', 'Chief Scientific Officer', 'Pfizer'],
    // "its" stands for the body named just before it.
    ['FTX and its founder Sam Bankman-Fried were sued by investors.', 'Sam Bankman-Fried', 'Founder', 'FTX'],
    ['OpenAI and its chief executive Sam Altman faced questions from regulators.', 'Sam Altman', 'Chief Executive', 'OpenAI'],
    // Unchanged: a place alone, a body alone.
    ['Texas Attorney General Ken Paxton sued the company.', 'Ken Paxton', 'Attorney General', 'Texas'],
    ['Former Federal Reserve Chair Janet Yellen spoke in Washington.', 'Janet Yellen', 'Chair', 'Federal Reserve'],
    ['Boeing Chief Executive Dave Calhoun will step down at the end of the year.', 'Dave Calhoun', 'Chief Executive', 'Boeing'],
    // "its" of no body named just before: no affiliation.
    ['The board met on Monday, and its chairman Paul Rix resigned.', 'Paul Rix', 'Chairman', null],
  ] as Array<[string, string, string, string | null]>)('"%s": %s is %s of %s', (text, name, role, affiliation) => {
    expect(roleOf(text, name)).toEqual([role, affiliation]);
  });
});
