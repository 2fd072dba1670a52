import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article, EventRecord } from '../src/types.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';
import { matchSpans } from '../src/eval/match.js';
import { addMatching, emptyCounts, figures, scoreKind } from '../src/eval/score.js';
import { annotatedExtent, goldItems, predictedItems, untilForAll, type GoldItem, type PredictedItem } from '../src/eval/items.js';
import { parseKinds } from '../src/eval/kinds.js';
import { parseCorpus, type CorpusDocument } from '../src/eval/corpus.js';
import { datesRight, scoreEvents } from '../src/eval/events.js';
import { applyGoldOverlay, parseGoldOverlay } from '../src/eval/overlay.js';
import { evaluateDocuments, loadEvalDocuments } from '../src/eval/evaluate.js';
import { runEval } from '../src/cli/eval.js';

const at = (start: number, end: number) => ({ start, end });
const gold = (start: number, end: number, value: string | null = null): GoldItem => ({ start, end, text: 'x'.repeat(end - start), value });
const pred = (start: number, end: number, ...values: string[]): PredictedItem => ({ start, end, text: 'x'.repeat(end - start), values });

describe('matchSpans: one-to-one, exact first, then overlaps', () => {
  it.each([
    { name: 'exact and overlap', gold: [at(0, 5), at(10, 15)], pred: [at(0, 5), at(12, 20)], exact: 1, overlap: 1, missed: 0, falseHits: 0 },
    { name: 'one prediction across two gold spans matches only one', gold: [at(0, 5), at(6, 10)], pred: [at(3, 8)], exact: 0, overlap: 1, missed: 1, falseHits: 0 },
    { name: 'touching spans do not overlap', gold: [at(0, 5)], pred: [at(5, 8)], exact: 0, overlap: 0, missed: 1, falseHits: 1 },
    { name: 'two predictions inside one gold span: one is a false hit', gold: [at(0, 10)], pred: [at(0, 3), at(2, 10)], exact: 0, overlap: 1, missed: 0, falseHits: 1 },
    { name: 'nothing predicted', gold: [at(0, 4), at(9, 12)], pred: [], exact: 0, overlap: 0, missed: 2, falseHits: 0 },
  ])('$name', ({ gold: g, pred: p, exact, overlap, missed, falseHits }) => {
    const m = matchSpans(g, p);
    expect(m.pairs.filter((x) => x.exact)).toHaveLength(exact);
    expect(m.pairs.filter((x) => !x.exact)).toHaveLength(overlap);
    expect(m.missed).toHaveLength(missed);
    expect(m.falseHits).toHaveLength(falseHits);
  });

  it('takes an exact match before an earlier gold span that merely overlaps', () => {
    const m = matchSpans([at(0, 10), at(0, 4)], [at(0, 4)]);
    expect(m.pairs).toEqual([{ gold: at(0, 4), predicted: at(0, 4), exact: true }]);
    expect(m.missed).toEqual([at(0, 10)]);
  });

  it('pairs the larger overlap first', () => {
    // [3,9) overlaps gold [0,5) by 2 and gold [5,12) by 4.
    const m = matchSpans([at(0, 5), at(5, 12)], [at(3, 9)]);
    expect(m.pairs).toEqual([{ gold: at(5, 12), predicted: at(3, 9), exact: false }]);
  });
});

