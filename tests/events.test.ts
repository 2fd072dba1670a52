import { describe, expect, it } from 'vitest';
import { earliestDay, latestDay } from '../src/events/today.js';
import type { Article, EventRecord } from '../src/types.js';
import { allEvents, articleOf, spanOf, type Fixture } from './helpers/event-fixtures.js';

/**
 * The records of the lexicon's typed events that happened (meetings, visits, deals ...), which the
 * tables below are about; other predicates, statements and denied events have tables of their
 * own (tests/events-predicates.test.ts).
 */
function runEvents(article: Article): EventRecord[] {
  return allEvents(article).filter((e) => e.triggerSource === 'lexicon' && e.polarity === 'positive');
}


/** The parts of a record a case states; the trigger by its text and occurrence. */
type ExpectedEvent = { type: EventRecord['type']; trigger: [string, number?]; date: string | null; participants: string[]; places?: string[]; amounts?: EventRecord['amounts'] };

function expectEvents(text: string, events: EventRecord[], expected: ExpectedEvent[]): void {
  expect(events.map((e) => ({ type: e.type, trigger: e.trigger, date: e.date, participants: e.participants }))).toEqual(
    expected.map((e) => ({ type: e.type, trigger: spanOf(text, e.trigger[0], e.trigger[1] ?? 0), date: e.date, participants: e.participants })),
  );
  expected.forEach((e, i) => {
    if (e.places) expect(events[i]!.places, `${e.type} places`).toEqual(e.places);
    if (e.amounts) expect(events[i]!.amounts, `${e.type} amounts`).toEqual(e.amounts);
  });
  // Ids number every record in text order; the typed ones are a subsequence of them.
  const numbers = events.map((e) => Number(/^e(\d+)$/.exec(e.id)?.[1]));
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  events.forEach((e) => {
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
  });
}

/** The Russia–Kyrgyzstan article of input/, as the earlier stages should see it. */
const ARTICLE = [
  'Putin to Host Kyrgyz Leader Jeenbekov for Talks in Moscow',
  '',
  'MOSCOW, 11th July, 2019 (Eurasia Desk) - Russian President Vladimir Putin will hold talks on Thursday with his Kyrgyz counterpart, Sooronbay Jeenbekov, who is coming to the Russian capital on a short working visit, the Kremlin press service said.',
  '',
  'The two leaders are expected to discuss trade, migration and security in Central Asia, as well as preparations for the next summit of the Eurasian Economic Union.',
  '',
  'Russia and Kyrgyzstan established diplomatic relations on March 20, 1992. Less than three months later, on June 10, 1992, the two countries signed a treaty of friendship, cooperation and mutual assistance in Moscow.',
  '',
  'Jeenbekov took office on November 24, 2017, and chose Russia for his first foreign trip five days later. Putin and Jeenbekov met again on May 14, 2018, in the Black Sea resort city of Sochi. On June 14, 2018, the Kyrgyz president attended the opening match of the 2018 FIFA World Cup in Moscow.',
  '',
  'In September 2018, the presidents held talks in the Tajik capital of Dushanbe on the sidelines of a summit of the Commonwealth of Independent States. They met once more at an informal gathering of CIS leaders in St. Petersburg in December 2018.',
  '',
  'Russian Foreign Minister Sergey Lavrov visited Bishkek on February 3-4, 2019, and held talks with his Kyrgyz counterpart, Chingiz Aidarbekov. Putin paid a state visit to Kyrgyzstan on March 28, 2019, and the heads of state signed more than a dozen documents in Bishkek.',
  '',
  'The prime ministers of the two countries, Dmitry Medvedev and Mukhammedkaly Abylgaziev, met in Moscow in April 2019. On June 1 of the same year, a new Russian-Kyrgyz business council opened in the lakeside town of Cholpon-Ata.',
  '',
  'Trade between Russia and Kyrgyzstan amounted to $1.8 billion in 2018, up 6.6 percent from a year earlier. In January-May 2019, bilateral trade reached $650 million. Russian companies have invested over $200 million in the Kyrgyz economy, and the Russian-Kyrgyz Development Fund plans to lend another 5 billion rubles to small businesses in the 2018-2020 period.',
  '',
  'Russia keeps an air base in the town of Kant, about 20 kilometers east of Bishkek. A Russian grant of $30 million is helping to rebuild roads and schools in Kara-Balta and in the village of Sosnovka.',
  '',
  'Cultural ties remain strong. Celebrations of the 90th anniversary of the Kyrgyz writer Chinghiz Aitmatov were held in both countries in 2018, and a monument to Aitmatov stands in central Moscow.',
  '',
].join('\n');

