import { describe, expect, it } from 'vitest';
import type { PlaceKind } from '../src/types.js';
import { allEvents, articleOf } from './helpers/event-fixtures.js';

/** Places as the places stage would find them, each named once in the sentence. */
const placesOf = (...places: Array<[string, PlaceKind]>) => places.map(([name, kind]) => ({ name, kind, mentions: [[name] as [string]] }));

/** The place arguments of the record whose trigger is `trigger`. */
function placeArguments(text: string, places: Array<[string, PlaceKind]>, trigger: string): string[] | undefined {
  const events = allEvents(articleOf(text, { sentences: [text], places: placesOf(...places) }));
  const event = events.find((e) => e.trigger.text === trigger);
  event?.arguments.forEach((a) => expect(text.slice(a.start, a.end)).toBe(a.text));
  return event?.arguments.filter((a) => a.role === 'place').map((a) => a.text);
}

/** sentence, places, trigger, its place arguments: written from reading the sentence. */
const CASES: Array<[string, Array<[string, PlaceKind]>, string, string[]]> = [
  // A movement happens along its path: where it starts, goes through and ends.
  ['The jet flew from Frankfurt to Chicago via New York.', [['Frankfurt', 'city'], ['Chicago', 'city'], ['New York', 'city']], 'flew', ['Frankfurt', 'Chicago', 'New York']],
  ['The airliner crashed into the Atlantic Ocean.', [['Atlantic Ocean', 'sea']], 'crashed', ['Atlantic Ocean']],
  // Not a movement: "to" names who gets it, not where it happened.
  ['The bank sold its stake to France.', [['France', 'country']], 'sold', []],
  // A sea is no venue for anything but a movement.
  ['Security talks in the Black Sea region went on.', [['Black Sea', 'sea']], 'talks', []],
  // In the subject, a place right after a noun is that noun's: the verb after it happened no more there than anywhere.
  ['Sales in the United States fell 35%.', [['United States', 'country']], 'Sales', ['United States']],
  ['Sales in the United States fell 35%.', [['United States', 'country']], 'fell', []],
  // After the verb, the place ends its clause and is where the verb's event was.
  ['The two countries signed a treaty of mutual assistance in Moscow.', [['Moscow', 'city']], 'signed', ['Moscow']],
];

describe('events: where an event happened', () => {
  it.each(CASES)('%s (%s) → %s', (text, places, trigger, expected) => {
    expect(placeArguments(text, places, trigger)).toEqual(expected);
  });
});

describe('events: a place inside the subject', () => {
  it.each([
    // The subject is the noun with its phrases, not the place at its end: the sales fell, not the country.
    ['Sales of cars in the United States fell 35%.', 'fell', ['patient:Sales of cars in the United States']],
    ['The price of oil in Asia fell 3%.', 'fell', ['patient:The price of oil in Asia']],
    ['Exports from Germany to China fell.', 'fell', ['patient:Exports from Germany to China']],
    // A phrase set off by commas is not part of the subject.
    ['In Paris, the index fell 2%.', 'fell', ['patient:the index']],
  ])('%s', (text, trigger, expected) => {
    const places = placesOf(['United States', 'country'], ['Asia', 'continent'], ['Germany', 'country'], ['China', 'country'], ['Paris', 'city']).filter((p) => text.includes(p.name));
    const event = allEvents(articleOf(text, { sentences: [text], places })).find((e) => e.trigger.text === trigger);
    expect(event?.arguments.filter((a) => a.role === 'agent' || a.role === 'patient').map((a) => `${a.role}:${a.text}`)).toEqual(expected);
  });
});
