import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDoc } from './helpers/corpus-doc.js';
import { prepareDocuments, trainModel, scoreModel } from '../src/ner/train.js';
import { crossValidate, formatCrossValidation } from '../src/ner/cross-validate.js';
import { loadModel, serializeModel, ModelFileError } from '../src/ner/model-file.js';
import { labelsOf, spansOf, type NameKind } from '../src/ner/labels.js';
import { viterbi } from '../src/ner/perceptron.js';
import { BIN, ROOT, tempDir } from './helpers/cli.js';

const doc = corpusDoc;

/** The names a model finds in a text, as "KIND text". */
function tag(model: ReturnType<typeof loadModel>, text: string): string[] {
  const [d] = prepareDocuments([doc('t', text, [])]);
  return d!.tag(model).map((n) => `${n.kind} ${text.slice(d!.tokens[n.first]!.start, d!.tokens[n.last]!.end)}`);
}

const tiny = [
  doc('a', 'Maria Lopez met Tomas Berg in Oslo on Monday.', [['Maria Lopez', 'PER'], ['Tomas Berg', 'PER'], ['Oslo', 'LOC']]),
  doc('b', 'The Northwind Company hired Tomas Berg in Bergen.', [['Northwind Company', 'ORG'], ['Tomas Berg', 'PER'], ['Bergen', 'LOC']]),
  doc('c', 'Maria Lopez left Northwind Company for Oslo.', [['Maria Lopez', 'PER'], ['Northwind Company', 'ORG'], ['Oslo', 'LOC']]),
  doc('d', 'In Bergen, the Halvard Prize went to Maria Lopez.', [['Bergen', 'LOC'], ['Halvard Prize', 'MISC'], ['Maria Lopez', 'PER']]),
];

describe('name tagger: learning', () => {
  it('labels and spans are inverse', () => {
    const spans = [{ first: 0, last: 1, kind: 'PER' as NameKind }, { first: 3, last: 3, kind: 'LOC' as NameKind }, { first: 4, last: 6, kind: 'ORG' as NameKind }];
    expect(spansOf(labelsOf(7, spans))).toEqual(spans);
  });

  it('training on a tiny corpus learns it', () => {
    const docs = prepareDocuments(tiny);
    const { model } = trainModel(docs, { epochs: 10, seed: 1, minCount: 1 });
    for (const [kind, s] of scoreModel(model, docs)) expect([kind, s.f1]).toEqual([kind, s.gold === 0 ? 0 : 100]);
  });

  it('training is deterministic: the same data and seed give the same bytes', () => {
    const docs = prepareDocuments(tiny);
    const bytes = (seed: number): Buffer => {
      const { names, model } = trainModel(docs, { epochs: 5, seed, minCount: 1 });
      return serializeModel(names, model.weights);
    };
    expect(bytes(7).equals(bytes(7))).toBe(true);
    expect(bytes(7).equals(bytes(8))).toBe(false); // the seed does matter: the check above can fail
  });

  it('cross-validation holds every document out once and gives the same figures on every run', () => {
    const docs = prepareDocuments(tiny);
    const options = { epochs: 3, seed: 1, minCount: 1, minWeight: 1 };
    const cv = crossValidate(docs, 2, options);
    expect(cv.folds).toHaveLength(2);
    const gold = (kind: NameKind): number => cv.folds.reduce((n, f) => n + f.get(kind)!.gold, 0);
    // Maria Lopez ×3 and Tomas Berg ×2 over the four documents: the folds' gold adds up to the corpus's.
    expect(gold('PER')).toBe(5);
    expect(gold('LOC')).toBe(4);
    expect(gold('PER')).toBe(cv.pooled.get('PER')!.gold);
    expect(crossValidate(docs, 2, options).pooled).toEqual(cv.pooled);
    expect(formatCrossValidation([cv])).toMatch(/^2-fold cross-validation, 1 seed\(s\).*\n.*\nPER /);
  });

  it('a model survives the round trip through its file', () => {
    const docs = prepareDocuments(tiny);
    const { names, model } = trainModel(docs, { epochs: 10, seed: 1, minCount: 1 });
    const path = join(tempDir(), 'm.gz');
    writeFileSync(path, serializeModel(names, model.weights, 1));
    const loaded = loadModel(path);
    for (const d of docs) expect(d.tag(loaded)).toEqual(d.tag(model));
    expect(loaded.features.size).toBeGreaterThan(0);
    expect(loaded.features.size).toBeLessThanOrEqual(names.length);
  });

  it('decoding never starts a name with I- nor runs one over a break', () => {
    const weights = { emission: new Float64Array(9).fill(0), transition: new Float64Array(90).fill(0) };
    weights.emission[2] = 5; // the one feature votes I-PER
    const labels = viterbi(weights, [[0], [0], [0]], Uint8Array.from([0, 0, 1]));
    expect(Array.from(labels)[0]).not.toBe(2);
    expect(Array.from(labels)[2]).not.toBe(2);
  });
});

