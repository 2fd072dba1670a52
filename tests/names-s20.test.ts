import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../src/eval/corpus.js';
import { corpusDoc } from './helpers/corpus-doc.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { createPipeline, articleFromInput } from '../src/pipeline/pipeline.js';
import { createArticleContext } from '../src/pipeline/context.js';
import { stageIds } from '../src/stages/catalog.js';
import { articleNames } from '../src/ner/article-names.js';
import { parseModelFile, serializeModel } from '../src/ner/model-file.js';
import { prepareDocuments, trainModel } from '../src/ner/train.js';
import { formatPipelineCrossValidation, pipelineCrossValidate } from '../src/ner/pipeline-cv.js';

const doc = corpusDoc;

const SENTENCES = [
  'Ulvar Dennick visited Tromso on Monday.',
  'On Friday, Ulvar Dennick opened a school in Tromso.',
  'Tromso welcomed Ulvar Dennick again in May.',
];

/** The same three sentences, "Ulvar Dennick" annotated as `kind` each time. */
const corpusWith = (kind: string): CorpusDocument[] => SENTENCES.map((text, i) => doc(`${kind}${i}`, text, text.indexOf('Tromso') < text.indexOf('Ulvar') ? [['Tromso', 'LOC'], ['Ulvar Dennick', kind]] : [['Ulvar Dennick', kind], ['Tromso', 'LOC']]));

const config = resolveConfig({ stages: ['read', 'segment', 'people', 'places'] }, stageIds);

describe('the name model is an option of each pipeline', () => {
  it('two pipelines in one process tag with their own models', () => {
    const model = (kind: string) => {
      const { names, model } = trainModel(prepareDocuments(corpusWith(kind)), { epochs: 10, seed: 1, minCount: 1 });
      return parseModelFile(serializeModel(names, model.weights, 1));
    };
    const reading = (kind: string): string[] => {
      const pipeline = createPipeline(config, { nameModel: model(kind) });
      const article = articleFromInput({ id: 't', source: 't', text: SENTENCES[0]! });
      const tagged = articleNames(article, createArticleContext(article, config, pipeline.resources));
      return tagged.names.map((n) => `${n.kind} ${article.text.slice(tagged.tokens[n.first]!.start, tagged.tokens[n.last]!.end)}`);
    };
    expect(reading('PER')).toContain('PER Ulvar Dennick');
    expect(reading('ORG')).toContain('ORG Ulvar Dennick');
  });
});

describe('pipeline cross-validation', () => {
  const docs = [
    doc('a', 'Maria Lopez met Tomas Berg in Oslo on Monday, the ministry said.', [['Maria Lopez', 'PER'], ['Tomas Berg', 'PER'], ['Oslo', 'LOC']]),
    doc('b', 'The Northwind Company hired Tomas Berg in Bergen last year.', [['Northwind Company', 'ORG'], ['Tomas Berg', 'PER'], ['Bergen', 'LOC']]),
    doc('c', 'Maria Lopez left the Northwind Company and moved to Oslo.', [['Maria Lopez', 'PER'], ['Northwind Company', 'ORG'], ['Oslo', 'LOC']]),
    doc('d', 'In Bergen, the Halvard Prize went to Maria Lopez on Sunday.', [['Bergen', 'LOC'], ['Halvard Prize', 'MISC'], ['Maria Lopez', 'PER']]),
  ];
  const folds = pipelineCrossValidate(docs, 2, { epochs: 5, seed: 1, minCount: 1, minWeight: 1 });

  it('holds out every document once: the folds\' gold adds up to the corpus\'s', () => {
    expect(folds).toHaveLength(2);
    expect(folds.map((f) => f.scores.people.gold)).toEqual([3, 2]);
    expect(folds.map((f) => f.scores.places.gold)).toEqual([2, 2]);
    expect(folds.map((f) => f.scores.organizations.gold)).toEqual([1, 1]);
  });

  it('scores each fold on its own documents only (index % folds == fold)', () => {
    for (const [k, fold] of folds.entries()) for (const d of fold.discrepancies) expect(['a', 'b', 'c', 'd'].indexOf(d.docId) % 2).toBe(k);
  });

  it('prints per-fold F1 and mean ± sd per kind', () => {
    const table = formatPipelineCrossValidation(folds);
    expect(table).toMatch(/^people\s+[\d.]+\s+[\d.]+\s+[\d.]+ ± [\d.]+/m);
    expect(table).toMatch(/^places\s/m);
    expect(table).toMatch(/^organizations\s/m);
  });
});

const pipeline = createPipeline(config);
const peopleIn = (text: string): string[] => (pipeline.process({ id: 't', source: 't', text, date: '2025-01-01' }).people ?? []).map((p) => p.name);

