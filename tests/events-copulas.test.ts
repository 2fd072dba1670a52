import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../src/types.js';
import { allEvents, articleOf, type Fixture } from './helpers/event-fixtures.js';

/**
 * Copulas as TimeML marks them: "be" with what it says of its subject is a state, an event of its
 * own ("will be available", "was a success"), with the copula's tense and modality; its subject is
 * what the state is of (be.01's Arg1, the patient). "be" as an auxiliary is none. Expected records
 * written from reading the sentences; the document date is Thursday 11 July 2019.
 */
interface Expected {
  trigger: string;
  lemma?: string;
  date?: string | null;
  tense?: EventRecord['tense'];
  modality?: EventRecord['modality'];
  polarity?: EventRecord['polarity'];
  roles?: string[];
}

function expectRecord(text: string, fixture: Omit<Fixture, 'sentences'>, x: Expected): void {
  const events = allEvents(articleOf(text, { sentences: [text], ...fixture }));
  const e = events.find((r) => r.trigger.text === x.trigger);
  expect(e, `a record for "${x.trigger}" in ${JSON.stringify(events.map((r) => r.trigger.text))}`).toBeDefined();
  const got: Record<string, unknown> = {};
  const want: Record<string, unknown> = {};
  for (const key of ['lemma', 'date', 'tense', 'modality', 'polarity'] as const) if (x[key] !== undefined) [got[key], want[key]] = [e![key], x[key]];
  if (x.roles) [got.roles, want.roles] = [e!.arguments.map((a) => `${a.role}:${a.text}`), x.roles];
  expect(got).toEqual(want);
}

describe('events: a copula and what it says of its subject', () => {
  it('"will be available on September 17": a state still to come, on its date', () => {
    const text = 'The new software will be available on September 17.';
    expectRecord(text, { dates: [['September 17', '2019-09-17']] }, {
      trigger: 'be',
      lemma: 'be available',
      date: '2019-09-17',
      tense: 'future',
      modality: 'planned',
      roles: ['patient:The new software', 'time:September 17'],
    });
  });

  it('"was a success": past, its subject what it is said of', () => {
    const text = 'The launch was a success.';
    expectRecord(text, {}, { trigger: 'was', lemma: 'be success', tense: 'past', polarity: 'positive', roles: ['patient:The launch'] });
  });

  it('"was not a success": denied after the copula; "plan" the noun puts nothing ahead', () => {
    const text = 'The plan was not a success.';
    expectRecord(text, {}, { trigger: 'was', polarity: 'negative', modality: 'asserted', tense: 'past', roles: ['patient:The plan'] });
  });

  it('a named subject is what the state is of, a place where it holds', () => {
    const text = 'Ford is the largest carmaker in the United States.';
    expectRecord(
      text,
      { organizations: [{ name: 'Ford', mentions: [['Ford']] }], places: [{ name: 'United States', kind: 'country', countryCode: 'US', mentions: [['United States']] }] },
      { trigger: 'is', lemma: 'be carmaker', date: '2019-07-11', tense: 'present', roles: ['patient:Ford', 'place:United States'] },
    );
  });

  it('"was down 7%": how far its subject stands down is an amount', () => {
    const text = 'The index was down more than 7% on Monday.';
    expectRecord(text, { dates: [['Monday', '2019-07-08']] }, { trigger: 'was', lemma: 'be down', date: '2019-07-08', roles: ['patient:The index', 'amount:7%', 'time:Monday'] });
  });

  it.each([
    ['Volvo was bought by Geely.', 'was'],
    ['Ford is building a new plant.', 'is'],
    ['The plant has been sold.', 'been'],
    ['There is no agreement yet.', 'is'],
    ['There have been protests.', 'been'],
  ])('"be" as an auxiliary, or "there is", is no event: %s', (text, word) => {
    const events = allEvents(articleOf(text, { sentences: [text] }));
    expect(events.map((e) => e.trigger.text)).not.toContain(word);
  });
});

describe('events: dates a verb\'s own tense decides', () => {
  it('a present tense is now, whatever "recent" says of a noun in its clause', () => {
    const text = 'This is an exciting time in our recent history.';
    expectRecord(text, { dates: [['recent', 'PAST_REF']] }, { trigger: 'is', date: '2019-07-11', tense: 'present' });
  });

  it('"want to know ..., as X is": the infinitive does not reach the clause after "as"', () => {
    const text = 'We want to know more, as safety is our top priority.';
    expectRecord(text, {}, { trigger: 'is', date: '2019-07-11', tense: 'present', modality: 'asserted' });
  });
});

describe('events: a copula\'s own time and denial', () => {
  it('"this is not the first time ...": the present copula is now, not the past year later in its clause; its "not" denies no event after it', () => {
    const text = 'This is not the first time deadly stampedes have taken place, with the deadliest in 1991.';
    const events = allEvents(articleOf(text, { sentences: [text], dates: [['1991', '1991']] }));
    const is = events.find((e) => e.trigger.text === 'is');
    expect([is?.date, is?.tense, is?.polarity]).toEqual(['2019-07-11', 'present', 'negative']);
    expect(events.find((e) => e.trigger.text === 'stampedes')?.polarity).toBe('positive');
  });

  it.each([['empty'], ['idle']])('a past copula keeps its past date: "the plant was %s in 2015"; the adjective is no verb of its own', (adjective) => {
    const text = `The plant was ${adjective} in 2015.`;
    expectRecord(text, { dates: [['2015', '2015']] }, { trigger: 'was', lemma: `be ${adjective}`, date: '2015', tense: 'past', roles: ['patient:The plant', 'time:2015'] });
    expect(allEvents(articleOf(text, { sentences: [text], dates: [['2015', '2015']] })).map((e) => e.trigger.text)).toEqual(['was']);
  });
});

