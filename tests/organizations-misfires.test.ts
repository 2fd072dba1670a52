import { describe, expect, it } from 'vitest';
import { at, namesOn } from './helpers/names.js';
import { commonAcronyms } from '../src/people/acronyms.js';

const { run, orgMentions } = namesOn('2019-07-11');

describe('organizations on ordinary news (session 14, issue 16 class 6)', () => {
  // Expected values read from the sentences: which words name a company, a body or a government.
  const cases: Array<[string, string[]]> = [
    // A known name with "&" in it: "&" is no word of the tokens.
    ['Marks & Spencer said sales fell.', ['Marks & Spencer']],
    ['Shares in Marks & Spencer rose 3 percent, and Procter & Gamble said prices would rise.', ['Marks & Spencer', 'Procter & Gamble']],
    // A stock index is no organization.
    ['The Hang Seng Index fell 2 percent.', []],
    ['The Nasdaq Composite rose 1.2 percent on Friday.', []],
    ['Dow falls 340 points amid unemployment news', []],
    ['The largest drop was with the Dow Jones (DJIA), which fell 678 points to below 9,000.', []],
    ['The FTSE 100 fell 2 percent and the Nikkei 225 rose 1.1% on Monday.', []],
    ['Boeing 737 deliveries fell in May.', ['Boeing']],
    // ... but the firm behind it still is one where it acts as a firm.
    ['The Nikkei closed at 10,245.50, while Nasdaq said it would delist the company.', ['Nasdaq']],
    ['Dow Jones, the publisher of The Wall Street Journal, said profit rose.', ['Dow Jones', 'Wall Street Journal']],
    // A title with "of" is no body.
    ['"It is a risk," said Jane Smith, Head of Research at Nomura.', []],
    ['He served as the Director of Media and Communications of a tennis event.', []],
    ['Tom Baker, Vice President of Sales, resigned.', []],
    ['The Bank of England raised rates and the Ministry of Defence said it agreed.', ['Bank of England', 'Ministry of Defence']],
    // A place after "the town of" in a prepositional phrase is where the speakers are.
    ['Officials in the small town of Wickenburg said the road was closed.', []],
    ['Residents of the village of Kirkby said the river had risen.', []],
    // A firm as the subject of a verb of its business, by what it does: results, a count of goods, its product.
    ['Airbus delivered 63 jets in May.', ['Airbus']],
    ['Ryanair posted a record profit.', ['Ryanair']],
    ['Toyota recalled 1.2 million cars over faulty brakes.', ['Toyota']],
    ['Samsung launched its foldable phone, and Xiaomi shipped 10 million handsets.', ['Samsung', 'Xiaomi']],
    // ... but not a person or a place doing the same verbs with other objects, nor ordinary words.
    ['Macron unveiled a pension plan.', []],
    ['Sunak unveiled the Autumn Statement on Wednesday.', []],
    ['Nardelli delivered a speech to workers.', []],
    ['Heavy rain delivered a blow to farmers.', []],
    ['Researchers reported a new species.', []],
    ['Police reported three arrests.', []],
    ['Paris unveiled a plan to ban cars.', []],
    // "its" after the verb says a firm acts, though "Apple" is on the lists of given names.
    ['Apple unveiled its new iPhone on Tuesday.', ['Apple']],
    // A firm before an officer's title and a person's name.
    ['Boeing CEO Dave Calhoun will step down at the end of the year.', ['Boeing']],
    ['Chrysler Chief Executive Robert Nardelli will step down.', ['Chrysler']],
    ['Microsoft President Brad Smith testified before the committee.', ['Microsoft']],
    // ... but not a title's own words, a nationality, a country or an ordinary word before the title.
    ['Vice President Kamala Harris visited Michigan.', []],
    ['Ukrainian President Volodymyr Zelensky met the delegation.', []],
    ['France President Emmanuel Macron spoke first.', []],
    ['Former CEO John Smith left in May.', []],
    ['Club President Joan Laporta denied the report.', []],
    // A document, a piece of ground or a work is no body, whatever the name tagger reads.
    ['The Treaty of Versailles was signed in 1919.', []],
    ['Parliament Hill was packed with protesters.', []],
    ['The Bible says nothing about it, Pastor John Smith said.', []],
    ['The Paris Agreement aims to limit warming to 1.5C.', []],
    ['Physicists used the Large Hadron Collider to test the theory.', []],
    ['Hurricane Milton made landfall near Sarasota on Wednesday night.', []],
    // Two players of a singles match are people, not teams; two clubs stay teams.
    ['Novak Djokovic defeated Rafael Nadal 7-6, 6-4 in the semi-final.', []],
    ['Real Madrid drew 1-1 with Bayern Munich.', ['Real Madrid', 'Bayern Munich']],
    // An acronym of no body (WordNet's senses) is no organization; a body's acronym stays one.
    ['The GDP grew by 3% and the CPI rose 0.4% in May.', []],
    ['Tests showed traces of DNA and HIV in the samples.', []],
    ['The AI model was trained on chips, Nvidia said.', ['Nvidia']],
    ['The CEO said the IPO would raise $2 billion.', []],
    ['The FBI arrested a man in Ohio, the NBA suspended a player and the ECB raised rates.', ['FBI', 'NBA', 'ECB']],
    ['PARIS (AFP) - The NYSE halted trading in the stock.', ['AFP', 'NYSE']],
    // One word before a verb of saying: a lone surname is nobody's firm; a body after "the", a firm named so elsewhere
    // or followed by "it" is one.
    ['Sunak said the plan would work.', []],
    ['Scholz said Germany would send more tanks.', []],
    ['Musk posted a video on X.', []],
    ['The Kremlin denied the report, Peskov said.', ['Kremlin']],
    ['Acme said it would hire 200 workers.', ['Acme']],
    ['Acme Corp. reported a loss. Acme said demand was weak.', ['Acme Corp.', 'Acme']],
    ['The Court said the statute was void.', ['Court']],
    // A name the text calls a place in an apposition is the place; a firm described as one stays a firm.
    ['Hitachi, a port city north of Tokyo, was hit by the tsunami.', []],
    ['Hitachi, a Japanese conglomerate, said profit rose.', ['Hitachi']],
    ['Ford, a company with a long history in the region, said it would hire.', ['Ford']],
  ];
  it.each(cases)('%s', (text, names) => {
    let from = 0;
    const expected = names.map((n) => {
      const start = text.indexOf(n, from);
      from = start + n.length;
      return `${n}@${start}`;
    });
    expect(orgMentions(text)).toEqual(expected);
  });

  it('the build writes the acronyms of no body from WordNet, without the bodies news names by them', () => {
    const acronyms = commonAcronyms();
    for (const common of ['GDP', 'DNA', 'CPI', 'CEO', 'AI']) expect(acronyms.has(common), common).toBe(true);
    for (const body of ['NATO', 'FBI', 'NYSE', 'UN', 'ABC', 'SNP', 'AU']) expect(acronyms.has(body), body).toBe(false);
  });

  it('the players of a singles match are people', () => {
    const people = (run('Serena Williams beat Maria Sharapova 6-2, 6-3 in the final.').people ?? []).map((p) => p.name);
    expect(people).toEqual(['Serena Williams', 'Maria Sharapova']);
  });

  it('the index and the firm of one name in one sentence: only the firm is an organization', () => {
    const text = 'The Dow Jones Industrial Average fell 1%, and Dow Jones said it would cut jobs.';
    for (const o of run(text).organizations ?? []) for (const m of o.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(orgMentions(text)).toEqual([at(text, 'Dow Jones', 1)]);
  });
});