describe('figures', () => {
  it('scores strict, relaxed and value matches of a small date set', () => {
    const g = [gold(0, 5, '2019'), gold(10, 15, '2019-07'), gold(20, 25, 'P3M'), gold(30, 35, '2020')];
    const p = [pred(0, 5, '2019'), pred(11, 15, '2019-08'), pred(20, 25, 'P3M'), pred(40, 45, '2021'), pred(50, 55, 'PRESENT_REF')];
    const s = scoreKind(addMatching(emptyCounts(), matchSpans(g, p), g, p));
    expect(s.gold).toBe(4);
    expect(s.predicted).toBe(5);
    // strict: 2 exact of 5 predicted, 4 gold → P .4, R .5, F1 = .4/.9
    expect(s.strict.precision).toBeCloseTo(0.4);
    expect(s.strict.recall).toBeCloseTo(0.5);
    expect(s.strict.f1).toBeCloseTo(4 / 9);
    // relaxed: 3 → P .6, R .75, F1 = .9/1.35
    expect(s.relaxed.precision).toBeCloseTo(0.6);
    expect(s.relaxed.recall).toBeCloseTo(0.75);
    expect(s.relaxed.f1).toBeCloseTo(2 / 3);
    // value: 2 right (2019, P3M) → P .4, R .5; 2 of 3 matched values right
    expect(s.value?.precision).toBeCloseTo(0.4);
    expect(s.value?.recall).toBeCloseTo(0.5);
    expect(s.value?.f1).toBeCloseTo(4 / 9);
    expect(s.value?.accuracy).toBeCloseTo(2 / 3);
  });

  it('has no value figures when no gold item has a value', () => {
    const g = [gold(0, 3), gold(5, 8)];
    const p = [pred(0, 3, '5 USD')];
    const s = scoreKind(addMatching(emptyCounts(), matchSpans(g, p), g, p));
    expect(s.value).toBeNull();
    expect(s.strict).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
  });

  it('judges values only where gold has one', () => {
    const g = [gold(0, 3), gold(5, 8, '100 USD')];
    const p = [pred(0, 3, '5 USD'), pred(5, 8, '100 USD'), pred(10, 12, '1 USD')];
    const s = scoreKind(addMatching(emptyCounts(), matchSpans(g, p), g, p));
    // 1 valued gold; predictions less the one matched to valueless gold: 2; 1 right
    expect(s.value?.precision).toBeCloseTo(0.5);
    expect(s.value?.recall).toBeCloseTo(1);
    expect(s.value?.f1).toBeCloseTo(2 / 3);
  });

  it('counts a value right when it is any of the values a prediction offers', () => {
    const g = [gold(0, 5, 'FR')];
    const p = [pred(0, 5, 'FR', 'Paris')];
    expect(scoreKind(addMatching(emptyCounts(), matchSpans(g, p), g, p)).value?.f1).toBe(1);
  });

  it.each([
    { tp: 0, predicted: 0, gold: 3, expected: { precision: null, recall: 0, f1: 0 } },
    { tp: 0, predicted: 2, gold: 3, expected: { precision: 0, recall: 0, f1: 0 } },
    { tp: 0, predicted: 4, gold: 0, expected: { precision: 0, recall: null, f1: 0 } },
    { tp: 0, predicted: 0, gold: 0, expected: { precision: null, recall: null, f1: null } },
    { tp: 3, predicted: 3, gold: 5, expected: { precision: 1, recall: 0.6, f1: 0.75 } },
  ])('figures($tp, $predicted, $gold)', ({ tp, predicted, gold: g, expected }) => {
    expect(figures(tp, predicted, g)).toEqual(expected);
  });
});