const ARTICLE_FIXTURE: Fixture = {
  headline: 'Putin to Host Kyrgyz Leader Jeenbekov for Talks in Moscow',
  dateline: 'MOSCOW, 11th July, 2019 (Eurasia Desk)',
  sentences: [
    'Putin to Host Kyrgyz Leader Jeenbekov for Talks in Moscow',
    'MOSCOW, 11th July, 2019 (Eurasia Desk)',
    'Russian President Vladimir Putin will hold talks on Thursday with his Kyrgyz counterpart, Sooronbay Jeenbekov, who is coming to the Russian capital on a short working visit, the Kremlin press service said.',
    'The two leaders are expected to discuss trade, migration and security in Central Asia, as well as preparations for the next summit of the Eurasian Economic Union.',
    'Russia and Kyrgyzstan established diplomatic relations on March 20, 1992.',
    'Less than three months later, on June 10, 1992, the two countries signed a treaty of friendship, cooperation and mutual assistance in Moscow.',
    'Jeenbekov took office on November 24, 2017, and chose Russia for his first foreign trip five days later.',
    'Putin and Jeenbekov met again on May 14, 2018, in the Black Sea resort city of Sochi.',
    'On June 14, 2018, the Kyrgyz president attended the opening match of the 2018 FIFA World Cup in Moscow.',
    'In September 2018, the presidents held talks in the Tajik capital of Dushanbe on the sidelines of a summit of the Commonwealth of Independent States.',
    'They met once more at an informal gathering of CIS leaders in St. Petersburg in December 2018.',
    'Russian Foreign Minister Sergey Lavrov visited Bishkek on February 3-4, 2019, and held talks with his Kyrgyz counterpart, Chingiz Aidarbekov.',
    'Putin paid a state visit to Kyrgyzstan on March 28, 2019, and the heads of state signed more than a dozen documents in Bishkek.',
    'The prime ministers of the two countries, Dmitry Medvedev and Mukhammedkaly Abylgaziev, met in Moscow in April 2019.',
    'On June 1 of the same year, a new Russian-Kyrgyz business council opened in the lakeside town of Cholpon-Ata.',
    'Trade between Russia and Kyrgyzstan amounted to $1.8 billion in 2018, up 6.6 percent from a year earlier.',
    'In January-May 2019, bilateral trade reached $650 million.',
    'Russian companies have invested over $200 million in the Kyrgyz economy, and the Russian-Kyrgyz Development Fund plans to lend another 5 billion rubles to small businesses in the 2018-2020 period.',
    'Russia keeps an air base in the town of Kant, about 20 kilometers east of Bishkek.',
    'A Russian grant of $30 million is helping to rebuild roads and schools in Kara-Balta and in the village of Sosnovka.',
    'Cultural ties remain strong.',
    'Celebrations of the 90th anniversary of the Kyrgyz writer Chinghiz Aitmatov were held in both countries in 2018, and a monument to Aitmatov stands in central Moscow.',
  ],
  dates: [
    ['11th July, 2019', '2019-07-11'],
    ['Thursday', '2019-07-11'],
    ['March 20, 1992', '1992-03-20'],
    ['June 10, 1992', '1992-06-10'],
    ['November 24, 2017', '2017-11-24'],
    ['five days later', '2017-11-29'],
    ['May 14, 2018', '2018-05-14'],
    ['June 14, 2018', '2018-06-14'],
    ['2018', '2018', 2],
    ['September 2018', '2018-09'],
    ['December 2018', '2018-12'],
    ['February 3-4, 2019', '2019-02-03/2019-02-04'],
    ['March 28, 2019', '2019-03-28'],
    ['April 2019', '2019-04'],
    ['June 1 of the same year', '2019-06-01'],
    ['2018', '2018', 5],
    ['a year earlier', '2017'],
    ['January-May 2019', '2019-01/2019-05'],
    ['2018-2020', '2018/2020'],
    ['2018', '2018', 7],
  ],
  people: [
    { name: 'Vladimir Putin', role: 'President', affiliation: 'RU', mentions: [['Putin'], ['Vladimir Putin'], ['Putin', 2], ['Putin', 3]] },
    { name: 'Sooronbay Jeenbekov', role: 'President', affiliation: 'KG', mentions: [['Jeenbekov'], ['Sooronbay Jeenbekov'], ['Jeenbekov', 2], ['Jeenbekov', 3]] },
    { name: 'Sergey Lavrov', role: 'Foreign Minister', affiliation: 'RU', mentions: [['Sergey Lavrov']] },
    { name: 'Chingiz Aidarbekov', role: 'Foreign Minister', affiliation: 'KG', mentions: [['Chingiz Aidarbekov']] },
    { name: 'Dmitry Medvedev', role: 'Prime Minister', affiliation: 'RU', mentions: [['Dmitry Medvedev']] },
    { name: 'Mukhammedkaly Abylgaziev', role: 'Prime Minister', affiliation: 'KG', mentions: [['Mukhammedkaly Abylgaziev']] },
    { name: 'Chinghiz Aitmatov', role: 'writer', affiliation: 'KG', mentions: [['Chinghiz Aitmatov'], ['Aitmatov', 1]] },
  ],
  places: [
    // GeoNames ids and codes where the events stage reads them: "the Russian capital" is the article's Moscow, "A Russian grant" is Russia's.
    { name: 'Moscow', kind: 'city', countryCode: 'RU', geonamesId: 524901, mentions: [['Moscow'], ['MOSCOW'], ['Moscow', 1], ['Moscow', 2], ['Moscow', 3], ['Moscow', 4]] },
    { name: 'Russia', kind: 'country', countryCode: 'RU', geonamesId: 2017370, mentions: [['Russia', 2], ['Russia', 3], ['Russia', 6], ['Russia', 9]] },
    { name: 'Kyrgyzstan', kind: 'country', countryCode: 'KG', geonamesId: 1527747, mentions: [['Kyrgyzstan'], ['Kyrgyzstan', 1], ['Kyrgyzstan', 2]] },
    { name: 'Central Asia', kind: 'region', mentions: [['Central Asia']] },
    { name: 'Black Sea', kind: 'sea', mentions: [['Black Sea']] },
    { name: 'Sochi', kind: 'city', mentions: [['Sochi']] },
    { name: 'Dushanbe', kind: 'city', mentions: [['Dushanbe']] },
    { name: 'St. Petersburg', kind: 'city', mentions: [['St. Petersburg']] },
    { name: 'Bishkek', kind: 'city', mentions: [['Bishkek'], ['Bishkek', 1], ['Bishkek', 2]] },
    { name: 'Cholpon-Ata', kind: 'town', mentions: [['Cholpon-Ata']] },
    { name: 'Kant', kind: 'town', mentions: [['Kant']] },
    { name: 'Kara-Balta', kind: 'town', mentions: [['Kara-Balta']] },
    { name: 'Sosnovka', kind: 'village', mentions: [['Sosnovka']] },
  ],
  organizations: [
    { name: 'Kremlin', mentions: [['Kremlin']] },
    { name: 'Eurasian Economic Union', mentions: [['Eurasian Economic Union']] },
    { name: 'Commonwealth of Independent States', mentions: [['Commonwealth of Independent States'], ['CIS']] },
    { name: 'Russian-Kyrgyz Development Fund', mentions: [['Russian-Kyrgyz Development Fund']] },
  ],
  money: [
    ['$1.8 billion', 1800000000, 'USD', null],
    ['$650 million', 650000000, 'USD', null],
    ['over $200 million', 200000000, 'USD', 'over'],
    ['5 billion rubles', 5000000000, 'RUB', null],
    ['$30 million', 30000000, 'USD', null],
  ],
};

