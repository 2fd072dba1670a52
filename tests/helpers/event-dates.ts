import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { resolveConfig } from '../../src/pipeline/config.js';
import { stageIds } from '../../src/stages/index.js';

/** Which date each event of a sentence takes, through the whole pipeline (the dates come from the dates stage, not from fixtures). */
const pipeline = createPipeline(resolveConfig({}, stageIds));
/** The document date of the rows: Friday 12 March 2021. */
export const DCT = '2021-03-12';

/** The date of the event whose trigger is `trigger`. */
function dateOf(text: string, trigger: string): string | null {
  const article = pipeline.process({ id: 't', source: 't', text, date: DCT });
  const events = article.events ?? [];
  const event = events.find((e) => e.trigger.text === trigger);
  expect(event, `a record "${trigger}" in ${JSON.stringify(events.map((e) => e.trigger.text))}`).toBeDefined();
  return event!.date;
}

/** A sentence, an event's trigger in it, that event's date. */
export type Row = [string, string, string | null];

/** One test per row: the event whose trigger is the row's word has the row's date. */
export const dated = (name: string, rows: Row[]): void => {
  describe(name, () => {
    it.each(rows)('%s: "%s" on %s', (text, trigger, value) => expect(dateOf(text, trigger)).toBe(value));
  });
};