describe('kinds', () => {
  it('maps corpus labels to kinds, names only for entities', () => {
    const span = (type: string, start: number, attrs: Record<string, unknown> = {}) => ({ start, end: start + 1, type, text: 'x', value: null, attrs });
    const g = goldItems({
      spans: [
        span('DATE', 0), span('DURATION', 1), span('SET', 2), span('TIME', 3),
        span('PER', 4, { syntactic_type: 'NAM' }), span('PER', 5, { syntactic_type: 'NOM' }), span('PER', 6),
        span('LOC', 7, { syntactic_type: 'NAM' }), span('ORG', 8, { syntactic_type: 'NAM' }), span('ORG', 9, { syntactic_type: 'PRO' }),
        span('MONEY', 10), span('PERCENT', 11), span('EVENT', 12), span('FIN', 13, { syntactic_type: 'NAM' }),
      ],
    });
    expect(g.dates.map((i) => i.start)).toEqual([0, 1, 2, 3]);
    expect(g.people.map((i) => i.start)).toEqual([4]);
    expect(g.places.map((i) => i.start)).toEqual([7]);
    expect(g.organizations.map((i) => i.start)).toEqual([8]);
    expect(g.money.map((i) => i.start)).toEqual([10]);
  });

  it('scores GUM time mentions that carry a TEI date as dates, their `when` as a TIMEX3 value', () => {
    const span = (start: number, value: string | null, attrs: Record<string, unknown> = {}) => ({ start, end: start + 1, type: 'TIME_ENT', text: 'x', value, attrs });
    const g = goldItems({
      spans: [
        span(0, '2006-02-23', { date: { when: '2006-02-23', align: 'exact' } }),
        span(1, '--10', { date: { when: '--10', align: 'exact' } }),
        span(2, '--09-30', { date: { when: '--09-30', align: 'coref' } }),
        span(3, '15:11:00', { date: { when: '15:11:00', align: 'exact' } }),
        span(4, '-0508', { date: { when: '-0508', align: 'exact' } }),
        span(5, null, { date: { from: '1900', to: '1999', align: 'det' } }),
        span(6, null), // "that time": no TEI date, not scored
      ],
    });
    expect(g.dates.map((i) => [i.start, i.value, i.type])).toEqual([
      [0, '2006-02-23', undefined],
      [1, 'XXXX-10', undefined],
      [2, 'XXXX-09-30', undefined],
      [3, null, undefined],
      [4, 'BC0508', undefined],
      [5, null, undefined],
    ]);
  });

  it('parses --kinds and rejects unknown words', () => {
    expect(parseKinds('people,dates')).toEqual(['dates', 'people']);
    expect(() => parseKinds('dates,persons')).toThrow('unknown kind "persons"');
  });

  it('takes every mention of people and places, with their values', () => {
    const text = 'Putin met Lavrov in Moscow. Putin paid $1.8 billion.';
    const article: Article = {
      id: 'a', source: 's', text, documentDate: null, dateline: null, messages: [],
      people: [{ name: 'Vladimir Putin', role: null, mentions: [{ text: 'Putin', start: 0, end: 5 }, { text: 'Putin', start: 28, end: 33 }] }],
      places: [{ name: 'Moscow', kind: 'city', countryCode: 'RU', geonamesId: 524901, lat: 55.75, lon: 37.62, mentions: [{ text: 'Moscow', start: 20, end: 26 }] }],
      money: [{ text: '$1.8 billion', start: 39, end: 51, amount: 1800000000, currency: 'USD', qualifier: null }],
    };
    const p = predictedItems(article);
    expect(p.people.map((i) => [i.start, i.values])).toEqual([[0, ['Vladimir Putin']], [28, ['Vladimir Putin']]]);
    expect(p.places).toEqual([{ start: 20, end: 26, text: 'Moscow', values: ['RU', 'Moscow'] }]);
    expect(p.money[0]?.values).toEqual(['1800000000 USD']);
    expect(p.dates).toEqual([]);
  });
});