describe('events: the Russia–Kyrgyzstan article', () => {
  const article = articleOf(ARTICLE, ARTICLE_FIXTURE);
  const events = runEvents(article);
  const putin = 'Vladimir Putin';
  const jeenbekov = 'Sooronbay Jeenbekov';

  it('gives one record per reported event, in text order', () => {
    expectEvents(ARTICLE, events, [
      // The headline, the first sentence and "The two leaders are expected to discuss ..." report one set of talks.
      { type: 'talks', trigger: ['talks'], date: '2019-07-11', participants: [putin, jeenbekov], places: ['Moscow'] },
      // "who is coming to the Russian capital on a short working visit": the relative clause gives no date; the capital is the article's Moscow.
      { type: 'visit', trigger: ['visit'], date: '2019-07-11', participants: [jeenbekov], places: ['Moscow'] },
      // "preparations for the next summit" is a topic of the talks, not a report of a summit.
      { type: 'establishment', trigger: ['established'], date: '1992-03-20', participants: ['Russia', 'Kyrgyzstan'] },
      { type: 'signing', trigger: ['signed'], date: '1992-06-10', participants: ['Russia', 'Kyrgyzstan'], places: ['Moscow'] },
      { type: 'taking-office', trigger: ['took office'], date: '2017-11-24', participants: [jeenbekov] },
      // "chose Russia for his first foreign trip": the chosen country is the destination, not a party.
      { type: 'visit', trigger: ['trip'], date: '2017-11-29', participants: [jeenbekov], places: ['Russia'] },
      { type: 'meeting', trigger: ['met'], date: '2018-05-14', participants: [putin, jeenbekov], places: ['Sochi'] },
      { type: 'other', trigger: ['attended'], date: '2018-06-14', participants: [jeenbekov], places: ['Moscow'] },
      { type: 'talks', trigger: ['talks', 1], date: '2018-09', participants: [putin, jeenbekov], places: ['Dushanbe'] },
      { type: 'summit', trigger: ['summit', 1], date: '2018-09', participants: ['Commonwealth of Independent States'], places: ['Dushanbe'] },
      { type: 'meeting', trigger: ['met', 1], date: '2018-12', participants: [putin, jeenbekov], places: ['St. Petersburg'] },
      // A gathering of leaders is a summit.
      { type: 'summit', trigger: ['gathering'], date: '2018-12', participants: ['Commonwealth of Independent States'], places: ['St. Petersburg'] },
      { type: 'visit', trigger: ['visited'], date: '2019-02-03/2019-02-04', participants: ['Sergey Lavrov'], places: ['Bishkek'] },
      { type: 'talks', trigger: ['talks', 2], date: '2019-02-03/2019-02-04', participants: ['Sergey Lavrov', 'Chingiz Aidarbekov'], places: ['Bishkek'] },
      { type: 'visit', trigger: ['visit', 2], date: '2019-03-28', participants: [putin], places: ['Kyrgyzstan'] },
      { type: 'signing', trigger: ['signed', 1], date: '2019-03-28', participants: [putin, jeenbekov], places: ['Bishkek'] },
      { type: 'meeting', trigger: ['met', 2], date: '2019-04', participants: ['Dmitry Medvedev', 'Mukhammedkaly Abylgaziev'], places: ['Moscow'] },
      { type: 'establishment', trigger: ['opened'], date: '2019-06-01', participants: [], places: ['Cholpon-Ata'] },
      { type: 'trade', trigger: ['Trade'], date: '2018', participants: ['Russia', 'Kyrgyzstan'], amounts: [{ amount: 1_800_000_000, currency: 'USD', qualifier: null }] },
      // "bilateral trade": the parties of the trade reported just before.
      { type: 'trade', trigger: ['trade', 1], date: '2019-01/2019-05', participants: ['Russia', 'Kyrgyzstan'], amounts: [{ amount: 650_000_000, currency: 'USD', qualifier: null }] },
      // The 2018-2020 period belongs to the loan in the next clause, not to the investment.
      { type: 'investment', trigger: ['invested'], date: null, participants: [], places: ['Kyrgyzstan'], amounts: [{ amount: 200_000_000, currency: 'USD', qualifier: 'over' }] },
      { type: 'investment', trigger: ['lend'], date: '2018/2020', participants: ['Russian-Kyrgyz Development Fund'], amounts: [{ amount: 5_000_000_000, currency: 'RUB', qualifier: null }] },
      // "A Russian grant": the adjective names the giver.
      { type: 'investment', trigger: ['grant'], date: null, participants: ['Russia'], places: ['Kara-Balta', 'Sosnovka'], amounts: [{ amount: 30_000_000, currency: 'USD', qualifier: null }] },
      // "held in both countries": the two countries are the places; the writer is what is celebrated, not a party.
      { type: 'other', trigger: ['Celebrations'], date: '2018', participants: [], places: ['Russia', 'Kyrgyzstan'] },
    ]);
  });

  it('spans the sentence that first reports each event', () => {
    const talks = events[0]!;
    // The headline's "Talks" merges into the body's report and gives up its span; the dateline stands apart.
    expect(talks.start).toBe(ARTICLE.indexOf('Russian President Vladimir Putin will hold talks'));
    // "The two leaders are expected to discuss ..." merges into the talks, which keep the sentence that first reports them.
    expect(ARTICLE.slice(talks.start, talks.end).endsWith('the Kremlin press service said.')).toBe(true);
    const meeting = events.find((e) => e.date === '2018-05-14')!;
    expect(ARTICLE.slice(meeting.start, meeting.end)).toBe('Putin and Jeenbekov met again on May 14, 2018, in the Black Sea resort city of Sochi.');
    expect(talks.dateText).toBe('Thursday');
  });
});