/**
 * A lone name in a list of three or more lone names the tagger reads as people's is a person: people are listed with
 * people. Expected readings from the sentences; each needs the tagger to read every member as a person.
 */
describe('lone names in a list of people', () => {
  it.each([
    ['A small group in Athens still prays to the old gods, such as Zeus, Hera, Poseidon and Aphrodite.', ['Zeus', 'Hera', 'Poseidon', 'Aphrodite']],
    ['The coach started Kane, Saka, Foden and Palmer against Serbia.', ['Kane', 'Saka', 'Foden', 'Palmer']],
    ['Earlier surveys found the same effect (Hein, Reich, Marks, Thuma, & Grigorenko, 2016).', ['Reich', 'Marks', 'Thuma', 'Grigorenko']],
  ])('%s', (text, names) => {
    const found = peopleIn(text);
    for (const name of names) expect(found).toContain(name);
  });

  it.each([
    'Ministers from France, Germany and Italy met in Rome on Monday.',
    'Shares of Apple, Google and Pfizer fell on Tuesday.',
    'Investors sold Nvidia, Tesla and Apple shares on Monday.',
  ])('no person in a list of places or firms: %s', (text) => {
    expect(peopleIn(text)).toEqual([]);
  });
});

/** A full name listed with a firm by "and" is the firm's kin, not a person, unless compromise reads a person in it. */
describe('a full name coordinated with a firm', () => {
  it.each([
    'Shares of Microsoft and Meta Platforms rose on Tuesday after both beat forecasts.',
    'Meta Platforms and Microsoft said they would build the data centre together.',
  ])('is no person: %s', (text) => {
    expect(peopleIn(text)).not.toContain('Meta Platforms');
  });

  it.each([
    ['Microsoft and Bill Gates gave money to the fund.', 'Bill Gates'],
    ['Nvidia and Jensen Huang were named in the lawsuit.', 'Jensen Huang'],
  ])('a person\'s full name stays one: %s', (text, name) => {
    expect(peopleIn(text)).toContain(name);
  });
});

const placesIn = (text: string): string[] => (pipeline.process({ id: 't', source: 't', text, date: '2025-01-01' }).places ?? []).map((p) => p.name);

/**
 * Places the gazetteer lacked: it is built from GeoNames' populated places, countries and first-level regions only, so
 * states few recognise, historical regions and islands that are no region of their own were missing.
 */
describe('regions, islands and unrecognised states', () => {
  it.each([
    ['Separatist forces took control of Socotra on Friday, officials in Aden said.', 'Socotra'],
    ['The army moved two brigades into Thrace, near the border with Bulgaria.', 'Thrace'],
    ['Somaliland held a presidential election on Wednesday, the electoral commission said.', 'Somaliland'],
    ['Wildfires spread across Transylvania during the heatwave.', 'Transylvania'],
  ])('%s', (text, place) => {
    expect(placesIn(text)).toContain(place);
  });

  it.each([
    ['Coast guards rescued 40 migrants near the island of Kastellorizo on Sunday.', 'Kastellorizo'],
    ['Tourists returned to the Maltese island of Gozo after the storm.', 'Gozo'],
  ])('"the island of X" names an island the gazetteer lacks: %s', (text, place) => {
    expect(placesIn(text)).toContain(place);
  });

  it('"the island of" a people is no place', () => {
    expect(placesIn('The island of Syrian refugees grew as the war went on.')).toEqual([]);
  });
});

/** A name the words around one of its mentions make a firm's is no person at any mention, unless a title or apposition says so. */
describe('a full name or surname that acts as a firm', () => {
  it('"its acquisition of Hess ... Hess shareholders": no person Hess', () => {
    expect(peopleIn('Chevron completed its acquisition of Hess in July. Hess shareholders approved the deal last year.')).not.toContain('Hess');
  });

  it.each([
    'Eli Lilly raised its forecast for the year on Tuesday.',
    'Eli Lilly cut its price for insulin by 70 percent.',
  ])('a name whose own object is "its" is a firm\'s: %s', (text) => {
    expect(peopleIn(text)).not.toContain('Eli Lilly');
  });

  it.each([
    ['Tim Cook said its sales rose in China.', 'Tim Cook'],
    ['Warren Buffett and its board agreed to the sale.', 'Warren Buffett'],
  ])('"its" after a verb of saying or a conjunction is another\'s: %s', (text, name) => {
    expect(peopleIn(text)).toContain(name);
  });

  it('a full name opening with a given name stays a person\'s: "bought by John Smith"', () => {
    expect(peopleIn('The painting was bought by John Smith in 1990.')).toContain('John Smith');
  });

  it('a person named with a title is still one', () => {
    expect(peopleIn('Chevron completed its acquisition of Hess in July. Chief Executive John Hess said the deal was fair.')).toContain('John Hess');
  });
});