describe('events', () => {
  const record = (start: number, end: number, trigger: [number, number], date: string | null, args: EventRecord['arguments'] = []): EventRecord => ({
    id: `e${start}`, type: 'other', trigger: { text: 'x', start: trigger[0], end: trigger[1] }, date, dateText: null,
    participants: [], places: [], amounts: [], start, end,
    aceType: 'other', lemma: 'x', dateGrain: null, dateSource: null, tense: null, modality: 'asserted', source: null, polarity: 'positive',
    arguments: args, mentions: [{ text: 'x', start: trigger[0], end: trigger[1] }], triggerSource: 'predicate', reports: [],
  });
  const event = (start: number, end: number, time: string | null) => ({ trigger: { start, end, text: 'x' }, time });

  it('counts covered gold events and how many have the right date', () => {
    const gold = [event(10, 15, '2019-07-11'), event(40, 45, '2019'), event(60, 65, null), event(80, 85, '2020')];
    const records = [record(0, 30, [10, 15], '2019-07-11'), record(30, 50, [31, 35], '2018')];
    const { counts, misses } = scoreEvents(gold, records);
    expect(counts).toMatchObject({ goldWithTime: 3, covered: 2, dateCorrect: 1 });
    // Triggers by overlap: of the four gold triggers only [10, 15) has a record's trigger on it; [31, 35) overlaps none.
    expect(counts.triggers).toEqual({ gold: 4, predicted: 2, matched: 1 });
    expect(misses.map((m) => [m.gold.trigger.start, m.record?.date ?? null])).toEqual([[40, '2018'], [80, null]]);
  });

  it.each([
    { name: 'the same trigger', records: [record(0, 100, [50, 55], '2001'), record(0, 100, [8, 20], '2003'), record(0, 100, [10, 15], '2002')] },
    { name: 'the trigger overlapping most', records: [record(0, 100, [14, 30], '2001'), record(0, 100, [8, 13], '2002'), record(5, 60, [40, 45], '2003')] },
    { name: 'the narrowest record', records: [record(0, 100, [50, 55], '2001'), record(5, 20, [16, 19], '2002'), record(8, 40, [30, 35], '2003')] },
  ])('dates a gold event by the covering record with $name', ({ records }) => {
    // gold trigger [10, 15), time 2002: only the chosen record says 2002
    expect(scoreEvents([event(10, 15, '2002')], records).counts).toMatchObject({ goldWithTime: 1, covered: 1, dateCorrect: 1 });
  });

  it('scores arguments by role on the events whose trigger was found, by overlap', () => {
    // gold: Arg0 [0, 5) and Arg1 [20, 30); the record says agent [0, 5), patient [31, 35) (no overlap) and amount [40, 44).
    const gold = [{ ...event(10, 15, null), participants: [{ role: 'Arg0', start: 0, end: 5, text: 'x' }, { role: 'Arg1', start: 20, end: 30, text: 'x' }], locations: [], amounts: [] }];
    const arg = (role: EventRecord['arguments'][number]['role'], start: number, end: number) => ({ role, text: 'x', start, end, ref: null });
    const { counts } = scoreEvents(gold, [record(0, 50, [10, 15], null, [arg('agent', 0, 5), arg('patient', 31, 35), arg('amount', 40, 44)])]);
    expect(counts.roles).toEqual({
      agent: { gold: 1, predicted: 1, matched: 1 },
      patient: { gold: 1, predicted: 1, matched: 0 },
      place: { gold: 0, predicted: 0, matched: 0 },
      amount: { gold: 0, predicted: 1, matched: 0 },
    });
  });

  it.each([
    // gold time, record date and tense, right?
    { time: '2019-07-11', date: '2019-07-11', tense: 'present', right: true },
    { time: '2019-07-11', date: null, tense: 'present', right: false },
    // "is currently the head": now is the document's day, undated in the present too.
    { time: 'PRESENT_REF', date: '2019-07-11', tense: 'present', right: true },
    { time: 'PRESENT_REF', date: null, tense: 'present', right: true },
    { time: 'PRESENT_REF', date: '2019-07-10', tense: 'past', right: false },
    // "recent government moves", "will secure ... in the long term": no day, only before or after the document's.
    { time: 'PAST_REF', date: null, tense: 'past', right: true },
    { time: 'PAST_REF', date: 'PAST_REF', tense: 'past', right: true },
    { time: 'PAST_REF', date: '2019-07-08', tense: 'past', right: false },
    { time: 'PAST_REF', date: null, tense: 'future', right: false },
    { time: 'FUTURE_REF', date: null, tense: 'future', right: true },
    { time: 'FUTURE_REF', date: null, tense: null, right: false },
    { time: 'FUTURE_REF', date: '2019-07-11', tense: 'present', right: false },
  ] as const)('dates $time right with date $date and tense $tense: $right', ({ time, date, tense, right }) => {
    expect(datesRight({ ...record(0, 10, [0, 5], date), tense }, time, '2019-07-11')).toBe(right);
  });

  it('counts only the triggers before the end of what the corpus annotates', () => {
    const { counts } = scoreEvents([event(10, 15, null)], [record(0, 20, [10, 15], null), record(100, 120, [105, 110], null)], 50);
    expect(counts.triggers).toEqual({ gold: 1, predicted: 1, matched: 1 });
  });
});

const doc1Text = 'Boeing hired John Smith in Paris.\nJohn Smith said on Monday it cost $5.';
const corpusLine = (id: string, spans: object[], events: object[] = []) =>
  JSON.stringify({ id, source: 'test', dct: '2019-07-11', text: doc1Text, spans, events });
