import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';

const pipeline = createPipeline(resolveConfig({ stages: ['read'] }, stageIds));
const read = (text: string, date: string | null = null) => pipeline.process({ id: 't', source: 't', text, date });

describe('read: datelines', () => {
  const cases: Array<[string, string | null, string | null, string]> = [
    // text, place, date, dateline text
    ['MOSCOW, July 11, 2019 (Reuters) - Talks began.', 'Moscow', '2019-07-11', 'MOSCOW, July 11, 2019 (Reuters)'],
    ['MOSCOW (Sputnik - 11th July, 2019) The talks began.', null, null, ''],
    ['WASHINGTON, March 3, 2021 (Wire) - Acme said.', 'Washington', '2021-03-03', 'WASHINGTON, March 3, 2021 (Wire)'],
    ['NEW YORK — Stocks rose on Monday.', 'New York', null, 'NEW YORK'],
    ['Moscow, 11 July 2019: The talks began.', 'Moscow', '2019-07-11', 'Moscow, 11 July 2019'],
    ['ST. PETERSBURG, Fla., June 2, 2020 (AP) - Rain fell.', 'St. Petersburg', '2020-06-02', 'ST. PETERSBURG, Fla., June 2, 2020 (AP)'],
  ];
  it.each(cases)('%s', (text, place, date, datelineText) => {
    const a = read(text);
    if (datelineText === '') {
      // "(Sputnik - 11th July, 2019)" holds its own dash: the dateline is the place and the parenthesis.
      expect(a.dateline?.place).toBe('Moscow');
      expect(a.dateline?.date).toBe('2019-07-11');
      return;
    }
    expect(a.dateline).not.toBeNull();
    expect(a.dateline!.place).toBe(place);
    expect(a.dateline!.date).toBe(date);
    expect(text.slice(a.dateline!.start, a.dateline!.end)).toBe(datelineText);
  });

  it('takes a year-less dateline date from the input date year', () => {
    const a = read('FRANKFURT, March 3 (Reuters) - Shares fell.', '2021-03-04');
    expect(a.dateline?.date).toBe('2021-03-03');
    expect(a.documentDate).toBe('2021-03-04'); // the input date comes first
    expect(a.documentDateSource).toBe('input');
  });

  it('finds no dateline in ordinary sentences', () => {
    for (const text of ['The minister said on Monday - after a pause - that talks would go on.', 'Officials met on Monday.', 'In Paris, prices rose - sharply.'])
      expect(read(text).dateline, text).toBeNull();
  });
});

describe('read: headline and document date', () => {
  it('takes a title line above a blank line as the headline', () => {
    const text = 'Putin to Host Talks\n\nMOSCOW, 11th July, 2019 (Desk) - Talks.';
    const a = read(text);
    expect(a.headline).toEqual({ text: 'Putin to Host Talks', start: 0, end: 19 });
    expect(a.documentDate).toBe('2019-07-11');
    expect(a.documentDateSource).toBe('dateline');
  });

  it.each([
    ['November 8, 2021', '2021-11-08'],
    ['Sept. 8, 2021', '2021-09-08'],
    ['Mon, 8 Nov 2021 10:15 GMT', '2021-11-08'],
    ['2021-11-08', '2021-11-08'],
  ])('takes a line that is only a date, "%s", under the headline as the document date', (line, date) => {
    const a = read(`Storm Hits Coast\n\n${line}\n\nThe storm hit the coast.`);
    expect([a.documentDate, a.documentDateSource]).toEqual([date, 'dateline']);
  });

  it('does not take a line without a month or numeric date as a date line', () => {
    expect(read('Storm Hits Market\n\nMarket decides on Monday\n\nThe storm hit.').documentDate).toBeNull();
  });

  it('does not take a first sentence as a headline', () => {
    expect(read('The talks began.\n\nThey ended.').headline).toBeNull();
  });

  it('warns and leaves the date null when there is none', () => {
    const a = read('Officials met on Monday.');
    expect(a.documentDate).toBeNull();
    expect(a.messages).toEqual([{ severity: 'warning', stage: 'read', reason: 'no document date: relative dates stay underspecified' }]);
  });

  it('uses the configured option date last', () => {
    const p = createPipeline(resolveConfig({ stages: ['read'], documentDate: { sources: ['input', 'dateline', 'option'], value: '2020-01-01' } }, stageIds));
    const a = p.process({ id: 't', source: 't', text: 'Officials met on Monday.' });
    expect([a.documentDate, a.documentDateSource]).toEqual(['2020-01-01', 'option']);
  });
});
