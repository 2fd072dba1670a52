import { describe, expect, it } from 'vitest';
import { allEvents, articleOf, type Fixture } from './helpers/event-fixtures.js';

/**
 * Words the tagger or the rules read the wrong way, each with what a reader expects: expected
 * records written from reading the sentences. The document date is Thursday 11 July 2019.
 */
const run = (text: string, fixture: Omit<Fixture, 'sentences'> = {}) => allEvents(articleOf(text, { sentences: [text], ...fixture }));
const byLemma = (text: string, lemma: string, fixture: Omit<Fixture, 'sentences'> = {}) => {
  const events = run(text, fixture);
  const event = events.find((e) => e.lemma === lemma);
  expect(event, `a record "${lemma}" in ${JSON.stringify(events.map((e) => e.lemma))}`).toBeDefined();
  return event!;
};

describe('events: a verb that is its own past tense, read as a noun after its subject', () => {
  it.each([
    ['The company cut its forecast.', 'cut', 'The company', 'its forecast'],
    ['Ford cut 500 jobs.', 'cut', 'Ford', '500 jobs'],
    ['The company cut 200 jobs.', 'cut', 'The company', '200 jobs'],
  ])('%s: "%s" is the event, past, with its agent and patient', (text, lemma, agent, patient) => {
    const event = byLemma(text, lemma);
    expect(event).toMatchObject({ tense: 'past', modality: 'asserted', date: '2019-07-11' });
    expect(event.arguments.filter((a) => a.role === 'agent').map((a) => a.text)).toEqual([agent]);
    expect(event.arguments.filter((a) => a.role === 'patient').map((a) => a.text)).toEqual([patient]);
  });

  it.each([
    ['After the rate cut two weeks ago, shares rose.', 'a time after it: "the rate cut" is a noun'],
    ['The job cut plan was dropped.', 'a noun after it'],
  ])('%s: no "cut" verb (%s)', (text) => {
    expect(run(text).filter((e) => e.lemma === 'cut' && e.arguments.some((a) => a.role === 'agent'))).toEqual([]);
  });
});

describe('events: "plan", "aim", "hope" as nouns put nothing ahead', () => {
  it('"The plan was dropped": the dropping happened, asserted and past, not planned', () => {
    expect(byLemma('The plan was dropped.', 'drop')).toMatchObject({ modality: 'asserted', tense: 'past', date: '2019-07-11' });
  });

  it('"Their hopes rose": asserted', () => {
    expect(byLemma('Their hopes rose after the vote.', 'rise')).toMatchObject({ modality: 'asserted' });
  });

  it.each([
    ['The plan to build a new plant was dropped.', 'build'],
    ['The company plans to close the plant.', 'close'],
    ['It set up a fund with the aim of buying farmland.', 'buy'],
    ['The law, which aims to cut emissions, passed.', 'cut'],
  ])('%s: what the plan or the aim is of stays planned ("%s")', (text, lemma) => {
    expect(byLemma(text, lemma)).toMatchObject({ modality: 'planned', date: null });
  });
});

describe('events: who speaks, when what they say follows the verb', () => {
  const countries = [
    { name: 'France', kind: 'country' as const, countryCode: 'FR', mentions: [['France']] as Array<[string]> },
    { name: 'Italy', kind: 'country' as const, countryCode: 'IT', mentions: [['Italy']] as Array<[string]> },
    { name: 'Germany', kind: 'country' as const, countryCode: 'DE', mentions: [['Germany']] as Array<[string]> },
  ];
  const agents = (e: { arguments: Array<{ role: string; text: string }> }) => e.arguments.filter((a) => a.role === 'agent').map((a) => a.text);

  it('"France, Italy and Germany said the talks failed": three speakers, France too', () => {
    const said = byLemma('France, Italy and Germany said the talks failed.', 'say', { places: countries });
    // (One argument for the list, referring to each country, since session 18.)
    expect(agents(said)).toEqual(['France, Italy and Germany']);
  });

  it('"Officials in Paris, Berlin and Rome said ...": the cities are where the speakers are, not speakers', () => {
    const cities = ['Paris', 'Berlin', 'Rome'].map((name) => ({ name, kind: 'city' as const, mentions: [[name]] as Array<[string]> }));
    for (const text of ['Officials in Paris, Berlin and Rome said the talks failed.', 'The talks failed, officials in Paris, Berlin and Rome said.']) {
      const said = byLemma(text, 'say', { places: cities });
      expect(agents(said)).toEqual(['officials in Paris, Berlin and Rome'.replace(/^o/, text.startsWith('O') ? 'O' : 'o')]);
    }
  });

  it('"Sales fell in May, the company said on Monday": the fall is May\'s, the saying Monday\'s; "fell in" is no phrasal verb before a month', () => {
    const events = run('Sales fell in May, the company said on Monday.', { dates: [['May', '2019-05'], ['Monday', '2019-07-08']] });
    expect(events.find((e) => e.lemma === 'fall')).toMatchObject({ date: '2019-05' });
    expect(events.find((e) => e.lemma === 'say')).toMatchObject({ date: '2019-07-08' });
  });

  it('"The election was held on Sunday": held is the event; "held by" a holder is not', () => {
    expect(byLemma('The election was held on Sunday.', 'hold', { dates: [['Sunday', '2019-07-07']] })).toMatchObject({ date: '2019-07-07' });
    expect(run('The stake is held by a bank.').filter((e) => e.lemma === 'hold')).toEqual([]);
  });
});