const spans1 = [
  { start: 0, end: 6, type: 'ORG', text: 'Boeing', value: null, attrs: { syntactic_type: 'NAM' } },
  { start: 13, end: 23, type: 'PER', text: 'John Smith', value: null, attrs: { syntactic_type: 'NAM' } },
  { start: 27, end: 32, type: 'LOC', text: 'Paris', value: null, attrs: { syntactic_type: 'NAM' } },
  { start: 34, end: 44, type: 'PER', text: 'John Smith', value: null, attrs: { syntactic_type: 'NAM' } },
  { start: 53, end: 59, type: 'DATE', text: 'Monday', value: '2019-07-08', attrs: {} },
  { start: 68, end: 70, type: 'MONEY', text: '$5', value: null, attrs: {} },
];

describe('corpus', () => {
  it('reads documents and their spans', () => {
    const docs = parseCorpus(`${corpusLine('d1', spans1, [{ trigger: { start: 45, end: 49, text: 'said' }, time: '2019-07-08' }])}\n\n`, 'c.jsonl');
    expect(docs).toHaveLength(1);
    expect(docs[0]?.spans).toHaveLength(6);
    expect(docs[0]?.events).toEqual([{ trigger: { start: 45, end: 49, text: 'said' }, time: '2019-07-08', participants: [], locations: [], amounts: [] }]);
  });

  it.each([
    { name: 'bad JSON', jsonl: `${corpusLine('d1', [])}\n{"id": `, error: 'c.jsonl:2: not valid JSON' },
    { name: 'text not at offsets', jsonl: corpusLine('d1', [{ start: 0, end: 6, type: 'ORG', text: 'Boeinx' }]), error: 'c.jsonl:1: spans[0]: text "Boeinx"' },
    { name: 'offsets past the end', jsonl: corpusLine('d1', [{ start: 60, end: 99, type: 'ORG', text: 'x' }]), error: 'c.jsonl:1: spans[0]: bad offsets 60..99' },
    { name: 'no text', jsonl: '{"id": "d1"}', error: 'c.jsonl:1: "text" must be a string' },
    { name: 'empty', jsonl: '\n', error: 'c.jsonl: no documents' },
  ])('rejects $name', ({ jsonl, error }) => {
    expect(() => parseCorpus(jsonl, 'c.jsonl')).toThrow(error);
  });
});

describe('gold overlay', () => {
  const docs: CorpusDocument[] = parseCorpus([corpusLine('d1', spans1), corpusLine('d2', spans1)].join('\n'), 'c.jsonl');
  const overlay = (spans: object[], extra: object = {}) =>
    parseGoldOverlay({ corpus: 'meantime/dev.jsonl', documents: { d2: { kinds: ['people', 'places'], spans } }, ...extra }, 'names.json');

  it('scores only its documents and replaces the listed kinds', () => {
    const o = overlay([
      { start: 13, end: 23, type: 'PER', text: 'John Smith', value: 'John Smith' },
      { start: 34, end: 44, type: 'people', text: 'John Smith' },
      { start: 0, end: 6, type: 'PER', text: 'Boeing' },
    ]);
    const scored = applyGoldOverlay(docs, o, '../shared/corpora/meantime/dev.jsonl');
    expect(scored.map((s) => s.doc.id)).toEqual(['d2']);
    const g = scored[0]!.gold;
    expect(g.people.map((i) => [i.start, i.value])).toEqual([[0, null], [13, 'John Smith'], [34, null]]);
    expect(g.places).toEqual([]); // listed kind, no spans: none in this document
    expect(g.dates.map((i) => i.value)).toEqual(['2019-07-08']); // not listed: the corpus's
    expect(g.organizations).toHaveLength(1);
  });

  it('names the document and span whose text is not at its offsets', () => {
    const o = overlay([{ start: 13, end: 22, type: 'PER', text: 'John Smith' }]);
    expect(() => applyGoldOverlay(docs, o, 'x/meantime/dev.jsonl')).toThrow('names.json: document "d2" spans[0] "John Smith": text "John Smith" is not the document text at 13..22');
  });

  it.each([
    { name: 'a span of an unlisted kind', make: () => overlay([{ start: 0, end: 6, type: 'ORG', text: 'Boeing' }]), error: 'type "ORG" is not one of the document\'s kinds' },
    { name: 'an unknown kind', make: () => parseGoldOverlay({ documents: { d2: { kinds: ['persons'], spans: [] } } }, 'o.json'), error: 'document "d2": unknown kind "persons"' },
    { name: 'a document not in the corpus', make: () => parseGoldOverlay({ documents: { d9: { kinds: ['people'], spans: [] } } }, 'o.json'), error: 'document "d9" is not in' },
    { name: 'another corpus', make: () => overlay([], { corpus: 'other/dev.jsonl' }), error: 'annotates other/dev.jsonl, not' },
  ])('rejects $name', ({ make, error }) => {
    expect(() => applyGoldOverlay(docs, make(), 'x/meantime/dev.jsonl')).toThrow(error);
  });
});

