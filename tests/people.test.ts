import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';
import type { Article, Span } from '../src/types.js';
import { teamSpans } from '../src/people/teams.js';

const pipeline = createPipeline(resolveConfig({ stages: ['read', 'segment', 'people'] }, stageIds));
const run = (text: string): Article => pipeline.process({ id: 't', source: 't', text, date: '2019-07-11' });
const pipelineWithPlaces = createPipeline(resolveConfig({ stages: ['read', 'segment', 'people', 'places'] }, stageIds));

/** An expected person: mention texts in text order; offsets are found by searching on from the previous one. */
interface ExpectedPerson {
  name: string;
  role: string | null;
  affiliation?: string | null;
  mentions: string[];
}

/** Offsets of `texts` in `text`, each searched after the end of the one before. */
function spansOf(text: string, texts: readonly string[]): Span[] {
  let from = 0;
  return texts.map((t) => {
    const start = text.indexOf(t, from);
    expect(start, `"${t}" must occur after offset ${from}`).toBeGreaterThanOrEqual(0);
    from = start + t.length;
    return { text: t, start, end: start + t.length };
  });
}

function expectPeople(text: string, expected: ExpectedPerson[]): void {
  const article = run(text);
  expect(article.messages.filter((m) => m.severity === 'error')).toEqual([]);
  const got = (article.people ?? []).map((p) => ({ ...p, affiliation: p.affiliation ?? null }));
  const want = expected.map((e) => ({ name: e.name, role: e.role, affiliation: e.affiliation ?? null, mentions: spansOf(text, e.mentions) }));
  expect(got).toEqual(want);
  for (const p of got) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe('people: names from titles, appositions, reporting verbs and the lexicon', () => {
  const cases: Array<[string, string, ExpectedPerson[]]> = [
    ['title + unknown name, nationality → country', 'Kyrgyz President Sooronbay Jeenbekov arrived on Thursday.', [
      { name: 'Sooronbay Jeenbekov', role: 'President', affiliation: 'KG', mentions: ['Sooronbay Jeenbekov'] },
    ]],
    ['multi-word title', 'Russian Foreign Minister Sergey Lavrov visited Bishkek.', [
      { name: 'Sergey Lavrov', role: 'Foreign Minister', affiliation: 'RU', mentions: ['Sergey Lavrov'] },
    ]],
    ['organization before a title is the affiliation', 'Chrysler Chief Executive Robert Nardelli will step down.', [
      { name: 'Robert Nardelli', role: 'Chief Executive', affiliation: 'Chrysler', mentions: ['Robert Nardelli'] },
    ]],
    ['apposition before: his counterpart takes the other leader\'s role',
      'Russian President Vladimir Putin will hold talks with his Kyrgyz counterpart, Sooronbay Jeenbekov, on Thursday.', [
        { name: 'Vladimir Putin', role: 'President', affiliation: 'RU', mentions: ['Vladimir Putin'] },
        { name: 'Sooronbay Jeenbekov', role: 'President', affiliation: 'KG', mentions: ['Sooronbay Jeenbekov'] },
      ]],
    ['apposition after', "Talgat Ermekov, the company's chief executive, resigned on Monday.", [
      { name: 'Talgat Ermekov', role: 'Chief Executive', mentions: ['Talgat Ermekov'] },
    ]],
    ['apposition of age, then the surname alone', 'Apple confirmed that Mark Papermaster, 49, had left. Papermaster did not comment.', [
      { name: 'Mark Papermaster', role: null, mentions: ['Mark Papermaster', 'Papermaster'] },
    ]],
    ['reporting verb with an unknown name', 'Aibek Dzhumabaev said the talks went well.', [
      { name: 'Aibek Dzhumabaev', role: null, mentions: ['Aibek Dzhumabaev'] },
    ]],
    ['a plural role before a list of names',
      'The prime ministers of the two countries, Dmitry Medvedev and Mukhammedkaly Abylgaziev, met in Moscow.', [
        { name: 'Dmitry Medvedev', role: 'Prime Minister', mentions: ['Dmitry Medvedev'] },
        { name: 'Mukhammedkaly Abylgaziev', role: 'Prime Minister', mentions: ['Mukhammedkaly Abylgaziev'] },
      ]],
    ['Mr. X is the full name said earlier', 'Prime Minister John Howard visited the plant. Mr Howard said it would stay. Mr. Howard left.', [
      { name: 'John Howard', role: 'Prime Minister', mentions: ['John Howard', 'Howard', 'Howard'] },
    ]],
    ['surname linking and the writer role', 'The Kyrgyz writer Chinghiz Aitmatov was born in 1928. A monument to Aitmatov stands in Moscow.', [
      { name: 'Chinghiz Aitmatov', role: 'Writer', affiliation: 'KG', mentions: ['Chinghiz Aitmatov', 'Aitmatov'] },
    ]],
    ['possessives are stripped', "President Vladimir Putin's visit was short. Putin's aides said little.", [
      { name: 'Vladimir Putin', role: 'President', mentions: ['Vladimir Putin', 'Putin'] },
    ]],
    ['pre-tokenized text', "Former President Bill Clinton 's foundation said Clinton 's plan was good .", [
      { name: 'Bill Clinton', role: 'President', mentions: ['Bill Clinton', 'Clinton'] },
    ]],
    ['pre-tokenized apposition and O\' names', "Ryanair CEO , Michael O' Leary , justified the choice .", [
      { name: "Michael O' Leary", role: 'CEO', affiliation: 'Ryanair', mentions: ["Michael O' Leary"] },
    ]],
    ['initials and a later surname', 'George W. Bush spoke on Tuesday. Later, Bush left for Texas.', [
      { name: 'George W. Bush', role: null, mentions: ['George W. Bush', 'Bush'] },
    ]],
    ['role with its object', 'European Commissioner for Competition Neelie Kroes said the Commission would act.', [
      { name: 'Neelie Kroes', role: 'Commissioner for Competition', mentions: ['Neelie Kroes'] },
    ]],
    ['a portfolio before a minister', 'Civil Protection Minister Nello Musumeci said the state would help.', [
      { name: 'Nello Musumeci', role: 'Civil Protection Minister', mentions: ['Nello Musumeci'] },
    ]],
    // The name leaves the nickname out (session 21: 'Sean "Diddy" Combs' is Sean Combs); the mention keeps the text as written.
    ['a quoted nickname stays inside the mention, not the name', 'Councilman Robert "Bob" Kline voted no. Kline said taxes would rise.', [
      { name: 'Robert Kline', role: 'Councilman', mentions: ['Robert "Bob" Kline', 'Kline'] },
    ]],
    ['particles before the surname', 'Residents such as Maria de la Cruz spoke. De la Cruz did not stay.', [
      { name: 'Maria de la Cruz', role: null, mentions: ['Maria de la Cruz', 'De la Cruz'] },
    ]],
    ['a hyphenated given name with a lower-case second syllable', 'Lawmaker Lam Cheuk-ting said the vote was fair. Lam left early.', [
      { name: 'Lam Cheuk-ting', role: 'Lawmaker', mentions: ['Lam Cheuk-ting', 'Lam'] },
    ]],
    ['but not an ordinary word hyphened to a name', 'Vladimir Putin-backed groups marched. Putin did not comment.', [
      { name: 'Vladimir Putin', role: null, mentions: ['Vladimir Putin', 'Putin'] },
    ]],
    ["a picture's credit label is no part of the name", 'Police questioned student Ahmed Mohamed Image: Reuters.', [
      { name: 'Ahmed Mohamed', role: null, mentions: ['Ahmed Mohamed'] },
    ]],
    ['a building word after a name, when a verb of saying makes it a person', 'Shirley Temple said she was happy.', [
      { name: 'Shirley Temple', role: null, mentions: ['Shirley Temple'] },
    ]],
    ["an elided particle before the surname", "Letters from Jean le Rond d'Alembert were read aloud.", [
      { name: "Jean le Rond d'Alembert", role: null, mentions: ["Jean le Rond d'Alembert"] },
    ]],
    ['a lone given name when the surname is never used alone', 'Chinese President Xi Jinping met reporters. Xi told them little.', [
      { name: 'Xi Jinping', role: 'President', affiliation: 'CN', mentions: ['Xi Jinping', 'Xi'] },
    ]],
    ['suffixes and regnal numbers', 'Martin Luther King Jr. spoke in 1963. King was shot in 1968. Queen Elizabeth II died.', [
      { name: 'Martin Luther King Jr', role: null, mentions: ['Martin Luther King Jr', 'King'] },
      { name: 'Elizabeth II', role: 'Queen', mentions: ['Elizabeth II'] },
    ]],
    ['a monarch\'s title is a role', 'Tsar Nicholas II abdicated in 1917. Nicholas was shot a year later.', [
      { name: 'Nicholas II', role: 'Tsar', mentions: ['Nicholas II', 'Nicholas'] },
    ]],
    ['a company before a role is its affiliation, not a person', 'Ferrari chairman John Elkann said the team would help.', [
      { name: 'John Elkann', role: 'Chairman', affiliation: 'Ferrari', mentions: ['John Elkann'] },
    ]],
    ['family nouns owned by someone, before a name or a list of names', 'His father, Anthony, was a geologist and his mother, Jennifer, is a nurse. He had two brothers, Niklaus and Johann II.', [
      { name: 'Anthony', role: null, mentions: ['Anthony'] },
      { name: 'Jennifer', role: null, mentions: ['Jennifer'] },
      { name: 'Niklaus', role: null, mentions: ['Niklaus'] },
      { name: 'Johann II', role: null, mentions: ['Johann II'] },
    ]],
    ['a full name after "in" that the tagger reads as a person', 'He played Charles Ryder in Julian Jarrold’s adaptation of the novel.', [
      { name: 'Charles Ryder', role: null, mentions: ['Charles Ryder'] },
      { name: 'Julian Jarrold', role: null, mentions: ['Julian Jarrold'] },
    ]],
    ['a title after an organization is no name', 'Tom LaSorda, former Chrysler President, will head the company.', [
      { name: 'Tom LaSorda', role: 'President', affiliation: 'Chrysler', mentions: ['Tom LaSorda'] },
    ]],
  ];
  it.each(cases)('%s', (_, text, expected) => expectPeople(text, expected));
});

describe('people: headlines, datelines and linking across the article', () => {
  it('links an ALL-CAPS headline to the names in the body; the dateline is nobody', () => {
    const text =
      'PUTIN TO HOST KYRGYZ LEADER JEENBEKOV\n\nMOSCOW, July 11 (Reuters) - Russian President Vladimir Putin will meet ' +
      'Kyrgyz President Sooronbay Jeenbekov on Thursday, Kremlin spokesman Dmitry Peskov said. Peskov told reporters ' +
      'that Mr. Jeenbekov would arrive on Wednesday.';
    expectPeople(text, [
      { name: 'Vladimir Putin', role: 'President', affiliation: 'RU', mentions: ['PUTIN', 'Vladimir Putin'] },
      { name: 'Sooronbay Jeenbekov', role: 'President', affiliation: 'KG', mentions: ['JEENBEKOV', 'Sooronbay Jeenbekov', 'Jeenbekov'] },
      { name: 'Dmitry Peskov', role: 'Spokesman', affiliation: 'Kremlin', mentions: ['Dmitry Peskov', 'Peskov'] },
    ]);
  });

  it('links a Title Case headline; a headline role yields to the body\'s', () => {
    const text =
      'Putin to Host Kyrgyz Leader Jeenbekov for Talks in Moscow\n\nMOSCOW, 11th July, 2019 (Eurasia Desk) - Russian ' +
      'President Vladimir Putin will hold talks on Thursday with his Kyrgyz counterpart, Sooronbay Jeenbekov, the ' +
      'Kremlin press service said.\n\nJeenbekov took office on November 24, 2017.';
    expectPeople(text, [
      { name: 'Vladimir Putin', role: 'President', affiliation: 'RU', mentions: ['Putin', 'Vladimir Putin'] },
      { name: 'Sooronbay Jeenbekov', role: 'President', affiliation: 'KG', mentions: ['Jeenbekov', 'Sooronbay Jeenbekov', 'Jeenbekov'] },
    ]);
  });

  it('keeps two people with one surname apart and links the lone surname to the nearer one', () => {
    const text = 'Bill Clinton met reporters. Hillary Clinton spoke later. Clinton said she was pleased.';
    expectPeople(text, [
      { name: 'Bill Clinton', role: null, mentions: ['Bill Clinton'] },
      { name: 'Hillary Clinton', role: null, mentions: ['Hillary Clinton', 'Clinton'] },
    ]);
  });

  it('a capitalized particle inside a full name is part of its mentions, and the surname with its particle links to it', () => {
    const text = "Lukaku scored a header from Kevin De Bruyne's assist. Tunisia brought on Farouk Ben Mustapha. Ben Mustapha saved a penalty, and De Bruyne smiled.";
    expectPeople(text, [
      { name: 'Kevin De Bruyne', role: null, mentions: ['Kevin De Bruyne', 'De Bruyne'] },
      { name: 'Farouk Ben Mustapha', role: null, mentions: ['Farouk Ben Mustapha', 'Ben Mustapha'] },
    ]);
  });

  it('reads the entries of a results list as people, not its lines as headings', () => {
    const text = 'Results:\n1. Eliud Kipchoge (Kenya) 2:01:39\n2. Amos Kipruto (Kenya) 2:02:40\n4) Guye Adola (ETH) 2:05:28\nThe race went well.';
    expect((run(text).people ?? []).map((p) => p.name)).toEqual(['Eliud Kipchoge', 'Amos Kipruto', 'Guye Adola']);
  });

  it('but not a team named by its city in a standings list', () => {
    const text = 'Standings:\n1. Bayern Munich (GER) 9 points\n2. Ajax Amsterdam (NED) 4 points\nThe season goes on.';
    expect((run(text).people ?? []).map((p) => p.name)).toEqual([]);
  });

  it('a single name the tagger reads as a person twice is someone', () => {
    expectPeople('The band played. Later Jerome sang the first song, and Jerome thanked the crowd.', [{ name: 'Jerome', role: null, mentions: ['Jerome', 'Jerome'] }]);
  });

  it('a surname cited with a year in brackets is someone, not a model number', () => {
    const text = 'Among others, Quilis (1964) described the types. Later work built on Quilis (1964), and Quilis also listed them.';
    expectPeople(text, [{ name: 'Quilis', role: null, mentions: ['Quilis', 'Quilis', 'Quilis'] }]);
  });

  it('a single name that is also a town is someone when the tagger reads a person twice, and then no place', () => {
    const text = 'Born in Tianjin, Chao went to the United States in 1910. Chao taught mathematics at Tsinghua University and later returned to teach at Harvard.';
    const article = pipelineWithPlaces.process({ id: 't', source: 't', text, date: '2019-07-11' });
    expect((article.people ?? []).map((p) => [p.name, p.mentions.map((m) => m.start)])).toEqual([['Chao', [17, 57]]]);
    expect((article.places ?? []).map((p) => p.name)).toEqual(['Tianjin', 'United States']);
  });

  it('but not a suburb named after a place and a comma or a place noun', () => {
    const text = 'Preston, Victoria, Australia. The tournament was held at a cafe in the Melbourne suburb of Preston.';
    expect((run(text).people ?? []).map((p) => p.name)).toEqual([]);
  });

  it('nor a title named after "book" or "film", however often the tagger reads a person', () => {
    const text = "Bernoulli summarized ideas from Daniel's book Hydrodynamica in his own book. He backdated it to before Hydrodynamica. His chief work is Hydrodynamica, published in 1738.";
    expect((run(text).people ?? []).map((p) => p.name)).not.toContain('Hydrodynamica');
  });

  it('but a place after a place and a comma is no one, however often the tagger reads a person', () => {
    const text = 'Goode was born in Exeter, Devon. He went to school in Exeter, Devon, and then to Birmingham.';
    expect((run(text).people ?? []).map((p) => p.name)).not.toContain('Devon');
  });

  it('but not when a list puts it beside an organization (a company named like a person)', () => {
    const text = 'General Motors reported a 49% decline. Chrysler was hardest hit among the domestic makers. Last month, General Motors and Chrysler were given loans.';
    expect((run(text).people ?? []).map((p) => p.name)).toEqual([]);
  });
});

describe('people: abbreviated titles and feature names', () => {
  it('spells out an abbreviated title as the role and keeps it out of the name', () => {
    const people = run('Gov. Harlan Dwyer met Sen. Ann Ruiz and Lt. Col. Bo Park.').people ?? [];
    expect(people.map((p) => [p.name, p.role, p.mentions.map((m) => m.text)])).toEqual([
      ['Harlan Dwyer', 'Governor', ['Harlan Dwyer']],
      ['Ann Ruiz', 'Senator', ['Ann Ruiz']],
      ['Bo Park', 'Lieutenant Colonel', ['Bo Park']],
    ]);
  });

  it('does not take a lake, river or mountain for a person', () => {
    expect(run('Water comes from Pat Mayse Lake near the Red River. Mount Everest is high.').people ?? []).toEqual([]);
  });
});

describe('organizations', () => {
  const orgs = (text: string) => (run(text).organizations ?? []).map((o) => ({ name: o.name, mentions: o.mentions.map((m) => m.text) }));

  it('finds organizations by shape, acronym, seat and agency, with every mention', () => {
    const text =
      'MOSCOW, July 11 (Reuters) - The Kremlin said leaders of the Commonwealth of Independent States (CIS) and the ' +
      'Eurasian Economic Union would meet. CIS leaders agreed. General Motors Chief Executive Mary Barra said ' +
      'General Motors and Apple Inc. would invest. Apple declined to comment.';
    expect(orgs(text)).toEqual([
      { name: 'Reuters', mentions: ['Reuters'] },
      { name: 'Kremlin', mentions: ['Kremlin'] },
      { name: 'Commonwealth of Independent States', mentions: ['Commonwealth of Independent States', 'CIS', 'CIS'] },
      { name: 'Eurasian Economic Union', mentions: ['Eurasian Economic Union'] },
      { name: 'General Motors', mentions: ['General Motors', 'General Motors'] },
      { name: 'Apple Inc.', mentions: ['Apple Inc.', 'Apple'] },
    ]);
    const people = run(text).people ?? [];
    expect(people.map((p) => [p.name, p.role, p.affiliation])).toEqual([['Mary Barra', 'Chief Executive', 'General Motors']]);
  });

  it('takes organizations from describing nouns and from "said" when no person claims the name', () => {
    expect(orgs('German airline Lufthansa ordered jets. Boeing said demand was strong.')).toEqual([
      { name: 'Lufthansa', mentions: ['Lufthansa'] },
      { name: 'Boeing', mentions: ['Boeing'] },
    ]);
  });

  it('but not from a title alone, before "said" or a possessive', () => {
    expect(orgs('King Charles met the Tsar. The King said little; the President said more.')).toEqual([]);
    expect(orgs("He served in the King's service, then in the President's office.")).toEqual([]);
  });

  it('calls a company by the first word of its name when that word is its own', () => {
    const text =
      'Vexa agreed to buy pump maker Kora Hydraulics. Kora, based in Okaya, makes pumps. ' +
      'Apple Corps sued Apple Computer. The Eurasian Development Bank lends to Eurasian firms.';
    expect(orgs(text)).toEqual([
      { name: 'Kora Hydraulics', mentions: ['Kora Hydraulics', 'Kora'] },
      { name: 'Apple Corps', mentions: ['Apple Corps'] },
      { name: 'Apple Computer', mentions: ['Apple Computer'] },
      { name: 'Eurasian Development Bank', mentions: ['Eurasian Development Bank'] },
    ]);
  });

  it('joins a head word to its name over "on" and "for", with the acronym used later', () => {
    const text = 'The Texas Commission on Environmental Quality approved it. The TCEQ and the Council for Trade agreed.';
    expect(orgs(text)).toEqual([
      { name: 'Texas Commission on Environmental Quality', mentions: ['Texas Commission on Environmental Quality', 'TCEQ'] },
      { name: 'Council for Trade', mentions: ['Council for Trade'] },
    ]);
  });

  it('finds no organization by shape in a title-case headline, only those the body names', () => {
    const text = 'Glass Maker to Expand Plant in Paris After Council Vote\n\nThe Paris City Council voted on Wednesday.';
    expect(orgs(text)).toEqual([{ name: 'Paris City Council', mentions: ['Paris City Council'] }]);
  });

  it("takes the name tagger's organizations, a place right before one joining it", () => {
    expect(orgs('She plans a training program with Texas A&M University-Commerce next year.').map((o) => o.name)).toEqual(['Texas A&M University-Commerce']);
  });

  it("leaves out the tagger's titles, legal suffixes, model numbers and phrases with ordinary words", () => {
    const text = 'Ryanair CEO Michael O\'Leary spoke. The Airbus A330 jet crashed. Initially, the Italian company, Fiat, will appoint three members.';
    const names = orgs(text).map((o) => o.name);
    for (const bad of ['CEO', 'A330', 'Italian company']) expect(names).not.toContain(bad);
  });

  it('takes the names around a match result for teams', () => {
    expect(orgs('Then Leeds beat Chelsea 2-1 at Elland Road. Real Madrid drew 1-1 with Bayern Munich. The score was 3-1.').map((o) => o.name)).toEqual([
      'Leeds', 'Chelsea', 'Real Madrid', 'Bayern Munich',
    ]);
  });

  it('finds match results line by line, with offsets in the whole article', () => {
    const text = 'Scores 3-1 and a win.\nOn Sunday Leeds beat Chelsea 2-1.\nArsenal lost\n2-0 to Fulham.';
    // Line 2 only: line 1 has a score but no result verb; line 3's result and score are split by a line break.
    expect(teamSpans(text)).toEqual([
      { text: 'Leeds', start: 32, end: 37 },
      { text: 'Chelsea', start: 43, end: 50 },
    ]);
  });

  it('reads a result line, and a team is the team wherever the article names it again', () => {
    const text = 'Group G — Belgium 3 – 0 Panama\nBelgium faced Panama at the stadium. Panama\'s attempt failed, and Belgium led. Fans in Panama watched.';
    const at = (name: string, n: number): string => {
      let i = -1;
      for (let k = 0; k <= n; k++) i = text.indexOf(name, i + 1);
      return `${name}@${i}`;
    };
    // Every mention but "in Panama", which is the country; "Panama's attempt" is the team's play (session 16: a team's noun after
    // the possessive; "Germany's economy" below stays the country's).
    expect(teamSpans(text).map((s) => `${s.text}@${s.start}`)).toEqual([at('Belgium', 0), at('Panama', 0), at('Belgium', 1), at('Panama', 1), at('Panama', 2), at('Belgium', 2)]);
    const article = pipelineWithPlaces.process({ id: 't', source: 't', text, date: '2019-07-11' });
    expect((article.places ?? []).map((p) => p.mentions.map((m) => `${m.text}@${m.start}`))).toEqual([[at('Panama', 3)]]);
  });

  it('a team is the country again outside the match: its economy, its bank, exports from it, a paragraph about something else', () => {
    const text = "Germany beat Argentina 1-0 in the 2014 final. Germany's economy shrank last year.\nArgentina's central bank raised rates. Exports from Germany fell. Germany signed a treaty.";
    expect(teamSpans(text).map((s) => `${s.text}@${s.start}`)).toEqual(['Germany@0', 'Argentina@13']);
    const article = pipelineWithPlaces.process({ id: 't', source: 't', text, date: '2019-07-11' });
    expect((article.places ?? []).map((p) => `${p.name}:${p.mentions.length}`)).toEqual(['Germany:3', 'Argentina:1']);
    expect((article.organizations ?? []).map((o) => `${o.name}:${o.mentions.length}`)).toEqual(['Germany:1', 'Argentina:1']);
  });

  it('no result line without a team on each side, nor a team inside a longer name', () => {
    expect(teamSpans('The conference runs June 1-2 Paris.')).toEqual([]);
    expect(teamSpans('Leeds beat Chelsea 2-1 on Saturday. Leeds City Council met.').map((s) => s.text)).toEqual(['Leeds', 'Chelsea']);
  });

  it('no result line in a headline with a vote, a ruling or a model number', () => {
    expect(teamSpans('Senate Passes Budget Bill 51-49 After Marathon Session\nThe Senate passed it.')).toEqual([]);
    expect(teamSpans('Supreme Court Rules 6-3 Against Biden\nThe court ruled on Friday.')).toEqual([]);
    expect(teamSpans('Ethiopian Airlines Boeing 737-800 Crash\nThe jet crashed.')).toEqual([]);
    expect(orgs('Senate Passes Budget Bill 51-49 After Marathon Session\nThe vote was close.').map((o) => o.name)).not.toContain('Marathon Session');
  });

  it('a place before a noun after a family noun is no one: only the name that follows is', () => {
    expect((run('Her father, Texas oilman Ray Hunt, funded the school.').people ?? []).map((p) => p.name)).toEqual(['Ray Hunt']);
  });

  it('reads names that the known errors of issue 16 got wrong: a quoted pronoun, a firm ending in "Research", a dotted legal form, a parent company', () => {
    const cases: Array<[string, string[]]> = [
      ['Northrop Grumman CEO Ron Sugar said in an interview "Everyone told us we were crazy."', ['Northrop Grumman']],
      ['JSA Research defence analyst Paul Nesbit said that costs could rise.', ['JSA Research']],
      [
        'Northrop Grumman and Airbus parent company European Aeronautic Defence and Space Company EADS N.V. (EADS) defeated Boeing.',
        ['Northrop Grumman', 'Airbus', 'European Aeronautic Defence and Space Company EADS N.V.', 'Boeing'],
      ],
    ];
    for (const [text, names] of cases) expect(orgs(text).map((o) => o.name), text).toEqual(names);
    expect(orgs('The deal bound EADS N.V. (EADS) for years. EADS said so.')).toEqual([{ name: 'EADS N.V.', mentions: ['EADS N.V.', 'EADS', 'EADS'] }]);
  });

  it('no organization cut out of a longer name, nor a person\'s given name as a short name', () => {
    const cases: Array<[string, string[]]> = [
      // "Jose" of the place "San Jose".
      ['The dispute is between Apple Inc. and a network firm based in San Jose, Cisco.', ['Apple Inc.', 'Cisco']],
    ];
    for (const [text, names] of cases) expect(orgs(text).map((o) => o.name), text).toEqual(names);
    // compromise's "Software Development" of "Software Development Kit".
    expect(orgs('Apple released the long awaited iPhones Software Development Kit (SDK).').map((o) => o.name)).not.toContain('Software Development');
    const warhol = orgs('The Andy Warhol Foundation gave prints. Image: Andy Warhol.');
    expect(warhol).toEqual([{ name: 'Andy Warhol Foundation', mentions: ['Andy Warhol Foundation'] }]);
  });

  it('a full name as the modifier of a work after "the" is a person; the end of "X of Place" is no organization (issue 16, class 3)', () => {
    expectPeople('She read the Gregory Maguire novel last year.', [{ name: 'Gregory Maguire', role: null, mentions: ['Gregory Maguire'] }]);
    expectPeople('The new Holden Commodore sold well.', []);
    expect(orgs('Hilary of Poitiers wrote it.')).toEqual([]);
  });

  it("a line's first word that is an ordinary English word is no organization", () => {
    expect(orgs('He played for the Red Sox.\nHigh school career\nHolt graduated in 2006.').map((o) => o.name)).toEqual(['Red Sox']);
  });

  it('no person in a team, a university or a firm before a noun it shares with a person\'s work (review of 3d1af40, item 6)', () => {
    const none = [
      'The Davis Cup team will play in Malaga.',
      'He made the Davis Cup debut at 17. The Stanley Cup debut came later.',
      'The Virginia Tech team lost 3-1.',
      'The Johns Hopkins study found that cases had doubled.',
      'The Aston Martin team has struggled this season.',
      'The Mary Rose collection is in Portsmouth.',
      'She opened the Edward Jones account in May.',
      'He liked the Tommy Hilfiger collection and the Ralph Lauren collection.',
      'The Ryder Cup series resumed in September.',
    ];
    for (const text of none) expect((run(text).people ?? []).map((p) => p.name), text).toEqual([]);
    // Works only a person has still make one.
    expectPeople('The Tony Blair government fell.', [{ name: 'Tony Blair', role: null, mentions: ['Tony Blair'] }]);
    expectPeople('A Martin Scorsese film opened.', [{ name: 'Martin Scorsese', role: null, mentions: ['Martin Scorsese'] }]);
  });

  it('a quoted nickname between a given name and a surname stays in the person (review of 3d1af40, item 7)', () => {
    const cases: Array<[string, string]> = [
      ['Mob boss John "Junior" Gotti was arrested in New York.', 'John "Junior" Gotti'],
      ['Earvin "Magic" Johnson bought a stake in the team.', 'Earvin "Magic" Johnson'],
      ['Walter "Sugar" Ray Leonard won in 1987.', 'Walter "Sugar" Ray Leonard'],
      ['Police arrested Vincent "Chin" Gigante in 1990.', 'Vincent "Chin" Gigante'],
    ];
    for (const [text, name] of cases) expect((run(text).people ?? []).map((p) => p.mentions.map((m) => m.text)), text).toEqual([[name]]);
    // A quotation's first word is still read as a sentence's.
    expect(orgs('Northrop Grumman CEO Ron Sugar said in an interview "Everyone told us we were crazy."').map((o) => o.name)).toEqual(['Northrop Grumman']);
  });

  it('the firm after "The CEO of" speaks through its officer (review of 3d1af40, item 8)', () => {
    expect(orgs('The CEO of Zoopla said house prices would fall. The CFO of Ocado said costs were rising.').map((o) => o.name)).toEqual(['Zoopla', 'Ocado']);
    expect(orgs('The Chief Executive of Rightmove said prices rose. The Managing Director of Halfords said sales fell.').map((o) => o.name)).toEqual([
      'Rightmove',
      'Halfords',
    ]);
    expect(orgs('Hilary of Poitiers wrote it.')).toEqual([]);
  });

  it('a firm\'s last word does not join two firms over "and" (review of 3d1af40, item 9)', () => {
    expect(orgs('Sales grew, according to IDC and Counterpoint Research.').map((o) => o.name)).toEqual(['IDC', 'Counterpoint Research']);
    for (const text of ['Analysts at Canalys and Strategy Analytics agreed.', 'The data were compiled by Nielsen and Gartner Research.'])
      expect(orgs(text).map((o) => o.name).filter((n) => n.includes(' and ')), text).toEqual([]);
  });

  it('a parent or an affiliate is no firm\'s after a faith, a race or a person (review of 3d1af40, item 10)', () => {
    for (const text of ['As a Muslim parent, she said it mattered.', 'A Black parent said the same.', 'A Catholic parent group objected.', 'He was a Trump affiliate.'])
      expect(orgs(text), text).toEqual([]);
    expect(orgs('She works for the Dallas ABC affiliate.').map((o) => o.name)).not.toContain('Dallas ABC');
    expect(orgs('A Tesla shareholder sued.').map((o) => o.name)).toEqual(['Tesla']);
    expect(orgs('Shares of Alphabet parent company rose.').map((o) => o.name)).toEqual(['Alphabet']);
  });

  it('a day or a title after a company\'s name is no longer name it is cut from (review of 3d1af40, item 11)', () => {
    expect(orgs('Boeing Tuesday reported a loss.').map((o) => o.name)).toEqual(['Boeing']);
    expect(orgs('Microsoft Vice Chair Brad Smith said the company would act.').map((o) => o.name)).toEqual(['Microsoft']);
  });

  it("compromise's guess from capitals alone counts only where the name tagger reads a name too or compromise's lexicon lists it", () => {
    for (const text of [
      'Stock markets across Asia fell on Monday.',
      'The Jewish community and Catholic leaders condemned the attack.',
      'He taught English at a Buddhist school.',
    ])
      expect(orgs(text), text).toEqual([]);
    // The tagger reads "Federal Reserve" and "Barnes & Noble" as places: a name all the same.
    expect(orgs('The Federal Reserve raised interest rates, and the Bank of England followed.').map((o) => o.name)).toEqual(['Federal Reserve', 'Bank of England']);
    expect(orgs('Shares of Barnes & Noble rose 5% after the bookseller said sales grew.').map((o) => o.name)).toEqual(['Barnes & Noble']);
    // A firm compromise lists outranks a gazetteer's alias: GeoNames gives "Google" as a name of Topeka.
    expect(orgs('Yesterday Mohamed received VIP attention at Google headquarters in California.').map((o) => o.name)).toEqual(['Google']);
  });

  it("an acronym, a plural name or an ampersand needs no reading of the name tagger (review of 17410f2, item 2)", () => {
    const names = (text: string): string[] => orgs(text).map((o) => o.name);
    for (const [text, org] of [
      ['The ECB raised rates by a quarter point in July.', 'ECB'],
      ['The RBI kept its key repo rate unchanged at 6.5 percent.', 'RBI'],
      ['The CFTC fined the bank $75 million for spoofing.', 'CFTC'],
      ['The IOC banned Russia\'s team from the opening ceremony.', 'IOC'],
      ['The NCAA changed its rules on athlete pay.', 'NCAA'],
      ['The LDP lost its majority in the lower house.', 'LDP'],
      ['The AP called the race for Trump at 5:34 a.m.', 'AP'],
      ['The Proud Boys marched through downtown Portland on Saturday.', 'Proud Boys'],
      ['The Dodgers have won 12 of their last 15 games.', 'Dodgers'],
      ['Ernst & Young agreed to pay $100 million to settle the charges.', 'Ernst & Young'],
    ])
      expect(names(text), text).toEqual([org]);
    expect(orgs("JOHANNESBURG - South Africa's ANC lost its parliamentary majority. The ANC won 40.2% of the vote.")).toEqual([
      { name: 'ANC', mentions: ['ANC', 'ANC'] },
    ]);
    // An acronym the article spells out after ordinary words is a term; a sentence's first word alone is no plural name.
    expect(names('Satellites measure sea surface salinity (SSS) from orbit. The SSS varies with rainfall.')).toEqual([]);
    expect(names('Visitors can park behind the museum.')).toEqual([]);
  });

  it("a name before an index's words or number names the index", () => {
    for (const text of [
      'The Dow Jones Industrial Average fell 2%, and the Standard & Poor\'s 500 index dropped 1.95%.',
      'The S&P 500 index rose 1.2 percent.',
    ])
      expect(orgs(text).map((o) => o.name).filter((n) => /Dow|Standard|S&P/.test(n)), text).toEqual([]);
    expect(orgs('Sweden defeated South Korea 1 – 0 on Monday.').map((o) => o.name)).toEqual(['Sweden', 'South Korea']);
    expect(run('Lockheed Martin F-35 jets flew over the parade.').people ?? []).toEqual([]);
  });

  it('a number after an organization says nothing of it: a score, a count, a fiscal period, a flight, an aircraft (review of 25e2075, items 1, 3, 4, 5)', () => {
    const names = (text: string): string[] => orgs(text).map((o) => o.name);
    // Item 1: both teams of a score, and of a box score.
    expect(names('Boston beat Miami 118-104 on Tuesday to take a 3-1 series lead.')).toEqual(['Boston', 'Miami']);
    expect(names('Denver beat Minnesota 115-107 in Game 7 on Sunday night.')).toContain('Minnesota');
    expect(names('The Los Angeles Lakers beat the Boston Celtics 112-108 on Tuesday night.')).toContain('Boston Celtics');
    expect(names('Final score: Lakers 112, Celtics 108.')).toEqual(expect.arrayContaining(['Lakers', 'Celtics']));
    expect(names('Indiana Pacers 133, Milwaukee Bucks 120.')).toEqual(expect.arrayContaining(['Indiana Pacers', 'Milwaukee Bucks']));
    // Item 3: a company before its fiscal period.
    for (const [text, firm] of [
      ['Microsoft Q1 earnings beat expectations.', 'Microsoft'],
      ['Unilever H1 sales rose 4.1 percent.', 'Unilever'],
      ['Siemens FY2023 results are due on Nov. 16.', 'Siemens'],
      ['Walmart FY25 guidance disappointed investors.', 'Walmart'],
    ])
      expect(names(text), text).toContain(firm);
    // Item 4: an operator before a flight or an aircraft is no maker.
    for (const [text, operator] of [
      ['Malaysia Airlines MH17 was shot down over Ukraine.', 'Malaysia Airlines'],
      ['A United Airlines 777 lost a panel after takeoff.', 'United Airlines'],
      ['A U.S. Air Force F-35 crashed in South Carolina.', 'Air Force'],
    ])
      expect(names(text).some((n) => n.endsWith(operator)), text).toBe(true);
    // Item 5: the UN before a conference's number.
    expect(names('Delegates at the UN COP28 climate summit in Dubai agreed a deal.')).toContain('UN');
    // Minor: a count after an organization.
    expect(names('The plan was backed by the WHO 194 member states.')).toContain('WHO');
    // A maker before its model is kept too, as on main; a year and a possessive never hid it.
    expect(names('Boeing 2019 results disappointed investors.')).toEqual(['Boeing']);
    expect(names("Boeing's 737 Max was grounded.")).toEqual(['Boeing']);
  });

  it('a town between "its" and a site noun is the site\'s, a legal form abroad ends a name, a firm compromise lists is no town', () => {
    expect(orgs('During a media event held at its Cupertino headquarters, Apple released the kit.').map((o) => o.name)).not.toContain('Cupertino');
    expect(orgs('Workers at its Detroit plant walked out, GM said.').map((o) => o.name)).toEqual(['GM']);
    expect(orgs('Chrysler files for bankruptcy, Fiat Group SpA to run company').map((o) => o.name)).toEqual(['Fiat Group SpA']);
    expect(orgs('SAP SE and Nokia Oyj reported results.').map((o) => o.name)).toEqual(['SAP SE', 'Nokia Oyj']);
    // GeoNames has a city of Toyota.
    expect(orgs('Ford outsold rivals Toyota and General Motors.').map((o) => o.name)).toEqual(['Ford', 'Toyota', 'General Motors']);
  });

  it('two authors cited before a year or a reference number are no firm', () => {
    expect(orgs('Scholars agree (Heidenreich & Turano 2011; Milekic 2010).')).toEqual([]);
    expect(orgs('It was inspired by Carrano & Biewener [7] but differed.')).toEqual([]);
    expect(orgs('Johnson & Johnson 2019 sales rose, and Procter & Gamble said prices would rise.').map((o) => o.name)).toEqual(['Johnson & Johnson', 'Procter & Gamble']);
  });

  it('offsets slice the article', () => {
    const text = 'The Sunday Times said the Russian-Kyrgyz Development Fund will lend 5 billion rubles.';
    for (const o of run(text).organizations ?? []) for (const m of o.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(orgs(text).map((o) => o.name)).toEqual(['Sunday Times', 'Russian-Kyrgyz Development Fund']);
  });
});