describe('events: clauses, references and merging', () => {
  it('gives a relative clause the person before "who", and a verb-first clause the subject before it', () => {
    // The visit is told in the past, so its day is before the fixtures' document date (2019-07-11): a past tense never takes a day still to come.
    const text = 'Acme chief Jane Doe hosted John Roe, who paid a visit on March 3, 2019, and signed an agreement in Oslo.';
    const events = runEvents(articleOf(text, {
      sentences: [text],
      dates: [['March 3, 2019', '2019-03-03']],
      people: [
        { name: 'Jane Doe', role: 'chief', mentions: [['Jane Doe']] },
        { name: 'John Roe', role: null, mentions: [['John Roe']] },
      ],
      places: [{ name: 'Oslo', kind: 'city', mentions: [['Oslo']] }],
    }));
    expectEvents(text, events, [
      { type: 'visit', trigger: ['visit'], date: '2019-03-03', participants: ['John Roe'], places: [] },
      { type: 'signing', trigger: ['signed'], date: '2019-03-03', participants: ['John Roe'], places: ['Oslo'] },
    ]);
  });

  it('resolves "the two leaders" from the last event with both when a role is missing', () => {
    const text = 'Putin met Jeenbekov in Sochi on May 14, 2018. The two leaders signed a treaty on May 15, 2018.';
    const events = runEvents(articleOf(text, {
      sentences: ['Putin met Jeenbekov in Sochi on May 14, 2018.', 'The two leaders signed a treaty on May 15, 2018.'],
      dates: [['May 14, 2018', '2018-05-14'], ['May 15, 2018', '2018-05-15']],
      people: [
        { name: 'Vladimir Putin', role: 'President', mentions: [['Putin']] },
        { name: 'Sooronbay Jeenbekov', role: null, mentions: [['Jeenbekov']] },
      ],
      places: [{ name: 'Sochi', kind: 'city', mentions: [['Sochi']] }],
    }));
    expectEvents(text, events, [
      { type: 'meeting', trigger: ['met'], date: '2018-05-14', participants: ['Vladimir Putin', 'Sooronbay Jeenbekov'], places: ['Sochi'] },
      { type: 'signing', trigger: ['signed'], date: '2018-05-15', participants: ['Vladimir Putin', 'Sooronbay Jeenbekov'], places: [] },
    ]);
  });

  it('merges a second report of the same event and keeps events on other dates apart', () => {
    const text = 'Russia and Kyrgyzstan signed a treaty in 1992. Russia and Kyrgyzstan signed the treaty in Moscow. Russia and Kyrgyzstan signed a new treaty in 2019.';
    const sentences = ['Russia and Kyrgyzstan signed a treaty in 1992.', 'Russia and Kyrgyzstan signed the treaty in Moscow.', 'Russia and Kyrgyzstan signed a new treaty in 2019.'];
    const events = runEvents(articleOf(text, {
      sentences,
      dates: [['1992', '1992'], ['2019', '2019']],
      places: [
        { name: 'Russia', kind: 'country', mentions: [['Russia'], ['Russia', 1], ['Russia', 2]] },
        { name: 'Kyrgyzstan', kind: 'country', mentions: [['Kyrgyzstan'], ['Kyrgyzstan', 1], ['Kyrgyzstan', 2]] },
        { name: 'Moscow', kind: 'city', mentions: [['Moscow']] },
      ],
    }));
    expectEvents(text, events, [
      { type: 'signing', trigger: ['signed'], date: '1992', participants: ['Russia', 'Kyrgyzstan'], places: ['Moscow'] },
      { type: 'signing', trigger: ['signed', 2], date: '2019', participants: ['Russia', 'Kyrgyzstan'], places: [] },
    ]);
    expect(text.slice(events[0]!.start, events[0]!.end)).toBe(sentences[0]);
  });

  it('gives each amount to the nearest trigger of its clause', () => {
    const text = 'Acme invested $5 million and lent $3 million to Beta.';
    const events = runEvents(articleOf(text, {
      sentences: [text],
      organizations: [{ name: 'Acme', mentions: [['Acme']] }, { name: 'Beta', mentions: [['Beta']] }],
      money: [['$5 million', 5_000_000, 'USD', null], ['$3 million', 3_000_000, 'USD', null]],
    }));
    // The only sentence is the lede: its undated events take the document's day.
    expectEvents(text, events, [
      { type: 'investment', trigger: ['invested'], date: '2019-07-11', participants: ['Acme'], amounts: [{ amount: 5_000_000, currency: 'USD', qualifier: null }] },
      { type: 'investment', trigger: ['lent'], date: '2019-07-11', participants: ['Acme'], amounts: [{ amount: 3_000_000, currency: 'USD', qualifier: null }] },
    ]);
  });

  it("dates undated events of the day's news on the document's day, up to the first date of the past", () => {
    const sentences = [
      'Ann Lee has met Bo Park.',
      'Ann Lee will meet Cy Ward.',
      'Bo Park met Di Sun on Monday.',
      'Cy Ward can meet Di Sun.',
      'Ann Lee met Cy Ward.',
      'Di Sun had previously met Ed Fox.',
      'In 2015, Bo Park met Ed Fox.',
      'Ed Fox met Ann Lee.',
    ];
    const text = sentences.join(' ');
    const person = (name: string, count: number) => ({ name, role: null, mentions: Array.from({ length: count }, (_, i): [string, number] => [name, i]) });
    const events = runEvents(articleOf(text, {
      sentences,
      // The document's day is Thursday 2019-07-11: "Monday" of the same week is still the day's news, 2015 is background.
      dates: [['Monday', '2019-07-08'], ['2015', '2015']],
      people: [person('Ann Lee', 4), person('Bo Park', 3), person('Cy Ward', 3), person('Di Sun', 3), person('Ed Fox', 3)],
    }));
    expect(events.map((e) => [e.trigger.text, e.participants.join('+'), e.date])).toEqual([
      ['met', 'Ann Lee+Bo Park', '2019-07-11'],
      ['meet', 'Ann Lee+Cy Ward', null], // still to come
      ['met', 'Bo Park+Di Sun', '2019-07-08'], // its own date
      ['meet', 'Cy Ward+Di Sun', null], // only possible
      ['met', 'Ann Lee+Cy Ward', '2019-07-11'],
      ['met', 'Di Sun+Ed Fox', null], // before the day's news: "previously"
      ['met', 'Bo Park+Ed Fox', '2015'],
      ['met', 'Ed Fox+Ann Lee', null], // after the story went back in time
    ]);
  });
});