describe('annotatedExtent', () => {
  const doc = (text: string, spanEnds: number[], triggerEnds: number[] = []) => ({
    text,
    spans: spanEnds.map((end) => ({ start: end - 1, end, type: 'PER', text: text.slice(end - 1, end), value: null, attrs: {} })),
    events: triggerEnds.map((end) => ({ trigger: { start: end - 1, end, text: text.slice(end - 1, end) } })),
  });
  it('ends at the end of the line holding the last span or trigger', () => {
    const text = 'Head\nline two here\nline three\nfour';
    expect(annotatedExtent(doc(text, [2]) as never)).toBe(4);
    expect(annotatedExtent(doc(text, [2], [8]) as never)).toBe(18);
    expect(annotatedExtent(doc(text, [33]) as never)).toBe(text.length);
    expect(annotatedExtent(doc(text, []) as never)).toBe(4);
  });
});

describe('evaluateDocuments', () => {
  it('scores a real pipeline that extracts nothing: gold counts, zero recall', () => {
    const pipeline = createPipeline(resolveConfig({ stages: ['read', 'segment'] }, stageIds));
    const docs = parseCorpus(corpusLine('d1', spans1, [{ trigger: { start: 45, end: 49, text: 'said' }, time: '2019-07-08' }]), 'c.jsonl');
    const result = evaluateDocuments(pipeline, docs.map((doc) => ({ doc, gold: goldItems(doc), scoredUntil: untilForAll(doc.text.length) })), ['people', 'dates', 'money']);
    expect(Object.keys(result.kinds)).toEqual(['people', 'dates', 'money']);
    expect(result.kinds.people).toMatchObject({ gold: 2, predicted: 0, relaxed: { precision: null, recall: 0, f1: 0 } });
    expect(result.kinds.dates?.gold).toBe(1);
    expect(result.kinds.money?.value).toBeNull();
    expect(result.events).toMatchObject({ goldWithTime: 1, covered: 0, dateCorrect: 0, dateAccuracy: null, triggers: { gold: 1, predicted: 0, matched: 0 } });
    expect(result.discrepancies.map((d) => [d.kind, d.what, d.start])).toEqual([
      ['people', 'miss', 13], ['people', 'miss', 34], ['dates', 'miss', 53], ['money', 'miss', 68], ['events', 'uncovered', 45],
    ]);
    // 40 characters either side: cut before offset 13, the text ends 11 characters after.
    expect(result.discrepancies[2]?.context).toBe('…John Smith in Paris.⏎John Smith said on [Monday] it cost $5.');
  });
});

