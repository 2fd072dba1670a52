import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';

/** Session 20, the lead's read of news he wrote: sentences written from reading them, run through the whole pipeline. */
const pipeline = createPipeline(resolveConfig({}, stageIds));
const eventsOf = (text: string) => pipeline.process({ id: 't', source: 't', text, date: '2025-04-04' }).events ?? [];
const triggers = (text: string): string[] => eventsOf(text).map((e) => e.trigger.text);
const argumentsOf = (text: string, trigger: string, role: string): string[] =>
  (eventsOf(text).find((e) => e.trigger.text === trigger)?.arguments ?? []).filter((a) => a.role === role).map((a) => a.text);

// titles.ts titleOfPerson (finding E4): the word that tells an office before a role word and a name ("Energy Minister
// Prince ...", "Commerce Secretary ...", "the trade minister ...") is part of the title, no event.
describe('s20: the first word of a title is no event', () => {
  it.each([
    ['Energy Minister Prince Abdulaziz bin Salman told a video conference that output would rise.', 'Energy'],
    ['Commerce Secretary Howard Lutnick said revenue would grow.', 'Commerce'],
    ['The trade minister Piyush Goyal said talks would resume.', 'trade'],
  ])('%s: no "%s" event', (text, word) => {
    expect(triggers(text)).not.toContain(word);
  });

  it.each([
    ['He praised President Lula for the trade deal.', 'praised'],
    ['He praised President Lula for the trade deal.', 'trade'],
    ['The two leaders met Foreign Minister Mauro Vieira on Monday.', 'met'],
  ])('must not fire: %s "%s" is still an event', (text, word) => {
    expect(triggers(text)).toContain(word);
  });
});

// roles.ts (finding E2): a passive's "by" before a date is a deadline, no doer ("could be signed by the end of the year" gave
// the agent "the end").
describe('s20: a deadline after a passive is no agent', () => {
  it.each([
    ['Lula said the agreement could be signed by the end of the year.', 'signed'],
    ['The bridge will be rebuilt by next spring.', 'rebuilt'],
    ['The deal is expected to be completed by the end of June.', 'completed'],
  ])('%s: "%s" has no agent', (text, trigger) => {
    expect(triggers(text)).toContain(trigger);
    expect(argumentsOf(text, trigger, 'agent')).toEqual([]);
  });

  it('must not fire: a doer after "by" stays the agent', () => {
    expect(argumentsOf('The plant was bought by Siemens in 2019.', 'bought', 'agent')).toEqual(['Siemens']);
  });
});
