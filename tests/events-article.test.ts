import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';
import type { Article, EventArgument, EventRecord } from '../src/types.js';
import { ROOT } from './helpers/cli.js';

/**
 * The shipped article through the whole pipeline: every meeting, talk and visit it reports is a
 * record with its date, its participants in their roles and its place, and every figure is tied
 * to its period. The table was written from reading the article (see the golden case's README
 * for why the visit is dated).
 */
const id = 'russia-kyrgyzstan-2019-07-11';
const text = readFileSync(join(ROOT, 'input', `${id}.txt`), 'utf8');
const article = createPipeline(resolveConfig({}, stageIds)).process({ id, source: `input/${id}.txt`, text });
const events = article.events ?? [];

/** An argument as "role:Name", by the article's name for the item it refers to. */
function named(a: Article, arg: EventArgument): string {
  const ref = arg.ref;
  const list = ref ? (ref.kind === 'people' ? a.people : ref.kind === 'places' ? a.places : ref.kind === 'organizations' ? a.organizations : undefined) : undefined;
  return `${arg.role}:${(ref && list?.[ref.index]?.name) ?? arg.text}`;
}

/** The record whose trigger is the `nth` occurrence of the word `trigger` in the text. */
function recordAt(trigger: string, nth: number): EventRecord | undefined {
  const at = [...text.matchAll(new RegExp(String.raw`\b${trigger}\b`, 'g'))][nth]?.index;
  return events.find((e) => e.mentions.some((m) => m.start === at && m.text === trigger));
}

describe('events: the shipped article', () => {
  // trigger, occurrence, ACE type, date, who in which role, place
  const meetings: Array<[string, number, string, string | null, string[], string]> = [
    ['talks', 0, 'Contact:Meet', '2019-07-11', ['agent:Vladimir Putin', 'partner:Sooronbay Jeenbekov'], 'Moscow'],
    ['visit', 0, 'Movement:Transport', '2019-07-11', ['agent:Sooronbay Jeenbekov'], 'Moscow'],
    ['trip', 0, 'Movement:Transport', '2017-11-29', ['agent:Sooronbay Jeenbekov'], 'Russia'],
    ['met', 0, 'Contact:Meet', '2018-05-14', ['agent:Vladimir Putin', 'agent:Sooronbay Jeenbekov'], 'Sochi'],
    ['talks', 1, 'Contact:Meet', '2018-09', ['agent:Vladimir Putin', 'agent:Sooronbay Jeenbekov'], 'Dushanbe'],
    ['met', 1, 'Contact:Meet', '2018-12', ['agent:Vladimir Putin', 'agent:Sooronbay Jeenbekov'], 'St. Petersburg'],
    ['visited', 0, 'Movement:Transport', '2019-02-03/2019-02-04', ['agent:Sergey Lavrov'], 'Bishkek'],
    ['talks', 2, 'Contact:Meet', '2019-02-03/2019-02-04', ['agent:Sergey Lavrov', 'partner:Chingiz Aidarbekov'], 'Bishkek'],
    ['visit', 1, 'Movement:Transport', '2019-03-28', ['agent:Vladimir Putin'], 'Kyrgyzstan'],
    ['met', 2, 'Contact:Meet', '2019-04', ['agent:Dmitry Medvedev', 'agent:Mukhammedkaly Abylgaziev'], 'Moscow'],
  ];
  it.each(meetings)('%s #%i: %s on %s', (trigger, nth, aceType, date, roles, place) => {
    const e = recordAt(trigger, nth);
    expect(e, `a record for "${trigger}" #${nth}`).toBeDefined();
    // "The two leaders": one argument that refers to each of them counts as each.
    const people = e!.arguments.filter((a) => a.ref?.kind === 'people').flatMap((a) => (a.refs ?? [a.ref]).map((ref) => named(article, { ...a, ref })));
    expect([e!.aceType, e!.date, [...new Set(people)].sort(), e!.arguments.filter((a) => a.role === 'place').map((a) => named(article, a))]).toEqual([
      aceType,
      date,
      [...roles].sort(),
      [`place:${place}`],
    ]);
  });

  // Each figure with the period the text gives it, or none: "$1.8 billion in 2018", "another 5 billion rubles ... in the 2018-2020 period".
  const figures: Array<[string, string | null]> = [
    ['$1.8 billion', '2018'],
    // "up 6.6 percent from a year earlier": the rise of 2018's trade over 2017's.
    ['6.6 percent', '2018'],
    ['$650 million', '2019-01/2019-05'],
    ['over $200 million', null],
    ['5 billion rubles', '2018/2020'],
    ['$30 million', null],
  ];
  it.each(figures)('%s is of %s', (figure, period) => {
    const withFigure = events.filter((e) => e.arguments.some((a) => a.role === 'amount' && a.text === figure));
    expect(withFigure.length).toBeGreaterThan(0);
    for (const e of withFigure) expect(e.date, `${e.trigger.text}`).toBe(period);
  });
});
