import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';
import { DCT, dated } from './helpers/event-dates.js';

/**
 * Session 20 fix round, the lead's findings on event dates and places. Sentences written for these tests, in the style of
 * news; the document date is Friday 12 March 2021.
 */
const pipeline = createPipeline(resolveConfig({}, stageIds));

/** The places of the event whose trigger is `trigger`. */
function placesOf(text: string, trigger: string): string[] {
  const events = pipeline.process({ id: 't', source: 't', text, date: DCT }).events ?? [];
  const event = events.find((e) => e.trigger.text === trigger);
  expect(event, `a record "${trigger}" in ${JSON.stringify(events.map((e) => e.trigger.text))}`).toBeDefined();
  return event!.places;
}

/** One test per row: the event whose trigger is the row's word has the row's places. */
const placed = (name: string, rows: Array<[string, string, string[]]>): void => {
  describe(name, () => {
    it.each(rows)('%s: "%s" in %j', (text, trigger, places) => expect(placesOf(text, trigger)).toEqual(places));
  });
};

// roles.ts commaPhraseEnd: a participle's phrase set off by commas runs over "and" between names, so its date and place
// stay its own and the main verb after it takes neither (E9).
const FOUNDED = 'The fast-fashion retailer, founded in Los Angeles in 1984 by Korean immigrants Do Won Chang and Jin Sook Chang, listed assets of $1 billion in its Chapter 11 filing in Delaware.';
const OPENED = 'The chain, opened in Ohio in 1990 by brothers John Smith and Paul Smith, closed its last store.';
const FORMED = 'The band, formed in Oslo in 2001 by Anna Berg and Tom Lind, released a new album.';
dated("s20 fix: a set-off participle's date is its own, over names joined by 'and'", [
  [FOUNDED, 'founded', '1984'],
  [FOUNDED, 'listed', DCT],
  [OPENED, 'opened', '1990'],
  [OPENED, 'closed', DCT],
  [FORMED, 'released', DCT],
]);
placed("s20 fix: a set-off participle's place is its own", [
  [FOUNDED, 'founded', ['Los Angeles']],
  [FOUNDED, 'listed', ['Delaware']],
  [FORMED, 'formed', ['Oslo']],
  [FORMED, 'released', []],
]);

// report.ts: nor does the participle take the main verb's date after the phrase; with none of its own it is no news of the day.
dated("s20 fix: the main verb's date is not the describing participle's", [
  ['The company, founded by Anna Berg, went public in 2001.', 'founded', null],
  ['The company, founded by Anna Berg, went public in 2001.', 'went public', '2001'],
]);

// Must not fire: a verb of saying right after its subject, with no commas, is the day's news, not a describing phrase.
dated('s20 fix: a statement right after its subject', [
  ['Police said about 4,000 officers were deployed.', 'said', DCT],
]);

// Must not fire: "and" before a verb still ends the phrase's reach; coordinated verbs with their own dates keep them.
dated('s20 fix: a participle phrase joined to another', [
  ['The plant, built in 1975 and expanded in 1990, was sold on Monday.', 'built', '1975'],
  ['The plant, built in 1975 and expanded in 1990, was sold on Monday.', 'expanded', '1990'],
  ['The plant, built in 1975 and expanded in 1990, was sold on Monday.', 'sold', '2021-03-08'],
]);

// reported-content.ts: what a statement reports as only possible or to come ("that the agreement could be signed") takes
// neither the place nor the "when" clause's date of the frame it was told in (E2).
const BERLIN = 'The leaders last met in Berlin in September, when Lula told reporters that the agreement could be signed by the end of the year.';
const MADRID = 'The ministers met in Madrid in January, when the premier said that the treaty would be ratified within weeks.';
dated('s20 fix: a possible event reported in a "when" clause', [
  [BERLIN, 'told', '2020-09'],
  [BERLIN, 'signed', '2021'],
  [MADRID, 'said', '2021-01'],
]);
placed('s20 fix: a possible event reported in a framed statement', [
  [BERLIN, 'met', ['Berlin']],
  [BERLIN, 'signed', []],
  [MADRID, 'ratified', []],
  ['In Lyon, the mayor said that the stadium could host the final.', 'host', []],
]);

// Must not fire: what is reported as done keeps the frame's place.
placed('s20 fix: a reported fact in its frame', [
  ['In Berlin, police said that two men were arrested.', 'arrested', ['Berlin']],
]);