describe('events: what a copula says stops at a comma or quote, and a value is no state (review item 4)', () => {
  it('"The deal is worth $5 billion": the amount stays the deal\'s, no "be worth" event', () => {
    const text = 'The deal is worth $5 billion and is expected to close in June.';
    const events = allEvents(articleOf(text, { sentences: [text], money: [['$5 billion', 5e9, 'USD', null]], dates: [['June', '2020-06']] }));
    expect(events.map((e) => e.lemma)).not.toContain('be worth');
    expect(events.find((e) => e.trigger.text === 'deal')?.arguments.filter((a) => a.role === 'amount').map((a) => a.text)).toEqual(['$5 billion']);
  });

  it.each([
    ['"The deal is done," Smith said.', 'is', 'be done', ['patient:The deal']],
    ['"It was a mistake," Smith, 54, said.', 'was', 'be mistake', ['patient:It']],
    ['"Demand is strong," Jones told reporters.', 'is', 'be strong', ['patient:Demand']],
  ])('a quote ends what the copula says: %s', (text, trigger, lemma, roles) => {
    const speaker = text.includes('Smith') ? 'Smith' : 'Jones';
    expectRecord(text, { people: [{ name: speaker, role: null, mentions: [[speaker]] }] }, { trigger, lemma, roles });
  });

  it('"The thing is, nobody knows": nothing past the comma is said of the thing', () => {
    const text = 'The thing is, nobody knows.';
    const events = allEvents(articleOf(text, { sentences: [text] }));
    expect(events.map((e) => e.lemma)).not.toContain('be nobody');
  });

  it('"will be available next week": the date after the head is none of it', () => {
    const text = 'The update will be available next week.';
    expectRecord(text, { dates: [['next week', '2019-W29']] }, { trigger: 'be', lemma: 'be available', date: '2019-W29' });
  });
});

describe('events: a participle that looks like the bare verb makes "be" its auxiliary (review2 item 1)', () => {
  const lemmasOf = (text: string) => allEvents(articleOf(text, { sentences: [text] })).map((e) => `${e.trigger.text}:${e.lemma}`);
  it.each([
    ['A woman was hit by a bus on Monday and two men were hurt.', ['hit:hit', 'hurt:hurt']],
    ['Two people were hurt in the crash on Monday.', ['hurt:hurt']],
    ['The oil was spread across the beach.', ['spread:spread']],
    ['Shares were split two for one in May.', ['split:split']],
    ['His bail was set at $1 million.', ['set:set']],
    ['The trial date was set for June.', ['set:set']],
    ['Power was cut to 10,000 homes.', ['cut:cut']],
    ['Jobs will be cut.', ['cut:cut']],
    ['He was cast as the villain.', ['cast:cast']],
  ])('%s: the passive verb is the event, once, with its own lemma; no "be" state', (text, verbs) => {
    const got = lemmasOf(text);
    expect(got.filter((l) => /:be(?: |$)/.test(l))).toEqual([]);
    for (const v of verbs) expect(got.filter((l) => l === v), JSON.stringify(got)).toHaveLength(1);
  });

  it.each([
    ['A curfew was put in place on Tuesday.', 'put'],
    ['He was beat up by a gang outside a bar.', 'beat'],
    ['The building was put up for sale in January.', 'put'],
  ])('%s: the phrasal verb in the passive is the event, not "be" with its particle', (text, verb) => {
    const got = lemmasOf(text);
    expect(got.filter((l) => /:be(?: |$)/.test(l))).toEqual([]);
    expect(got.filter((l) => l.startsWith(verb) && l.includes(`:${verb}`)), JSON.stringify(got)).toHaveLength(1);
  });

  it.each([
    ['A woman was hit by a bus on Monday and two men were hurt.', 'hit', 'patient:A woman', ['agent:a bus']],
    ['Two people were hurt in the crash on Monday.', 'hurt', 'patient:Two people', []],
    ['His bail was set at $1 million.', 'set', 'patient:His bail', []],
  ])('%s: the subject of the passive is what it befell; its agent only what follows "by"', (text, trigger, patient, agents) => {
    const e = allEvents(articleOf(text, { sentences: [text] })).find((r) => r.trigger.text === trigger);
    const roles = e?.arguments.map((a) => `${a.role}:${a.text}`) ?? [];
    expect(roles).toContain(patient);
    expect(roles.filter((r) => r.startsWith('agent:'))).toEqual(agents);
  });

  it('"He was let go by the club on Friday": no "be go" state', () => {
    expect(lemmasOf('He was let go by the club on Friday.').filter((l) => /:be(?: |$)/.test(l))).toEqual([]);
  });
});

describe('events: a date that is the copula\'s subject dates it (review2, minor)', () => {
  it('"Last year is the hottest on record, scientists say": the state is of last year', () => {
    const text = 'Last year is the hottest on record, scientists say.';
    expectRecord(text, { dates: [['Last year', '2018']] }, { trigger: 'is', lemma: 'be hottest', date: '2018' });
  });
});