describe('events: what did not happen, causes, and passives the tagger reads as adjectives', () => {
  it.each([
    ['He was unable to attend the hearing.', 'attend'],
    ['The company failed to pay its debts.', 'pay'],
    ['Russia refused to sign the treaty.', 'sign'],
    ['The minister declined to comment.', 'comment'],
  ])('%s: "%s" did not happen (negative, past)', (text, lemma) => {
    expect(byLemma(text, lemma)).toMatchObject({ polarity: 'negative', tense: 'past' });
  });

  it('"He was unable to attend": the inability itself stays asserted', () => {
    expect(byLemma('He was unable to attend the hearing.', 'be unable')).toMatchObject({ polarity: 'positive', modality: 'asserted' });
  });

  it.each([
    ['The drop in profit was due to lower demand.'],
    ['The delay was due to higher costs.'],
  ])('%s: "due to" a comparative is a cause: "be due" stays, no planned verb', (text) => {
    const events = run(text);
    expect(events.map((e) => e.lemma)).toContain('be due');
    expect(events.filter((e) => e.modality === 'planned')).toEqual([]);
  });

  it('"is set to lower rates": a verb after "set to" stays the planned event', () => {
    expect(byLemma('The bank is set to lower rates.', 'lower')).toMatchObject({ modality: 'planned' });
  });

  it.each([
    ['The road was closed.', 'close', 'The road'],
    ['The border was closed to trucks.', 'close', 'The border'],
  ])('%s: "%s" is a passive event, its subject the patient; no "be closed"', (text, lemma, patient) => {
    const events = run(text);
    expect(events.map((e) => e.lemma)).not.toContain('be closed');
    const event = byLemma(text, lemma);
    expect(event.arguments.filter((a) => a.role === 'patient').map((a) => a.text)).toEqual([patient]);
    expect(event.arguments.filter((a) => a.role === 'agent')).toEqual([]);
  });

  it('"She was pleased with the result": a feeling stays no passive event', () => {
    expect(run('She was pleased with the result.').filter((e) => e.lemma === 'please')).toEqual([]);
  });
});

describe('events: "X said to ..." is what others say of X', () => {
  it.each([
    ['Reuters said to cut jobs', 'cut', 'Reuters'],
    ['Apple said to plan new iPhone launch', 'plan', 'Apple'],
  ])('%s: no statement by %s; "%s" is the event, reported, with the subject its agent', (text, lemma, agent) => {
    const events = run(text, { headline: text, organizations: [{ name: agent, mentions: [[agent]] }] });
    expect(events.filter((e) => e.type === 'statement')).toEqual([]);
    const event = events.find((e) => e.lemma === lemma);
    expect(event).toMatchObject({ modality: 'reported' });
    expect(event!.arguments.filter((a) => a.role === 'agent').map((a) => a.text)).toEqual([agent]);
  });

  it('"The minister said on Monday that talks would resume": a statement as before', () => {
    const events = run('The minister said on Monday that talks would resume.', { dates: [['Monday', '2019-07-08']] });
    expect(events.filter((e) => e.type === 'statement').map((e) => e.trigger.text)).toEqual(['said']);
  });
});