describe('events: the last day a date can mean', () => {
  it.each([
    ['2018', '2018-12-31'],
    ['2019-02', '2019-02-28'],
    ['2020-02', '2020-02-29'],
    ['2019-07-11', '2019-07-11'],
    ['2019-07-11TMO', '2019-07-11'],
    ['2019-Q3', '2019-09-30'],
    ['2022-H1', '2022-06-30'],
    ['2019-01/2019-05', '2019-05-31'],
    // ISO weeks run Monday to Sunday; week 1 holds January 4th (2008-W35 is 25-31 August 2008, 2009-W01 starts 29 December 2008).
    ['2008-W35', '2008-08-31'],
    ['2009-W01', '2009-01-04'],
    ['2008-W41-WE', '2008-10-12'],
    ['199X', '1999-12-31'],
    ['19XX', '1999-12-31'],
    ['XXXX-XX-XX', null],
  ])('%s → %s', (value, expected) => expect(latestDay(value)).toBe(expected));
});

describe('events: the first day a date can mean', () => {
  it.each([
    ['2018', '2018-01-01'],
    ['2019-02', '2019-02-01'],
    ['2019-07-11TMO', '2019-07-11'],
    ['2019-Q3', '2019-07-01'],
    ['2022-H2', '2022-07-01'],
    ['2008-W35', '2008-08-25'],
    ['2009-W01', '2008-12-29'],
    ['2019-01/2019-05', '2019-01-01'],
    ['199X', '1990-01-01'],
    ['XXXX-XX-XX', null],
  ])('%s → %s', (value, expected) => expect(earliestDay(value)).toBe(expected));
});

