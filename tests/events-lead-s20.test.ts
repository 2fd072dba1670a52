import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';

/** Session 20, the lead's read of news he wrote: sentences written from reading them, run through the whole pipeline. */
const pipeline = createPipeline(resolveConfig({}, stageIds));
const triggers = (text: string): string[] =>
  (pipeline.process({ id: 't', source: 't', text, date: '2025-04-04' }).events ?? []).map((e) => e.trigger.text);

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