describe('name tagger: the shipped model on known sentences', () => {
  const model = loadModel();
  const cases: Array<[string, string[]]> = [
    ['Prime Minister Jacinda Ardern visited Wellington on Tuesday.', ['PER Jacinda Ardern', 'LOC Wellington']],
    ['The University of Oxford is in England.', ['ORG University of Oxford', 'LOC England']],
    ['She was born in Kenya and moved to Canada.', ['LOC Kenya', 'LOC Canada']],
  ];
  it.each(cases)('%s', (text, want) => expect(tag(model, text)).toEqual(want));

  it('a person after a company and a title is the name alone', () => {
    const names = tag(model, 'Chrysler Chief Executive Robert Nardelli said the plan would work.');
    expect(names.filter((n) => n.startsWith('PER'))).toEqual(['PER Robert Nardelli']);
  });

  const negatives = ['the cat sat on the mat and the dog slept.', 'Prices rose 3 percent in the second quarter.', 'However, nothing was decided.'];
  it.each(negatives)('no name: %s', (text) => expect(tag(model, text)).toEqual([]));
});

describe('name tagger: the compiled scorer tags exactly as the feature strings do', () => {
  const model = loadModel();
  const texts: Array<[string, string]> = [
    ...readdirSync(join(ROOT, 'tests/golden'))
      .filter((d) => existsSync(join(ROOT, 'tests/golden', d, 'input.txt')))
      .map((d): [string, string] => [d, readFileSync(join(ROOT, 'tests/golden', d, 'input.txt'), 'utf8')]),
    ['capitals headline and a table', 'MOSCOW SAYS KIEV TALKS FAILED\n\nResults:\n1. Jane Doe (Kenya) 2:21:04\n2. Mary Keitany (Kenya) 2:22:10\nThe Ministry of Defence said on Monday that Putin\'s envoy met Lake Baikal officials.'],
  ];
  it.each(texts)('%s', (id, text) => {
    const [d] = prepareDocuments([doc(id, text, [])]);
    const reference = d!.tagByFeatureStrings(model);
    expect(reference.length).toBeGreaterThan(0);
    expect(d!.tag(model)).toEqual(reference);
  });

  it('with a freshly trained model too (unquantized weights)', () => {
    const docs = prepareDocuments(tiny);
    const { model: trained } = trainModel(docs, { epochs: 3, seed: 2, minCount: 1 });
    for (const d of docs) expect(d.tag(trained)).toEqual(d.tagByFeatureStrings(trained));
  });
});

describe('name tagger: a missing or corrupt model file stops the run before any work', () => {
  const cases: Array<[string, (dir: string) => string, RegExp]> = [
    ['missing', (dir) => join(dir, 'absent.model.gz'), /name tagger model not found: .*absent\.model\.gz.*npm run train/],
    ['not gzip', (dir) => (writeFileSync(join(dir, 'bad.gz'), 'not a model'), join(dir, 'bad.gz')), /name tagger model .*bad\.gz is corrupt.*npm run train/],
  ];
  it.each(cases)('%s', (_, make, message) => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const result = spawnSync(process.execPath, [BIN, 'run', join(ROOT, 'input'), '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NEWS_EXTRACT_NAME_MODEL: make(dir) },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('loadModel names the file', () => {
    expect(() => loadModel('/nonexistent/names.model.gz')).toThrow(ModelFileError);
  });
});

describe('corpus mentions become name spans', () => {
  /** The name a whole-phrase mention of `kind` gives, or null. */
  function nameOf(text: string, mention: string, type: string): string | null {
    const [d] = prepareDocuments([doc('m', text, [[mention, type]])]);
    const n = d!.names[0];
    return n ? `${n.kind} ${text.slice(d!.tokens[n.first]!.start, d!.tokens[n.last]!.end)}` : null;
  }
  const cases: Array<[string, string, string, string | null]> = [
    ['Yesterday US President Barack Obama spoke.', 'US President Barack Obama', 'PER', 'PER Barack Obama'],
    ['They met Professor Cres Eastman there.', 'Professor Cres Eastman', 'PER', 'PER Cres Eastman'],
    ['Troops left the United States in May.', 'the United States', 'LOC', 'LOC United States'],
    ['She studied at the University of Portsmouth, United Kingdom, for years.', 'the University of Portsmouth, United Kingdom', 'ORG', 'ORG University of Portsmouth'],
    ['We saw the Long Room at Auckland Castle today.', 'the Long Room at Auckland Castle', 'LOC', 'LOC Long Room'],
    ['It was the world\'s best.', 'the world\'s', 'LOC', null],
    ['He spoke to the Secretary about it.', 'the Secretary', 'PER', null],
    ['Texas student Ahmed Mohamed was arrested.', 'Texas student Ahmed Mohamed', 'PER', 'PER Ahmed Mohamed'],
    ['The Cello Concerto was played.', 'The Cello Concerto', 'OBJECT', 'MISC Cello Concerto'],
  ];
  it.each(cases)('%s', (text, mention, type, want) => expect(nameOf(text, mention, type)).toBe(want));
});