describe('events: one trigger of each kind', () => {
  // Each sentence is the lede of a story dated 2019-07-11 and reports one event of the type given, by the trigger given.
  const positives: Array<[string, EventRecord['type'], string]> = [
    ['The jet crashed into the sea.', 'other', 'crashed'],
    ['The launch was postponed.', 'other', 'postponed'],
    ['The chief executive is stepping down from his post.', 'other', 'stepping down'],
    ['The take-off took place on time.', 'other', 'took place'],
    ['The company unveiled a new phone.', 'announcement', 'unveiled'],
    ['The firm sued its rival.', 'other', 'sued'],
    ['The board approved the plan.', 'other', 'approved'],
    ['She travelled to Oslo.', 'visit', 'travelled'],
    ['Acme sold its stake in the venture.', 'acquisition', 'sold'],
    ['Apple released a software kit.', 'announcement', 'released'],
    ['Boeing rolled out its first 787.', 'announcement', 'rolled out'],
    ['Chrysler filed for bankruptcy protection.', 'other', 'filed for bankruptcy'],
    ['Two workers died in the fire.', 'other', 'died'],
  ];
  it.each(positives)('%s', (text, type, trigger) => {
    const events = runEvents(articleOf(text, { sentences: [text] }));
    expect(events.map((e) => [e.type, e.trigger.text, e.date])).toEqual([[type, trigger, '2019-07-11']]);
  });
});

describe('events: sentences that report no event', () => {
  const negatives: Array<[string, Fixture['organizations']]> = [
    ['Russia did not sign the treaty.', []],
    ['The officials never met.', []],
    ['There are signs of recovery in the economy.', []],
    ['The World Trade Organization ruled against the tariffs.', [{ name: 'World Trade Organization', mentions: [['World Trade Organization']] }]],
    ['Trade ministers spoke about trade and exports.', []],
    ['The opening match was played in Moscow.', []],
    ['Investment is a priority for the region.', []],
    ['Boeing must build ten a month to meet customer demand.', []],
    ['U.S. markets opened higher on Monday.', []],
    // Selling goods is not a deal; travel without a destination is not a visit; a summit that is only discussed is a topic.
    ['Since its launch the store has sold more than 3 billion songs.', []],
    ['Travel costs rose sharply last year.', []],
    ['The agenda includes preparations for the next summit.', []],
  ];
  it.each(negatives)('%s', (text, organizations) => {
    expect(runEvents(articleOf(text, { sentences: [text], organizations }))).toEqual([]);
  });
});

describe('events: headlines', () => {
  it("dates an event only the headline reports on the document's day, unless it is still to come", () => {
    const headlineEvents = (headline: string) => {
      const text = `${headline}\nThe plane can fly 17,000 km.`;
      return runEvents(articleOf(text, {
        headline,
        sentences: [headline, 'The plane can fly 17,000 km.'],
        organizations: [{ name: 'Boeing', mentions: [['Boeing']] }, { name: 'Acme', mentions: [['Acme']] }, { name: 'Beta', mentions: [['Beta']] }].filter((o) => headline.includes(o.name)),
        money: headline.includes('$') ? [['$5 million', 5_000_000, 'USD', null]] : [],
      })).map((e) => [e.trigger.text, e.date]);
    };
    expect(headlineEvents('Boeing unveils long-range jet')).toEqual([['unveils', '2019-07-11']]);
    expect(headlineEvents('Acme to buy Beta for $5 million')).toEqual([['buy', null]]);
  });
});