describe('eval command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-extract-eval-'));
  let out = '';
  let err = '';
  const run = (args: Partial<Parameters<typeof runEval>[0]> & { corpus: string }) => {
    out = '';
    err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
    runEval({ verbose: false, json: false, ...args });
    vi.restoreAllMocks();
    const code = process.exitCode;
    process.exitCode = undefined;
    return code;
  };
  afterEach(() => vi.restoreAllMocks());
  const corpus = join(dir, 'ok.jsonl');
  writeFileSync(corpus, `${corpusLine('d1', spans1)}\n${corpusLine('d2', spans1)}\n`);

  it('prints JSON figures and exits 0', () => {
    expect(run({ corpus, json: true, kinds: 'people,money', limit: 1 })).toBe(0);
    const report = JSON.parse(out);
    expect(report.documents).toBe(1);
    expect(Object.keys(report.kinds)).toEqual(['people', 'money']);
    expect(report.kinds.people.gold).toBe(2);
    expect(report.kinds.money.gold).toBe(1);
    expect(err).toBe('');
  });

  it('prints a table with a row per kind and, with --verbose, every miss in context', () => {
    const config = join(dir, 'no-extraction.config.json');
    writeFileSync(config, '{"stages": ["read", "segment"]}');
    expect(run({ corpus, config, verbose: true })).toBe(0);
    expect(out).toContain('d1  people miss "John Smith" @13-23\n    Boeing hired [John Smith] in Paris.⏎John Smith said on Monday it …\n');
    expect(out).toContain('d2  dates miss "Monday" @53-59 expected 2019-07-08, got –');
    const lines = out.split('\n');
    expect(lines.filter((l) => /^(dates|people|places|organizations|money) /.test(l))).toHaveLength(5);
    expect(out).toContain('events: 0 gold events with a time');
    expect(out).toMatch(/^TIMEX3 types of dates \(rows: gold, columns: predicted; – = none\)$/m);
    expect(out).toMatch(/^TIMEX3 value errors of dates by shape \(expected → got\): 0$/m);
  });

  it.each([
    { name: 'a missing corpus', file: 'absent.jsonl', content: null, error: 'cannot read the corpus (ENOENT)' },
    { name: 'a malformed corpus', file: 'bad.jsonl', content: '{"id": "d1", "text": 5}\n', error: 'bad.jsonl:1: "text" must be a string' },
  ])('reports $name in one line on stderr and exits 2', ({ file, content, error }) => {
    const path = join(dir, file);
    if (content !== null) writeFileSync(path, content);
    expect(run({ corpus: path })).toBe(2);
    expect(err).toContain(error);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(out).toBe('');
  });

  it('rejects an unknown --kinds word with exit 2', () => {
    expect(run({ corpus, kinds: 'dates,persons' })).toBe(2);
    expect(err).toContain('unknown kind "persons"');
  });

  it('rejects a bad --config file with exit 2, naming the file', () => {
    const config = join(dir, 'bad.config.json');
    writeFileSync(config, '{"stages": ["dates"], "colour": "red"}');
    expect(run({ corpus, config })).toBe(2);
    expect(err).toContain(`${config}: colour: unknown key`);
  });

  it('reads a --gold overlay and scores only its documents', () => {
    const gold = join(dir, 'overlay.json');
    writeFileSync(gold, JSON.stringify({ documents: { d2: { kinds: ['people'], spans: [{ start: 13, end: 23, type: 'PER', text: 'John Smith' }] } } }));
    expect(run({ corpus, gold, json: true, kinds: 'people' })).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ documents: 1, kinds: { people: { gold: 1 } } });
  });
});

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const meantimePath = resolve(repoRoot, '../shared/corpora/meantime/dev.jsonl');

describe.skipIf(!existsSync(meantimePath))('MEANTIME dev corpus (skipped: ../shared/corpora/meantime/dev.jsonl is absent)', () => {
  it('has the gold counts counted from the file by hand', () => {
    const docs = loadEvalDocuments(meantimePath);
    expect(docs).toHaveLength(32);
    const pipeline = createPipeline(resolveConfig({}, stageIds));
    const result = evaluateDocuments(pipeline, docs);
    // DATE 112 + DURATION 10 + TIME 5 + SET 2; names (syntactic_type NAM): PER 29, LOC 44, ORG 136; MONEY 23.
    // Name spans around another of the same kind count once, as the inner one: PER 29 - 4, LOC 44 - 2, ORG 136 - 11.
    expect(Object.fromEntries(Object.entries(result.kinds).map(([k, s]) => [k, s.gold]))).toEqual({
      dates: 129, people: 25, places: 42, organizations: 125, money: 23,
    });
    expect(result.kinds.money?.value).toBeNull();
    expect(result.kinds.dates?.value).not.toBeNull();
    expect(result.events.goldWithTime).toBe(116);
  });

  it('splits it into 24 documents to tune on and 8 to report, every 4th one the test part', () => {
    const ids = (split?: 'tune' | 'test') => loadEvalDocuments(meantimePath, { split }).map(({ doc }) => doc.id);
    const all = ids();
    expect(ids('test')).toEqual([all[3], all[7], all[11], all[15], all[19], all[23], all[27], all[31]]);
    expect(ids('tune')).toHaveLength(24);
    expect(new Set([...ids('tune'), ...ids('test')]).size).toBe(32);
  });
});