describe('events: deals, lists and described places', () => {
  const org = (name: string, nth = 0) => ({ name, mentions: [[name, nth]] as Array<[string, number?]> });

  it('takes "agreed to buy" as the purchase, with the company bought', () => {
    const text = 'Vexa Oyj agreed on Monday to buy pump maker Kora Hydraulics for 410 million euros, its first acquisition abroad.';
    const events = runEvents(articleOf(text, {
      sentences: [text],
      dates: [['Monday', '2019-07-08']],
      organizations: [org('Vexa Oyj'), org('Kora Hydraulics')],
      money: [['410 million euros', 410_000_000, 'EUR', null]],
    }));
    expectEvents(text, events, [{ type: 'acquisition', trigger: ['buy'], date: '2019-07-08', participants: ['Vexa Oyj', 'Kora Hydraulics'] }]);
  });

  it('gives a sale its buyer after "to" and leaves out who reported it', () => {
    const text = 'Later, Vexa will sell its gearbox unit to Corra Engineering for £38 million, company spokesman Olli Kar said.';
    const events = runEvents(articleOf(text, {
      sentences: [text],
      people: [{ name: 'Olli Kar', role: 'Spokesman', mentions: [['Olli Kar']] }],
      organizations: [org('Vexa'), org('Corra Engineering')],
      money: [['£38 million', 38_000_000, 'GBP', null]],
    }));
    expectEvents(text, events, [{ type: 'acquisition', trigger: ['sell'], date: null, participants: ['Vexa', 'Corra Engineering'] }]);
  });

  it('takes the companies of "the boards of both companies" as the parties, but not the countries of named ministers', () => {
    const text = 'The boards of both companies approved the deal. The prime ministers of the two countries, Ann Lee and Bo Park, met in Oslo.';
    const sentences = ['The boards of both companies approved the deal.', 'The prime ministers of the two countries, Ann Lee and Bo Park, met in Oslo.'];
    const events = runEvents(articleOf(`Acme and Beta. Norway and Sweden. ${text}`, {
      sentences: ['Acme and Beta.', 'Norway and Sweden.', ...sentences],
      organizations: [org('Acme'), org('Beta')],
      people: [
        { name: 'Ann Lee', role: 'Prime Minister', mentions: [['Ann Lee']] },
        { name: 'Bo Park', role: 'Prime Minister', mentions: [['Bo Park']] },
      ],
      places: [
        { name: 'Norway', kind: 'country', countryCode: 'NO', mentions: [['Norway']] },
        { name: 'Sweden', kind: 'country', countryCode: 'SE', mentions: [['Sweden']] },
        { name: 'Oslo', kind: 'city', countryCode: 'NO', mentions: [['Oslo']] },
      ],
    }));
    expect(events.map((e) => [e.trigger.text, e.participants, e.places])).toEqual([
      ['approved', ['Acme', 'Beta'], []],
      ['met', ['Ann Lee', 'Bo Park'], ['Oslo']],
    ]);
  });

  it('lists every place joined to a venue, and carries a place to the clause that goes on with the same subject', () => {
    const text = 'Vexa plans to invest $60 million in its plants in Ikala and Parko. Ann Lee visited Oslo on May 3, 2019, and held talks with Bo Park.';
    const events = runEvents(articleOf(text, {
      sentences: ['Vexa plans to invest $60 million in its plants in Ikala and Parko.', 'Ann Lee visited Oslo on May 3, 2019, and held talks with Bo Park.'],
      dates: [['May 3, 2019', '2019-05-03']],
      organizations: [org('Vexa')],
      people: [
        { name: 'Ann Lee', role: null, mentions: [['Ann Lee']] },
        { name: 'Bo Park', role: null, mentions: [['Bo Park']] },
      ],
      places: [
        { name: 'Ikala', kind: 'town', mentions: [['Ikala']] },
        { name: 'Parko', kind: 'town', mentions: [['Parko']] },
        { name: 'Oslo', kind: 'city', mentions: [['Oslo']] },
      ],
      money: [['$60 million', 60_000_000, 'USD', null]],
    }));
    expect(events.map((e) => [e.trigger.text, e.places])).toEqual([
      ['invest', ['Ikala', 'Parko']],
      ['visited', ['Oslo']],
      ['talks', ['Oslo']],
    ]);
  });

  it('calls a gathering of leaders a summit, and a bilateral figure takes the parties of the one before', () => {
    const text = 'EU leaders met at an informal gathering of EU leaders in Rome. Trade between Norway and Sweden reached $5 billion in 2018. In 2019, bilateral trade fell to $4 billion.';
    const sentences = ['EU leaders met at an informal gathering of EU leaders in Rome.', 'Trade between Norway and Sweden reached $5 billion in 2018.', 'In 2019, bilateral trade fell to $4 billion.'];
    const events = runEvents(articleOf(text, {
      sentences,
      dates: [['2018', '2018'], ['2019', '2019']],
      places: [
        { name: 'Rome', kind: 'city', mentions: [['Rome']] },
        { name: 'Norway', kind: 'country', countryCode: 'NO', mentions: [['Norway']] },
        { name: 'Sweden', kind: 'country', countryCode: 'SE', mentions: [['Sweden']] },
      ],
      money: [['$5 billion', 5_000_000_000, 'USD', null], ['$4 billion', 4_000_000_000, 'USD', null]],
    }));
    expect(events.map((e) => [e.type, e.trigger.text, e.participants])).toEqual([
      ['meeting', 'met', []],
      ['summit', 'gathering', []],
      ['trade', 'Trade', ['Norway', 'Sweden']],
      ['trade', 'trade', ['Norway', 'Sweden']],
    ]);
  });

  it('gives a figure for another period a record of its own, and leaves out one without its period', () => {
    const text = 'Acme invested $5.4 billion in Oslo in 2019, down from $46 billion in 2016. Beta sales rose to $3 million, up from $2 million.';
    const events = runEvents(articleOf(text, {
      sentences: ['Acme invested $5.4 billion in Oslo in 2019, down from $46 billion in 2016.', 'Beta sales rose to $3 million, up from $2 million.'],
      dates: [['2019', '2019'], ['2016', '2016']],
      organizations: [org('Acme')],
      places: [{ name: 'Oslo', kind: 'city', mentions: [['Oslo']] }],
      money: [['$5.4 billion', 5_400_000_000, 'USD', null], ['$46 billion', 46_000_000_000, 'USD', null], ['$3 million', 3_000_000, 'USD', null], ['$2 million', 2_000_000, 'USD', null]],
    }));
    expect(events.map((e) => [e.trigger.text, e.date, e.participants, e.places, e.amounts.map((a) => a.amount)])).toEqual([
      ['invested', '2019', ['Acme'], ['Oslo'], [5_400_000_000]],
      ['invested', '2016', ['Acme'], ['Oslo'], [46_000_000_000]],
    ]);
  });

  it('leaves out who reports an event when others take part, and a country that only addresses a place', () => {
    const text = 'The White House said, after the two leaders met in Bali, Indonesia, that talks went well.';
    const events = runEvents(articleOf(`Joe Biden and Xi Jinping. ${text}`, {
      sentences: ['Joe Biden and Xi Jinping.', text],
      people: [
        { name: 'Joe Biden', role: 'President', mentions: [['Joe Biden']] },
        { name: 'Xi Jinping', role: 'President', mentions: [['Xi Jinping']] },
      ],
      organizations: [org('White House')],
      places: [
        { name: 'Bali', kind: 'admin-region', countryCode: 'ID', mentions: [['Bali']] },
        { name: 'Indonesia', kind: 'country', countryCode: 'ID', mentions: [['Indonesia']] },
      ],
    }));
    expect(events.map((e) => [e.trigger.text, e.participants, e.places])).toEqual([
      ['met', ['Joe Biden', 'Xi Jinping'], ['Bali']],
      ['talks', [], ['Bali']],
    ]);
  });

  it('merges "The meeting" that names nothing of its own into the meeting told before', () => {
    const sentences = ['Ann Lee met Bo Park in Oslo on May 3, 2019.', 'The meeting, their first in a year, lasted four hours.'];
    const text = sentences.join(' ');
    const events = runEvents(articleOf(text, {
      sentences,
      dates: [['May 3, 2019', '2019-05-03']],
      people: [
        { name: 'Ann Lee', role: null, mentions: [['Ann Lee']] },
        { name: 'Bo Park', role: null, mentions: [['Bo Park']] },
      ],
      places: [{ name: 'Oslo', kind: 'city', mentions: [['Oslo']] }],
    }));
    expect(events.map((e) => [e.trigger.text, e.date, e.participants])).toEqual([['met', '2019-05-03', ['Ann Lee', 'Bo Park']]]);
  });

  it('resumes the main clause after a relative one, with its antecedent for subject and not its place', () => {
    const sentences = ['Gov. Ann Lee, who met with Bo Park in Austin in April, is scheduled to tour the plant on Monday.'];
    const text = sentences[0]!;
    const events = runEvents(articleOf(text, {
      sentences,
      dates: [['April', '2019-04'], ['Monday', '2019-07-15']],
      people: [
        { name: 'Ann Lee', role: 'Governor', mentions: [['Ann Lee']] },
        { name: 'Bo Park', role: null, mentions: [['Bo Park']] },
      ],
      places: [{ name: 'Austin', kind: 'city', mentions: [['Austin']] }],
    }));
    expect(events.map((e) => [e.trigger.text, e.date, e.participants, e.places])).toEqual([
      ['met', '2019-04', ['Ann Lee', 'Bo Park'], ['Austin']],
      ['tour', '2019-07-15', ['Ann Lee'], []],
    ]);
  });

  it('reads "the company" as the company the story is about, and "said X would" as X acting', () => {
    const sentences = [
      'Redfield Inc. agreed to buy the plant from Dorn GmbH, a maker based in Germany, for $40 million.',
      'The company, which announced the expansion in January, also runs a plant in Dallas.',
      'Chief Executive Mo Oka said Redfield would spend $1 million on training.',
    ];
    const text = sentences.join(' ');
    const events = runEvents(articleOf(text, {
      sentences,
      dates: [['January', '2019-01']],
      people: [{ name: 'Mo Oka', role: 'Chief Executive', mentions: [['Mo Oka']] }],
      organizations: [{ name: 'Redfield Inc.', mentions: [['Redfield Inc.'], ['Redfield', 1]] }, org('Dorn GmbH')],
      places: [
        { name: 'Germany', kind: 'country', countryCode: 'DE', mentions: [['Germany']] },
        { name: 'Dallas', kind: 'city', countryCode: 'US', mentions: [['Dallas']] },
      ],
      money: [['$40 million', 40_000_000, 'USD', null], ['$1 million', 1_000_000, 'USD', null]],
    }));
    expect(events.map((e) => [e.type, e.trigger.text, e.participants, e.places])).toEqual([
      ['acquisition', 'buy', ['Redfield Inc.', 'Dorn GmbH'], []], // where the seller is based is not where the deal was made
      ['announcement', 'announced', ['Redfield Inc.'], []], // "the expansion" is what was announced, not an event of its own
      ['investment', 'spend', ['Redfield Inc.'], []],
    ]);
  });

  it('takes a vote as the event, not what it approves', () => {
    const text = 'The council voted 6-1 on Wednesday to approve a $4 million package.';
    const events = runEvents(articleOf(text, {
      sentences: [text],
      dates: [['Wednesday', '2019-07-10']],
      money: [['$4 million', 4_000_000, 'USD', null]],
    }));
    expect(events.map((e) => [e.type, e.trigger.text, e.date])).toEqual([['other', 'voted', '2019-07-10']]);
  });
});
